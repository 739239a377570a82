"""Understanding: a transcript in, a Decision out (intent, targets, actions, response, effects).

One straight line per sentence:
  held answer (a yes for a held unlock, "the kitchen one" for a question back)
  -> meaning (meaning.py): only a request acts; a question is only answered; a statement, a
     hypothetical, reported speech or a negation changes nothing and says so; an exception's
     devices ("except the kitchen") are worked out, or nothing is done
  -> recognize: templates, else the language model's validated call (the same Recognition)
  -> plan (plan.py): resolve, take the exception out, guard, values within the device's limits,
     confirmation by effect
  -> reply: from what was planned and what is known; the language model's own words only after
     truth.py checked them.
Nothing here publishes or changes anything: commands are returned as messages and every other
side effect (a timer, the volume, a held confirmation) as an Effect, and the responder runs both.
`edgeagent understand` therefore does nothing.
"""

from __future__ import annotations

import datetime
import logging
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from edgeagent.catalog.model import Catalog, Entity
from edgeagent.config import IntentSettings, SecuritySettings
from edgeagent.intent import exceptions, lexicon, responses, truth
from edgeagent.intent.clarify import Clarifier
from edgeagent.intent.guard import Guard
from edgeagent.intent.ha_wording import HaWording
from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.intent.held import ANYONE, Asker
from edgeagent.intent.llm import LlmUnderstanding
from edgeagent.intent.local import Effect, LocalIntents
from edgeagent.intent.meaning import Meaning, Mood, read
from edgeagent.intent.plan import QUERIES, Planner, Planning, Said, Step
from edgeagent.intent.resolve import ResolveError
from edgeagent.intent.targets import Floors
from edgeagent.intent.templates import Recognition, TemplateRecognizer
from edgeagent.intent.timers import Timers
from edgeagent.mqtt.client import Publish

logger = logging.getLogger(__name__)

_ARTICLES = frozenset({"the", "my", "our", "a", "an", "please"}) | lexicon.FILLERS

# What a question may be understood as: nothing changes.
_ANSWERS = QUERIES | {
    "HassGetCurrentTime",
    "HassGetCurrentDate",
    "HassTimerStatus",
    "HassNevermind",
    "HassRespond",
}

# A device and a state, nothing else ("open sign on?"); "the" and "is" are added to ask it.
_A_STATE_ASKED = re.compile(r"^(?:the )?(?P<what>.+?) (?P<state>on|off|open|closed|locked|unlocked)$")


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
        self._guard = guard or Guard(SecuritySettings())
        self._clarifier = Clarifier(self._guard.window_seconds)
        self._recognizer = recognizer
        self._catalog = catalog
        self._here = here
        self.local = LocalIntents(timers, set_volume, now)
        self._floors = dict(floors or {})
        self._planner = Planner(
            Planning(
                catalog,
                self._guard,
                self._clarifier,
                self.local,
                {intent.name: intent for intent in custom},
                self._floors,
                fuzzy_cutoff,
                wording,
            )
        )

    @property
    def timers(self) -> Timers | None:
        return self.local.timers

    def decide(
        self,
        text: str,
        here: str | None = None,
        *,
        cancel: threading.Event | None = None,
        asker: Asker = ANYONE,
        hearing: Hearing = CLEAR,
    ) -> Decision:
        """A held question's answer; else the sentence's meaning, then templates, the language model
        (stopped by `cancel`), then "Sorry, I didn't understand". `asker`: who said it (a held
        question is answered only from where it was asked); `hearing`: how clearly the words were
        heard (a "yes" confirms, a lock is moved, only on clear ones: see Guard)."""
        said = Said(text, self._here if here is None else here, asker, hearing)
        forget = self._forget(asker)
        answered = self._answer_held(said, forget)
        if answered is not None:
            return answered
        if not text.strip():
            return Decision(text, "", {}, "none", response=responses.not_heard(), effects=forget)
        meaning = read(text)
        if meaning.mood not in (Mood.REQUEST, Mood.QUESTION):
            logger.info("%r is %s: nothing is changed", text, meaning.mood)
            return _no_change(text, meaning.mood, forget)
        if meaning.exception is not None:
            return self._except(said, meaning, forget, cancel)
        return self._understood(said, meaning, forget, cancel)

    def _forget(self, asker: Asker) -> tuple[Effect, ...]:
        """A new sentence from the source that was asked something: what it was asked is dropped."""
        if not (self._guard.holding() or self._clarifier.holding()):
            return ()
        return (Effect("forget the question held", lambda: self.unanswered(source=asker.source)),)

    def _answer_held(self, said: Said, forget: tuple[Effect, ...]) -> Decision | None:
        """The answer to a held confirmation or question back, or None when `text` is no such answer."""
        text = said.text
        confirmed = self._guard.answer(text, said.asker, confirms=said.hearing.confirms)
        if confirmed is not None:
            messages, response = confirmed
            return Decision(text, "Confirm", {}, "template", messages, response, effects=forget)
        clarified = self._clarifier.answer(text, self._catalog.areas(), said.asker)
        if clarified is not None and clarified.recognition is None:
            return Decision(text, "Cancel", {}, "template", response=responses.CANCELLED, effects=forget)
        if clarified is not None and clarified.recognition is not None:
            return self._decision(said, [clarified.recognition], "template", forget)
        return None

    def _understood(
        self, said: Said, meaning: Meaning, forget: tuple[Effect, ...], cancel: threading.Event | None
    ) -> Decision:
        """Templates, then the language model, on the request; a question only ever as an answer."""
        text, asking = said.text, meaning.mood is Mood.QUESTION
        recognition = self._template(meaning.request, said.where)
        if recognition is not None and asking and recognition.intent not in _ANSWERS:
            state = self._state_asked(meaning.request, said.where)  # "open sign on?": is it on
            if state is not None:
                return self._decision(said, [state], "template", forget)
            logger.info("%r is a question, not the command %s: nothing is changed", text, recognition.intent)
            return _no_change(text, meaning.mood, forget)
        if recognition is not None:
            doubted = self._heard_either(said, recognition, forget)
            return doubted or self._decision(said, [recognition], "template", forget)
        if lexicon.phrase(text) in lexicon.ACKNOWLEDGEMENTS:
            return Decision(text, "Acknowledge", {}, "template", response=_acknowledged(text), effects=forget)
        named = self._only_named(meaning.request)
        if named is not None:  # "Hallway light." (what is left of "hallway light off" misheard)
            response = responses.what_to_do(named)
            return Decision(
                text, "NoChange", {"mood": "name only"}, "template", response=response, effects=forget
            )
        if self.llm is not None:
            request = lexicon.slips_mended(meaning.request)  # "turn of the pump" is no "on" to guess
            recognitions, answer = self.llm.ask(
                request, said.where, cancel or threading.Event(), source=said.asker.source
            )
            if asking:
                recognitions = [r for r in recognitions if r.intent in _ANSWERS]
            if recognitions:
                return self._decision(said, recognitions, "llm", forget)
            if answer is not None:
                checked = truth.checked(answer, text, self._catalog)
                return Decision(text, "Answer", {}, "llm", stream=checked, effects=forget)
        if asking and truth.speaks_of_change(text):  # "should I turn off the heater?"
            return _no_change(text, meaning.mood, forget)
        return Decision(text, "", {}, "none", response=responses.not_understood(text), effects=forget)

    def _state_asked(self, request: str, where: str) -> Recognition | None:
        """A device and a state, asked ("open sign on?", "garage door closed?"): the question whether
        it is, as the templates read it; None when they read no question."""
        asked = _A_STATE_ASKED.match(" ".join(lexicon.words(request)))
        if asked is None:
            return None
        recognition = self._template(f"is the {asked['what']} {asked['state']}", where)
        return recognition if recognition is not None and recognition.intent in _ANSWERS else None

    def _heard_either(
        self, said: Said, recognition: Recognition, forget: tuple[Effect, ...]
    ) -> Decision | None:
        """Words heard unsurely whose next best hearing the templates understand as the same request
        for another device: which one, asked back, never a guess (Planner.either)."""
        if said.hearing.sure or not said.hearing.others or recognition.intent in QUERIES:
            return None
        others = [
            other
            for text in said.hearing.others
            if (other := self._template(read(text).request, said.where)) is not None
            and other.intent == recognition.intent
        ]
        step = self._planner.either(recognition, others, said) if others else None
        if step is None:
            return None
        logger.info("%r was heard unsurely, and as %s: asking which", said.text, said.hearing.others)
        return self._decided(said.text, recognition.intent, recognition.slots, "template", [step], forget)

    def _except(
        self, said: Said, meaning: Meaning, forget: tuple[Effect, ...], cancel: threading.Event | None
    ) -> Decision:
        """ "all the lights except the kitchen": the request acts on what it names less what the
        exception names; nothing at all when the exception names nothing this home has."""
        exception = meaning.exception
        assert exception is not None
        kept = exceptions.left_out(exception.kept, self._catalog, self._floors, said.where)
        if not kept:
            response = responses.unclear_exception(exception.kept)
            return Decision(said.text, "", {}, "none", response=response, effects=forget)
        if exception.rest_only:
            return self._the_rest(said, meaning.request, kept, forget)
        left_out = replace(said, left_out=frozenset(e.id for e in kept))
        return self._understood(left_out, meaning, forget, cancel)

    def _the_rest(self, said: Said, request: str, kept: list[Entity], forget: tuple[Effect, ...]) -> Decision:
        """ "keep the kitchen light on and switch the others off": every other device of its kind."""
        intent = "HassTurnOff" if request.split()[1:2] == ["off"] else "HassTurnOn"
        domains = {e.domain for e in kept}
        rest = [e for e in self._catalog.entities() if e.domain in domains and e not in kept]
        try:
            recognition = Recognition(intent, {}, said.text)
            step = (
                self._planner.control(recognition, rest, said)
                if rest
                else Step(response=responses.NOTHING_LEFT)
            )
        except ResolveError as exc:
            step = Step(response=exc.message)
        return self._decided(said.text, intent, {}, "template", [step], forget)

    def _only_named(self, request: str) -> Entity | None:
        """The device when the sentence says its whole name (and room) and nothing else: no verb, no wish."""
        said = set(lexicon.words(request)) - _ARTICLES
        if not said:
            return None
        for entity in self._catalog.entities():
            for name in entity.names:
                whole = set(lexicon.words(name))
                if whole and whole <= said <= whole | set(lexicon.words(entity.area)):
                    return entity
        return None

    def unanswered(self, *, turn: int | None = None, source: str | None = None) -> None:
        """A question back got no answer (or another sentence came): what turn `turn` (or `source`,
        or anyone) asked waits for no answer now."""
        self._guard.forget(turn=turn, source=source)
        self._clarifier.forget(turn=turn, source=source)

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
        self, said: Said, recognitions: list[Recognition], source: str, effects: tuple[Effect, ...]
    ) -> Decision:
        steps = [self._planner.step(recognition, said) for recognition in recognitions]
        first = recognitions[0]
        slots = (
            first.slots
            if len(recognitions) == 1
            else {"calls": [{"intent": r.intent, **r.slots} for r in recognitions]}
        )
        return self._decided(said.text, first.intent, slots, source, steps, effects)

    @staticmethod
    def _decided(
        text: str,
        intent: str,
        slots: dict[str, Any],
        source: str,
        steps: list[Step],
        effects: tuple[Effect, ...],
    ) -> Decision:
        return Decision(
            text,
            intent,
            slots,
            source,
            actions=[a for step in steps for a in step.actions],
            response=" ".join(step.response for step in steps if step.response),
            targets=tuple(t for step in steps for t in step.targets),
            effects=effects + tuple(e for step in steps for e in step.effects),
        )


def _no_change(text: str, mood: Mood, forget: tuple[Effect, ...]) -> Decision:
    response = responses.NOT_LATER if mood is Mood.LATER else responses.NO_CHANGE
    return Decision(text, "NoChange", {"mood": str(mood)}, "template", response=response, effects=forget)


def _acknowledged(text: str) -> str:
    """ "thank you" with nothing held: a word back, no language model."""
    return responses.WELCOME if lexicon.phrase(text) in lexicon.THANKS else responses.CANCELLED
