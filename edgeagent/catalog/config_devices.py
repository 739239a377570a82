"""Devices written in the config file: explicit topics and payload templates."""

from __future__ import annotations

from edgeagent.catalog.model import Command, Entity, Render, StateReader, normalize
from edgeagent.config import CommandSettings, DeviceSettings


def entities_from_config(devices: tuple[DeviceSettings, ...]) -> list[Entity]:
    return [_entity(device) for device in devices]


def _entity(device: DeviceSettings) -> Entity:
    commands: dict[str, Command] = {}
    if device.command_topic:
        commands["turn_on"] = Command(device.command_topic, _constant(device.payload_on))
        commands["turn_off"] = Command(device.command_topic, _constant(device.payload_off))
    for operation, settings in device.commands.items():
        commands[operation] = _command(settings)
    states: tuple[StateReader, ...] = ()
    if device.state_topic:
        on, off = device.payload_on, device.payload_off
        states = (StateReader(device.state_topic, lambda payload: _state(payload, on, off)),)
    return Entity(
        id=f"config:{normalize(device.name)}",
        name=device.name,
        aliases=device.aliases,
        domain=device.type,
        source="config",
        area=device.area,
        commands=commands,
        states=states,
    )


def _command(settings: CommandSettings) -> Command:
    template = settings.payload or "{value}"
    return Command(settings.topic, lambda value: template.replace("{value}", _text(value)), settings.retain)


def _constant(payload: str) -> Render:
    return lambda _value: payload


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _state(payload: bytes, on: str, off: str) -> dict[str, object]:
    text = payload.decode("utf-8", errors="replace").strip()
    return {"state": "on" if text == on else "off" if text == off else text.lower()}
