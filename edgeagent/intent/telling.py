"""Words that tell devices apart: numbers, rooms and kinds. Said, they rule out what lacks them.

A name found for a phrase by its spelling or sound (a misheard name mended, a name spelled a
little differently) is taken only when it keeps every telling word of the phrase and the phrase
says every number of the name: "bedroom 2" is never "Bedroom" or "Bedroom 1", "the dining room
light" never the "Living room light", "guest bathroom" never "Guest bedroom", "living room heat"
never the "Living room light". A word may become a longer or shorter form of it ("hall" /
"hallway"), its plural, or a word for the same kind ("light" / "lamp"): that is hearing it
right, not another room or kind.
"""

from __future__ import annotations

import itertools
import re

from edgeagent.catalog.model import normalize
from edgeagent.intent.kinds import KINDS, singular
from edgeagent.intent.lexicon import NUMBER_WORDS

# What people call rooms and places of a home, whether or not this home has them.
_ROOMS = (
    "kitchen bedroom bathroom lounge hallway hall office study basement cellar attic loft porch",
    "patio balcony nursery playroom yard garden garage living dining sitting family guest master",
    "main spare kids kid children laundry utility pantry den toilet restroom washroom shower closet",
    "wardrobe entry entrance foyer lobby terrace deck veranda conservatory sunroom mudroom workshop",
    "shed gym library landing stairs staircase stairway upstairs downstairs corridor ensuite bath",
    "lanai gazebo driveway courtyard backyard frontyard greenhouse barn pool cabin cottage annex",
)
ROOM_WORDS = frozenset(word for line in _ROOMS for word in line.split())
# Kind words said as one word ("light", "heat", "blinds"), as a device's kind.
KIND_WORDS = frozenset(w for word in KINDS for w in word.split()) | {"heat", "heater", "ceiling"}
_NOT_TELLING = frozenset({"front", "back", "door", "smart", "robot", "lawn", "water"})
TELLING = (ROOM_WORDS | KIND_WORDS) - _NOT_TELLING
_DIGITS = {word: str(value) for word, value in NUMBER_WORDS.items() if value > 1}


def numbers(text: str) -> frozenset[str]:
    """The numbers of a phrase or name, as digits: "bedroom two" and "Bedroom 2" both {"2"}. The
    word "one" is left out ("the kitchen one" is no number), the digit 1 is not."""
    said = normalize(text).split()
    return frozenset(_digits(said) | {_DIGITS[word] for word in said if word in _DIGITS})


def _digits(words: list[str]) -> set[str]:
    return {word for word in words if re.fullmatch(r"\d+", word)}


def keeps(said: str, name: str) -> bool:
    """Whether `name` may be taken for the phrase `said`: the name's numbers said, no number said
    that the name lacks, and each telling word said in the name too (or a longer word it starts, or
    its plural). A number word may be a word of a name without numbers misheard, in its place
    ("christmas three" for "Christmas tree"), never one left out ("bedroom two" for "Bedroom")."""
    wanted, named = normalize(said).split(), normalize(name).split()
    if not numbers(name) <= numbers(said) or not _digits(wanted) <= _digits(named):
        return False
    if not numbers(said) <= numbers(name) and (numbers(name) or len(wanted) != len(named)):
        return False
    heard = [singular(word) for word in named]
    for word in wanted:
        word = singular(word)
        if word in TELLING and not any(_heard_as(word, other) for other in heard):
            return False
    return _same_owner(wanted, named)


def _same_owner(wanted: list[str], named: list[str]) -> bool:
    """The word before a room word tells rooms apart as much as the room word ("Sam's room" is never
    "Tom's Room", "spare room" never "guest room"): said, it must be that word, or nearly its
    spelling ("priyas" heard "prias")."""
    from rapidfuzz import fuzz

    said_before = {after: before for before, after in itertools.pairwise(wanted)}
    for before, after in itertools.pairwise(named):
        room = singular(after)
        if room not in _ROOM_HEADS or before in TELLING or numbers(before):
            continue
        said = said_before.get(after)
        if said is not None and said not in TELLING and fuzz.ratio(said, before) < _OWNER_SPELLING:
            return False
    return True


_ROOM_HEADS = ROOM_WORDS | {"room"}
_OWNER_SPELLING = 75  # percent: "priyas" / "prias" is the same person, "sams" / "toms" is not


def _heard_as(word: str, other: str) -> bool:
    """The same word, a longer or shorter form of it ("hall" / "hallway"), or a kind word of the
    same kind ("light" / "lamp")."""
    if other.startswith(word) or (len(other) >= 4 and word.startswith(other)):
        return True
    kind, other_kind = KINDS.get(word), KINDS.get(other)
    return bool(kind and other_kind and kind.fits and kind.fits == other_kind.fits)
