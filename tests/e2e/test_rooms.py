"""Several assistants on one real broker: the one that heard the wake word best answers, alone; if it
dies after its claim, another answers; an announcement to an area is spoken there only."""

# ruff: noqa: F811 - the broker fixtures come from conftest and test_daemon
from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest

from tests import rooms
from tests.broker import Broker, TestClient
from tests.e2e.test_daemon import announced, wait_retained  # noqa: F401

pytestmark = pytest.mark.e2e

TRIES = 5  # tests/bench/rooms.py runs 20


def online(client: TestClient, started: list[rooms.Room]) -> None:
    for room in started:
        wait_retained(client, f"edgeagent/{room.site}/availability", "online", timeout_s=120)


@pytest.mark.parametrize("gains", [[1.0, 0.3], [0.25, 1.0, 0.5]], ids=["two", "three"])
def test_only_the_loudest_answers(
    broker: Broker, announced: TestClient, tmp_path: Path, gains: list[float]
) -> None:
    started = rooms.start(broker, tmp_path, gains)
    try:
        online(announced, started)
        announced.watch(rooms.COMMAND_TOPIC)
        loudest = max(started, key=lambda r: r.gain)
        for attempt in range(TRIES):
            rooms.say_to_all(started, rooms.command_clip())
            turns = {room.site: rooms.turn_of(room) for room in started}
            winners = [site for site, turn in turns.items() if rooms.answered(turn)]
            assert winners == [loudest.site], (
                attempt,
                {s: [e["event"] for e in t] for s, t in turns.items()},
            )
            for site, turn in turns.items():
                if site != loudest.site:
                    assert turn[-1]["outcome"] == "yielded"
                    assert not any(e["event"] in ("tts", "transcript") for e in turn)
        assert len(announced.wait_for(TRIES)) == TRIES  # one command per try, never two
    finally:
        rooms.stop_all(started)


def test_the_room_that_heard_the_wake_word_clearly_answers_not_the_loud_one(
    broker: Broker, announced: TestClient, tmp_path: Path
) -> None:
    """The person is loud in the living room, where the TV plays; the kitchen hears them quietly
    over silence. The kitchen heard the wake word itself better, and answers."""
    by_the_tv, kitchen = started = rooms.start(broker, tmp_path, [1.0, 0.35])
    try:
        online(announced, started)
        clip = rooms.command_clip()
        by_the_tv.daemon.say_into_microphone(rooms.under_noise(clip, -30.0))
        kitchen.daemon.say_into_microphone(rooms.louder(rooms.under_noise(clip, -120.0), kitchen.gain))
        loud_turn, clear_turn = rooms.turn_of(by_the_tv), rooms.turn_of(kitchen)
        wakes = [next(e for e in t if e["event"] == "wake") for t in (loud_turn, clear_turn)]
        assert wakes[0]["level_db"] > wakes[1]["level_db"]  # the TV's room is the louder
        assert rooms.answered(clear_turn) and not rooms.answered(loud_turn), [str(w) for w in wakes]
        assert loud_turn[-1]["outcome"] == "yielded"
    finally:
        rooms.stop_all(started)


def test_another_answers_when_the_loudest_dies_after_its_claim(
    broker: Broker, announced: TestClient, tmp_path: Path
) -> None:
    started = rooms.start(broker, tmp_path, [1.0, 0.4])
    loud, quiet = started
    try:
        online(announced, started)
        announced.watch("edgeagent/home/wake/claim")
        announced.watch(rooms.COMMAND_TOPIC)
        rooms.say_to_all(started, rooms.command_clip())
        announced.wait_for(2, timeout_s=30)  # both claims are out
        assert any(json.loads(p)["site"] == loud.site for t, p in announced.received if t.endswith("claim"))
        loud.daemon.process.send_signal(signal.SIGKILL)
        turn = rooms.turn_of(quiet)
        assert rooms.answered(turn), [e["event"] for e in turn]
        assert (rooms.COMMAND_TOPIC, "ON") in announced.wait_for(3, timeout_s=10)
    finally:
        rooms.stop_all(started)


def test_an_announcement_to_an_area_is_spoken_there_only(
    broker: Broker, announced: TestClient, tmp_path: Path
) -> None:
    started = rooms.start(broker, tmp_path, [1.0, 1.0])
    first, second = started
    try:
        online(announced, started)
        message = {"text": "Dinner is ready.", "area": "Area 2"}
        announced.publish("edgeagent/home/announce", json.dumps(message), retain=False)
        assert second.daemon.wait_for("tts", timeout_s=30)["text"] == "Dinner is ready."
        announced.publish("edgeagent/home/announce", "The washing is done.", retain=False)
        assert first.daemon.wait_for("tts", timeout_s=30)["text"] == "The washing is done."
        assert second.daemon.wait_for("tts", timeout_s=30, text="The washing is done.")
        assert [e.get("text") for e in first.daemon.events if e["event"] == "tts"] == ["The washing is done."]
    finally:
        rooms.stop_all(started)
