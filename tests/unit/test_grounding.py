"""A language model's call must be pointed at by the sentence: plain sentences, the test home."""

from __future__ import annotations

import pytest

from edgeagent.catalog.model import Catalog, Entity
from edgeagent.intent import grounding
from edgeagent.intent.grounding import grounded, values_said
from edgeagent.intent.kinds import KINDS
from tests import home
from tests.bench import homes, trust_cases, unseen_cases2
from tests.bench.homes import Device, Home

FLOORS = {"upstairs": ("Bedroom",), "downstairs": ("Kitchen", "Hallway", "Living room", "Garage")}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return home.catalog()


def device(catalog: Catalog, name: str) -> Entity:
    return next(e for e in catalog.entities() if e.name == name)


@pytest.mark.parametrize(
    ("said", "here", "name"),
    [
        ("my desk could use some light", "Kitchen", "Desk lamp"),  # a word only its name has
        ("i fancy a coffee", "Bedroom", "Coffee machine"),
        ("the heating please", "Garage", "Thermostat"),  # a kind word that fits, no place
        ("the fan upstairs is too loud", "Kitchen", "Ceiling fan"),  # a kind word and its floor
        ("i'm cold", "Living room", "Thermostat"),  # nothing named: the person's room
        ("it's freezing in the living room", "Garage", "Thermostat"),  # nothing named: the room said
        ("it's gloomy in here", "Bedroom", "Bedside lamp"),
    ],
)
def test_a_sentence_points_at(catalog: Catalog, said: str, here: str, name: str) -> None:
    assert grounded(device(catalog, name), said, here, catalog, FLOORS)


def test_a_sentence_naming_nothing_must_say_what_the_device_would_help_with(catalog: Catalog) -> None:
    thermostat = device(catalog, "Thermostat")
    assert grounded(thermostat, "i'm freezing", "Living room", catalog)
    assert not grounded(thermostat, "play some jazz", "Living room", catalog)  # nothing to help with
    assert not grounded(device(catalog, "Bedside lamp"), "i'm freezing", "Bedroom", catalog)  # no help
    assert grounded(thermostat, "is it on in here", "Living room", catalog, asking=True)  # a question


@pytest.mark.parametrize(
    ("said", "here", "name"),
    [
        ("my desk could use some light", "Kitchen", "Kitchen light"),  # another device is named
        ("lock the front door", "Bedroom", "Bedside lamp"),
        ("turn on the tv", "Living room", "Thermostat"),  # a thing this home does not have
        ("the lights in the garden", "Kitchen", "Kitchen light"),  # a room this home does not have
        ("the lights upstairs", "Kitchen", "Kitchen light"),  # the floor holds another room
        ("the lights upstairs", "Kitchen", "Robo"),
        ("the fan please", "Bedroom", "Thermostat"),  # a kind word the device is not
        ("i'm cold", "Garage", "Thermostat"),  # nothing named, and the person is elsewhere
        ("it's freezing in the kitchen", "Living room", "Thermostat"),  # another room said
        ("switch on the sprinklers", "Kitchen", "Coffee machine"),  # "switch" the verb is no kind
        ("don't turn off the hallway light", "Hallway", "Hallway light"),  # not a command
        ("never switch on the coffee machine", "Kitchen", "Coffee machine"),
    ],
)
def test_a_sentence_does_not_point_at(catalog: Catalog, said: str, here: str, name: str) -> None:
    assert not grounded(device(catalog, name), said, here, catalog, FLOORS)


@pytest.mark.parametrize(
    ("slots", "said", "ok"),
    [
        ({"brightness": 30}, "kitchen light to 30 percent", True),
        ({"brightness": 50}, "half brightness in here", True),
        ({"temperature": 21.5}, "make it 21.5", True),
        ({"temperature": 20}, "i'm cold", False),  # a temperature nobody said
        ({"percentage": 80}, "the fan to seventy", False),
        ({"color": "warm white"}, "make them warm white", True),
        ({"color": "blue"}, "make it nicer", False),
        ({"name": ["thermostat"]}, "i'm cold", True),  # names are grounded apart
    ],
)
def test_the_values_of_a_call_must_have_been_said(slots: dict[str, object], said: str, ok: bool) -> None:
    assert values_said(slots, said) is ok


def test_a_floor_in_a_home_without_floors_grounds_nothing(catalog: Catalog) -> None:
    assert not grounded(device(catalog, "Kitchen light"), "turn off the lights upstairs", "Kitchen", catalog)


@pytest.mark.parametrize(
    ("intent", "text", "opposite"),
    [
        ("HassTurnOff", "lock the front door", True),
        ("HassTurnOn", "unlock the front door", True),
        ("HassTurnOff", "open the garage", True),
        ("HassTurnOn", "turn off the kitchen light", True),
        ("HassVacuumStart", "send the roomba back to its base", True),
        ("HassVacuumReturnToBase", "start cleaning", True),
        ("HassTurnOff", "turn off the light on the porch", False),
        ("HassTurnOn", "it's too dark in here", False),
        ("HassTurnOff", "unlock the front door", False),
        ("HassLightSet", "turn off the lamp", False),
    ],
)
def test_a_call_for_the_opposite_of_what_was_said_is_seen(intent: str, text: str, opposite: bool) -> None:
    assert grounding.says_the_opposite(intent, text) is opposite


def test_of_devices_named_alike_the_one_in_the_room_said_is_meant() -> None:
    """A farmhouse with a "Ceiling Light" in its kitchen, parlour and barn."""
    farm = trust_cases.HOMES["farm"]
    built = trust_cases.catalog(farm)
    lights = {e.area: e for e in built.entities() if e.name == "Ceiling Light"}
    said = "dim the parlour ceiling light to forty"
    meant = {area for area, e in lights.items() if grounded(e, said, "Kitchen", built, farm.home.floors)}
    assert meant == {"Parlour"}
    nowhere = "dim the attic ceiling light to forty"  # a room the farm lacks
    assert not any(grounded(e, nowhere, "Kitchen", built, farm.home.floors) for e in lights.values())


@pytest.mark.parametrize(
    ("intent", "text", "names", "opposite"),
    [
        ("HassTurnOn", "put the football on, then the hue go off", ["Hue Go"], True),
        ("HassTurnOn", "put the football on and the hue go off", ["Hue Go"], True),
        ("HassTurnOff", "put the football on, then the hue go off", ["Hue Go"], False),
        ("HassTurnOn", "front door lock, disengage", ["Front Door Lock"], True),
        ("HassTurnOff", "front door lock, disengage", ["Front Door Lock"], False),
        ("HassTurnOn", "turn on the hue go", ["Hue Go"], False),
        ("HassTurnOn", "the carer is at the door, can you let her in", ["Front Door"], True),
        ("HassTurnOn", "roll the patio awning in, it's raining", ["Patio Awning"], True),
        ("HassTurnOff", "roll the patio awning in, it's raining", ["Patio Awning"], False),
        ("HassTurnOn", "open the uh close the somfy", ["Somfy Blind"], True),  # corrected: the last
        ("HassTurnOff", "open the uh close the somfy", ["Somfy Blind"], False),
        ("HassTurnOff", "switch off no on the porch light", ["Porch light"], True),
        ("HassTurnOff", "switch off the light on the porch", ["Porch light"], False),  # no correction
    ],
)
def test_of_several_requests_the_one_naming_the_device_says_what_it_is_to_do(
    intent: str, text: str, names: list[str], opposite: bool
) -> None:
    assert grounding.says_the_opposite(intent, text, names) is opposite


def test_a_place_said_rules_out_the_one_device_named_elsewhere() -> None:
    flat = unseen_cases2.HOMES["f_elderly"]
    built = trust_cases.catalog(flat)
    radio = next(e for e in built.entities() if e.name == "Radio Plug")  # in the kitchen
    assert not grounded(radio, "turn off the radio in the bedroom", "", built, flat.home.floors)
    assert grounded(radio, "turn off the radio", "", built, flat.home.floors)
    assert grounded(radio, "turn off the radio in the kitchen", "", built, flat.home.floors)


def _built(*devices: Device) -> Catalog:
    return homes.catalog(Home("small", devices))


def test_the_device_whose_whole_name_is_said_is_meant_not_one_sharing_a_word() -> None:
    built = _built(
        Device("Main Water Valve", "valve", "Cellar", "water"), Device("Water Heater", "climate", "Cellar")
    )
    valve, heater = sorted(built.entities(), key=lambda e: e.domain != "valve")
    said = "open the main water valve again"
    assert grounded(valve, said, "", built) and not grounded(heater, said, "", built)


def test_a_numbered_room_the_home_lacks_is_no_device_holding_that_number() -> None:
    built = _built(
        Device("Desk Lamp 3", "light", "Study", features=("brightness",)),
        Device("Ceiling Light", "light", "Main Bedroom", features=("brightness",)),
    )
    assert not any(grounded(e, "switch on the bedroom 3 light", "", built) for e in built.entities())


def test_all_the_sprinklers_are_the_ones_called_sprinklers_where_some_are() -> None:
    kind = KINDS["sprinkler"]
    built = _built(
        Device("North Sprinklers", "valve", "Lawn", "water"), Device("Drip Line", "valve", "Beds", "water")
    )
    assert [e.name for e in kind.narrowed(list(built.entities()))] == ["North Sprinklers"]
