"""What a recognized sentence points at: its slots turned into a resolver Target.

The rules people expect: a named device is that device; "the lights" is here;
"all the lights", "everywhere" and questions with no room ("are any windows
open") are the whole home; a floor is the areas on it (from the config, since
discovery does not carry floors); a question about a device class is about every
device of that kind ("windows": window covers and window sensors).
"""

from __future__ import annotations

import re
from typing import Any

from edgeagent.catalog.model import normalize
from edgeagent.intent.kinds import KINDS
from edgeagent.intent.resolve import ResolveError, Target
from edgeagent.intent.templates import Recognition

DOMAINS_BY_INTENT = {
    "HassLightSet": ("light",),
    "HassSetPosition": ("cover", "valve"),
    "HassClimateSetTemperature": ("climate",),
    "HassFanSetSpeed": ("fan",),
    "HassVacuumStart": ("vacuum",),
    "HassVacuumReturnToBase": ("vacuum",),
    "HassLawnMowerStartMowing": ("lawn_mower",),
    "HassLawnMowerDock": ("lawn_mower",),
}
SWITCHED = ("light", "switch", "fan", "climate", "valve", "input_boolean", "media_player")
WHOLE_HOME = {"domain_all", "domain_state", "device_class_state", "kind_state", "kind_all"}
_ALL = re.compile(
    r"\b(all|every|each|everywhere|whole (house|home|flat|apartment)|entire (house|home|flat|apartment))\b"
)
_LAMPS = re.compile(r"\blamps?\b")
# the assistant's own room, even with "all" (Home Assistant's <here>: "in my room", "this area")
HERE = re.compile(r"\b(?<!all )(?<!of )(here|(this|the|my|our) (room|area|space))\b")  # not "all of my area"

Floors = dict[str, tuple[str, ...]]  # floor -> its areas


def target_of(recognition: Recognition, floors: Floors) -> Target:
    slots = recognition.slots
    names = tuple(slots.get("name") or ())
    areas = _areas(slots) + _floor_areas(slots.get("floor"), floors)
    domain = slots.get("domain")
    domains = (domain,) if isinstance(domain, str) else recognition.domains
    domains = domains or DOMAINS_BY_INTENT.get(recognition.intent, ())
    device_class = str(slots.get("device_class") or "")
    kind = str(slots.get("kind") or "")
    if recognition.intent == "HassGetState" and device_class in KINDS and not names:
        kind, device_class, domain = device_class, "", None  # "are any windows open": sensors, covers
    if domain == "light" and not kind and not names and _LAMPS.search(normalize(recognition.text)):
        kind = "lamp"  # the templates' "lamps" are all lights; a home may call only a few of them lamps
    return Target(
        names=names,
        areas=areas,
        domains=_kind_domains(recognition, kind, domain, domains),
        device_class=device_class,
        kind=kind,
        state=str(slots.get("state") or "") if recognition.intent == "HassGetState" else "",
        everywhere=not names and not areas and _whole_home(recognition),
    )


def _kind_domains(
    recognition: Recognition, kind: str, domain: Any, domains: tuple[str, ...]
) -> tuple[str, ...]:
    """A kind of device is any domain it fits, but the one a verb says ("lock all the doors") and
    only switched ones for "turn on/off all the ..." (no lock is unlocked, no door moved by "off")."""
    if not kind:
        return domains
    if isinstance(domain, str):
        return (domain,)
    return SWITCHED if recognition.combination == "kind_all" else ()


def _whole_home(recognition: Recognition) -> bool:
    spoken = normalize(recognition.text)
    if HERE.search(spoken):
        return False
    return recognition.combination in WHOLE_HOME or bool(_ALL.search(spoken))


def _areas(slots: dict[str, Any]) -> tuple[str, ...]:
    area = slots.get("area")
    if isinstance(area, list):
        return tuple(str(a) for a in area)
    return (str(area),) if area else ()


def _floor_areas(floor: Any, floors: Floors) -> tuple[str, ...]:
    if not floor:
        return ()
    wanted = normalize(str(floor))
    for name, areas in floors.items():
        if normalize(name) in (wanted, f"{wanted} floor"):
            return areas
    raise ResolveError("floor_unknown", f"I don't know a floor called {floor}.")
