"""Who may command what by voice: confirmation for unlocks and garage doors, allowlist, disabled domains."""

from __future__ import annotations

import pytest

from edgeagent.config import SecuritySettings, config_from_mapping
from edgeagent.intent.guard import Guard
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Decision, Understanding
from tests import home

CUSTOM = config_from_mapping(home.CONFIG).intents


@pytest.fixture(scope="module")
def recognizer() -> TemplateRecognizer:
    return TemplateRecognizer("en", CUSTOM)


def brain(recognizer: TemplateRecognizer, **security: object) -> Understanding:
    guard = Guard(SecuritySettings(**security))  # type: ignore[arg-type]
    return Understanding(recognizer, home.catalog(), here="Bedroom", custom=CUSTOM, guard=guard)


def topics(decision: Decision) -> list[tuple[str, str]]:
    return [(a.topic, a.payload) for a in decision.actions]


def said(assistant: Understanding, text: str) -> Decision:
    """Decide and act, as a turn does (the held question is an effect of the act step)."""
    decision = assistant.decide(text)
    for effect in decision.effects:
        effect.run()
    return decision


def test_deciding_alone_holds_nothing(recognizer: TemplateRecognizer) -> None:
    assistant = brain(recognizer)
    assistant.decide("unlock the front door")
    assert topics(assistant.decide("yes")) == []


def test_unlocking_is_asked_back_and_a_yes_publishes(recognizer: TemplateRecognizer) -> None:
    assistant = brain(recognizer)
    question = said(assistant, "unlock the front door")
    assert (topics(question), question.response) == ([], "Unlock the Front door?")
    confirmed = said(assistant, "Yes.")
    assert topics(confirmed) == [("home/front/lock/set", "UNLOCK")]
    assert confirmed.response == "Front door unlocked."


def test_a_no_or_anything_else_publishes_nothing(recognizer: TemplateRecognizer) -> None:
    assistant = brain(recognizer)
    said(assistant, "open the garage door")
    assert (topics(reply := said(assistant, "no")), reply.response) == ([], "Okay, I won't.")
    said(assistant, "open the garage door")
    said(assistant, "what time is it")
    assert topics(said(assistant, "yes")) == []  # the question was dropped by the other sentence


def test_locking_and_closing_are_not_asked(recognizer: TemplateRecognizer) -> None:
    assistant = brain(recognizer)
    assert topics(assistant.decide("lock the front door")) == [("home/front/lock/set", "LOCK")]
    assert topics(assistant.decide("close the garage door")) == [("home/garage/door/set", "CLOSE")]


def test_confirmation_can_be_switched_off(recognizer: TemplateRecognizer) -> None:
    assert topics(brain(recognizer, confirm_sensitive=False).decide("unlock the front door")) == [
        ("home/front/lock/set", "UNLOCK")
    ]


def test_voice_disabled_domains_and_the_allowlist(recognizer: TemplateRecognizer) -> None:
    no_locks = brain(recognizer, voice_disabled_domains=("lock",))
    decision = no_locks.decide("lock the front door")
    assert topics(decision) == [] and "can't be controlled by voice" in decision.response
    only_lamp = brain(recognizer, allowed_devices=("Desk lamp",))
    assert topics(only_lamp.decide("turn on the kitchen light")) == []
    assert topics(only_lamp.decide("turn on the desk lamp")) == [("home/office/desk/set", "ON")]


def test_an_allowlist_of_domains_keeps_voice_to_those(recognizer: TemplateRecognizer) -> None:
    lights_only = brain(recognizer, allowed_domains=("light",))
    assert topics(lights_only.decide("turn on the desk lamp")) == [("home/office/desk/set", "ON")]
    decision = lights_only.decide("open the garage door")
    assert topics(decision) == [] and "can't be controlled by voice" in decision.response
