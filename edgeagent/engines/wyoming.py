"""Talking to a Wyoming server (Home Assistant's voice protocol) from a synchronous engine.

One TCP connection per request: events out with `wyoming.event.write_event`, events
back with `read_event`, each read bounded by the timeout. `Retry` is what the
fallback engines share: after a failure the server is skipped for a while, then
tried again.
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import urlparse

from wyoming.event import Event, read_event, write_event

logger = logging.getLogger(__name__)

_DEADLINE_TIMEOUTS = 3  # a whole request may take three timeouts, however the server sends it


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    timeout_ms: int

    @classmethod
    def parse(cls, uri: str, timeout_ms: int) -> Server:
        """`tcp://host:port`; ValueError with the reason for anything else."""
        parsed = urlparse(uri)
        if parsed.scheme != "tcp" or not parsed.hostname or not parsed.port:
            raise ValueError(f"expected tcp://host:port, got {uri!r}")
        return cls(parsed.hostname, parsed.port, timeout_ms)

    def __str__(self) -> str:
        return f"tcp://{self.host}:{self.port}"


class Connection:
    """Events to and from one server; OSError (a timeout too) when it fails, closes early, sends
    something that is not a Wyoming event, or takes longer than its deadline in all."""

    def __init__(self, stream: BinaryIO, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline  # monotonic

    def send(self, *events: Event) -> None:
        for event in events:
            write_event(event, self._stream)

    def receive(self) -> Event:
        if time.monotonic() > self._deadline:
            raise TimeoutError("the server took too long in all")
        try:
            event = read_event(self._stream)
        except (KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise ConnectionError(f"the server sent something that is not a Wyoming event ({exc!r})") from exc
        if event is None:
            raise ConnectionError("the server closed the connection")
        return event

    def until(self, wanted: str) -> Iterator[Event]:
        """Every event up to and including the first of type `wanted`."""
        while True:
            event = self.receive()
            yield event
            if event.type == wanted:
                return


@contextmanager
def connect(server: Server) -> Iterator[Connection]:
    timeout_s = server.timeout_ms / 1000
    deadline = time.monotonic() + timeout_s * _DEADLINE_TIMEOUTS
    with socket.create_connection((server.host, server.port), timeout=timeout_s) as sock:
        sock.settimeout(timeout_s)  # for each read; the deadline bounds a server that trickles
        with sock.makefile("rwb") as stream:
            yield Connection(stream, deadline)  # type: ignore[arg-type]  # a socket file is a binary stream


def describe(server: Server) -> dict[str, object]:
    """The server's `info` (what `edgeagent doctor` checks)."""
    with connect(server) as connection:
        connection.send(Event("describe"))
        for event in connection.until("info"):
            if event.type == "info":
                return dict(event.data)
    return {}


class Retry:
    """A failed server is skipped for `retry_after_s`, then tried again."""

    def __init__(self, retry_after_s: float) -> None:
        self._retry_after_s = retry_after_s
        self._failed_at: float | None = None
        self.fallbacks = 0

    def skipping(self) -> bool:
        return self._failed_at is not None and time.monotonic() - self._failed_at < self._retry_after_s

    def ok(self) -> None:
        self._failed_at = None

    def failed(self, what: str, exc: Exception) -> str:
        """Note the failure; the line that says what happens now."""
        self._failed_at = time.monotonic()
        self.fallbacks += 1
        message = f"{what} failed ({exc}); the local engine answers, the server is tried again in "
        message += f"{self._retry_after_s:.0f} s"
        logger.warning("%s", message)
        return message
