"""Heartbeats and the watchdog, with plain values and a clock the test moves: a thread waiting on its queue
is healthy however long it waits; one busy with one step past its limit, or dead, stops the pings, and
the log names it once."""

from __future__ import annotations

import logging

import pytest

from edgeagent.pipeline.heartbeat import Beat, Heartbeats, State, StuckAfter, Trouble, trouble
from edgeagent.service.systemd import Notifier, Watchdog


class Clock:
    def __init__(self) -> None:
        self.now_s = 1000.0

    def __call__(self) -> float:
        return self.now_s

    def advance(self, seconds: float) -> None:
        self.now_s += seconds


class SentNotifications(Notifier):
    """The notify socket, as a list."""

    def __init__(self) -> None:
        super().__init__(socket_path="")
        self.sent: list[str] = []

    def notify(self, *lines: str) -> None:
        self.sent.extend(lines)


def test_a_busy_step_is_in_trouble_only_past_its_limit() -> None:
    beat = Beat(State.BUSY, "turn 3: tts", since_s=100.0)
    assert trouble("turns", beat, 120.0, now_s=219.0) is None
    assert trouble("turns", beat, 120.0, now_s=221.0) == Trouble("turns", State.BUSY, "turn 3: tts", 120.0)


def test_waiting_is_healthy_however_long_and_no_limit_means_only_death_counts() -> None:
    assert trouble("turns", Beat(State.IDLE, since_s=0.0), 120.0, now_s=1e6) is None
    assert trouble("source", Beat(State.BUSY, "reading", since_s=0.0), None, now_s=1e6) is None
    assert trouble("source", Beat(State.ENDED, since_s=0.0), None, now_s=1e6) is None
    assert trouble("source", Beat(State.DIED, since_s=0.0), None, now_s=1e6) is not None


def test_each_new_step_starts_the_limit_again_and_idle_clears_it() -> None:
    clock = Clock()
    beats = Heartbeats(clock=clock)
    turns = beats.register("turns", 10.0)
    turns.busy("turn 1: stt")
    clock.advance(8)
    turns.busy("turn 1: understand")
    clock.advance(8)
    assert beats.troubles() == []  # 16 s on the turn, but no step took 10
    clock.advance(3)
    [stuck] = beats.troubles()
    assert str(stuck) == "the turns thread is stuck: busy for over 10 s (turn 1: understand)"
    turns.idle()
    assert beats.troubles() == []


def test_a_thread_that_died_is_named_with_what_it_was_doing_and_a_clean_end_is_not() -> None:
    beats = Heartbeats(clock=Clock())
    beats.register("playback", 10.0).busy("playing 'Hello.'")
    beats.of("playback").ended(failed=True)
    beats.register("speculator", 60.0).ended(failed=False)
    assert [str(t) for t in beats.troubles()] == ["the playback thread died (playing 'Hello.')"]


def test_of_finds_a_worker_s_own_heartbeat_or_makes_one_that_only_its_death_counts_on() -> None:
    clock = Clock()
    beats = Heartbeats(StuckAfter(upkeep_s=5.0), clock=clock)
    upkeep = beats.register("upkeep", beats.stuck_after.upkeep_s)
    assert beats.of("upkeep") is upkeep
    state = beats.of("state")
    assert state.stuck_after_s is None and beats.of("state") is state
    state.busy("saving")
    clock.advance(1e6)
    assert beats.troubles() == []


def test_the_watchdog_pings_only_while_no_check_finds_a_problem_and_says_each_problem_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    beats = Heartbeats(clock=clock)
    turns = beats.register("turns", 10.0)
    notifier = SentNotifications()
    watchdog = Watchdog(notifier, [beats.troubles], interval_usec="1000000", clock=clock)  # a ping per 0.5 s

    def run_for(seconds: float) -> int:
        """Ticks four times a second; the pings sent meanwhile."""
        before = len(notifier.sent)
        for _ in range(int(seconds * 4)):
            clock.advance(0.25)
            watchdog.tick()
        return len(notifier.sent) - before

    turns.busy("turn 1: tts")
    assert run_for(9.5) >= 18  # busy, within its limit
    with caplog.at_level(logging.INFO):
        assert run_for(5) <= 2  # only before the limit: then none
        assert run_for(30) == 0
        stuck = [r.getMessage() for r in caplog.records if "stuck" in r.getMessage()]
        assert stuck == [
            "the turns thread is stuck: busy for over 10 s (turn 1: tts)"
            ": withholding the systemd watchdog ping"
        ]
        turns.idle()
        assert run_for(2) >= 3
    assert set(notifier.sent) == {"WATCHDOG=1"}
    assert "all is well again" in caplog.records[-1].getMessage()


def test_without_watchdog_usec_nothing_is_sent() -> None:
    notifier = SentNotifications()
    watchdog = Watchdog(notifier, [lambda: []], interval_usec="")
    watchdog.tick()
    assert not watchdog.enabled and notifier.sent == []
