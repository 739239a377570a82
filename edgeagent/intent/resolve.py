"""From the names, areas and domains a person said to catalog entities.

Never a guess: an unknown name is an error that says so, and a name that
fits several devices equally well (with no area to tell them apart) is a
question back to the person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from edgeagent.catalog.model import Entity, normalize
from edgeagent.errors import EdgeAgentError


class ResolveError(EdgeAgentError):
    """What to say instead of acting: the message is spoken."""

    stage = "intent"


@dataclass(frozen=True)
class Target:
    names: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


def resolve(
    target: Target, entities: Sequence[Entity], *, here: str = "", fuzzy_cutoff: int = 80
) -> list[Entity]:
    candidates = [e for e in entities if not target.domains or e.domain in target.domains]
    if target.names:
        area = target.areas[0] if target.areas else here
        found: list[Entity] = []
        for name in target.names:
            found += _by_name(name, candidates, area, fuzzy_cutoff, explicit_area=bool(target.areas))
        return _unique(found)
    if not target.areas and len(candidates) == 1 and target.domains:
        return candidates  # "start the vacuum" in a home with one vacuum
    areas = target.areas or ((here,) if here else ())
    if not areas:
        raise ResolveError("area_unknown", f"Which room? I know several {_what(target.domains)}.")
    found = []
    for area in areas:
        in_area = [e for e in candidates if normalize(e.area) == normalize(area)]
        if not in_area:
            raise ResolveError("no_devices", f"I don't know any {_what(target.domains)} in the {area}.")
        found += in_area
    return _unique(found)


def _by_name(
    name: str, candidates: Sequence[Entity], area: str, cutoff: int, *, explicit_area: bool
) -> list[Entity]:
    wanted = normalize(name)
    scored = [(score, e) for e in candidates if (score := _score(wanted, e, area)) >= cutoff]
    if not scored:
        raise ResolveError("unknown_device", f"I don't know a device called {name}.")
    best = max(score for score, _ in scored)
    top = [e for score, e in scored if score == best]
    if explicit_area:
        narrowed = [e for e in top if normalize(e.area) == normalize(area)]
        top = narrowed or top
    if len(top) > 1 and len({e.area for e in top}) > 1:
        options = " or ".join(f"the {e.name} in the {e.area}" if e.area else f"the {e.name}" for e in top[:3])
        raise ResolveError("ambiguous_device", f"Which one do you mean: {options}?")
    return top


def _score(wanted: str, entity: Entity, area: str) -> float:
    from rapidfuzz import fuzz

    best = 0.0
    area_name = normalize(area)
    for name in entity.names:
        spoken = normalize(name)
        with_area = f"{area_name} {wanted}" if area_name and normalize(entity.area) == area_name else wanted
        exact = 100.0 if spoken in (wanted, with_area) else 0.0
        best = max(best, exact, fuzz.ratio(wanted, spoken) * 0.99, fuzz.ratio(with_area, spoken) * 0.98)
    return best


def _unique(entities: Iterable[Entity]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for entity in entities:
        seen.setdefault(entity.id, entity)
    return list(seen.values())


def _what(domains: tuple[str, ...]) -> str:
    plural = {"light": "lights", "switch": "switches", "cover": "covers", "fan": "fans", "lock": "locks"}
    return " or ".join(plural.get(d, d) for d in domains) or "devices"
