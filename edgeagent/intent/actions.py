"""What each device intent does to each kind of device: intent + entities -> publishes.

An operation an entity does not offer is never invented: the entity is skipped
and the person is told.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from edgeagent.catalog.model import Catalog, Entity
from edgeagent.intent.resolve import ResolveError
from edgeagent.mqtt.client import Publish

_ON = {
    "cover": "open",
    "valve": "open",
    "lock": "lock",
    "scene": "activate",
    "button": "activate",
    "vacuum": "start",
    "lawn_mower": "start",
}
_OFF = {"cover": "close", "valve": "close", "lock": "unlock", "vacuum": "dock", "lawn_mower": "dock"}

COLORS: dict[str, tuple[int, int, int]] = {
    "red": (255, 0, 0),
    "green": (0, 255, 0),
    "blue": (0, 0, 255),
    "white": (255, 255, 255),
    "yellow": (255, 255, 0),
    "orange": (255, 165, 0),
    "purple": (128, 0, 128),
    "pink": (255, 192, 203),
    "cyan": (0, 255, 255),
    "magenta": (255, 0, 255),
    "warm white": (255, 214, 170),
    "brown": (165, 42, 42),
}


@dataclass(frozen=True)
class Operation:
    name: str  # an entity command name: turn_on, brightness, position, ...
    value: Any = None


def operation_for(intent: str, slots: dict[str, Any], entity: Entity, catalog: Catalog) -> Operation:
    """The single operation `intent` means for this entity (raises ResolveError when it has none)."""
    if intent == "HassTurnOn":
        return Operation(_ON.get(entity.domain, "turn_on"))
    if intent == "HassTurnOff":
        return Operation(_OFF.get(entity.domain, "turn_off"))
    if intent == "HassToggle":
        is_on = catalog.state(entity.id).get("state") in ("on", "open", "locked")
        return Operation((_OFF if is_on else _ON).get(entity.domain, "turn_off" if is_on else "turn_on"))
    if intent == "HassLightSet":
        return _light_set(slots)
    simple = {
        "HassSetPosition": ("position", "position"),
        "HassClimateSetTemperature": ("target_temperature", "temperature"),
        "HassFanSetSpeed": ("percentage", "percentage"),
        "HassHumidifierSetpoint": ("humidity", "humidity"),
    }
    if intent in simple:
        operation, slot = simple[intent]
        if slots.get(slot) is None:
            raise ResolveError("intent_incomplete", f"What should I set the {entity.name} to?")
        return Operation(operation, slots[slot])
    named = {
        "HassVacuumStart": "start",
        "HassVacuumReturnToBase": "dock",
        "HassLawnMowerStartMowing": "start",
        "HassLawnMowerDock": "dock",
    }
    if intent in named:
        return Operation(named[intent])
    raise ResolveError("intent_unsupported", f"I can't do that with the {entity.name}.")


def _light_set(slots: dict[str, Any]) -> Operation:
    if "brightness" in slots:
        return Operation("brightness", slots["brightness"])
    if "color" in slots:
        rgb = COLORS.get(str(slots["color"]).lower())
        if rgb is None:
            raise ResolveError("color_unknown", f"I don't know the color {slots['color']}.")
        return Operation("color", rgb)
    if "temperature" in slots:
        return Operation("color_temp", slots["temperature"])
    raise ResolveError("intent_incomplete", "What should I set the light to?")


def publishes(
    planned: list[tuple[Entity, Operation]], entities: list[Entity]
) -> tuple[list[Publish], list[Entity], list[Entity]]:
    """(messages, entities commanded, entities that cannot do it): each planned entity's operation
    sent where the entity offers it; the entities with no plan or no such command are unable."""
    messages: list[Publish] = []
    done: list[Entity] = []
    for entity, operation in planned:
        command = entity.commands.get(operation.name)
        if command is not None:
            messages.append(command.publish(operation.value))
            done.append(entity)
    unable = [e for e in entities if e not in done]
    return messages, done, unable
