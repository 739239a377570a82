"""Benchmark understanding: accuracy on the project's sentence tests, and time per sentence
as the home grows to 10, 100 and 1,000 entities.

    .venv/bin/python -m tests.bench.recognition [--json]

Accuracy: a case counts when intent, published messages and response all match
(the same checks as tests/unit/test_understanding.py). Timing: median and p95
over the sentence set, per home size, after warm-up; the synthetic homes add
lights and switches with distinct names across 20 areas to the test home.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import replace

from edgeagent.bench.machine import describe as machine
from edgeagent.catalog.model import Catalog, Command, Entity
from edgeagent.config import config_from_mapping
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.timers import Timers
from edgeagent.intent.understand import Understanding
from tests import home
from tests.sentences import CASES, Case

_ROOMS = [
    "kitchen",
    "hallway",
    "bedroom",
    "office",
    "garage",
    "attic",
    "cellar",
    "porch",
    "den",
    "study",
    "nursery",
    "pantry",
    "laundry",
    "library",
    "gym",
    "studio",
    "loft",
    "lounge",
    "patio",
    "workshop",
]
_THINGS = [
    "lamp",
    "spotlight",
    "strip",
    "heater",
    "plug",
    "fountain",
    "speaker",
    "pump",
    "dehumidifier",
    "sconce",
]


def synthetic_home(size: int) -> Catalog:
    catalog = home.catalog()
    for i in range(max(0, size - len(catalog.entities()))):
        room, thing = _ROOMS[i % len(_ROOMS)], _THINGS[(i // len(_ROOMS)) % len(_THINGS)]
        name = f"{room} {thing} {i // (len(_ROOMS) * len(_THINGS)) + 1}"
        command = Command(f"synthetic/{i}/set", lambda _v: "ON")
        catalog.put(
            Entity(
                f"synthetic:{i}",
                name,
                "switch",
                "config",
                area=room.title(),
                commands={"turn_on": command, "turn_off": replace(command, render=lambda _v: "OFF")},
            )
        )
    return catalog


def passes(understanding: Understanding, case: Case) -> bool:
    decision = understanding.decide(case.text, here=case.here)
    got = sorted((a.topic, _parsed(a.payload)) for a in decision.actions)
    want = sorted((t, _parsed(p)) for t, p in case.actions)
    return decision.intent == case.intent and str(got) == str(want) and case.response in decision.response


def _parsed(payload: str) -> object:
    return json.loads(payload) if payload.startswith("{") else payload


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    custom = config_from_mapping(home.CONFIG).intents
    started = time.monotonic()
    recognizer = TemplateRecognizer("en", custom)
    load_ms = (time.monotonic() - started) * 1000
    report: dict[str, object] = {"machine": machine(), "templates_load_ms": round(load_ms)}
    timers = Timers(lambda _text: None)
    accuracy_on = Understanding(recognizer, home.catalog(), custom=custom, timers=timers)
    correct = [c.text for c in CASES if passes(accuracy_on, c)]
    report["accuracy"] = {
        "passed": len(correct),
        "total": len(CASES),
        "failed": [c.text for c in CASES if c.text not in correct],
    }
    timing: dict[str, dict[str, float]] = {}
    for size in (10, 100, 1000):
        understanding = Understanding(recognizer, synthetic_home(size), custom=custom, timers=timers)
        understanding.decide("warm up the new lists")
        times = []
        for case in CASES:
            begin = time.perf_counter()
            understanding.decide(case.text, here=case.here)
            times.append((time.perf_counter() - begin) * 1000)
        times.sort()
        timing[str(size)] = {
            "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
        }
    report["ms_per_sentence_by_entities"] = timing
    timers.close()
    print(json.dumps(report, indent=2) if args.json else _table(report))
    return 0


def _table(report: dict[str, object]) -> str:
    accuracy = report["accuracy"]
    assert isinstance(accuracy, dict)
    lines = [
        f"machine: {report['machine']}",
        f"templates load: {report['templates_load_ms']} ms",
        f"accuracy: {accuracy['passed']}/{accuracy['total']} {accuracy['failed'] or ''}",
    ]
    timing = report["ms_per_sentence_by_entities"]
    assert isinstance(timing, dict)
    lines += [
        f"  {size:>5} entities: median {t['median_ms']} ms, p95 {t['p95_ms']} ms"
        for size, t in timing.items()
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
