"""One test home, announced the way Home Assistant and Zigbee2MQTT announce devices.

Used by the understanding tests (parsed directly) and the MQTT tests (published
retained to a real mosquitto).
"""

from __future__ import annotations

import json
from typing import Any

from edgeagent.catalog import ha_discovery, zigbee2mqtt
from edgeagent.catalog.config_devices import entities_from_config
from edgeagent.catalog.model import Catalog
from edgeagent.config import config_from_mapping
from tests import z2m_devices


def _dev(name: str, area: str) -> dict[str, Any]:
    return {"ids": [name.lower().replace(" ", "_")], "name": name, "sa": area}


DISCOVERY: dict[str, dict[str, Any]] = {
    "homeassistant/light/kitchen_ceiling/config": {
        "name": None,
        "cmd_t": "home/kitchen/ceiling/set",
        "stat_t": "home/kitchen/ceiling/state",
        "bri_cmd_t": "home/kitchen/ceiling/brightness",
        "dev": _dev("Kitchen light", "Kitchen"),
    },
    "homeassistant/light/hallway/config": {
        "~": "home/hallway/light",
        "name": None,
        "cmd_t": "~/set",
        "stat_t": "~/state",
        "dev": _dev("Hallway light", "Hallway"),
    },
    "homeassistant/light/bedroom_lamp/config": {
        "name": None,
        "schema": "json",
        "cmd_t": "home/bedroom/lamp/set",
        "stat_t": "home/bedroom/lamp/state",
        "sup_clrm": ["color_temp", "rgb"],
        "dev": _dev("Bedside lamp", "Bedroom"),
    },
    "homeassistant/switch/coffee/config": {
        "name": None,
        "cmd_t": "home/kitchen/coffee/set",
        "pl_on": "1",
        "pl_off": "0",
        "dev": _dev("Coffee machine", "Kitchen"),
    },
    "homeassistant/fan/bedroom_fan/config": {
        "name": None,
        "cmd_t": "home/bedroom/fan/set",
        "pct_cmd_t": "home/bedroom/fan/speed",
        "dev": _dev("Ceiling fan", "Bedroom"),
    },
    "homeassistant/cover/garage_door/config": {
        "name": None,
        "cmd_t": "home/garage/door/set",
        "stat_t": "home/garage/door/state",
        "dev_cla": "garage",
        "dev": _dev("Garage door", "Garage"),
    },
    "homeassistant/lock/front_door/config": {
        "name": None,
        "cmd_t": "home/front/lock/set",
        "stat_t": "home/front/lock/state",
        "dev": _dev("Front door", "Hallway"),
    },
    "homeassistant/climate/living_room/config": {
        "name": None,
        "temp_cmd_t": "home/living/thermostat/target",
        "curr_temp_t": "home/living/thermostat/current",
        "mode_cmd_t": "home/living/thermostat/mode",
        "modes": ["off", "heat"],
        "dev": _dev("Thermostat", "Living room"),
    },
    "homeassistant/sensor/bedroom_temperature/config": {
        "name": "Temperature",
        "stat_t": "home/bedroom/climate",
        "val_tpl": "{{ value_json.temperature }}",
        "unit_of_meas": "°C",
        "dev_cla": "temperature",
        "dev": _dev("Bedroom sensor", "Bedroom"),
    },
    "homeassistant/vacuum/robo/config": {
        "name": None,
        "cmd_t": "home/vacuum/command",
        "stat_t": "home/vacuum/state",
        "dev": _dev("Robo", "Living room"),
    },
    "homeassistant/scene/movie/config": {"name": "Movie time", "cmd_t": "home/scenes/movie/set"},
}

Z2M_DEVICES = [
    z2m_devices.coordinator(),
    z2m_devices.light("Living room/Floor lamp"),
    z2m_devices.cover("Office/Blinds"),
]

CONFIG = {
    "devices": [
        {
            "name": "Desk lamp",
            "aliases": ["reading light"],
            "area": "Office",
            "type": "light",
            "command_topic": "home/office/desk/set",
            "commands": {
                "brightness": {"topic": "home/office/desk/brightness", "payload": '{"level": {value}}'}
            },
        },
    ],
    "intents": [
        {
            "name": "RobotMove",
            "sentences": ["move (forward|ahead) {distance} meters", "drive forward {distance} meters"],
            "slots": {"distance": {"min": 1, "max": 20}},
            "topic": "robot/cmd/move",
            "payload": '{"direction": "forward", "distance": {distance}}',
            "response": "Moving forward {distance} meters.",
        },
    ],
}

STATES = {"home/bedroom/climate": {"temperature": 19.5}, "home/living/thermostat/current": 21}


def retained_messages() -> list[tuple[str, str]]:
    messages = [(topic, json.dumps(config)) for topic, config in DISCOVERY.items()]
    messages.append(("zigbee2mqtt/bridge/devices", json.dumps(Z2M_DEVICES)))
    messages += [(topic, json.dumps(value)) for topic, value in STATES.items()]
    return messages


def catalog() -> Catalog:
    """The home's catalog, parsed without a broker, with the known states applied."""
    home = Catalog()
    for topic, config in DISCOVERY.items():
        prefix, entities = ha_discovery.parse(topic, json.dumps(config).encode())
        home.replace_source("ha", prefix, entities)
    home.replace_source(
        "z2m", "z2m:", zigbee2mqtt.parse_devices(json.dumps(Z2M_DEVICES).encode(), "zigbee2mqtt")
    )
    for entity in entities_from_config(config_from_mapping(CONFIG).devices):
        home.put(entity)
    for entity, reader in home.state_readers():
        if reader.topic in STATES:
            home.update_state(entity.id, reader.read(json.dumps(STATES[reader.topic]).encode()))
    return home
