"""The fast path: hassil over the home-assistant-intents sentence templates.

Fed with the catalog's names, areas and floors (rebuilt only when the catalog
changes), devices called by area and kind ("bedroom thermostat"), and the
assistant's own area as context. On top of exact templates it tolerates what
people say: our own extra templates (extra_sentences.py), several devices joined
with "and", casual phrasing (rephrase.py says it the templates' way) and misheard
names (correct.py mends them); each other way is tried only when the sentence as
said finds nothing.
"""

from __future__ import annotations

import copy
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from edgeagent.catalog.model import Catalog, Entity, fold, normalize, spoken_areas
from edgeagent.config import IntentSettings
from edgeagent.errors import EdgeAgentError
from edgeagent.intent import aliases, correct, extra_sentences, rephrase
from edgeagent.intent import kinds as kinds_module
from edgeagent.intent.local import LOCAL_INTENTS

logger = logging.getLogger(__name__)


class IntentError(EdgeAgentError):
    stage = "intent"


SUPPORTED = LOCAL_INTENTS | {
    "HassTurnOn",
    "HassTurnOff",
    "HassToggle",
    "HassLightSet",
    "HassSetPosition",
    "HassClimateSetTemperature",
    "HassClimateGetTemperature",
    "HassFanSetSpeed",
    "HassVacuumStart",
    "HassVacuumReturnToBase",
    "HassLawnMowerStartMowing",
    "HassLawnMowerDock",
    "HassGetState",
}
_ANSWERS = LOCAL_INTENTS | {"HassGetState", "HassClimateGetTemperature"}  # what a question may become
# Kind words the shipped templates already say for themselves ("turn off the kitchen lights"):
# as names they would outrank those templates.
_TEMPLATE_KINDS = {"light", "lamp", "lighting", "fan", "switch", "cover"}
_BARE_KINDS_LEFT_OUT = _TEMPLATE_KINDS | {"blind", "shade", "curtain", "shutter", "awning"}


@dataclass(frozen=True)
class Recognition:
    intent: str
    slots: dict[str, Any]  # slot -> value; "name" is a list of spoken device names
    text: str  # the sentence that matched (after any corrections)
    combination: str = ""  # the template's slot combination: name_only, area_domain, domain_all, ...
    response: str = ""  # the template's response kind: default, any, all, which, how_many, one_yesno, ...
    domains: tuple[str, ...] = ()  # the domains the template allows a named device to have
    said: dict[str, str] = field(default_factory=dict)  # slot -> its words as said ("garage door")


class TemplateRecognizer:
    def __init__(
        self,
        language: str,
        custom: tuple[IntentSettings, ...] = (),
        *,
        fuzzy_cutoff: int = 80,
        floors: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        from hassil import Intents
        from home_assistant_intents import get_intents

        data = get_intents(language)
        if data is None:
            raise IntentError("language_unsupported", f"no sentence templates for language {language!r}")
        data = copy.deepcopy(data)
        extra_sentences.merge_into(data)
        for intent in custom:
            _add_custom(data, intent)
        self._intents = Intents.from_dict(data)
        self._custom = frozenset(intent.name for intent in custom)
        self._fuzzy_cutoff = fuzzy_cutoff
        self._floors = dict(floors or {})
        self._lists: dict[str, Any] = {}
        self._vocabulary = correct.Vocabulary((), lambda _said, _name: True)
        self._words: frozenset[str] = (
            frozenset()
        )  # of names, areas, floors: what run-together words split into
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
        """The sentence as said; else rephrased the templates' way, with misheard names mended, or both.

        A question is never rephrased or mended into a command. "all lights on" matches a
        question template as said: a sentence that ends in "on" or "off" and does not start like
        a question tries the other ways first, and is only a question if none is a command."""
        self._refresh(catalog)
        text = fold(text)  # the name lists hold names without accents or apostrophes
        text = correct.separated(text, self._words)  # hassil would read "roomlamp" as two
        found = self._exact(text, here) or self._conjoined(text, here)
        question = rephrase.is_question(text)
        if found is not None and not (found.intent == "HassGetState" and rephrase.may_be_a_command(text)):
            return found
        for candidate in self._other_ways(text):
            again = self._exact(candidate, here) or self._conjoined(candidate, here)
            if again is None or (question and again.intent not in _ANSWERS):
                continue
            if again.intent != "HassGetState" or question:
                return again
            found = found or again
        return found

    def _other_ways(self, text: str) -> Iterator[str]:
        shaped = rephrase.rephrased(text)
        if shaped is not None:
            yield shaped
        for said in (text, shaped):
            mended = None if said is None else correct.corrected(said, self._vocabulary, self._fuzzy_cutoff)
            if mended is not None:
                yield mended
        lights = rephrase.a_rooms_lights(shaped or text)
        if lights is not None:  # last: "the bedroom light" is a device's name first
            yield lights

    def _exact(self, text: str, here: str) -> Recognition | None:
        from hassil import recognize_best

        # Always an area, "" when the assistant has none: sentences that mean "here" ("lights off",
        # "set the temperature to 21") still match, and the resolver asks which room (or takes the only one).
        context = {"area": {"value": here, "text": here}}
        result = recognize_best(
            text, self._intents, slot_lists=self._lists, intent_context=context, best_slot_name="name"
        )
        if result is None or not self._handled(result.intent.name):
            return None
        required = result.intent_data.requires_context or {}
        slots: dict[str, Any] = {}
        for name, entity in result.entities.items():
            slots[name] = _plain(entity.value)
        if "name" in result.entities:  # the words said: the resolver finds every device they fit
            slots["name"] = [normalize(str(result.entities["name"].text))]
        if isinstance(required.get("area"), dict):
            slots.pop("area", None)  # "here": the assistant's own area, not one that was said
        domains = required.get("domain") or ()
        return Recognition(
            result.intent.name,
            slots,
            text,
            combination=str((result.intent_metadata or {}).get("slot_combination", "")),
            response=result.response or "",
            domains=(domains,) if isinstance(domains, str) else tuple(domains),
            said={name: str(entity.text).strip() for name, entity in result.entities.items()},
        )

    def _handled(self, intent: str) -> bool:
        return intent in SUPPORTED or intent in self._custom

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
            names = _names(entities)
            areas = list(spoken_areas(catalog.areas()).items())
            floors = [(spoken, floor) for floor in self._floors for spoken in _floor_words(floor)]
            self._lists = {
                "name": TextSlotList.from_tuples(names, allow_template=False),
                "area": TextSlotList.from_tuples(areas, allow_template=False),
                "floor": TextSlotList.from_tuples(floors, allow_template=False),
            }
            self._vocabulary = _vocabulary(entities, [a for a, _ in areas])
            self._words = self._vocabulary.words | correct.words_of(spoken for spoken, _ in floors)
            self._catalog_version = version


def _names(entities: list[Entity]) -> list[tuple[str, str, dict[str, str]]]:
    """(spoken, value, context): every name and alias, then devices called by [area +] kind."""
    names = [
        (normalize(spoken), entity.id, {"domain": entity.domain, "area": entity.area})
        for entity in entities
        for spoken in entity.names
        if normalize(spoken)
    ]
    taken = {spoken for spoken, _, _ in names}
    names += [
        (spoken, entity.id, {"domain": entity.domain, "area": entity.area})
        for entity in entities
        if entity.domain == "lock"
        for name in entity.names
        if (spoken := normalize(name).removesuffix(" lock")) != normalize(name)
    ]  # "lock the patio door": the "Patio door lock" (a door sensor of that name is no lock)
    kinds: dict[tuple[str, str], dict[str, str]] = {}
    spoken_areas_of = spoken_areas({entity.area for entity in entities if entity.area})
    for entity in entities:
        for word in kinds_module.words_for(entity) - _TEMPLATE_KINDS:
            areas = [spoken for spoken, area in spoken_areas_of.items() if area == entity.area]
            said = [f"{area} {form}" for area in areas for form in (word, kinds_module.plural(word))]
            if word not in _BARE_KINDS_LEFT_OUT:
                said += [word, kinds_module.plural(word)]
            for spoken in said:
                if spoken not in taken:
                    kinds[(spoken, entity.domain)] = {"domain": entity.domain, "area": entity.area}
    names += [(spoken, f"kind:{spoken}", context) for (spoken, _), context in kinds.items()]
    every = {spoken for spoken, _, _ in names}
    return names + [
        (short, entity.id, {"domain": entity.domain, "area": entity.area})
        for short, entity in aliases.shortened(entities, every, spoken_areas_of)
    ]  # "the key light": the Elgato Key Light


def _vocabulary(entities: list[Entity], areas: list[str]) -> correct.Vocabulary:
    by_name: dict[str, list[Entity]] = {}
    for entity in entities:
        for name in entity.names:
            by_name.setdefault(normalize(name), []).append(entity)

    def allowed(said: str, name: str) -> bool:
        fitting = by_name.get(name)
        if fitting is None:  # an area: never for a phrase that names a kind of device
            return kinds_module.fits_head(said, None)
        return any(kinds_module.fits_head(said, entity) for entity in fitting)

    return correct.Vocabulary(sorted({*by_name, *areas}), allowed)


def _floor_words(floor: str) -> list[str]:
    """ "first floor" is also said "first" (the templates add "floor" themselves)."""
    spoken = normalize(floor)
    short = spoken.removesuffix(" floor")
    return [spoken, short] if short != spoken else [spoken]


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
