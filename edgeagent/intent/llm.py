"""The language-model path of understanding: ask the model, then validate what it wrote.

The model never names a topic. It fills a JSON object constrained by a schema
built from the live catalog (llm_prompt.py): intent names are an enum of known
intents, each intent's device names an enum of the devices it can act on,
numbers have their ranges. Its output is validated again here, against the live
catalog, and becomes the same `Recognition` the templates produce, so it goes
through the same resolution, guard and action path.

Answers are remembered (`Exchanges`): a follow-up question ("and in Germany?")
is asked with the last few exchanges from the same source (the microphone, an MQTT client)
before it, until a pause longer than
`forget_after_seconds`. Commands are not remembered: each stands on its own.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Iterator
from typing import Any

from edgeagent.catalog.model import Catalog, Entity, normalize
from edgeagent.config import IntentSettings
from edgeagent.engines.llm.base import History, LlmEngine
from edgeagent.intent.grounding import (
    Floors,
    grounded,
    says_a_kind,
    says_a_name,
    says_the_opposite,
    value_left_out,
    values_said,
)
from edgeagent.intent.llm_answer import ANSWER_START, answer_pieces, compact
from edgeagent.intent.llm_prompt import (
    MAX_ANSWER_CHARS,
    MAX_CALLS,
    Offered,
    Tool,
    prompt,
    schema,
    tools_for,
    usable,
    user_turn,
)
from edgeagent.intent.templates import Recognition

logger = logging.getLogger(__name__)

UNSURE = "Sorry, I'm not sure which device you mean."
_CUSTOM_WORDS_SAID = 2  # of a custom intent's own words, for the model to call it
_QUESTIONS = {"HassGetState", "HassClimateGetTemperature"}


def parse(
    output: str, tools: list[Tool], catalog: Catalog, offered: Offered | None = None
) -> tuple[list[Recognition], str]:
    """Validated function calls, or an answer, from the model's text; invalid calls are dropped and logged."""
    try:
        data = json.loads(output)
    except ValueError:
        salvaged = _salvage_answer(output)
        if not salvaged:
            logger.warning("LLM output is not JSON: %r", output[:200])
        return [], salvaged
    if isinstance(data, dict) and isinstance(data.get("answer"), str):
        return [], data["answer"].strip()[:MAX_ANSWER_CHARS]
    calls = data if isinstance(data, list) else [data]
    known = {tool.function: (tool, set(devices)) for tool, devices in offered or usable(tools, catalog)}
    return [r for call in calls[:MAX_CALLS] if (r := _validate(call, known))], ""


def _salvage_answer(output: str) -> str:
    """An answer cut by the token cap: keep its whole sentences (tool calls are never salvaged)."""
    if not compact(output).startswith(ANSWER_START):
        return ""
    text = output.split(":", 1)[1].strip().lstrip('"')
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    return text[: cut + 1].strip() if cut > 0 else ""


def _validate(call: Any, known: dict[str, tuple[Tool, set[str]]]) -> Recognition | None:
    """The call as a Recognition when it is exactly a call of a known function; else None (logged)."""
    if not isinstance(call, dict) or set(call) != {"name", "arguments"} or not isinstance(call["name"], str):
        logger.warning("LLM call dropped: not a function call: %r", call)
        return None
    if call["name"] not in known:
        logger.warning("LLM call dropped: not a call of a known function: %r", call)
        return None
    tool, devices = known[call["name"]]
    problem = _problem(call["arguments"], tool, devices)
    if problem:
        logger.warning("LLM call dropped: %s in %r", problem, call)
        return None
    slots = {k: v for k, v in call["arguments"].items() if k != "device"}
    if tool.targets_devices:
        slots["name"] = [str(call["arguments"]["device"]).lower()]
    return Recognition(tool.intent, slots, "")


def _problem(arguments: Any, tool: Tool, devices: set[str]) -> str:
    """What is wrong with `arguments` for `tool` ("" when nothing is)."""
    if not isinstance(arguments, dict):
        return "the arguments are not an object"
    expected = set(tool.slots) | ({"device"} if tool.targets_devices else set())
    if set(arguments) != expected:
        return f"arguments {sorted(arguments)} where {tool.function} takes {sorted(expected)}"
    device = arguments.get("device")
    if tool.targets_devices and (not isinstance(device, str) or device not in devices):
        return f"{device!r} is not a device {tool.function} can act on"
    for slot, rules in tool.slots.items():
        if not _within(arguments[slot], rules):
            return f"{slot}={arguments[slot]!r} outside {rules}"
    return ""


def _within(value: Any, rules: dict[str, Any]) -> bool:
    if "enum" in rules:
        return value in rules["enum"]
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    low, high = rules.get("minimum", value), rules.get("maximum", value)
    return bool(low <= value <= high)


def _sentence_words(intent: IntentSettings) -> frozenset[str]:
    """The fixed words of a custom intent's sentence templates, long enough to tell it apart."""
    plain = re.sub(r"\{[^}]*\}", " ", " ".join(intent.sentences))
    return frozenset(w for w in normalize(plain).split() if len(w) > 3)


class Exchanges:
    """The last answers and what they answered, per source (the microphone's conversation is not an
    MQTT client's), each forgotten after a pause. Thread-safe."""

    def __init__(self, keep: int, forget_after_seconds: float) -> None:
        self._kept: dict[str, deque[tuple[str, str]]] = {}
        self._last: dict[str, float] = {}
        self._keep = keep
        self._forget_after_s = forget_after_seconds
        self._lock = threading.Lock()

    def recent(self, source: str = "") -> History:
        with self._lock:
            kept = self._kept.get(source)
            if kept is not None and time.monotonic() - self._last[source] > self._forget_after_s:
                kept.clear()
            return tuple(kept or ())

    def add(self, user_turn: str, answer: str, source: str = "") -> None:
        if self._keep <= 0 or not answer:
            return
        with self._lock:
            kept = self._kept.setdefault(source, deque(maxlen=self._keep))
            kept.append((user_turn, json.dumps({"answer": answer}, ensure_ascii=False)))
            self._last[source] = time.monotonic()


class LlmUnderstanding:
    """Templates could not place the sentence: ask the model, under the schema, over the live catalog."""

    def __init__(
        self,
        engine: LlmEngine,
        catalog: Catalog,
        custom: tuple[IntentSettings, ...],
        *,
        max_tokens: int,
        floors: Floors | None = None,
        exchanges: Exchanges | None = None,
    ) -> None:
        self.engine = engine
        self.exchanges = exchanges or Exchanges(0, 0.0)
        self._floors = dict(floors or {})
        self._custom_words = {intent.name: _sentence_words(intent) for intent in custom}
        self._catalog = catalog
        self._tools = tools_for(custom)
        self._max_tokens = max_tokens
        self._primed_for: int | None = None
        self._offered_for: tuple[int, Offered] | None = None
        self._schema = ""

    def ensure_primed(self) -> None:
        """Prefill the prompt again only when the catalog changed.

        Called off the turn thread (the daemon's upkeep) after catalog changes; a turn
        only primes when the model was never primed."""
        version = self._catalog.version
        if version == self._primed_for:
            return
        offered = self._offered()
        fixed = prompt(self._tools, self._catalog, offered)
        built = json.dumps(schema(self._tools, self._catalog, offered))
        self.engine.prime(fixed.system, (built,), examples=fixed.examples)
        self._schema, self._primed_for = (
            built,
            version,
        )  # only now: a turn meanwhile used the old, still primed

    def ask(
        self, text: str, here: str, cancel: threading.Event, *, source: str = ""
    ) -> tuple[list[Recognition], Iterator[str] | None]:
        """Tool calls (validated, complete), or the answer as a stream of pieces to speak.

        The first few characters tell which: an answer is streamed while the model
        is still writing it, so speech starts at its first clause. Validation uses the
        live catalog, so a prompt a moment older than the catalog stays safe.
        """
        if self._primed_for is None:
            self.ensure_primed()
        turn = user_turn(text, here)
        pieces = self.engine.generate(
            turn,
            max_tokens=self._max_tokens,
            cancel=cancel,
            schema=self._schema,
            history=self.exchanges.recent(source),
        )
        head = ""
        for piece in pieces:
            head += piece
            if len(compact(head)) >= len(ANSWER_START):
                break
        if compact(head).startswith(ANSWER_START):
            return [], self._remembered(turn, answer_pieces(head, pieces), cancel, source)
        recognized, answer = parse(head + "".join(pieces), self._tools, self._catalog, self._offered())
        if answer:
            self.exchanges.add(turn, answer, source)
            return [], iter([answer])
        called = {str(n).lower() for r in recognized for n in r.slots.get("name") or ()}
        kept = [g for r in recognized if (g := self._grounded(r, text, here, called)) is not None]
        if recognized and not kept:
            return [], iter([UNSURE])
        return [Recognition(r.intent, r.slots, text) for r in kept], None

    def _remembered(
        self, turn: str, pieces: Iterator[str], cancel: threading.Event, source: str
    ) -> Iterator[str]:
        """The answer's pieces as they come; the whole answer remembered once it was said to its end."""
        said: list[str] = []
        try:
            for piece in pieces:
                said.append(piece)
                yield piece
        finally:
            close = getattr(pieces, "close", None)
            if close is not None:
                close()
        if not cancel.is_set():
            self.exchanges.add(turn, " ".join(said), source)

    def _grounded(
        self, recognition: Recognition, text: str, here: str, called: set[str]
    ) -> Recognition | None:
        """The call, pinned to the one device the sentence points at (grounding.py), or None (logged).

        Two devices may share a name: the call is narrowed to the area of the one that is grounded,
        so resolution cannot pick the other; a device the sentence points at no more than at another
        of its kind that no call names (`called`) was a guess."""
        if not values_said(recognition.slots, text):
            logger.info("LLM call dropped: %r does not say the values of %s", text, recognition.slots)
            return None
        if value_left_out(recognition.slots, text, self._catalog):
            logger.info("LLM call dropped: %r says a value that %s does not carry", text, recognition.intent)
            return None
        names = recognition.slots.get("name")
        if says_the_opposite(recognition.intent, text, names or ()):
            logger.info("LLM call dropped: %r asks for the opposite of %s", text, recognition.intent)
            return None
        if not names:
            return recognition if self._custom_said(recognition.intent, text) else None
        asking = recognition.intent in _QUESTIONS
        fitting = [
            e
            for e in self._catalog.entities()
            if names[0] in (n.lower() for n in e.names)
            and grounded(e, text, here, self._catalog, self._floors, asking=asking)
        ]
        if not fitting:
            logger.info("LLM call dropped: %r does not point at %s", text, names[0])
            return None
        if len(fitting) == 1 and self._also_fits(fitting[0], text, here, asking, called):
            logger.info("LLM call dropped: %r points at %s no more than at others", text, names[0])
            return None
        if len(fitting) == 1 and fitting[0].area:
            return Recognition(recognition.intent, {**recognition.slots, "area": fitting[0].area}, text)
        return recognition

    def _also_fits(self, entity: Entity, text: str, here: str, asking: bool, called: set[str]) -> bool:
        """Does the sentence name a kind of device, or a word of names, and point at another of that
        kind, one no call names, just as well ("the big light off" in a room with a ceiling light
        and two lamps, "the viv" with two vivariums)? Then the model only guessed which. A need
        ("too dark in the kitchen") any of them meets."""
        return (says_a_kind(text) or says_a_name(text, self._catalog)) and any(
            other.domain == entity.domain
            and other.id != entity.id
            and not called & {n.lower() for n in other.names}
            and grounded(other, text, here, self._catalog, self._floors, asking=asking)
            for other in self._catalog.entities()
        )

    def _offered(self) -> Offered:
        """What the tools can act on, worked out once per catalog version (28 ms at 1,000 devices
        here), not three times per prefill and again every turn; always of the live catalog."""
        version = self._catalog.version
        if self._offered_for is None or self._offered_for[0] != version:
            self._offered_for = (version, usable(self._tools, self._catalog))
        return self._offered_for[1]

    def _custom_said(self, intent: str, text: str) -> bool:
        """A custom intent only when two words of its own sentences were said (one, when they have only
        one): "move" and "meters" for RobotMove, not one shared word such as "move" alone."""
        words = self._custom_words.get(intent)
        if words is None:  # a built-in one without a device: a timer, the time
            return True
        if len(words & set(normalize(text).split())) >= min(_CUSTOM_WORDS_SAID, len(words)):
            return True
        logger.info("LLM call dropped: %r says too little of %s's sentences", text, intent)
        return False
