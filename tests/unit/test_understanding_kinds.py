"""The kinds of sentence beyond one device by its name: questions answered from live state,
domain-wide commands, floors, devices called by room and kind, misheard names; and deciding
has no side effects (the act step runs them)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from edgeagent.intent.hearing import Hearing
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


def test_a_state_question_may_say_the_room_before_the_state(full: Understanding) -> None:
    # "is the window in the kitchen open", "did I leave the garage door open": a question, answered
    # from state, never "I won't change anything" because it looked like a command to open
    assert full.decide("is the window in the kitchen open").response == "Yes."
    assert full.decide("did I leave the garage door shut").response == "Yes."
    assert full.decide("did someone leave the kitchen window open").response == "Yes."
    answer = full.decide("is the floor lamp 2 on in the living room").response
    assert answer.startswith("No, the Floor lamp 2")


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


SENSORS = homes.Home(
    "sensors",
    (
        homes.Device("Phone", "binary_sensor", "Bedroom", "battery", state="OFF"),
        homes.Device("Phone", "binary_sensor", "Bedroom", "battery_charging", state="ON"),
        homes.Device("Washer", "binary_sensor", "Utility", "running", state="ON"),
        homes.Device("Dishwasher", "switch", "Kitchen", state="ON"),
        homes.Device("Front door", "lock", "Hallway", state="UNLOCKED"),
        homes.Device("Front door sensor", "binary_sensor", "Hallway", "door", state="OFF"),
        homes.Device("Pipes", "binary_sensor", "Basement", "cold", state="ON"),
        homes.Device("Siren", "binary_sensor", "Garage", "sound", state="ON"),
        homes.Device("Kitchen lamp", "light", "Kitchen", state="OFF"),
        homes.Device("Hall lamp", "light", "Hallway", state="ON"),
        homes.Device("Furnace", "sensor", "Basement", "temperature", state="60"),
        homes.Device("Mains voltage", "sensor", "Basement", "voltage", state="230"),
    ),
)


@pytest.fixture(scope="module")
def sensors() -> Understanding:
    return brain(SENSORS)  # an assistant that was not told its room


def test_the_state_word_picks_the_devices_a_question_is_about(sensors: Understanding) -> None:
    assert names(sensors.decide("are any devices running"), sensors) == {"Washer"}
    assert sensors.decide("is the phone charging").response == "Yes."
    assert names(sensors.decide("is the phone charging"), sensors) == {"Phone"}
    assert sensors.decide("is the dishwasher running").response == "Yes."  # a switch that is on
    assert sensors.decide("are any things cold").response == "Yes, the Pipes."
    assert names(sensors.decide("are any doors open"), sensors) == {"Front door sensor"}  # not the lock
    # the lock is called "Front door": asked whether it is open, its door sensor answers
    assert sensors.decide("is the front door open").response == "No, the Front door sensor is closed."
    assert sensors.decide("is the front door locked").response == "No, the Front door is unlocked."


def test_sensors_by_what_they_sense(sensors: Understanding) -> None:
    assert sensors.decide("is there any noise in the garage").response == "Yes, the Siren."
    assert sensors.decide("which sound sensors are triggered").response == "the Siren."


def test_a_sensor_asked_for_by_its_measure(sensors: Understanding) -> None:
    for said in (
        "what is the voltage of the mains voltage",
        "what's the voltage indicated by mains voltage",
        "what is the mains voltage reading",
    ):
        assert sensors.decide(said).response == "The Mains voltage is 230.", said
    assert sensors.decide("what is the furnace temperature").response == "The Furnace is 60 degrees."


def test_here_without_a_room_asks_which_room(sensors: Understanding) -> None:
    decision = sensors.decide("lights off")
    assert decision.intent == "HassTurnOff" and not decision.actions
    assert decision.response == "I know several lights. Which room?"


def test_all_the_lights_in_the_room_are_the_lights_here(full: Understanding) -> None:
    decision = full.decide("switch off each and every light in the room")
    assert names(decision, full) == {"Kitchen ceiling", "Pendant lights"}


def test_time_is_added_to_the_timer(full: Understanding) -> None:
    assert full.decide("add 5 minutes to the timer").response == "There is no timer running."
    full.decide("start a 10 minute timer").effects[0].run()
    decision = full.decide("add 5 minutes to the timer")
    assert decision.response == "Added 5 minutes to the timer."
    decision.effects[0].run()
    assert 899 < full.local.timers.remaining()[0] <= 900
    full.decide("cancel the timer").effects[0].run()


def test_kind_words_in_the_plural() -> None:
    from edgeagent.intent.kinds import plural, singular

    assert [plural(w) for w in ("battery", "switch", "lamp", "smoke")] == [
        "batteries",
        "switches",
        "lamps",
        "smoke",
    ]
    assert [singular(w) for w in ("batteries", "switches", "lamps")] == ["battery", "switch", "lamp"]


DEVICE_SENSORS = homes.Home(
    "device sensors",
    (
        homes.Device("Phone", "binary_sensor", "Bedroom", "battery", state="OFF"),
        homes.Device("Phone", "binary_sensor", "Bedroom", "battery_charging", state="ON"),
        homes.Device("Phone", "binary_sensor", "Bedroom", "presence", state="OFF"),
        homes.Device("Phone", "binary_sensor", "Bedroom", "update", state="ON"),
        homes.Device("Mains", "binary_sensor", "Basement", "power", state="ON"),
        homes.Device("Hall motion", "binary_sensor", "Hallway", "motion", state="ON"),
        homes.Device("Kitchen occupancy", "binary_sensor", "Kitchen", "occupancy", state="OFF"),
        homes.Device("Shed opening", "binary_sensor", "Garden", "opening", state="OFF"),
        homes.Device("Shed window", "binary_sensor", "Garden", "window", state="ON"),
        homes.Device("Kitchen switch", "switch", "Kitchen", state="ON"),
        homes.Device("Kettle", "switch", "Kitchen", "outlet", state="OFF"),
        homes.Device("Front door", "lock", "Hallway", state="UNLOCKED"),
        homes.Device("Back door", "lock", "Kitchen", state="LOCKED"),
    ),
)


@pytest.fixture(scope="module")
def device_sensors() -> Understanding:
    return brain(DEVICE_SENSORS)


@pytest.mark.parametrize(
    ("said", "answer", "asked"),
    [
        ("is the phone battery low?", "No, the Phone is normal.", "battery"),
        ("is the phone battery charged?", "Yes.", "battery"),
        ("are any batteries charging?", "Yes, the Phone.", "battery_charging"),
        ("is the phone gone?", "Yes.", "presence"),
        ("is the phone up to date?", "No, the Phone is out of date.", "update"),
        ("are there any updates available?", "Yes, the Phone.", "update"),
        ("is the mains power detected?", "Yes.", "power"),
    ],
)
def test_a_device_with_several_sensors_answers_from_the_one_of_the_kind_asked(
    device_sensors: Understanding, said: str, answer: str, asked: str
) -> None:
    decision = device_sensors.decide(said)
    assert decision.response == answer
    classes = {e.device_class for e in device_sensors._catalog.entities() if e.id in decision.targets}
    assert classes == {asked}


def test_motion_occupancy_and_openings_are_what_home_assistant_calls_them(
    device_sensors: Understanding,
) -> None:
    assert names(device_sensors.decide("is there any motion?"), device_sensors) == {"Hall motion"}
    assert device_sensors.decide("is the kitchen occupied?").response == "No, none is detected."
    assert names(device_sensors.decide("are any openings open?"), device_sensors) == {"Shed opening"}


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("tell me if there are any switches on in the kitchen", "Yes, the Kitchen switch."),
        ("are all the switches turned on in the kitchen?", "No, the Kettle is not on."),
        ("are all switches in the kitchen on?", "No, the Kettle is not on."),
        ("do I have any unlocked doors?", "Yes, the Front door."),
        ("are there any unlocked doors?", "Yes, the Front door."),
        ("is the front door locked currently?", "No, the Front door is unlocked."),
    ],
)
def test_questions_in_the_orders_people_ask_them(
    device_sensors: Understanding, said: str, answer: str
) -> None:
    assert device_sensors.decide(said).response == answer


@pytest.mark.parametrize(
    "said",
    [
        "light up the whole house",
        "turn on the lights in every room",
        "make sure every light is on",
        "illuminate the entire home",
        "turn the lights on in the house",
    ],
)
def test_every_light_on_means_the_whole_home(full: Understanding, said: str) -> None:
    lights = {e.name for e in full._catalog.entities() if e.domain == "light"}
    assert names(full.decide(said), full) == lights


def test_in_my_room_is_here_even_with_all(full: Understanding) -> None:
    assert names(full.decide("turn off all the lights in my room"), full) == {
        "Kitchen ceiling",
        "Pendant lights",
    }
    everywhere = full.decide("turn all of the lights on in all of my areas")
    assert len(everywhere.targets) > 2


def test_a_name_said_with_a_room_is_read_the_way_that_finds_a_device_there(full: Understanding) -> None:
    # "heating" is a word of the Bedroom heating's name, but in the living room it is the thermostat
    decision = full.decide("turn off the heating in the living room")
    assert names(decision, full) == {"Thermostat"}


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("are you always listening?", "No. I only listen for the wake word"),
        ("who made you?", "I'm edgeagent"),
        ("where does my data go?", "Nowhere else"),
    ],
)
def test_questions_about_the_assistant_itself_get_its_own_answers(
    full: Understanding, said: str, answer: str
) -> None:
    decision = full.decide(said)
    assert (decision.intent, decision.actions) == ("HassRespond", [])
    assert decision.response.startswith(answer)


def test_a_bare_number_for_a_room_with_a_thermostat_is_asked_back(full: Understanding) -> None:
    # "set the bedroom to 21": its lights at 21 % or its heating at 21 degrees? Never a guess
    decision = full.decide("set the bedroom to 21")
    assert decision.actions == [] and "lights or the temperature" in decision.response
    assert names(full.decide("set the bedroom lights to 21"), full) == {"Bedroom light"}
    assert names(full.decide("set the bedroom to 21%"), full) == {"Bedroom light"}
    assert names(full.decide("set the office to 30"), full) == {"Office desk lamp"}  # no thermostat there


def test_a_device_another_hearing_names_instead_is_asked_back_when_unsure(full: Understanding) -> None:
    # espeak en-gb's "turn on the desk lamp": "Turn on the Bed lamp." heard best, "...desk lamp," next
    unsure = Hearing(sure=False, others=("Turn on the floor lamp 2,",))
    decision = full.decide("Turn on the living room lamp.", hearing=unsure)
    assert decision.actions == [] and decision.response.endswith("the Living room lamp or the Floor lamp 2?")
    for effect in decision.effects:
        effect.run()
    assert names(full.decide("the floor lamp"), full) == {"Floor lamp 2"}
    # heard surely, or the other hearing names the same device or asks something else: no question
    sure = replace(unsure, sure=True)
    assert names(full.decide("Turn on the living room lamp.", hearing=sure), full) == {"Living room lamp"}
    for other in ("Turn on the living room lamp,", "Turn off the floor lamp 2."):
        heard = Hearing(sure=False, others=(other,))
        assert names(full.decide("Turn on the living room lamp.", hearing=heard), full) == {
            "Living room lamp"
        }


def test_a_device_and_a_state_asked_is_a_question_about_it() -> None:
    """ "open sign on?": the Open Sign asked after, never switched on (nor "Okay, I won't change
    anything" when the answer is known); "never mind" gets a word back."""
    shop = homes.Home("shop", (homes.Device("Open Sign", "switch", "Shop", state="OFF"),))
    understanding = brain(shop)
    asked = understanding.decide("open sign on?")
    assert (asked.actions, asked.response) == ([], "No, the Open Sign is off.")
    assert [a.payload for a in understanding.decide("open sign on").actions] == ["ON"]
    assert understanding.decide("never mind").response == "Okay."
