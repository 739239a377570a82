"""Sentences generated from every template of every intent we support, over a benchmark home.

For each template (Home Assistant's and our own) and each way to fill it in the
home (a device of a domain the template allows; an area, a floor or here with
devices of the template's domain or class), a few random expansions are drawn with
hassil's sampler, and the expected target is worked out from the template's slot
combination: a named device is that device, an area or a floor is its devices of
the domain, "here" templates mean the assistant's area, "all"/questions without
an area mean the whole home. Templates left out are listed with the reason.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from edgeagent.catalog.model import Catalog, Entity, normalize
from edgeagent.intent import extra_sentences
from edgeagent.intent.extra_sentences import SENSED
from edgeagent.intent.kinds import KINDS, kind_of, words_for
from edgeagent.intent.local import LOCAL_INTENTS
from edgeagent.intent.queries import is_temperature_source
from edgeagent.intent.targets import DOMAINS_BY_INTENT, HERE, SWITCHED, WHOLE_HOME
from edgeagent.intent.templates import SUPPORTED
from tests.bench.homes import Home

_LIST_REF = re.compile(r"\{(\w+)(?::(\w+))?\}")
_ALL_WORDS = re.compile(r"\b(all|every|each|everywhere|whole|entire)\b")
_NUMBERS = {"temperature": ["21", "19"], "color_temperature": ["3000", "4000"]}
_LEFT_OUT = {
    "person": "people and zones are not announced over MQTT discovery",
    "media_player": "media players are not supported",
    "script": "scripts are not announced over MQTT discovery",
    "input_boolean": "helpers are not announced over MQTT discovery",
}


@dataclass(frozen=True)
class Generated:
    text: str
    intent: str
    here: str
    expected: frozenset[str]  # entity ids; empty for intents without a device
    any_of: bool  # one of `expected` is enough (the temperature of an area)
    combination: str
    template: str


def generate(
    home: Home, catalog: Catalog, per_template: int = 2, seed: int = 7
) -> tuple[list[Generated], dict[str, str]]:
    """(the sentences, {template: why it was left out})."""
    from hassil import Intents
    from home_assistant_intents import get_intents

    data = get_intents("en")
    assert data is not None
    extra_sentences.merge_into(data)
    intents = Intents.from_dict(data)
    rng = random.Random(seed)
    cases: list[Generated] = []
    left_out: dict[str, str] = {}
    for name in sorted(SUPPORTED & set(intents.intents)):
        for block in intents.intents[name].data:
            for sentence in block.sentence_texts:
                why = _why_left_out(block, sentence)
                if why:
                    left_out[f"{name}: {sentence}"] = why
                    continue
                made = list(_cases(name, block, sentence, home, catalog, intents, rng, per_template))
                if not made:
                    left_out[f"{name}: {sentence}"] = "the home has no device this template can name"
                cases += made
    return cases, left_out


def _why_left_out(block: Any, sentence: str) -> str:
    domains = _required_domains(block)
    if domains and not set(domains) - set(_LEFT_OUT):
        return _LEFT_OUT[domains[0]]
    if block.slots.get("domain") in _LEFT_OUT:
        return _LEFT_OUT[block.slots["domain"]]
    if any(ref in block.wildcard_list_names for ref, _ in _refs(sentence)):
        return "free text (a timer's name, a zone): not sampled"
    return ""


def _refs(sentence: str) -> list[tuple[str, str]]:
    """(list name, slot name) of every {list} a template uses."""
    return [(m[1], m[2] or m[1]) for m in _LIST_REF.finditer(sentence)]


def _required_domains(block: Any) -> list[str]:
    domains = (block.requires_context or {}).get("domain") or []
    return [domains] if isinstance(domains, str) else list(domains)


def _cases(
    intent: str,
    block: Any,
    sentence: str,
    home: Home,
    catalog: Catalog,
    intents: Any,
    rng: random.Random,
    count: int,
) -> Iterator[Generated]:
    from hassil.intents import TextSlotList
    from hassil.parse_expression import parse_sentence
    from hassil.sample import sample_expression

    refs = dict(_refs(sentence))
    combination = str((block.metadata or {}).get("slot_combination", ""))
    for fill in _fills(intent, block, refs, home, catalog, intents, rng):
        said = {"area": "kitchen", "floor": "first floor", "name": "kitchen ceiling", **fill.texts}
        lists = {**_fixed_numbers(intents), **{k: TextSlotList.from_strings([v]) for k, v in said.items()}}
        parsed = parse_sentence(sentence, keep_text=True)
        texts = list(
            itertools.islice(sample_expression(parsed.expression, lists, intents.expansion_rules), 300)
        )
        for text in rng.sample(texts, min(count, len(texts))):
            text = " ".join(text.split())
            widened = fill.everywhere and _ALL_WORDS.search(text) and not HERE.search(text)
            expected = fill.everywhere if widened else fill.expected
            yield Generated(text, intent, fill.here, expected, fill.any_of, combination, sentence)


@dataclass(frozen=True)
class _Fill:
    texts: dict[str, str]  # list name -> the one value to say
    here: str
    expected: frozenset[str]
    everywhere: frozenset[str] = frozenset()  # what "all" makes of a sentence meant for here
    any_of: bool = False


def _fills(
    intent: str,
    block: Any,
    refs: dict[str, str],
    home: Home,
    catalog: Catalog,
    intents: Any,
    rng: random.Random,
) -> Iterator[_Fill]:
    entities = catalog.entities()
    if intent in LOCAL_INTENTS:  # timers, time, volume, "who made you": no device
        yield _Fill(_values(refs, intents, rng), "Kitchen", frozenset())
        return
    domains = _required_domains(block)
    if "name" in refs:
        named = [
            e for e in entities if (not domains or e.domain in domains) and _fits_intent(intent, e, refs)
        ]
        if "device_kind" in refs:  # "is the phone battery low": the named device's sensor of that kind
            named = [e for e in named if _kind_words(e)]
        for entity in rng.sample(named, min(2, len(named))):
            texts = {**_values(refs, intents, rng), "name": entity.name}
            if "device_kind" in refs:
                texts["device_kind"] = rng.choice(_kind_words(entity))
            if "area" in refs:
                if not entity.area:
                    continue
                texts["area"] = entity.area
            floor = _floor_of(home, entity.area)
            if "floor" in refs:
                if not floor:
                    continue
                texts["floor"] = floor
            yield _Fill(texts, _elsewhere(home, entity.area), frozenset({entity.id}))
        return
    yield from _group_fills(intent, block, refs, home, entities, intents, rng)


def _kind_words(entity: Entity) -> list[str]:
    """One-word kind words that fit the entity ("battery"; not "back door", a name of its own)."""
    return sorted(word for word in words_for(entity) if " " not in word)


def _group_fills(
    intent: str,
    block: Any,
    refs: dict[str, str],
    home: Home,
    entities: list[Entity],
    intents: Any,
    rng: random.Random,
) -> Iterator[_Fill]:
    for _attempt in range(12):  # values that some device of the home fits ("blinds" in a home with blinds)
        texts = _values(refs, intents, rng)
        matching = [e for e in entities if _matches(intent, block, texts, refs, e)]
        if matching:
            break
    else:
        return
    areas = sorted({e.area for e in matching if e.area})
    combination = str((block.metadata or {}).get("slot_combination", ""))
    any_of = intent == "HassClimateGetTemperature"
    everywhere = frozenset(e.id for e in matching)
    area = rng.choice(areas) if areas else ""
    in_area = frozenset(e.id for e in matching if e.area == area)
    if "area" in refs:
        yield _Fill({**texts, "area": area}, _elsewhere(home, area), in_area, any_of=any_of)
    elif "floor" in refs:
        floors = [f for f, on in home.floors.items() if any(e.area in on for e in matching)]
        if floors:
            floor = rng.choice(floors)
            on = frozenset(e.id for e in matching if e.area in home.floors[floor])
            yield _Fill({**texts, "floor": floor}, _elsewhere(home, ""), on, any_of=any_of)
    elif combination in WHOLE_HOME:
        yield _Fill(texts, area, everywhere, any_of=any_of)
    else:  # "turn off the lights", "set the fan speed to 50%": here, unless "all" is said
        yield _Fill(texts, area, in_area, everywhere, any_of=any_of)


def _matches(intent: str, block: Any, texts: dict[str, str], refs: dict[str, str], entity: Entity) -> bool:
    if intent == "HassClimateGetTemperature":
        return is_temperature_source(entity)
    domain = block.slots.get("domain") or {"HassClimateSetTemperature": "climate"}.get(intent, "")
    kind_word = (
        texts.get("device_kind")
        or texts.get("device_kinds")
        or texts.get("sensed")
        or block.slots.get("kind")
    )
    if kind_word:  # every device of the kind (in the template's domain), that can do it if a command
        combination = str((block.metadata or {}).get("slot_combination", ""))
        domains = (domain,) if domain else SWITCHED if combination == "kind_all" else ()
        fits = KINDS[_out(kind_word)].matches(entity) and (not domains or entity.domain in domains)
        return fits and (intent == "HassGetState" or bool(entity.commands))
    if domain and entity.domain != domain:
        return False
    if "cover_classes" in refs:
        device_class = _COVER_CLASS_OUT.get(texts["cover_classes"], texts["cover_classes"])
        if intent == "HassGetState":
            return (
                KINDS[device_class].matches(entity)
                if device_class in KINDS
                else entity.device_class == device_class
            )
        return entity.device_class == device_class
    return _fits_intent(intent, entity, refs)


_COVER_CLASS_OUT = {"garage door": "garage"}


def _out(word: str) -> str:
    """The kind word a spoken kind or sensed thing stands for ("movement" -> "motion", "plugs" -> "plug")."""
    said = normalize(word)
    kind = kind_of(said)
    return SENSED.get(said) or (kind.word if kind else said)


_NEEDS = {
    "brightness": "brightness",
    "color": "color",
    "color_temperature": "color_temp",
    "position": "position",
}


def _fits_intent(intent: str, entity: Entity, refs: dict[str, str]) -> bool:
    """The entity can do what the template asks (a colour needs a colour light)."""
    domains = DOMAINS_BY_INTENT.get(intent)
    if domains and entity.domain not in domains:
        return False
    needed = {_NEEDS[r] for r in refs if r in _NEEDS} | {_NEEDS[s] for s in refs.values() if s in _NEEDS}
    if intent == "HassLightSet" and "temperature" in refs.values():
        needed.add("color_temp")
    if not entity.commands and intent != "HassGetState" and intent != "HassClimateGetTemperature":
        return False  # a sensor: nothing to switch
    return intent not in ("HassLightSet", "HassSetPosition") or needed <= set(entity.commands)


def _values(refs: dict[str, str], intents: Any, rng: random.Random) -> dict[str, str]:
    """One spoken value for every list that is not a name, area or floor."""
    from hassil.intents import TextSlotList

    chosen: dict[str, str] = {}
    for list_name in refs:
        if list_name in ("name", "area", "floor"):
            continue
        slot_list = intents.slot_lists.get(list_name)
        if isinstance(slot_list, TextSlotList) and slot_list.values:
            value = rng.choice(slot_list.values)
            chosen[list_name] = _first_text(value.text_in)
    return chosen


def _first_text(expression: Any) -> str:
    from hassil.sample import sample_expression

    return " ".join(next(iter(sample_expression(expression))).split())


def _fixed_numbers(intents: Any) -> dict[str, Any]:
    """Range lists said as one or two plain numbers (the sampler would list them all)."""
    from hassil.intents import RangeSlotList, TextSlotList

    fixed: dict[str, Any] = {}
    for name, slot_list in intents.slot_lists.items():
        if isinstance(slot_list, RangeSlotList):
            middle = (slot_list.start + slot_list.stop) // 2
            fixed[name] = TextSlotList.from_strings(_NUMBERS.get(name, [str(middle)]))
    return fixed


def _floor_of(home: Home, area: str) -> str:
    return next((floor for floor, areas in home.floors.items() if area in areas), "")


def _elsewhere(home: Home, area: str) -> str:
    """An area of the home other than `area`: a sentence that names its place must not need here."""
    areas = sorted({d.area for d in home.devices if d.area and d.area != area})
    return areas[0] if areas else ""
