"""Names as people shorten them: a vendor's or a model's word left off.

Integrations name devices the way the box says ("Elgato Key Light", "LG OLED TV", "Aqara Water
Leak Sensor"); people say "the key light", "the oled tv", "the leak sensor". A name of three words
or more is also said without its first word, and as its last two; such a short form is a name
only when it is this home's one device's, no room is in it (a "Master Bedroom Fan" is never "the
bedroom fan": that is the Bedroom's fan), it holds a word that tells one device from another ("the
ceiling light" of a "Philips Ceiling Light" is the ceiling light of the room people stand in), and no
name or kind already says it.
"""

from __future__ import annotations

from collections.abc import Iterable

from edgeagent.catalog.model import Entity, normalize
from edgeagent.intent.telling import KIND_WORDS, ROOM_WORDS

_SHORTEST_NAME = 3  # words: "Desk Lamp" is said whole
# Words that say what a device is or where it hangs, not which one: a short form of only these ("ceiling
# light", "leak sensor") is what people call the one in the room they stand in, never a name
_GENERIC_LINES = (
    "ceiling night table floor desk bedside wall strip pendant spot spots main big small little reading",
    "accent string led smart water leak motion door window temperature humidity power energy sensor",
    "plug bulb relay outlet socket detector alarm contact button remote",
)
_GENERIC = KIND_WORDS | frozenset(word for line in _GENERIC_LINES for word in line.split())


def shortened(entities: Iterable[Entity], taken: set[str], areas: Iterable[str]) -> list[tuple[str, Entity]]:
    """(short form, entity) for every short form of a name that only one device has."""
    rooms = ROOM_WORDS | {word for area in areas for word in normalize(area).split()}
    owners: dict[str, set[str]] = {}
    by_id: dict[str, Entity] = {}
    for entity in entities:
        by_id[entity.id] = entity
        for name in entity.names:
            for short in _short_forms(normalize(name)):
                owners.setdefault(short, set()).add(entity.id)
    return [
        (short, by_id[next(iter(ids))])
        for short, ids in owners.items()
        if len(ids) == 1 and short not in taken and not rooms & set(short.split()) and _telling(short)
    ]


def _telling(short: str) -> bool:
    return not set(short.split()) <= _GENERIC


def _short_forms(name: str) -> set[str]:
    words = name.split()
    if len(words) < _SHORTEST_NAME:
        return set()
    return {" ".join(words[1:]), " ".join(words[-2:])}
