"""The suite: scenarios said by a set of voices through the paced pipeline with the techniques off and on,
and the probes."""

from __future__ import annotations

import dataclasses
import logging
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from edgeagent import app, models
from edgeagent.bench import by_voice, figures, machine, paced, probes, question, scenarios, voices
from edgeagent.bench.variants import Hearing, variants
from edgeagent.bench.voices import Voice
from edgeagent.catalog.config_devices import entities_from_config
from edgeagent.catalog.vocabulary import HomePrompt
from edgeagent.config import Config, with_overrides
from edgeagent.engines import factory
from edgeagent.engines.stt.short_window import FULL_WINDOW_SECONDS
from edgeagent.engines.tts.base import TtsEngine, split_sentences
from edgeagent.intent.hearing import CLEAR
from edgeagent.intent.hearing import Hearing as HowHeard
from edgeagent.intent.responder import ActingResponder
from edgeagent.mqtt.client import MqttClient, Publish
from edgeagent.pipeline.events import SPEECH_END, TURN_END, WAKE, Event
from edgeagent.pipeline.runner import Engines, PipelineSettings
from edgeagent.pipeline.turn import Emit

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BenchOptions:
    quick: bool = False
    runs: int = 2
    idle_seconds: float = 60.0
    config_path: Path | None = None  # the config file, for the child processes
    config_args: tuple[str, ...] = ()  # --config ... for child benches
    voices: tuple[Voice, ...] = voices.VOICE_SET  # who says the commands (the worst one is judged)


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
        self.responder = ActingResponder(understanding, self.publish)

    def publish(self, message: Publish, turn: int = 0) -> None:
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
    full_window = with_overrides(config, "stt", window_seconds=FULL_WINDOW_SECONDS)
    with (
        closing(factory.build_stt(full_window)) as full_window_stt,
        voices.speaking(voices.PROJECT, config) as project,
    ):
        hearing = Hearing(short=engines, full=dataclasses.replace(engines, stt=full_window_stt))
        heard = {
            voice.name: _hear_voice(config, options, hearing, home, voice, commands)
            for voice in options.voices
        }
        llm_question = _llm_question(config, options.runs, hearing, home, project.say)
        one_command = scenarios.stream(project.say, scenarios.COMMANDS[:1])  # the project's voice
        long_reply = _long_reply(engines, home, one_command, app.pipeline_settings(config))
    every_voice = by_voice.pooled(heard.values())
    first_sentence_ms = [
        figures.median_ms(partial(_first_chunk, engines.tts, split_sentences(text)[0]))
        for text in every_voice.responses
        if split_sentences(text)
    ]
    voice_figures = {name: by_voice.voice_figures(h) for name, h in heard.items()}
    report: dict[str, Any] = {
        "machine": machine.describe(),
        "settings": _settings(config, options),
        **by_voice.voice_figures(every_voice),
        "voices": voice_figures,
        "worst_voice": by_voice.worst(voice_figures),
        "first_sentence_synth_ms": figures.summary(first_sentence_ms),
        "tts_streaming_ms": long_reply,
        "llm": _llm(config, home),
        "llm_question_ms": llm_question,
        "dropped_frames": every_voice.dropped_frames,
        "idle_cpu_percent_of_core": _idle_cpu(engines, home, config, options.idle_seconds),
        "peak_rss_mb": _peak_rss(one_command, options),
        "cores_1": _cores_1(options),
    }
    report["ratios"] |= {
        "first_audio_over_first_sentence_synth": figures.ratio(
            report["latency_ms"]["response_to_first_audio"]["median"],
            report["first_sentence_synth_ms"]["median"],
        ),
        "first_audio_over_whole_reply_synth": long_reply["ratio"],
        "llm_first_audio_over_whole_answer": llm_question.get("ours_over_whole_answer", float("nan")),
        "llm_ttft_reused_over_fresh": report["llm"].get("ttft_reused_over_fresh", float("nan")),
    }
    return report


def _hear_voice(
    config: Config,
    options: BenchOptions,
    hearing: Hearing,
    home: Home,
    voice: Voice,
    commands: Sequence[str],
) -> by_voice.Heard:
    logger.info("bench: the commands said by %s", voice.name)
    with voices.speaking(voice, config) as speaker:
        stream = scenarios.stream(speaker.say, commands)
    stream = dataclasses.replace(stream, pcm=speaker.in_room(stream.pcm))  # marks from the dry words
    return by_voice.hear(config, options.runs, hearing, home.responder, stream)


def _llm_question(
    config: Config, runs: int, hearing: Hearing, home: Home, say: Callable[[str], bytes]
) -> dict[str, Any]:
    """A question for the language model through the pipeline (question.py), if one is installed."""
    understanding = app.build_understanding(config, home.catalog)
    if understanding.llm is None:
        return {"available": False}
    try:
        stream = scenarios.stream(say, [scenarios.QUESTION])
        streaming = ActingResponder(understanding, home.publish)
        whole = question.WholeAnswer(streaming)
        way = variants(config)
        ours, naive = way["ours"], way["naive"]
        return {
            "available": True,
            **question.measure(
                question.Ways(
                    ours=question.Way(hearing.of(ours), streaming, ours.settings),
                    whole_answer=question.Way(hearing.of(ours), whole, ours.settings),
                    naive=question.Way(hearing.of(naive), whole, naive.settings),
                ),
                stream,
                runs,
            ),
        }
    finally:
        understanding.llm.engine.close()


class _LongReply(question.Wrapped):
    """Does what the command says, then replies with the bench's three-sentence reply."""

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = "voice",
        hearing: HowHeard = CLEAR,
    ) -> str:
        self._inner.respond(text, turn, emit, cancel)
        return scenarios.LONG_REPLY


def _long_reply(
    engines: Engines, home: Home, stream: scenarios.Stream, settings: PipelineSettings
) -> dict[str, Any]:
    """A three-sentence reply through the pipeline, to one command: response → first audio, over the
    reply's whole synthesis (what a turn that synthesizes before it plays would wait)."""
    events, _ = paced.run_paced(engines, _LongReply(home.responder), settings, stream.pcm)
    turns = figures.turn_figures(events, stream.spoken)
    first_audio = [t["response_to_first_audio"] for t in turns if "response_to_first_audio" in t]
    whole = figures.median_ms(lambda: list(engines.tts.synthesize(scenarios.LONG_REPLY)))
    first = statistics.median(first_audio) if first_audio else float("nan")
    return {
        "first_audio_streamed": round(first, 1),
        "whole_reply": round(whole, 1),
        "ratio": figures.ratio(first, whole),
    }


def _settings(config: Config, options: BenchOptions) -> dict[str, Any]:
    return {
        "quick": options.quick,
        "runs": options.runs,
        "voices": [voice.name for voice in options.voices],
        "threads": {
            "stt": factory.stt_threads(config.stt.threads),
            "tts": config.tts.threads,
            "llm": config.llm.threads,
        },
        "end_silence_ms": config.vad.end_silence_ms,
        "speculate_after_ms": config.vad.speculate_after_ms,
        "command_end_silence_ms": config.vad.command_end_silence_ms,
        "stt_prompt": config.stt.initial_prompt,
        "models": {
            "wake": list(config.wake.models),
            "stt": config.stt.model,
            "tts": config.tts.voice,
            "llm": (
                models.llm_name(config.llm.model, factory.cache_dir(config)) if config.llm.enabled else "off"
            ),
        },
    }


def _first_chunk(tts: TtsEngine, text: str) -> None:
    next(iter(tts.synthesize(text)))


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

    The second "Okay Nabu" starts the moment turn 1's end of speech is decided, so it is said
    while turn 1 transcribes, publishes and speaks its reply (the longest of the commands') at
    speaker pace, however fast the turn gets; a fixed gap let a quick turn end before it.
    """
    with _loaded(config) as (engines, home, _), voices.speaking(voices.PROJECT, config) as project:
        first = scenarios.stream(project.say, [scenarios.COMMANDS[1]], tail_ms=0)
        second = scenarios.stream(project.say, [scenarios.COMMANDS[0]], lead_ms=0)
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
