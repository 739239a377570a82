"""A follow-up never takes the assistant's own voice for the answer.

The speaker is in the room with the microphone (no echo cancellation): the question the
assistant asks back, in Piper's real voice, comes back as microphone input, heard through the
real VAD. With or without the "listening" chime, nothing captured while (or within the speaking
tail after) the assistant's voice plays may reach the follow-up.
"""

from __future__ import annotations

import threading

import pytest

from edgeagent.audio.frames import BYTES_PER_FRAME, Frame, Framer
from edgeagent.config import FeedbackSettings
from edgeagent.engines.fakes import FakeStt, FakeVad, FakeWake, silence_frames, speech_frames, wake_frames
from edgeagent.engines.vad.base import VadEngine
from edgeagent.pipeline.conversation import FollowUp, TurnGate, Unanswered
from edgeagent.pipeline.events import EventBus, EventLog
from edgeagent.pipeline.feedback import FeedbackPlayer, listening_chime_ms
from edgeagent.pipeline.listener import Listener, ListenerSettings, TurnIds, Utterance
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings, PipelineWiring
from edgeagent.pipeline.segmenter import SegmenterSettings
from edgeagent.pipeline.turn import TurnSettings
from tests import speech
from tests.pipeline.responders import Scripted
from tests.pipeline.room import SpeakerInTheRoom

QUESTION = "The Lamp in the Kitchen or the Lamp in the Hallway?"
SETTINGS = PipelineSettings(  # the product's listening defaults; a shorter follow-up window
    listener=ListenerSettings(
        preroll_ms=300,
        segmenter=SegmenterSettings(
            speech_start_ms=60, end_silence_ms=700, no_speech_timeout_ms=5000, speculate_after_ms=50
        ),
    ),
    turn=TurnSettings(follow_up_ms=1500),
)


def asking_back() -> Scripted:
    """Asks which lamp, as the real understanding does when a name fits two rooms."""
    return Scripted(otherwise=QUESTION)


@pytest.mark.parametrize("listening_chime", [False, True], ids=["no-chime", "chime"])
def test_the_question_heard_back_through_the_microphone_is_not_taken_for_the_answer(
    vad: VadEngine, listening_chime: bool
) -> None:
    room = SpeakerInTheRoom(latency_ms=100)
    log, bus, stt, responder = EventLog(), EventBus(), FakeStt(["the hallway one"]), asking_back()
    bus.subscribe(log)
    bus.subscribe(lambda e: room.done.set() if e.event == "turn_end" and e.turn == 2 else None)
    feedback = FeedbackSettings(listening=listening_chime)
    # as the daemon wires it for `--output speaker`
    wiring = PipelineWiring(output_audible=True, listening_chime_ms=listening_chime_ms(feedback))
    pipeline = Pipeline(
        Engines(FakeWake(), vad, stt, speech.voice()), responder, bus, SETTINGS, wiring=wiring
    )
    bus.subscribe(FeedbackPlayer(feedback, pipeline.play_sound, speech.voice().sample_rate_hz))
    pipeline.ask("turn on the lamp")

    stats = pipeline.run(room, room, threading.Event())

    assert room.done.is_set(), "the follow-up never ended"
    assert room.loud_frames_heard > 100  # the question (2.3 s) did come back through the microphone
    follow_up = [e for e in log.events if e.turn == 2]
    assert [(e.event, e.fields.get("outcome")) for e in follow_up] == [
        ("listening", None),
        ("turn_end", "no_speech"),
    ], f"the follow-up heard something: {follow_up}"
    assert stt.calls == []  # not even a speculation on our own voice
    assert responder.heard == ["turn on the lamp"]
    assert responder.unanswered_calls == 1
    assert stats.failed_threads == 0


def follow_up_listener(vad: VadEngine, heard: list[Utterance | Unanswered]) -> tuple[Listener, TurnGate]:
    gate = TurnGate()
    settings = ListenerSettings(
        preroll_ms=300, segmenter=SegmenterSettings(end_silence_ms=300, no_speech_timeout_ms=5000)
    )
    listener = Listener(FakeWake(), vad, settings, EventBus(), heard.append, TurnIds(), gate=gate)
    return listener, gate


def frames(pcm: bytes, first_index: int, *, echo: bool) -> list[Frame]:
    count = len(pcm) // BYTES_PER_FRAME
    chunks = (pcm[i * BYTES_PER_FRAME : (i + 1) * BYTES_PER_FRAME] for i in range(count))
    return [Frame(chunk, first_index + i, echo) for i, chunk in enumerate(chunks)]


def test_frames_captured_while_the_assistant_was_heard_are_silence_in_a_follow_up(vad: VadEngine) -> None:
    """The listener alone, frame by frame (no timing): the question's tail is in the pre-roll, and more
    of it is still in the frame queue after the follow-up starts (a listener behind, output latency)."""
    heard: list[Utterance | Unanswered] = []
    listener, gate = follow_up_listener(vad, heard)
    voice = speech.build(speech.piper("Or the Lamp in the Hallway?")).pcm
    before, after = voice[: len(voice) - 20 * BYTES_PER_FRAME], voice[len(voice) - 20 * BYTES_PER_FRAME :]
    stream = frames(before, 0, echo=True)
    for frame in stream:
        listener.process(frame)
    gate.queued()
    gate.turn_done(1, FollowUp(window_ms=1000))  # the question was played: listen for the answer
    rest = frames(after, len(stream), echo=True) + frames(silence_frames(1500), len(stream) + 20, echo=False)
    for frame in rest:
        listener.process(frame)
    assert len(heard) == 1 and isinstance(heard[0], Unanswered), heard
    assert heard[0].outcome == "no_speech"


def test_a_wake_word_command_keeps_what_was_said_over_the_assistant() -> None:
    """Barge-in: a command after the wake word is kept even while the assistant is heard (only a
    follow-up, which no wake word started, masks our own voice)."""
    heard: list[Utterance | Unanswered] = []
    listener, _ = follow_up_listener(FakeVad(), heard)
    audio = wake_frames() + speech_frames(500) + silence_frames(400)
    for frame in frames(audio, 0, echo=True):
        listener.process(frame)
    assert len(heard) == 1 and isinstance(heard[0], Utterance)
    assert speech_frames(500) in heard[0].pcm


def test_the_framer_marks_every_frame_of_a_chunk_heard_with_our_voice() -> None:
    framer = Framer()
    quiet, loud = bytes(BYTES_PER_FRAME + 100), bytes(2 * BYTES_PER_FRAME)
    made = [*framer.push(quiet), *framer.push(loud, echo=True), *framer.push(quiet), *framer.flush()]
    # 420 bytes, then 640 (the second frame holds both), then 420: frames 0-4
    assert [f.echo for f in made] == [False, True, True, True, False]
