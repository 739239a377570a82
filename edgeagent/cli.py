"""The command line (CONTRACTS.md): run, transcribe, say, models, --version.

Exit codes (sysexits): 0 success, 2 usage, 69 a model is missing or corrupt, 70 an internal
failure, 74 an audio device or file failed, 78 the configuration is invalid.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from edgeagent import __version__, app, models
from edgeagent.config import Config, default_config_path, load_config, with_overrides
from edgeagent.errors import AudioError, ConfigError, EdgeAgentError, ModelError
from edgeagent.mqtt.client import MqttClient, MqttError, Publish

logger = logging.getLogger("edgeagent")

EXIT_OK = 0
EXIT_MODEL_MISSING = 69
EXIT_UNAVAILABLE = 69  # also: the MQTT broker does not answer (understand)
EXIT_INTERNAL = 70
EXIT_AUDIO = 74
EXIT_CONFIG = 78


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        config = _config_or_doctor_report(args)
        _setup_logging(args.log_level or config.log.level)
        handler: Callable[[argparse.Namespace, Config], int] = args.handler
        return handler(args, config)
    except EdgeAgentError as exc:
        return _report(exc)


def _config_or_doctor_report(args: argparse.Namespace) -> Config:
    try:
        return _config(args)
    except ConfigError as exc:
        if args.handler is cmd_doctor:
            print(
                f"FAIL config: {exc}\n     hint: fix that key (deploy/edgeagent.example.toml lists them all)"
            )
        raise


def _report(exc: EdgeAgentError) -> int:
    print(f"edgeagent: {exc.stage}: {exc}", file=sys.stderr)
    if isinstance(exc, ConfigError):
        return EXIT_CONFIG
    if isinstance(exc, ModelError) or exc.code == "model_load_failed":
        return EXIT_MODEL_MISSING
    if isinstance(exc, AudioError):
        return EXIT_AUDIO
    if exc.stage == "mqtt":
        return EXIT_UNAVAILABLE
    return EXIT_INTERNAL


def _config(args: argparse.Namespace) -> Config:
    path = Path(args.config) if args.config else default_config_path()
    config = load_config(path)
    mqtt = {k: v for k, v in (("host", args.mqtt_host), ("port", args.mqtt_port)) if v is not None}
    return with_overrides(config, "mqtt", **mqtt) if mqtt else config


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", help="TOML file (default: $EDGEAGENT_CONFIG, then /etc/edgeagent/edgeagent.toml)"
    )
    common.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    common.add_argument("--mqtt-host")
    common.add_argument("--mqtt-port", type=int)

    parser = argparse.ArgumentParser(prog="edgeagent", description="A fully local voice assistant.")
    parser.add_argument("--version", action="version", version=f"edgeagent {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", parents=[common], help="the assistant (daemon)")
    run.add_argument("--input", default="mic", help="mic, FILE.wav, or - for raw 16 kHz mono s16le on stdin")
    run.add_argument("--output", default="speaker", help="speaker, FILE.wav, or none")
    run.add_argument("--events", choices=["jsonl"], help="print one JSON object per event on stdout")
    run.set_defaults(handler=cmd_run)

    transcribe = commands.add_parser("transcribe", parents=[common], help="speech-to-text only")
    transcribe.add_argument("file", help="a WAV file (any rate and channel count)")
    transcribe.add_argument("--json", action="store_true")
    transcribe.set_defaults(handler=cmd_transcribe)

    say = commands.add_parser("say", parents=[common], help="text-to-speech only")
    say.add_argument("text")
    say.add_argument("--output", default="speaker", help="speaker, FILE.wav, or none")
    say.set_defaults(handler=cmd_say)

    understand = commands.add_parser("understand", parents=[common], help="text in, decision out")
    understand.add_argument(
        "text", nargs="?", help="a sentence; without it, one sentence per line from stdin"
    )
    understand.add_argument("--area", help="the area the assistant stands in")
    understand.add_argument("--publish", action="store_true", help="publish the actions (needs MQTT)")
    understand.set_defaults(handler=cmd_understand)

    doctor = commands.add_parser("doctor", parents=[common], help="check config, models, audio, broker")
    doctor.set_defaults(handler=cmd_doctor)

    models_cmd = commands.add_parser("models", parents=[common], help="where each model comes from")
    models_cmd.add_argument("action", choices=["list", "path", "pull"])
    models_cmd.add_argument("name", nargs="?")
    models_cmd.set_defaults(handler=cmd_models)

    bench = commands.add_parser("bench", parents=[common], help="the benchmark suite (docs/performance.md)")
    bench.add_argument(
        "--json", action="store_true", help="one JSON object (CONTRACTS.md) instead of a table"
    )
    bench.add_argument(
        "--quick", action="store_true", help="one run of two commands, 5 s of idle: proves it works"
    )
    bench.add_argument("--runs", type=int, help="paced runs per variant and voice (default 2, quick 1)")
    bench.add_argument(
        "--voice",
        action="append",
        metavar="NAME",
        help="say the commands in this voice of the set (repeatable; default: all ten, quick: three)",
    )
    bench.add_argument("--cores", type=int, help="run on this many CPU cores, threads capped to match")
    bench.add_argument("--probe", choices=["cores"], help=argparse.SUPPRESS)  # the suite's child process
    bench.set_defaults(handler=cmd_bench)
    return parser


def cmd_run(args: argparse.Namespace, config: Config) -> int:
    from edgeagent.service.daemon import Daemon

    daemon = Daemon(
        config,
        lambda: _config(args),
        input_spec=args.input,
        output_spec=args.output,
        jsonl=args.events == "jsonl",
    )
    stats = daemon.run()
    return EXIT_INTERNAL if stats.failed_threads else EXIT_OK


def cmd_understand(args: argparse.Namespace, config: Config) -> int:
    catalog = app.build_catalog(config)
    client = app.connect_mqtt(config, catalog, required=True)
    try:
        understanding = app.build_understanding(config, catalog)
        sentences = [args.text] if args.text else (line.strip() for line in sys.stdin)
        for sentence in sentences:
            if not sentence:
                continue
            decision = understanding.decide(sentence, here=args.area).finished()
            if args.publish:
                _publish_all(client, decision.actions)
            print(json.dumps(decision.to_dict(), ensure_ascii=False), flush=True)
    finally:
        if client is not None:
            client.close()
    return EXIT_OK


def _publish_all(client: MqttClient | None, actions: Sequence[Publish]) -> None:
    if client is None:
        raise MqttError("mqtt_off", "--publish needs an MQTT broker: --mqtt-host or mqtt.host in the config")
    for action in actions:
        if not client.publish(action, wait_seconds=5):
            raise MqttError("publish_failed", f"not sent to {action.topic}: the broker connection was lost")


def cmd_transcribe(args: argparse.Namespace, config: Config) -> int:
    from edgeagent.audio.sources import WavFileSource
    from edgeagent.engines import factory

    source = WavFileSource(Path(args.file))
    pcm = b"".join(source.chunks())
    source.close()
    stt = factory.build_stt(config)
    started = time.monotonic()
    try:
        transcript = stt.transcribe(pcm, config.stt.language, initial_prompt=config.stt.initial_prompt)
    finally:
        stt.close()
    if args.json:
        stt_ms = int((time.monotonic() - started) * 1000)
        audio_ms = len(pcm) // 32
        print(
            json.dumps(
                {
                    "text": transcript.text,
                    "language": transcript.language,
                    "audio_ms": audio_ms,
                    "stt_ms": stt_ms,
                }
            )
        )
    else:
        print(transcript.text)
    return EXIT_OK


def cmd_say(args: argparse.Namespace, config: Config) -> int:
    from edgeagent.engines import factory

    sink = app.open_sink(args.output, config)
    tts = factory.build_tts(config)
    try:
        for chunk in tts.synthesize(args.text):
            sink.write(chunk.pcm, chunk.sample_rate_hz)
    finally:
        tts.close()
        sink.close()
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace, config: Config) -> int:
    from edgeagent.service.doctor import run_checks

    path = Path(args.config) if args.config else default_config_path()
    checks = run_checks(config, str(path) if path else "embedded defaults (no config file)")
    for check in checks:
        print(check.line())
    failed = [c for c in checks if not c.ok]
    print(f"{len(checks) - len(failed)} ok, {len(failed)} failed")
    return 1 if failed else EXIT_OK


def cmd_models(args: argparse.Namespace, config: Config) -> int:
    cache = Path(config.models.cache_dir).expanduser()
    if args.action == "list":
        for name in models.known_models():
            row = models.describe(name, cache)
            print(f"{row['name']:<18} {row['stage']:<5} {row['source']:<45} {row['path']}")
        return EXIT_OK
    if not args.name:
        raise ConfigError("models", f"`models {args.action}` needs a model name")
    if args.action == "path":
        spec = models.spec_for(args.name)
        stage = spec.stage if spec else "stt"
        print(models.resolve(args.name, stage, cache))
        return EXIT_OK
    print(models.pull(args.name, cache))
    return EXIT_OK


def cmd_bench(args: argparse.Namespace, config: Config) -> int:
    from edgeagent.bench import report, suite, voices

    if args.cores is not None:
        config = _on_cores(config, args.cores)
    if args.probe == "cores":
        print(json.dumps(suite.cores_probe(config)))
        return EXIT_OK
    child_args = tuple(
        arg
        for flag, value in (
            ("--config", args.config),
            ("--mqtt-host", args.mqtt_host),
            ("--mqtt-port", args.mqtt_port),
        )
        if value is not None
        for arg in (flag, str(value))
    )
    options = suite.BenchOptions(
        quick=args.quick,
        runs=args.runs or (1 if args.quick else 2),
        voices=voices.select(args.voice, quick=args.quick),
        idle_seconds=5.0 if args.quick else 60.0,
        config_path=Path(args.config) if args.config else None,
        config_args=child_args,
    )
    result = suite.run_suite(config, options)
    result["targets"] = report.targets(result)
    print(json.dumps(result, indent=2) if args.json else report.table(result))
    return EXIT_OK


def _on_cores(config: Config, cores: int) -> Config:
    """Pin this process to `cores` CPUs and cap every engine's threads to match (a smaller board)."""
    available = sorted(os.sched_getaffinity(0))
    if not 1 <= cores <= len(available):
        raise ConfigError("bench", f"--cores: expected 1 to {len(available)}, got {cores}")
    os.sched_setaffinity(0, available[:cores])
    for section in ("stt", "tts", "llm"):
        threads = min(getattr(config, section).threads, cores)
        config = with_overrides(config, section, threads=threads)
    return config
