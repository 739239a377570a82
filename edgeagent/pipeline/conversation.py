"""Conversation: listening again without the wake word after a reply that asked something.

A reply that is a question (a confirmation, "which one?", an LLM answer that asks
back, an automation's `ask_question`) is followed by a `FollowUp`: the listener
starts a command at once, without the wake word, and gives up quietly after
`window_ms` of silence. The turn worker posts each turn's verdict on the
`TurnGate` once the reply has been played; the listener takes it at its next
frame. With file input (not live) the listener reads on only when no turn is
queued or running, as a person waits for the reply before answering it.

An automation's question carries its own answers; what was heard is matched
against their sentences (pure logic: `Question.match`).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from edgeagent.intent.lexicon import ANSWER_FILLERS, words

logger = logging.getLogger(__name__)

_WAIT_FOR_TURN_SECONDS = 300.0  # file input: a turn longer than this is not waited for


@dataclass(frozen=True)
class AnswerChoice:
    """One answer of an automation's question: its id and the sentences that mean it."""

    id: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """An automation's question (`ask_question`): spoken, then the answer is listened for."""

    id: str
    text: str
    answers: tuple[AnswerChoice, ...] = ()  # none: any words are the answer

    def match(self, heard: str) -> str | None:
        """The id of the one answer whose sentence was said, or None (nothing fits, or two do).

        A sentence is said when its words are all the words heard, or all of them but fillers
        ("um, sure", "yes please"); "sure" inside "I'm not sure" is not "sure"."""
        said = list(words(heard))
        meant = [w for w in said if w not in ANSWER_FILLERS]
        fitting = {
            choice.id
            for choice in self.answers
            for sentence in choice.sentences
            if (meaning := list(words(sentence))) and meaning in (said, meant)
        }
        return fitting.pop() if len(fitting) == 1 else None


@dataclass(frozen=True)
class FollowUp:
    """Listen again without the wake word for `window_ms`; for `question`'s answer if one is given."""

    window_ms: int
    question: Question | None = None
    asked_by: int | None = None  # the turn whose reply asked (what waits for the answer is its)


MUTED = "muted"  # a turn's outcome (`turn_end`) when muting dropped it


@dataclass(frozen=True)
class Unanswered:
    """A follow-up heard nothing, or could not start, or was muted: the turn worker ends what waited
    for it; `outcome` is the turn's (`turn_end`)."""

    turn: int
    t_ms: int
    follow_up: FollowUp
    outcome: str = "no_speech"  # or MUTED
    handed_at_monotonic: float = field(default_factory=time.monotonic)


class TurnGate:
    """Between the turn worker (which knows when a reply was played and whether it asked something)
    and the listener (which starts the follow-up). Thread-safe; nobody's code runs inside."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._pending: FollowUp | None = None
        self._queued = 0  # turns handed to the worker and not done yet
        self._closed = False

    def queued(self) -> None:
        """A turn was handed to the worker (a command, an `ask`, an announcement)."""
        with self._changed:
            self._queued += 1

    def unqueued(self) -> None:
        """A turn counted by `queued` that will never run (refused or pushed out of the queue)."""
        with self._changed:
            self._queued = max(0, self._queued - 1)
            self._changed.notify_all()

    def turn_done(self, turn: int, follow_up: FollowUp | None) -> FollowUp | None:
        """The worker: `turn`'s reply was played; listen again if `follow_up` says so. Returns a
        follow-up that was still waiting to start and is now superseded (its question is over)."""
        with self._changed:
            self._queued = max(0, self._queued - 1)
            superseded, self._pending = self._pending, follow_up
            self._changed.notify_all()
            return superseded

    def busy(self) -> bool:
        """Is a turn queued or running (thinking, speaking)?"""
        with self._changed:
            return self._queued > 0

    def take(self) -> FollowUp | None:
        """The listener, at an idle frame: the follow-up to start now, if any (never while another
        turn is queued or running: it would hear that turn, not the answer)."""
        with self._changed:
            if self._queued:
                return None
            follow_up, self._pending = self._pending, None
            return follow_up

    def wait_idle(self) -> None:
        """The listener with file input: until no turn is queued or running (bounded; `close` ends it)."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._queued == 0 or self._closed, _WAIT_FOR_TURN_SECONDS):
                logger.warning("a turn still runs after %.0f s: reading on", _WAIT_FOR_TURN_SECONDS)
                self._queued = 0

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()
