"""A question only the language model can answer, through the paced pipeline.

Ours speaks the answer from its first clause while the model is still writing;
"whole answer" is ours waiting for the whole answer before it speaks (the win of
first-clause answers alone); the naive way waits for the whole answer and, like
the naive commands, for the end-of-speech timer and Whisper's full window. All
reuse the prefilled prompt: that technique has its own figure (time to first token).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from edgeagent.bench import figures, paced, scenarios
from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.pipeline.events import RESPONSE, TRANSCRIPT, Event
from edgeagent.pipeline.runner import Engines, PipelineSettings
from edgeagent.pipeline.turn import Emit, Responder

STAGE = "acoustic_end_to_first_audio"


class Wrapped:
    """A responder around another one: the same understanding, another reply (subclasses)."""

    def __init__(self, inner: Responder) -> None:
        self._inner = inner

    def is_complete(self, text: str) -> bool:
        return self._inner.is_complete(text)

    def unanswered(self, turn: int | None = None) -> None:
        self._inner.unanswered(turn)


class WholeAnswer(Wrapped):
    """A responder that reads a streamed answer to its end before anything is spoken."""

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = "voice",
        hearing: Hearing = CLEAR,
    ) -> str | Iterator[str]:
        reply = self._inner.respond(text, turn, emit, cancel)
        return reply if isinstance(reply, str) else " ".join(reply)


@dataclass(frozen=True)
class Way:
    engines: Engines
    responder: Responder
    settings: PipelineSettings


@dataclass(frozen=True)
class Ways:
    ours: Way
    whole_answer: Way
    naive: Way


def measure(ways: Ways, stream: scenarios.Stream, runs: int) -> dict[str, Any]:
    """Acoustic end of the question → first audio of the answer, each way; what was heard and said."""
    by_name = {"ours": ways.ours, "whole_answer": ways.whole_answer, "naive": ways.naive}
    firsts: dict[str, list[float]] = {name: [] for name in by_name}
    heard: list[str] = []
    answers: list[str] = []
    for _ in range(runs):
        for name, way in by_name.items():
            events, _ = paced.run_paced(way.engines, way.responder, way.settings, stream.pcm)
            firsts[name] += [t[STAGE] for t in figures.turn_figures(events, stream.spoken) if STAGE in t]
            heard += _texts(events, TRANSCRIPT)
            answers += _texts(events, RESPONSE)
    result: dict[str, Any] = {name: figures.summary(values) for name, values in firsts.items()}
    for other in ("naive", "whole_answer"):
        result[f"ours_over_{other}"] = figures.ratio(result["ours"]["median"], result[other]["median"])
    result["heard"] = sorted(set(heard))
    result["answers"] = sorted(set(answers))
    return result


def _texts(events: list[Event], kind: str) -> list[str]:
    return [str(e.fields.get("text")) for e in events if e.event == kind]
