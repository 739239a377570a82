"""Speculative transcription and the early end of a complete command, with fake engines."""

from __future__ import annotations

import io
import threading

import pytest

from edgeagent.audio.frames import BYTES_PER_FRAME, Frame
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
from edgeagent.engines.stt.base import Transcript
from edgeagent.errors import SttError
from edgeagent.pipeline.events import EventBus, EventLog
from edgeagent.pipeline.listener import Listener, ListenerSettings, TurnIds, Utterance
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings
from edgeagent.pipeline.segmenter import SegmenterSettings
from edgeagent.pipeline.speculate import Speculation, Speculator
from edgeagent.pipeline.turn import Acknowledger

SEGMENTER = SegmenterSettings(
    speech_start_ms=60,
    end_silence_ms=700,
    max_command_ms=5000,
    no_speech_timeout_ms=1000,
    speculate_after_ms=150,
    early_end_silence_ms=300,
)


class InlineSpeculator:
    """Finishes each speculation at once, so the listener's choices are deterministic."""

    def __init__(self, *, complete: bool) -> None:
        self.complete = complete
        self.started: list[Speculation] = []

    def __call__(self, pcm: bytes) -> Speculation:
        speculation = Speculation(pcm)
        ms = len(pcm) // BYTES_PER_FRAME * 10
        speculation.finish(Transcript(f"{ms} ms", "en"), self.complete, None)
        self.started.append(speculation)
        return speculation


def listen(audio: bytes, speculate: InlineSpeculator) -> tuple[EventLog, list[Utterance]]:
    log, bus, utterances = EventLog(), EventBus(), []
    bus.subscribe(log)
    listener = Listener(
        FakeWake(),
        FakeVad(),
        ListenerSettings(preroll_ms=0, segmenter=SEGMENTER),
        bus,
        utterances.append,
        TurnIds(),
        speculate=speculate,
    )
    for index in range(len(audio) // BYTES_PER_FRAME):
        listener.process(Frame(audio[index * BYTES_PER_FRAME : (index + 1) * BYTES_PER_FRAME], index))
    listener.finish()
    assert bus.flush()
    return log, utterances


def command(*speech_then_pause_ms: int) -> bytes:
    audio = wake_frames()
    for speech_ms, pause_ms in zip(speech_then_pause_ms[::2], speech_then_pause_ms[1::2], strict=True):
        audio += speech_frames(speech_ms) + silence_frames(pause_ms)
    return audio


def test_the_turn_carries_the_transcript_started_at_the_final_pause() -> None:
    speculate = InlineSpeculator(complete=False)
    log, [utterance] = listen(command(1000, 1000), speculate)
    assert utterance.speculation is speculate.started[-1]
    assert utterance.speculation.wait() == Transcript("1150 ms", "en")  # the speech and the 150 ms pause
    speech_end = next(e for e in log.events if e.event == "speech_end")
    assert (speech_end.t_ms, speech_end.fields["reason"]) == (10 + 1000 + 700, "speech_end")


def test_speech_resuming_cancels_the_early_transcript_and_a_later_pause_starts_another() -> None:
    speculate = InlineSpeculator(complete=False)
    _, [utterance] = listen(command(500, 200, 500, 1000), speculate)
    first, second = speculate.started
    assert first.cancelled and first.wait() is None
    assert utterance.speculation is second and not second.cancelled


def test_a_flicker_of_speech_after_the_pause_keeps_the_transcript_running() -> None:
    speculate = InlineSpeculator(complete=False)
    _, [utterance] = listen(command(1000, 160, 20, 1000), speculate)  # 20 ms: the last word's tail
    [only] = speculate.started
    assert utterance.speculation is only and only.wait() == Transcript("1150 ms", "en")


def test_flickers_that_add_up_to_a_word_cancel_it_like_speech() -> None:
    speculate = InlineSpeculator(complete=False)
    _, [utterance] = listen(command(1000, 160, 30, 40, 30, 1000), speculate)  # 60 ms = speech_start_ms
    first, second = speculate.started
    assert first.cancelled and utterance.speculation is second


def test_a_complete_command_ends_after_the_shorter_silence() -> None:
    log, [utterance] = listen(command(1000, 1000), InlineSpeculator(complete=True))
    speech_end = next(e for e in log.events if e.event == "speech_end")
    assert (speech_end.t_ms, speech_end.fields["reason"]) == (10 + 1000 + 300, "semantic_end")
    assert utterance.speculation is not None


def test_a_pause_shorter_than_the_mark_starts_nothing() -> None:
    speculate = InlineSpeculator(complete=True)
    listen(command(500, 100, 500, 700), speculate)
    assert len(speculate.started) == 1  # only the final pause


def test_the_speculator_transcribes_on_its_thread_and_supersedes_waiting_work() -> None:
    stt = FakeStt(["turn on the light"])
    speculator = Speculator(stt, language="en", prompt=lambda: "", is_complete=lambda text: "light" in text)
    stale = speculator.submit(speech_frames(300))
    fresh = speculator.submit(speech_frames(500))
    assert stale.cancelled and speculator.superseded == 1
    thread = threading.Thread(target=speculator.run)
    thread.start()
    assert fresh.wait() == Transcript("turn on the light", "en")
    assert fresh.complete and stt.calls == [500]
    speculator.close()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert speculator.submit(speech_frames(300)).wait() is None  # closed: nothing more runs


def test_a_failed_speculative_transcription_fails_the_turn_that_uses_it() -> None:
    class BrokenStt(FakeStt):
        def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
            raise SttError("transcription_failed", "boom")

    speculator = Speculator(BrokenStt(), language="en", prompt=lambda: "", is_complete=lambda text: True)
    speculation = speculator.submit(speech_frames(300))
    thread = threading.Thread(target=speculator.run)
    thread.start()
    with pytest.raises(SttError):
        speculation.wait()
    speculator.close()
    thread.join(timeout=5)


def test_in_the_pipeline_the_early_transcript_replaces_the_late_one() -> None:
    stt = FakeStt(["turn on the light"])
    log, bus = EventLog(), EventBus()
    bus.subscribe(log)
    settings = PipelineSettings(listener=ListenerSettings(preroll_ms=200, segmenter=SEGMENTER))
    engines = Engines(FakeWake(), FakeVad(), stt, FakeTts())  # type: ignore[arg-type]
    Pipeline(engines, Acknowledger(), bus, settings).run(
        RawStdinSource(io.BytesIO(command(1000, 1000) + silence_frames(500))), NullSink(), threading.Event()
    )
    assert stt.calls == [1160]  # transcribed once, at the pause: not again at the end of speech
    transcript = next(e for e in log.events if e.event == "transcript")
    assert transcript.fields["text"] == "turn on the light"
    assert log.types()[-1] == "turn_end"


def test_a_bug_in_the_engine_fails_that_speculation_and_the_speculator_goes_on() -> None:
    class BuggyOnce(FakeStt):
        def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
            if not self.calls:
                self.calls.append(0)
                raise MemoryError
            return super().transcribe(pcm, language, initial_prompt=initial_prompt)

    speculator = Speculator(BuggyOnce(), language="en", prompt=lambda: "", is_complete=lambda text: True)
    thread = threading.Thread(target=speculator.run)
    thread.start()
    failed = speculator.submit(speech_frames(300))
    with pytest.raises(SttError):  # the turn waiting on it gets an error event, not a hang
        failed.wait()
    assert speculator.submit(speech_frames(300)).wait() is not None
    speculator.close()
    thread.join(timeout=5)
    assert not thread.is_alive()
