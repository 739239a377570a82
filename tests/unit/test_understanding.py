"""Sentences in, decisions out, against the test home (no broker: the catalog is parsed directly)."""

from __future__ import annotations

import json

import pytest

from edgeagent.config import config_from_mapping
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.timers import Timers
from edgeagent.intent.understand import Decision, Understanding
from tests import home
from tests.sentences import CASES, Case

CUSTOM = config_from_mapping(home.CONFIG).intents


@pytest.fixture(scope="module")
def recognizer() -> TemplateRecognizer:
    return TemplateRecognizer("en", CUSTOM)


@pytest.fixture
def understanding(recognizer: TemplateRecognizer) -> Understanding:
    return Understanding(recognizer, home.catalog(), custom=CUSTOM, timers=Timers(lambda _: None))


def published(decision: Decision) -> list[tuple[str, object]]:
    def parsed(payload: str) -> object:
        try:
            return json.loads(payload) if payload.startswith("{") else payload
        except ValueError:
            return payload

    return [(a.topic, parsed(a.payload)) for a in decision.actions]


@pytest.mark.parametrize("case", CASES, ids=[c.text for c in CASES])
def test_sentence(understanding: Understanding, case: Case) -> None:
    decision = understanding.decide(case.text, here=case.here)
    assert decision.intent == case.intent
    expected = [(topic, json.loads(p) if p.startswith("{") else p) for topic, p in case.actions]
    assert sorted(published(decision), key=str) == sorted(expected, key=str)
    assert case.response in decision.response
    assert decision.source == ("template" if case.intent else "none")
    assert all(a.qos == 1 and not a.retain for a in decision.actions)


def test_an_ambiguous_name_is_a_question_not_a_guess(understanding: Understanding) -> None:
    catalog = home.catalog()
    twin = next(e for e in catalog.entities() if e.name == "Hallway light")
    from dataclasses import replace

    catalog.put(replace(twin, id="ha:light/second_hallway", area="Garage"))
    decision = Understanding(understanding._recognizer, catalog).decide("turn on the hallway light", here="")
    assert decision.actions == []
    assert decision.response.startswith("Which one do you mean")


def test_an_operation_the_device_lacks_is_refused(understanding: Understanding) -> None:
    decision = understanding.decide("set the hallway light to 50%")
    assert decision.actions == []
    assert "can't do that" in decision.response


def test_without_an_area_lights_need_a_room(recognizer: TemplateRecognizer) -> None:
    decision = Understanding(recognizer, home.catalog(), here="").decide("turn on the lights in the attic")
    assert decision.actions == []


def test_the_json_is_what_understand_prints(understanding: Understanding) -> None:
    decision = understanding.decide("turn on the kitchen light", here="Kitchen")
    assert decision.to_dict() == {
        "text": "turn on the kitchen light",
        "intent": "HassTurnOn",
        "slots": {"name": ["kitchen light"]},
        "source": "template",
        "targets": ["ha:light/kitchen_ceiling"],
        "actions": [{"topic": "home/kitchen/ceiling/set", "payload": "ON", "qos": 1, "retain": False}],
        "response": "Kitchen light on.",
    }


@pytest.mark.parametrize("said", ["close the blinds in the living room", "open the blinds in the bedroom"])
def test_a_device_named_in_a_room_it_is_not_in_is_not_the_one_elsewhere(
    understanding: Understanding, said: str
) -> None:
    decision = understanding.decide(said, here="Kitchen")  # the only blinds are in the office
    assert decision.actions == []
    assert decision.response.startswith("I don't know a device called blinds in the")
