"""The pipeline's threads, owned in one place: started together, each guarded, joined in order.

A `Supervisor` is given the stages' thread bodies (the pipeline decides what they are) and the
caller's background jobs. It starts them all, runs the caller's tick while it waits, and ends them:
- a thread that raises is logged, counted in `failed`, and sets `stop` (the pipeline stops with a
  failure); a `Closed` queue is a normal end;
- each thread's `then_close` runs when it ends, however it ends, so a stage that dies never leaves
  the one feeding it blocked;
- once `stop` is set, `on_stopping` runs at every tick (a turn may have started since) and the wait
  is bounded by `shutdown_seconds`;
- the background jobs are closed only when the stages have ended (the input ended, or `stop`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from edgeagent.audio.buffers import Closed
from edgeagent.pipeline.heartbeat import Heartbeats

logger = logging.getLogger(__name__)

# `on_tick` runs this often: the systemd watchdog wants a ping every half of WATCHDOG_USEC (0.5 s at
# the shortest interval tested, 1 s); ticking once a second put the pings at the very edge of it
_TICK_SECONDS = 0.25


class Worker(Protocol):
    """A background job the pipeline runs on its own thread (reloads, re-priming: never a turn)."""

    name: str

    def run(self, stop: threading.Event) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class SupervisorSettings:
    shutdown_seconds: float = 3.0  # after `stop`, threads get this long to finish before `run` returns


class Supervisor:
    def __init__(
        self,
        heartbeats: Heartbeats,
        stop: threading.Event,
        *,
        on_stopping: Callable[[], None],
        settings: SupervisorSettings | None = None,
    ) -> None:
        self._heartbeats = heartbeats
        self._stop = stop
        self._on_stopping = on_stopping
        self._settings = settings or SupervisorSettings()
        self._stages: list[threading.Thread] = []
        self._failed = 0
        self._lock = threading.Lock()

    @property
    def failed(self) -> int:
        """How many threads died of an exception."""
        with self._lock:
            return self._failed

    def stage(self, name: str, body: Callable[[], None], *then_close: Callable[[], None]) -> None:
        """A stage's thread, started by `run`; `then_close` runs when it ends."""
        self._stages.append(self._thread(name, body, *then_close))

    def run(
        self,
        workers: Sequence[Worker] = (),
        *,
        on_tick: Callable[[], None] | None = None,
        on_ready: Callable[[], None] | None = None,
    ) -> None:
        """Start every stage and background job, wait for the stages, then end the jobs."""
        stop = self._stop
        background = [self._thread(w.name, _until_stopped(w, stop), w.close) for w in workers]
        for thread in self._stages + background:
            thread.start()
        if on_ready is not None:
            on_ready()
        self._wait(self._stages, on_tick)
        for job in workers:  # the input ended (or `stop`): background jobs end with it
            job.close()
        self._wait(background, None)

    def _wait(self, threads: list[threading.Thread], on_tick: Callable[[], None] | None) -> None:
        """Until every thread ends; once `stop` is set, the turn is cancelled and the wait bounded."""
        deadline: float | None = None
        while any(thread.is_alive() for thread in threads):
            if self._stop.is_set():
                self._on_stopping()
                deadline = deadline or time.monotonic() + self._settings.shutdown_seconds
            if deadline is not None and time.monotonic() > deadline:
                alive = [t.name for t in threads if t.is_alive()]
                logger.warning("stopping without waiting for %s", ", ".join(alive))
                return
            timeout = 0.2 if self._stop.is_set() else _TICK_SECONDS
            next(t for t in threads if t.is_alive()).join(timeout=timeout)
            if on_tick is not None:
                on_tick()

    def _thread(
        self, name: str, body: Callable[[], None], *then_close: Callable[[], None]
    ) -> threading.Thread:
        heartbeat = self._heartbeats.of(name)

        def guarded() -> None:
            failed = True  # until it returns: an exception of any kind is the thread's death
            try:
                body()
                failed = False
            except Closed:
                failed = False
                logger.debug("%s: queue closed", name)
            except Exception:
                logger.exception("the %s thread failed; stopping", name)
                with self._lock:
                    self._failed += 1
                self._stop.set()
            finally:
                heartbeat.ended(failed=failed)
                for close in then_close:
                    close()

        return threading.Thread(target=guarded, name=f"edgeagent-{name}", daemon=True)


def _until_stopped(worker: Worker, stop: threading.Event) -> Callable[[], None]:
    return lambda: worker.run(stop)
