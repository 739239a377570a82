"""Whether a language model's call is grounded in what was said, before anything is done.

A small model guesses: "lock the front door" becomes "set the bedroom curtains to 20 %".
A device call is kept only when the sentence points at that device:
  - it names the device: a distinctive word of its name, or a kind word that fits it
    ("heating" fits a thermostat, "door" a lock or a door sensor);
  - or it names no device at all ("I'm cold", "it's dark in here") and the device stands in
    the room the sentence names, or, when it names none, in the room the person is in.
A sentence that names something else ("turn on the tv" in a home without one) grounds no
device it did not name. English, like the templates. Dropping a call turns a wrong action
into a "sorry", which is the better mistake.
"""

from __future__ import annotations

import functools

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


def grounded(entity: Entity, text: str, here: str, catalog: Catalog) -> bool:
    """Whether `text`, said in area `here`, points at `entity` (see the module's rules)."""
    said = _words(text)
    if _names(entity, said):
        return True
    if any(_names(other, said) for other in catalog.entities()) or _THINGS & set(said):
        return False
    if _kinds_said(said):
        return False
    areas = [area for area in catalog.areas() if _contains(said, _area_words(area))]
    if areas:
        return any(normalize(area) == normalize(entity.area) for area in areas)
    return bool(here) and normalize(here) == normalize(entity.area)


def _names(entity: Entity, said: tuple[str, ...]) -> bool:
    if set(_name_words(entity.names, entity.area)) & set(said):
        return True
    return any(KINDS[word].matches(entity) for word in _kinds_said(said))


def _kinds_said(said: tuple[str, ...]) -> list[str]:
    found = []
    for size in range(1, _LONGEST_KIND + 1):
        for start in range(len(said) - size + 1):
            phrase = " ".join(said[start : start + size])
            if phrase in KINDS:
                found.append(phrase)
    return found


@functools.lru_cache(maxsize=4096)
def _name_words(names: tuple[str, ...], area: str) -> tuple[str, ...]:
    """The words of a device's names that tell it apart (not its room's, not command words)."""
    words = {singular(w) for name in names for w in normalize(name).split()}
    return tuple(sorted(words - _NOT_NAMING - set(_area_words(area))))


@functools.lru_cache(maxsize=1024)
def _area_words(area: str) -> tuple[str, ...]:
    return tuple(singular(w) for w in normalize(area).split())


def _words(text: str) -> tuple[str, ...]:
    return tuple(singular(w) for w in normalize(text).split())


def _contains(said: tuple[str, ...], words: tuple[str, ...]) -> bool:
    if not words:
        return False
    return any(said[i : i + len(words)] == words for i in range(len(said) - len(words) + 1))
