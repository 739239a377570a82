"""A language model's own words, checked before they are spoken: a reply is a promise."""

from __future__ import annotations

import pytest

from edgeagent.catalog.model import Catalog
from edgeagent.intent import truth
from tests import home
from tests.bench import trust_cases


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return home.catalog()  # the bedroom sensor reads 19.5 degrees, the living room thermostat 21


@pytest.mark.parametrize(
    ("piece", "asked"),
    [
        ("The garage door was opened.", "my wife asked me to open the garage"),
        ("The garage would be opened.", "what if I open the garage"),
        ("I've turned it off.", "it's too bright"),
        ("The thermostat is now set to 22 degrees.", "make it 22"),
        ("Shall I turn on the kitchen light?", "okay"),
        ("The temperature of the living room is 20 degrees.", "yes"),
        ("20%.", "what's the humidity in the bathroom"),  # a bare number, to a question about the home
        ("About 45.", "how bright is the kitchen light"),
        ("The kitchen light is on.", "is the kitchen light on"),  # no state known for it
        ('{"answer": "Thank you"}', "thank you"),
        ("Yes, it is on.", "is the porch light still on"),
        ("It's closed.", "what about the garage"),
        ("Turn off the kitchen light", "turn off the kitchen light"),
        ("", "hello"),
        ("Yes.", "did anyone lock the front door"),  # only the catalog knows
        ("No, nobody did.", "did anyone lock the front door"),
    ],
)
def test_a_false_or_empty_word_is_not_spoken(catalog: Catalog, piece: str, asked: str) -> None:
    assert truth.problem_with(piece, asked, catalog)


@pytest.mark.parametrize(
    ("piece", "asked"),
    [
        ("About seven minutes for a hard-boiled egg.", "how long do I boil an egg"),
        ("Why did the tomato turn red? Because it saw the salad dressing.", "tell me a joke"),
        ("It's 19.5 degrees in the bedroom.", "how warm is the bedroom"),
        ("Paris is the capital of France.", "what is the capital of france"),
        ("Eight.", "how many legs does a spider have"),
        ("You're welcome.", "thanks a lot for that"),
    ],
)
def test_a_true_answer_is_spoken(catalog: Catalog, piece: str, asked: str) -> None:
    assert truth.problem_with(piece, asked, catalog) == ""


def test_the_first_false_piece_ends_the_answer_with_a_plain_sentence(catalog: Catalog) -> None:
    pieces = iter(["Sure,", "I've unlocked the front door.", "Anything else?"])
    assert list(truth.checked(pieces, "open up", catalog)) == ["Sure,", "Sorry, I can't do that."]


def test_a_state_is_true_only_of_the_room_the_request_names() -> None:
    """The farm's kitchen ceiling light is known to be on; its barn's is not known."""
    farm = trust_cases.catalog(trust_cases.HOMES["farm"])
    kitchen = next(e for e in farm.entities() if e.name == "Ceiling Light" and e.area == "Kitchen")
    farm.update_state(kitchen.id, {"state": "on"})
    assert truth.problem_with("The Ceiling Light is on.", "is the barn ceiling light on", farm)
    assert truth.problem_with("The Ceiling Light is on.", "what about the kitchen ceiling light", farm) == ""
