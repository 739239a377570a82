"""What an exception leaves out: "except the kitchen", "apart from the hallway lamp", "but upstairs".

Each part of the exception ("the bedroom and the hallway") must pick something out of the home: a
room, a floor, or devices whose name, room and kind words cover every word said ("the kitchen
light", "the porch", "zoe's lamp"). A part that picks out nothing means the rest cannot be worked
out: `left_out` says so (None) and the request is not acted on, never guessed at.
"""

from __future__ import annotations

from collections.abc import Mapping

from edgeagent.catalog.model import Catalog, Entity, normalize
from edgeagent.intent import kinds
from edgeagent.intent.lexicon import words

_NOT_TELLING = frozenset(
    {"the", "my", "our", "in", "on", "at", "one", "ones", "of", "those", "that", "this", "all"}
)
_HERE = "here"  # "except in here" (the other words are not telling)


def left_out(
    said: str, catalog: Catalog, floors: Mapping[str, tuple[str, ...]], here: str
) -> list[Entity] | None:
    """The devices an exception names, or None when some part of it names nothing in this home."""
    found: dict[str, Entity] = {}
    for part in _parts(said):
        picked = _picked(part, catalog, floors, here)
        if not picked:
            return None
        found.update((e.id, e) for e in picked)
    return list(found.values())


def _parts(said: str) -> list[tuple[str, ...]]:
    parts: list[tuple[str, ...]] = [()]
    for word in words(said):
        if word in ("and", "or", "nor"):
            parts.append(())
        elif word not in _NOT_TELLING:
            parts[-1] += (word,)
    return [p for p in parts if p]


def _picked(
    part: tuple[str, ...], catalog: Catalog, floors: Mapping[str, tuple[str, ...]], here: str
) -> list[Entity]:
    entities = catalog.entities()
    spoken = " ".join(part)
    areas = _areas_named(spoken, catalog.areas(), floors, here)
    if areas:
        return [e for e in entities if normalize(e.area) in areas]
    named = [e for e in entities if any(normalize(name) == spoken for name in e.names)]
    return named or [e for e in entities if _covers(part, e)]  # "the kitchen light" is that one


def _areas_named(spoken: str, areas: list[str], floors: Mapping[str, tuple[str, ...]], here: str) -> set[str]:
    if spoken == _HERE and here:
        return {normalize(here)}
    named = {normalize(a) for a in areas if normalize(a) == spoken}
    for floor, on_floor in floors.items():
        if spoken in (normalize(floor), normalize(floor).removesuffix(" floor")):
            named |= {normalize(a) for a in on_floor}
    return named


def _covers(part: tuple[str, ...], entity: Entity) -> bool:
    """Every word said is a word of the device's names, its room or its kind ("kitchen light")."""
    own = {kinds.singular(w) for text in (*entity.names, entity.area) for w in normalize(text).split()}
    own |= {kinds.singular(w) for kind in kinds.words_for(entity) for w in kind.split()}
    return {kinds.singular(w) for w in part} <= own
