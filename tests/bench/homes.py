"""The benchmark homes: announced the way Home Assistant MQTT discovery announces devices.

Three homes of different shapes. `FULL` has every domain and binary-sensor / cover
device class discovery can announce, two floors, and names with digits,
apostrophes and accents. `FLAT` is one floor with few devices. `COTTAGE` has the
names manufacturers give ("Smart Thermostat", "Smart Lock") that nobody says.

Each device is a line: name, domain, area, device class, features. `catalog(home)`
parses the discovery payloads (no broker) and applies any states given.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from edgeagent.catalog import ha_discovery
from edgeagent.catalog.model import Catalog


@dataclass(frozen=True)
class Device:
    name: str
    domain: str
    area: str = ""
    device_class: str = ""
    features: tuple[str, ...] = ()  # brightness, color, color_temp, percentage, position, temperature
    state: Any = None  # the state payload the device last reported, if any
    unit: str = ""  # a sensor's unit of measurement (temperature: °C, humidity and battery: % if none)


@dataclass(frozen=True)
class Home:
    name: str
    devices: tuple[Device, ...]
    floors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # floor -> its areas


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def discovery(home: Home) -> dict[str, dict[str, Any]]:
    """topic -> discovery config for every device of the home. Two devices of one name and domain
    (a phone's battery and charging sensors) are told apart by their device class."""
    configs: dict[str, dict[str, Any]] = {}
    for d in home.devices:
        object_id, base = (
            f"{home.name}_{_slug(d.area)}_{_slug(d.name)}",
            f"{home.name}/{_slug(d.area) or 'home'}/{_slug(d.name)}",
        )
        if f"homeassistant/{d.domain}/{object_id}/config" in configs:
            object_id, base = f"{object_id}_{d.device_class}", f"{base}/{d.device_class}"
        configs[f"homeassistant/{d.domain}/{object_id}/config"] = _config(d, base)
    return configs


def _config(device: Device, base: str) -> dict[str, Any]:
    config: dict[str, Any] = {
        "name": None,
        "stat_t": f"{base}/state",
        "dev": {"ids": [base], "name": device.name, "sa": device.area},
    }
    if device.domain not in ("sensor", "binary_sensor"):
        config["cmd_t"] = f"{base}/set"
    if device.device_class:
        config["dev_cla"] = device.device_class
    features = set(device.features)
    if "brightness" in features:
        config["bri_cmd_t"] = f"{base}/brightness"
    if "color" in features:
        config["rgb_cmd_t"] = f"{base}/rgb"
    if "color_temp" in features:
        config["clr_temp_cmd_t"] = f"{base}/color_temp"
        config["color_temp_kelvin"] = True
    if "percentage" in features:
        config["pct_cmd_t"] = f"{base}/speed"
    if "position" in features and device.domain == "valve":
        config["reports_position"] = True  # a valve takes its position on its command topic
    elif "position" in features:
        config["set_pos_t"] = f"{base}/position"
    if device.domain == "climate":
        config.pop("cmd_t")
        config["temp_cmd_t"] = f"{base}/target"
        config["curr_temp_t"] = f"{base}/current"
        config["mode_cmd_t"] = f"{base}/mode"
        config["modes"] = ["off", "heat", "cool", "auto"]
    if device.domain == "lawn_mower":
        config.pop("cmd_t")
        config["start_mowing_command_topic"] = f"{base}/start"
        config["dock_command_topic"] = f"{base}/dock"
    unit = device.unit or _UNITS.get(device.device_class, "")
    if device.domain == "sensor" and unit:
        config["unit_of_meas"] = unit
    return config


_UNITS = {"temperature": "°C", "humidity": "%", "battery": "%"}


def catalog(home: Home) -> Catalog:
    """The home's catalog, parsed from its discovery payloads, with the states given applied."""
    built = Catalog()
    configs = discovery(home)
    for topic, config in configs.items():
        prefix, entities = ha_discovery.parse(topic, json.dumps(config).encode())
        built.replace_source("ha", prefix, entities)
    states = {
        f"{config['stat_t']}": d.state
        for d, config in zip(home.devices, configs.values(), strict=True)
        if d.state is not None
    }
    for entity, reader in built.state_readers():
        if reader.topic in states:
            built.update_state(entity.id, reader.read(str(states[reader.topic]).encode()))
    return built


_LIGHT = ("brightness",)
_COLOR_LIGHT = ("brightness", "color", "color_temp")

FULL = Home(
    "full",
    (
        Device("Kitchen ceiling", "light", "Kitchen", features=_LIGHT, state="ON"),
        Device("Pendant lights", "light", "Kitchen", features=_COLOR_LIGHT, state="OFF"),
        Device("Living room lamp", "light", "Living room", features=_COLOR_LIGHT, state="ON"),
        Device("Floor lamp 2", "light", "Living room", features=_LIGHT, state="OFF"),
        Device("Zoë's lamp", "light", "Kids room", features=_COLOR_LIGHT, state="OFF"),
        Device("Café string lights", "light", "Garden", state="OFF"),
        Device("Bedroom light", "light", "Bedroom", features=_LIGHT, state="OFF"),
        Device("Hallway light", "light", "Hallway", state="ON"),
        Device("Office desk lamp", "light", "Office", features=_LIGHT, state="OFF"),
        Device("Coffee maker", "switch", "Kitchen", "outlet", state="OFF"),
        Device("Dishwasher plug", "switch", "Kitchen", "outlet", state="ON"),
        Device("Christmas tree", "switch", "Living room", state="OFF"),
        Device("Office heater", "switch", "Office", state="OFF"),
        Device("Ceiling fan", "fan", "Bedroom", features=("percentage",), state="OFF"),
        Device("Office fan", "fan", "Office", features=("percentage",), state="ON"),
        Device("Living room blinds", "cover", "Living room", "blind", ("position",), "open"),
        Device("Bedroom curtains", "cover", "Bedroom", "curtain", ("position",), "closed"),
        Device("Garage door", "cover", "Garage", "garage", state="closed"),
        Device("Driveway gate", "cover", "Garden", "gate", state="closed"),
        Device("Skylight", "cover", "Office", "window", ("position",), "closed"),
        Device("Pet door", "cover", "Kitchen", "door", state="closed"),
        Device("Front door lock", "lock", "Hallway", state="LOCKED"),
        Device("Back door lock", "lock", "Kitchen", state="UNLOCKED"),
        Device("Thermostat", "climate", "Living room"),
        Device("Bedroom heating", "climate", "Bedroom"),
        Device("Sprinkler valve", "valve", "Garden", "water", ("position",)),
        Device("Gas valve", "valve", "Basement", "gas"),
        Device("Roomba", "vacuum", "Living room"),
        Device("Clippy", "lawn_mower", "Garden"),
        Device("Movie night", "scene"),
        Device("Good morning", "scene"),
        Device("Doorbell chime", "button", "Hallway"),
        Device("Living room temperature", "sensor", "Living room", "temperature", state="21.5"),
        Device("Bedroom temperature", "sensor", "Bedroom", "temperature", state="19"),
        Device("Bathroom humidity", "sensor", "Bathroom", "humidity", state="64"),
        Device("Phone battery", "binary_sensor", "Bedroom", "battery", state="ON"),
        Device("Front door", "binary_sensor", "Hallway", "door", state="OFF"),
        Device("Kitchen window", "binary_sensor", "Kitchen", "window", state="ON"),
        Device("Bedroom window", "binary_sensor", "Bedroom", "window", state="OFF"),
        Device("Hallway motion", "binary_sensor", "Hallway", "motion", state="ON"),
        Device("Garage motion", "binary_sensor", "Garage", "motion", state="OFF"),
        Device("CO detector", "binary_sensor", "Basement", "carbon_monoxide", state="OFF"),
        Device("Smoke alarm", "binary_sensor", "Kitchen", "smoke", state="OFF"),
        Device("Leak sensor", "binary_sensor", "Bathroom", "moisture", state="OFF"),
        Device("Office presence", "binary_sensor", "Office", "occupancy", state="ON"),
    ),
    floors={
        "ground floor": ("Kitchen", "Living room", "Hallway", "Garage", "Garden"),
        "first floor": ("Bedroom", "Kids room", "Office", "Bathroom"),
        "basement": ("Basement",),
    },
)

FLAT = Home(
    "flat",
    (
        Device("Main light", "light", "Living room", features=_LIGHT, state="ON"),
        Device("Reading lamp", "light", "Living room", features=_COLOR_LIGHT, state="OFF"),
        Device("Bedside lamp", "light", "Bedroom", features=_LIGHT, state="OFF"),
        Device("Kitchen spots", "light", "Kitchen", state="OFF"),
        Device("Kettle", "switch", "Kitchen", "outlet", state="OFF"),
        Device("TV plug", "switch", "Living room", "outlet", state="ON"),
        Device("Desk fan", "fan", "Bedroom", features=("percentage",), state="OFF"),
        Device("Blackout blind", "cover", "Bedroom", "blind", ("position",), "closed"),
        Device("Door lock", "lock", "Hallway", state="LOCKED"),
        Device("Radiator", "climate", "Living room"),
        Device("Balcony door", "binary_sensor", "Living room", "door", state="OFF"),
        Device("Bathroom window", "binary_sensor", "Bathroom", "window", state="ON"),
        Device("Outside temperature", "sensor", "Balcony", "temperature", state="7"),
    ),
)

COTTAGE = Home(
    "cottage",
    (
        Device("Smart Thermostat", "climate", "Bedroom"),
        Device("Smart Lock", "lock", "Guest house", state="LOCKED"),
        Device("Smart Sprinkler System", "switch", "Garden", state="OFF"),
        Device("Smart Plug", "switch", "Kitchen", "outlet", state="OFF"),
        Device("Hue Go", "light", "Guest house", features=_LIGHT, state="OFF"),
        Device("Lamp 1", "light", "Bedroom", features=_LIGHT, state="OFF"),
        Device("Lamp 2", "light", "Bedroom", features=_LIGHT, state="ON"),
        Device("Roller shutter", "cover", "Kitchen", "shutter", ("position",), "open"),
        Device("Tilt and turn", "binary_sensor", "Bedroom", "window", state="OFF"),
        Device("Garage opener", "cover", "Garage", "garage", state="closed"),
        Device("Living room AC", "climate", "Living room"),
        Device("Heated towel rail", "switch", "Bathroom", state="OFF"),
    ),
    floors={"downstairs": ("Kitchen", "Living room", "Garage"), "upstairs": ("Bedroom", "Bathroom")},
)

HOMES = {home.name: home for home in (FULL, FLAT, COTTAGE)}
