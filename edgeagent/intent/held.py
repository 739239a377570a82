"""What a turn holds while it waits for an answer, and who may answer it.

A held confirmation ("Unlock the Front door?") or question back ("Which one do you mean...?")
belongs to the turn that asked it and to where that turn came from (the microphone, an MQTT
`ask`): only a later sentence from the same source answers it, and only that turn's end drops
it. Another turn that arrives meanwhile (an automation's question, an `ask` that supersedes a
follow-up) neither answers nor clears it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Asker:
    """Who a sentence came from: its source (the pipeline's "voice", "typed", ...) and its turn."""

    source: str = ""
    turn: int = -1  # -1: no turn (`edgeagent understand`, tests)


ANYONE = Asker()  # a sentence from no turn in particular: `edgeagent understand`, the benches


@dataclass(frozen=True)
class _Slot(Generic[T]):
    value: T
    owner: Asker
    expires_monotonic: float


class Held(Generic[T]):
    """One held thing, owned by the turn that asked; thread-safe."""

    def __init__(self, window_seconds: float) -> None:
        self._window_seconds = window_seconds
        self._slot: _Slot[T] | None = None
        self._lock = threading.Lock()

    def hold(self, value: T, owner: Asker) -> None:
        with self._lock:
            self._slot = _Slot(value, owner, time.monotonic() + self._window_seconds)

    def holding(self) -> bool:
        with self._lock:
            return self._slot is not None

    def for_(self, asker: Asker) -> T | None:
        """What is held for a sentence from `asker`: only from the source that was asked, in time."""
        with self._lock:
            slot = self._slot
        if slot is None or time.monotonic() > slot.expires_monotonic or slot.owner.source != asker.source:
            return None
        return slot.value

    def forget(self, *, turn: int | None = None, source: str | None = None) -> None:
        """Drop what is held: all of it, or only what turn `turn` asked, or what `source` was asked."""
        with self._lock:
            slot = self._slot
            if slot is None:
                return
            if (turn is None or slot.owner.turn == turn) and (source is None or slot.owner.source == source):
                self._slot = None
