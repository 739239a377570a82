"""The wake word while speaking stops the speech, mute silences it, the chimes follow the events."""

from __future__ import annotations

from edgeagent.audio.frames import Frame
from edgeagent.config import FeedbackSettings
from edgeagent.engines.fakes import FakeVad, FakeWake, wake_frames
from edgeagent.engines.tts.base import AudioChunk
from edgeagent.pipeline.events import Event, EventBus, EventLog
from edgeagent.pipeline.feedback import FeedbackPlayer
from edgeagent.pipeline.listener import Listener, ListenerHooks, ListenerSettings, TurnIds, Utterance


class FlushedLog(EventLog):
    """Reads the events after the bus has delivered them (the bus runs subscribers on its own thread)."""

    def __init__(self, bus: EventBus) -> None:
        super().__init__()
        self._bus = bus
        bus.subscribe(self)

    def types(self) -> list[str]:
        assert self._bus.flush()
        return super().types()


def listener_with(muted: bool = False) -> tuple[Listener, EventLog, list[str]]:
    bus, stopped = EventBus(), []
    log = FlushedLog(bus)
    hooks = ListenerHooks(on_wake=lambda: stopped.append("stop speaking"))
    listener = Listener(
        FakeWake(), FakeVad(), ListenerSettings(), bus, lambda _u: None, TurnIds(), hooks=hooks, muted=muted
    )
    return listener, log, stopped


def test_muted_means_no_wake_word_at_all() -> None:
    listener, log, _ = listener_with(muted=True)
    listener.process(Frame(wake_frames(), 0))
    assert log.types() == []


def test_a_wake_word_heard_while_speaking_stops_the_speech() -> None:
    listener, log, stopped = listener_with()  # barge-in or not: the wake word is always heard
    listener.process(Frame(wake_frames(), 0))
    assert log.types() == ["wake", "listening"]
    assert stopped == ["stop speaking"]


def test_listen_on_request_starts_a_command_without_a_wake_event() -> None:
    listener, log, _ = listener_with()
    listener.request_listen()
    listener.process(Frame(bytes(320), 0))
    assert log.types() == ["listening"]


def test_feedback_chimes_follow_the_events() -> None:
    played: list[str] = []
    player = FeedbackPlayer(
        FeedbackSettings(listening=True, done=True, error=False), lambda c: played.append(c.text)
    )
    for kind in ("wake", "listening", "action", "error", "turn_end"):
        player(Event(kind, 1, 0))
    assert played == ["<listening>", "<done>"]


def test_chimes_are_short_and_quiet() -> None:
    from edgeagent.pipeline.feedback import sounds

    chimes: dict[str, AudioChunk] = sounds(FeedbackSettings(done=True, volume=0.3))
    assert all(50 <= c.audio_ms <= 300 for c in chimes.values())
    assert set(chimes) == {"listening", "done", "error", "announce"}


def test_the_listening_chime_is_recorded_as_silence_not_as_part_of_the_command() -> None:
    from edgeagent.engines.fakes import speech_frames

    utterances: list[Utterance] = []
    settings = ListenerSettings(preroll_ms=0)
    # the chime and its echo take 240 ms of stream time after the wake word
    listener = Listener(
        FakeWake(), FakeVad(), settings, EventBus(), utterances.append, TurnIds(), chime_ms=240
    )
    listener.process(Frame(wake_frames(), 0))  # ends at 10 ms
    loud = speech_frames(10)
    for index in range(1, 120):  # the chime, heard by the microphone, then the command
        listener.process(Frame(loud, index))
    for index in range(120, 300):
        listener.process(Frame(bytes(320), index))
    assert len(utterances) == 1
    assert utterances[0].pcm.startswith(bytes(320 * 23))  # frames ending 20-240 ms: silence
    assert utterances[0].pcm[320 * 23 : 320 * 24] == loud  # from 250 ms on, the command is all there


def test_feedback_chimes_are_made_at_the_voices_rate() -> None:
    from edgeagent.pipeline.feedback import sounds

    chimes = sounds(FeedbackSettings(done=True), rate_hz=22050)
    assert {c.sample_rate_hz for c in chimes.values()} == {22050}
