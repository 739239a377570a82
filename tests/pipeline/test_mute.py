"""Mute: a command being recorded when mute comes is dropped at once (never transcribed, never acted
on), and `listen` (MQTT) does not override it. Real speech (Piper), heard through the real VAD; the
microphone waits at each cue until the listener has heard everything before it, so mute lands
between two known frames however loaded the machine is."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest

from edgeagent.audio.frames import BYTES_PER_FRAME, FRAME_MS
from edgeagent.audio.sinks import NullSink
from edgeagent.engines.fakes import FakeStt, FakeTts, FakeWake, silence_frames, wake_frames
from edgeagent.engines.vad.base import VadEngine
from edgeagent.mqtt.client import TELEMETRY_QOS, Publish
from edgeagent.mqtt.control import ControlSurface
from edgeagent.pipeline.conversation import AnswerChoice, Question
from edgeagent.pipeline.events import EventBus, EventLog
from edgeagent.pipeline.listener import ListenerSettings
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings
from edgeagent.pipeline.segmenter import SegmenterSettings
from edgeagent.pipeline.turn import TurnSettings
from tests import speech
from tests.pipeline.responders import Scripted
from tests.pipeline.room import Cue, Microphone, Until

COMMAND = "Turn on the kitchen light."
SETTINGS = PipelineSettings(
    listener=ListenerSettings(
        preroll_ms=300,
        refractory_ms=1000,
        segmenter=SegmenterSettings(end_silence_ms=700, no_speech_timeout_ms=5000, speculate_after_ms=50),
    ),
    turn=TurnSettings(question_timeout_ms=4000),
)


def obeying() -> Scripted:
    """Does what it is told (records it), as the real understanding would act on it."""
    return Scripted(otherwise="Done.")


def said(text: str) -> tuple[bytes, bytes]:
    """Real speech, cut in two in the middle of its voiced part."""
    clip = speech.build(speech.piper(text))
    start, end = clip.voiced_span(text)
    cut = (start + end) // 2 // FRAME_MS * BYTES_PER_FRAME
    return clip.pcm[:cut], clip.pcm[cut:]


def pipeline_with(vad: VadEngine) -> tuple[Pipeline, EventLog, FakeStt, Scripted]:
    log, bus, stt, responder = EventLog(), EventBus(), FakeStt(), obeying()
    bus.subscribe(log)
    return Pipeline(Engines(FakeWake(), vad, stt, FakeTts()), responder, bus, SETTINGS), log, stt, responder


def of_turn(log: EventLog, turn: int) -> list[tuple[str, object]]:
    return [(e.event, e.fields.get("outcome")) for e in log.events if e.turn == turn]


def test_muting_while_a_command_is_spoken_drops_it_at_once(vad: VadEngine) -> None:
    pipeline, log, _, responder = pipeline_with(vad)
    first_half, second_half = said(COMMAND)
    mic = Microphone(
        pipeline.stream_t_ms,
        silence_frames(300) + wake_frames() + silence_frames(100) + first_half,
        Cue(lambda: pipeline.set_muted(True)),
        second_half + silence_frames(1500),
        Cue(lambda: pipeline.set_muted(False)),  # and the next command is heard as usual
        wake_frames() + silence_frames(100) + first_half + second_half + silence_frames(1500),
    )
    stats = pipeline.run(mic, NullSink(), threading.Event())
    assert of_turn(log, 1) == [("wake", None), ("listening", None), ("turn_end", "muted")]
    muted_end = next(e for e in log.events if e.event == "turn_end" and e.turn == 1)
    assert muted_end.t_ms == mic.cue_ms[0] + FRAME_MS  # at the first frame after mute
    assert of_turn(log, 2)[-1] == ("turn_end", "done")
    assert [e.turn for e in log.events if e.event == "transcript"] == [2]
    assert len(responder.heard) == 1  # only the command said after unmuting was acted on
    assert stats.failed_threads == 0


DOOR = Question("door-1", "Close the back door?", (AnswerChoice("yes", ("yes", "close it")),))


def test_muting_while_an_answer_is_spoken_drops_it_and_the_question_times_out(vad: VadEngine) -> None:
    pipeline, log, _, responder = pipeline_with(vad)
    first_half, second_half = said("Yes, close it.")
    pipeline.ask_question(DOOR)
    mic = Microphone(
        pipeline.stream_t_ms,
        Until(lambda: ("listening", None) in of_turn(log, 2)),  # the question was asked: listening
        first_half,
        Cue(lambda: pipeline.set_muted(True)),
        second_half + silence_frames(1500),
    )
    stats = pipeline.run(mic, NullSink(), threading.Event())
    answers = [e.fields for e in log.events if e.event == "answer"]
    assert answers == [{"id": "door-1", "answer": None, "text": "", "timeout": True}]
    assert of_turn(log, 2)[-1] == ("turn_end", "muted")
    assert not any(e.event in ("speech_end", "transcript") for e in log.events)
    assert responder.heard == []
    assert stats.failed_threads == 0


class FakeMqtt:
    """What the control surface uses of `MqttClient`: the handlers it subscribes and what it publishes."""

    connected = True

    def __init__(self) -> None:
        self.handlers: dict[str, Callable[[str, bytes, bool], None]] = {}
        self.published: list[Publish] = []

    def subscribe(self, topic_filter: str, handler: Callable[[str, bytes, bool], None], qos: int = 1) -> None:
        self.handlers[topic_filter] = handler

    def on_connect(self, callback: Callable[[], None]) -> None:
        """Connected from the start."""

    def publish(self, message: Publish, *, wait_seconds: float | None = None) -> bool:
        self.published.append(message)
        return True

    def receive(self, suffix: str, payload: bytes) -> None:
        topic = f"edgeagent/test/{suffix}"
        self.handlers[topic](topic, payload, False)


@pytest.mark.parametrize("mute_first", [True, False], ids=["muted-before", "muted-before-the-next-frame"])
def test_listen_over_mqtt_while_muted_is_refused_and_logged(
    vad: VadEngine, caplog: pytest.LogCaptureFixture, mute_first: bool
) -> None:
    pipeline, log, stt, responder = pipeline_with(vad)
    client = FakeMqtt()
    surface = ControlSurface(client, pipeline, "test", set_threshold=lambda _: None, threshold=0.5)  # type: ignore[arg-type]
    surface.start()
    inputs = [("mute/set", b"ON"), ("listen", b"PRESS")]

    def press() -> None:  # on the MQTT thread, between two frames the listener hears
        for suffix, payload in inputs if mute_first else reversed(inputs):
            client.receive(suffix, payload)

    first_half, second_half = said(COMMAND)
    mic = Microphone(
        pipeline.stream_t_ms, silence_frames(300), Cue(press), first_half + second_half + silence_frames(1500)
    )
    with caplog.at_level(logging.WARNING):
        stats = pipeline.run(mic, NullSink(), threading.Event())
    assert log.events == [], "a turn started while muted"
    assert stt.calls == [] and responder.heard == []
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == [
        "listen request refused: muted"
    ]
    assert Publish("edgeagent/test/mute", "ON", qos=TELEMETRY_QOS, retain=True) in client.published
    assert stats.failed_threads == 0
