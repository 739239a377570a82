"""Pipeline events: the one way tests, benchmarks, logs and MQTT see what happened.

Every event has `event` (its type), `turn` (the turn id) and `t_ms` (stream time:
milliseconds of audio since the stream started, so file input is reproducible).

Pipeline threads never run subscriber code: `EventBus.emit` puts the event on a
bounded queue and returns; the bus's dispatcher thread hands each event to every
subscriber, in order. With live input the oldest event is dropped (and counted)
if subscribers fall behind, so a microphone is never held up; with file input
(`lossless`) the emitter waits instead, so `--events jsonl` of a file is complete.
A subscriber may emit events itself: they are queued like any other, never waited for.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TextIO

from edgeagent.audio.buffers import BoundedQueue, Closed
from edgeagent.pipeline.heartbeat import Heartbeat

logger = logging.getLogger(__name__)


class EventType(StrEnum):
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
    ANSWER = "answer"  # what was heard in answer to an automation's question (`ask_question`)
    STOP = "stop"  # a stop phrase heard while the assistant thought or spoke


WAKE = EventType.WAKE
LISTENING = EventType.LISTENING
SPEECH_END = EventType.SPEECH_END
TRANSCRIPT = EventType.TRANSCRIPT
INTENT = EventType.INTENT
ACTION = EventType.ACTION
RESPONSE = EventType.RESPONSE
TTS = EventType.TTS
ERROR = EventType.ERROR
TURN_END = EventType.TURN_END
ANSWER = EventType.ANSWER
STOP = EventType.STOP


@dataclass(frozen=True)
class Event:
    event: EventType
    turn: int
    t_ms: int
    fields: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"event": str(self.event), "turn": self.turn, "t_ms": self.t_ms, **self.fields}


Subscriber = Callable[[Event], None]
QUEUE_EVENTS = 1024  # about a hundred turns of events


class EventBus:
    """Delivers each event to every subscriber, in order, on the bus's own dispatcher thread."""

    def __init__(self, capacity: int = QUEUE_EVENTS, *, heartbeat: Heartbeat | None = None) -> None:
        self._heartbeat = heartbeat or Heartbeat("events")  # each event handed out is a step
        self._subscribers: tuple[Subscriber, ...] = ()
        self._lock = threading.Lock()
        self._queue: BoundedQueue[Event] = BoundedQueue(capacity, drop_oldest=True)
        self._thread: threading.Thread | None = None
        self._progress = threading.Condition()
        self._emitted = 0
        self._handled = 0
        self.lossless = False  # True: wait for room instead of dropping (file input; set by the pipeline)

    @property
    def dropped(self) -> int:
        """Events lost because the subscribers fell behind."""
        return self._queue.dropped

    def subscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers = (*self._subscribers, subscriber)

    def emit(self, event: EventType, turn: int, t_ms: int, **fields: Any) -> Event:
        """Queue an event for the subscribers; never blocks, never runs their code here."""
        item = Event(EventType(event), turn, int(t_ms), fields)
        self._start()
        with self._progress:
            self._emitted += 1
        dispatcher = threading.current_thread() is self._thread  # must never wait for itself
        try:
            self._queue.put(item, drop_oldest=dispatcher or not self.lossless)
        except Closed:
            logger.debug("event bus closed; %s not delivered", item.event)
            self._handled_one()
        return item

    def flush(self, timeout_seconds: float = 5.0) -> bool:
        """Wait until every event emitted so far was handed to the subscribers (or dropped)."""
        if threading.current_thread() is self._thread:
            return False  # a subscriber waiting for itself would wait forever
        with self._progress:
            return self._progress.wait_for(
                lambda: self._handled + self._queue.dropped >= self._emitted, timeout_seconds
            )

    def close(self, timeout_seconds: float = 2.0) -> None:
        """Deliver what is queued (within the timeout), then stop the dispatcher."""
        self._queue.close()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout_seconds)
            if thread.is_alive():
                logger.warning("event subscribers still busy after %.1f s; not waiting", timeout_seconds)

    def _start(self) -> None:
        if self._thread is not None:
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._dispatch, name="edgeagent-events", daemon=True)
                self._thread.start()

    def _dispatch(self) -> None:
        try:
            self._dispatch_until_closed()
            self._heartbeat.ended(failed=False)
        except BaseException:
            self._heartbeat.ended(failed=True)
            raise

    def _dispatch_until_closed(self) -> None:
        while True:
            self._heartbeat.idle()
            try:
                item = self._queue.get()
            except Closed:
                return
            self._heartbeat.busy(f"handing out a {item.event} event")
            for subscriber in self._subscribers:
                try:
                    subscriber(item)
                except Exception:  # a broken subscriber must not stop the others
                    logger.exception("event subscriber failed on %s", item.event)
            self._handled_one()

    def _handled_one(self) -> None:
        with self._progress:
            self._handled += 1
            self._progress.notify_all()


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
            return [str(e.event) for e in self.events]
