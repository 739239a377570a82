"""The kinds of sentence beyond one device by its name: questions answered from live state,
domain-wide commands, floors, devices called by room and kind, misheard names; and deciding
has no side effects (the act step runs them)."""

from __future__ import annotations

import pytest

from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.timers import Timers
from edgeagent.intent.understand import Decision, Understanding
from tests.bench import homes


def brain(home: homes.Home, here: str = "") -> Understanding:
    catalog = homes.catalog(home)
    recognizer = TemplateRecognizer("en", floors=home.floors)
    return Understanding(recognizer, catalog, here=here, floors=home.floors, timers=Timers(lambda _: None))


@pytest.fixture(scope="module")
def full() -> Understanding:
    return brain(homes.FULL, here="Kitchen")


@pytest.fixture(scope="module")
def cottage() -> Understanding:
    return brain(homes.COTTAGE, here="Kitchen")


def names(decision: Decision, understanding: Understanding) -> set[str]:
    catalog = understanding._catalog
    return {e.name for e in catalog.entities() if e.id in decision.targets}


def topics(decision: Decision) -> set[str]:
    return {a.topic for a in decision.actions}


def test_questions_by_device_class_are_answered_from_live_state(full: Understanding) -> None:
    assert full.decide("is the phone battery low").response == "Yes."
    assert full.decide("are any windows open").response == "Yes, the Kitchen window."
    assert full.decide("is there motion in the garage").response == "No, none is detected."
    assert full.decide("is carbon monoxide detected").response == "No, the CO detector is clear."
    assert full.decide("how many lights are on").response == (
        "3 are on: the Hallway light, the Kitchen ceiling and the Living room lamp."
    )
    assert full.decide("is the garage door shut").response == "Yes."


def test_a_question_about_a_device_with_no_state_yet_says_so(full: Understanding) -> None:
    assert full.decide("is the driveway gate open").response == "No, the Driveway gate is closed."
    assert "don't know the state" in full.decide("what is the thermostat").response


def test_all_and_everywhere_mean_the_whole_home(full: Understanding) -> None:
    decision = full.decide("turn off all the lights")
    assert len(decision.actions) == 9
    decision = full.decide("turn all fans off")
    assert names(decision, full) == {"Ceiling fan", "Office fan"}
    assert names(full.decide("turn off the lights"), full) == {"Kitchen ceiling", "Pendant lights"}


def test_a_floor_is_the_areas_on_it(full: Understanding) -> None:
    decision = full.decide("turn off the lights on the first floor")
    assert names(decision, full) == {"Bedroom light", "Zoë's lamp", "Office desk lamp"}


def test_devices_called_by_room_and_kind(cottage: Understanding) -> None:
    assert names(cottage.decide("set the bedroom thermostat to 20"), cottage) == {"Smart Thermostat"}
    assert names(cottage.decide("lock the guest house door"), cottage) == {"Smart Lock"}
    assert names(cottage.decide("turn on the garden sprinklers"), cottage) == {"Smart Sprinkler System"}
    assert names(cottage.decide("turn off the kitchen smart plug"), cottage) == {"Smart Plug"}


def test_misheard_names_are_mended_never_onto_another_kind(full: Understanding) -> None:
    assert names(full.decide("turn of the kitchn ceiling"), full) == {"Kitchen ceiling"}
    assert names(full.decide("switch on the pendent lights"), full) == {"Pendant lights"}
    assert names(full.decide("turn on zoes lamp"), full) == {"Zoë's lamp"}
    assert full.decide("open the kitchen lamp").actions == []


def test_deciding_starts_no_timer_acting_does(full: Understanding) -> None:
    decision = full.decide("set a timer for 5 minutes")
    assert decision.response == "Timer set for 5 minutes." and full.timers is not None
    assert full.timers.remaining() == []
    for effect in decision.effects:
        effect.run()
    assert len(full.timers.remaining()) == 1
    full.timers.cancel()
