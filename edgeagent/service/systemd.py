"""systemd's notify protocol (Type=notify) and watchdog, without a dependency.

`READY=1`, `STATUS=...`, `RELOADING=1`, `STOPPING=1` go to $NOTIFY_SOCKET; with
no socket (not under systemd) every call is a no-op. The watchdog is pinged
only while every check finds nothing wrong: audio frames keep arriving (a hung
microphone), and no thread is stuck on one step past its limit or dead (the
heartbeats: pipeline/heartbeat.py). So systemd restarts a service that hangs
anywhere, and the log names what hung, once.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable, Sequence

logger = logging.getLogger(__name__)


class Notifier:
    def __init__(self, socket_path: str | None = None) -> None:
        path = socket_path if socket_path is not None else os.environ.get("NOTIFY_SOCKET", "")
        self._address = "\0" + path[1:] if path.startswith("@") else path
        self._socket: socket.socket | None = None
        if self._address:
            self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)

    def notify(self, *lines: str) -> None:
        if self._socket is None:
            return
        try:
            self._socket.sendto("\n".join(lines).encode(), self._address)
        except OSError as exc:
            logger.warning("systemd notification failed: %s", exc)

    def status(self, text: str) -> None:
        self.notify(f"STATUS={text}")

    def ready(self) -> None:
        self.notify("READY=1", "STATUS=listening")

    def reloading(self) -> None:
        self.notify("RELOADING=1", f"MONOTONIC_USEC={time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000}")

    def stopping(self) -> None:
        self.notify("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


Check = Callable[[], Sequence[object]]  # what is wrong now, each logged as its `str`; empty: all is well


class Watchdog:
    """Pings at half the configured interval, but only while every check comes back empty."""

    def __init__(
        self,
        notifier: Notifier,
        checks: Sequence[Check],
        interval_usec: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        raw = interval_usec if interval_usec is not None else os.environ.get("WATCHDOG_USEC", "")
        self._period_seconds = int(raw) / 2_000_000 if raw.isdigit() and int(raw) > 0 else 0.0
        self._notifier = notifier
        self._checks = tuple(checks)
        self._clock = clock
        self._last_ping: float | None = None
        self._reported: frozenset[str] = frozenset()  # logged already: each problem is told once

    @property
    def enabled(self) -> bool:
        return self._period_seconds > 0

    def tick(self) -> None:
        now = self._clock()
        if not self.enabled or (self._last_ping is not None and now - self._last_ping < self._period_seconds):
            return
        problems = [str(problem) for check in self._checks for problem in check()]
        self._report(problems)
        if problems:
            return
        self._notifier.notify("WATCHDOG=1")
        self._last_ping = now

    def _report(self, problems: list[str]) -> None:
        for problem in problems:
            if problem not in self._reported:
                logger.warning("%s: withholding the systemd watchdog ping", problem)
        if self._reported and not problems:
            logger.info("all is well again: pinging the systemd watchdog")
        self._reported = frozenset(problems)


def frames_recent(last_frame: Callable[[], float | None], within_seconds: float = 5.0) -> Check:
    def problems() -> list[str]:
        seen = last_frame()
        if seen is not None and time.monotonic() - seen < within_seconds:
            return []
        return [f"no audio frames for over {within_seconds:g} s"]

    return problems
