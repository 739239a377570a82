"""A real mosquitto on 127.0.0.1 and a free port, for tests; plus a small test client."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import paho.mqtt.client as paho
from paho.mqtt.enums import CallbackAPIVersion


@dataclass(frozen=True)
class Broker:
    host: str
    port: int


def wait_until(condition: Callable[[], bool], timeout_s: float = 15) -> None:
    """Poll `condition` until it holds; fail the test after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def mosquitto(folder: Path, port: int = 0, *, more_listeners: str = "") -> Iterator[Broker]:
    """A broker for the block's duration; pass the same `port` again to "restart" it.

    The plain anonymous listener on `port` is the one returned; `more_listeners`
    (mosquitto.conf lines) adds others with their own settings.
    """
    binary = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
    if not Path(binary).exists():
        raise RuntimeError("mosquitto is not installed (apt-get install mosquitto)")
    port = port or free_port()
    conf = folder / "mosquitto.conf"
    per_listener = "per_listener_settings true\nuser root\n" if more_listeners else ""
    conf.write_text(
        f"{per_listener}listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n"
        f"log_dest stdout\n{more_listeners}"
    )
    process = subprocess.Popen(
        [binary, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_for_port(port, process)
        yield Broker("127.0.0.1", port)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"mosquitto exited with {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("mosquitto did not start listening")


class TestClient:
    """Publishes retained discovery like Home Assistant / Zigbee2MQTT and records what arrives."""

    __test__ = False

    def __init__(self, broker: Broker, *, session: str = "") -> None:
        """`session`: a client id whose session the broker keeps (QoS 1 messages wait while it is away)."""
        self.received: list[tuple[str, str]] = []
        self._arrived = threading.Condition()
        if session:
            self._client = paho.Client(CallbackAPIVersion.VERSION2, client_id=session, clean_session=False)
        else:
            self._client = paho.Client(CallbackAPIVersion.VERSION2)
        self._client.on_message = self._on_message
        self.broker = broker
        self._host, self._port = broker.host, broker.port
        self._client.connect(broker.host, broker.port)
        self._client.loop_start()

    def publish(self, topic: str, payload: str | bytes, *, retain: bool = True) -> None:
        self._client.publish(topic, payload, qos=1, retain=retain).wait_for_publish(5)

    def spray(self, topic: str, payloads: list[str]) -> None:
        """Publish as fast as paho can, QoS 0, without waiting (a flooding device)."""
        for payload in payloads:
            self._client.publish(topic, payload, qos=0)

    def watch(self, topic_filter: str) -> None:
        self._client.subscribe(topic_filter, qos=1)
        time.sleep(0.2)  # let the SUBACK arrive before anything is sent

    def wait_for(self, count: int, timeout_s: float = 10) -> list[tuple[str, str]]:
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.received) >= count, timeout_s)
            return list(self.received)

    def _on_message(self, client: object, userdata: object, message: paho.MQTTMessage) -> None:
        with self._arrived:
            self.received.append((message.topic, message.payload.decode()))
            self._arrived.notify_all()

    def clear_retained(self) -> None:
        """Empty every retained topic on the broker, so the next test starts from a clean one."""
        found: set[str] = set()
        collector = paho.Client(CallbackAPIVersion.VERSION2)
        collector.on_message = lambda _c, _u, message: found.add(message.topic) if message.retain else None
        collector.connect(self._host, self._port)
        collector.loop_start()
        collector.subscribe("#", qos=1)
        time.sleep(0.5)
        collector.disconnect()
        collector.loop_stop()
        for topic in found:
            self.publish(topic, b"", retain=True)

    def close(self) -> None:
        self._client.disconnect()
        self._client.loop_stop()
