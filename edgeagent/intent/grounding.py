"""Whether a language model's call is grounded in what was said, before anything is done.

A small model guesses: "lock the front door" becomes "set the bedroom curtains to 20 %".
A call is kept only when the sentence points at it:
  - a sentence that names devices by a word only their names have ("the café string lights")
    grounds those devices and no others (not one whose words said are fewer than another's and
    all among them), and a kind word said with it must fit too ("the desk lamp" is never the
    desk fan);
  - else a kind word ("heating", "blinds") grounds devices of that kind: in the rooms and floors
    said, else in the person's room when it has one, else anywhere; but none when a word before
    it names nothing of this home ("the terrace light", "the desk lamp" in a home with neither);
  - a number said that names or rooms hold ("the light in bedroom 2") rules out every device
    whose name and room lack it;
  - a sentence that names nothing but says what is wrong ("I'm cold", "it's dark in here")
    grounds the devices that can help with it in the room it names, or else in the person's room
    (a question needs no such cue: it changes nothing);
  - naming a thing or a room this home lacks ("the tv", "the garden lights" in a flat), or a room
    only loosely ("the guest bathroom" is not the Bathroom), grounds nothing, nor does a device
    said after "not", nor a negated sentence ("don't ..."); a room named in two languages
    ("Küche / Kitchen") is said by either;
  - every number and word value the call carries (20 %, 21 degrees, "blue") was said.
English, like the templates. A dropped call turns a wrong action into a "sorry", the better
mistake.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Mapping, Sequence

from edgeagent.catalog.model import Catalog, Entity, normalize, spoken_areas
from edgeagent.intent.kinds import KINDS, singular
from edgeagent.intent.lexicon import numbers_in
from edgeagent.intent.telling import ROOM_WORDS

logger = logging.getLogger(__name__)

Floors = Mapping[str, tuple[str, ...]]  # floor -> its areas


def _word_set(*lines: str) -> frozenset[str]:
    """Words as the sentence's words are compared: normalized, singular."""
    return frozenset(singular(word) for word in normalize(" ".join(lines)).split())


# Words of device names that say nothing about which device: commands, articles, fillers.
_NOT_NAMING = _word_set(
    "a an the my our your and of in on off to up down for with smart",
    "turn switch set open close start stop lock unlock main big small little new old left right",
    "one two 1 2 3 4",
)
# Things people name that a home may not have; naming one grounds no other device.
_THINGS = _word_set(
    "tv television oven dishwasher sauna fridge freezer microwave radio speaker music computer",
    "printer dryer washer jacuzzi pool kettle heater boiler car",
)
_ROOM_WORDS = _word_set(*ROOM_WORDS)
_FLOOR_WORDS = _word_set("floor ground first second top upstairs downstairs")
_HERE = (("in", "here"), (singular("this"), "room"))
_NEGATIONS = _word_set("dont never")
_NOT = _word_set("not")
# What a sentence naming no device can be about: the domains that help, and words a switch's name
# needs to help too (a coffee machine does not warm anyone).
_CUES = (
    (
        _word_set("cold chilly freezing warm hot boiling roasting stuffy sweating shivering heat"),
        frozenset({"climate", "fan"}),
        _word_set("heater heating radiator fan towel blanket fire window skylight"),
    ),
    (
        _word_set("dark bright see read black gloomy dim glare glaring sun daylight"),
        frozenset({"light"}),
        _word_set("lamp light lights led strip blind blinds curtain curtains shutter shade tree"),
    ),
    (
        _word_set("dry thirsty watering water"),
        frozenset({"valve"}),
        _word_set("sprinkler sprinklers irrigation water pump hose"),
    ),
)
_LONGEST_KIND = max(len(word.split()) for word in KINDS)
_KIND_WORDS = frozenset(w for word in KINDS for w in word.split())
# Words said before a kind word that name no particular device: "the other light", "need light".
_NOT_A_MODIFIER = (
    _NOT_NAMING
    | _FLOOR_WORDS
    | _KIND_WORDS
    | _word_set(
        "all every each some any no other another both these those this that more less much too very",
        "me it them i we you he she they his her their its please just also now again need want get",
        "give put let have keep make leave bring us is are be was only kill cut flip hit dim brighten",
        "raise lower shut toggle power activate deactivate enable disable run",
    )
    | frozenset(word for cue, _, _ in _CUES for word in cue)
)
_KIND_HEADS = frozenset(word.split()[-1] for word in KINDS)  # "door" of "front door": "front" names


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
    if _NEGATIONS & set(said) or _contains(said, ("do", "not")) or _said_after_not(entity, said):
        return False
    if _number_unsaid(entity, text, here) or _other_number(entity, text, catalog):
        return False
    kinds = _kinds_said(said)
    fits_kinds = not kinds or any(KINDS[k].matches(entity) for k in kinds)
    naming = set(said) - _FLOOR_WORDS - {w for floor in floors for w in _area_words(floor)}
    named = _named(naming, catalog)
    if named:
        return entity.id in named and fits_kinds and _among_named(entity, named, said, here, catalog, floors)
    if _THINGS & set(said) or not fits_kinds or _unknown_modifier(said, catalog, floors):
        return False
    if not kinds and not asking and not _cued(entity, said):
        return False
    places = _places_said(said, here, catalog, floors)
    if places is not None:
        return normalize(entity.area) in places
    if kinds:
        return _in_here_if_any(entity, kinds, here, catalog)
    return bool(here) and normalize(here) == normalize(entity.area)


def _number_unsaid(entity: Entity, text: str, here: str) -> bool:
    """ "Lamp 1", or a device in "Bedroom 2" from elsewhere, is meant only when its number was said:
    "lamp too" is neither lamp."""
    elsewhere = (entity.area,) if normalize(entity.area) != normalize(here) else ()
    numbers = {n for part in (*entity.names, *elsewhere) for n in numbers_in(part)}
    return bool(numbers) and not numbers & numbers_in(text)


def _other_number(entity: Entity, text: str, catalog: Catalog) -> bool:
    """A number said that names or rooms of this home hold ("the light in bedroom 2") rules out
    every device whose name and room lack it: the "Bedroom Light" as much as the "Bedroom 1 Light"."""
    holding = _numbers_held(tuple(catalog.entities()))
    meant = numbers_in(text) & holding
    own = {n for part in (*entity.names, entity.area) for n in numbers_in(part)}
    return bool(meant) and not meant & own


@functools.lru_cache(maxsize=16)
def _numbers_held(entities: tuple[Entity, ...]) -> frozenset[float]:
    return frozenset(n for e in entities for part in (*e.names, e.area) for n in numbers_in(part))


def _among_named(
    entity: Entity, named: set[str], said: tuple[str, ...], here: str, catalog: Catalog, floors: Floors
) -> bool:
    """Of several devices the words said name alike ("the parlour ceiling light" in a home with a
    ceiling light in three rooms), the one in the place said, if one was said. A place said rules
    out the one device named too, unless its name holds that place ("the radio in the bedroom" is
    not the Radio Plug in the kitchen; "the kitchen radio" is the Kitchen Radio wherever it is)."""
    places = _places_said(said, here, catalog, floors)
    if places is None or normalize(entity.area) in places:
        return True
    if len(named) > 1:
        return False
    own = set(_name_words(entity.names, entity.area))
    return bool(places) and all(set(_area_words(place)) <= own for place in places)


def _named(naming: set[str], catalog: Catalog) -> set[str]:
    """The devices a word only their names have points at; of several, not one whose words said are
    fewer than another's and all among them ("persianas inteligentes" is the "Persianas
    inteligentes", not the "Barbacoa inteligente")."""
    words_of = {e.id: set(_name_words(e.names, e.area)) for e in catalog.entities()}
    said_of = {entity: found for entity, words in words_of.items() if (found := words & naming)}
    named = {
        entity for entity, found in said_of.items() if not any(found < other for other in said_of.values())
    }
    whole = {entity for entity in named if words_of[entity] <= naming}  # "the water main", not "heater"
    return whole or named


def _unknown_modifier(said: tuple[str, ...], catalog: Catalog, floors: Floors) -> bool:
    """A kind word said after a word no name or room of this home has ("the terrace light", "the desk
    lamp" in a home with neither): it names a device this home lacks, never another of that kind."""
    known = _home_words(tuple(catalog.entities()), tuple(floors))
    for start, phrase in _kind_spans(said):
        before = said[start - 1] if start else ""
        if before and before not in known | _NOT_A_MODIFIER and not _numeric(before):
            logger.debug("%r before %r names nothing of this home", before, phrase)
            return True
    return False


@functools.lru_cache(maxsize=16)
def _home_words(entities: tuple[Entity, ...], floors: tuple[str, ...]) -> frozenset[str]:
    words = {w for e in entities for part in (*e.names, e.area) for w in _words(part)}
    return frozenset(words | {w for floor in floors for w in _words(floor)})


def _numeric(word: str) -> bool:
    return bool(numbers_in(word))


def _in_here_if_any(entity: Entity, kinds: list[str], here: str, catalog: Catalog) -> bool:
    """A kind said with no place: the person's room's device of that kind, when their room has one."""
    in_here = [
        e
        for e in catalog.entities()
        if here and normalize(e.area) == normalize(here) and any(KINDS[k].matches(e) for k in kinds)
    ]
    return not in_here or entity in in_here


def _cued(entity: Entity, said: tuple[str, ...]) -> bool:
    """A sentence naming no device says what is wrong ("cold", "dark"): the device can help with it."""
    words = {singular(w) for name in entity.names for w in normalize(name).split()} | {entity.device_class}
    return any(
        cue & set(said) and (entity.domain in domains or bool(words & named_so))
        for cue, domains, named_so in _CUES
    )


def _said_after_not(entity: Entity, said: tuple[str, ...]) -> bool:
    """ "the kitchen light, not the hallway light": a device named just after "not" is not meant."""
    own = set(_name_words(entity.names, entity.area)) | set(_area_words(entity.area))
    return any(w in _NOT and own & set(said[i + 1 : i + 4]) for i, w in enumerate(said))


_ON_WORDS = _word_set("on open lock up start activate raise engage extend")
_OFF_WORDS = _word_set("off close closed shut unlock down stop lower disengage retract")
_START_WORDS = _word_set("start clean vacuum hoover mow mowing cut run go")
_DOCK_WORDS = _word_set("back base dock home return charger charging station stop")
_POLAR = _ON_WORDS | _OFF_WORDS | _START_WORDS | _DOCK_WORDS
# words of a person correcting what they just said ("no, off", "uh, close", "I mean")
_CORRECTING = _word_set("no sorry actually mean rather wait uh um er erm")
# a verb said with "in" and the verb it stands for: "can you let her in", "bring the awning in"
_PHRASAL = ((frozenset({"let"}), "unlock"), (_word_set("bring roll pull wind fold"), "close"))
# intent -> (words that say it, words that say its opposite)
_VERBS = {
    "HassTurnOn": (_ON_WORDS, _OFF_WORDS),
    "HassTurnOff": (_OFF_WORDS, _ON_WORDS),
    "HassVacuumStart": (_START_WORDS, _DOCK_WORDS),
    "HassVacuumReturnToBase": (_DOCK_WORDS, _START_WORDS),
    "HassLawnMowerStartMowing": (_START_WORDS, _DOCK_WORDS),
    "HassLawnMowerDock": (_DOCK_WORDS, _START_WORDS),
}


def says_the_opposite(intent: str, text: str, names: Sequence[str] = ()) -> bool:
    """The sentence asks for the opposite of `intent` and nothing of it: "lock the door" read as an
    unlock, "send the roomba back to its base" as a start. A model's call that does is dropped. Of a
    sentence of several requests, the one that names the device counts ("put the football on, then
    the hue go off" turns the Hue Go off), and the device's own name says nothing ("front door
    lock, disengage" asks for no lock). A person who corrects themselves means the last word they
    said: "turn on, no, off the porch light" asks for no "on"."""
    if intent not in _VERBS:
        return False
    clause = _clause_words(text, names)
    said = set(clause) | {verb for verbs, verb in _PHRASAL if set(clause) & verbs and "in" in clause}
    meant, opposite = _VERBS[intent]
    if said & meant and said & opposite and said & _CORRECTING:  # "open the, uh, close the blind"
        return next(word for word in reversed(clause) if word in meant | opposite) in opposite
    return bool(said & opposite) and not said & meant


_CLAUSES = re.compile(r"[,;.!?]+|\b(?:and then|then|and|after that)\b", re.IGNORECASE)


def _clause_words(text: str, names: Sequence[str]) -> tuple[str, ...]:
    """The words of the part of `text` that says one of `names`, without the name (with the part
    after it, or else before it, when it says no verb: "front door lock, disengage"); else of all."""
    spoken = [spelt for name in names if (spelt := " ".join(_words(name)))]
    clauses = [" ".join(_words(clause)) for clause in _CLAUSES.split(text) if clause and clause.strip()]
    for at, plain in enumerate(clauses):
        for name in spoken:
            if re.search(rf"\b{re.escape(name)}\b", plain):
                said = tuple(re.sub(rf"\b{re.escape(name)}\b", " ", plain).split())
                for near in (at + 1, at - 1):
                    if not set(said) & _POLAR and 0 <= near < len(clauses):
                        said += tuple(clauses[near].split())
                return said
    return _words(text)


def value_left_out(slots: Mapping[str, object], text: str, catalog: Catalog) -> bool:
    """The sentence says a value ("to 300 percent", "at minus 10") and the call carries none: it would
    do something other than what was asked. Numbers that are part of a name or room ("lamp 2",
    "bedroom 2") are no values."""
    if any(isinstance(v, int | float) and not isinstance(v, bool) for v in slots.values()):
        return False
    named = {n for e in catalog.entities() for text_ in (*e.names, e.area) for n in numbers_in(text_)}
    return bool(numbers_in(text) - named)


def values_said(slots: Mapping[str, object], text: str) -> bool:
    """Every number and word value of a call is in the sentence: no invented 20 % or 21 degrees."""
    normalized = f" {normalize(text)} "
    numbers = numbers_in(text) | ({50.0} if " half " in normalized else set())
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
    spoken = spoken_areas(catalog.areas()).items()
    found = [(area, at) for name, area in spoken if (at := _where(said, name)) is not None]
    places = {normalize(area) for area, at in found if not _loose(said, at)}
    for floor, areas in floors.items():
        if _contains(said, _area_words(floor)):
            places |= {normalize(a) for a in areas}
    if here and any(_contains(said, words) for words in _HERE):
        places.add(normalize(here))
    known = _home_words(tuple(catalog.entities()), tuple(floors))
    unknown = (_ROOM_WORDS & set(said)) - known
    if places:
        return places
    return set() if unknown or found or _floor_said(said) or _numbered_room(said, catalog) else None


def _numbered_room(said: tuple[str, ...], catalog: Catalog) -> bool:
    """A room said with a number that no area of this home has ("bedroom 2" where there is only a
    Master Bedroom): a place this home lacks, whatever else holds that number ("Lamp 2")."""
    areas = [set(_area_words(area)) for area in catalog.areas()]
    return any(
        word in _ROOM_WORDS and _numeric(number) and not any({word, number} <= area for area in areas)
        for word, number in itertools.pairwise(said)
    )


def _where(said: tuple[str, ...], name: str) -> int | None:
    """Where an area's spoken name starts in `said`, or None."""
    words = _area_words(name)
    for start in range(len(said) - len(words) + 1):
        if words and said[start : start + len(words)] == words:
            return start
    return None


def _loose(said: tuple[str, ...], at: int) -> bool:
    """An area said with a room word before it that it lacks: "guest bathroom" is not the Bathroom,
    "master bedroom" not the Bedroom."""
    return at > 0 and said[at - 1] in _ROOM_WORDS - _FLOOR_WORDS


def _floor_said(said: tuple[str, ...]) -> bool:
    return "floor" in said and any(w in said for w in ("ground", "first", "second", "top"))


def says_a_kind(text: str) -> bool:
    """Does the sentence name a kind of device ("the big light", "a lamp"), not only a need ("too dark")?"""
    return bool(_kinds_said(_words(text)))


def says_a_name(text: str, catalog: Catalog) -> bool:
    """Does the sentence say a word that only some devices' names have ("the viv")?"""
    return bool(_named(set(_words(text)), catalog))


def _kinds_said(said: tuple[str, ...]) -> list[str]:
    return [phrase for _, phrase in _kind_spans(said)]


def _kind_spans(said: tuple[str, ...]) -> list[tuple[int, str]]:
    """Each kind said and where it starts ("garage door": "garage", "door" and "garage door")."""
    found = []
    for size in range(1, _LONGEST_KIND + 1):
        for start in range(len(said) - size + 1):
            phrase = " ".join(said[start : start + size])
            if phrase in KINDS and not _a_verb(said, start, phrase):
                found.append((start, phrase))
    return found


def _a_verb(said: tuple[str, ...], start: int, phrase: str) -> bool:
    """ "switch on the sprinklers": the command, not a switch."""
    return phrase == "switch" and (start == 0 or said[start + 1 : start + 2] in (("on",), ("off",)))


@functools.lru_cache(maxsize=4096)
def _name_words(names: tuple[str, ...], area: str) -> tuple[str, ...]:
    """The words of a device's names that tell it apart: not its room's, not kind or command words."""
    words = {singular(w) for name in names for w in normalize(name).split()}
    return tuple(sorted(words - _NOT_NAMING - _KIND_HEADS - set(_area_words(area))))


@functools.lru_cache(maxsize=1024)
def _area_words(area: str) -> tuple[str, ...]:
    return tuple(singular(w) for w in normalize(area).split())


def _words(text: str) -> tuple[str, ...]:
    return tuple(singular(w) for w in normalize(text).split())


def _contains(said: tuple[str, ...], words: tuple[str, ...]) -> bool:
    if not words:
        return False
    return any(said[i : i + len(words)] == words for i in range(len(said) - len(words) + 1))
