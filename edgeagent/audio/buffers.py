"""Bounded buffers between threads: they never grow, and they count what they drop."""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Closed(Exception):
    """Raised by `get` once the queue is closed and empty."""


class BoundedQueue(Generic[T]):
    """A thread-safe FIFO with a fixed capacity.

    `put` either drops the oldest item (live audio: never block the audio
    callback) or waits for room (file input: lose nothing); `dropped` counts the
    items lost, and `on_drop` hears of each one. `close()` lets the consumer drain
    what is left, then `get` raises `Closed`.
    """

    def __init__(
        self, capacity: int, *, drop_oldest: bool, on_drop: Callable[[T], None] | None = None
    ) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._items: collections.deque[T] = collections.deque()
        self._capacity = capacity
        self._drop_oldest = drop_oldest
        self._cond = threading.Condition()
        self._closed = False
        self._on_drop = on_drop
        self.dropped = 0

    def put(self, item: T, *, drop_oldest: bool | None = None) -> None:
        """Append `item`; when full, drop the oldest or wait, as the queue (or this call) says."""
        dropping = self._drop_oldest if drop_oldest is None else drop_oldest
        with self._cond:
            if self._closed:
                raise Closed()
            while len(self._items) >= self._capacity:
                if dropping:
                    oldest = self._items.popleft()
                    self.dropped += 1
                    if self._on_drop is not None:
                        self._on_drop(oldest)
                    break
                self._cond.wait()
                if self._closed:
                    raise Closed()
            self._items.append(item)
            self._cond.notify_all()

    def offer(self, item: T) -> bool:
        """Put `item` only if there is room now; never waits, never drops another item."""
        with self._cond:
            if self._closed or len(self._items) >= self._capacity:
                return False
            self._items.append(item)
            self._cond.notify_all()
            return True

    def get(self, timeout_seconds: float | None = None) -> T:
        """The next item; raises `Closed` when closed and drained, TimeoutError on timeout."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._items or self._closed, timeout_seconds):
                raise TimeoutError()
            if not self._items:
                raise Closed()
            item = self._items.popleft()
            self._cond.notify_all()
            return item

    @property
    def closed(self) -> bool:
        with self._cond:
            return self._closed

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def drain(self) -> list[T]:
        """Take everything still queued (a consumer that stops early hands it back to its owners)."""
        with self._cond:
            items = list(self._items)
            self._items.clear()
            self._cond.notify_all()
            return items

    def __len__(self) -> int:
        with self._cond:
            return len(self._items)


class PreRoll(Generic[T]):
    """The last `capacity` items seen, oldest first (audio just before the wake word)."""

    def __init__(self, capacity: int) -> None:
        self._items: collections.deque[T] = collections.deque(maxlen=max(capacity, 0) or None)
        self._enabled = capacity > 0

    def append(self, item: T) -> None:
        if self._enabled:
            self._items.append(item)

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def drain(self) -> list[T]:
        items = list(self._items)
        self._items.clear()
        return items
