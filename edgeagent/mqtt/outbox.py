"""Commands decided while the broker is unreachable: kept (bounded, with an age limit), sent on reconnect.

Nothing is dropped silently: a command pushed out by a full outbox, or too old to
still make sense when the broker comes back ("turn on the light" ten minutes
later), is reported to `on_dropped` so the person can be told.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable

from edgeagent.mqtt.client import Publish

logger = logging.getLogger(__name__)

Dropped = Callable[[Publish, str], None]  # the message, and why: "full" or "expired"


class Outbox:
    def __init__(
        self,
        *,
        capacity: int,
        max_age_seconds: float,
        on_dropped: Dropped,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self._items: collections.deque[tuple[Publish, float]] = collections.deque()
        self._capacity = capacity
        self._max_age_seconds = max_age_seconds
        self._on_dropped = on_dropped
        self._lock = threading.Lock()

    def keep(self, message: Publish) -> None:
        with self._lock:
            self._items.append((message, self._clock()))
            pushed_out = self._items.popleft()[0] if len(self._items) > self._capacity else None
        logger.warning("broker unreachable: %s kept for the reconnect", message.topic)
        if pushed_out is not None:
            self._drop(pushed_out, "full")

    def take_fresh(self) -> list[Publish]:
        """Everything still young enough to send; the rest is reported as expired."""
        with self._lock:
            items, self._items = list(self._items), collections.deque()
        now = self._clock()
        fresh = []
        for message, kept_at in items:
            if now - kept_at > self._max_age_seconds:
                self._drop(message, "expired")
            else:
                fresh.append(message)
        return fresh

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def _drop(self, message: Publish, reason: str) -> None:
        logger.error("command to %s dropped (%s) while the broker was unreachable", message.topic, reason)
        try:
            self._on_dropped(message, reason)
        except Exception:  # reporting must not lose the others
            logger.exception("reporting a dropped command failed")
