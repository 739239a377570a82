"""Whether a sentence asks for anything at all: mood, negation, and what an exception leaves out."""

from __future__ import annotations

import pytest

from edgeagent.intent.meaning import Exception_, Mood, read


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("turn off the kitchen light", Mood.REQUEST),
        ("Okay, turn off the kitchen light.", Mood.REQUEST),
        ("can you turn on the lamp?", Mood.REQUEST),
        ("could the robot please move 3 meters", Mood.REQUEST),
        ("would you mind closing the blinds", Mood.REQUEST),
        ("do you mind switching on the pump", Mood.REQUEST),
        ("do you mind if I turn off the kitchen light", Mood.QUESTION),  # asking leave, not for help
        ("do you mind me opening the window", Mood.QUESTION),
        ("do you mind turning off the kitchen light in ten minutes", Mood.LATER),
        ("I'd like the lights off", Mood.REQUEST),
        ("lights off in the bedroom", Mood.REQUEST),
        ("never mind", Mood.REQUEST),
        ("is the kitchen light on", Mood.QUESTION),
        ("open sign on?", Mood.QUESTION),  # a device named with a verb, asked after
        ("open sign on", Mood.REQUEST),
        ("turn the fan on?", Mood.REQUEST),
        ("should I turn off the heater?", Mood.QUESTION),
        ("can the lamp go brighter", Mood.QUESTION),
        ("what happens if I open the garage", Mood.HYPOTHETICAL),
        ("would it be smart to unlock the door", Mood.HYPOTHETICAL),
        ("if it gets dark turn on the porch light", Mood.LATER),
        ("turn off the fan in an hour", Mood.LATER),
        ("in ten minutes, switch off the heater", Mood.LATER),
        ("lock the door when I leave", Mood.LATER),
        ("after dinner dim the lights", Mood.LATER),
        ("turn on the porch light at sunset", Mood.LATER),
        ("turn on the fan for twenty minutes", Mood.LATER),
        ("set the thermostat to 18 at 10 pm", Mood.LATER),
        ("switch the console off once we're done mixing", Mood.LATER),
        ("could you turn the bed light on when my programme finishes", Mood.LATER),
        ("switch the heater off before our guests arrive", Mood.LATER),
        ("turn it on after all", Mood.REQUEST),
        ("Turn the heating on, it's freezing after the walk.", Mood.REQUEST),  # a reason, not a time
        ("Lock the front door, is it locked?", Mood.REQUEST),
        ("set a timer for ten minutes", Mood.REQUEST),
        ("leave the heater alone", Mood.NEGATED),
        ("the fan, hold on, no, forget the fan", Mood.NEGATED),
        ("leave the dyson alone its fine", Mood.NEGATED),
        ("i've just put the desk lamp on myself", Mood.STATEMENT),
        ("turn on the lights in the kitchen", Mood.REQUEST),
        ("don't turn on the heater tonight", Mood.NEGATED),
        ("my wife asked me to open the garage", Mood.REPORTED),
        ("the TV says turn off the lights", Mood.REPORTED),
        ("my neighbour told me to unlock the gate", Mood.REPORTED),
        ("I turned off the kitchen light yesterday", Mood.STATEMENT),
        ("I already turned the fan on", Mood.STATEMENT),
        ("the bedroom light was on all night", Mood.STATEMENT),
        ("the kids left the porch light on", Mood.STATEMENT),
        ("the hallway light is on", Mood.STATEMENT),
        ("don't turn on the bedroom light", Mood.NEGATED),
        ("do not unlock the front door", Mood.NEGATED),
        ("never unlock the front door", Mood.NEGATED),
        ("no need to switch off the fan", Mood.NEGATED),
        ("please don't open the garage", Mood.NEGATED),
        ("turn on the light, actually don't", Mood.NEGATED),
        ("the roborock started cleaning at nine", Mood.STATEMENT),
        ("mum reckons the heater should go off at night", Mood.REPORTED),
        ("apparently the porch light has to be on", Mood.REPORTED),
        ("turn on the lamp that was on before", Mood.REQUEST),
        ("the kids like the lamp on at night", Mood.STATEMENT),
        ("my lamp off", Mood.REQUEST),
        ("heater. negative. leave it off.", Mood.NEGATED),
        ("the extractor fan doesn't need turning on", Mood.NEGATED),
        ("turn the heater on and leave it on", Mood.REQUEST),
        ("the toaster takes forever these days", Mood.STATEMENT),
        ("the hallway switch controls the porch lamp", Mood.STATEMENT),
    ],
)
def test_only_a_request_acts(text: str, mood: Mood) -> None:
    assert read(text).mood is mood
    assert read(text).acts is (mood is Mood.REQUEST)


@pytest.mark.parametrize(
    ("text", "asked", "kept"),
    [
        ("turn off all the lights except the kitchen", "turn off all the lights", "kitchen"),
        ("Turn off all the lights, Accept the kitchen.", "turn off all the lights", "kitchen"),  # as heard
        ("turn off all lights apart from the bedroom light", "turn off all lights", "bedroom light"),
        ("switch off every light other than the hallway", "switch off every light", "hallway"),
        ("turn off all the lights but not the office", "turn off all the lights", "office"),
        ("turn off all the lights but the office", "turn off all the lights", "office"),
        ("all lights off except upstairs", "all lights off", "upstairs"),
        ("turn off all the lights but leave the porch light on", "turn off all the lights", "porch light"),
    ],
)
def test_an_exception_is_split_off_the_request(text: str, asked: str, kept: str) -> None:
    meaning = read(text)
    assert (meaning.request, meaning.exception) == (asked, Exception_(kept))


@pytest.mark.parametrize(
    ("text", "asked", "kept"),
    [
        ("keep the kitchen light on and switch the others off", "switch off the rest", "the kitchen light"),
        ("leave the porch light on and turn off the rest", "turn off the rest", "the porch light"),
        ("leave the lamp on but turn everything else off", "turn off the rest", "the lamp"),
        ("leave the lamps on and switch every other light off", "switch off the rest", "the lamps"),
        # a reason first, then the exception: "I'm going out" asks for nothing
        ("I'm going out, keep the lamp on and turn the other lights off", "turn off the rest", "the lamp"),
        (
            "mooring up for the night, leave the saloon lights on and turn all the other lights off",
            "turn off the rest",
            "the saloon lights",
        ),
    ],
)
def test_the_rest_is_everything_of_the_kept_ones_kind(text: str, asked: str, kept: str) -> None:
    meaning = read(text)
    assert (meaning.request, meaning.exception) == (asked, Exception_(kept, rest_only=True))


def test_a_request_after_a_reason_is_that_request_unless_it_points_back() -> None:
    assert read("I'm off to bed, kill the lights").request == "kill the lights"
    assert read("hallway light, turn it on").request == "hallway light, turn it on"
    assert read("turn on the fan, close the blind").request == "turn on the fan, close the blind"


@pytest.mark.parametrize(
    "text",
    [
        "in the bedroom, turn off the lights",  # a room
        "not the kitchen light, turn off the lights",  # an exception
        "except the kitchen, turn off all the lights",
        "unless it's cold, turn off the kitchen light",  # a condition
        "not yet, turn off the fan",
        "kitchen light off, turn on the desk lamp",  # a first request
        "in the bedroom, leave the lamp on and turn the others off",
        "the bedroom is too dark, turn on the lamp",  # a room said in the reason is the request's
    ],
)
def test_only_a_stated_reason_is_left_off_a_request(text: str) -> None:
    assert read(text).request == text and read(text).exception is None


def test_someone_named_before_a_request_with_no_verb_may_be_reported_speech_misheard() -> None:
    # "my flatmate said to turn the heater on", heard by espeak en-gb as "My flatmate centre, ..."
    assert not read("My flatmate centre, turn the heater on.").acts
    assert read("the kids are asleep, turn off the lights").request == "turn off the lights"


def test_how_a_thing_is_said_with_an_s_is_a_statement() -> None:
    assert read("the attic window's open").mood is Mood.STATEMENT
    assert read("the thermostat's 18 degrees").request == "the thermostat is 18 degrees"
    assert read("let's open the window").request == "let's open the window"


def test_a_request_before_a_comma_is_not_dropped_for_an_exception_after_it() -> None:
    said = "turn on the fan, leave the lamp on and turn the other lights off"
    assert read(said).exception is None


def test_a_correction_leaves_out_what_follows_not() -> None:
    meaning = read("turn on the bed lamp, not the desk lamp")
    assert (meaning.request, meaning.exception) == ("turn on the bed lamp", Exception_("desk lamp"))


def test_a_sentence_with_but_and_no_all_is_no_exception() -> None:
    assert read("turn on the lamp but dim it").exception is None


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("turn on the, no, off the ceiling light", "turn off the ceiling light"),
        ("lock the, no wait, unlock the door", "unlock the door"),
        (
            "turn on the parlour ceiling light no wait the lamp in the parlour",
            "turn on the lamp in the parlour",
        ),
        ("hue go to twenty percent no make it thirty", "hue go to thirty percent"),
        ("set the lamp to 30 percent, sorry, 40 percent", "set the lamp to 40 percent"),
        ("kitchen light on, no, off", "kitchen light off"),
        ("turn on the lamp, I mean the ceiling light", "turn on the ceiling light"),
        ("turn on the light, actually don't", "dont"),
        ("hang on... ok, kitchen light off", "kitchen light off"),  # "hang on" is no "on"
        ("hold on, set the thermostat to 19.5 degrees", "set the thermostat to 19.5 degrees"),
        ("I'm locked out, please unlock the door", "please unlock the door"),  # a reason, then the request
        ("Set the bedroom light to 100 and 20%.", "Set the bedroom light to 120%."),  # Whisper's numbers
        ("Fan, 100, and 50%.", "Fan, 150%."),
    ],
)
def test_the_request_is_what_comes_after_a_lead_in_or_a_correction(text: str, asked: str) -> None:
    assert read(text).request == asked


def test_keeping_one_and_switching_the_rest_of_a_kind() -> None:
    meaning = read("leave the desk lamp on and turn off the rest of the lights")
    assert (meaning.request, meaning.exception) == (
        "turn off the rest",
        Exception_("the desk lamp", rest_only=True),
    )
