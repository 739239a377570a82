"""A device is chosen only when the words said pick it out: a number, a room or a kind word that
does not fit rules a device out, and a room said that the home lacks grounds nothing (issue 32).
Templates path: sentence templates, misheard names mended, names resolved by spelling."""

from __future__ import annotations

import pytest

from edgeagent.catalog.model import Catalog, area_names, spoken_areas
from edgeagent.intent import telling
from edgeagent.intent.grounding import grounded
from edgeagent.intent.resolve import ResolveError, Target, resolve
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.timers import Timers
from edgeagent.intent.understand import Understanding
from tests.bench import homes
from tests.bench.homes import Device, Home

_LIGHT = ("brightness",)

NUMBERED = Home(
    "numbered",
    (
        Device("Bedroom Light", "light", "Bedroom", features=_LIGHT),
        Device("Bedroom 1 Light", "light", "Bedroom", features=_LIGHT),
        Device("Bedroom 2 Light", "light", "Bedroom", features=_LIGHT),
        Device("Lamp 1", "light", "Office", features=_LIGHT),
    ),
)
ROOMS = Home(
    "rooms",
    (
        Device("Light", "light", "Guest Bedroom", features=_LIGHT),
        Device("Light", "light", "Master Bathroom", features=_LIGHT),
        Device("Living Room Light", "light", "Living Room", features=_LIGHT),
        Device("Office Light", "light", "Office", features=_LIGHT),
    ),
)
NUMBERED_ROOMS = Home(
    "numbered_rooms",
    (
        Device("Light", "light", "Bedroom", features=_LIGHT),
        Device("Light", "light", "Bedroom 2", features=_LIGHT),
    ),
)
TWO_LANGUAGES = Home(
    "two_languages",
    (
        Device("Ceiling", "light", "Sala (Living Room)", features=_LIGHT),
        Device("Spots", "light", "Küche / Kitchen", features=_LIGHT),
        Device("Thermostat", "climate", "Küche / Kitchen"),
        Device("Light", "light", "Schlafzimmer | Bedroom", features=_LIGHT),
    ),
)


def brain(home: Home, here: str = "") -> tuple[Understanding, dict[str, str]]:
    catalog = homes.catalog(home)
    understanding = Understanding(TemplateRecognizer("en"), catalog, here=here, timers=Timers(lambda _: None))
    return understanding, {e.id: f"{e.name} @ {e.area}" for e in catalog.entities()}


@pytest.fixture(scope="module")
def numbered() -> tuple[Understanding, dict[str, str]]:
    return brain(NUMBERED)


@pytest.fixture(scope="module")
def rooms() -> tuple[Understanding, dict[str, str]]:
    return brain(ROOMS)


@pytest.fixture(scope="module")
def numbered_rooms() -> tuple[Understanding, dict[str, str]]:
    return brain(NUMBERED_ROOMS)


@pytest.fixture(scope="module")
def two_languages() -> tuple[Understanding, dict[str, str]]:
    return brain(TWO_LANGUAGES)


def acted_on(said: str, home: tuple[Understanding, dict[str, str]]) -> set[str]:
    understanding, names = home
    decision = understanding.decide(said)
    return {names[t] for t in decision.targets} if decision.actions else set()


@pytest.mark.parametrize(
    "said", ["living room heat on", "turn on the living room heat", "office heat on please"]
)
def test_a_kind_word_that_does_not_fit_rules_the_device_out(
    said: str, rooms: tuple[Understanding, dict[str, str]]
) -> None:
    """ "heat" is no light: never mended into "living room light"."""
    assert acted_on(said, rooms) == set()


@pytest.mark.parametrize(
    "said",
    [
        "turn on the light in bedroom 2",
        "the light in bedroom 2 on",
        "bedroom two light on",
        "turn on the bedroom 4 light",
        "turn on lamp 2",
    ],
)
def test_a_number_said_rules_out_devices_with_another_number(
    said: str, numbered: tuple[Understanding, dict[str, str]]
) -> None:
    """The number is never dropped ("bedroom 2" mended into "bedroom") nor changed ("lamp 2" into
    "Lamp 1"): the device said ("Bedroom 2 Light", though it is in the Bedroom), or nothing."""
    assert acted_on(said, numbered) <= {"Bedroom 2 Light @ Bedroom"}


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("bedroom two light on", {"Light @ Bedroom 2"}),
        ("turn on the light in bedroom two", {"Light @ Bedroom 2"}),
        ("turn on the bedroom 2 light", {"Light @ Bedroom 2"}),
        ("turn on the bedroom light", {"Light @ Bedroom"}),
        ("turn on the light in bedroom 3", set()),
        ("bedroom three light on", set()),
    ],
)
def test_a_number_said_rules_out_areas_with_another_number(
    said: str, meant: set[str], numbered_rooms: tuple[Understanding, dict[str, str]]
) -> None:
    assert acted_on(said, numbered_rooms) == meant


def test_a_name_spelled_with_another_number_is_not_that_device() -> None:
    catalog = homes.catalog(NUMBERED)
    with pytest.raises(ResolveError):
        resolve(Target(names=("lamp 3",), domains=("light",)), catalog.entities())


@pytest.mark.parametrize(
    "said",
    [
        "turn on the guest bathroom light",
        "turn on the light in the guest bathroom",
        "turn on the master bedroom light",
        "turn on the dining room light",
        "turn on the bathroom light",
    ],
)
def test_a_room_said_that_the_home_lacks_is_never_another_room(
    said: str, rooms: tuple[Understanding, dict[str, str]]
) -> None:
    """ "guest bathroom" is not the "Guest Bedroom", "dining room" not the "Living Room": sorry."""
    assert acted_on(said, rooms) == set()


def test_a_room_word_is_kept_when_a_name_is_mended() -> None:
    assert not telling.keeps("dining room light", "living room light")
    assert not telling.keeps("guest bathroom", "guest bedroom")
    assert not telling.keeps("bedroom 2", "bedroom")
    assert telling.keeps("kitchn light", "kitchen light")  # misheard, no other room
    assert telling.keeps("hall light", "hallway light")
    assert telling.keeps("christmas three", "christmas tree")  # a word heard as a number


def test_whose_room_it_is_tells_rooms_apart() -> None:
    assert not telling.keeps("sams room", "toms room")  # Sam has no room in this home
    assert not telling.keeps("spare room", "guest room")
    assert telling.keeps("prias room", "priyas room")  # Priya's, misheard
    assert telling.keeps("toms rom", "toms room")


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("turn on the kitchen spots", {"Spots @ Küche / Kitchen"}),
        ("turn off the lights in the kitchen", {"Spots @ Küche / Kitchen"}),
        ("turn on the light in the küche", {"Spots @ Küche / Kitchen"}),
        ("turn on the living room lights", {"Ceiling @ Sala (Living Room)"}),
        ("turn on the sala light", {"Ceiling @ Sala (Living Room)"}),
        ("turn off the bedroom light", {"Light @ Schlafzimmer | Bedroom"}),
        ("set the kitchen thermostat to 21", {"Thermostat @ Küche / Kitchen"}),
    ],
)
def test_each_part_of_an_area_named_in_two_languages_is_its_name(
    said: str, meant: set[str], two_languages: tuple[Understanding, dict[str, str]]
) -> None:
    assert acted_on(said, two_languages) == meant


def test_a_part_that_names_another_area_is_not_taken() -> None:
    assert area_names("Sala (Living Room)") == ("Sala (Living Room)", "Sala", "Living Room")
    spoken = spoken_areas(["Sala (Living Room)", "Living Room"])
    assert spoken["living room"] == "Living Room"
    assert spoken["sala"] == "Sala (Living Room)"


# The language model's calls: grounded only when the words said pick the device out.

GROUNDED = Home(
    "grounded",
    (
        Device("Kitchen Light", "light", "Kitchen", features=_LIGHT),
        Device("Hallway Light", "light", "Hallway", features=_LIGHT),
        Device("Persianas Inteligentes", "cover", "Sala", "blind", ("position",)),
        Device("Barbacoa Inteligente", "switch", "Terraza"),
        Device("Bedroom Light", "light", "Bedroom", features=_LIGHT),
        Device("Bedroom 1 Light", "light", "Bedroom", features=_LIGHT),
        Device("Bedroom 2 Light", "light", "Bedroom", features=_LIGHT),
        Device("Light", "light", "Guest Bedroom", features=_LIGHT),
        Device("Light", "light", "Bathroom", features=_LIGHT),
        Device("Ceiling", "light", "Küche / Cuisine", features=_LIGHT),
    ),
)


@pytest.fixture(scope="module")
def grounded_home() -> Catalog:
    return homes.catalog(GROUNDED)


def grounded_for(said: str, catalog: Catalog, here: str = "Hallway") -> set[str]:
    return {f"{e.name} @ {e.area}" for e in catalog.entities() if grounded(e, said, here, catalog)}


@pytest.mark.parametrize(
    "said",
    [
        "turn on the terrace light",
        "turn on the light on the terrace",
        "turn on the desk lamp",
        "switch on the reading lamp please",
    ],
)
def test_a_kind_said_with_a_word_this_home_lacks_grounds_no_other_device(
    said: str, grounded_home: Catalog
) -> None:
    """ "the terrace light" in a home with no terrace is no other room's light."""
    assert grounded_for(said, grounded_home, here="Bedroom") == set()
    assert grounded_for(said, grounded_home, here="") == set()


def test_a_device_whose_words_said_are_fewer_is_not_grounded(grounded_home: Catalog) -> None:
    """ "abre las persianas inteligentes": the blinds, never the "Barbacoa inteligente"."""
    assert grounded_for("abre las persianas inteligentes", grounded_home) == {"Persianas Inteligentes @ Sala"}


def test_a_number_said_grounds_only_what_holds_it(grounded_home: Catalog) -> None:
    assert grounded_for("turn on the light in bedroom 2", grounded_home) == {"Bedroom 2 Light @ Bedroom"}
    assert grounded_for("set the bedroom light to 40 percent", grounded_home, here="Bedroom") == {
        "Bedroom Light @ Bedroom"
    }  # a value is no number of a name


@pytest.mark.parametrize(
    "said", ["turn on the guest bathroom light", "turn on the master bedroom light", "dining room light on"]
)
def test_a_room_said_loosely_grounds_nothing(said: str, grounded_home: Catalog) -> None:
    """ "guest bathroom" is neither the Bathroom nor the Guest Bedroom."""
    assert grounded_for(said, grounded_home) == set()


def test_a_part_of_an_area_named_in_two_languages_is_a_place_said(grounded_home: Catalog) -> None:
    assert grounded_for("the light in the cuisine", grounded_home) == {"Ceiling @ Küche / Cuisine"}
    assert grounded_for("küche light on", grounded_home) == {"Ceiling @ Küche / Cuisine"}
    assert grounded_for("turn on the guest bedroom light", grounded_home) == {"Light @ Guest Bedroom"}


VENDOR_NAMED = Home(
    "vendor_named",
    (
        Device("TS0601 thermostat", "climate", "Bedroom"),
        Device("BHT-002", "climate", "Living Room"),
        Device("Kettle Plug", "switch", "Kitchen", "outlet"),
        Device("TV Socket", "switch", "Lounge", "outlet"),
        Device("Front door lock", "lock", "Hallway"),
        Device("Patio door lock", "lock", "Kitchen"),
    ),
)


@pytest.mark.parametrize("said", ["set the thermostat to 21", "turn on the plug"])
def test_a_kind_word_alone_is_every_device_of_the_kind_not_the_one_named_with_it(said: str) -> None:
    """ "the thermostat" is the TS0601 thermostat or the BHT-002: asked, never guessed."""
    understanding, _ = brain(VENDOR_NAMED)
    decision = understanding.decide(said)
    assert decision.actions == [] and "Which one" in decision.response


def test_a_kind_word_with_a_room_is_the_device_of_that_kind_there() -> None:
    assert acted_on("set the bedroom thermostat to 21", brain(VENDOR_NAMED)) == {
        "TS0601 thermostat @ Bedroom"
    }


def test_a_kind_of_two_words_still_tells_devices_apart() -> None:
    assert acted_on("lock the front door", brain(VENDOR_NAMED)) == {"Front door lock @ Hallway"}
