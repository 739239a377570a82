"""Home Assistant discovery payloads -> entities that publish what the device expects."""

from __future__ import annotations

import json

import pytest

from edgeagent.catalog import ha_discovery
from edgeagent.catalog.errors import CatalogError
from edgeagent.catalog.model import Entity


def one(topic: str, config: dict[str, object]) -> Entity:
    _, [entity] = ha_discovery.parse(topic, json.dumps(config).encode())
    return entity


def sent(entity: Entity, operation: str, value: object = None) -> tuple[str, str]:
    message = entity.commands[operation].publish(value)
    return message.topic, message.payload


def test_a_default_light_with_brightness_color_temp_and_rgb() -> None:
    light = one(
        "homeassistant/light/kitchen/ceiling/config",
        {
            "name": "Ceiling light",
            "command_topic": "home/kitchen/ceiling/set",
            "brightness_command_topic": "home/kitchen/ceiling/brightness",
            "brightness_scale": 100,
            "color_temp_command_topic": "home/kitchen/ceiling/ct",
            "rgb_command_topic": "home/kitchen/ceiling/rgb",
            "device": {"name": "Kitchen ceiling", "suggested_area": "Kitchen", "identifiers": ["k1"]},
        },
    )
    assert (light.id, light.domain, light.area) == ("ha:light/kitchen/ceiling", "light", "Kitchen")
    assert sent(light, "turn_on") == ("home/kitchen/ceiling/set", "ON")
    assert sent(light, "turn_off") == ("home/kitchen/ceiling/set", "OFF")
    assert sent(light, "brightness", 50) == ("home/kitchen/ceiling/brightness", "50")
    assert sent(light, "color_temp", 4000) == ("home/kitchen/ceiling/ct", "250")  # mireds
    assert sent(light, "color", (255, 0, 0)) == ("home/kitchen/ceiling/rgb", "255,0,0")


def test_abbreviations_base_topic_and_custom_payloads() -> None:
    light = one(
        "homeassistant/light/hall/config",
        {
            "~": "home/hall/light",
            "name": "Hall light",
            "cmd_t": "~/set",
            "stat_t": "~/state",
            "pl_on": "1",
            "pl_off": "0",
            "bri_cmd_t": "~/bri",
            "dev": {"name": "Hall light", "sa": "Hallway"},
        },
    )
    assert light.area == "Hallway"
    assert sent(light, "turn_on") == ("home/hall/light/set", "1")
    assert sent(light, "brightness", 100) == ("home/hall/light/bri", "255")
    assert light.states[0].topic == "home/hall/light/state"
    assert light.states[0].read(b"1") == {"state": "on"}


def test_a_json_schema_light() -> None:
    light = one(
        "homeassistant/light/desk/config",
        {
            "name": "Desk lamp",
            "schema": "json",
            "command_topic": "desk/set",
            "state_topic": "desk/state",
            "supported_color_modes": ["color_temp", "rgb"],
        },
    )
    assert json.loads(sent(light, "turn_on")[1]) == {"state": "ON"}
    assert json.loads(sent(light, "brightness", 40)[1]) == {"state": "ON", "brightness": 102}
    assert json.loads(sent(light, "color", (0, 0, 255))[1]) == {
        "state": "ON",
        "color": {"r": 0, "g": 0, "b": 255},
    }
    assert json.loads(sent(light, "color_temp", 2500)[1]) == {"state": "ON", "color_temp": 400}
    assert light.states[0].read(b'{"state": "ON", "brightness": 255}') == {"state": "on", "brightness": 100}


@pytest.mark.parametrize(
    ("component", "config", "operation", "value", "expected"),
    [
        ("switch", {"command_topic": "s/set"}, "turn_on", None, ("s/set", "ON")),
        (
            "fan",
            {"command_topic": "f/set", "percentage_command_topic": "f/pct", "speed_range_max": 4},
            "percentage",
            50,
            ("f/pct", "2"),
        ),
        ("cover", {"command_topic": "c/set"}, "open", None, ("c/set", "OPEN")),
        ("cover", {"command_topic": "c/set", "set_position_topic": "c/pos"}, "position", 30, ("c/pos", "30")),
        ("climate", {"temperature_command_topic": "t/set"}, "target_temperature", 21.5, ("t/set", "21.5")),
        ("lock", {"command_topic": "l/set"}, "unlock", None, ("l/set", "UNLOCK")),
        ("valve", {"command_topic": "v/set"}, "close", None, ("v/set", "CLOSE")),
        ("vacuum", {"command_topic": "vac/cmd"}, "dock", None, ("vac/cmd", "return_to_base")),
        ("lawn_mower", {"start_mowing_command_topic": "m/start"}, "start", None, ("m/start", "start_mowing")),
        ("scene", {"command_topic": "sc/set"}, "activate", None, ("sc/set", "ON")),
        ("button", {"command_topic": "b/press"}, "activate", None, ("b/press", "PRESS")),
        ("number", {"command_topic": "n/set"}, "value", 7, ("n/set", "7")),
        (
            "select",
            {"command_topic": "sel/set", "options": ["eco", "boost"]},
            "option",
            "eco",
            ("sel/set", "eco"),
        ),
        (
            "humidifier",
            {"command_topic": "h/set", "target_humidity_command_topic": "h/hum"},
            "humidity",
            45,
            ("h/hum", "45"),
        ),
    ],
)
def test_each_component_publishes_its_own_payloads(
    component: str, config: dict[str, object], operation: str, value: object, expected: tuple[str, str]
) -> None:
    entity = one(f"homeassistant/{component}/thing/config", {"name": "Thing", **config})
    assert sent(entity, operation, value) == expected


def test_sensors_have_no_commands_but_read_state() -> None:
    sensor = one(
        "homeassistant/sensor/bedroom_temp/config",
        {
            "name": "Bedroom temperature",
            "state_topic": "bedroom/sensor",
            "value_template": "{{ value_json.temperature }}",
            "unit_of_measurement": "°C",
            "device_class": "temperature",
        },
    )
    assert sensor.commands == {}
    assert sensor.states[0].read(b'{"temperature": 21.5}') == {"state": 21.5}


def test_the_device_form_announces_several_entities() -> None:
    payload = {
        "dev": {"ids": ["plug1"], "name": "Coffee plug", "sa": "Kitchen"},
        "o": {"name": "tasmota"},
        "~": "tasmota/plug1",
        "cmps": {
            "relay": {"p": "switch", "name": "Relay", "cmd_t": "~/cmnd/POWER", "stat_t": "~/stat/POWER"},
            "power": {"p": "sensor", "name": "Power", "stat_t": "~/tele/SENSOR", "unit_of_meas": "W"},
        },
    }
    prefix, entities = ha_discovery.parse("homeassistant/device/plug1/config", json.dumps(payload).encode())
    assert prefix == "ha:device/plug1/"
    assert sorted(e.id for e in entities) == ["ha:device/plug1/power", "ha:device/plug1/relay"]
    relay = next(e for e in entities if e.domain == "switch")
    assert (relay.name, relay.area) == ("Coffee plug Relay", "Kitchen")
    assert sent(relay, "turn_on") == ("tasmota/plug1/cmnd/POWER", "ON")


def test_an_empty_payload_removes_what_the_topic_announced() -> None:
    assert ha_discovery.parse("homeassistant/light/kitchen/config", b"") == ("ha:light/kitchen", [])


def test_components_edgeagent_does_not_handle_are_ignored() -> None:
    assert ha_discovery.parse("homeassistant/camera/door/config", b'{"topic": "x"}')[1] == []


@pytest.mark.parametrize(
    ("payload", "code", "reason"),
    [
        (b"{not json", "discovery_json", "not valid JSON"),
        (b"[1, 2]", "discovery_json", "expected a JSON object"),
        (b'{"name": "Lamp"}', "discovery_invalid", "command_topic is required"),
        (b'{"name": "Lamp", "command_topic": 5}', "discovery_invalid", "command_topic must be a topic name"),
        (
            b'{"name": "Lamp", "command_topic": "a/#"}',
            "discovery_invalid",
            "command_topic must be a topic name",
        ),
        (b'{"name": ["Lamp"], "command_topic": "a/b"}', "discovery_invalid", "name must be a string"),
        (
            b'{"name": "Lamp", "command_topic": "a/b", "brightness_command_topic": "b", '
            b'"brightness_scale": "x"}',
            "discovery_invalid",
            "brightness_scale must be a number",
        ),
        (b'{"x": "' + b"a" * (1024 * 1024) + b'"}', "discovery_too_large", "over the limit"),
    ],
)
def test_malformed_messages_are_rejected_with_the_topic_and_the_reason(
    payload: bytes, code: str, reason: str
) -> None:
    with pytest.raises(CatalogError) as caught:
        ha_discovery.parse("homeassistant/light/lamp/config", payload)
    assert caught.value.code == code
    assert reason in str(caught.value)
    assert "homeassistant/light/lamp/config" in str(caught.value)
