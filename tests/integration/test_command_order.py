"""Device commands arrive in the order they were decided, or not at all once past their max age: also
across a half-open link (traffic dropped, the socket left open) and the reconnect after it, where paho
would replay what it holds unacknowledged after the outbox, and however old. Against a real mosquitto,
with a proxy (tests/valve.py) making the link half-open; the outbox's clock is a fake one, so "two
minutes later" takes no time."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import paho.mqtt.client as paho
import pytest
from paho.mqtt.enums import CallbackAPIVersion

from edgeagent.config import MqttSettings
from edgeagent.mqtt.client import MqttClient, Publish
from edgeagent.mqtt.outbox import Outbox
from tests.broker import Broker, TestClient, mosquitto, wait_until
from tests.valve import Valve, valve

HEATER = "home/heater/set"


class Commander:
    """An MqttClient with an outbox on a fake clock, as the daemon has one; records drops and connects."""

    def __init__(self, port: int, *, protocol: str = "5", max_age_seconds: float = 60) -> None:
        self.now = 0.0
        self.dropped: list[tuple[str, str, str]] = []
        self.connects = 0
        self.outbox = Outbox(
            capacity=5,
            max_age_seconds=max_age_seconds,
            on_dropped=lambda m, why: self.dropped.append((m.topic, m.payload, why)),
            clock=lambda: self.now,
        )
        settings = MqttSettings(host="127.0.0.1", port=port, protocol=protocol)
        self.client = MqttClient(settings, outbox=self.outbox)
        self.client.on_connect(self._connected)
        self.client.connect()

    def _connected(self) -> None:
        self.connects += 1

    def heater(self, payload: str) -> None:
        self.client.send_command(Publish(HEATER, payload))

    def acked(self) -> bool:
        """Every command sent has the broker's PUBACK."""
        return self.outbox.longest_unacked_wait() is None


@contextmanager
def on_sent_into_a_half_open_link(
    tmp_path: Path, protocol: str = "5"
) -> Iterator[tuple[Valve, TestClient, Commander]]:
    """A device watching the broker; a commander behind a proxy gone half-open, and "ON" sent into it."""
    with mosquitto(tmp_path) as broker, valve(broker) as link:
        devices = TestClient(broker)
        devices.watch("home/#")
        commander = Commander(link.port, protocol=protocol)  # keepalive 30 s
        try:
            link.black_hole()  # half-open: what the daemon sends is lost, and nobody says so
            commander.heater("ON")  # paho holds it, unacknowledged
            time.sleep(0.3)
            yield link, devices, commander
        finally:
            commander.client.close()
            devices.close()


@pytest.mark.parametrize("protocol", ["5", "3.1.1"])
def test_a_command_unacknowledged_past_its_max_age_is_never_delivered_after_the_reconnect(
    tmp_path: Path, protocol: str
) -> None:
    with on_sent_into_a_half_open_link(tmp_path, protocol) as (link, devices, commander):
        commander.now += 120  # two minutes without an acknowledgement
        link.cut()  # at the latest, the keepalive gives up on the link
        wait_until(lambda: commander.connects >= 2, timeout_s=30)
        commander.heater("OFF")
        wait_until(lambda: len(devices.received) >= 1)
        time.sleep(0.5)  # a late "ON" would be here by now
        assert devices.received == [(HEATER, "OFF")]
        assert commander.dropped == [(HEATER, "ON", "expired")]


@pytest.mark.parametrize("protocol", ["5", "3.1.1"])
def test_on_then_off_arrive_in_that_order_after_a_half_open_link_and_a_reconnect(
    tmp_path: Path, protocol: str
) -> None:
    with on_sent_into_a_half_open_link(tmp_path, protocol) as (link, devices, commander):
        link.cut(refuse=True)  # the link is given up; the broker stays unreachable for a while
        wait_until(lambda: not commander.client.connected)
        commander.heater("OFF")  # decided later: kept in the outbox
        link.open()
        wait_until(lambda: len(devices.received) >= 2, timeout_s=30)
        time.sleep(0.5)
        assert devices.received == [(HEATER, "ON"), (HEATER, "OFF")]
        assert commander.dropped == []


def test_a_command_without_its_acknowledgement_gives_up_a_half_open_link_long_before_the_keepalive(
    tmp_path: Path,
) -> None:
    with on_sent_into_a_half_open_link(tmp_path) as (link, devices, commander):
        commander.now += 11  # no PUBACK in 11 s, where one takes milliseconds; paho alone waits 30-45 s
        wait_until(lambda: not commander.client.connected, timeout_s=3)
        assert commander.client.dropped_links == 1
        link.cut()  # the way to the broker is back
        wait_until(lambda: len(devices.received) >= 1, timeout_s=30)
        time.sleep(0.5)
        assert devices.received == [(HEATER, "ON")]  # still within its max age: delivered, once
        assert commander.dropped == []


def test_commands_carry_what_is_left_of_their_max_age_as_the_message_expiry(tmp_path: Path) -> None:
    with mosquitto(tmp_path) as broker:
        expiry: list[int | None] = []
        arrived = threading.Event()
        watcher = _v5_subscriber(broker, expiry, arrived)
        commander = Commander(broker.port, max_age_seconds=60)
        try:
            commander.heater("ON")
            assert arrived.wait(5)
            assert expiry and expiry[0] is not None and 58 <= expiry[0] <= 60
        finally:
            commander.client.close()
            watcher.disconnect()
            watcher.loop_stop()


def test_a_command_the_broker_holds_for_an_offline_device_expires_at_its_max_age(tmp_path: Path) -> None:
    with mosquitto(tmp_path) as broker:
        device = TestClient(broker, session="heater-device")  # the broker keeps its QoS 1 messages
        device.watch("home/#")
        device.close()  # the heater is offline
        hasty = Commander(broker.port, max_age_seconds=1)
        patient = Commander(broker.port, max_age_seconds=60)
        try:
            hasty.heater("ON")  # 1 s to reach the heater, or never
            patient.heater("50%")  # a minute: still worth delivering when the heater is back
            wait_until(lambda: hasty.acked() and patient.acked())
            time.sleep(2.5)
            device = TestClient(broker, session="heater-device")  # back: only the "ON" has expired
            assert device.wait_for(1, timeout_s=5) == [(HEATER, "50%")]
            time.sleep(0.5)
            assert device.received == [(HEATER, "50%")]
        finally:
            hasty.client.close()
            patient.client.close()
            device.close()


def test_a_retained_command_carries_no_expiry_and_stays_the_wanted_state(tmp_path: Path) -> None:
    with mosquitto(tmp_path) as broker:
        commander = Commander(broker.port, max_age_seconds=1)
        try:
            commander.client.send_command(Publish(HEATER, "ON", retain=True))
            wait_until(commander.acked)
            time.sleep(2.5)  # past its max age
            device = TestClient(broker)  # a heater that comes online later gets the wanted state
            device.watch("home/#")
            assert device.wait_for(1, timeout_s=5) == [(HEATER, "ON")]
            device.close()
        finally:
            commander.client.close()


def _v5_subscriber(broker: Broker, expiry: list[int | None], arrived: threading.Event) -> paho.Client:
    client = paho.Client(CallbackAPIVersion.VERSION2, protocol=paho.MQTTv5)

    def on_message(_c: object, _u: object, message: paho.MQTTMessage) -> None:
        expiry.append(getattr(message.properties, "MessageExpiryInterval", None))
        arrived.set()

    client.on_message = on_message
    client.connect(broker.host, broker.port)
    client.loop_start()
    client.subscribe(HEATER, qos=1)
    time.sleep(0.3)
    return client


def test_a_reconnect_made_into_a_dead_link_is_tried_again_within_seconds(tmp_path: Path) -> None:
    """The link goes half-open and is dropped; the reconnect that follows also goes into the black hole
    (TCP connects, no CONNACK ever comes). paho would wait a whole keepalive (30 s) on that attempt;
    it is given up after 5 s, so once the link works again the commander is back within seconds."""
    with mosquitto(tmp_path) as broker, valve(broker) as link:
        commander = Commander(link.port)
        try:
            link.black_hole()
            commander.client.drop_link("the test says so")  # as a wake claim that never came back would
            wait_until(lambda: not commander.client.connected, timeout_s=5)
            time.sleep(1.5)  # an attempt is made (backoff 1 s) and hangs in the black hole
            link.heal()  # new connections pass again; the hanging one stays dead and open
            started = time.monotonic()
            wait_until(lambda: commander.client.connected, timeout_s=40)
            assert time.monotonic() - started < 10  # not the 30 s keepalive of the hanging attempt
        finally:
            commander.client.close()
