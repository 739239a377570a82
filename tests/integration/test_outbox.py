"""Commands decided while the broker is down are sent when it is back, or reported; never lost silently."""

from __future__ import annotations

import time
from pathlib import Path

from edgeagent.config import MqttSettings
from edgeagent.mqtt.client import MqttClient, Publish
from edgeagent.mqtt.outbox import Outbox
from edgeagent.pipeline.heartbeat import Heartbeats, State
from tests.broker import TestClient, free_port, mosquitto, wait_until


def test_commands_wait_for_the_broker_and_stale_ones_are_reported(tmp_path: Path) -> None:
    port = free_port()
    dropped: list[tuple[str, str]] = []
    now = [0.0]
    outbox = Outbox(
        capacity=5,
        max_age_seconds=60,
        on_dropped=lambda m, why: dropped.append((m.topic, why)),
        clock=lambda: now[0],
    )
    with mosquitto(tmp_path, port) as broker:
        client = MqttClient(MqttSettings(host=broker.host, port=broker.port), outbox=outbox)
        client.connect()
    wait_until(lambda: not client.connected)
    client.send_command(Publish("home/stale/set", "ON"))
    now[0] += 120  # two minutes pass: "stale" is past the age limit by the time the broker is back
    client.send_command(Publish("home/fresh/set", "ON"))
    with mosquitto(tmp_path, port) as broker:
        devices = TestClient(broker)
        devices.watch("home/#")
        wait_until(lambda: client.connected, timeout_s=45)  # paho's backoff may be at 8-16 s by now
        wait_until(lambda: len(devices.received) >= 1)
        time.sleep(0.5)
        received = [topic for topic, _ in devices.received]
        devices.close()
        client.close()
    assert received == ["home/fresh/set"]
    assert dropped == [("home/stale/set", "expired")]


def test_a_full_outbox_pushes_out_the_oldest_and_says_so() -> None:
    dropped: list[tuple[str, str]] = []
    outbox = Outbox(capacity=2, max_age_seconds=60, on_dropped=lambda m, why: dropped.append((m.topic, why)))
    for name in ("a", "b", "c"):
        outbox.keep(Publish(f"home/{name}/set", "ON"))
    assert dropped == [("home/a/set", "full")]
    assert [c.message.topic for c in outbox.take_for_reconnect()[1]] == ["home/b/set", "home/c/set"]


def test_telemetry_while_disconnected_is_dropped_and_never_pushes_out_a_command(tmp_path: Path) -> None:
    port = free_port()
    dropped: list[str] = []
    outbox = Outbox(capacity=3, max_age_seconds=60, on_dropped=lambda m, why: dropped.append(m.topic))
    with mosquitto(tmp_path, port) as broker:
        client = MqttClient(MqttSettings(host=broker.host, port=broker.port), outbox=outbox)
        client.connect()
    wait_until(lambda: not client.connected)
    for turn in range(3):  # three turns' worth of events around each command
        for _ in range(40):
            client.publish(Publish("edgeagent/site/event/tts", '{"event": "tts"}'))
        client.send_command(Publish(f"home/light{turn}/set", "ON"))
    assert client.dropped_telemetry == 120 and len(outbox) == 3 and dropped == []
    with mosquitto(tmp_path, port) as broker:
        devices = TestClient(broker)
        devices.watch("#")
        wait_until(lambda: client.connected, timeout_s=45)
        wait_until(lambda: len(devices.received) >= 3)
        time.sleep(0.5)
        received = list(devices.received)
        devices.close()
        client.close()
    assert received == [(f"home/light{turn}/set", "ON") for turn in range(3)]


def test_a_command_the_broker_refuses_is_reported_not_lost_in_silence(tmp_path: Path) -> None:
    """MQTT 5: mosquitto acknowledges a publish its ACL denies with "not authorized"."""
    acl = tmp_path / "acl"
    acl.write_text("topic readwrite home/allowed/#\n")
    guarded = free_port()
    listener = f"listener {guarded} 127.0.0.1\nallow_anonymous true\nacl_file {acl}\n"
    dropped: list[tuple[str, str]] = []
    outbox = Outbox(capacity=5, max_age_seconds=60, on_dropped=lambda m, why: dropped.append((m.topic, why)))
    with mosquitto(tmp_path, more_listeners=listener):
        client = MqttClient(MqttSettings(host="127.0.0.1", port=guarded), outbox=outbox)
        client.connect()
        try:
            client.send_command(Publish("home/forbidden/set", "ON"))
            client.send_command(Publish("home/allowed/set", "ON"))
            wait_until(lambda: bool(dropped))
            time.sleep(0.5)
        finally:
            client.close()
    assert dropped == [("home/forbidden/set", "refused")]
    assert outbox.refused == 1


def test_the_command_watch_reports_to_its_heartbeat_and_ends_with_the_client(tmp_path: Path) -> None:
    beat = Heartbeats().register("mqtt-commands", None)
    outbox = Outbox(capacity=3, max_age_seconds=60, on_dropped=lambda m, why: None)
    with mosquitto(tmp_path) as broker:
        client = MqttClient(MqttSettings(host=broker.host, port=broker.port), outbox=outbox, heartbeat=beat)
        started = beat.beat.since_s
        client.connect()
        wait_until(lambda: beat.beat.since_s > started)  # a check of the commands came and went
        assert beat.beat.state in (State.IDLE, State.BUSY)
        client.close()
    assert beat.beat.state == State.ENDED
