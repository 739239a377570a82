"""A wake word said while the assistant already listens (after `listen` over MQTT, or in a follow-up)
starts the listening over after it: the command is what follows the wake word, never the wake word
itself ("okay nabu" heard as "OK, now I move."). Real speech (Piper), the real wake word, VAD and
Whisper; the microphone waits at each cue until the listener has heard everything before it."""

from __future__ import annotations

import threading

from edgeagent.audio.sinks import NullSink
from edgeagent.engines.fakes import FakeTts, silence_frames
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.vad.base import VadEngine
from edgeagent.pipeline.conversation import AnswerChoice, Question
from edgeagent.pipeline.events import EventBus, EventLog
from edgeagent.pipeline.listener import ListenerSettings
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings
from edgeagent.pipeline.segmenter import SegmenterSettings
from tests import speech
from tests.conftest import wake_engine
from tests.pipeline.responders import Scripted
from tests.pipeline.room import Cue, Microphone, Until

SETTINGS = PipelineSettings(
    listener=ListenerSettings(
        preroll_ms=300,
        refractory_ms=1000,
        segmenter=SegmenterSettings(end_silence_ms=700, no_speech_timeout_ms=5000),
    )
)


def obeying() -> Scripted:
    """Does what it is told (records it), as the real understanding would act on it."""
    return Scripted(otherwise="Done.")


WAKE_THEN_COMMAND = (
    speech.piper("Okay Nabu."),
    speech.silence(400),
    speech.piper("Turn on the kitchen light."),
)
DOOR = Question("door-1", "Close the back door?", (AnswerChoice("yes", ("yes", "close it")),))


def _command_heard(responder: Scripted) -> None:
    assert len(responder.heard) == 1, responder.heard
    heard = responder.heard[0].lower()
    assert "kitchen light" in heard
    assert not any(word in heard for word in ("nabu", "okay", "ok,", "now i")), heard


def test_the_wake_word_after_listen_starts_the_command_after_it(vad: VadEngine, stt: SttEngine) -> None:
    log, bus, responder = EventLog(), EventBus(), obeying()
    bus.subscribe(log)
    pipeline = Pipeline(Engines(wake_engine("okay_nabu"), vad, stt, FakeTts()), responder, bus, SETTINGS)
    said = speech.build(*WAKE_THEN_COMMAND).pcm
    mic = Microphone(
        pipeline.stream_t_ms, silence_frames(300), Cue(pipeline.listen_now), said + silence_frames(1500)
    )
    stats = pipeline.run(mic, NullSink(), threading.Event())
    assert stats.failed_threads == 0
    _command_heard(responder)
    ends = [(e.turn, e.fields["outcome"]) for e in log.events if e.event == "turn_end"]
    assert ends == [(1, "no_speech"), (2, "done")]  # no command in the `listen` turn: only the wake word
    assert [e.turn for e in log.events if e.event == "wake"] == [2]


def test_the_wake_word_instead_of_an_answer_starts_the_command_after_it(
    vad: VadEngine, stt: SttEngine
) -> None:
    log, bus, responder = EventLog(), EventBus(), obeying()
    bus.subscribe(log)
    pipeline = Pipeline(Engines(wake_engine("okay_nabu"), vad, stt, FakeTts()), responder, bus, SETTINGS)
    pipeline.ask_question(DOOR)  # an automation's question: then listening for its answer, no wake word

    def listening() -> bool:
        return any(e.event == "listening" and e.fields.get("follow_up") for e in log.events)

    said = speech.build(*WAKE_THEN_COMMAND).pcm
    mic = Microphone(pipeline.stream_t_ms, Until(listening), said + silence_frames(1500))
    stats = pipeline.run(mic, NullSink(), threading.Event())
    assert stats.failed_threads == 0
    _command_heard(responder)
    answers = [e.fields for e in log.events if e.event == "answer"]
    assert answers == [{"id": "door-1", "answer": None, "text": "", "timeout": True}]
