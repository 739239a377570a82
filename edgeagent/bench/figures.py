"""From a run's events to per-turn latencies (ms), and summaries of many runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from edgeagent.bench.scenarios import Spoken
from edgeagent.pipeline.events import Event

# stage name -> (from, to): an event type, or "wake_end" / "speech_end_acoustic" from the scenario
STAGES: dict[str, tuple[str, str]] = {
    "wake_end_to_listening": ("wake_end", "listening"),
    "acoustic_end_to_decision": ("speech_end_acoustic", "speech_end"),
    "decision_to_transcript": ("speech_end", "transcript"),
    "decision_to_intent": ("speech_end", "intent"),
    "decision_to_publish": ("speech_end", "action"),
    "acoustic_end_to_publish": ("speech_end_acoustic", "action"),
    "response_to_first_audio": ("response", "tts"),
    "acoustic_end_to_first_audio": ("speech_end_acoustic", "tts"),
}


def turn_figures(events: Sequence[Event], spoken: Sequence[Spoken]) -> list[dict[str, float]]:
    """One dict per turn, matched to the command whose wake phrase ended nearest its `listening`.

    A stage is missing when its event is (a wake word missed leaves its command out).
    """
    figures = []
    for listening in (e for e in events if e.event == "listening"):
        said = min(spoken, key=lambda s: abs(s.wake_end_ms - listening.t_ms))
        figures.append(_one_turn([e for e in events if e.turn == listening.turn], said))
    return figures


def unpublished_transcripts(events: Sequence[Event]) -> list[str]:
    """What was heard in each turn that published nothing (misheard, or not understood)."""
    published = {e.turn for e in events if e.event == "action"}
    return [str(e.fields.get("text")) for e in events if e.event == "transcript" and e.turn not in published]


def _one_turn(events: Sequence[Event], said: Spoken) -> dict[str, float]:
    marks: dict[str, float] = {"wake_end": said.wake_end_ms, "speech_end_acoustic": said.speech_end_ms}
    for event in events:
        marks.setdefault(event.event, event.t_ms)  # the first of each type
    figures = {stage: marks[b] - marks[a] for stage, (a, b) in STAGES.items() if a in marks and b in marks}
    reason = next((e.fields.get("reason") for e in events if e.event == "speech_end"), None)
    figures["ended_early"] = float(reason == "semantic_end")
    return figures


def summary(values: Iterable[float]) -> dict[str, float]:
    """Median and p95 (nearest rank) of some milliseconds."""
    ordered = sorted(values)
    if not ordered:
        return {"median": float("nan"), "p95": float("nan"), "n": 0}
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": round(statistics.median(ordered), 1), "p95": round(p95, 1), "n": len(ordered)}


def by_stage(turns: Sequence[dict[str, float]]) -> dict[str, dict[str, float]]:
    return {stage: summary(t[stage] for t in turns if stage in t) for stage in STAGES}


def ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 3) if denominator > 0 else float("nan")


def at(report: Mapping[str, Any], path: Sequence[str]) -> Any:
    """The value at `path` in nested dicts, or None where the path ends early."""
    value: Any = report
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def median_ms(work: Callable[[], object], repeat: int = 3) -> float:
    """The median wall time of `repeat` runs of `work`, in ms."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
