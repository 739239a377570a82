"""Understanding: a transcript in, a Decision out (intent, slots, actions, response).

Order: templates, then (later) the LLM, then "Sorry, I didn't understand".
`source` says which one decided. Nothing here publishes: actions are
returned as messages for the caller to send.
"""

from __future__ import annotations

import datetime
import json
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from edgeagent.catalog.model import Catalog, Entity, normalize
from edgeagent.config import IntentSettings, SecuritySettings
from edgeagent.intent import actions, responses
from edgeagent.intent.guard import Guard
from edgeagent.intent.llm import LlmUnderstanding
from edgeagent.intent.resolve import ResolveError, Target, resolve
from edgeagent.intent.templates import Recognition, TemplateRecognizer
from edgeagent.intent.timers import Timers, describe_seconds
from edgeagent.mqtt.client import Publish

logger = logging.getLogger(__name__)

_CONTROL = {
    "HassTurnOn",
    "HassTurnOff",
    "HassToggle",
    "HassLightSet",
    "HassSetPosition",
    "HassClimateSetTemperature",
    "HassFanSetSpeed",
    "HassVacuumStart",
    "HassVacuumReturnToBase",
    "HassLawnMowerStartMowing",
    "HassLawnMowerDock",
    "HassHumidifierSetpoint",
}
_DOMAINS_BY_INTENT = {
    "HassLightSet": ("light",),
    "HassSetPosition": ("cover", "valve"),
    "HassClimateSetTemperature": ("climate",),
    "HassFanSetSpeed": ("fan",),
    "HassVacuumStart": ("vacuum",),
    "HassVacuumReturnToBase": ("vacuum",),
    "HassLawnMowerStartMowing": ("lawn_mower",),
    "HassLawnMowerDock": ("lawn_mower",),
}


@dataclass(frozen=True)
class Decision:
    text: str
    intent: str
    slots: dict[str, Any]
    source: str  # template | llm | none
    actions: list[Publish] = field(default_factory=list)
    response: str = ""
    stream: Iterator[str] | None = None  # an LLM answer, sentence by sentence, still being written

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
            "actions": [a.to_dict() for a in self.actions],
            "response": self.response,
        }


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
        now: Callable[[], datetime.datetime] = datetime.datetime.now,
        llm: LlmUnderstanding | None = None,
        guard: Guard | None = None,
    ) -> None:
        self.llm = llm
        self._guard = guard or Guard(SecuritySettings())
        self._recognizer = recognizer
        self._catalog = catalog
        self._here = here
        self._custom = {intent.name: intent for intent in custom}
        self.timers = timers
        self._set_volume = set_volume
        self._cutoff = fuzzy_cutoff
        self._now = now

    def decide(
        self, text: str, here: str | None = None, *, cancel: threading.Event | None = None
    ) -> Decision:
        """Templates, then the language model (stopped by `cancel`), then "Sorry, I didn't understand"."""
        where = self._here if here is None else here
        confirmed = self._guard.answer(text)
        if confirmed is not None:
            messages, response = confirmed
            return Decision(text, "Confirm", {}, "template", messages, response)
        recognition = self._template(text, where)
        if recognition is not None:
            return self._decision(text, [recognition], where, "template")
        if self.llm is not None and text.strip():
            recognitions, answer = self.llm.ask(text, where, cancel or threading.Event())
            if recognitions:
                return self._decision(text, recognitions, where, "llm")
            if answer is not None:
                return Decision(text, "Answer", {}, "llm", stream=answer)
        return Decision(text, "", {}, "none", response=responses.not_understood(text))

    def prepare(self) -> None:
        """Bring the templates' name lists and the LLM's prefilled prompt up to the catalog.

        Slow with a language model (a prefill): the daemon calls it on its upkeep thread,
        never on the turn thread."""
        self._recognizer.refresh(self._catalog)
        if self.llm is not None:
            self.llm.ensure_primed(self._here)

    def recognizes(self, text: str) -> bool:
        """Do the sentence templates understand `text` as it stands? Pure: nothing is done."""
        return self._template(text, self._here) is not None

    def _template(self, text: str, where: str) -> Recognition | None:
        return self._recognizer.recognize(text, self._catalog, where) if text.strip() else None

    def _decision(self, text: str, recognitions: list[Recognition], where: str, source: str) -> Decision:
        publishes: list[Publish] = []
        spoken: list[str] = []
        for recognition in recognitions:
            try:
                messages, response = self._act(recognition, where)
            except ResolveError as exc:
                messages, response = [], exc.message
            publishes += messages
            spoken.append(response)
        first = recognitions[0]
        slots = (
            first.slots
            if len(recognitions) == 1
            else {"calls": [{"intent": r.intent, **r.slots} for r in recognitions]}
        )
        return Decision(text, first.intent, slots, source, publishes, " ".join(s for s in spoken if s))

    def _act(self, recognition: Recognition, here: str) -> tuple[list[Publish], str]:
        intent, slots = recognition.intent, recognition.slots
        if intent in self._custom:
            return self._custom_intent(self._custom[intent], slots)
        if intent in _CONTROL:
            return self._control(intent, slots, here)
        if intent in ("HassGetState", "HassClimateGetTemperature"):
            return [], self._query(intent, slots, here)
        return [], self._local(intent, slots)

    def _control(self, intent: str, slots: dict[str, Any], here: str) -> tuple[list[Publish], str]:
        entities = resolve(
            _target(intent, slots), self._catalog.entities(), here=here, fuzzy_cutoff=self._cutoff
        )
        entities = self._guard.permitted(entities)
        messages, done, unable = actions.publishes(intent, slots, entities, self._catalog)
        if not done:
            raise ResolveError("intent_unsupported", responses.unable(unable))
        operation = actions.operation_for(intent, slots, done[0], self._catalog)
        spoken_value = slots.get("color", operation.value)
        text = responses.done(operation.name, done, spoken_value)
        text = text if not unable else f"{text} {responses.unable(unable)}"
        if any(self._guard.needs_confirmation(e, operation.name) for e in done):
            return [], self._guard.hold(messages, responses.confirm(operation.name, done), text)
        return messages, text

    def _query(self, intent: str, slots: dict[str, Any], here: str) -> str:
        if intent == "HassClimateGetTemperature":
            return self._temperature(slots, here)
        entities = resolve(
            _target(intent, slots), self._catalog.entities(), here=here, fuzzy_cutoff=self._cutoff
        )
        return " ".join(responses.state_of(e, self._catalog.state(e.id)) for e in entities)

    def _temperature(self, slots: dict[str, Any], here: str) -> str:
        area = _first(slots.get("area")) or here
        for entity in self._temperature_sources(slots, area):
            state = self._catalog.state(entity.id)
            degrees = state.get(
                "current_temperature", state.get("state") if entity.domain == "sensor" else None
            )
            if isinstance(degrees, int | float):
                return responses.temperature(area or entity.name, degrees)
        return f"I don't know the temperature in the {area}." if area else "I don't know the temperature."

    def _temperature_sources(self, slots: dict[str, Any], area: str) -> list[Entity]:
        if slots.get("name"):
            return resolve(
                Target(names=tuple(slots["name"])), self._catalog.entities(), fuzzy_cutoff=self._cutoff
            )
        return [
            e
            for e in self._catalog.entities()
            if (e.domain == "climate" or (e.domain == "sensor" and e.device_class == "temperature"))
            and (not area or normalize(e.area) == normalize(area))
        ]

    def _local(self, intent: str, slots: dict[str, Any]) -> str:
        now = self._now()
        if intent == "HassGetCurrentTime":
            return f"It's {now.strftime('%-I:%M %p')}."
        if intent == "HassGetCurrentDate":
            return f"Today is {now.strftime('%A, %B %-d, %Y')}."
        if intent == "HassNevermind":
            return ""
        if intent in ("EdgeAgentSetVolume", "HassSetVolume") and self._set_volume is not None:
            self._set_volume(int(slots.get("volume_level", 50)))
            return f"Volume {slots.get('volume_level')} percent."
        if "Timer" in intent:
            return self._timer(intent, slots)
        return f"Sorry, I can't do that here yet ({intent})."

    def _timer(self, intent: str, slots: dict[str, Any]) -> str:
        if self.timers is None:
            return "Timers are not available."
        if intent == "HassStartTimer":
            seconds = (
                3600 * float(slots.get("hours", 0))
                + 60 * float(slots.get("minutes", 0))
                + float(slots.get("seconds", 0))
            )
            self.timers.start(seconds, str(slots.get("name", "")))
            return f"Timer set for {describe_seconds(seconds)}."
        if intent in ("HassCancelTimer", "HassCancelAllTimers"):
            count = self.timers.cancel()
            return "Timer cancelled." if count else "There is no timer running."
        if intent == "HassPauseTimer":
            return "Timer paused." if self.timers.pause() else "There is no timer running."
        if intent == "HassUnpauseTimer":
            return "Timer resumed." if self.timers.resume() else "There is no paused timer."
        left = self.timers.remaining()
        return f"{describe_seconds(left[0])} left." if left else "There is no timer running."

    def _custom_intent(self, intent: IntentSettings, slots: dict[str, Any]) -> tuple[list[Publish], str]:
        values = {name: slots.get(name, "") for name in intent.slots}
        payload = _fill(intent.payload, values, as_json=True)
        return [Publish(intent.topic, payload)], _fill(intent.response, values, as_json=False)


def _target(intent: str, slots: dict[str, Any]) -> Target:
    area = slots.get("area")
    areas = tuple(area) if isinstance(area, list) else (str(area),) if area else ()
    domain = slots.get("domain")
    domains = (domain,) if isinstance(domain, str) else _DOMAINS_BY_INTENT.get(intent, ())
    return Target(
        names=tuple(slots.get("name") or ()),
        areas=areas,
        domains=domains,
    )


def _first(value: Any) -> str:
    return str(value[0]) if isinstance(value, list) and value else str(value or "")


def _fill(template: str, values: dict[str, Any], *, as_json: bool) -> str:
    text = template
    for name, value in values.items():
        rendered = json.dumps(value) if as_json and isinstance(value, str) else str(value)
        text = text.replace("{" + name + "}", rendered)
    return text
