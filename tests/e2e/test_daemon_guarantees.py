"""The daemon's promises under a user's automations and a flaky network (a real mosquitto, the daemon
as a subprocess): `online` means ready, no command lost while the broker is down, SIGTERM during a long
answer, and the watchdog pinged through a SIGHUP reload and a re-prime."""

from __future__ import annotations

import itertools
import signal
import socket
import threading
import time
from pathlib import Path

import paho.mqtt.client as paho
import pytest
from paho.mqtt.enums import CallbackAPIVersion

from tests.broker import Broker, TestClient, free_port, mosquitto, wait_until
from tests.daemon import Daemon, config_file
from tests.e2e.test_daemon import (
    BASE,
    SITE,
    base_config,
    daemon_args,
    kept_sessions,
    online_with_a_sleeping_device,
    retained,
    wait_retained,
    wake_and_command,
)
from tests.home import retained_messages

pytestmark = pytest.mark.e2e

FRESH_STARTS = 20


class AskOnOnline:
    """An automation that asks the moment it sees `online` (not the retained value of a previous run)."""

    def __init__(self, broker: Broker, question: str) -> None:
        self.asked_at: float | None = None
        self._question = question
        self._client = paho.Client(CallbackAPIVersion.VERSION2)
        self._client.on_message = self._on_message
        self._client.connect(broker.host, broker.port)
        self._client.loop_start()
        self._client.subscribe(f"{BASE}/availability", qos=1)
        time.sleep(0.2)

    def _on_message(self, client: object, userdata: object, message: paho.MQTTMessage) -> None:
        if message.payload == b"online" and not message.retain and self.asked_at is None:
            self._client.publish(f"{BASE}/ask", self._question, qos=1)
            self.asked_at = time.monotonic()

    def close(self) -> None:
        self._client.disconnect()
        self._client.loop_stop()


def test_an_ask_sent_the_instant_online_is_seen_is_carried_out_on_every_fresh_start(
    broker: Broker, announced: TestClient, tmp_path: Path
) -> None:
    announced.watch("home/kitchen/ceiling/set")
    for start in range(FRESH_STARTS):
        automation = AskOnOnline(broker, "turn on the kitchen light")
        running = Daemon(daemon_args(broker, base_config(tmp_path), tmp_path / "reply.wav"))
        try:
            assert announced.wait_for(start + 1, timeout_s=90)[start:] == [("home/kitchen/ceiling/set", "ON")]
        finally:
            automation.close()
            code, _, stderr = running.stop()
        assert automation.asked_at is not None and code == 0, stderr[-2000:]
        assert "dropped" not in stderr


@pytest.fixture
def announced(home: TestClient) -> TestClient:
    for topic, payload in retained_messages():
        home.publish(topic, payload)
    return home


COMMANDS = [
    ("turn on the kitchen light", ("home/kitchen/ceiling/set", "ON")),
    ("turn on the coffee machine", ("home/kitchen/coffee/set", "1")),  # its own payload_on
    ("turn off the kitchen light", ("home/kitchen/ceiling/set", "OFF")),
]


def test_three_commands_spoken_while_the_broker_is_down_all_arrive_in_order(tmp_path: Path) -> None:
    port = free_port()
    keep = kept_sessions(tmp_path)
    with mosquitto(tmp_path, port, more_listeners=keep) as broker:
        running = online_with_a_sleeping_device(broker, tmp_path, "kitchen-devices", "home/kitchen/#")
    try:
        for number, (command, published) in enumerate(COMMANDS, start=1):  # the broker is down for all three
            running.say_into_microphone(wake_and_command(command))
            wait_until(lambda n=number: running.kinds().count("turn_end") >= n, timeout_s=60)  # type: ignore[misc]
            actions = [(e["topic"], e["payload"]) for e in running.events if e["event"] == "action"]
            assert actions[number - 1 :] == [published], "each turn is handled during the outage"
        with mosquitto(tmp_path, port, more_listeners=keep) as broker:
            device = TestClient(broker, session="kitchen-devices")
            assert device.wait_for(3, timeout_s=45) == [published for _, published in COMMANDS]
            device.close()
            assert running.process.poll() is None
            code, _, stderr = running.stop()
    finally:
        if running.process.poll() is None:
            running.stop()
    assert code == 0
    assert "dropped (" not in stderr  # no command pushed out or expired


SENTENCE = "This is sentence number {} of a long answer about the weather."
LONG_ANSWER = " ".join(SENTENCE.format(n) for n in range(14))  # `say` takes up to 1,000 characters


def test_sigterm_during_a_long_answer_goes_offline_and_exits_0_within_5_s(
    broker: Broker, announced: TestClient, tmp_path: Path
) -> None:
    running = Daemon(daemon_args(broker, base_config(tmp_path), tmp_path / "reply.wav"))
    wait_retained(announced, f"{BASE}/availability", "online", timeout_s=60)
    announced.publish(f"{BASE}/say", LONG_ANSWER, retain=False)
    running.wait_for("tts", timeout_s=30)
    code, seconds, stderr = running.stop()
    assert code == 0 and seconds < 5, stderr[-2000:]
    assert retained(announced, f"{BASE}/availability") == "offline"
    spoken = [e for e in running.events if e["event"] == "tts"]
    assert len(spoken) < 14  # the answer was cut short, not read to its end first


def test_the_watchdog_is_pinged_through_a_reload_and_a_reprime_and_the_turn_finishes(
    broker: Broker, announced: TestClient, tmp_path: Path
) -> None:
    path = str(tmp_path / "notify.sock")
    notifications = NotifySocket(path)
    config = config_file(
        tmp_path,
        f'[mqtt]\nsite = "{SITE}"\n[intent]\narea = "Bedroom"\n[feedback]\nlistening = false\n'
        '[llm]\nmodel = "qwen2.5-coder-0.5b"\n',
    )
    running = Daemon(
        daemon_args(broker, config, tmp_path / "reply.wav"),
        env={"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "1000000"},
    )
    try:
        wait_until(lambda: "READY=1" in notifications.text(), timeout_s=90)
        announced.watch("home/kitchen/ceiling/set")
        config.write_text(config.read_text().replace('area = "Bedroom"', 'area = "Kitchen"'))
        announced.publish(f"{BASE}/ask", "turn on the kitchen light", retain=False)
        running.wait_for("transcript", timeout_s=30)
        running.signal(signal.SIGHUP)  # a reload while that turn runs: a new understanding, re-primed
        assert announced.wait_for(1, timeout_s=30) == [("home/kitchen/ceiling/set", "ON")]
        assert running.wait_for("turn_end", timeout_s=30)["outcome"] == "done"
        wait_until(lambda: notifications.text().count("READY=1") >= 2, timeout_s=60)  # the reload ended
        time.sleep(2)
    finally:
        code, _, stderr = running.stop()
        notifications.close()
    pings = notifications.times_of("WATCHDOG=1")
    reloading = notifications.times_of("RELOADING=1")[0]
    after = [t for t in pings if t > reloading]
    gaps = [b - a for a, b in itertools.pairwise(after)]
    assert len(after) >= 3 and max(gaps) < 1.5, f"watchdog gaps {gaps}"
    assert "reload done" in stderr and code == 0


class NotifySocket:
    """systemd's side of $NOTIFY_SOCKET: every datagram, with the time it arrived."""

    def __init__(self, path: str) -> None:
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._socket.bind(path)
        self._socket.settimeout(0.2)
        self.messages: list[tuple[float, str]] = []
        self._running = True
        self._thread = threading.Thread(target=self._receive, daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        while self._running:
            try:
                self.messages.append((time.monotonic(), self._socket.recv(4096).decode()))
            except TimeoutError:
                continue

    def text(self) -> str:
        return "\n".join(message for _, message in self.messages)

    def times_of(self, line: str) -> list[float]:
        return [t for t, message in self.messages if line in message]

    def close(self) -> None:
        self._running = False
        self._thread.join(timeout=2)
        self._socket.close()
