"""Whether a language model's call is grounded in what was said, before anything is done.

A small model guesses: "lock the front door" becomes "set the bedroom curtains to 20 %".
A call is kept only when the sentence points at it:
  - a sentence that names devices by a word only their names have ("the café string lights")
    grounds those devices and no others;
  - else a kind word ("heating", "blinds") grounds devices of that kind, and a place it names
    (a room, a floor, "in here") must hold the device;
  - a sentence that names nothing but says what is wrong ("I'm cold", "it's dark in here")
    grounds the devices that can help with it in the room it names, or else in the person's room
    (a question needs no such cue: it changes nothing);
  - naming a thing or a room this home lacks ("the tv", "the garden lights" in a flat) grounds
    nothing;
  - every number and word value the call carries (20 %, 21 degrees, "blue") was said.
English, like the templates. A dropped call turns a wrong action into a "sorry", the better
mistake.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from edgeagent.catalog.model import Catalog, Entity, normalize
from edgeagent.intent.kinds import KINDS, singular


def _word_set(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


# Words of device names that say nothing about which device: commands, articles, fillers.
_NOT_NAMING = _word_set(
    "a an the my our your and of in on off to up down for with smart",
    "turn switch set open close start stop lock unlock main big small little new old left right",
    "one two 1 2 3 4",
)
# Things people name that a home may not have; naming one grounds no other device.
_THINGS = _word_set(
    "tv television oven dishwasher sauna fridge freezer microwave radio speaker music computer",
    "printer dryer washer jacuzzi pool hot tub kettle heater boiler car",
)
_LONGEST_KIND = max(len(word.split()) for word in KINDS)
_KIND_WORDS = frozenset(w for word in KINDS for w in word.split())


Floors = Mapping[str, tuple[str, ...]]  # floor -> its areas
_ROOM_WORDS = frozenset(
    singular(word)  # compared with the sentence's words, which are made singular too
    for word in _word_set(
        "garden garage kitchen bedroom bathroom lounge hallway hall office study basement cellar attic",
        "loft porch patio balcony nursery playroom yard upstairs downstairs landing",
    )
)
_HERE = (("in", "here"), ("this", "room"))
_NEGATIONS = _word_set("dont never")  # as normalize() writes them
# What a sentence naming no device can be about, and the kinds of device that help with it.
_CUES = (
    (
        _word_set(
            "cold chilly freezing warm hot boiling roasting stuffy sweating shivering heat warmer cooler"
        ),
        frozenset({"climate", "fan", "switch", "cover"}),
    ),
    (
        _word_set("dark bright see read black gloomy dim glare glaring sun daylight"),
        frozenset({"light", "cover", "switch"}),
    ),
    (_word_set("dry thirsty watering water"), frozenset({"valve", "switch"})),
)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 50,
}  # fmt: skip


def grounded(
    entity: Entity,
    text: str,
    here: str,
    catalog: Catalog,
    floors: Floors | None = None,
    *,
    asking: bool = False,
) -> bool:
    """Whether `text`, said in area `here`, points at `entity` (see the module's rules); a question
    (`asking`) needs no cue, since it changes nothing."""
    said, floors = _words(text), floors or {}
    if _NEGATIONS & set(said) or _contains(said, ("do", "not")):
        return False  # "don't turn off the hallway light" is not a command to act on
    naming = set(said) - _place_words(catalog, floors)  # "the ground floor" does not name "Floor lamp"
    named = [e.id for e in catalog.entities() if set(_name_words(e.names, e.area)) & naming]
    if named:
        return entity.id in named
    kinds = _kinds_said(said)
    if _THINGS & set(said) or (kinds and not any(KINDS[k].matches(entity) for k in kinds)):
        return False
    if not kinds and not asking and not _cued(entity, said):
        return False
    places = _places_said(said, here, catalog, floors)
    if places is not None:
        return normalize(entity.area) in places
    return bool(kinds) or (bool(here) and normalize(here) == normalize(entity.area))


def _cued(entity: Entity, said: tuple[str, ...]) -> bool:
    """A sentence naming no device says what is wrong ("cold", "dark"): the device can help with it."""
    return any(words & set(said) and entity.domain in domains for words, domains in _CUES)


def _place_words(catalog: Catalog, floors: Floors) -> set[str]:
    return {w for place in (*catalog.areas(), *floors) for w in _area_words(place)}


def values_said(slots: Mapping[str, object], text: str) -> bool:
    """Every number and word value of a call is in the sentence: no invented 20 % or 21 degrees."""
    normalized = f" {normalize(text)} "
    numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)}
    numbers |= {float(v) for w, v in _NUMBER_WORDS.items() if f" {w} " in normalized}
    for slot, value in slots.items():
        if slot == "name":
            continue
        if isinstance(value, int | float) and not isinstance(value, bool) and float(value) not in numbers:
            return False
        if isinstance(value, str) and f" {normalize(value)} " not in normalized:
            return False
    return True


def _places_said(said: tuple[str, ...], here: str, catalog: Catalog, floors: Floors) -> set[str] | None:
    """The areas the sentence names (rooms, floors, "in here"); None when it names no place; an
    empty set when it names only places this home does not have."""
    places = {normalize(a) for a in catalog.areas() if _contains(said, _area_words(a))}
    for floor, areas in floors.items():
        if _contains(said, _area_words(floor)):
            places |= {normalize(a) for a in areas}
    if here and any(_contains(said, words) for words in _HERE):
        places.add(normalize(here))
    unknown = {w for w in _ROOM_WORDS & set(said) if not any(w in _area_words(a) for a in catalog.areas())}
    if places:
        return places
    return set() if unknown or _floor_said(said) else None


def _floor_said(said: tuple[str, ...]) -> bool:
    return "floor" in said and any(w in said for w in ("ground", "first", "second", "top"))


def _kinds_said(said: tuple[str, ...]) -> list[str]:
    found = []
    for size in range(1, _LONGEST_KIND + 1):
        for start in range(len(said) - size + 1):
            phrase = " ".join(said[start : start + size])
            if phrase in KINDS and not _a_verb(said, start, phrase):
                found.append(phrase)
    return found


def _a_verb(said: tuple[str, ...], start: int, phrase: str) -> bool:
    """ "switch on the sprinklers": the command, not a switch."""
    return phrase == "switch" and (start == 0 or said[start + 1 : start + 2] in (("on",), ("off",)))


@functools.lru_cache(maxsize=4096)
def _name_words(names: tuple[str, ...], area: str) -> tuple[str, ...]:
    """The words of a device's names that tell it apart: not its room's, not kind or command words."""
    words = {singular(w) for name in names for w in normalize(name).split()}
    return tuple(sorted(words - _NOT_NAMING - _KIND_WORDS - set(_area_words(area))))


@functools.lru_cache(maxsize=1024)
def _area_words(area: str) -> tuple[str, ...]:
    return tuple(singular(w) for w in normalize(area).split())


def _words(text: str) -> tuple[str, ...]:
    return tuple(singular(w) for w in normalize(text).split())


def _contains(said: tuple[str, ...], words: tuple[str, ...]) -> bool:
    if not words:
        return False
    return any(said[i : i + len(words)] == words for i in range(len(said) - len(words) + 1))
