"""What the daemon lost since it started, counted in one place and said two ways.

Every bounded queue and the outbox count what they drop. `Losses` reads those counters; while the
daemon runs, `LossReporter` (a pipeline worker, on its own thread) publishes them retained on
`edgeagent/<site>/losses` whenever one changes, as JSON of stable keys:

    {"audio_frames": 0, "spoken_commands": 0, "requests": 0, "events": 0,
     "commands_outbox_full": 0, "commands_expired": 0, "commands_refused": 0, "wake_claims_late": 0}

and at exit one log line says them ("lost since start: ...", a warning when anything was lost).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping

logger = logging.getLogger(__name__)

# key -> how the exit line says it
LABELS = {
    "audio_frames": "audio frames",
    "spoken_commands": "spoken commands",
    "requests": "ask/say/announcements",
    "events": "events",
    "commands_outbox_full": "device commands (outbox full)",
    "commands_expired": "device commands (too old)",
    "commands_refused": "device commands (refused by the broker)",
    "wake_claims_late": "wake claims made late",
}
_EVERY_SECONDS = 5.0


class Losses:
    """Reads counts from `sources`, each a function returning some of `LABELS`' keys (one per owner of
    counters: the pipeline, the daemon's queues and outbox), so each owner is asked once per reading."""

    def __init__(self, *sources: Callable[[], Mapping[str, int]]) -> None:
        self._sources = sources
        unknown = {key for source in sources for key in source()} - set(LABELS)
        if unknown:
            raise ValueError(f"no label for losses {sorted(unknown)}")

    def counts(self) -> dict[str, int]:
        """Every counter now, in `LABELS`' order (0 for one this daemon does not have)."""
        read: dict[str, int] = {}
        for source in self._sources:
            read.update(source())
        return {key: read.get(key, 0) for key in LABELS}

    def say(self) -> None:
        """The exit line."""
        lost = ", ".join(f"{LABELS[key]} {count}" for key, count in self.counts().items() if count)
        logger.log(logging.WARNING if lost else logging.INFO, "lost since start: %s", lost or "nothing")


class LossReporter:
    """A pipeline worker: `publish(counts)` at start and whenever a count changed since."""

    name = "losses"

    def __init__(
        self,
        losses: Losses,
        publish: Callable[[dict[str, int]], None],
        *,
        every_seconds: float = _EVERY_SECONDS,
    ) -> None:
        self._losses, self._publish, self._every_seconds = losses, publish, every_seconds
        self._closed = threading.Event()
        self._said: dict[str, int] | None = None

    def run(self, stop: threading.Event) -> None:
        self.check()
        while not stop.is_set() and not self._closed.wait(self._every_seconds):
            self.check()
        self.check()  # what was lost at the very end is said too

    def check(self) -> None:
        try:
            counts = self._losses.counts()
            if counts != self._said:
                self._publish(counts)
                self._said = counts
        except Exception:  # telemetry must never stop the assistant
            logger.exception("publishing the loss counters failed; trying again")

    def close(self) -> None:
        self._closed.set()
