"""Home Assistant's own English intent tests, run through edgeagent's understanding (no LLM).

    .venv/bin/python -m tests.bench.ha_tests PATH/TO/home-assistant/intents/tests/en [--misses]
        [--voice "espeak en-gb 170" ...] [--every N]

The tests are not shipped here: point it at the `tests/en` folder of a checkout of
github.com/home-assistant/intents. Their fixture home (`_fixtures.yaml`) is announced the way
MQTT discovery announces it (the domains discovery cannot announce, such as people, weather,
media players and to-do lists, are left out, with the sentences about them). A sentence is
right when the intent and the devices acted on or asked about are the ones its slots select;
a wrong action is counted apart. Files in subfolders are spoken to an assistant in the living
room (they carry no context of their own). With `--voice`, each sentence is also said by that
voice of the bench's set (`edgeagent.bench.voices`), transcribed as the daemon does, and judged
on what was heard.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from edgeagent.audio.frames import voiced_ms
from edgeagent.bench import scenarios, voices
from edgeagent.catalog.model import Catalog, Entity
from edgeagent.catalog.vocabulary import HomePrompt
from edgeagent.config import Config
from edgeagent.engines import factory
from edgeagent.engines.stt.base import surest
from edgeagent.intent import hearing
from edgeagent.intent.hearing import Hearing
from edgeagent.intent.local import LOCAL_INTENTS
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Decision, Understanding
from tests.bench import homes, judge

ANNOUNCED = {
    "light", "switch", "fan", "cover", "valve", "climate", "lock", "vacuum", "lawn_mower", "scene",
    "sensor", "binary_sensor", "button", "humidifier",
}  # fmt: skip
FEATURES = {
    "light": ("brightness", "color", "color_temp"), "fan": ("percentage",), "cover": ("position",),
    "valve": ("position",),
}  # fmt: skip
SAME_INTENT = {"HassOpenCover": "HassTurnOn", "HassCloseCover": "HassTurnOff"}  # HA's cover tests use both
QUESTIONS = {"HassGetState", "HassClimateGetTemperature"}
# what an intent acts on when its slots name no device, no domain and no class (Home Assistant's handlers)
ACTS_ON = {
    "HassTurnOn": ("light",), "HassTurnOff": ("light",), "HassLightSet": ("light",),
    "HassClimateGetTemperature": ("climate",), "HassClimateSetTemperature": ("climate",),
    "HassSetPosition": ("cover", "valve"), "HassFanSetSpeed": ("fan",), "HassVacuumStart": ("vacuum",),
    "HassVacuumReturnToBase": ("vacuum",), "HassLawnMowerStartMowing": ("lawn_mower",),
    "HassLawnMowerDock": ("lawn_mower",),
}  # fmt: skip
SATELLITE_ROOM = "Living Room"


@dataclass(frozen=True)
class Case:
    file: str
    sentence: str
    intent: str
    slots: dict[str, Any]
    here: str


def fixture_home(folder: Path) -> homes.Home:
    """The fixture home as bench devices."""
    fixture = yaml.safe_load((folder / "_fixtures.yaml").read_text(encoding="utf-8"))
    areas = {a["id"]: a for a in fixture["areas"]}
    floor_names = {f["id"]: f["name"].lower() for f in fixture.get("floors", [])}
    floors: dict[str, list[str]] = defaultdict(list)
    for area in fixture["areas"]:
        if area.get("floor"):
            floors[floor_names[area["floor"]]].append(area["name"])
    devices = []
    for entity in fixture["entities"]:
        domain = entity["id"].split(".")[0]
        if domain not in ANNOUNCED:
            continue
        attributes = entity.get("attributes") or {}
        area = areas[entity["area"]]["name"] if entity.get("area") else ""
        devices.append(
            homes.Device(
                entity["name"],
                domain,
                area,
                attributes.get("device_class", ""),
                FEATURES.get(domain, ()),
                _payload(domain, entity.get("state")),
                attributes.get("unit_of_measurement", ""),
            )
        )
    return homes.Home("ha", tuple(devices), {floor: tuple(names) for floor, names in floors.items()})


def _payload(domain: str, state: Any) -> str | None:
    """The state payload a device would publish for the fixture's state."""
    if isinstance(state, dict):  # binary sensors: {"in": "open", "out": "on"}
        state = state.get("out")
    if state in (None, ""):
        return None
    said = str(state)
    return said.upper() if domain in ("light", "switch", "fan", "binary_sensor", "lock") else said


def cases(folder: Path) -> Iterator[Case]:
    for path in sorted(folder.rglob("*.yaml")):
        if path.name.startswith("_"):
            continue
        in_subfolder = path.parent != folder
        for test in yaml.safe_load(path.read_text(encoding="utf-8")).get("tests") or []:
            intent = test.get("intent")
            if isinstance(intent, dict):
                name, slots = intent.get("name", ""), dict(intent.get("slots") or {})
                context = intent.get("context") or test.get("context") or {}
            else:  # subfolder files: the folder is the intent, the slots are on the test
                name, slots, context = path.parent.name, dict(test.get("slots") or {}), {}
            here = str(_value(context.get("area")) or "") if isinstance(context, dict) else ""
            if in_subfolder and not slots.get("area"):
                here = SATELLITE_ROOM
                slots["area"] = SATELLITE_ROOM
            for sentence in test.get("sentences") or []:
                yield Case(str(path.relative_to(folder)), sentence, name, slots, here)


def _value(value: Any) -> Any:
    return value.get("value") if isinstance(value, dict) else value


def _said(value: Any) -> list[str] | None:
    value = _value(value)
    if value is None:
        return None
    values = value if isinstance(value, list) else [value]
    return [str(_value(v)).strip().lower() for v in values]


def expected(case: Case, entities: list[Entity], floors: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The devices the test's slots select (the default for "turn on" with no domain: lights)."""
    slots = case.slots
    chosen = entities
    for key, value_of in (
        ("name", lambda e: e.name.lower()),
        ("domain", lambda e: e.domain),
        ("device_class", lambda e: e.device_class or ""),
        ("area", lambda e: (e.area or "").lower()),
    ):
        wanted = _said(slots.get(key))
        if wanted:
            chosen = [e for e in chosen if value_of(e) in wanted]
    floor = _said(slots.get("floor"))
    if floor:
        on_floor = {a.lower() for f in floor for a in floors.get(f, ())}
        chosen = [e for e in chosen if (e.area or "").lower() in on_floor]
    if not any(slots.get(k) for k in ("name", "domain", "device_class")) and case.intent in ACTS_ON:
        chosen = [e for e in chosen if e.domain in ACTS_ON[case.intent]]
    return frozenset(e.id for e in chosen)


def left_out(case: Case) -> str:
    """Why a case is not run, or ""."""
    if case.intent.startswith("HassMedia") or case.intent in ("HassSetVolume", "HassBroadcast"):
        return "media players and satellites are not announced over MQTT discovery"
    if case.intent.startswith(("HassShoppingList", "HassList")):
        return "shopping and to-do lists are Home Assistant's own, not MQTT devices"
    if case.intent == "HassGetWeather":
        return "weather is not announced over MQTT discovery"
    domains = _said(case.slots.get("domain")) or []
    if set(domains) - ANNOUNCED:
        return f"{', '.join(sorted(set(domains) - ANNOUNCED))}: not announced over MQTT discovery"
    return ""


def verdict(decision: Decision, case: Case, wanted: frozenset[str]) -> judge.Verdict:
    decision_intent = SAME_INTENT.get(decision.intent, decision.intent)
    if case.intent in LOCAL_INTENTS:  # timers, time, date: no device to select
        right = decision_intent == case.intent
        miss = "" if right else ("not understood" if decision.source == "none" else "wrong intent")
        return judge.Verdict(right, bool(decision.actions), miss)
    same = dataclasses.replace(decision, intent=decision_intent)
    return judge.judge(same, case.intent, wanted, any_of=case.intent in QUESTIONS)


class Heard:
    """Sentences said by a voice of the bench's set and transcribed the daemon's way (the home's
    words in Whisper's prompt; the hearing the home's templates understand, else heard again when
    Whisper was unsure: `surest`, as the turn does), instead of typed."""

    def __init__(self, voice: voices.Voice, config: Config, catalog: Catalog, stack: ExitStack) -> None:
        self._speaker = stack.enter_context(voices.speaking(voice, config))
        self._stt = stack.enter_context(closing(factory.build_stt(config)))
        self._prompt = HomePrompt(catalog, config.stt.initial_prompt, config.stt.language)
        self._language = config.stt.language
        self._understood = Understanding(TemplateRecognizer(config.stt.language), catalog).recognizes

    def __call__(self, sentence: str) -> str:
        return self.clearly(sentence)[0]

    def clearly(self, sentence: str) -> tuple[str, Hearing]:
        """What was heard, and how clearly (as the turn judges it: `hearing.of_speech`)."""
        pcm = self._speaker.in_room(
            scenarios.silence(300) + self._speaker.say(sentence) + scenarios.silence(700)
        )
        prompt = self._prompt()
        heard = self._stt.transcribe(pcm, self._language, initial_prompt=prompt)
        chosen = surest(self._stt, heard, pcm, prompt=prompt, understood=self._understood)
        return chosen.text, hearing.of_speech(chosen.log_prob, voiced_ms(pcm), chosen.alternatives)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, help="tests/en of a home-assistant/intents checkout")
    parser.add_argument("--misses", action="store_true", help="list every sentence not right")
    parser.add_argument("--voice", action="append", help="say each sentence in this voice of the bench's set")
    parser.add_argument("--every", type=int, default=1, help="only every Nth sentence (spoken runs)")
    args = parser.parse_args()
    home = fixture_home(args.folder)
    built = homes.catalog(home)
    runnable, skipped = _runnable(list(cases(args.folder))[:: args.every], built, home)
    with ExitStack() as stack:
        ways: dict[str, Callable[[str], str]] = {"typed": str}
        for voice in voices.select(args.voice) if args.voice else ():
            ways[voice.name] = Heard(voice, Config(), built, stack)
        for way, hear in ways.items():
            print(f"{way}:")
            _report(_judged(runnable, built, home, hear, args.misses))
    print("left out:", json.dumps(dict(skipped)))
    return 0


def _runnable(
    every: list[Case], built: Catalog, home: homes.Home
) -> tuple[list[tuple[Case, frozenset[str]]], Counter[str]]:
    entities = list(built.entities())
    runnable, skipped = [], Counter[str]()
    for case in every:
        wanted = expected(case, entities, home.floors)
        reason = left_out(case) or ("" if wanted or case.intent in LOCAL_INTENTS else "no such device")
        if reason:
            skipped[reason] += 1
        else:
            runnable.append((case, wanted))
    return runnable, skipped


def _judged(
    runnable: list[tuple[Case, frozenset[str]]],
    built: Catalog,
    home: homes.Home,
    hear: Callable[[str], str],
    misses: bool,
) -> list[tuple[str, judge.Verdict]]:
    understanding = Understanding(TemplateRecognizer("en", floors=home.floors), built, floors=home.floors)
    verdicts = []
    for case, wanted in runnable:
        heard = hear(case.sentence)
        decision = understanding.decide(heard, here=case.here)
        result = verdict(decision, case, wanted)
        verdicts.append((case.intent, result))
        if misses and not result.right:
            said = repr(heard) if heard == case.sentence else f"{case.sentence!r} heard {heard!r}"
            print(f"  {result.miss:15} {case.intent:26} {said} -> {decision.response!r}")
    return verdicts


def _report(verdicts: list[tuple[str, judge.Verdict]]) -> None:
    for label, tally in sorted(judge.tally(verdicts).items()):
        print(f"  {label:28} {json.dumps(tally.as_dict())}")


if __name__ == "__main__":
    raise SystemExit(main())
