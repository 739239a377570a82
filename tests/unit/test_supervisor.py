"""The supervisor owns the pipeline's threads: a death stops the rest, every end closes what it fed,
background jobs outlive the stages only until the stages end, and a stuck thread never holds a stop."""

from __future__ import annotations

import threading
from collections.abc import Callable

from edgeagent.audio.buffers import Closed
from edgeagent.pipeline.heartbeat import Heartbeats
from edgeagent.pipeline.supervisor import Supervisor, SupervisorSettings


class Job:
    name = "job"

    def __init__(self, order: list[str]) -> None:
        self._order = order
        self._closed = threading.Event()

    def run(self, stop: threading.Event) -> None:
        self._closed.wait(5)
        self._order.append("job ended")

    def close(self) -> None:
        self._order.append("job closed")
        self._closed.set()


def _supervisor(
    stop: threading.Event, stopping: threading.Event, shutdown_seconds: float = 3.0
) -> Supervisor:
    return Supervisor(
        Heartbeats(),
        stop,
        on_stopping=stopping.set,
        settings=SupervisorSettings(shutdown_seconds=shutdown_seconds),
    )


def _wait_for(event: threading.Event) -> Callable[[], None]:
    def body() -> None:
        event.wait(5)

    return body


def test_a_thread_that_dies_stops_the_others_and_is_counted() -> None:
    stop, stopping, closed = threading.Event(), threading.Event(), []
    supervisor = _supervisor(stop, stopping)

    def dies() -> None:
        raise RuntimeError("engine exploded")

    supervisor.stage("listener", dies, lambda: closed.append("frames"))
    supervisor.stage("turns", _wait_for(stopping), lambda: closed.append("turns"))  # a turn, until told
    supervisor.run()
    assert supervisor.failed == 1
    assert stop.is_set()
    assert stopping.is_set()  # the turn in progress was told to stop
    assert sorted(closed) == ["frames", "turns"]


def test_a_closed_queue_is_a_normal_end() -> None:
    stop = threading.Event()
    supervisor = _supervisor(stop, threading.Event())

    def drained() -> None:
        raise Closed

    supervisor.stage("turns", drained)
    supervisor.run()
    assert supervisor.failed == 0
    assert not stop.is_set()


def test_background_jobs_are_closed_once_the_stages_end() -> None:
    stop, order = threading.Event(), []
    supervisor = _supervisor(stop, threading.Event())
    supervisor.stage("source", lambda: order.append("input ended"))
    ready: list[bool] = []
    supervisor.run([Job(order)], on_ready=lambda: ready.append(True))
    assert ready == [True]
    assert order[0] == "input ended"
    assert order.index("job closed") < order.index("job ended")


def test_a_stuck_thread_does_not_hold_a_stop_past_the_shutdown_time() -> None:
    stop, stopping, never = threading.Event(), threading.Event(), threading.Event()
    supervisor = _supervisor(stop, stopping, shutdown_seconds=0.3)
    supervisor.stage("turns", _wait_for(never))
    stop.set()
    supervisor.run()  # returns although the thread is still alive
    never.set()
    assert stopping.is_set()
