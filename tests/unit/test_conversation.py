"""Conversation as pure logic: an automation's answers matched, a question back completed by its answer."""

from __future__ import annotations

import threading

import pytest

from edgeagent.catalog.config_devices import entities_from_config
from edgeagent.catalog.model import Catalog
from edgeagent.config import config_from_mapping
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Decision, Understanding
from edgeagent.pipeline.conversation import AnswerChoice, FollowUp, Question, TurnGate

DOOR = Question(
    "door",
    "The back door is open. Shall I close it?",
    (
        AnswerChoice("yes", ("yes", "sure", "do it", "go ahead")),
        AnswerChoice("no", ("no", "leave it", "not now")),
    ),
)


@pytest.mark.parametrize(
    ("heard", "answer"),
    [
        ("Sure.", "yes"),
        ("Yes please!", "yes"),
        ("um, go ahead", "yes"),
        ("Do it", "yes"),
        ("No.", "no"),
        ("Leave it, thanks.", "no"),
        ("I'm not sure", None),  # "sure" inside another sentence is not "sure"
        ("yes no", None),
        ("what's the weather", None),
        ("", None),
    ],
)
def test_an_answer_is_one_of_its_sentences_said_whole(heard: str, answer: str | None) -> None:
    assert DOOR.match(heard) == answer


def test_two_answers_sharing_a_sentence_match_neither() -> None:
    both = Question("q", "?", (AnswerChoice("a", ("ok",)), AnswerChoice("b", ("ok",))))
    assert both.match("ok") is None


def test_the_gate_hands_the_follow_up_once_and_lets_a_waiting_listener_on() -> None:
    gate = TurnGate()
    gate.queued()
    waited = threading.Event()
    listener = threading.Thread(target=lambda: (gate.wait_idle(), waited.set()))
    listener.start()
    assert not waited.wait(0.1)
    gate.turn_done(7, FollowUp(5000))
    listener.join(2)
    assert waited.is_set()
    assert gate.take() == FollowUp(5000)
    assert gate.take() is None


def test_closing_the_gate_frees_a_waiting_listener() -> None:
    gate = TurnGate()
    gate.queued()
    listener = threading.Thread(target=gate.wait_idle)
    listener.start()
    gate.close()
    listener.join(2)
    assert not listener.is_alive()


HOME = config_from_mapping(
    {
        "devices": [
            {
                "name": "Kitchen lamp",
                "aliases": ["lamp"],
                "area": "Kitchen",
                "type": "light",
                "command_topic": "home/kitchen/lamp/set",
            },
            {
                "name": "Hallway lamp",
                "aliases": ["lamp"],
                "area": "Hallway",
                "type": "light",
                "command_topic": "home/hallway/lamp/set",
            },
            {"name": "Ceiling light", "area": "Kitchen", "type": "light", "command_topic": "home/k/ceil/set"},
            {"name": "Floor light", "area": "Hallway", "type": "light", "command_topic": "home/h/floor/set"},
        ]
    }
)


@pytest.fixture(scope="module")
def recognizer() -> TemplateRecognizer:
    return TemplateRecognizer("en", ())


def assistant(recognizer: TemplateRecognizer) -> Understanding:
    catalog = Catalog()
    catalog.replace_source("config", "config:", entities_from_config(HOME.devices))
    return Understanding(recognizer, catalog)  # no room of its own


def said(understanding: Understanding, text: str) -> Decision:
    decision = understanding.decide(text)
    for effect in decision.effects:
        effect.run()
    return decision


def topics(decision: Decision) -> list[str]:
    return [a.topic for a in decision.actions]


@pytest.mark.parametrize(
    ("answer", "topic"),
    [
        ("the kitchen one", "home/kitchen/lamp/set"),
        ("Hallway.", "home/hallway/lamp/set"),
        ("the one in the hallway please", "home/hallway/lamp/set"),
        ("the first one", "home/kitchen/lamp/set"),
    ],
)
def test_which_one_is_answered_by_its_room(recognizer: TemplateRecognizer, answer: str, topic: str) -> None:
    understanding = assistant(recognizer)
    question = said(understanding, "turn on the lamp")
    assert question.response.startswith("Which one do you mean:") and question.response.endswith("?")
    assert topics(question) == []
    assert topics(said(understanding, answer)) == [topic]


def test_which_room_is_answered_by_a_room(recognizer: TemplateRecognizer) -> None:
    understanding = assistant(recognizer)
    question = said(understanding, "turn off the lights")
    assert question.response == "I know several lights. Which room?"
    assert sorted(topics(said(understanding, "in the kitchen"))) == [
        "home/k/ceil/set",
        "home/kitchen/lamp/set",
    ]


def test_cancel_or_silence_leaves_the_question_with_nothing_done(recognizer: TemplateRecognizer) -> None:
    understanding = assistant(recognizer)
    said(understanding, "turn on the lamp")
    cancelled = said(understanding, "cancel")
    assert (topics(cancelled), cancelled.response) == ([], "Okay.")
    assert topics(said(understanding, "kitchen")) == []  # nothing is held any more
    said(understanding, "turn on the lamp")
    understanding.unanswered()  # the follow-up heard nothing
    assert topics(said(understanding, "kitchen")) == []


def test_another_sentence_is_understood_as_itself(recognizer: TemplateRecognizer) -> None:
    understanding = assistant(recognizer)
    said(understanding, "turn on the lamp")
    other = said(understanding, "turn on the floor light")
    assert topics(other) == ["home/h/floor/set"]
    assert topics(said(understanding, "kitchen")) == []


@pytest.mark.parametrize(
    "other",
    ["turn off the kitchen fan", "what is the temperature in the kitchen", "is the last train late"],
)
def test_a_sentence_with_words_of_its_own_never_answers_the_question(
    recognizer: TemplateRecognizer, other: str
) -> None:
    understanding = assistant(recognizer)
    said(understanding, "turn on the lamp")  # "Which one do you mean: ...?"
    assert [(a.topic, a.payload) for a in said(understanding, other).actions] == []
    said(understanding, "turn on the lights")  # "Which room?"
    assert [(a.topic, a.payload) for a in said(understanding, other).actions] == []
