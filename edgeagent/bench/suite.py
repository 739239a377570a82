"""The suite: scenarios through the paced pipeline with the techniques off and on, and the probes."""

from __future__ import annotations

import dataclasses
import logging
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from edgeagent import app
from edgeagent.bench import figures, machine, paced, probes, question, scenarios
from edgeagent.catalog.config_devices import entities_from_config
from edgeagent.catalog.vocabulary import HomePrompt
from edgeagent.config import Config, with_overrides
from edgeagent.engines import factory
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.stt.short_window import FULL_WINDOW_SECONDS
from edgeagent.engines.tts.base import TtsEngine, split_sentences
from edgeagent.intent.responder import UnderstandingResponder
from edgeagent.mqtt.client import MqttClient, Publish
from edgeagent.pipeline.events import SPEECH_END, TURN_END, WAKE, Event
from edgeagent.pipeline.runner import Engines, PipelineSettings

logger = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class BenchOptions:
    quick: bool = False
    runs: int = 5
    idle_seconds: float = 60.0
    config_path: Path | None = None  # the config file, for the child processes
    config_args: tuple[str, ...] = ()  # --config ... for child benches


@dataclass(frozen=True)
class Variant:
    settings: PipelineSettings
    short_window: bool  # Whisper hears through `stt.window_seconds`; else through its own 30 s


def variants(config: Config) -> dict[str, Variant]:
    """The same pipeline four ways: naive (no technique), each of the two transcription
    techniques alone (short Whisper window, speculative transcription), and ours (all on)."""
    ours = app.pipeline_settings(config)
    segmenter = ours.listener.segmenter

    def with_segmenter(**changes: int) -> PipelineSettings:
        listener = dataclasses.replace(ours.listener, segmenter=dataclasses.replace(segmenter, **changes))
        return dataclasses.replace(ours, listener=listener)

    waits_for_the_timer = with_segmenter(speculate_after_ms=0, early_end_silence_ms=0)
    return {
        "naive": Variant(waits_for_the_timer, short_window=False),
        "short_window": Variant(waits_for_the_timer, short_window=True),
        "speculation": Variant(with_segmenter(early_end_silence_ms=0), short_window=False),
        "ours": Variant(ours, short_window=True),
    }


class Home:
    """The bench's devices, its understanding and where commands go (a broker, or a list here)."""

    def __init__(self, config: Config) -> None:
        self.catalog = app.build_catalog(config)
        for entity in entities_from_config(scenarios.devices()):
            self.catalog.put(entity)
        self.client: MqttClient | None = None
        if config.mqtt.host:
            self.client = MqttClient(config.mqtt, client_id=f"edgeagent-bench-{os.getpid()}")
            self.client.connect(required=True)
        understanding = app.build_understanding(with_overrides(config, "llm", enabled=False), self.catalog)
        self.responder = UnderstandingResponder(understanding, self.publish)

    def publish(self, message: Publish) -> None:
        if self.client is not None:  # without a broker the `action` event is the publish
            self.client.send_command(message)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


@contextmanager
def _loaded(config: Config) -> Iterator[tuple[Engines, Home, float]]:
    """The engines, the bench's home, and how long the engines took to load (ms); closed after."""
    started = time.monotonic()
    engines = app.load_engines(config)
    load_ms = (time.monotonic() - started) * 1000
    try:
        home = Home(config)
        try:
            yield engines, home, load_ms
        finally:
            home.close()
    finally:
        engines.close()


def run_suite(config: Config, options: BenchOptions) -> dict[str, Any]:
    with _loaded(config) as (engines, home, load_ms):
        report = _measure(_with_home_prompt(config, home), options, engines, home)
    report["latency_ms"]["load"] = figures.summary([load_ms])
    report["settings"]["mqtt"] = f"{config.mqtt.host}:{config.mqtt.port}" if config.mqtt.host else "none"
    return report


def _with_home_prompt(config: Config, home: Home) -> Config:
    """Whisper hears the bench's home as the daemon hears its own (`stt.home_prompt`)."""
    if not config.stt.home_prompt:
        return config
    prompt = HomePrompt(home.catalog, config.stt.initial_prompt, config.stt.language)
    return with_overrides(config, "stt", initial_prompt=prompt())


def _measure(config: Config, options: BenchOptions, engines: Engines, home: Home) -> dict[str, Any]:
    commands = scenarios.COMMANDS[:2] if options.quick else scenarios.COMMANDS
    stream = _synthesized(config, lambda synth: scenarios.stream(synth, commands))
    full_window = with_overrides(config, "stt", window_seconds=FULL_WINDOW_SECONDS)
    with closing(factory.build_stt(full_window)) as full_window_stt:
        ways = {"short": engines, "full": dataclasses.replace(engines, stt=full_window_stt)}
        turns, responses, dropped, missed = _run_variants(config, options.runs, ways, home, stream)
        stt_ms = _stt_standalone(engines.stt, config, stream)
        stt_full_window_ms = _stt_standalone(full_window_stt, config, stream)
        llm_question = _llm_question(config, options.runs, ways, home)
    first_sentence_ms = [
        _median_ms(partial(_first_chunk, engines.tts, split_sentences(text)[0]))
        for text in responses
        if split_sentences(text)
    ]
    ours, naive = figures.by_stage(turns["ours"]), figures.by_stage(turns["naive"])
    tts = _tts_streaming(engines.tts)
    llm = _llm(config, home)
    report: dict[str, Any] = {
        "machine": machine.describe(),
        "settings": _settings(config, options),
        "latency_ms": ours,
        "naive_latency_ms": naive,
        "short_window_only_latency_ms": figures.by_stage(turns["short_window"]),
        "speculation_only_latency_ms": figures.by_stage(turns["speculation"]),
        "ended_early_share": figures.ratio(sum(t["ended_early"] for t in turns["ours"]), len(turns["ours"])),
        "stt_standalone_ms": figures.summary(stt_ms),
        "stt_full_window_ms": figures.summary(stt_full_window_ms),
        "first_sentence_synth_ms": figures.summary(first_sentence_ms),
        "tts_streaming_ms": tts,
        "llm": llm,
        "llm_question_ms": llm_question,
        "dropped_frames": dropped,
        "turns_without_publish": missed,
        "idle_cpu_percent_of_core": _idle_cpu(engines, home, config, options.idle_seconds),
        "peak_rss_mb": _peak_rss(stream, options),
        "cores_1": _cores_1(options),
    }
    report["ratios"] = {
        "eos_decision_to_publish_over_stt": figures.ratio(
            ours["decision_to_publish"]["median"], report["stt_standalone_ms"]["median"]
        ),
        "eos_to_publish_over_naive": figures.ratio(
            ours["acoustic_end_to_publish"]["median"], naive["acoustic_end_to_publish"]["median"]
        ),
        "first_audio_over_first_sentence_synth": figures.ratio(
            ours["response_to_first_audio"]["median"], report["first_sentence_synth_ms"]["median"]
        ),
        "llm_ttft_reused_over_fresh": llm.get("ttft_reused_over_fresh", float("nan")),
    }
    return report


def _stt_standalone(stt: SttEngine, config: Config, stream: scenarios.Stream) -> list[float]:
    """Each command transcribed on its own (with the silence the timer waits), median ms per clip."""
    tail_ms = config.vad.end_silence_ms
    return [
        _median_ms(partial(_transcribe, stt, config, stream.command_pcm(said, tail_ms)))
        for said in stream.spoken
    ]


def _run_variants(
    config: Config, runs: int, engines: dict[str, Engines], home: Home, stream: scenarios.Stream
) -> tuple[dict[str, list[dict[str, float]]], set[str], int, dict[str, list[str]]]:
    """Per-turn figures of each variant, the replies spoken, the audio frames dropped, and what was
    heard in turns that published nothing (a missed wake word leaves no turn at all).
    `engines`: "short" hears through the short Whisper window, "full" through Whisper's own."""
    ways = variants(config)
    turns: dict[str, list[dict[str, float]]] = {name: [] for name in ways}
    missed: dict[str, list[str]] = {name: [] for name in ways}
    responses: set[str] = set()
    dropped = 0
    for _ in range(runs):
        for name, way in ways.items():
            events, stats = paced.run_paced(_hearing(engines, way), home.responder, way.settings, stream.pcm)
            turns[name] += figures.turn_figures(events, stream.spoken)
            missed[name] += figures.unpublished_transcripts(events)
            responses |= {str(e.fields["text"]) for e in events if e.event == "response"}
            dropped += stats.dropped_frames
    return turns, responses, dropped, missed


def _hearing(engines: dict[str, Engines], way: Variant) -> Engines:
    return engines["short" if way.short_window else "full"]


def _llm_question(config: Config, runs: int, engines: dict[str, Engines], home: Home) -> dict[str, Any]:
    """A question for the language model through the pipeline (question.py), if one is installed."""
    understanding = app.build_understanding(config, home.catalog)
    if understanding.llm is None:
        return {"available": False}
    try:
        stream = _synthesized(config, lambda synth: scenarios.stream(synth, [scenarios.QUESTION]))
        streaming = UnderstandingResponder(understanding, home.publish)
        way = variants(config)
        ours, naive = way["ours"], way["naive"]
        return {
            "available": True,
            **question.measure(
                question.Way(_hearing(engines, ours), streaming, ours.settings),
                question.Way(_hearing(engines, naive), question.WholeAnswer(streaming), naive.settings),
                stream,
                runs,
            ),
        }
    finally:
        understanding.llm.engine.close()


def _synthesized(config: Config, build: Callable[[scenarios.Synth], T]) -> T:
    """Scenario audio from the configured voice without Piper's random variation: every run hears the same."""
    voice = factory.build_tts(with_overrides(config, "tts", variation=False))
    try:
        return build(scenarios.Synth(voice))
    finally:
        voice.close()


def _settings(config: Config, options: BenchOptions) -> dict[str, Any]:
    return {
        "quick": options.quick,
        "runs": options.runs,
        "threads": {"stt": config.stt.threads, "tts": config.tts.threads, "llm": config.llm.threads},
        "end_silence_ms": config.vad.end_silence_ms,
        "speculate_after_ms": config.vad.speculate_after_ms,
        "command_end_silence_ms": config.vad.command_end_silence_ms,
        "stt_prompt": config.stt.initial_prompt,
        "models": {
            "wake": list(config.wake.models),
            "stt": config.stt.model,
            "tts": config.tts.voice,
            "llm": config.llm.model if config.llm.enabled else "off",
        },
    }


def _median_ms(work: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _transcribe(stt: SttEngine, config: Config, pcm: bytes) -> str:
    return stt.transcribe(pcm, config.stt.language, initial_prompt=config.stt.initial_prompt).text


def _first_chunk(tts: TtsEngine, text: str) -> None:
    next(iter(tts.synthesize(text)))


def _tts_streaming(tts: TtsEngine) -> dict[str, float]:
    """A three-sentence reply: first audio when streamed by sentence, against synthesizing it whole."""
    streamed = _median_ms(lambda: _first_chunk(tts, scenarios.LONG_REPLY))
    whole = _median_ms(lambda: list(tts.synthesize(scenarios.LONG_REPLY)))
    return {
        "first_audio_streamed": round(streamed, 1),
        "whole_reply": round(whole, 1),
        "ratio": figures.ratio(streamed, whole),
    }


def _idle_cpu(engines: Engines, home: Home, config: Config, seconds: float) -> float:
    """CPU of this process while only wake detection runs over silence, in % of one core."""
    settings = app.pipeline_settings(config)
    cpu, wall = time.process_time(), time.monotonic()
    paced.run_paced(engines, home.responder, settings, scenarios.silence(int(seconds * 1000)))
    return round(100 * (time.process_time() - cpu) / (time.monotonic() - wall), 2)


def _peak_rss(stream: scenarios.Stream, options: BenchOptions) -> dict[str, Any]:
    one_turn = stream.pcm[: scenarios.at_byte(stream.spoken[0].speech_end_ms + 2000)]
    with tempfile.TemporaryDirectory() as folder:
        llm_off_config = Path(folder) / "llm-off.toml"
        llm_off_config.write_text("[llm]\nenabled = false\n", encoding="utf-8")
        defaults = probes.peak_rss_mb(one_turn, None)
        llm_off = probes.peak_rss_mb(one_turn, llm_off_config)
    result: dict[str, Any] = {
        "defaults": defaults["peak_rss_mb"],
        "defaults_llm_loaded": defaults["llm_loaded"],
        "llm_off": llm_off["peak_rss_mb"],
    }
    if options.config_path is not None:
        configured = probes.peak_rss_mb(one_turn, options.config_path)
        result["config"], result["config_llm_loaded"] = configured["peak_rss_mb"], configured["llm_loaded"]
    return result


def _cores_1(options: BenchOptions) -> dict[str, Any]:
    child = probes.child_bench(["--probe", "cores", "--cores", "1", *options.config_args])
    cores_1: dict[str, Any] = child["cores_1"]  # type: ignore[assignment]
    return cores_1


def _llm(config: Config, home: Home) -> dict[str, Any]:
    from edgeagent.bench import llm

    return llm.measure(config, home.catalog, runs=3)


def cores_probe(config: Config) -> dict[str, Any]:
    """On the cores this process may use: a second wake word said while the first turn is processed.

    The second "Hey Jarvis" starts the moment turn 1's end of speech is decided, so it is said
    while turn 1 transcribes, publishes and speaks its reply (the longest of the commands') at
    speaker pace, however fast the turn gets; a fixed gap let a quick turn end before it.
    """
    with _loaded(config) as (engines, home, _):
        first, second = _synthesized(
            config,
            lambda synth: (
                scenarios.stream(synth, [scenarios.COMMANDS[1]], tail_ms=0),
                scenarios.stream(synth, [scenarios.COMMANDS[0]], lead_ms=0),
            ),
        )
        settings = app.pipeline_settings(config)
        cued = paced.CuedSource(first.pcm, second.pcm, cue_event=SPEECH_END)
        events, stats = paced.run_paced(
            engines, home.responder, settings, cued, sink=paced.SpeakerPacedSink()
        )
    return {
        "cores_1": {
            "dropped_frames": stats.dropped_frames,
            "wake_detected_during_turn": _wake_during_turn(events),
        }
    }


def _wake_during_turn(events: Sequence[Event]) -> bool:
    """Did a second wake word arrive after turn 1's end of speech and before turn 1 ended?"""
    first_end = next((e.t_ms for e in events if e.event == SPEECH_END), None)
    turn_end = next((e.t_ms for e in events if e.event == TURN_END), None)
    wakes = [e.t_ms for e in events if e.event == WAKE][1:]
    return first_end is not None and turn_end is not None and any(first_end < t < turn_end for t in wakes)
