"""Home Assistant MQTT discovery -> catalog entities.

Understands `<prefix>/<component>/[<node_id>/]<object_id>/config` and the device
form `<prefix>/device/<id>/config` (components under `cmps`, shared options at
the root), abbreviated keys and `~` base topics. An empty payload removes what
the topic had announced. A malformed message raises CatalogError naming the
topic and what is wrong; the caller logs it and the rest of the catalog stays.
"""

from __future__ import annotations

from typing import Any

from edgeagent.catalog import ha_components, templates
from edgeagent.catalog.errors import CatalogError
from edgeagent.catalog.ha_abbreviations import expand, resolve_base
from edgeagent.catalog.model import Entity

MAX_PAYLOAD_BYTES = 256 * 1024
_COMMANDED = {
    "light",
    "switch",
    "fan",
    "cover",
    "valve",
    "lock",
    "vacuum",
    "lawn_mower",
    "scene",
    "button",
    "number",
    "select",
    "humidifier",
}
_DEVICE_SHARED = ("state_topic", "command_topic", "qos", "retain", "~", "availability_topic")


def is_discovery_topic(topic: str, prefix: str) -> bool:
    parts = topic.split("/")
    return parts[0] == prefix and parts[-1] == "config" and len(parts) in (4, 5)


def parse(topic: str, payload: bytes, prefix: str = "homeassistant") -> tuple[str, list[Entity]]:
    """(id prefix of everything this topic announces, the entities it announces now).

    An empty list means: remove everything under that id prefix.
    """
    parts = topic.split("/")
    if not is_discovery_topic(topic, prefix):
        raise CatalogError("discovery_topic", f"{topic}: not a discovery config topic")
    component = parts[1]
    source_id = "ha:" + "/".join(parts[1:-1])
    if not payload:
        return source_id, []
    config = _load(topic, payload)
    if component == "device":
        return source_id + "/", _device_entities(topic, source_id, config)
    entity = _entity(topic, source_id, component, config, config.get("device"))
    return source_id, [entity] if entity else []


def _load(topic: str, payload: bytes) -> dict[str, Any]:
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise CatalogError(
            "discovery_too_large", f"{topic}: payload of {len(payload)} bytes is over the limit"
        )
    return resolve_base(expand(templates.strict_json(payload, topic, "discovery_json", dict)))


def _device_entities(topic: str, source_id: str, config: dict[str, Any]) -> list[Entity]:
    components = config.get("components")
    if not isinstance(components, dict) or not components:
        raise CatalogError("discovery_invalid", f"{topic}: device discovery without components (cmps)")
    shared = {key: config[key] for key in _DEVICE_SHARED if key in config}
    entities = []
    for object_id, raw in components.items():
        if not isinstance(raw, dict):
            raise CatalogError("discovery_invalid", f"{topic}: component {object_id!r} is not an object")
        merged = resolve_base({**shared, **expand(raw)})
        platform = merged.get("platform")
        if not isinstance(platform, str):
            raise CatalogError("discovery_invalid", f"{topic}: component {object_id!r} has no platform (p)")
        entity = _entity(topic, f"{source_id}/{object_id}", platform, merged, config.get("device"))
        if entity:
            entities.append(entity)
    return entities


def _entity(topic: str, entity_id: str, component: str, config: dict[str, Any], device: Any) -> Entity | None:
    build = ha_components.BUILDERS.get(component)
    if build is None:
        return None  # a component edgeagent does not command or read (e.g. camera)
    device = device if isinstance(device, dict) else {}
    name, aliases = _names(topic, config, device)
    try:
        commands, states = build(config)
    except (TypeError, ValueError, KeyError) as exc:
        raise CatalogError("discovery_invalid", f"{topic}: {exc}") from exc
    if component in _COMMANDED and not commands:
        raise CatalogError("discovery_invalid", f"{topic}: command_topic is required for a {component}")
    area = config.get("suggested_area") or device.get("suggested_area") or ""
    return Entity(
        id=entity_id,
        name=name,
        aliases=aliases,
        domain=component,
        source="ha",
        area=str(area),
        device_class=str(config.get("device_class") or ""),
        unit=str(config.get("unit_of_measurement") or ""),
        commands=commands,
        states=states,
        limits=ha_components.limits(component, config),
    )


def _names(topic: str, config: dict[str, Any], device: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    own, device_name = config.get("name"), device.get("name")
    for value, key in ((own, "name"), (device_name, "device.name")):
        if value is not None and not isinstance(value, str):
            raise CatalogError("discovery_invalid", f"{topic}: {key} must be a string")
    if own and device_name and device_name.lower() not in own.lower():
        return f"{device_name} {own}", ()
    name = own or device_name
    if not name:
        fallback = config.get("object_id") or topic.split("/")[-2]
        name = str(fallback).replace("_", " ")
    return name, ()
