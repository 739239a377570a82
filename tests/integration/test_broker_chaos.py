"""A hundred turns while the broker stops and starts at random moments: every command decided is
delivered or reported as dropped, none silently lost; turns never wait on the broker; memory stays flat.

In-process (the pipeline with fake audio engines, the real templates, a real MqttClient and outbox, and
the control surface's telemetry on the same client) against a real mosquitto that a chaos thread kills
and restarts."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

from edgeagent.config import MqttSettings
from edgeagent.engines.fakes import FakeStt, FakeTts, FakeVad, FakeWake, silence_frames
from edgeagent.intent.responder import ActingResponder
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Understanding
from edgeagent.mqtt.client import MqttClient, Publish
from edgeagent.mqtt.outbox import Outbox
from edgeagent.pipeline.events import Event, EventBus, EventLog, EventType
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings
from tests import home
from tests.broker import TestClient, free_port, mosquitto, wait_until

TURNS = 100
SEED = 12


class Silence:
    """A microphone hearing nothing, at real pace, until told to stop (not live: nothing dropped)."""

    live = False
    paced = True

    def __init__(self) -> None:
        self.done = threading.Event()

    def convert(self, pcm: bytes) -> bytes:
        return pcm

    def run(self, on_pcm: object, stop: threading.Event) -> None:
        while not (stop.is_set() or self.done.is_set()):
            on_pcm(silence_frames(100))  # type: ignore[operator]
            time.sleep(0.1)

    def close(self) -> None:
        """Nothing to release."""


class Chaos:
    """Keeps a broker on `port` coming and going (up 0.5-3 s, down 0.3-2.5 s) until stopped; then up."""

    def __init__(self, folder: Path, port: int, keep: str) -> None:
        self._folder, self._port, self._keep = folder, port, keep
        self._random = random.Random(SEED)
        self._stop = threading.Event()
        self.outages = 0
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            with mosquitto(self._folder, self._port, more_listeners=self._keep):
                self._stop.wait(self._random.uniform(0.5, 3.0))
            self.outages += 1
            if not self._stop.is_set():
                time.sleep(self._random.uniform(0.3, 2.5))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def test_a_hundred_turns_with_the_broker_coming_and_going_lose_no_command_silently(tmp_path: Path) -> None:
    port = free_port()
    keep = f"persistence true\npersistence_location {tmp_path}/\n"
    dropped: list[tuple[str, str]] = []
    log, bus = EventLog(), EventBus()

    def report(message: Publish, why: str) -> None:  # as the daemon does: an error event, from any thread
        dropped.append((message.payload, why))
        bus.emit(EventType.ERROR, 0, 0, stage="mqtt", code=f"command_{why}", message=message.topic)

    with mosquitto(tmp_path, port, more_listeners=keep) as broker:
        outbox = Outbox(capacity=10, max_age_seconds=60, on_dropped=report)
        settings = MqttSettings(host=broker.host, port=broker.port)
        client = MqttClient(settings, client_id="edgeagent-chaos", outbox=outbox)
        client.connect()
        device = TestClient(broker, session="chaos-kitchen-light")
        device.watch("home/kitchen/ceiling/brightness")
    bus.subscribe(log)
    bus.subscribe(lambda event: _telemetry(client, event))  # as the control surface does: QoS 1 events
    understanding = Understanding(TemplateRecognizer("en"), home.catalog())
    pipeline = Pipeline(
        Engines(FakeWake(), FakeVad(), FakeStt(), FakeTts()),
        ActingResponder(understanding, lambda message, _turn: client.send_command(message)),
        bus,
        PipelineSettings(),
    )
    source = Silence()
    runner = threading.Thread(
        target=pipeline.run, args=(source, _Discard(), threading.Event()), name="pipeline", daemon=True
    )
    chaos = Chaos(tmp_path, port, keep)
    runner.start()
    chaos.start()
    rss_at: dict[int, float] = {}
    for turn in range(1, TURNS + 1):
        pipeline.ask(f"set the kitchen light to {turn}%")
        wait_until(lambda n=turn: log.types().count("turn_end") >= n, timeout_s=10)  # type: ignore[misc]
        if turn in (20, TURNS):
            rss_at[turn] = rss_mb()
        time.sleep(0.15)
    chaos.stop()  # the broker is up again, for good
    decided = [str(e.fields["payload"]) for e in log.events if e.event == "action"]
    with mosquitto(tmp_path, port, more_listeners=keep) as broker:
        wait_until(lambda: client.connected, timeout_s=45)
        delivered = lambda: {payload for _, payload in device.received}  # noqa: E731
        wait_until(lambda: len(delivered() | {p for p, _ in dropped}) >= len(set(decided)), timeout_s=30)
        source.done.set()
        runner.join(timeout=10)
        device.close()
        client.close()
    assert chaos.outages >= 5
    assert len(decided) == TURNS, "every turn decided its command while the broker came and went"
    lost = set(decided) - delivered() - {payload for payload, _ in dropped}
    assert lost == set()
    assert all(why in ("full", "expired") for _, why in dropped)
    assert not runner.is_alive()
    assert rss_at[TURNS] - rss_at[20] < 30, rss_at
    errors = [e.fields["code"] for e in log.events if e.event == "error"]
    assert len(errors) == len(dropped), (bus.dropped, errors[:3], dropped[:3])  # each reported as an event
    print(f"outages {chaos.outages}, delivered {len(delivered())}, reported {len(dropped)}, rss {rss_at}")


class _Discard:
    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        """The reply goes nowhere."""

    def close(self) -> None:
        """Nothing to release."""


def _telemetry(client: MqttClient, event: Event) -> None:
    client.publish(Publish(f"edgeagent/chaos/event/{event.event}", str(event.to_dict())))
