"""Telemetry never takes a command's place in paho's in-flight window (20 unacknowledged QoS 1
messages): events and state go out at QoS 0, so a burst of them while the broker is slow to
acknowledge does not hold a device command back. Against a real mosquitto, its acknowledgements
held back by a proxy."""

from __future__ import annotations

from pathlib import Path

from edgeagent.config import MqttSettings
from edgeagent.mqtt.client import MqttClient, Publish
from edgeagent.mqtt.control import ControlSurface
from edgeagent.pipeline import events
from edgeagent.pipeline.conversation import Question
from edgeagent.pipeline.events import Event
from tests.broker import TestClient, mosquitto, wait_until
from tests.valve import valve


class Idle:
    """What the control surface drives: nothing happens here."""

    muted = False
    volume_percent = 100

    def listen_now(self) -> None:
        """Not asked for in this test."""

    def ask(self, text: str) -> None:
        """Not asked for in this test."""

    def announce(self, text: str) -> None:
        """Not asked for in this test."""

    def ask_question(self, question: Question) -> None:
        """Not asked for in this test."""

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_volume(self, percent: int) -> None:
        self.volume_percent = percent

    def cancel_turn(self) -> None:
        """Not asked for in this test."""


def test_a_burst_of_telemetry_does_not_hold_back_a_command(tmp_path: Path) -> None:
    with mosquitto(tmp_path) as broker, valve(broker) as link:
        devices = TestClient(broker)
        devices.watch("home/#")
        client = MqttClient(MqttSettings(host=broker.host, port=link.port))
        client.connect()
        control = ControlSurface(client, Idle(), "kitchen", set_threshold=lambda _t: None, threshold=0.5)
        control.start()
        control.go_online()
        try:
            link.hold_replies()  # no PUBACK comes back from now on: a slow or congested link
            for turn in range(40):  # a few turns' telemetry: events and the state they change
                for kind in (events.WAKE, events.TRANSCRIPT, events.TTS, events.TURN_END):
                    control.on_event(Event(kind, turn, turn * 1000, {"text": "x"}))
            client.send_command(Publish("home/kitchen_light/set", "ON"))
            wait_until(lambda: ("home/kitchen_light/set", "ON") in devices.received, timeout_s=10)
        finally:
            link.release()
            client.close()
            devices.close()
