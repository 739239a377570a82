"""Pipeline events: the one way tests, benchmarks, logs and MQTT see what happened.

Every event has `event` (its type), `turn` (the turn id) and `t_ms` (stream time:
milliseconds of audio since the stream started, so file input is reproducible).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

logger = logging.getLogger(__name__)

WAKE = "wake"
LISTENING = "listening"
SPEECH_END = "speech_end"
TRANSCRIPT = "transcript"
INTENT = "intent"
ACTION = "action"
RESPONSE = "response"
TTS = "tts"
ERROR = "error"
TURN_END = "turn_end"


@dataclass(frozen=True)
class Event:
    event: str
    turn: int
    t_ms: int
    fields: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "turn": self.turn, "t_ms": self.t_ms, **self.fields}


Subscriber = Callable[[Event], None]


class EventBus:
    """Delivers each event to every subscriber, in order, from any thread."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers.append(subscriber)

    def emit(self, event: str, turn: int, t_ms: int, **fields: Any) -> Event:
        item = Event(event, turn, int(t_ms), fields)
        with self._lock:
            for subscriber in self._subscribers:
                try:
                    subscriber(item)
                except Exception:  # a broken subscriber must not break the pipeline
                    logger.exception("event subscriber failed on %s", item.event)
        return item


class JsonlWriter:
    """`--events jsonl`: one JSON object per line, flushed at once."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def __call__(self, event: Event) -> None:
        self._stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        self._stream.flush()


def log_event(event: Event) -> None:
    level = logging.WARNING if event.event == ERROR else logging.INFO
    details = " ".join(f"{k}={v!r}" for k, v in event.fields.items())
    logger.log(level, "turn %d %s @%d ms %s", event.turn, event.event, event.t_ms, details)


class EventLog:
    """Keeps every event (tests and `bench` read it back)."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._lock = threading.Lock()

    def __call__(self, event: Event) -> None:
        with self._lock:
            self.events.append(event)

    def types(self) -> list[str]:
        with self._lock:
            return [e.event for e in self.events]
