"""A room's measure, asked by room: the temperature, humidity or CO2 of the room's air, never of a
thing in it (a fridge, a vivarium) said as the room's; a thing's reading is said with its name."""

from __future__ import annotations

import pytest

from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.timers import Timers
from edgeagent.intent.understand import Understanding
from tests.bench import homes
from tests.bench.homes import Device

HOME = homes.Home(
    "measures",
    (
        Device("Kitchen Fridge", "sensor", "Kitchen", "temperature", state="4", unit="°C"),
        Device("Kitchen Light", "light", "Kitchen", state="OFF"),
        Device("Vivarium Thermostat", "climate", "Reptile Room", features=("temperature",)),
        Device("Reptile Room Temperature", "sensor", "Reptile Room", "temperature", state="26.5", unit="°C"),
        Device("0x00124b0022aa1f3f", "sensor", "Bathroom", "humidity", state="71"),
        Device("WSDCGQ11LM", "sensor", "Bathroom", "temperature", state="23.5", unit="°C"),
        Device("Eve Room", "sensor", "Office", "humidity", state="48"),
        Device("Office Air", "sensor", "Office", "carbon_dioxide", state="900", unit="ppm"),
        Device("Cellar Humidity", "sensor", "Basement", "humidity", state="80"),
        Device("Wine Fridge", "sensor", "Basement", "humidity", state="65"),
    ),
)


@pytest.fixture(scope="module")
def home() -> Understanding:
    recognizer = TemplateRecognizer("en")
    return Understanding(recognizer, homes.catalog(HOME), timers=Timers(lambda _: None))


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("what's the humidity in the bathroom", "The humidity in the Bathroom is 71 percent."),
        ("how humid is it in the office", "The humidity in the Office is 48 percent."),
        ("humidity in the bathroom", "The humidity in the Bathroom is 71 percent."),
        ("what's the co2 level in the office", "The CO2 in the Office is 900 ppm."),
        ("how much carbon dioxide is there in the office", "The CO2 in the Office is 900 ppm."),
        # a room's sensor first, a thing's by its name
        ("what's the temperature in the reptile room", "The Reptile Room is at 26.5 degrees."),
        ("how warm is it in the bathroom", "The Bathroom is at 23.5 degrees."),
        ("what's the temperature in the kitchen", "The Kitchen Fridge is at 4 degrees."),
        (
            "what's the humidity in the basement",
            "The humidity in the Basement is 80 percent. The Wine Fridge humidity is 65 percent.",
        ),
    ],
)
def test_a_rooms_measure_is_its_airs(home: Understanding, said: str, reply: str) -> None:
    decision = home.decide(said)
    assert not decision.actions
    assert decision.response == reply


def test_a_room_with_no_sensor_of_the_measure_says_so(home: Understanding) -> None:
    decision = home.decide("what's the humidity in the kitchen")
    assert not decision.actions
    assert "71" not in decision.response and "48" not in decision.response
