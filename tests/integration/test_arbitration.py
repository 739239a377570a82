"""Wake arbitration on a real broker: decided once, at the claim window's end; a wake word whose
event the bus dropped is still claimed before anyone answers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from edgeagent.config import MqttSettings
from edgeagent.mqtt.arbiter import CLAIM_TOPIC, Arbiter, ArbiterSettings
from edgeagent.mqtt.client import MqttClient
from edgeagent.pipeline import events
from edgeagent.pipeline.events import Event
from edgeagent.pipeline.listener import WakeHeard
from tests.broker import Broker, TestClient, free_port, mosquitto, wait_until
from tests.valve import valve


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    with mosquitto(tmp_path) as running:
        yield running


@pytest.fixture
def arbiter(broker: Broker) -> Iterator[Arbiter]:
    client = MqttClient(MqttSettings(host=broker.host, port=broker.port))
    client.connect()
    running = Arbiter(client, ArbiterSettings("kitchen", window_ms=150, standby_ms=500))
    running.start()
    stop = threading.Event()
    thread = threading.Thread(target=running.run, args=(stop,), daemon=True)
    thread.start()
    time.sleep(0.3)  # the subscriptions' SUBACKs
    yield running
    stop.set()
    running.close()
    thread.join(2)
    client.close()


def rival(site: str, snr_db: float) -> str:
    claim = {
        "id": f"{site}:1:5",
        "site": site,
        "score": 0.99,
        "level_db": -5.0,
        "snr_db": snr_db,
        "wall_ms": 5,
    }
    return json.dumps(claim)


def wake(turn: int, snr_db: float = 25.0) -> WakeHeard:
    return WakeHeard(turn, 0.9, -30.0, snr_db, talking=False)


def test_the_decision_is_made_once_at_the_window_end(broker: Broker, arbiter: Arbiter) -> None:
    """The kitchen won and chimed; a clearer wake word elsewhere half a second later is another
    person's, and does not silence the kitchen at the end of speech."""
    heard = wake(1)
    arbiter.on_event(Event(events.WAKE, 1, 0, {"probability": 0.9, "level_db": -30.0, "snr_db": 25.0}))
    time.sleep(0.5)  # the window is over
    other = TestClient(broker)
    try:
        other.publish(CLAIM_TOPIC, rival("hall", 60.0), retain=False)
        wait_until(lambda: "hall" in arbiter.peers())
        assert arbiter.answers(heard) is True
    finally:
        other.close()


def test_a_clearer_claim_within_the_window_answers_instead(broker: Broker, arbiter: Arbiter) -> None:
    other = TestClient(broker)
    try:
        arbiter.on_event(Event(events.WAKE, 2, 0, {"probability": 0.9, "level_db": -30.0, "snr_db": 25.0}))
        other.publish(CLAIM_TOPIC, rival("hall", 60.0), retain=False)
        assert arbiter.answers(wake(2)) is False  # waits for the hall's `taken` (standby), then yields
    finally:
        other.close()


def test_a_wake_word_whose_event_was_dropped_is_claimed_before_answering(
    broker: Broker, arbiter: Arbiter
) -> None:
    other = TestClient(broker)
    try:
        other.watch(CLAIM_TOPIC)
        assert arbiter.answers(wake(3)) is True  # alone: it wins, but only after claiming
        claims = [json.loads(p) for t, p in other.wait_for(1, timeout_s=5) if t == CLAIM_TOPIC]
        assert [(c["site"], c["snr_db"]) for c in claims] == [("kitchen", 25.0)]
        assert arbiter.late_claims == 1
    finally:
        other.close()


HEARD = {"probability": 0.9, "level_db": -30.0, "snr_db": 25.0}


def test_a_claim_that_never_comes_back_answers_alone_and_gives_the_dead_link_up(tmp_path: Path) -> None:
    """A half-open link (a relay that stops carrying anything, sockets left open): paho would not
    notice for 1.5 keepalives (45 s), and no other claim could reach us in that time. Our own claim
    not coming back tells: this assistant answers alone and reconnects at once."""
    with mosquitto(tmp_path) as running, valve(running) as link:
        client = MqttClient(MqttSettings(host="127.0.0.1", port=link.port))
        client.connect()
        arbiter = Arbiter(client, ArbiterSettings("kitchen", window_ms=150, standby_ms=500))
        arbiter.start()
        time.sleep(0.3)  # the subscriptions' SUBACKs
        try:
            link.black_hole()
            arbiter.on_event(Event(events.WAKE, 1, 0, HEARD))
            assert arbiter.answers(wake(1)) is True
            assert (arbiter.unechoed_claims, client.dropped_links) == (1, 1)
            link.cut()  # the link works again
            wait_until(lambda: client.connected, timeout_s=30)
            time.sleep(0.3)  # subscriptions again
            arbiter.on_event(Event(events.WAKE, 2, 0, HEARD))
            assert arbiter.answers(wake(2)) is True
            assert (arbiter.unechoed_claims, client.dropped_links) == (1, 1)  # it came back this time
        finally:
            arbiter.close()
            client.close()


def test_a_claim_made_while_the_broker_was_down_gives_no_working_link_up(tmp_path: Path) -> None:
    """The wake word came during a broker restart: its claim was dropped, so it never comes back, but
    the link that is up by the end of speech works. Answered alone; the link is kept."""
    port = free_port()
    with mosquitto(tmp_path, port) as running:
        client = MqttClient(MqttSettings(host=running.host, port=port))
        client.connect()
        arbiter = Arbiter(client, ArbiterSettings("kitchen", window_ms=150, standby_ms=500))
        arbiter.start()
    try:
        wait_until(lambda: not client.connected)
        arbiter.on_event(Event(events.WAKE, 1, 0, HEARD))  # claimed while the broker is down
        with mosquitto(tmp_path, port):
            wait_until(lambda: client.connected, timeout_s=30)
            assert arbiter.answers(wake(1)) is True
            assert (arbiter.unechoed_claims, client.dropped_links) == (1, 0)
    finally:
        arbiter.close()
        client.close()
