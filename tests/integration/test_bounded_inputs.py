"""Inputs from the broker that anyone may publish stay bounded: the arbiter's record of offline
peers and Hermes's `say`, against a real mosquitto."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from edgeagent.config import MqttSettings
from edgeagent.mqtt.arbiter import CLAIM_TOPIC, Arbiter, ArbiterSettings
from edgeagent.mqtt.client import MqttClient
from edgeagent.mqtt.control import MAX_TEXT_CHARS
from edgeagent.mqtt.hermes import Hermes
from tests.broker import Broker, TestClient, mosquitto, wait_until


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    with mosquitto(tmp_path) as running:
        yield running


@pytest.fixture
def client(broker: Broker) -> Iterator[MqttClient]:
    connected = MqttClient(MqttSettings(host=broker.host, port=broker.port))
    connected.connect()
    yield connected
    connected.close()


def _claim(site: str) -> str:
    return json.dumps({"id": f"{site}:1:5", "site": site, "score": 0.9, "level_db": -30.0, "wall_ms": 5})


def test_availability_of_sites_that_never_claimed_is_not_kept(broker: Broker, client: MqttClient) -> None:
    arbiter = Arbiter(client, ArbiterSettings("kitchen"))
    arbiter.start()
    time.sleep(0.3)  # the subscriptions' SUBACKs
    anyone = TestClient(broker)
    try:
        anyone.publish(CLAIM_TOPIC, _claim("hall"), retain=False)
        wait_until(lambda: "hall" in arbiter.peers())
        for n in range(500):  # any program on the broker may publish these
            anyone.publish(f"edgeagent/stranger{n}/availability", "offline", retain=False)
        anyone.publish("edgeagent/hall/availability", "offline", retain=False)
        wait_until(lambda: arbiter.offline_peers() == {"hall"})
        assert arbiter.ignored_availability == 500
    finally:
        anyone.close()
        arbiter.close()


def test_peers_are_capped_and_the_forgotten_are_counted(broker: Broker, client: MqttClient) -> None:
    arbiter = Arbiter(client, ArbiterSettings("kitchen"))
    arbiter.start()
    time.sleep(0.3)
    anyone = TestClient(broker)
    try:
        for n in range(100):
            anyone.publish(CLAIM_TOPIC, _claim(f"site{n}"), retain=False)
        for n in range(100):
            anyone.publish(f"edgeagent/site{n}/availability", "offline", retain=False)
        wait_until(lambda: arbiter.ignored_availability + len(arbiter.offline_peers()) == 100)
        assert len(arbiter.peers()) == arbiter.max_peers < 100
        assert arbiter.dropped_peers == 100 - arbiter.max_peers
        assert arbiter.offline_peers() == {f"site{n}" for n in range(100 - arbiter.max_peers, 100)}
    finally:
        anyone.close()
        arbiter.close()


def test_hermes_say_longer_than_the_other_inputs_allow_is_dropped(broker: Broker, client: MqttClient) -> None:
    said: list[str] = []
    Hermes(client, "kitchen", said.append).start()
    time.sleep(0.3)
    rhasspy = TestClient(broker)
    try:
        rhasspy.publish("hermes/tts/say", json.dumps({"text": "x" * (MAX_TEXT_CHARS + 1)}), retain=False)
        rhasspy.publish("hermes/tts/say", json.dumps({"text": "Dinner is ready."}), retain=False)
        wait_until(lambda: len(said) >= 1)
        time.sleep(0.2)
    finally:
        rhasspy.close()
    assert said == ["Dinner is ready."]
