"""Replies to commands in Home Assistant's words (its shipped response templates), ours where it has none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from edgeagent.intent.ha_wording import HaWording
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Understanding
from tests import home


@pytest.fixture(scope="module")
def understanding() -> Understanding:
    return Understanding(TemplateRecognizer("en"), home.catalog(), wording=HaWording("en"))


def reply_to(understanding: Understanding, said: str) -> str:
    """What is said back to a command that was carried out (in the assistant's kitchen)."""
    decision = understanding.decide(said, here="Kitchen")
    assert decision.actions
    return decision.response


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("turn on the kitchen light", "Turned on the light."),
        ("switch off the lights in the kitchen", "Turned off the lights."),
        ("turn off all the lights", "Turned off all of the lights."),
        ("lock the front door", "Locking."),
        ("set the kitchen light to 50%", "Brightness set."),
        ("set the temperature to 21", "Temperature set to 21 degrees."),
        ("start the vacuum", "Started."),
        ("close the blinds", "Closing."),
    ],
)
def test_a_command_is_answered_the_way_home_assistant_answers_it(
    understanding: Understanding, said: str, reply: str
) -> None:
    assert reply_to(understanding, said) == reply


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("toggle the kitchen light", "Kitchen light on."),  # Home Assistant has no reply for toggling
        ("turn off the hallway light and the kitchen light", "Hallway light and Kitchen light off."),
    ],
)
def test_ours_where_home_assistant_has_no_words_or_its_words_would_hide_what_was_done(
    understanding: Understanding, said: str, reply: str
) -> None:
    assert reply_to(understanding, said) == reply


def test_a_confirmation_is_asked_in_our_words_and_the_command_then_answered_in_theirs(
    understanding: Understanding,
) -> None:
    asked = understanding.decide("unlock the front door", here="Kitchen")
    assert (asked.actions, asked.response) == ([], "Unlock the Front door?")


def test_no_reply_where_home_assistant_has_none_or_no_word_for_the_domain() -> None:
    wording = HaWording("en")
    (lock,) = [e for e in home.catalog().entities() if e.domain == "lock"]
    assert (
        wording.command("HassTurnOn", "default", {}, [lock]) == "Locking."
    )  # its sentences' reply for locks
    assert wording.command("HassToggle", "default", {}, [lock]) is None
    assert wording.command("HassTurnOn", "default", {}, [replace(lock, domain="input_number")]) is None
    assert wording.command("HassTurnOn", "", {}, []) is None
