"""From one recognized intent to what it comes to: commands, a reply, effects.

Resolution finds the devices (targets.py, resolve.py), an exception's devices are taken out,
the guard says which may be commanded by voice, each value is checked against the device's
limits in its own unit (values.py), and what would open the home is held for a spoken yes
(guard.py). Local intents (timers, time, volume) and answers from live state (queries.py)
are planned here too. Pure: nothing is sent or changed; holds are Effects.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from edgeagent.catalog.model import Catalog, Entity
from edgeagent.config import IntentSettings
from edgeagent.intent import actions, queries, responses, values
from edgeagent.intent.actions import Operation
from edgeagent.intent.clarify import Clarifier
from edgeagent.intent.guard import Guard
from edgeagent.intent.ha_wording import HaWording
from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.intent.held import ANYONE, Asker
from edgeagent.intent.local import LOCAL_INTENTS, Effect, LocalIntents
from edgeagent.intent.resolve import ResolveError, Target, Unclear, resolve, same
from edgeagent.intent.targets import Floors, target_of
from edgeagent.intent.templates import Recognition
from edgeagent.mqtt.client import Publish

logger = logging.getLogger(__name__)

QUERIES = frozenset({"HassGetState", "HassClimateGetTemperature"})


@dataclass(frozen=True)
class Said:
    """One sentence being understood: as heard (and how clearly), where, by whom, and what an exception
    leaves out."""

    text: str
    where: str
    asker: Asker = ANYONE
    hearing: Hearing = CLEAR
    left_out: frozenset[str] = frozenset()  # entity ids an exception names ("except the kitchen")


@dataclass(frozen=True)
class Step:
    """What one recognized intent comes to."""

    actions: list[Publish] = field(default_factory=list)
    response: str = ""
    targets: tuple[str, ...] = ()
    effects: tuple[Effect, ...] = ()


@dataclass(frozen=True)
class Planning:
    """What the planner works with: the home and the rules of acting in it."""

    catalog: Catalog
    guard: Guard
    clarifier: Clarifier
    local: LocalIntents
    custom: dict[str, IntentSettings]
    floors: Floors
    fuzzy_cutoff: int = 80
    wording: HaWording | None = None  # None: our own wording ("Kitchen light on.")


_LIGHT_SAID = re.compile(r"\b(?:lights?|lamps?|bright\w*|dim\w*|percent)\b|%")


class Planner:
    def __init__(self, planning: Planning) -> None:
        self._p = planning

    def step(self, recognition: Recognition, said: Said) -> Step:
        """What one recognition comes to; an error or a question back as a reply."""
        try:
            return self._step(recognition, said)
        except Unclear as exc:
            options, owner = exc.options, said.asker
            hold = Effect("hold the question", lambda: self._p.clarifier.hold(recognition, options, owner))
            return Step(response=exc.message, effects=(hold,))
        except ResolveError as exc:
            return Step(response=exc.message)

    def _step(self, recognition: Recognition, said: Said) -> Step:
        intent, slots = recognition.intent, recognition.slots
        if intent in self._p.custom:
            return self._custom_intent(self._p.custom[intent], slots)
        if intent in LOCAL_INTENTS:
            plan = self._p.local.plan(intent, slots, recognition.response)
            return Step(response=plan.response, effects=plan.effects)
        target = target_of(recognition, self._p.floors)
        if intent == "HassClimateGetTemperature":
            return self._temperature(target, said.where)
        entities = self._resolve(target, said.where)
        if intent in QUERIES:
            return self._query(recognition, entities)
        if self._heat_or_light(recognition, entities):
            return Step(response=responses.light_or_heat(entities[0].area))
        kept = [e for e in entities if e.id not in said.left_out]
        if entities and not kept:
            return Step(response=responses.NOTHING_LEFT)
        if said.left_out and len(kept) == len(entities) and not (target.everywhere or target.names):
            # "turn off the lamps but not the one in the bedroom" said in the kitchen: the exception
            # leaves out nothing the request found, so the request meant more than it was taken for
            return Step(response=responses.unclear_scope())
        return self.control(recognition, kept, said)

    def either(self, recognition: Recognition, others: list[Recognition], said: Said) -> Step | None:
        """A question back when the one device `recognition` acts on is not the one another hearing
        of it (`others`, the same request) acts on: "the Bed lamp or the Desk lamp?". None when they
        agree, or either names several devices or none."""
        chosen = self.step(recognition, said).targets
        if len(chosen) != 1:
            return None
        elsewhere = [t[0] for other in others if len(t := self.step(other, said).targets) == 1]
        catalog = self._p.catalog
        found = [e for i in dict.fromkeys((*chosen, *elsewhere)) if (e := catalog.get(i))]
        if len(found) < 2:
            return None
        options, owner, clarifier = tuple(found[:3]), said.asker, self._p.clarifier
        hold = Effect("hold the question", lambda: clarifier.hold(recognition, options, owner))
        return Step(response=responses.heard_either(options), effects=(hold,))

    def _heat_or_light(self, recognition: Recognition, entities: list[Entity]) -> bool:
        """ "set the bedroom to 21" where the bedroom has a thermostat too: its lights at 21 % is a
        guess, and most likely the wrong one. Only a light word or a percent makes it the lights."""
        if recognition.combination != "area_brightness" or _LIGHT_SAID.search(recognition.text):
            return False
        areas = {e.area for e in entities}
        return any(e.domain == "climate" and e.area in areas for e in self._p.catalog.entities())

    def control(self, recognition: Recognition, entities: list[Entity], said: Said) -> Step:
        """Commands for `entities`, within their limits; held for a yes when they would open the home."""
        entities = self._p.guard.permitted(entities)
        planned = [(e, values.within(e, op, said.text)) for e, op in self._operations(recognition, entities)]
        messages, done, unable = actions.publishes(planned, entities)
        if not done:
            raise ResolveError("intent_unsupported", responses.unable(unable))
        operation = next(op for e, op in planned if e is done[0])
        text = self._done(recognition, operation, done)
        text = text if not unable else f"{text} {responses.unable(unable)}"
        targets = tuple(e.id for e in done)
        guard = self._p.guard
        if any(
            guard.needs_confirmation(e, op, self._state(e), sure=said.hearing.sure)
            for e, op in planned
            if e in done
        ):
            question, owner = responses.confirm(operation.name, done), said.asker
            hold = Effect("hold for a yes", lambda: guard.hold(messages, question, text, owner))
            return Step(response=question, targets=targets, effects=(hold,))
        return Step(messages, text, targets)

    def _operations(self, recognition: Recognition, entities: list[Entity]) -> list[tuple[Entity, Operation]]:
        """Each entity's own operation for the intent; one that has none is left out for `publishes`
        to name (an error when it was the only one)."""
        planned = []
        for entity in entities:
            try:
                operation = actions.operation_for(
                    recognition.intent, recognition.slots, entity, self._p.catalog
                )
            except ResolveError:
                if len(entities) == 1:
                    raise
                continue
            planned.append((entity, operation))
        return planned

    def _done(self, recognition: Recognition, operation: Operation, done: list[Entity]) -> str:
        """What was done, in Home Assistant's words where it has some (and that is the wording asked for)."""
        ours = responses.done(operation.name, done, recognition.slots.get("color", operation.value))
        if self._p.wording is None:
            return ours
        slots = {**recognition.slots, **recognition.said}
        return self._p.wording.command(recognition.intent, recognition.response, slots, done) or ours

    def _resolve(self, target: Target, where: str) -> list[Entity]:
        return resolve(target, self._p.catalog.entities(), here=where, fuzzy_cutoff=self._p.fuzzy_cutoff)

    def _query(self, recognition: Recognition, entities: list[Entity]) -> Step:
        wanted = str(recognition.slots.get("state") or "")
        text = queries.answer(recognition.response, wanted, entities, self._state, self._told_apart())
        return Step(response=text, targets=tuple(e.id for e in entities))

    def _told_apart(self) -> Callable[[Entity], str]:
        """How an answer names a device: with its room when another room has one of that name ("the
        Heater in the Barn is off", never a bare "the Heater" that may be the workshop's). The sensors
        of one device share its name and room: "the Phone". The catalog is read once per answer."""
        areas: dict[str, set[str]] = {}
        for e in self._p.catalog.entities():
            areas.setdefault(e.name.casefold(), set()).add(e.area)

        def named(entity: Entity) -> str:
            shared = len(areas.get(entity.name.casefold(), ())) > 1
            return f"{entity.name} in the {entity.area}" if shared and entity.area else entity.name

        return named

    def _temperature(self, target: Target, here: str) -> Step:
        area = target.areas[0] if target.areas else here
        if target.names:
            sources = self._resolve(target, here)
        else:
            in_area = [
                e
                for e in self._p.catalog.entities()
                if queries.is_temperature_source(e) and (not area or same(e.area, area))
            ]
            sources = queries.room_sources_first(in_area)
        text, source = queries.temperature(area, sources, self._state, named=bool(target.names))
        asked = (source,) if source else sources  # the one that answered, else every one asked
        return Step(response=text, targets=tuple(e.id for e in asked))

    def _state(self, entity: Entity) -> dict[str, Any]:
        return self._p.catalog.state(entity.id)

    def _custom_intent(self, intent: IntentSettings, slots: dict[str, Any]) -> Step:
        self._p.guard.permit_intent(intent.name)
        said = {name: slots.get(name, "") for name in intent.slots}
        payload = _fill(intent.payload, said, as_json=True)
        return Step([Publish(intent.topic, payload)], _fill(intent.response, said, as_json=False))


def _fill(template: str, values: dict[str, Any], *, as_json: bool) -> str:
    text = template
    for name, value in values.items():
        rendered = json.dumps(value) if as_json and isinstance(value, str) else str(value)
        text = text.replace("{" + name + "}", rendered)
    return text
