"""Zigbee2MQTT device lists -> entities commanded on <base>/<friendly_name>/set."""

from __future__ import annotations

import json

import pytest

from edgeagent.catalog import zigbee2mqtt
from edgeagent.catalog.errors import CatalogError
from edgeagent.catalog.model import Entity
from tests import z2m_devices


def parse(*devices: dict[str, object]) -> dict[str, Entity]:
    entities = zigbee2mqtt.parse_devices(json.dumps(list(devices)).encode(), "zigbee2mqtt")
    return {e.name: e for e in entities}


def payload(entity: Entity, operation: str, value: object = None) -> tuple[str, dict[str, object]]:
    message = entity.commands[operation].publish(value)
    return message.topic, json.loads(message.payload)


def test_a_color_light() -> None:
    light = parse(z2m_devices.coordinator(), z2m_devices.light("Living room lamp"))["Living room lamp"]
    assert (light.domain, light.source) == ("light", "z2m")
    assert payload(light, "turn_on") == ("zigbee2mqtt/Living room lamp/set", {"state": "ON"})
    assert payload(light, "brightness", 50) == (
        "zigbee2mqtt/Living room lamp/set",
        {"state": "ON", "brightness": 127},
    )
    assert payload(light, "color_temp", 2700)[1] == {"color_temp": 370}
    assert payload(light, "color", (255, 0, 0))[1] == {"color": {"r": 255, "g": 0, "b": 0}}
    assert light.states[0].topic == "zigbee2mqtt/Living room lamp"
    assert light.states[0].read(b'{"state": "ON", "brightness": 254}') == {"state": "on", "brightness": 100}


def test_area_from_a_slash_in_the_friendly_name() -> None:
    cover = parse(z2m_devices.cover("Bedroom/Blinds"))["Blinds"]
    assert (cover.area, cover.aliases) == ("Bedroom", ("Bedroom Blinds",))
    assert payload(cover, "position", 40) == ("zigbee2mqtt/Bedroom/Blinds/set", {"position": 40})
    assert payload(cover, "close")[1] == {"state": "CLOSE"}


def test_read_only_numbers_become_sensors() -> None:
    entities = parse(z2m_devices.thermometer("Bathroom sensor"))
    temperature = entities["Bathroom sensor temperature"]
    assert (temperature.domain, temperature.unit, temperature.commands) == ("sensor", "°C", {})
    assert temperature.states[0].read(b'{"temperature": 22.4, "humidity": 60}') == {"state": 22.4}
    assert "Bathroom sensor humidity" in entities


def test_the_coordinator_and_unknown_exposes_are_skipped() -> None:
    assert parse(z2m_devices.coordinator()) == {}


def test_one_broken_device_does_not_hide_the_others() -> None:
    broken = {"friendly_name": "Broken", "type": "Router", "definition": {"exposes": "nope"}}
    assert list(parse(broken, z2m_devices.plug("Heater plug"))) == ["Heater plug"]


@pytest.mark.parametrize("raw", [b"{", b'{"a": 1}', b"\xff\xfe"])
def test_a_malformed_list_is_an_error(raw: bytes) -> None:
    with pytest.raises(CatalogError, match="zigbee2mqtt/bridge/devices"):
        zigbee2mqtt.parse_devices(raw, "zigbee2mqtt")
