"""Spoken commands over a half-open link to the broker (traffic dropped, the socket left open, as when
Wi-Fi drops or the broker's host loses power): they reach the device in the order they were said, or,
past their max age, never, and the person is told. The daemon as a subprocess, a real mosquitto, and a
proxy between them (tests/valve.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.broker import Broker, TestClient, mosquitto
from tests.daemon import Daemon
from tests.e2e.test_daemon import (
    BASE,
    base_config,
    daemon_args,
    home_messages,
    wait_retained,
    wake_and_command,
)
from tests.valve import Valve, valve

pytestmark = pytest.mark.e2e

LIGHT = "home/kitchen/ceiling/set"


def _online(broker: Broker, link: Valve, config: Path, folder: Path) -> tuple[Daemon, TestClient]:
    """The daemon online through `link`; a device watching the kitchen light directly on the broker."""
    home = TestClient(broker)
    for topic, payload in home_messages():
        home.publish(topic, payload)
    running = Daemon(daemon_args(Broker(broker.host, link.port), config, folder / "reply.wav"))
    wait_retained(home, f"{BASE}/availability", "online", timeout_s=60)
    home.close()
    device = TestClient(broker)
    device.watch(LIGHT)
    return running, device


def _say(running: Daemon, command: str, actions: int) -> None:
    """Say `command`; back once it is decided and handed to MQTT (the `actions`-th action so far) and its
    turn is over. (Counting `turn_end` would also count the turn the person is told in.)"""
    running.say_into_microphone(wake_and_command(command))
    deadline = time.monotonic() + 60
    while running.kinds().count("action") < actions and time.monotonic() < deadline:
        time.sleep(0.1)
    decided = [e for e in running.events if e["event"] == "action"]
    assert len(decided) == actions, f"{command!r} heard and decided"
    running.wait_for("turn_end", timeout_s=60, turn=decided[-1]["turn"])


def test_on_then_off_said_over_a_half_open_link_arrive_in_that_order(tmp_path: Path) -> None:
    with mosquitto(tmp_path) as broker, valve(broker) as link:
        running, device = _online(broker, link, base_config(tmp_path), tmp_path)
        try:
            link.black_hole()
            _say(running, "turn on the kitchen light", 1)  # sent into the half-open link
            link.cut(refuse=True)  # the link is given up; the broker stays out of reach
            time.sleep(1)
            _say(running, "turn off the kitchen light", 2)  # kept in the outbox
            link.open()
            assert device.wait_for(2, timeout_s=45) == [(LIGHT, "ON"), (LIGHT, "OFF")]
            time.sleep(0.5)
            assert device.received == [(LIGHT, "ON"), (LIGHT, "OFF")]
        finally:
            device.close()
            code, _, stderr = running.stop()
    assert code == 0, stderr[-2000:]


def test_a_command_said_over_a_half_open_link_is_never_delivered_past_its_max_age(tmp_path: Path) -> None:
    config = base_config(tmp_path)
    config.write_text(config.read_text().replace("[mqtt]\n", "[mqtt]\noutbox_max_age_seconds = 3.0\n", 1))
    with mosquitto(tmp_path) as broker, valve(broker) as link:
        running, device = _online(broker, link, config, tmp_path)
        try:
            link.black_hole()
            _say(running, "turn on the kitchen light", 1)
            error = running.wait_for("error", timeout_s=30, code="command_expired")  # told, in time
            assert error["stage"] == "mqtt"
            link.cut()  # the broker within reach again
            wait_retained(device, f"{BASE}/availability", "online", timeout_s=45)
            _say(running, "turn off the kitchen light", 2)
            assert device.wait_for(1, timeout_s=30) == [(LIGHT, "OFF")]
            time.sleep(0.5)
            assert device.received == [(LIGHT, "OFF")]
        finally:
            device.close()
            code, _, stderr = running.stop()
    assert code == 0, stderr[-2000:]
