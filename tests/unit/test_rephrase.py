"""Casual phrasing said the templates' way (plain values), and what the recognizer makes of it."""

from __future__ import annotations

import pytest

from edgeagent.intent import correct, lexicon, rephrase
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.timers import Timers
from edgeagent.intent.understand import Understanding
from tests.bench import homes


@pytest.mark.parametrize(
    ("said", "shaped"),
    [
        ("Could you kill the hallway light, please?", "turn off the hallway light"),
        ("would you mind turning off the well pump", "turn off the well pump"),
        ("do you mind closing the blinds", "close the blinds"),
        ("attic window shut", "close attic window"),
        ("playroom blinds 50 percent", "set playroom blinds to 50 percent"),
        ("retract the awning", "close the awning"),
        ("how cold is the freezer", "what is the freezer temperature"),
        ("turn the fan in the bedroom to 30 percent", "set the bedroom fan to 30 percent"),
        ("lights off in the bedroom", "turn off lights in the bedroom"),
        ("turn the heater in the office on", "turn on the heater in the office"),
        ("put the kettle on", "turn on the kettle"),
        ("open the front door lock", "unlock the front door lock"),  # asked first, as any unlock
        ("secure the back door lock", "lock the back door lock"),
        ("bedroom lights to 30 percent", "set bedroom lights to 30 percent"),
        ("blackout blind halfway please", "set blackout blind to 50%"),
        ("is the coffee maker still on", "is the coffee maker on"),
        ("turn the heating up to 22.5", "set the heating to 22.5"),
        ("did I lock the front door?", "is the front door locked"),
        ("roomba go home", "return roomba to base"),
        ("send the roomba back home", "return the roomba to base"),
        ("roomba go back to the dock", "return roomba to base"),
        ("what is the air pressure of the outside sensor", "what is the outside sensor"),
        ("what's the furnace temperature", "what is the furnace"),
        ("any leaks in the bathroom?", "is there any leaks in the bathroom"),
    ],
)
def test_a_casual_sentence_is_said_the_templates_way(said: str, shaped: str) -> None:
    assert rephrase.rephrased(said) == shaped


def test_keeping_a_thing_as_it_is_and_a_name_with_a_number_are_no_commands_to_set() -> None:
    assert rephrase.rephrased("leave the door open") is None
    assert rephrase.rephrased("turn on lamp 2") is None
    assert rephrase.rephrased("the thermostat is 18 degrees") is None  # how it is, not how to set it
    assert rephrase.rephrased("attic window is shut") is None
    said = "turn the kitchen light up to 50 percent"  # the Kitchen light, not every light in the kitchen
    assert rephrase.rephrased(said) == "set the kitchen light to 50 percent"
    assert not rephrase.is_question("do you mind closing the blinds")


def test_a_sentence_already_in_shape_is_left_as_it_is() -> None:
    assert rephrase.rephrased("turn on the kitchen light") is None
    assert rephrase.rephrased("set the thermostat to 22.5 degrees") is None


def test_questions_and_commands_that_look_like_questions_are_told_apart() -> None:
    assert rephrase.is_question("are all the lights on") and rephrase.is_question("how's the fan")
    assert not rephrase.is_question("can you turn on the fan")  # a request
    assert rephrase.may_be_a_command("all the lights on please")
    assert not rephrase.may_be_a_command("are all the lights on")


NAMES = [
    "floor lamp 2",
    "lamp 1",
    "skylight",
    "bedroom",
    "bedroom curtains",
    "kitchen ceiling",
    "ceiling fan",
]
VOCABULARY = correct.Vocabulary(NAMES, lambda _said, _name: True)


@pytest.mark.parametrize(
    ("said", "mended"),
    [
        ("turn on floor lamp two", "turn on floor lamp 2"),
        ("floor lamp number two to 40 percent", "floor lamp 2 to 40 percent"),
        ("turn on lamp one", "turn on lamp 1"),
        ("close the sky light", "close the skylight"),
        ("open the bed room curtains", "open the bedroom curtains"),
        ("turn on the ceiling fun", "turn on the ceiling fan"),  # not "kitchen ceiling" for "the ceiling"
    ],
)
def test_split_words_number_words_and_slips_are_mended_into_known_names(said: str, mended: str) -> None:
    assert correct.corrected(said, VOCABULARY, 80) == mended


def test_a_name_said_right_is_never_mended_into_another() -> None:
    assert correct.corrected("turn on floor lamp 2", VOCABULARY, 80) is None  # "floor lamp" of it stays
    assert correct.corrected("set lamp to 40", VOCABULARY, 80) is None  # "to" is no "two": not a name


@pytest.fixture(scope="module")
def full() -> Understanding:
    catalog = homes.catalog(homes.FULL)
    recognizer = TemplateRecognizer("en", floors=homes.FULL.floors)
    return Understanding(recognizer, catalog, here="Kitchen", floors=homes.FULL.floors, timers=Timers(print))


def names(decision_targets: tuple[str, ...], understanding: Understanding) -> set[str]:
    return {e.name for e in understanding._catalog.entities() if e.id in decision_targets}


def test_casual_commands_reach_the_device_meant(full: Understanding) -> None:
    decision = full.decide("could you kill the hallway light please")
    assert decision.intent == "HassTurnOff" and names(decision.targets, full) == {"Hallway light"}
    decision = full.decide("every light on please")  # a command, though a question template fits it
    assert decision.intent == "HassTurnOn" and len(decision.actions) >= 9


def test_every_device_of_a_kind_is_switched_in_the_domain_the_verb_acts_on(full: Understanding) -> None:
    decision = full.decide("lock all the doors")
    assert decision.intent == "HassTurnOn"
    assert names(decision.targets, full) == {"Front door lock", "Back door lock"}  # no door cover opened
    decision = full.decide("turn off every plug in the kitchen")
    assert names(decision.targets, full) == {"Coffee maker", "Dishwasher plug"}


def test_a_question_is_never_mended_into_a_command(full: Understanding) -> None:
    for question in ("is the living room ac running", "hows christmas tree", "is lamp 2 still on"):
        assert not full.decide(question).actions, question


def test_switching_every_device_of_a_kind_never_unlocks_or_moves_a_door(full: Understanding) -> None:
    for sentence in ("turn off all the doors", "deactivate all the doors", "turn off the kitchen doors"):
        decision = full.decide(sentence)
        assert not any("lock" in a.topic or "door" in a.topic for a in decision.actions), sentence


def test_a_question_said_without_a_question_word_is_still_a_question(full: Understanding) -> None:
    for question in ("office heater still on", "the office heater currently on"):
        assert not full.decide(question).actions, question


def test_a_number_said_after_part_of_a_name_stays_a_number() -> None:
    vocabulary = correct.Vocabulary(
        ["nanoleaf shapes", "lamp 2", "christmas tree"], lambda _said, _name: True
    )
    assert correct.corrected("nanoleaf sixty five percent", vocabulary, 60) is None
    assert correct.corrected("lamp two to sixty", vocabulary, 60) == "lamp 2 to sixty"
    assert correct.corrected("turn on the christmas three", vocabulary, 60) == "turn on the christmas tree"


def test_a_word_changed_before_the_last_must_sound_like_the_names() -> None:
    vocabulary = correct.Vocabulary(
        ["coffee machine", "desk lamp", "ceiling light"], lambda _said, _name: True
    )
    assert correct.corrected("turn on the tape machine", vocabulary, 60) is None  # another machine
    assert correct.corrected("turn on the best lamp", vocabulary, 60) == "turn on the desk lamp"  # misheard
    assert correct.corrected("turn on the ceiling lamp", vocabulary, 60) == "turn on the ceiling light"


def test_a_word_that_describes_a_device_is_never_heard_as_another() -> None:
    """ "the big light" is the ceiling light to many: never the bed light it sounds a little like."""
    vocabulary = correct.Vocabulary(["bed light", "ceiling light", "desk lamp"], lambda _said, _name: True)
    assert correct.corrected("turn the big light off", vocabulary, 60) is None
    assert correct.corrected("turn off the left lamp", vocabulary, 60) is None
    assert correct.corrected("turn off the bad light", vocabulary, 60) == "turn off the bed light"


def test_a_to_that_ends_the_sentence_after_a_name_is_the_number_it_sounds_like() -> None:
    vocabulary = correct.Vocabulary(["smart plug", "smart plug 2"], lambda _said, _name: True)
    assert correct.corrected("turn of smart plug to", vocabulary, 80) == "turn off smart plug 2"
    assert correct.corrected("set smart plug to on", vocabulary, 80) is None


@pytest.mark.parametrize(
    ("said", "mended"),
    [
        ("Turn of the pump.", "Turn off the pump."),
        ("um so yeah turn of the desk lamp", "um so yeah turn off the desk lamp"),
        ("front door un lock please", "front door unlock please"),
        ("On lock the flat door.", "unlock the flat door."),  # never a "lock"
        ("could you on lock the back door", "could you unlock the back door"),
        ("put the door on lock", "put the door on lock"),
        ("On, lock the front door.", "On, lock the front door."),  # written apart: maybe a lock
        ("turn the fan of", "turn the fan off"),
        ("a turn of phrase", "a turn off phrase"),  # the price of the rule: no such sentence is a command
    ],
)
def test_speech_to_text_slips_of_a_verb_are_mended_for_every_reader(said: str, mended: str) -> None:
    assert lexicon.slips_mended(said) == mended


def test_an_ordinary_word_is_no_number_of_a_name() -> None:
    vocabulary = correct.Vocabulary(["lamp 1", "lamp 2"], lambda _said, _name: True)
    assert correct.corrected("turn on the lamp too", vocabulary, 80) is None
    assert correct.corrected("set the bed room heating to 19.5", VOCABULARY, 80) == (
        "set the bedroom heating to 19.5"  # decimals kept
    )
