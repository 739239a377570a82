"""The bench's commands said by each voice of the set (bench/voices.py), through the four variants.

Every voice gets the figures its targets are judged on: end-of-speech decision → publish over the
standalone transcription of its own clips, acoustic end → publish over the naive way, the share of
commands ended early (semantic end), and the short window's word errors against Whisper's full
window on the same clips. `worst` names the voice where each figure is worst: the targets hold for
the worst voice, not for the one the project was tuned on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from edgeagent.bench import figures, paced, scenarios, wer
from edgeagent.bench.variants import Hearing, variants
from edgeagent.config import Config
from edgeagent.engines.stt.base import SttEngine, Transcript, surest
from edgeagent.pipeline.turn import Responder


@dataclass
class Heard:
    """What runs of one voice (or of several, pooled) gave."""

    said: int = 0  # commands said to each variant, over all runs
    turns: dict[str, list[dict[str, float]]] = field(default_factory=dict)  # variant -> per turn
    missed: dict[str, list[str]] = field(default_factory=dict)  # variant -> heard, nothing published
    responses: set[str] = field(default_factory=set)
    dropped_frames: int = 0
    stt_ms: list[float] = field(default_factory=list)  # each command alone, configured window
    stt_full_window_ms: list[float] = field(default_factory=list)  # the same, Whisper's 30 s
    transcripts: list[tuple[str, str, str]] = field(default_factory=list)  # said, short, full

    def add(self, other: Heard) -> None:
        self.said += other.said
        for name, turns in other.turns.items():
            self.turns.setdefault(name, []).extend(turns)
        for name, texts in other.missed.items():
            self.missed.setdefault(name, []).extend(texts)
        self.responses |= other.responses
        self.dropped_frames += other.dropped_frames
        self.stt_ms += other.stt_ms
        self.stt_full_window_ms += other.stt_full_window_ms
        self.transcripts += other.transcripts


def hear(
    config: Config, runs: int, hearing: Hearing, responder: Responder, stream: scenarios.Stream
) -> Heard:
    """`stream` through every variant `runs` times, then each of its commands alone through both windows."""
    ways = variants(config)
    heard = Heard(runs * len(stream.spoken), {name: [] for name in ways}, {name: [] for name in ways})
    for _ in range(runs):
        for name, way in ways.items():
            events, stats = paced.run_paced(hearing.of(way), responder, way.settings, stream.pcm)
            heard.turns[name] += figures.turn_figures(events, stream.spoken)
            heard.missed[name] += figures.unpublished_transcripts(events)
            heard.responses |= {str(e.fields["text"]) for e in events if e.event == "response"}
            heard.dropped_frames += stats.dropped_frames
    for said in stream.spoken:
        clip = stream.command_pcm(said, config.vad.end_silence_ms)  # what the timer would wait for
        short_ms, short = transcribed(hearing.short.stt, config, clip)
        full_ms, full = transcribed(hearing.full.stt, config, clip)
        prompt = config.stt.initial_prompt
        short = surest(hearing.short.stt, short, clip, prompt=prompt, understood=responder.is_complete)
        heard.stt_ms.append(short_ms)
        heard.stt_full_window_ms.append(full_ms)
        heard.transcripts.append((said.text, short.text, full.text))
    return heard


def transcribed(stt: SttEngine, config: Config, pcm: bytes, repeat: int = 3) -> tuple[float, Transcript]:
    """The median time (ms) of `repeat` transcriptions of `pcm`, and what the last one heard."""
    heard = [Transcript("", config.stt.language)]

    def transcribe() -> None:
        heard[0] = stt.transcribe(pcm, config.stt.language, initial_prompt=config.stt.initial_prompt)

    return figures.median_ms(transcribe, repeat), heard[0]


def pooled(heards: Iterable[Heard]) -> Heard:
    total = Heard()
    for heard in heards:
        total.add(heard)
    return total


def voice_figures(heard: Heard) -> dict[str, Any]:
    """The suite's speech figures for what was heard: per stage and variant, and their ratios."""
    ours_turns = heard.turns.get("ours", [])
    ours, naive = figures.by_stage(ours_turns), figures.by_stage(heard.turns.get("naive", []))
    stt = figures.summary(heard.stt_ms)
    short_wer = wer.error_rate([(said, short) for said, short, _ in heard.transcripts])
    full_wer = wer.error_rate([(said, full) for said, _, full in heard.transcripts])
    return {
        "latency_ms": ours,
        "naive_latency_ms": naive,
        "short_window_only_latency_ms": figures.by_stage(heard.turns.get("short_window", [])),
        "speculation_only_latency_ms": figures.by_stage(heard.turns.get("speculation", [])),
        "carried_out_share": {
            name: figures.ratio(sum("decision_to_publish" in t for t in turns), heard.said)
            for name, turns in heard.turns.items()
        },
        "ended_early_share": figures.ratio(sum(t["ended_early"] for t in ours_turns), len(ours_turns)),
        "stt_standalone_ms": stt,
        "stt_full_window_ms": figures.summary(heard.stt_full_window_ms),
        "wer": {"short_window": short_wer, "full_window": full_wer},
        "turns_without_publish": heard.missed,
        "ratios": {
            "eos_decision_to_publish_over_stt": figures.ratio(
                ours["decision_to_publish"]["median"], stt["median"]
            ),
            "eos_to_publish_over_naive": figures.ratio(
                ours["acoustic_end_to_publish"]["median"], naive["acoustic_end_to_publish"]["median"]
            ),
            "short_window_wer_minus_full": round(short_wer - full_wer, 3),
        },
    }


# figure -> (where in a voice's figures, True when a higher value is worse)
WORST: dict[str, tuple[tuple[str, ...], bool]] = {
    "eos_decision_to_publish_over_stt": (("ratios", "eos_decision_to_publish_over_stt"), True),
    "eos_to_publish_over_naive": (("ratios", "eos_to_publish_over_naive"), True),
    "ended_early_share": (("ended_early_share",), False),
    "short_window_wer_minus_full": (("ratios", "short_window_wer_minus_full"), True),
    "carried_out_share": (("carried_out_share", "ours"), False),
}


def worst(by_voice: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """For each figure of WORST: its worst value over the voices, which voice, and the voices where
    it could not be measured (a voice whose wake word was never heard has no latency)."""
    result: dict[str, dict[str, Any]] = {}
    for name, (path, higher_is_worse) in WORST.items():
        values = {voice: _number(figures.at(of_voice, path)) for voice, of_voice in by_voice.items()}
        measured = {voice: value for voice, value in values.items() if value is not None}
        unmeasured = sorted(set(values) - set(measured))
        if not measured:
            result[name] = {"value": float("nan"), "voice": None, "unmeasured": unmeasured}
            continue
        pick = max if higher_is_worse else min
        voice = pick(measured, key=lambda v: measured[v])
        result[name] = {"value": measured[voice], "voice": voice, "unmeasured": unmeasured}
    return result


def _number(value: Any) -> float | None:
    if not isinstance(value, int | float) or math.isnan(value):
        return None
    return float(value)
