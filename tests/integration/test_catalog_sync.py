"""The catalog learns the home from a real mosquitto, the way HA and Zigbee2MQTT announce it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from edgeagent.catalog.model import Catalog
from edgeagent.catalog.sync import CatalogSync
from edgeagent.config import MqttSettings
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Understanding
from edgeagent.mqtt.client import MqttClient, MqttError
from tests import z2m_devices
from tests.broker import Broker, TestClient, free_port, mosquitto, wait_until


@pytest.fixture
def synced(broker: Broker, home: TestClient) -> Iterator[tuple[Catalog, CatalogSync]]:
    home.publish(
        "homeassistant/light/kitchen_ceiling/config",
        json.dumps(
            {
                "name": "Kitchen light",
                "cmd_t": "home/kitchen/light/set",
                "stat_t": "home/kitchen/light/state",
                "dev": {"ids": ["k"], "name": "Kitchen light", "sa": "Kitchen"},
            }
        ),
    )
    home.publish(
        "homeassistant/sensor/bedroom/temperature/config",
        json.dumps(
            {
                "name": "Bedroom temperature",
                "stat_t": "home/bedroom/climate",
                "val_tpl": "{{ value_json.temperature }}",
                "unit_of_meas": "°C",
                "dev_cla": "temperature",
                "dev": {"ids": ["b"], "name": "Bedroom sensor", "sa": "Bedroom"},
            }
        ),
    )
    home.publish("homeassistant/light/broken/config", "{this is not json")
    home.publish("homeassistant/switch/nocommand/config", json.dumps({"name": "Mystery switch"}))
    home.publish("homeassistant/light/huge/config", b"{" + b" " * (1024 * 1024) + b"}")
    home.publish(
        "zigbee2mqtt/bridge/devices",
        json.dumps([z2m_devices.coordinator(), z2m_devices.cover("Garage/Door")]),
    )
    home.publish("home/bedroom/climate", json.dumps({"temperature": 21.5}))
    catalog = Catalog()
    client = MqttClient(MqttSettings(host=broker.host, port=broker.port))
    sync = CatalogSync(catalog, client, discovery_prefix="homeassistant", z2m_base="zigbee2mqtt")
    sync.start()
    client.connect()
    sync.wait_until_quiet()
    yield catalog, sync
    client.close()


def names(catalog: Catalog) -> set[str]:
    return {e.name for e in catalog.entities()}


def test_retained_discovery_fills_the_catalog_and_bad_messages_are_skipped(
    caplog: pytest.LogCaptureFixture, synced: tuple[Catalog, CatalogSync]
) -> None:
    catalog, _ = synced
    assert names(catalog) == {"Kitchen light", "Bedroom sensor Bedroom temperature", "Door"}
    assert catalog.areas() == ["Bedroom", "Garage", "Kitchen"]
    warnings = [r.getMessage() for r in caplog.get_records("setup") if r.levelname == "WARNING"]
    for topic in ("light/broken", "switch/nocommand", "light/huge"):
        assert len([w for w in warnings if f"homeassistant/{topic}/config" in w]) == 1


def test_state_topics_are_tracked(synced: tuple[Catalog, CatalogSync], home: TestClient) -> None:
    catalog, _ = synced
    sensor = next(e for e in catalog.entities() if e.domain == "sensor")
    wait_until(lambda: catalog.state(sensor.id).get("state") == 21.5)
    home.publish("home/kitchen/light/state", "ON", retain=False)
    wait_until(lambda: catalog.state("ha:light/kitchen_ceiling").get("state") == "on")


def test_new_and_removed_devices_are_seen_live(synced: tuple[Catalog, CatalogSync], home: TestClient) -> None:
    catalog, _ = synced
    home.publish(
        "homeassistant/fan/office/config", json.dumps({"name": "Office fan", "cmd_t": "office/fan/set"})
    )
    wait_until(lambda: "Office fan" in names(catalog))
    home.publish("homeassistant/light/kitchen_ceiling/config", b"")
    wait_until(lambda: "Kitchen light" not in names(catalog))


def test_a_state_flood_with_garbage_does_not_break_anything(
    synced: tuple[Catalog, CatalogSync], home: TestClient
) -> None:
    catalog, _ = synced
    for i in range(500):
        home.publish(
            "home/bedroom/climate",
            b"\xff\x00 not json" if i % 2 else json.dumps({"temperature": i}),
            retain=False,
        )
    home.publish("home/bedroom/climate", json.dumps({"temperature": 19.0}), retain=False)
    sensor = next(e for e in catalog.entities() if e.domain == "sensor")
    wait_until(lambda: catalog.state(sensor.id).get("state") == 19.0)


def test_an_unreachable_broker_is_a_clear_error() -> None:
    client = MqttClient(MqttSettings(host="127.0.0.1", port=free_port()))
    with pytest.raises(MqttError, match=r"no answer from MQTT broker 127\.0\.0\.1"):
        client.connect(timeout_seconds=1.5)


def test_device_classes_and_live_answers_survive_a_broker_restart(tmp_path: Path) -> None:
    """The broker restarts without its retained messages (persistence off): what discovery said
    stays in the catalog, and the state after the restart is what is answered from."""
    port = free_port()
    window = {
        "name": "Bathroom window",
        "stat_t": "home/bathroom/window",
        "dev_cla": "window",
        "dev": {"ids": ["w"], "name": "Bathroom window", "sa": "Bathroom"},
    }
    catalog = Catalog()
    with mosquitto(tmp_path, port) as broker:
        home = TestClient(broker)
        home.publish("homeassistant/binary_sensor/bathroom_window/config", json.dumps(window))
        home.publish("home/bathroom/window", "ON")
        client = MqttClient(MqttSettings(host=broker.host, port=broker.port))
        sync = CatalogSync(catalog, client, discovery_prefix="homeassistant", z2m_base="zigbee2mqtt")
        sync.start()
        client.connect()
        sync.wait_until_quiet()
        home.close()
    understanding = Understanding(TemplateRecognizer("en"), catalog)
    try:
        wait_until(lambda: not client.connected)
        with mosquitto(tmp_path, port) as broker:
            wait_until(lambda: client.connected, timeout_s=30)
            [entity] = catalog.entities()
            assert (entity.domain, entity.device_class, entity.area) == (
                "binary_sensor",
                "window",
                "Bathroom",
            )
            assert understanding.decide("are any windows open").response == "Yes, the Bathroom window."
            home = TestClient(broker)
            home.publish("home/bathroom/window", "OFF", retain=False)
            wait_until(lambda: catalog.state(entity.id).get("state") == "off")
            assert understanding.decide("is the bathroom window open").response.startswith("No")
            home.close()
    finally:
        client.close()
