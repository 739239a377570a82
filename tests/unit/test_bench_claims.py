"""The trust bench's claim checker: a reply may only claim what was done and what is known."""

import pytest

from tests.bench.claims import facts as home_facts
from tests.bench.claims import false_claims, non_word

HOME = home_facts(
    [
        ("light.kitchen", "Kitchen light", {"state": "on"}),
        ("light.porch", "Porch light", {}),
        ("lock.front", "Front door lock", {"state": "locked"}),
        ("climate.living", "Thermostat", {"current_temperature": 20.5}),
        ("light.lamp2", "Lamp 2", {"state": "off"}),
        ("binary_sensor.front_door", "Front door sensor", {"state": "off"}),
        ("switch.barn_heater", "Heater", {"state": "off"}),
        ("switch.workshop_heater", "Heater", {}),
    ],
    numbers=[0, 100, 16, 28],
    areas={"switch.barn_heater": "Barn", "switch.workshop_heater": "Workshop"},
)


@pytest.mark.parametrize(
    ("reply", "said", "acted"),
    [
        ("Kitchen light off.", "turn off the kitchen light", ["light.kitchen"]),
        ("I've turned off the kitchen light.", "kitchen light off", ["light.kitchen"]),
        ("Thermostat set to 21 degrees.", "set the thermostat to 21", ["climate.living"]),
        ("The kitchen light is on.", "is the kitchen light on", []),
        ("It is 20.5 degrees in the living room.", "how warm is it", []),
        ("Unlock the Front door lock?", "unlock the front door", []),
        (
            "Sorry, I didn't understand: I turned off the porch light yesterday.",
            "I turned off the porch light yesterday",
            [],
        ),
        ("I don't know the state of the Porch light yet.", "is the porch light on", []),
        ("The thermostat takes 16 to 28 degrees.", "set the thermostat to 100 degrees", []),
        ("OK, I won't turn anything on.", "don't turn on the porch light", []),
        ("Lamp 2 on.", "turn on lamp 2", ["light.lamp2"]),
        ("You're welcome!", "thank you", []),
        ("No, the Front door sensor is closed.", "is the front door open", []),
        ("The Heater in the Barn is off.", "is the barn heater on", []),
    ],
)
def test_backed_replies_claim_nothing_false(reply: str, said: str, acted: list[str]) -> None:
    assert (
        false_claims(reply, said, acted, HOME, asked_about=["light.porch"] if "porch" in said else []) == []
    )


@pytest.mark.parametrize(
    ("reply", "said", "acted", "why"),
    [
        ("Kitchen light off.", "don't turn off the kitchen light", [], "not commanded"),
        ("Done.", "okay", [], "nothing was commanded"),
        (
            "I've switched off the porch light.",
            "turn off the kitchen light",
            ["light.kitchen"],
            "not commanded",
        ),
        ("The front door lock was unlocked.", "what happens if I unlock the door", [], "not commanded"),
        ("The porch light is on.", "is the porch light on", [], "not known"),
        ("The front door lock is unlocked.", "is the front door locked", [], "it is locked"),
        (
            "It's 19 degrees in the garage.",
            "what's the temperature in the garage",
            [],
            "neither said nor known",
        ),
        ("Yes.", "is the porch light on", [], "not known"),
        ("The kitchen light is now off.", "should I turn off the kitchen light?", [], "not commanded"),
        ("The Front door sensor is open.", "is the front door open", [], "it is closed"),
        ("The Heater is off.", "is the heater on", [], "not known"),  # which heater?
    ],
)
def test_unbacked_claims_are_found(reply: str, said: str, acted: list[str], why: str) -> None:
    asked = ["light.porch"] if "porch" in said else []
    reasons = false_claims(reply, said, acted, HOME, asked_about=asked)
    assert reasons
    assert any(why in reason for reason in reasons)


def test_a_converted_value_may_be_quoted_when_allowed() -> None:
    reply, said = "Thermostat set to 22.2 degrees.", "set the thermostat to 72 F"
    assert false_claims(reply, said, ["climate.living"], HOME) != []
    assert false_claims(reply, said, ["climate.living"], HOME, allowed=[22.2]) == []


@pytest.mark.parametrize(
    ("reply", "said", "acted", "why"),
    [
        ("", "turn on the lamp", False, "empty"),
        ('{"name": "turn_on", "arguments": {}}', "turn on the lamp", False, "json"),
        ("Turn on the lamp.", "turn on the lamp", False, "echo"),
        ("Lamp on.", "turn on the lamp", True, ""),
        ("Hallway light off.", "hallway light off", True, ""),
        ("Open the Driveway gate?", "open the driveway gate", False, ""),
        ("Okay.", "okay", False, ""),
    ],
)
def test_non_word_replies(reply: str, said: str, acted: bool, why: str) -> None:
    assert non_word(reply, said, acted=acted) == why
