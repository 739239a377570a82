"""Spoken responses (English): short and specific, like a good assistant's."""

from __future__ import annotations

import re
from typing import Any

from edgeagent.catalog.model import Entity, Limit, normalize

_COMMAND_FOR_UNKNOWN = re.compile(
    r"^(?:please )?(?:turn|switch) (?:on|off) (?:the |my )?(?P<name>.+?)(?: please)?$|"
    r"^(?:please )?(?:turn|switch) (?:the |my )?(?P<name2>.+?) (?:on|off)(?: please)?$"
)


CANCELLED = "Okay."
NO_CHANGE = "Okay, I won't change anything."
NOT_LATER = "Sorry, I can't do things later yet, so I didn't change anything."
CANT = "Sorry, I can't do that."
NOT_SURE = "I'm not sure what you want me to do."
WELCOME = "You're welcome."
NOTHING_LEFT = "That leaves nothing to change, so I didn't change anything."


def what_to_do(entity: Entity) -> str:
    return f"Say what you want me to do with the {entity.name}."


def unclear_scope() -> str:
    return "Sorry, I'm not sure which ones you mean, so I didn't change anything."


def heard_either(options: tuple[Entity, ...]) -> str:
    said = " or ".join(f"the {e.name}" for e in options)
    return f"Sorry, I didn't catch that well: {said}?"


def light_or_heat(area: str) -> str:
    return f"Do you mean the lights or the temperature in the {area}? I didn't change anything."


def unclear_exception(kept: str) -> str:
    return f"Sorry, I'm not sure what {kept} is here, so I didn't change anything."


def not_understood(text: str) -> str:
    """No template matched: say what was heard, or which device is unknown."""
    spoken = normalize(text)
    match = _COMMAND_FOR_UNKNOWN.match(spoken)
    if match:
        return f"I don't know a device called {match['name'] or match['name2']}."
    heard = text.strip().rstrip("?!.")  # never a question: it asks nothing back
    return f"Sorry, I didn't understand: {heard}." if heard else not_heard()


_DONE = {
    "turn_on": "{names} on.",
    "turn_off": "{names} off.",
    "toggle": "Toggled {the_names}.",
    "open": "Opening {the_names}.",
    "close": "Closing {the_names}.",
    "stop": "Stopping {the_names}.",
    "lock": "{names} locked.",
    "unlock": "{names} unlocked.",
    "activate": "{names} activated.",
    "start": "Starting {the_names}.",
    "dock": "Sending {the_names} back to base.",
    "brightness": "{names} at {value} percent.",
    "color": "{names} set to {value}.",
    "color_temp": "{names} set to {value} kelvin.",
    "position": "{names} at {value} percent.",
    "target_temperature": "{names} set to {value} degrees.",
    "percentage": "{names} at {value} percent.",
    "humidity": "{names} set to {value} percent.",
}


def join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def done(operation: str, entities: list[Entity], value: Any = None) -> str:
    names = join([e.name for e in entities])
    the_names = join([f"the {e.name}" for e in entities])
    text = _DONE.get(operation, "Done.").format(names=names, the_names=the_names, value=number(value))
    return text[0].upper() + text[1:]


def confirm(operation: str, entities: list[Entity]) -> str:
    verb = {"unlock": "Unlock", "lock": "Lock", "open": "Open"}.get(operation, "Do that to")
    return f"{verb} {join([f'the {e.name}' for e in entities])}?"


def unable(entities: list[Entity]) -> str:
    return f"{join([e.name for e in entities])} can't do that."


def temperature(area: str, degrees: Any) -> str:
    where = f"The {area}" if area else "It"
    return f"{where} is at {number(degrees)} degrees."


def number(value: Any) -> str:
    """A value as said: 21.0 -> "21", an RGB colour -> "that color"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, tuple):
        return "that color"
    return str(value)


def out_of_range(entity: Entity, limit: Limit) -> str:
    unit = {"C": " degrees", "F": " degrees", "%": " percent"}.get(limit.unit, "")
    return (
        f"Sorry, the {entity.name} can only be set from {number(limit.low)} to {number(limit.high)}{unit}. "
        "I didn't change it."
    )


def not_heard() -> str:
    return "Sorry, I didn't hear anything."
