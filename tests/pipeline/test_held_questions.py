"""Held questions belong to the turn that asked them: an MQTT `ask` that comes while a spoken
question back is still waiting neither answers it nor clears the question it asks itself.

The real understanding (templates over the test home) with fake audio engines: what is tested
is who owns a held question as turns supersede each other."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator

import pytest

from edgeagent.audio.sinks import NullSink
from edgeagent.audio.sources import RawStdinSource
from edgeagent.engines.fakes import (
    FakeStt,
    FakeTts,
    FakeVad,
    FakeWake,
    silence_frames,
    speech_frames,
    wake_frames,
)
from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.intent.responder import ActingResponder
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Understanding
from edgeagent.mqtt.client import Publish
from edgeagent.pipeline.events import Event, EventBus, EventLog
from edgeagent.pipeline.listener import ListenerSettings
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings
from edgeagent.pipeline.segmenter import SegmenterSettings
from edgeagent.pipeline.turn import Emit, TurnSettings
from tests import home

SETTINGS = PipelineSettings(
    listener=ListenerSettings(
        preroll_ms=200,
        refractory_ms=1000,
        segmenter=SegmenterSettings(end_silence_ms=300, max_command_ms=3000, no_speech_timeout_ms=1000),
    ),
    turn=TurnSettings(follow_up_ms=1500),
)


class AskedMeanwhile:
    """The real responder; `then` maps a sentence to the MQTT `ask` that arrives while it is answered."""

    def __init__(self, real: ActingResponder, then: dict[str, str]) -> None:
        self.real = real
        self.then = then
        self.pipeline: Pipeline | None = None

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = "voice",
        hearing: Hearing = CLEAR,
    ) -> str | Iterator[str]:
        if text in self.then and self.pipeline is not None:
            self.pipeline.ask(self.then[text])
        return self.real.respond(text, turn, emit, cancel, source=source, hearing=hearing)

    def is_complete(self, text: str) -> bool:
        return False

    def unanswered(self, turn: int | None = None) -> None:
        self.real.unanswered(turn)


@pytest.fixture(scope="module")
def recognizer() -> TemplateRecognizer:
    return TemplateRecognizer("en")


def run(recognizer: TemplateRecognizer, then: dict[str, str]) -> tuple[list[Event], list[Publish]]:
    sent: list[Publish] = []
    understanding = Understanding(recognizer, home.catalog())  # no room: "the lamp" is asked back
    responder = AskedMeanwhile(
        ActingResponder(understanding, lambda message, _turn: sent.append(message)), then
    )
    log, bus = EventLog(), EventBus()
    bus.subscribe(log)
    engines = Engines(FakeWake(), FakeVad(), FakeStt(["turn on the lamp"]), FakeTts())  # type: ignore[arg-type]
    pipeline = Pipeline(engines, responder, bus, SETTINGS)
    responder.pipeline = pipeline
    audio = wake_frames() + silence_frames(100) + speech_frames(800) + silence_frames(4000)
    pipeline.run(RawStdinSource(io.BytesIO(audio), paced=False), NullSink(), threading.Event())
    return log.events, sent


def test_an_ask_that_supersedes_a_follow_up_keeps_its_own_question(recognizer: TemplateRecognizer) -> None:
    events, sent = run(
        recognizer, {"turn on the lamp": "unlock the front door", "unlock the front door": "yes"}
    )
    replies = [e.fields["text"] for e in events if e.event == "response"]
    assert replies[0].endswith("Which room?")  # the spoken question back, superseded
    assert replies[1:3] == ["Unlock the Front door?", "Front door unlocked."]
    assert [(p.topic, p.payload) for p in sent] == [("home/front/lock/set", "UNLOCK")]


def test_a_spoken_yes_does_not_answer_a_typed_unlock(recognizer: TemplateRecognizer) -> None:
    understanding = Understanding(recognizer, home.catalog(), here="Kitchen")
    sent: list[Publish] = []
    responder = ActingResponder(understanding, lambda message, _turn: sent.append(message))

    def ignore(event: str, **fields: object) -> None:
        """Events are not what this test is about."""

    assert responder.respond("unlock the front door", 1, ignore, source="typed") == "Unlock the Front door?"
    assert responder.respond("yes", 2, ignore, source="voice") == "Okay."  # someone in the room
    assert sent == []
    assert responder.respond("yes", 3, ignore, source="typed") == "Front door unlocked."
    assert [(p.topic, p.payload) for p in sent] == [("home/front/lock/set", "UNLOCK")]
