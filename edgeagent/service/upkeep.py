"""The daemon's upkeep: slow model work off the turn and main threads.

Two jobs, on one background thread (a `Worker` of the pipeline):
- after the catalog changes (debounced: discovery arrives in bursts), the sentence
  templates' lists are rebuilt and the language model's prompt is prefilled again,
  so no turn pays for it; the catalog's `version` already ignores messages that
  change nothing understanding depends on;
- a SIGHUP's reload (re-reading the config, building a new understanding), so the
  main thread goes on pinging the systemd watchdog.
A failure in either is logged, and the running understanding is kept.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from edgeagent.pipeline.heartbeat import Heartbeat

logger = logging.getLogger(__name__)

DEBOUNCE_SECONDS = 1.0  # quiet time after the last catalog change before re-priming
MAX_DELAY_SECONDS = 10.0  # a catalog that never stops changing is still re-primed this often
_POLL_SECONDS = 0.5


class Upkeep:
    name = "upkeep"

    def __init__(
        self,
        *,
        prepare: Callable[[], None],
        reload: Callable[[], None],
        debounce_seconds: float = DEBOUNCE_SECONDS,
        heartbeat: Heartbeat | None = None,
    ) -> None:
        self._heartbeat = heartbeat or Heartbeat(self.name)  # a reload or a re-prime is a step
        self._prepare = prepare
        self._reload = reload
        self._debounce_seconds = debounce_seconds
        self._wake = threading.Event()
        self._reload_requested = threading.Event()
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._first_change: float | None = None
        self._last_change = 0.0
        self.prepared = 0  # how many times the understanding was brought up to the catalog

    def catalog_changed(self) -> None:
        """From any thread (MQTT's): never blocks, never does the work itself."""
        now = time.monotonic()
        with self._lock:
            self._first_change = self._first_change or now
            self._last_change = now
        self._wake.set()

    def request_reload(self) -> None:
        """From the SIGHUP handler: only sets flags."""
        self._reload_requested.set()
        self._wake.set()

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set() and not self._closed.is_set():
            self._heartbeat.idle()
            self._wake.wait(_POLL_SECONDS)
            self._wake.clear()
            if self._reload_requested.is_set():
                self._reload_requested.clear()
                self._guarded("reload", self._reload)
            if self._due() and self._guarded("re-priming", self._prepare):
                self.prepared += 1

    def _due(self) -> bool:
        now = time.monotonic()
        with self._lock:
            if self._first_change is None:
                return False
            quiet = now - self._last_change >= self._debounce_seconds
            overdue = now - self._first_change >= MAX_DELAY_SECONDS
            if quiet or overdue:
                self._first_change = None
                return True
            return False

    def _guarded(self, what: str, job: Callable[[], None]) -> bool:
        started = time.monotonic()
        self._heartbeat.busy(what)
        try:
            job()
        except Exception:  # keep what runs: the next change or reload tries again
            logger.exception("%s failed; the running understanding is kept", what)
            return False
        logger.info("%s done in %.2f s (off the turn thread)", what, time.monotonic() - started)
        return True

    def close(self) -> None:
        self._closed.set()
        self._wake.set()
