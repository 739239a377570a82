"""Questions answered from live state: "is the garage door open", "which lights are on",
"are any windows open", "how many lights are on", "what's the temperature in the bedroom".

Answers are full sentences in Home Assistant's manner ("Yes", "No, ...", names
listed), with the state in words a person uses: a door sensor that reports "on"
is open, a battery sensor that reports "on" is low. With no state received yet
the answer says so instead of guessing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from edgeagent.catalog.model import Entity, normalize
from edgeagent.intent import responses

State = Callable[[Entity], dict[str, Any]]

# Binary sensors' "on" and "off" by device class, in words.
_BINARY_WORDS: dict[str, tuple[str, str]] = {
    "door": ("open", "closed"),
    "garage_door": ("open", "closed"),
    "window": ("open", "closed"),
    "opening": ("open", "closed"),
    "battery": ("low", "normal"),
    "battery_charging": ("charging", "not charging"),
    "moisture": ("wet", "dry"),
    "lock": ("unlocked", "locked"),
    "connectivity": ("connected", "disconnected"),
    "plug": ("plugged in", "unplugged"),
    "running": ("running", "not running"),
    "safety": ("unsafe", "safe"),
    "heat": ("hot", "normal"),
    "cold": ("cold", "normal"),
    "presence": ("home", "away"),
    "power": ("powered", "not powered"),
    "problem": ("problem", "ok"),
    "update": ("out of date", "up to date"),
    "vibration": ("vibrating", "not vibrating"),
    "moving": ("moving", "not moving"),
}
_DETECTED = ("detected", "clear")  # motion, occupancy, smoke, gas, carbon monoxide, sound, tamper, ...
_SAME = {
    "closed": {"shut"},
    "detected": {"occupied", "triggered"},
    "clear": {"empty", "unoccupied"},
    "on": {"running"},  # "is the dishwasher running": a switch that is on
    "normal": {"charged"},  # a battery
    "away": {"gone"},
    "powered": {"detected"},  # "is the mains power detected"
    "out of date": {"available"},  # "are there any updates available"
}
# The states a device of each domain can be in, in words (binary sensors: by device class, above).
_CAN_BE = {
    "cover": {"open", "closed", "opening", "closing"},
    "valve": {"open", "closed", "opening", "closing"},
    "lock": {"locked", "unlocked", "jammed"},
    **{domain: {"on", "off"} for domain in ("light", "switch", "fan", "input_boolean", "humidifier")},
}


def words(entity: Entity, state: dict[str, Any]) -> set[str]:
    """Every word that describes the entity's current state ({} when none is known)."""
    value = state.get("state")
    if value is None:
        return set()
    raw = str(value).lower()
    said = {raw}
    if entity.domain == "binary_sensor" and raw in ("on", "off"):
        on, off = _BINARY_WORDS.get(entity.device_class, _DETECTED)
        said.add(on if raw == "on" else off)
    return _with_same(said)


def _states(entity: Entity) -> set[str]:
    """The states a device can be in, in its own words."""
    if entity.domain == "binary_sensor":
        return {"on", "off", *_BINARY_WORDS.get(entity.device_class, _DETECTED)}
    return set(_CAN_BE.get(entity.domain, ()))


def _with_same(said: set[str]) -> set[str]:
    return said.union(*(_SAME.get(word, set()) for word in said))


def can_be(entity: Entity, wanted: str) -> bool:
    """Whether the device is ever in the state `wanted` names, in its own words or others."""
    return wanted in _with_same(_states(entity))


def able_to_be(wanted: str, entities: list[Entity]) -> list[Entity]:
    """The entities a question about the state `wanted` is about: those whose own word it is
    ("are any devices running": the running sensors), else those it is another word for (a switch
    that is on is running), else all (the answer says none is). "are any doors open" asks the door
    sensors and covers, never the locks."""
    if not wanted:
        return entities
    own = [e for e in entities if wanted in _states(e)]
    return own or [e for e in entities if can_be(e, wanted)] or entities


def spoken_state(entity: Entity, state: dict[str, Any]) -> str:
    """The one word to say for a state: "open", "low", "on", "21.5 degrees"."""
    value = state.get("state")
    if entity.domain == "binary_sensor" and str(value).lower() in ("on", "off"):
        on, off = _BINARY_WORDS.get(entity.device_class, _DETECTED)
        return on if str(value).lower() == "on" else off
    if entity.domain == "sensor" and isinstance(value, int | float):
        unit = {"°C": "degrees", "°F": "degrees", "%": "percent"}.get(entity.unit, entity.unit)
        return f"{responses.number(value)} {unit}".strip()
    return str(value)


def answer(
    kind: str, wanted: str, entities: list[Entity], state: State, name: Callable[[Entity], str] | None = None
) -> str:
    """The answer to a question of one `kind` (one, one_yesno, any, all, which, how_many)
    about `entities`, for the state word `wanted` ("" for "what is"). `name`: how a device is said
    (its name by default; "the Heater in the Barn" where another room has a Heater too)."""
    said = name or _own_name
    known = [e for e in entities if state(e).get("state") is not None]
    if not known:
        names = responses.join([f"the {said(e)}" for e in entities[:3]])
        return f"I don't know the state of {names} yet."
    if kind == "measure":
        return measured(known, state, said)
    if kind in ("one", "default") or not wanted:
        return " ".join(f"The {said(e)} is {spoken_state(e, state(e))}." for e in known)
    matched = [e for e in known if wanted in words(e, state(e))]
    unmatched = [e for e in known if e not in matched]
    if kind == "one_yesno":
        return _yes_no(unmatched, state, said)
    if kind == "all":
        return "Yes." if not unmatched else f"No, {_names(unmatched, said)} {_is(unmatched)} not {wanted}."
    if kind == "which":
        return f"{_names(matched, said)}." if matched else f"None is {wanted}."
    if kind == "how_many":
        return _count(matched, wanted, said)
    return f"Yes, {_names(matched, said)}." if matched else f"No, none is {wanted}."


# What a sensor measures, as a reply says it, and the words that say it in a name.
_MEASURES = {
    "temperature": ("temperature", {"temperature", "temp"}),
    "humidity": ("humidity", {"humidity", "humid"}),
    "carbon_dioxide": ("CO2", {"co2", "carbon"}),
}


def measured(entities: list[Entity], state: State, said: Callable[[Entity], str]) -> str:
    """What the sensors of a measure read: "The humidity in the Bathroom is 71 percent." from the one
    sensor of a room's air; by name where a room has several, or one measures a thing in it (the
    Wine Cellar Humidity), with the measure added to a name that does not say it ("the Eve Room
    humidity")."""
    per_room = Counter(e.area for e in entities if not of_a_thing(e))
    replies = []
    for entity in entities:
        measure, words = _MEASURES.get(entity.device_class, ("", set()))
        value = spoken_state(entity, state(entity))
        if entity.area and measure and per_room[entity.area] == 1 and not of_a_thing(entity):
            replies.append(f"The {measure} in the {entity.area} is {value}.")
            continue
        name = said(entity)
        if measure and not words & set(normalize(name).split()):
            name = f"{name} {measure}"
        replies.append(f"The {name} is {value}.")
    return " ".join(replies)


def _own_name(entity: Entity) -> str:
    return entity.name


def _yes_no(unmatched: list[Entity], state: State, said: Callable[[Entity], str]) -> str:
    if not unmatched:
        return "Yes."
    told = ", ".join(f"the {said(e)} is {spoken_state(e, state(e))}" for e in unmatched)
    return f"No, {told}."


def _count(matched: list[Entity], wanted: str, said: Callable[[Entity], str]) -> str:
    if not matched:
        return f"None is {wanted}."
    if len(matched) == 1:
        return f"One is {wanted}: {_names(matched, said)}."
    return f"{len(matched)} are {wanted}: {_names(matched, said)}."


def _names(entities: list[Entity], said: Callable[[Entity], str]) -> str:
    names = sorted(said(e) for e in entities)
    if len(names) > 4:
        return f"{', '.join(names[:3])} and {len(names) - 3} more"
    return responses.join([f"the {n}" for n in names])


def _is(entities: list[Entity]) -> str:
    return "are" if len(entities) > 1 else "is"


def is_temperature_source(entity: Entity) -> bool:
    return entity.domain == "climate" or (entity.domain == "sensor" and entity.device_class == "temperature")


# Words in a temperature source's name (beyond its room's) that say it measures a thing, not the
# air of its room: the Kitchen Fridge's 4 degrees is no answer to "how warm is the kitchen".
_OF_A_THING = frozenset(
    {
        "fridge", "freezer", "refrigerator", "cooler", "chiller", "wine", "beer", "fermenter", "water",
        "cylinder", "tank", "boiler", "flue", "stove", "oven", "grill", "smoker", "bbq", "meat", "probe",
        "pipe", "radiator", "floor", "pool", "spa", "tub", "pond", "aquarium", "vivarium", "terrarium",
        "viv", "enclosure", "hutch", "coop", "hive", "tortoise", "basking", "soil", "compost", "mat", "urn",
        "kettle", "cpu", "server", "rack", "battery", "engine", "motor", "inverter", "solar", "panel",
        "incubator", "brooder", "plug", "device", "rail", "towel", "printer", "nozzle", "outdoor", "outside",
        "exterior",
    }
)  # fmt: skip


def of_a_thing(entity: Entity) -> bool:
    """Whether a temperature source measures a thing in its room rather than the room itself."""
    room = set(normalize(entity.area).split())
    return any(word in _OF_A_THING for word in normalize(entity.name).split() if word not in room)


def room_sources_first(sources: list[Entity]) -> list[Entity]:
    """The sources a room's temperature is read from, best first: those that measure the room's air
    (its thermostat, then its sensors) before any of a thing in it (a fridge, a vivarium)."""
    return sorted(sources, key=lambda e: (of_a_thing(e), e.domain != "climate"))


def temperature(
    area: str, sources: list[Entity], state: State, *, named: bool = False
) -> tuple[str, Entity | None]:
    """The temperature of the first source that has one (a thermostat or a temperature sensor),
    and that source. The reply names the source when it was asked for by name (`named`) or measures a
    thing, the room (`area`) otherwise: "The Kitchen Fridge is at 4 degrees", "The Kitchen is at 21"."""
    for entity in sources:
        values = state(entity)
        degrees = values.get(
            "current_temperature", values.get("state") if entity.domain == "sensor" else None
        )
        if isinstance(degrees, int | float):
            said = entity.name if named or of_a_thing(entity) or not area else area
            return responses.temperature(said, degrees), entity
    unknown = f"I don't know the temperature in the {area}." if area else "I don't know the temperature."
    return unknown, None
