"""Values within what the device takes, in its own unit, before anything is sent.

A percentage (brightness, position, fan speed, humidity) is 0-100; a temperature is within the
thermostat's own range (discovery's min_temp / max_temp, else Home Assistant's defaults) and in
its unit: "72 F" for a thermostat in °C is 22 °C, "21 degrees Celsius" for one in °F is 70 °F. A
value out of range is refused with the range said, and nothing is sent.
"""

from __future__ import annotations

import re

from edgeagent.catalog.model import Entity, Limit
from edgeagent.intent import responses
from edgeagent.intent.actions import Operation
from edgeagent.intent.lexicon import numbers_in, words
from edgeagent.intent.resolve import ResolveError

_PERCENT = {"brightness", "position", "percentage", "humidity"}
_VALUE_WORDS = {
    50.0: {"half", "halfway", "middle"},
    100.0: {"full", "fully", "max", "maximum", "all", "top", "bright", "brightest", "open"},
    0.0: {"min", "minimum", "off", "zero", "closed", "close", "shut", "bottom", "down"},
    1.0: {"min", "minimum", "lowest", "dim", "dimmest"},
}
_DEFAULT_TEMPERATURE = Limit("target_temperature", 7.0, 35.0, "C")
_FAHRENHEIT = re.compile(r"(?:\d\s*°?\s*f\b|°f\b)")
_CELSIUS = re.compile(r"(?:\d\s*°?\s*c\b|°c\b)")


def within(entity: Entity, operation: Operation, text: str) -> Operation:
    """The operation with its value in the device's unit; ResolveError("value_out_of_range") when the
    device cannot take it."""
    value = operation.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return operation
    if not _said(float(value), text):
        raise ResolveError(
            "value_unclear", f"Sorry, what should I set the {entity.name} to? I didn't change it."
        )
    limit = entity.limit(operation.name)
    if operation.name == "target_temperature":
        limit = limit or _DEFAULT_TEMPERATURE
        value = _in_unit(float(value), said_unit(text), limit.unit)
    elif limit is None and operation.name in _PERCENT:
        limit = Limit(operation.name, 0, 100, "%")
    if limit is None or limit.holds(value):
        return Operation(operation.name, _plain(value))
    raise ResolveError("value_out_of_range", responses.out_of_range(entity, limit))


def _said(value: float, text: str) -> bool:
    """The value is one the sentence says ("150 percent" is never 100, "minus five" never 5); words
    that stand for a value ("half", "full", "max") count as saying it."""
    said = set(words(text))
    return value in numbers_in(text) or bool(said & _VALUE_WORDS.get(value, set()))


def said_unit(text: str) -> str:
    """ "F" or "C" when the sentence says its temperature unit, else ""."""
    said = set(words(text))
    lowered = text.lower()
    if said & {"fahrenheit", "farenheit", "fahrenheits"} or _FAHRENHEIT.search(lowered):
        return "F"
    if said & {"celsius", "centigrade", "celcius"} or _CELSIUS.search(lowered):
        return "C"
    return ""


def _in_unit(value: float, said: str, unit: str) -> float:
    if not said or said == unit:
        return value
    converted = value * 9 / 5 + 32 if unit == "F" else (value - 32) * 5 / 9
    return round(converted * 2) / 2  # thermostats step in halves at best


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
