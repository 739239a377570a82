"""The language-model path of understanding: ask the model, then validate what it wrote.

The model never names a topic. It fills a JSON object constrained by a schema
built from the live catalog (llm_prompt.py): intent names are an enum of known
intents, each intent's device names an enum of the devices it can act on,
numbers have their ranges. Its output is validated again here, against the live
catalog, and becomes the same `Recognition` the templates produce, so it goes
through the same resolution, guard and action path.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

from edgeagent.catalog.model import Catalog
from edgeagent.config import IntentSettings
from edgeagent.engines.llm.base import LlmEngine
from edgeagent.intent.llm_answer import ANSWER_START, answer_pieces, compact
from edgeagent.intent.llm_prompt import (
    MAX_ANSWER_CHARS,
    MAX_CALLS,
    Tool,
    prompt,
    schema,
    tools_for,
    usable,
    user_turn,
)
from edgeagent.intent.templates import Recognition

logger = logging.getLogger(__name__)


def parse(output: str, tools: list[Tool], catalog: Catalog) -> tuple[list[Recognition], str]:
    """Validated tool calls and/or an answer from the model's text; invalid parts are dropped and logged."""
    try:
        data = json.loads(output)
    except ValueError:
        salvaged = _salvage_answer(output)
        if not salvaged:
            logger.warning("LLM output is not JSON: %r", output[:200])
        return [], salvaged
    if not isinstance(data, dict):
        return [], ""
    answer = data.get("answer")
    if isinstance(answer, str):
        return [], answer.strip()[:MAX_ANSWER_CHARS]
    calls = data.get("calls")
    if not isinstance(calls, list):
        return [], ""
    by_intent: dict[str, list[tuple[Tool, set[str]]]] = {}
    for tool, names in usable(tools, catalog):
        by_intent.setdefault(tool.intent, []).append((tool, set(names)))
    recognized = [r for call in calls[:MAX_CALLS] if (r := _validate(call, by_intent))]
    return recognized, ""


def _salvage_answer(output: str) -> str:
    """An answer cut by the token cap: keep its whole sentences (tool calls are never salvaged)."""
    if not compact(output).startswith(ANSWER_START):
        return ""
    text = output.split(":", 1)[1].strip().lstrip('"')
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    return text[: cut + 1].strip() if cut > 0 else ""


def _validate(call: Any, tools: dict[str, list[tuple[Tool, set[str]]]]) -> Recognition | None:
    """The call as a Recognition when it fits one of its intent's variants exactly; else None (logged)."""
    if not isinstance(call, dict) or call.get("intent") not in tools:
        logger.warning("LLM call dropped: unknown intent in %r", call)
        return None
    variants = tools[call["intent"]]
    problems = [_problem(call, tool, names) for tool, names in variants]
    tool = next((t for (t, _), problem in zip(variants, problems, strict=True) if not problem), None)
    if tool is None:
        logger.warning("LLM call dropped: %s in %r", "; ".join(problems), call)
        return None
    slots = {k: v for k, v in call.items() if k != "intent"}
    if "name" in slots:
        slots["name"] = [str(slots["name"]).lower()]
    return Recognition(tool.intent, slots, "")


def _problem(call: dict[str, Any], tool: Tool, names: set[str]) -> str:
    """What is wrong with `call` as a call of `tool` ("" when nothing is)."""
    allowed = set(tool.slots) | ({"name"} if tool.targets_devices else set()) | {"intent"}
    if set(call) - allowed:
        return f"unexpected keys {sorted(set(call) - allowed)}"
    needed = set(tool.slots) | ({"name"} if tool.targets_devices else set())
    if needed - set(call):
        return f"missing {sorted(needed - set(call))}"
    if tool.targets_devices and (not isinstance(call["name"], str) or call["name"] not in names):
        return f"{call['name']!r} is not a device {tool.intent} can act on"
    for slot, rules in tool.slots.items():
        if not _within(call[slot], rules):
            return f"{slot}={call[slot]!r} outside {rules}"
    return ""


def _within(value: Any, rules: dict[str, Any]) -> bool:
    if "enum" in rules:
        return value in rules["enum"]
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    low, high = rules.get("minimum", value), rules.get("maximum", value)
    return bool(low <= value <= high)


class LlmUnderstanding:
    """Templates could not place the sentence: ask the model, under the schema, over the live catalog."""

    def __init__(
        self, engine: LlmEngine, catalog: Catalog, custom: tuple[IntentSettings, ...], *, max_tokens: int
    ) -> None:
        self.engine = engine
        self._catalog = catalog
        self._tools = tools_for(custom)
        self._max_tokens = max_tokens
        self._primed_for: int | None = None
        self._schema = ""

    def ensure_primed(self) -> None:
        """Prefill the prompt again only when the catalog changed.

        Called off the turn thread (the daemon's upkeep) after catalog changes; a turn
        only primes when the model was never primed."""
        version = self._catalog.version
        if version == self._primed_for:
            return
        fixed, built = prompt(self._tools, self._catalog), json.dumps(schema(self._tools, self._catalog))
        self.engine.prime(fixed.system, (built,), examples=fixed.examples)
        self._schema, self._primed_for = (
            built,
            version,
        )  # only now: a turn meanwhile used the old, still primed

    def ask(
        self, text: str, here: str, cancel: threading.Event
    ) -> tuple[list[Recognition], Iterator[str] | None]:
        """Tool calls (validated, complete), or the answer as a stream of pieces to speak.

        The first few characters tell which: an answer is streamed while the model
        is still writing it, so speech starts at its first clause. Validation uses the
        live catalog, so a prompt a moment older than the catalog stays safe.
        """
        if self._primed_for is None:
            self.ensure_primed()
        pieces = self.engine.generate(
            user_turn(text, here), max_tokens=self._max_tokens, cancel=cancel, schema=self._schema
        )
        head = ""
        for piece in pieces:
            head += piece
            if len(compact(head)) >= len(ANSWER_START):
                break
        if compact(head).startswith(ANSWER_START):
            return [], answer_pieces(head, pieces)
        recognized, answer = parse(head + "".join(pieces), self._tools, self._catalog)
        if answer:
            return [], iter([answer])
        return [Recognition(r.intent, r.slots, text) for r in recognized], None
