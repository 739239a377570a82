"""The fast path: hassil over the home-assistant-intents sentence templates.

Fed with the catalog's names and areas (rebuilt only when the catalog changes)
and the assistant's own area as context. On top of exact templates it tolerates
what people say: a few extra templates ("start the vacuum", "toggle the lamp"),
several devices joined with "and", and misheard device or area names (rapidfuzz
corrects them and the sentence is tried again).
"""

from __future__ import annotations

import copy
import logging
import re
import threading
from dataclasses import dataclass
from typing import Any

from edgeagent.catalog.model import Catalog, normalize
from edgeagent.config import IntentSettings
from edgeagent.errors import EdgeAgentError

logger = logging.getLogger(__name__)


def _extra(sentences: list[str], domain: str = "") -> dict[str, Any]:
    block: dict[str, Any] = {"sentences": sentences}
    if domain:
        block["slots"] = {"domain": domain}
    return {"data": [block]}


# Sentences the shipped templates miss, in the same format (our own additions).
_VACUUM = "(vacuum|vacuum cleaner|robot vacuum)"
_EXTRA_INTENTS: dict[str, Any] = {
    "HassVacuumStart": _extra([f"(start|run) [<the>] {_VACUUM}"], "vacuum"),
    "HassVacuumReturnToBase": _extra(
        [f"(dock|return|send) [<the>] {_VACUUM} [back] [(to [the] base|home)]"], "vacuum"
    ),
    "HassFanSetSpeed": _extra(["<set> [<the>] fan speed to {fan_speed:percentage}[%| percent]"], "fan"),
    "HassLightSet": _extra(["(dim|brighten) [<the>] {name} to {brightness}[%| percent]"]),
    "HassToggle": _extra(["toggle [<the>] {name}"]),
    "EdgeAgentSetVolume": _extra(["<set> [your|<the>] volume to {volume:volume_level}[%| percent]"]),
}


class IntentError(EdgeAgentError):
    stage = "intent"


@dataclass(frozen=True)
class Recognition:
    intent: str
    slots: dict[str, Any]  # slot -> value; "name" is a list of spoken device names
    text: str  # the sentence that matched (after any corrections)


class TemplateRecognizer:
    def __init__(
        self, language: str, custom: tuple[IntentSettings, ...] = (), *, fuzzy_cutoff: int = 80
    ) -> None:
        from hassil import Intents
        from home_assistant_intents import get_intents

        data = get_intents(language)
        if data is None:
            raise IntentError("language_unsupported", f"no sentence templates for language {language!r}")
        data = copy.deepcopy(data)
        _merge(data["intents"], _EXTRA_INTENTS)
        for intent in custom:
            _add_custom(data, intent)
        self._intents = Intents.from_dict(data)
        self._fuzzy_cutoff = fuzzy_cutoff
        self._lists: dict[str, Any] = {}
        self._vocabulary: list[str] = []
        self._catalog_version = -1
        self._lock = threading.Lock()
        self._warm_up()

    def _warm_up(self) -> None:
        """hassil builds its lookup structures on first use: pay that at start-up, not on a question."""
        self._refresh(Catalog())
        for sentence in (
            "turn on the light",
            "set the light to 50%",
            "what time is it",
            "set a timer for 5 minutes",
        ):
            self.recognize(sentence, Catalog(), here="kitchen")
        self._catalog_version = -1

    def recognize(self, text: str, catalog: Catalog, here: str = "") -> Recognition | None:
        self._refresh(catalog)
        for candidate in (text, *self._corrections(text)):
            found = self._exact(candidate, here) or self._conjoined(candidate, here)
            if found is not None:
                return found
        return None

    def _exact(self, text: str, here: str) -> Recognition | None:
        from hassil import recognize_best

        context = {"area": {"value": here, "text": here}} if here else None
        result = recognize_best(
            text, self._intents, slot_lists=self._lists, intent_context=context, best_slot_name="name"
        )
        if result is None:
            return None
        slots: dict[str, Any] = {}
        for name, entity in result.entities.items():
            slots[name] = _plain(entity.value)
        if "name" in result.entities:  # the words said: the resolver finds every device they fit
            slots["name"] = [normalize(str(result.entities["name"].text))]
        return Recognition(result.intent.name, slots, text)

    def _conjoined(self, text: str, here: str) -> Recognition | None:
        """ "turn off the kitchen and hallway lights" = the same sentence once per device."""
        words = normalize(text).split()
        if "and" not in words:
            return None
        split = words.index("and")
        left, right = words[:split], [w for w in words[split + 1 :]]
        if right[:1] == ["the"]:
            right = right[1:]
        for first_len in (1, 2, 3):
            for second_len in (1, 2, 3):
                if first_len >= len(left) or second_len > len(right):
                    continue
                prefix, first = left[:-first_len], left[-first_len:]
                second, suffix = right[:second_len], right[second_len:]
                one = self._exact(" ".join(prefix + first + suffix), here)
                two = self._exact(" ".join(prefix + second + suffix), here)
                if one and two and one.intent == two.intent:
                    return _combine(one, two, text)
        return None

    def _corrections(self, text: str) -> list[str]:
        """The sentence with misheard names replaced by the closest known ones."""
        from rapidfuzz import fuzz, process

        words = normalize(text).split()
        changed = False
        for length in (3, 2, 1):
            for start in range(0, max(len(words) - length + 1, 0)):
                phrase = " ".join(words[start : start + length])
                if len(phrase) < 4 or phrase in self._vocabulary:
                    continue
                best = process.extractOne(
                    phrase, self._vocabulary, scorer=fuzz.ratio, score_cutoff=self._fuzzy_cutoff
                )
                if best is not None:
                    words[start : start + length] = best[0].split()
                    changed = True
        return [" ".join(words)] if changed else []

    def refresh(self, catalog: Catalog) -> None:
        """Rebuild the name and area lists if the catalog changed (the daemon's upkeep calls it)."""
        self._refresh(catalog)

    def _refresh(self, catalog: Catalog) -> None:
        from hassil import TextSlotList

        with self._lock:
            version = catalog.version  # read first: a change while the lists are built is caught next time
            if version == self._catalog_version:
                return
            entities = catalog.entities()
            names = [
                (normalize(spoken), entity.id, {"domain": entity.domain, "area": entity.area})
                for entity in entities
                for spoken in entity.names
                if normalize(spoken)
            ]
            areas = [(normalize(a), a) for a in catalog.areas()]
            self._lists = {
                "name": TextSlotList.from_tuples(names, allow_template=False),
                "area": TextSlotList.from_tuples(areas, allow_template=False),
                "floor": TextSlotList(name="floor", values=[]),
            }
            self._vocabulary = sorted({n for n, _, _ in names} | {a for a, _ in areas})
            self._catalog_version = version


def _plain(value: Any) -> Any:
    """hassil gives 50.0 for "50%" and 50 for "fifty percent": whole floats become ints."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _combine(one: Recognition, two: Recognition, text: str) -> Recognition:
    slots = dict(one.slots)
    names = list(one.slots.get("name", [])) + list(two.slots.get("name", []))
    areas = [a for a in (one.slots.get("area"), two.slots.get("area")) if a]
    if names:
        slots["name"] = names
    if len(areas) > 1:
        slots["area"] = areas
    return Recognition(one.intent, slots, text)


def _merge(intents: dict[str, Any], extra: dict[str, Any]) -> None:
    for name, definition in extra.items():
        intents.setdefault(name, {"data": []})["data"].extend(copy.deepcopy(definition["data"]))


def _add_custom(data: dict[str, Any], intent: IntentSettings) -> None:
    sentences = []
    for sentence in intent.sentences:
        for slot in intent.slots:
            sentence = re.sub(
                r"\{" + re.escape(slot) + r"\}", "{" + f"{intent.name}_{slot}:{slot}" + "}", sentence
            )
        sentences.append(sentence)
    data["intents"][intent.name] = {"data": [{"sentences": sentences}]}
    for slot, settings in intent.slots.items():
        if settings.values:
            data["lists"][f"{intent.name}_{slot}"] = {"values": list(settings.values)}
        else:
            data["lists"][f"{intent.name}_{slot}"] = {"range": {"from": settings.min, "to": settings.max}}
