"""Model upkeep: discovery repeated a thousand times re-primes nothing; one real change re-primes once,
on the upkeep thread, after the burst; a failed reload keeps what runs."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import pytest

from edgeagent.catalog.model import Catalog
from edgeagent.catalog.sync import CatalogSync
from edgeagent.config import MqttSettings
from edgeagent.engines.fakes import FakeLlm
from edgeagent.intent import llm
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Understanding
from edgeagent.mqtt.client import MqttClient
from edgeagent.service.upkeep import Upkeep
from tests.broker import Broker, TestClient, wait_until

LAMP = "homeassistant/light/desk_lamp/config"


def lamp(name: str) -> str:
    return json.dumps(
        {"name": name, "cmd_t": "home/desk/set", "dev": {"ids": ["d"], "name": name, "sa": "Study"}}
    )


class RecordingLlm(FakeLlm):
    """Notes which thread prefilled each prompt."""

    def __init__(self) -> None:
        super().__init__([])
        self.threads: list[str] = []

    def prime(
        self,
        prefix: str,
        schemas: tuple[str | None, ...] = (None,),
        *,
        examples: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.threads.append(threading.current_thread().name)
        super().prime(prefix, schemas, examples=examples)


@pytest.fixture
def running(broker: Broker, home: TestClient) -> Iterator[tuple[Catalog, RecordingLlm, Upkeep]]:
    home.publish(LAMP, lamp("Desk lamp"))
    catalog, engine = Catalog(), RecordingLlm()
    client = MqttClient(MqttSettings(host=broker.host, port=broker.port))
    CatalogSync(catalog, client, discovery_prefix="homeassistant", z2m_base="zigbee2mqtt").start()
    client.connect()
    wait_until(lambda: len(catalog.entities()) == 1)
    brain = Understanding(
        TemplateRecognizer("en"), catalog, llm=llm.LlmUnderstanding(engine, catalog, (), max_tokens=50)
    )
    brain.prepare()  # at start-up, as the daemon does before `online`
    upkeep = Upkeep(prepare=brain.prepare, reload=lambda: None, debounce_seconds=0.5)
    catalog.on_change(upkeep.catalog_changed)
    stop = threading.Event()
    thread = threading.Thread(target=upkeep.run, args=(stop,), name="edgeagent-upkeep")
    thread.start()
    yield catalog, engine, upkeep
    stop.set()
    thread.join(timeout=5)
    client.close()


def test_the_same_discovery_a_thousand_times_reprimes_nothing_and_a_change_reprimes_once(
    running: tuple[Catalog, RecordingLlm, Upkeep], home: TestClient
) -> None:
    catalog, engine, upkeep = running
    version = catalog.version
    for _ in range(1000):
        home.spray(LAMP, [lamp("Desk lamp")])
    home.publish(LAMP, lamp("Desk lamp"))  # QoS 1: after the sprayed ones
    time.sleep(1.5)  # three debounce periods: a re-prime, if any, would have happened
    assert catalog.version == version and len(engine.primed) == 1 and upkeep.prepared == 0
    for _ in range(20):  # a burst of real changes: debounced into one re-prime
        home.spray(LAMP, [lamp("Reading lamp")])
    home.publish(LAMP, lamp("Reading lamp"))
    wait_until(lambda: len(engine.primed) == 2, timeout_s=15)
    wait_until(lambda: upkeep.prepared == 1, timeout_s=5)
    assert "Reading lamp" in engine.primed[1]
    assert engine.threads == ["MainThread", "edgeagent-upkeep"]  # start-up, then never a turn's thread


def test_a_reload_that_fails_is_logged_and_the_worker_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []

    def broken_reload() -> None:
        calls.append("reload")
        raise RuntimeError("the config went away")

    upkeep = Upkeep(prepare=lambda: calls.append("prepare"), reload=broken_reload, debounce_seconds=0.1)
    stop = threading.Event()
    thread = threading.Thread(target=upkeep.run, args=(stop,))
    thread.start()
    upkeep.request_reload()
    wait_until(lambda: calls == ["reload"])
    upkeep.catalog_changed()
    wait_until(lambda: calls == ["reload", "prepare"])
    stop.set()
    thread.join(timeout=5)
    assert "reload failed; the running understanding is kept" in caplog.text
