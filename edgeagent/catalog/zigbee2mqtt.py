"""Zigbee2MQTT's retained `<base>/bridge/devices` -> catalog entities.

Each device's `exposes` say what it accepts: lights, switches, covers, locks,
fans and climate become commandable entities on `<base>/<friendly_name>/set`
with the JSON the device understands; readable numbers and binaries
(temperature, humidity, contact, occupancy) become sensors read from
`<base>/<friendly_name>`.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from edgeagent.catalog.model import Command, Entity, Limit, StateReader
from edgeagent.catalog.templates import json_or_empty, strict_json

logger = logging.getLogger(__name__)

_ACCESS_SET = 2
_SENSOR_PROPERTIES = {
    "temperature",
    "humidity",
    "pressure",
    "illuminance",
    "illuminance_lux",
    "co2",
    "battery",
    "power",
}
_BINARY_PROPERTIES = {"contact", "occupancy", "water_leak", "smoke", "vibration"}


def parse_devices(payload: bytes, base: str) -> list[Entity]:
    devices = strict_json(payload, f"{base}/bridge/devices", "z2m_json", list)
    entities: list[Entity] = []
    for device in devices:
        try:
            entities += _device(device, base)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            name = device.get("friendly_name", "?") if isinstance(device, dict) else "?"
            logger.warning("%s/bridge/devices: skipping device %r: %s", base, name, exc)
    return entities


def _device(device: Any, base: str) -> list[Entity]:
    if not isinstance(device, dict) or device.get("type") == "Coordinator" or device.get("disabled"):
        return []
    name = device.get("friendly_name")
    definition = device.get("definition") or {}
    if not isinstance(name, str) or not name or not isinstance(definition, dict):
        return []
    exposes = definition.get("exposes") or []
    if not isinstance(exposes, list):
        raise ValueError("exposes must be a list")
    area, spoken = _area_and_name(name)
    entities = []
    for expose in exposes:
        entity = _expose(expose, name, spoken, area, base)
        if entity is not None:
            entities.append(entity)
    return entities


def _area_and_name(friendly_name: str) -> tuple[str, str]:
    """`Kitchen/Ceiling light` is a common naming scheme: area, then the device."""
    if "/" in friendly_name:
        area, _, rest = friendly_name.rpartition("/")
        return area.split("/")[-1], rest
    return "", friendly_name


def _expose(expose: Any, friendly: str, spoken: str, area: str, base: str) -> Entity | None:
    if not isinstance(expose, dict):
        return None
    kind = expose.get("type")
    features = {f["name"]: f for f in expose.get("features", []) if isinstance(f, dict) and "name" in f}
    suffix = f"/{expose['endpoint']}" if expose.get("endpoint") else ""
    entity_id = f"z2m:{friendly}{suffix}"
    set_topic, state_topic = f"{base}/{friendly}/set", f"{base}/{friendly}"
    if kind in ("light", "switch", "fan", "lock", "cover", "climate"):
        commands = _commands(kind, features, set_topic)
        states = (StateReader(state_topic, _reader(features)),)
        aliases = (f"{area} {spoken}",) if area else ()
        return Entity(
            entity_id,
            spoken,
            str(kind),
            "z2m",
            area=area,
            aliases=aliases,
            commands=commands,
            states=states,
            limits=_limits(features),
        )
    prop = expose.get("property")
    if kind == "numeric" and prop in _SENSOR_PROPERTIES:
        return Entity(
            f"z2m:{friendly}/{prop}",
            f"{spoken} {prop.replace('_', ' ')}",
            "sensor",
            "z2m",
            area=area,
            device_class=str(prop),
            unit=str(expose.get("unit", "")),
            states=(StateReader(state_topic, _property_reader(prop, "state")),),
        )
    if kind == "binary" and prop in _BINARY_PROPERTIES:
        return Entity(
            f"z2m:{friendly}/{prop}",
            f"{spoken} {prop.replace('_', ' ')}",
            "binary_sensor",
            "z2m",
            area=area,
            device_class=str(prop),
            states=(StateReader(state_topic, _property_reader(prop, "state")),),
        )
    return None


def _commands(kind: str, features: dict[str, Any], topic: str) -> dict[str, Command]:
    def send(build: Any) -> Command:
        return Command(topic, lambda value: json.dumps(build(value)))

    state = features.get("state", {})
    prop = state.get("property", "state")
    on, off = state.get("value_on", "ON"), state.get("value_off", "OFF")
    commands: dict[str, Command] = {}
    if kind in ("light", "switch", "fan") and state:
        commands["turn_on"] = send(lambda _v: {prop: on})
        commands["turn_off"] = send(lambda _v: {prop: off})
        commands["toggle"] = send(lambda _v: {prop: state.get("value_toggle", "TOGGLE")})
    if kind == "fan" and "fan_state" in features:
        commands["turn_on"] = send(lambda _v: {"fan_state": "ON"})
        commands["turn_off"] = send(lambda _v: {"fan_state": "OFF"})
    if "brightness" in features:
        top = features["brightness"].get("value_max", 254)
        commands["brightness"] = send(lambda pct: {prop: on, "brightness": round(top * pct / 100)})
    if "color_temp" in features:
        commands["color_temp"] = send(lambda kelvin: {"color_temp": round(1_000_000 / kelvin)})
    if "color_xy" in features or "color_hs" in features:
        commands["color"] = send(lambda rgb: {"color": dict(zip("rgb", rgb, strict=True))})
    if kind == "cover":
        commands |= {
            op: send(lambda _v, p=payload: {"state": p})
            for op, payload in (("open", "OPEN"), ("close", "CLOSE"), ("stop", "STOP"))
        }
        if "position" in features:
            commands["position"] = send(lambda pct: {"position": round(pct)})
    if kind == "lock":
        commands["lock"] = send(lambda _v: {prop: state.get("value_on", "LOCK")})
        commands["unlock"] = send(lambda _v: {prop: state.get("value_off", "UNLOCK")})
    if kind == "climate":
        setpoint = next(
            (n for n in ("occupied_heating_setpoint", "current_heating_setpoint") if n in features), None
        )
        if setpoint and features[setpoint].get("access", 7) & _ACCESS_SET:
            commands["target_temperature"] = send(lambda degrees, s=setpoint: {s: degrees})
    return commands


def _limits(features: dict[str, Any]) -> tuple[Limit, ...]:
    """A thermostat's setpoint range as the device exposes it (value_min / value_max, in °C)."""
    for name in ("occupied_heating_setpoint", "current_heating_setpoint"):
        low, high = features.get(name, {}).get("value_min"), features.get(name, {}).get("value_max")
        if isinstance(low, int | float) and isinstance(high, int | float):
            return (Limit("target_temperature", float(low), float(high), "C"),)
    return ()


def _reader(features: dict[str, Any]) -> Any:
    prop = features.get("state", {}).get("property", "state")

    def read(payload: bytes) -> dict[str, Any]:
        data = json_or_empty(payload)
        values: dict[str, Any] = {}
        if prop in data:
            values["state"] = str(data[prop]).lower()
        for key in (
            "brightness",
            "position",
            "local_temperature",
            "occupied_heating_setpoint",
            "current_heating_setpoint",
        ):
            if key in data:
                values[{"local_temperature": "current_temperature"}.get(key, key)] = data[key]
        if "brightness" in values and isinstance(values["brightness"], int | float):
            top = features.get("brightness", {}).get("value_max", 254)
            values["brightness"] = round(values["brightness"] * 100 / top)
        return values

    return read


def _property_reader(prop: str, key: str) -> Any:
    return lambda payload: {key: json_or_empty(payload)[prop]} if prop in json_or_empty(payload) else {}
