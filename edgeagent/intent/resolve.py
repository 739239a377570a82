"""From the names, areas, kinds and domains a person said to catalog entities.

Never a guess: an unknown name is an error that says so, and a name that fits
several devices equally well (with no area to tell them apart) is a question
back to the person. A name is tried as a device's own name first, then as
the only name holding every word said ("back door"), then as an area and a
kind ("bedroom thermostat", "garden sprinklers"), then spelled a little
differently ("kitchn light"), never onto a device of another kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from edgeagent.catalog.model import Entity, normalize, spoken_areas
from edgeagent.errors import EdgeAgentError
from edgeagent.intent import kinds, queries, telling


class ResolveError(EdgeAgentError):
    """What to say instead of acting: the message is spoken."""

    stage = "intent"


class Unclear(ResolveError):
    """A question back: which of `options` (or, with none, which room)? The answer completes it."""

    def __init__(self, code: str, message: str, options: tuple[Entity, ...] = ()) -> None:
        super().__init__(code, message)
        self.options = options


@dataclass(frozen=True)
class Target:
    names: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()  # empty: any
    device_class: str = ""
    kind: str = ""  # a kind word ("window"): every device of that kind (in `domains`, if any)
    state: str = ""  # a question's state word ("open"): the devices that can be in it
    everywhere: bool = False  # "all the lights", "are any windows open": the whole home, not just here


def resolve(
    target: Target, entities: Sequence[Entity], *, here: str = "", fuzzy_cutoff: int = 80
) -> list[Entity]:
    """The entities the target means. A question's state word picks among them ("are any doors
    open": the door sensors and covers, not the locks); when none of them can be in that state,
    the devices that can are tried ("is the front door open" with a lock named "Front door" asks
    its door sensor), and the first answer stands if they fit nothing."""
    found = _resolve(target, entities, here, fuzzy_cutoff)
    if not target.state or any(queries.can_be(e, target.state) for e in found):
        return queries.able_to_be(target.state, found)
    able = [e for e in entities if queries.can_be(e, target.state)]
    try:
        return _resolve(target, able, here, fuzzy_cutoff) or found
    except ResolveError:
        return found


def _resolve(target: Target, entities: Sequence[Entity], here: str, fuzzy_cutoff: int) -> list[Entity]:
    candidates = [e for e in entities if _fits(target, e)]
    if target.names:
        found: list[Entity] = []
        for name in target.names:
            found += _by_name(name, candidates, target.areas, here, fuzzy_cutoff)
        return _unique(found)
    found = _of_kind(target, candidates, here)
    kind = kinds.KINDS.get(target.kind) if target.kind else None
    return kind.narrowed(found) if kind else found  # "all the lamps" of a home with lamps are those


def _of_kind(target: Target, candidates: list[Entity], here: str) -> list[Entity]:
    if target.everywhere and not target.areas:
        if not candidates:
            raise ResolveError("no_devices", f"I don't know any {_what(target)}.")
        return candidates
    if not target.areas and len(candidates) == 1 and (target.domains or target.kind):
        return candidates  # "start the vacuum" in a home with one vacuum
    return _in_areas(target, candidates, target.areas or ((here,) if here else ()))


def _fits(target: Target, entity: Entity) -> bool:
    if target.kind:  # a kind, and the domain the sentence acts on if it says one ("lock all the doors")
        kind = kinds.KINDS.get(target.kind)
        in_domain = not target.domains or entity.domain in target.domains
        return kind is not None and kind.matches(entity) and in_domain
    if target.domains and entity.domain not in target.domains:
        return False
    return not target.device_class or entity.device_class == target.device_class


def _in_areas(target: Target, candidates: Sequence[Entity], areas: Sequence[str]) -> list[Entity]:
    if not areas:
        raise Unclear("area_unknown", f"I know several {_what(target)}. Which room?")
    found = [e for e in candidates if any(same(e.area, area) for area in areas)]
    if not found:
        raise ResolveError("no_devices", f"I don't know any {_what(target)} in {_place(areas)}.")
    return found


def _by_name(
    name: str, candidates: Sequence[Entity], areas: Sequence[str], here: str, cutoff: int
) -> list[Entity]:
    """Each way of reading the name in turn (exact, every word, area and kind, spelling); with a
    room said, the first that finds a device there: "the heating in the living room" is its
    thermostat, never the "Bedroom heating" two floors up."""
    wanted = normalize(name)
    ways: tuple[Callable[[], list[Entity]], ...] = (
        lambda: [e for e in candidates if wanted in {normalize(n) for n in e.names}],
        lambda: _by_words(wanted, candidates),
        lambda: _by_kind(wanted, candidates, here),
        lambda: _by_spelling(wanted, candidates, cutoff),
    )
    elsewhere: list[Entity] = []
    for way in ways:
        found = way()
        if found and (not areas or _in_any(found, areas)):
            return _one_place(found, areas, here, plural=wanted.endswith("s"))
        elsewhere = elsewhere or found
    if elsewhere:
        raise ResolveError("not_in_area", f"I don't know a device called {name} in {_place(areas)}.")
    raise ResolveError("unknown_device", f"I don't know a device called {name}.")


def _place(areas: Sequence[str]) -> str:
    return f"the {areas[0]}" if len(areas) == 1 else "those rooms"


def _in_any(found: Sequence[Entity], areas: Sequence[str]) -> bool:
    return any(same(e.area, area) for e in found for area in areas)


def _by_words(wanted: str, candidates: Sequence[Entity]) -> list[Entity]:
    """ "back door" for "Back door lock": the only device whose name holds every word said. A kind
    word alone is every device of that kind, named with it or not: "the thermostat" of the
    "TS0601 thermostat" and the "BHT-002" is either (lamps excepted: kinds.py)."""
    kind = kinds.KINDS.get(kinds.singular(wanted))
    if kind is not None and " " not in kind.word and not kind.names_first and kind.fits:
        return []  # "the front door" still tells a Front door lock from a Patio door lock
    said = set(wanted.split())
    holding = [e for e in candidates if any(said <= set(normalize(n).split()) for n in e.names)]
    return holding if len(holding) == 1 else []


def _by_kind(wanted: str, candidates: Sequence[Entity], here: str) -> list[Entity]:
    """ "bedroom thermostat", "garden sprinklers", "the lock": an area (or none) and a kind word."""
    spoken = spoken_areas({e.area for e in candidates if e.area})
    for said_area in sorted(spoken, key=len, reverse=True):
        for rest in (_after(wanted, said_area), _before(wanted, said_area)):
            kind = kinds.kind_of(rest) if rest else None
            if kind is not None:
                there = [e for e in candidates if same(e.area, spoken[said_area]) and kind.matches(e)]
                return kind.narrowed(there)
    kind = kinds.kind_of(wanted)
    return kind.narrowed([e for e in candidates if kind.matches(e)]) if kind else []


def _after(phrase: str, prefix: str) -> str:
    return phrase[len(prefix) + 1 :] if phrase.startswith(prefix + " ") else ""


def _before(phrase: str, suffix: str) -> str:
    for joiner in (" in the ", " in "):
        if phrase.endswith(joiner + suffix):
            return phrase[: -len(joiner + suffix)]
    return ""


def _by_spelling(wanted: str, candidates: Sequence[Entity], cutoff: int) -> list[Entity]:
    scored = [
        (score, e)
        for e in candidates
        if kinds.fits_head(wanted, e) and (score := _score(wanted, e)) >= cutoff
    ]
    best = max((score for score, _ in scored), default=0.0)
    return [e for score, e in scored if score == best]


def _score(wanted: str, entity: Entity) -> float:
    """How close the name said is to the entity's closest name that keeps its numbers, rooms and
    kinds (telling.py): "lamp 3" is no "Lamp 1", "dining room light" no "Living room light"."""
    from rapidfuzz import fuzz

    kept = [normalize(name) for name in entity.names if telling.keeps(wanted, name)]
    return max((fuzz.ratio(wanted, name) for name in kept), default=0.0)


def _one_place(found: list[Entity], areas: Sequence[str], here: str, *, plural: bool) -> list[Entity]:
    """The devices a name means: narrowed to the area said, then to here; a question if still
    spread over several areas (or several devices for a name said in the singular)."""
    for area in (*areas, here):
        narrowed = [e for e in found if area and same(e.area, area)]
        if narrowed:
            found = narrowed
            break
    spread = len({normalize(e.area) for e in found}) > 1
    if len(found) > 1 and (spread or not plural) and not _same_name(found):
        options = " or ".join(
            f"the {e.name} in the {e.area}" if e.area else f"the {e.name}" for e in found[:3]
        )
        raise Unclear("ambiguous_device", f"Which one do you mean: {options}?", tuple(found[:3]))
    return found


def _same_name(found: list[Entity]) -> bool:
    """Several entities of one device under one name (a light announced by two sources)."""
    return len({normalize(e.name) for e in found}) == 1 and len({e.area for e in found}) == 1


def same(area: str, other: str) -> bool:
    return bool(area) and normalize(area) == normalize(other)


def _unique(entities: Iterable[Entity]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for entity in entities:
        seen.setdefault(entity.id, entity)
    return list(seen.values())


def _what(target: Target) -> str:
    if target.kind:
        return kinds.plural(target.kind)
    return (
        " or ".join(_DOMAIN_WORDS.get(d) or kinds.plural(d.replace("_", " ")) for d in target.domains)
        or "devices"
    )


_DOMAIN_WORDS = {"climate": "thermostats", "binary_sensor": "sensors"}  # what people call them
