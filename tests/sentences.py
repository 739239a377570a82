"""The project's own sentence tests: what a person says in the test home, what must happen.

Each case: the sentence, the area the assistant stands in, the intent, the exact
messages published (topic, payload; JSON payloads compared as JSON), and words
the spoken response must contain. Used by tests/unit/test_understanding.py and
by the recognition benchmark for its accuracy figure.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    text: str
    intent: str
    actions: tuple[tuple[str, str], ...] = ()
    response: str = ""
    here: str = "Bedroom"


CASES = [
    Case(
        "Turn on the kitchen light.", "HassTurnOn", (("home/kitchen/ceiling/set", "ON"),), "Kitchen light on"
    ),
    Case("turn off the hallway light", "HassTurnOff", (("home/hallway/light/set", "OFF"),), "off"),
    Case(
        "Switch on the coffee machine, please.",
        "HassTurnOn",
        (("home/kitchen/coffee/set", "1"),),
        "Coffee machine on",
    ),
    Case(
        "Turn off the lights.",
        "HassTurnOff",
        (("home/bedroom/lamp/set", '{"state": "OFF"}'),),
        "Bedside lamp off",
    ),
    Case("turn on the lights in the kitchen", "HassTurnOn", (("home/kitchen/ceiling/set", "ON"),), "on"),
    Case(
        "Turn off the kitchen and hallway lights.",
        "HassTurnOff",
        (("home/kitchen/ceiling/set", "OFF"), ("home/hallway/light/set", "OFF")),
        "off",
    ),
    Case(
        "Set the kitchen light to 50%.",
        "HassLightSet",
        (("home/kitchen/ceiling/brightness", "128"),),
        "50 percent",
    ),
    Case(
        "set the kitchen light to fifty percent",
        "HassLightSet",
        (("home/kitchen/ceiling/brightness", "128"),),
    ),
    Case(
        "Set the bedside lamp to red.",
        "HassLightSet",
        (("home/bedroom/lamp/set", '{"state": "ON", "color": {"r": 255, "g": 0, "b": 0}}'),),
        "red",
    ),
    Case(
        "Dim the floor lamp to 20%",
        "HassLightSet",
        (("zigbee2mqtt/Living room/Floor lamp/set", '{"state": "ON", "brightness": 51}'),),
    ),
    Case(
        "Set the floor lamp to 20%.",
        "HassLightSet",
        (("zigbee2mqtt/Living room/Floor lamp/set", '{"state": "ON", "brightness": 51}'),),
    ),
    Case(
        "Open the garage door.",
        "HassTurnOn",
        (),
        "Open the Garage door?",  # sensitive: asked back first
    ),
    Case("close the garage door", "HassTurnOff", (("home/garage/door/set", "CLOSE"),)),
    Case(
        "Set the office blinds to 40%.",
        "HassSetPosition",
        (("zigbee2mqtt/Office/Blinds/set", '{"position": 40}'),),
        "40 percent",
    ),
    Case("Lock the front door.", "HassTurnOn", (("home/front/lock/set", "LOCK"),), "locked"),
    Case("unlock the front door", "HassTurnOff", (), "Unlock the Front door?"),  # asked back first
    Case(
        "Set the living room temperature to 21 degrees.",
        "HassClimateSetTemperature",
        (("home/living/thermostat/target", "21"),),
        "21 degrees",
    ),
    Case(
        "set the thermostat to 22.5 degrees",
        "HassClimateSetTemperature",
        (("home/living/thermostat/target", "22.5"),),
    ),
    Case("What is the temperature in the living room?", "HassClimateGetTemperature", (), "21 degrees"),
    Case("What's the temperature?", "HassClimateGetTemperature", (), "19.5 degrees"),
    Case("Set the fan speed to 50%.", "HassFanSetSpeed", (("home/bedroom/fan/speed", "50"),), "50 percent"),
    Case("Start the vacuum.", "HassVacuumStart", (("home/vacuum/command", "start"),), "Starting"),
    Case(
        "Send the vacuum back to base.",
        "HassVacuumReturnToBase",
        (("home/vacuum/command", "return_to_base"),),
    ),
    Case("Activate movie time.", "HassTurnOn", (("home/scenes/movie/set", "ON"),)),
    Case("Turn on the desk lamp.", "HassTurnOn", (("home/office/desk/set", "ON"),), "Desk lamp on"),
    Case("Turn on the reading light.", "HassTurnOn", (("home/office/desk/set", "ON"),), "Desk lamp on"),
    Case("set the desk lamp to 30%", "HassLightSet", (("home/office/desk/brightness", '{"level": 30}'),)),
    Case("Turn on the kitchn lite.", "HassTurnOn", (("home/kitchen/ceiling/set", "ON"),), "Kitchen light on"),
    Case(
        "Move forward 2 meters.",
        "RobotMove",
        (("robot/cmd/move", '{"direction": "forward", "distance": 2}'),),
        "Moving forward 2 meters",
    ),
    Case(
        "drive forward five meters",
        "RobotMove",
        (("robot/cmd/move", '{"direction": "forward", "distance": 5}'),),
    ),
    Case("Set a timer for 5 minutes.", "HassStartTimer", (), "5 minutes"),
    Case("What time is it?", "HassGetCurrentTime", (), "It's"),
    Case("What's the date today?", "HassGetCurrentDate", (), "Today is"),
    Case("Never mind.", "HassNevermind", ()),
    Case("Turn on the toaster.", "", (), "I don't know a device called toaster"),
    Case("How long do I boil an egg?", "", (), "Sorry, I didn't understand"),
]
