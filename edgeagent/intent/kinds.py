"""Kind words: what people call a device when they do not use its name.

"the bedroom thermostat", "lock the guest house door", "the kitchen plug": an area
(or none) and a kind word. A kind word fits an entity by its domain and device
class ("door" fits a lock, a door or garage cover and a door sensor), or by the
word appearing in the entity's own name ("sprinklers" fits "Smart Sprinkler
System"). English only, like the sentence templates we ship.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from edgeagent.catalog.model import Entity, normalize

_ANY = "*"  # any device class of the domain


@dataclass(frozen=True)
class Kind:
    word: str  # singular, normalized
    fits: tuple[tuple[str, str], ...]  # (domain, device class or "*")
    named: tuple[str, ...] = ()  # other words for it that count in a device's name
    # a word some homes use for a few of a kind only: where devices are named with it, it means them
    # ("all the lamps" are the Desk lamp and the Bed lamp, not the Ceiling light); elsewhere, all
    names_first: bool = False

    def matches(self, entity: Entity) -> bool:
        if any(entity.domain == domain and cls in (_ANY, entity.device_class) for domain, cls in self.fits):
            return True
        sensed = any(domain == "binary_sensor" for domain, _ in self.fits)
        return not sensed and any(_named(word, entity) for word in (self.word, *self.named))

    def narrowed(self, entities: Sequence[Entity]) -> list[Entity]:
        """`entities` of this kind, or those named with its word when it is said of a few only."""
        named = [e for e in entities if _named(self.word, e)] if self.names_first else []
        return named or list(entities)


def _kind(word: str, *fits: tuple[str, str]) -> Kind:
    return Kind(word, fits)


def _named_only(word: str) -> Kind:
    """A kind nothing but a device's name can tell: a radiator is no air conditioning."""
    return Kind(word, (), tuple(w for w in _AIR_CON if w != word))


_AIR_CON = ("air conditioning", "air conditioner", "air con", "aircon", "ac")


_UNCOUNTED = {
    "lighting",
    "heating",
    "air conditioning",
    "air con",
    "aircon",
    "ac",
    "motion",
    "smoke",
    "gas",
    "moisture",
    "presence",
    "occupancy",
    "irrigation",
    "climate",
    "co",
    "carbon monoxide",
    "sound",
    "power",
}
_COVERS_NAMED = ("blind", "shade", "curtain", "shutter", "awning")
# binary sensors called by what they sense: word -> device class
_SENSORS = {
    **{
        f"{sensed} {noun}": "carbon_monoxide"
        for sensed in ("carbon monoxide", "co")
        for noun in ("sensor", "detector")
    },
    "gas sensor": "gas",
    "smoke sensor": "smoke",
    "gas detector": "gas",
    "sound": "sound",
    "sound sensor": "sound",
    "occupancy sensor": "occupancy",
    "presence sensor": "presence",
    "water sensor": "moisture",
    "moisture sensor": "moisture",
    "door sensor": "door",
    "window sensor": "window",
    "vibration sensor": "vibration",
    "tamper sensor": "tamper",
}
KINDS: dict[str, Kind] = {
    kind.word: kind
    for kind in (
        _kind("light", ("light", _ANY)),
        Kind("lamp", (("light", _ANY),), names_first=True),
        _kind("lighting", ("light", _ANY)),
        _kind("fan", ("fan", _ANY)),
        _kind("thermostat", ("climate", _ANY)),
        _kind("heating", ("climate", _ANY)),
        _kind("radiator", ("climate", _ANY)),
        *(_named_only(word) for word in _AIR_CON),
        _kind("climate", ("climate", _ANY)),
        _kind("lock", ("lock", _ANY)),
        _kind("door lock", ("lock", _ANY)),
        _kind("door", ("lock", _ANY), ("cover", "door"), ("cover", "garage"), ("binary_sensor", "door")),
        _kind("front door", ("lock", _ANY), ("cover", "door"), ("binary_sensor", "door")),
        _kind("back door", ("lock", _ANY), ("cover", "door"), ("binary_sensor", "door")),
        _kind("garage door", ("cover", "garage"), ("binary_sensor", "garage_door")),
        _kind("garage", ("cover", "garage"), ("binary_sensor", "garage_door")),
        _kind("gate", ("cover", "gate")),
        _kind("window", ("cover", "window"), ("binary_sensor", "window")),
        *(_kind(word, ("cover", word)) for word in _COVERS_NAMED),
        _kind("cover", ("cover", _ANY)),
        Kind("sprinkler", (("valve", "water"),), names_first=True),
        _kind("irrigation", ("valve", "water")),
        _kind("valve", ("valve", _ANY)),
        _kind("plug", ("switch", "outlet")),
        _kind("smart plug", ("switch", "outlet")),
        _kind("outlet", ("switch", "outlet")),
        _kind("socket", ("switch", "outlet")),
        _kind("switch", ("switch", _ANY)),
        _kind("vacuum", ("vacuum", _ANY)),
        _kind("robot vacuum", ("vacuum", _ANY)),
        _kind("hoover", ("vacuum", _ANY)),
        _kind("mower", ("lawn_mower", _ANY)),
        _kind("lawn mower", ("lawn_mower", _ANY)),
        # what each sensor senses, apart, as Home Assistant keeps them: motion is not occupancy
        _kind("motion sensor", ("binary_sensor", "motion")),
        _kind("motion", ("binary_sensor", "motion")),
        _kind("presence", ("binary_sensor", "presence")),
        _kind("occupancy", ("binary_sensor", "occupancy")),
        _kind("smoke", ("binary_sensor", "smoke")),
        _kind("carbon monoxide", ("binary_sensor", "carbon_monoxide")),
        _kind("co", ("binary_sensor", "carbon_monoxide")),
        _kind("gas", ("binary_sensor", "gas")),
        _kind("leak", ("binary_sensor", "moisture")),
        _kind("water leak", ("binary_sensor", "moisture")),
        _kind("moisture", ("binary_sensor", "moisture")),
        _kind("battery", ("binary_sensor", "battery"), ("binary_sensor", "battery_charging")),
        _kind("power", ("binary_sensor", "power")),
        _kind("update", ("binary_sensor", "update")),
        _kind("smoke detector", ("binary_sensor", "smoke")),
        _kind("smoke alarm", ("binary_sensor", "smoke")),
        _kind("leak sensor", ("binary_sensor", "moisture")),
        _kind("temperature sensor", ("sensor", "temperature")),
        _kind("humidity sensor", ("sensor", "humidity")),
        _kind("co2 sensor", ("sensor", "carbon_dioxide")),
        *(_kind(word, ("binary_sensor", cls)) for word, cls in _SENSORS.items()),
        _kind("opening", ("binary_sensor", "opening")),  # what Home Assistant calls an opening
    )
}


def singular(word: str) -> str:
    """lights -> light, switches -> switch, batteries -> battery (good enough for kind words)."""
    if word.endswith("ies") and len(word) > 4:
        return f"{word[:-3]}y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def kind_of(phrase: str) -> Kind | None:
    """The kind a phrase names: "lights", "garage door", "smart plugs"."""
    words = normalize(phrase).split()
    if not words:
        return None
    spoken = " ".join([*words[:-1], singular(words[-1])])
    return KINDS.get(spoken) or KINDS.get(" ".join(words))


def _named(word: str, entity: Entity) -> bool:
    """The kind word is in the entity's name: "sprinklers" in "Smart Sprinkler System"."""
    wanted = tuple(word.split())
    for name in entity.names:
        said = _singular_words(name)
        for start in range(len(said) - len(wanted) + 1):
            if said[start : start + len(wanted)] == wanted:
                return True
    return False


@functools.lru_cache(maxsize=8192)
def _singular_words(name: str) -> tuple[str, ...]:
    """A name's words, each singular: asked once per name, not once per kind word."""
    return tuple(singular(w) for w in normalize(name).split())


def words_for(entity: Entity) -> set[str]:
    """The kind words that fit an entity, for the sentence templates' name lists."""
    return {word for word, kind in KINDS.items() if kind.matches(entity)}


def plural(word: str) -> str:
    last = word.split()[-1]
    if last.endswith(("ch", "sh", "ss", "x")):
        return f"{word}es"
    if last in _UNCOUNTED:
        return word
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        return f"{word[:-1]}ies"
    return f"{word}s"


def fits_head(phrase: str, entity: Entity | None) -> bool:
    """A spoken phrase whose last word names a kind may only mean an entity of that kind
    ("best lamp" may become "desk lamp", never "desk fan"), and never an area (None)."""
    words = normalize(phrase).split()
    kind = KINDS.get(singular(words[-1])) if words else None
    if kind is None:
        return True
    return entity is not None and kind.matches(entity)
