"""Loss counters: read where they are counted, published when one changes, said in one line at exit."""

from __future__ import annotations

import logging
import threading

import pytest

from edgeagent.service.losses import LABELS, Losses, LossReporter


def test_every_counter_has_a_stable_key_and_a_missing_one_counts_zero() -> None:
    frames = [0]
    counts = Losses(lambda: {"audio_frames": frames[0]}).counts()
    assert list(counts) == list(LABELS)
    assert set(counts.values()) == {0}
    with pytest.raises(ValueError, match="no label"):
        Losses(lambda: {"dropped things": 0})


def test_a_change_is_published_once_and_nothing_is_published_while_nothing_changes() -> None:
    frames = [0]
    published: list[dict[str, int]] = []
    reporter = LossReporter(Losses(lambda: {"audio_frames": frames[0]}), published.append)
    reporter.check()
    reporter.check()
    frames[0] = 3
    reporter.check()
    reporter.check()
    assert [p["audio_frames"] for p in published] == [0, 3]


def test_the_reporter_says_the_last_counts_when_it_is_closed() -> None:
    events = [0]
    published: list[dict[str, int]] = []
    reporter = LossReporter(Losses(lambda: {"events": events[0]}), published.append, every_seconds=60)
    thread = threading.Thread(target=reporter.run, args=(threading.Event(),))
    thread.start()
    events[0] = 2  # lost just before the end
    reporter.close()
    thread.join(5)
    assert published[-1]["events"] == 2


def test_a_failing_publish_is_logged_and_tried_again(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[dict[str, int]] = []

    def publish(counts: dict[str, int]) -> None:
        calls.append(counts)
        if len(calls) == 1:
            raise ConnectionError("broker gone")

    reporter = LossReporter(Losses(), publish)
    reporter.check()
    reporter.check()
    assert len(calls) == 2
    assert "publishing the loss counters failed" in caplog.text


def test_the_exit_line_names_what_was_lost(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        Losses(lambda: {"commands_expired": 2, "events": 0}).say()
        Losses().say()
    lines = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert lines == [
        ("WARNING", "lost since start: device commands (too old) 2"),
        ("INFO", "lost since start: nothing"),
    ]
