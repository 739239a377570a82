"""Understanding: a transcript in, a Decision out (intent, targets, actions, response, effects).

One straight line per sentence: recognize (templates, then the LLM) -> resolve
(targets.py, resolve.py) -> guard (allowed? confirm first?) -> plan the act
(device commands, local intents, answers from live state) -> respond. Nothing
here publishes or changes anything: commands are returned as messages and every
other side effect (a timer, the volume, a held confirmation) as an Effect, and
the responder runs both. `edgeagent understand` therefore does nothing.
"""

from __future__ import annotations

import datetime
import json
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from edgeagent.catalog.model import Catalog, Entity
from edgeagent.config import IntentSettings, SecuritySettings
from edgeagent.intent import actions, queries, responses
from edgeagent.intent.actions import Operation
from edgeagent.intent.clarify import Clarifier
from edgeagent.intent.guard import Guard
from edgeagent.intent.ha_wording import HaWording
from edgeagent.intent.llm import LlmUnderstanding
from edgeagent.intent.local import LOCAL_INTENTS, Effect, LocalIntents
from edgeagent.intent.resolve import ResolveError, Target, Unclear, resolve, same
from edgeagent.intent.targets import Floors, target_of
from edgeagent.intent.templates import Recognition, TemplateRecognizer
from edgeagent.intent.timers import Timers
from edgeagent.mqtt.client import Publish

logger = logging.getLogger(__name__)

_QUERIES = {"HassGetState", "HassClimateGetTemperature"}


@dataclass(frozen=True)
class Decision:
    text: str
    intent: str
    slots: dict[str, Any]
    source: str  # template | llm | none
    actions: list[Publish] = field(default_factory=list)
    response: str = ""
    stream: Iterator[str] | None = None  # an LLM answer, sentence by sentence, still being written
    targets: tuple[str, ...] = ()  # ids of the entities acted on or asked about
    effects: tuple[Effect, ...] = ()  # run by the act step, after the commands are sent

    def finished(self) -> Decision:
        """The same decision with a streamed answer read to its end (for `understand`)."""
        if self.stream is None:
            return self
        return replace(self, response=" ".join(self.stream), stream=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "intent": self.intent,
            "slots": self.slots,
            "source": self.source,
            "targets": list(self.targets),
            "actions": [a.to_dict() for a in self.actions],
            "response": self.response,
        }


@dataclass(frozen=True)
class _Step:
    """What one recognized intent comes to."""

    actions: list[Publish] = field(default_factory=list)
    response: str = ""
    targets: tuple[str, ...] = ()
    effects: tuple[Effect, ...] = ()


class Understanding:
    def __init__(
        self,
        recognizer: TemplateRecognizer,
        catalog: Catalog,
        *,
        here: str = "",
        custom: tuple[IntentSettings, ...] = (),
        timers: Timers | None = None,
        set_volume: Callable[[int], None] | None = None,
        fuzzy_cutoff: int = 80,
        floors: Floors | None = None,
        now: Callable[[], datetime.datetime] = datetime.datetime.now,
        llm: LlmUnderstanding | None = None,
        guard: Guard | None = None,
        wording: HaWording | None = None,
    ) -> None:
        self.llm = llm
        self._wording = wording  # None: our own wording ("Kitchen light on.")
        self._guard = guard or Guard(SecuritySettings())
        self._clarifier = Clarifier(self._guard.window_seconds)
        self._recognizer = recognizer
        self._catalog = catalog
        self._here = here
        self._custom = {intent.name: intent for intent in custom}
        self.local = LocalIntents(timers, set_volume, now)
        self._cutoff = fuzzy_cutoff
        self._floors = dict(floors or {})

    @property
    def timers(self) -> Timers | None:
        return self.local.timers

    def decide(
        self, text: str, here: str | None = None, *, cancel: threading.Event | None = None
    ) -> Decision:
        """Templates, then the language model (stopped by `cancel`), then "Sorry, I didn't understand"."""
        where = self._here if here is None else here
        holding = self._guard.holding() or self._clarifier.holding()
        forget = (Effect("forget the question held", self.unanswered),) if holding else ()
        confirmed = self._guard.answer(text)
        if confirmed is not None:
            messages, response = confirmed
            return Decision(text, "Confirm", {}, "template", messages, response, effects=forget)
        clarified = self._clarifier.answer(text, self._catalog.areas())
        if clarified is not None and clarified.recognition is None:
            return Decision(text, "Cancel", {}, "template", response=responses.CANCELLED, effects=forget)
        if clarified is not None and clarified.recognition is not None:
            return self._decision(text, [clarified.recognition], where, "template", forget)
        recognition = self._template(text, where)
        if recognition is not None:
            return self._decision(text, [recognition], where, "template", forget)
        if self.llm is not None and text.strip():
            recognitions, answer = self.llm.ask(text, where, cancel or threading.Event())
            if recognitions:
                return self._decision(text, recognitions, where, "llm", forget)
            if answer is not None:
                return Decision(text, "Answer", {}, "llm", stream=answer, effects=forget)
        return Decision(text, "", {}, "none", response=responses.not_understood(text), effects=forget)

    def unanswered(self) -> None:
        """A question back got no answer (or another sentence came): nothing waits for one now."""
        self._guard.forget()
        self._clarifier.forget()

    def prepare(self) -> None:
        """Bring the templates' name lists and the LLM's prefilled prompt up to the catalog.

        Slow with a language model (a prefill): the daemon calls it on its upkeep thread,
        never on the turn thread."""
        self._recognizer.refresh(self._catalog)
        if self.llm is not None:
            self.llm.ensure_primed()

    def recognizes(self, text: str) -> bool:
        """Do the sentence templates understand `text` as it stands? Pure: nothing is done."""
        return self._template(text, self._here) is not None

    def _template(self, text: str, where: str) -> Recognition | None:
        return self._recognizer.recognize(text, self._catalog, where) if text.strip() else None

    def _decision(
        self,
        text: str,
        recognitions: list[Recognition],
        where: str,
        source: str,
        effects: tuple[Effect, ...],
    ) -> Decision:
        steps = [self._step(recognition, where) for recognition in recognitions]
        first = recognitions[0]
        slots = (
            first.slots
            if len(recognitions) == 1
            else {"calls": [{"intent": r.intent, **r.slots} for r in recognitions]}
        )
        return Decision(
            text,
            first.intent,
            slots,
            source,
            actions=[a for step in steps for a in step.actions],
            response=" ".join(step.response for step in steps if step.response),
            targets=tuple(t for step in steps for t in step.targets),
            effects=effects + tuple(e for step in steps for e in step.effects),
        )

    def _step(self, recognition: Recognition, here: str) -> _Step:
        intent, slots = recognition.intent, recognition.slots
        try:
            if intent in self._custom:
                return self._custom_intent(self._custom[intent], slots)
            if intent in LOCAL_INTENTS:
                plan = self.local.plan(intent, slots, recognition.response)
                return _Step(response=plan.response, effects=plan.effects)
            target = target_of(recognition, self._floors)
            if intent == "HassClimateGetTemperature":
                return self._temperature(target, here)
            entities = resolve(target, self._catalog.entities(), here=here, fuzzy_cutoff=self._cutoff)
            if intent in _QUERIES:
                return self._query(recognition, entities)
            return self._control(recognition, entities)
        except Unclear as exc:
            options = exc.options
            hold = Effect("hold the question", lambda: self._clarifier.hold(recognition, options))
            return _Step(response=exc.message, effects=(hold,))
        except ResolveError as exc:
            return _Step(response=exc.message)

    def _control(self, recognition: Recognition, entities: list[Entity]) -> _Step:
        intent, slots = recognition.intent, recognition.slots
        entities = self._guard.permitted(entities)
        messages, done, unable = actions.publishes(intent, slots, entities, self._catalog)
        if not done:
            raise ResolveError("intent_unsupported", responses.unable(unable))
        operation = actions.operation_for(intent, slots, done[0], self._catalog)
        text = self._done(recognition, operation, done)
        text = text if not unable else f"{text} {responses.unable(unable)}"
        targets = tuple(e.id for e in done)
        if any(self._needs_confirmation(intent, slots, e) for e in done):  # each by its own operation
            question = responses.confirm(operation.name, done)
            hold = Effect("hold for a yes", lambda: self._guard.hold(messages, question, text))
            return _Step(response=question, targets=targets, effects=(hold,))
        return _Step(messages, text, targets)

    def _done(self, recognition: Recognition, operation: Operation, done: list[Entity]) -> str:
        """What was done, in Home Assistant's words where it has some (and that is the wording asked for)."""
        ours = responses.done(operation.name, done, recognition.slots.get("color", operation.value))
        if self._wording is None:
            return ours
        slots = {**recognition.slots, **recognition.said}
        return self._wording.command(recognition.intent, recognition.response, slots, done) or ours

    def _needs_confirmation(self, intent: str, slots: dict[str, Any], entity: Entity) -> bool:
        operation = actions.operation_for(intent, slots, entity, self._catalog)
        return self._guard.needs_confirmation(entity, operation.name)

    def _query(self, recognition: Recognition, entities: list[Entity]) -> _Step:
        wanted = str(recognition.slots.get("state") or "")
        text = queries.answer(recognition.response, wanted, entities, self._state)
        return _Step(response=text, targets=tuple(e.id for e in entities))

    def _temperature(self, target: Target, here: str) -> _Step:
        area = target.areas[0] if target.areas else here
        if target.names:
            sources = resolve(target, self._catalog.entities(), here=here, fuzzy_cutoff=self._cutoff)
        else:
            sources = [
                e
                for e in self._catalog.entities()
                if queries.is_temperature_source(e) and (not area or same(e.area, area))
            ]
            sources.sort(
                key=lambda e: e.domain != "climate"
            )  # a thermostat first: the room's, not a furnace's
        text, source = queries.temperature(area, sources, self._state)
        asked = (source,) if source else sources  # the one that answered, else every one asked
        return _Step(response=text, targets=tuple(e.id for e in asked))

    def _state(self, entity: Entity) -> dict[str, Any]:
        return self._catalog.state(entity.id)

    def _custom_intent(self, intent: IntentSettings, slots: dict[str, Any]) -> _Step:
        values = {name: slots.get(name, "") for name in intent.slots}
        payload = _fill(intent.payload, values, as_json=True)
        return _Step([Publish(intent.topic, payload)], _fill(intent.response, values, as_json=False))


def _fill(template: str, values: dict[str, Any], *, as_json: bool) -> str:
    text = template
    for name, value in values.items():
        rendered = json.dumps(value) if as_json and isinstance(value, str) else str(value)
        text = text.replace("{" + name + "}", rendered)
    return text
