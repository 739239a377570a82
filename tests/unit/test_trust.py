"""Trust: never the opposite, never unasked, never a false word (templates path; the language
model's side is in test_llm_path.py and test_truth.py)."""

from __future__ import annotations

import json

import pytest

from edgeagent.catalog import ha_discovery
from edgeagent.catalog.model import Catalog
from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.intent.held import ANYONE, Asker
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Decision, Understanding
from tests import home
from tests.bench import trust, trust_cases

_MORE = {
    "homeassistant/light/office_ceiling/config": {
        "name": None,
        "cmd_t": "home/office/ceiling/set",
        "dev": {"ids": ["office_ceiling"], "name": "Office light", "sa": "Office"},
    },
    "homeassistant/cover/gate/config": {
        "name": None,
        "cmd_t": "home/gate/set",
        "set_pos_t": "home/gate/position",
        "dev_cla": "gate",
        "dev": {"ids": ["gate"], "name": "Driveway gate", "sa": "Garden"},
    },
    "homeassistant/cover/shed/config": {  # a garage door announced with no device class
        "name": None,
        "cmd_t": "home/shed/set",
        "set_pos_t": "home/shed/position",
        "dev": {"ids": ["shed"], "name": "Shed garage door", "sa": "Garden"},
    },
    "homeassistant/climate/bedroom/config": {
        "name": None,
        "temp_cmd_t": "home/bedroom/thermostat/target",
        "min_temp": 16,
        "max_temp": 26,
        "dev": {"ids": ["bedroom_thermostat"], "name": "Bedroom thermostat", "sa": "Bedroom"},
    },
    "homeassistant/climate/den/config": {
        "name": None,
        "temp_cmd_t": "home/den/thermostat/target",
        "temp_unit": "F",
        "dev": {"ids": ["den_thermostat"], "name": "Den thermostat", "sa": "Den"},
    },
}


def catalog() -> Catalog:
    built = home.catalog()
    for topic, config in _MORE.items():
        prefix, entities = ha_discovery.parse(topic, json.dumps(config).encode())
        built.replace_source("ha", prefix, entities)
    return built


@pytest.fixture(scope="module")
def recognizer() -> TemplateRecognizer:
    return TemplateRecognizer("en")


@pytest.fixture
def brain(recognizer: TemplateRecognizer) -> Understanding:
    return Understanding(recognizer, catalog(), here="Kitchen")


def said(brain: Understanding, text: str, asker: Asker = ANYONE, *, hearing: Hearing = CLEAR) -> Decision:
    """Decide and act, as a turn does (a held question is an effect of the act step)."""
    decision = brain.decide(text, asker=asker, hearing=hearing)
    for effect in decision.effects:
        effect.run()
    return decision


def topics(decision: Decision) -> set[str]:
    return {a.topic for a in decision.actions}


LIGHTS = {
    "home/kitchen/ceiling/set",
    "home/hallway/light/set",
    "home/bedroom/lamp/set",
    "home/office/ceiling/set",
}


@pytest.mark.parametrize(
    ("text", "left_alone"),
    [
        ("turn off all the lights except the kitchen", {"home/kitchen/ceiling/set"}),
        ("turn off all the lights apart from the hallway light", {"home/hallway/light/set"}),
        ("switch off every light other than the bedroom", {"home/bedroom/lamp/set"}),
        ("turn off all lights but the office light", {"home/office/ceiling/set"}),
        (
            "turn off all the lights except the kitchen and the hallway",
            {"home/kitchen/ceiling/set", "home/hallway/light/set"},
        ),
        ("keep the kitchen light on and switch the others off", {"home/kitchen/ceiling/set"}),
        ("leave the hallway light on and turn off the rest", {"home/hallway/light/set"}),
    ],
)
def test_an_exception_is_a_set_difference(brain: Understanding, text: str, left_alone: set[str]) -> None:
    lights = {t for t in LIGHTS} | {"zigbee2mqtt/Living room/Floor lamp/set", "home/office/desk/set"}
    acted = topics(brain.decide(text))
    assert acted and not acted & left_alone
    assert acted <= lights - left_alone


def test_a_correction_acts_on_the_one_meant_only(brain: Understanding) -> None:
    assert topics(brain.decide("turn on the hallway light, not the kitchen light")) == {
        "home/hallway/light/set"
    }


def test_an_exception_outside_what_the_request_found_is_asked_about_not_guessed(brain: Understanding) -> None:
    decision = brain.decide("turn off the lights but not the one in the bedroom")  # said in the kitchen
    assert decision.actions == [] and "not sure which ones" in decision.response


def test_an_exception_naming_nothing_here_does_nothing(brain: Understanding) -> None:
    decision = brain.decide("turn off all the lights except the attic")
    assert decision.actions == [] and "didn't change anything" in decision.response


@pytest.mark.parametrize(
    "text",
    [
        "I turned off the kitchen light yesterday",
        "my wife asked me to open the garage",
        "what happens if I unlock the front door",
        "don't turn on the hallway light",
        "should I turn off the ceiling fan?",
        "the kitchen light was on all night",
    ],
)
def test_only_a_request_acts(brain: Understanding, text: str) -> None:
    decision = said(brain, text)
    assert decision.actions == [] and not decision.effects
    assert "won't change anything" in decision.response


@pytest.mark.parametrize(
    "text",
    [
        "open the garage door",
        "set the driveway gate to 30 percent",
        "raise the shed garage door to 50 percent",
        "toggle the garage door",
        "unlock the front door",
        "I'm locked out, please unlock the front door",
    ],
)
def test_what_would_open_the_home_is_asked_first_whatever_the_words(brain: Understanding, text: str) -> None:
    decision = said(brain, text)
    assert decision.actions == [] and decision.response.endswith("?")


def test_closing_a_gate_is_not_asked(brain: Understanding) -> None:
    assert topics(said(brain, "set the driveway gate to 0 percent")) == {"home/gate/position"}


def test_a_lock_heard_unsurely_is_asked_first_and_a_sure_one_is_not(brain: Understanding) -> None:
    """ "unlock the patio door" is heard "Lock the patio door." by some voices, at -0.48."""
    unsure = said(brain, "Lock the front door.", Asker("voice", 1), hearing=Hearing(sure=False))
    assert unsure.actions == [] and unsure.response == "Lock the Front door?"
    assert topics(said(brain, "Yes.", Asker("voice", 2))) == {"home/front/lock/set"}
    assert topics(said(brain, "lock the front door", hearing=Hearing(sure=True))) == {"home/front/lock/set"}


def test_only_a_clear_explicit_yes_confirms(brain: Understanding) -> None:
    voice = Asker("voice", 1)
    said(brain, "unlock the front door", voice)
    assert topics(said(brain, "Okay.", Asker("voice", 2))) == set()  # what Whisper writes for noise
    said(brain, "unlock the front door", voice)
    assert topics(said(brain, "Yes.", Asker("voice", 2), hearing=Hearing(confirms=False))) == set()
    said(brain, "unlock the front door", voice)
    assert topics(said(brain, "Yes.", Asker("voice", 2))) == {"home/front/lock/set"}


def test_a_held_question_is_answered_only_from_where_it_was_asked(brain: Understanding) -> None:
    said(brain, "unlock the front door", Asker("voice", 1))
    assert topics(said(brain, "yes", Asker("typed", 2))) == set()
    assert topics(said(brain, "yes", Asker("voice", 3))) == {"home/front/lock/set"}


def test_another_turn_ending_does_not_drop_a_held_question(brain: Understanding) -> None:
    said(brain, "unlock the front door", Asker("voice", 5))
    brain.unanswered(turn=4)  # a superseded follow-up of an earlier turn
    assert topics(said(brain, "yes", Asker("voice", 6))) == {"home/front/lock/set"}
    said(brain, "unlock the front door", Asker("voice", 7))
    brain.unanswered(turn=7)
    assert topics(said(brain, "yes", Asker("voice", 8))) == set()


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("set the bedroom thermostat to 21 degrees", ("home/bedroom/thermostat/target", "21")),
        ("set the bedroom thermostat to 70 F", ("home/bedroom/thermostat/target", "21")),
        ("set the den thermostat to 21 degrees celsius", ("home/den/thermostat/target", "70")),
        ("set the den thermostat to 68 degrees", ("home/den/thermostat/target", "68")),
        ("set the bedside lamp to thirteen percent", ("home/bedroom/lamp/set", None)),
    ],
)
def test_values_in_the_devices_unit(
    brain: Understanding, text: str, published: tuple[str, str | None]
) -> None:
    decision = brain.decide(text)
    topic, payload = published
    assert [a.topic for a in decision.actions] == [topic]
    assert payload is None or decision.actions[0].payload == payload


@pytest.mark.parametrize(
    ("text", "said_range"),
    [
        ("set the bedroom thermostat to 100 degrees", "16 to 26 degrees"),
        ("set the bedroom thermostat to 10 degrees", "16 to 26 degrees"),
        ("set the den thermostat to 21 degrees", "44.6 to 95 degrees"),
        ("set the thermostat to 72 degrees", "7 to 35 degrees"),
    ],
)
def test_a_value_out_of_range_says_the_range_and_sends_nothing(
    brain: Understanding, text: str, said_range: str
) -> None:
    decision = brain.decide(text)
    assert decision.actions == [] and said_range in decision.response


@pytest.mark.parametrize(
    ("text", "reply"), [("thank you", "You're welcome."), ("okay", "Okay."), ("yes", "Okay.")]
)
def test_an_acknowledgement_with_nothing_held_is_answered_in_a_word(
    brain: Understanding, text: str, reply: str
) -> None:
    decision = brain.decide(text)
    assert (decision.actions, decision.response) == ([], reply)


def test_nothing_heard_is_said_so(brain: Understanding) -> None:
    assert brain.decide("").response == "Sorry, I didn't hear anything."


def test_the_language_models_exchanges_are_kept_per_source() -> None:
    from edgeagent.intent.llm import Exchanges

    exchanges = Exchanges(keep=2, forget_after_seconds=60)
    exchanges.add("Said: My name is Alice.", "Hello Alice.", "voice")
    assert exchanges.recent("voice") and exchanges.recent("typed") == ()


def test_a_name_alone_is_no_command(brain: Understanding) -> None:
    """What is left of "hallway light off" when the last word was not heard never turns it on."""
    decision = brain.decide("Hallway light.")
    assert (
        decision.actions == [] and decision.response == "Say what you want me to do with the Hallway light."
    )


@pytest.mark.parametrize("text", ["kitchen light on?", "Hallway light off?", "the coffee machine on?"])
def test_a_device_and_a_state_said_as_a_question_asks_and_never_acts(brain: Understanding, text: str) -> None:
    assert brain.decide(text).actions == []


def test_a_device_and_a_state_said_plainly_or_asked_politely_acts(brain: Understanding) -> None:
    assert topics(brain.decide("kitchen light on")) == {"home/kitchen/ceiling/set"}
    assert topics(brain.decide("kitchen light on please?")) == {"home/kitchen/ceiling/set"}
    assert topics(brain.decide("can you turn the kitchen light on?")) == {"home/kitchen/ceiling/set"}


LAMPS = {"home/bedroom/lamp/set", "zigbee2mqtt/Living room/Floor lamp/set", "home/office/desk/set"}


def test_all_the_lamps_are_the_lights_called_lamps(brain: Understanding) -> None:
    assert topics(brain.decide("turn on all the lamps")) == LAMPS
    assert topics(brain.decide("all the lamps on except the desk lamp")) == LAMPS - {"home/office/desk/set"}


def test_an_answer_says_which_room_when_another_room_has_a_device_of_that_name() -> None:
    """A farmhouse with a "Ceiling Light" in its kitchen, parlour and barn: "the Ceiling Light is on"
    would be true of one and unknown of another."""
    farm = trust_cases.HOMES["farm"]
    brain = trust._understanding(farm, trust_cases.catalog(farm), None)
    answer = brain.decide("which lights are on", here="Kitchen").finished().response
    assert "the Ceiling Light in the Kitchen" in answer
    assert "the Yard light" in answer and "Yard light in the" not in answer  # one of its name
