"""Follow-ups, as event sequences with fake engines: a reply that asks something is answered without
the wake word; silence ends it quietly; an automation's question gets its answer or a timeout."""

from __future__ import annotations

import io
import threading

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
from edgeagent.pipeline.conversation import AnswerChoice, Question
from edgeagent.pipeline.events import Event, EventBus, EventLog
from edgeagent.pipeline.listener import ListenerSettings
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings
from edgeagent.pipeline.segmenter import SegmenterSettings
from edgeagent.pipeline.turn import TurnSettings
from tests.pipeline.responders import Scripted

SETTINGS = PipelineSettings(
    listener=ListenerSettings(
        preroll_ms=200,
        refractory_ms=1000,
        segmenter=SegmenterSettings(end_silence_ms=300, max_command_ms=3000, no_speech_timeout_ms=1000),
    ),
    turn=TurnSettings(follow_up_ms=1500, question_timeout_ms=1200),
)


def confirming() -> Scripted:
    """Asks back before unlocking, as the real understanding does."""
    return Scripted({"unlock the door": "Unlock the front door?", "yes": "Front door unlocked."})


def run(
    audio: bytes, transcripts: list[str], *, question: Question | None = None
) -> tuple[list[Event], Scripted]:
    log = EventLog()
    bus = EventBus()
    bus.subscribe(log)
    responder = confirming()
    engines = Engines(FakeWake(), FakeVad(), FakeStt(transcripts), FakeTts())  # type: ignore[arg-type]
    pipeline = Pipeline(engines, responder, bus, SETTINGS)
    if question is not None:
        pipeline.ask_question(question)
    pipeline.run(RawStdinSource(io.BytesIO(audio), paced=False), NullSink(), threading.Event())
    return log.events, responder


def command() -> bytes:
    return wake_frames() + silence_frames(100) + speech_frames(800) + silence_frames(400)


def answer() -> bytes:
    return silence_frames(300) + speech_frames(400) + silence_frames(400)


def kinds(events: list[Event]) -> list[str]:
    return [e.event for e in events]


def test_a_question_back_is_answered_without_the_wake_word() -> None:
    events, responder = run(command() + answer() + silence_frames(2000), ["unlock the door", "yes"])
    assert responder.heard == ["unlock the door", "yes"]
    assert kinds(events).count("wake") == 1
    follow_up = next(e for e in events if e.event == "listening" and e.turn == 2)
    assert follow_up.fields["follow_up"] is True
    assert [e.fields["text"] for e in events if e.event == "response"] == [
        "Unlock the front door?",
        "Front door unlocked.",
    ]
    assert [e.fields["outcome"] for e in events if e.event == "turn_end"] == ["done", "done"]


def test_silence_after_the_question_ends_it_quietly() -> None:
    events, responder = run(command() + silence_frames(3000), ["unlock the door"])
    assert responder.unanswered_calls == 1
    assert kinds(events)[-3:] == ["turn_end", "listening", "turn_end"]
    assert events[-1].fields["outcome"] == "no_speech"
    assert not any(e.event == "tts" and e.turn == 2 for e in events)


def test_a_reply_that_asks_nothing_is_not_followed_up() -> None:
    events, _ = run(command() + answer() + silence_frames(1500), ["what time is it"])
    assert [e.turn for e in events if e.event == "listening"] == [1]


DOOR = Question("door-1", "Close the back door?", (AnswerChoice("yes", ("sure", "yes")),))


def test_an_automations_question_gets_the_id_of_what_was_said() -> None:
    events, responder = run(answer() + silence_frames(500), ["sure"], question=DOOR)
    answer_event = next(e for e in events if e.event == "answer")
    assert answer_event.fields == {"id": "door-1", "answer": "yes", "text": "sure", "timeout": False}
    assert responder.heard == []  # the answer is the automation's, not a command


def test_an_automations_question_times_out() -> None:
    events, _ = run(silence_frames(3000), [], question=DOOR)
    answer_event = next(e for e in events if e.event == "answer")
    assert answer_event.fields == {"id": "door-1", "answer": None, "text": "", "timeout": True}
    assert kinds(events)[-1] == "turn_end"


def test_the_wake_word_instead_of_an_answer_drops_the_question_and_starts_a_command() -> None:
    events, responder = run(
        command() + silence_frames(300) + command() + silence_frames(1500),
        ["unlock the door", "what time is it"],
    )
    assert responder.heard == ["unlock the door", "what time is it"]
    assert responder.unanswered_calls == 1
    assert kinds(events).count("wake") == 2
    assert [e.fields["outcome"] for e in events if e.event == "turn_end"] == ["done", "no_speech", "done"]
