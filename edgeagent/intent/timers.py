"""Local timers: start, cancel, pause, resume, add or take away time, status; an alert callback when one ends.

No home hub needed. Timers run on `threading.Timer`; the alert callback is
called from that timer's thread and must hand the work over (e.g. to the turn
worker) rather than speak itself.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

Alert = Callable[[str], None]  # the sentence to speak when a timer ends


@dataclass
class _Timer:
    id: int
    total_seconds: float
    name: str
    remaining_seconds: float
    started_monotonic: float | None = None  # None while paused
    handle: threading.Timer | None = field(default=None, repr=False)

    def left(self) -> float:
        if self.started_monotonic is None:
            return self.remaining_seconds
        return max(0.0, self.remaining_seconds - (time.monotonic() - self.started_monotonic))


class Timers:
    def __init__(self, alert: Alert) -> None:
        self._alert = alert
        self._timers: dict[int, _Timer] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def start(self, seconds: float, name: str = "") -> int:
        with self._lock:
            timer = _Timer(next(self._ids), seconds, name, seconds)
            self._timers[timer.id] = timer
            self._run(timer)
            return timer.id

    def cancel(self) -> int:
        """Cancel every timer; how many there were."""
        with self._lock:
            timers = list(self._timers.values())
            self._timers.clear()
        for timer in timers:
            if timer.handle:
                timer.handle.cancel()
        return len(timers)

    def pause(self) -> int:
        with self._lock:
            running = [t for t in self._timers.values() if t.started_monotonic is not None]
            for timer in running:
                timer.remaining_seconds = timer.left()
                timer.started_monotonic = None
                if timer.handle:
                    timer.handle.cancel()
            return len(running)

    def resume(self) -> int:
        with self._lock:
            paused = [t for t in self._timers.values() if t.started_monotonic is None]
            for timer in paused:
                self._run(timer)
            return len(paused)

    def change(self, seconds: float) -> int:
        """Add time to every timer (take it away when negative; one taken to nothing ends now);
        how many there were."""
        with self._lock:
            timers = list(self._timers.values())
            for timer in timers:
                timer.remaining_seconds = max(0.0, timer.left() + seconds)
                timer.total_seconds = max(0.0, timer.total_seconds + seconds)
                if timer.started_monotonic is not None:  # running: restarted on its new time
                    if timer.handle:
                        timer.handle.cancel()
                    self._run(timer)
            return len(timers)

    def running(self) -> int:
        with self._lock:
            return sum(1 for t in self._timers.values() if t.started_monotonic is not None)

    def paused(self) -> int:
        with self._lock:
            return sum(1 for t in self._timers.values() if t.started_monotonic is None)

    def remaining(self) -> list[float]:
        with self._lock:
            return sorted(t.left() for t in self._timers.values())

    def _run(self, timer: _Timer) -> None:
        timer.started_monotonic = time.monotonic()
        timer.handle = threading.Timer(timer.remaining_seconds, self._done, args=(timer.id,))
        timer.handle.daemon = True
        timer.handle.start()

    def _done(self, timer_id: int) -> None:
        with self._lock:
            timer = self._timers.pop(timer_id, None)
        if timer is None:
            return
        what = (
            f"The {timer.name} timer" if timer.name else f"Your {describe_seconds(timer.total_seconds)} timer"
        )
        logger.info("timer %d done", timer_id)
        self._alert(f"{what} is done.")

    def close(self) -> None:
        self.cancel()


def describe_seconds(seconds: float) -> str:
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        f"{n} {unit}{'' if n == 1 else 's'}"
        for n, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second"))
        if n
    ]
    return " and ".join(parts) if parts else "0 seconds"
