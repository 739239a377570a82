"""A scripted responder for pipeline tests: it implements the pipeline's `Responder` interface, records
what it heard and how often a question went unanswered, and replies from a script."""

from __future__ import annotations

import threading
from collections.abc import Mapping

from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.pipeline.turn import VOICE, Emit


class Scripted:
    def __init__(self, replies: Mapping[str, str] | None = None, *, otherwise: str = "Okay.") -> None:
        self._replies = dict(replies or {})
        self._otherwise = otherwise
        self.heard: list[str] = []
        self.unanswered_calls = 0

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = VOICE,
        hearing: Hearing = CLEAR,
    ) -> str:
        self.heard.append(text)
        return self._replies.get(text, self._otherwise)

    def is_complete(self, text: str) -> bool:
        return False  # anything may follow: always the full silence

    def unanswered(self, turn: int | None = None) -> None:
        self.unanswered_calls += 1
