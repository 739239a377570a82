"""Local timers: they end with a spoken alert, and can be paused, resumed and cancelled."""

from __future__ import annotations

import threading
import time

from edgeagent.intent.timers import Timers, describe_seconds


class Alerts:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.event = threading.Event()

    def __call__(self, text: str) -> None:
        self.said.append(text)
        self.event.set()


def test_a_timer_ends_with_an_alert() -> None:
    alerts = Alerts()
    timers = Timers(alerts)
    timers.start(0.05)
    assert alerts.event.wait(5)
    assert alerts.said == ["Your 0 seconds timer is done."]
    assert timers.remaining() == []


def test_a_named_timer_is_named_in_the_alert() -> None:
    alerts = Alerts()
    Timers(alerts).start(0.05, "pasta")
    assert alerts.event.wait(5)
    assert alerts.said == ["The pasta timer is done."]


def test_cancel_pause_and_resume() -> None:
    alerts = Alerts()
    timers = Timers(alerts)
    timers.start(60)
    assert timers.pause() == 1
    left = timers.remaining()[0]
    time.sleep(0.05)
    assert timers.remaining()[0] == left  # paused: the clock stands still
    assert timers.resume() == 1
    assert timers.cancel() == 1
    assert timers.remaining() == [] and alerts.said == []


def test_durations_are_spoken_naturally() -> None:
    assert describe_seconds(5 * 60) == "5 minutes"
    assert describe_seconds(3600 + 30 * 60) == "1 hour and 30 minutes"
    assert describe_seconds(61) == "1 minute and 1 second"


def test_time_is_added_to_and_taken_off_running_and_paused_timers() -> None:
    alerts = Alerts()
    timers = Timers(alerts)
    timers.start(60)
    assert timers.change(300) == 1
    assert 359 < timers.remaining()[0] <= 360
    timers.pause()
    timers.change(-120)
    assert 239 < timers.remaining()[0] <= 240
    timers.cancel()


def test_a_timer_with_all_its_time_taken_off_ends_at_once() -> None:
    alerts = Alerts()
    timers = Timers(alerts)
    timers.start(60)
    timers.change(-600)
    assert alerts.event.wait(5)
    assert timers.remaining() == []
