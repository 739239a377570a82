"""A turn owns a cancel token: "stop" is heard at the sink within 150 ms wherever the turn is,
and a failure in any stage is an `error` event and an apology, never the end of the pipeline."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator

import pytest

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
from edgeagent.engines.tts.base import AudioChunk
from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.pipeline.events import Event, EventBus, EventLog
from edgeagent.pipeline.runner import Engines, Pipeline
from edgeagent.pipeline.turn import APOLOGY, Emit
from tests.pipeline.test_pipeline_with_fakes import SETTINGS

STOP_HEARD_WITHIN_SECONDS = 0.15
THINKING_SECONDS = 0.6


class SpeakerLikeSink:
    """Plays in real time like a sound card, and notes when each block reached it."""

    def __init__(self) -> None:
        self.writes: list[tuple[float, int]] = []  # (monotonic time, bytes)

    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        self.writes.append((time.monotonic(), len(pcm)))
        time.sleep(len(pcm) / 2 / sample_rate_hz)

    def close(self) -> None:
        """Nothing to release."""


class SlowStt(FakeStt):
    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        time.sleep(THINKING_SECONDS)
        return super().transcribe(pcm, language, initial_prompt=initial_prompt)


class LongTts(FakeTts):
    """A second of sound per sentence."""

    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        for chunk in super().synthesize(text):
            yield AudioChunk(chunk.text, bytes(32000), self.sample_rate_hz)


class ThinkingResponder:
    """A language model's answer: it thinks before each sentence and stops when cancelled."""

    def __init__(self) -> None:
        self.sentences_written = 0

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = "voice",
        hearing: Hearing = CLEAR,
    ) -> Iterator[str]:
        assert cancel is not None
        return self._answer(cancel)

    def _answer(self, cancel: threading.Event) -> Iterator[str]:
        for number in range(3):
            if cancel.wait(THINKING_SECONDS):
                return
            self.sentences_written += 1
            yield f"Sentence number {number}."

    def is_complete(self, text: str) -> bool:
        return False

    def unanswered(self, turn: int | None = None) -> None:
        """It asks nothing back."""


def command() -> bytes:
    return wake_frames() + silence_frames(100) + speech_frames(800) + silence_frames(600)


def run_with_stop(
    stop_on: str, delay_seconds: float
) -> tuple[list[Event], list[float], float, ThinkingResponder]:
    """Two commands; the first is stopped `delay_seconds` after its `stop_on` event."""
    log, bus, sink, responder = EventLog(), EventBus(), SpeakerLikeSink(), ThinkingResponder()
    bus.subscribe(log)
    engines = Engines(FakeWake(), FakeVad(), SlowStt(), LongTts())
    pipeline = Pipeline(engines, responder, bus, SETTINGS)
    stopped_at: list[float] = []
    first_ended: list[float] = []

    def stop_first_turn(event: Event) -> None:
        if event.event == stop_on and event.turn == 1 and not stopped_at:
            time.sleep(delay_seconds)
            stopped_at.append(time.monotonic())
            pipeline.cancel_turn()
        if event.event == "turn_end" and event.turn == 1:
            first_ended.append(time.monotonic())

    bus.subscribe(stop_first_turn)
    audio = command() + silence_frames(8000) + command() + silence_frames(500)
    pipeline.run(RawStdinSource(io.BytesIO(audio)), sink, threading.Event())
    first_turn_writes = [t for t, _ in sink.writes if t <= first_ended[0]]
    return log.events, first_turn_writes, stopped_at[0], responder


@pytest.mark.parametrize(
    ("moment", "stop_on", "delay_seconds"),
    [
        ("during transcription", "speech_end", 0.2),
        ("while the model thinks", "transcript", 0.2),
        ("while speaking", "tts", 0.5),
    ],
)
def test_stop_is_heard_within_150_ms_and_the_next_turn_is_not_affected(
    moment: str, stop_on: str, delay_seconds: float
) -> None:
    events, first_turn_writes, stopped_at, responder = run_with_stop(stop_on, delay_seconds)
    late = [t - stopped_at for t in first_turn_writes if t > stopped_at + STOP_HEARD_WITHIN_SECONDS]
    assert late == [], f"audio reached the sink {late} s after a stop {moment}"
    ends = {e.turn: e.fields["outcome"] for e in events if e.event == "turn_end"}
    assert ends == {1: "stopped", 2: "done"}
    first_turn_speech = [e for e in events if e.event == "tts" and e.turn == 1]
    assert len(first_turn_speech) <= 1
    assert responder.sentences_written <= 1 + 3  # the first answer stopped being written
    assert [e.fields["text"] for e in events if e.event == "tts" and e.turn == 2][:1] == [
        "Sentence number 0."
    ]


class FailingOnce:
    """A stage whose first call raises a bug (not one of our errors)."""

    failed = False

    def maybe_fail(self) -> None:
        if not self.failed:
            self.failed = True
            raise KeyError("slot")


class FlakyStt(FakeStt, FailingOnce):
    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        self.maybe_fail()
        return super().transcribe(pcm, language, initial_prompt=initial_prompt)


class FlakyTts(FakeTts, FailingOnce):
    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        self.maybe_fail()
        return super().synthesize(text)


class FlakyUnderstanding(FailingOnce):
    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = "voice",
        hearing: Hearing = CLEAR,
    ) -> str:
        self.maybe_fail()
        return "Done."

    def is_complete(self, text: str) -> bool:
        return False

    def unanswered(self, turn: int | None = None) -> None:
        """It asks nothing back."""


class FlakyModel(FailingOnce):
    """An answer whose writing fails halfway (the language model raising mid-stream)."""

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = "voice",
        hearing: Hearing = CLEAR,
    ) -> Iterator[str]:
        yield "First part."
        self.maybe_fail()
        yield "Second part."

    def is_complete(self, text: str) -> bool:
        return False

    def unanswered(self, turn: int | None = None) -> None:
        """It asks nothing back."""


@pytest.mark.parametrize(
    ("stage", "stt", "tts", "responder"),
    [
        ("stt", FlakyStt(), FakeTts(), FlakyUnderstanding()),
        ("tts", FakeStt(), FlakyTts(), FlakyUnderstanding()),
        ("understand", FakeStt(), FakeTts(), FlakyUnderstanding()),
        ("understand", FakeStt(), FakeTts(), FlakyModel()),
    ],
)
def test_an_exception_in_any_stage_is_an_error_event_and_the_next_turn_works(
    stage: str, stt: FakeStt, tts: FakeTts, responder: FlakyUnderstanding
) -> None:
    responder.failed = stage != "understand"  # only the stage under test fails
    log, bus = EventLog(), EventBus()
    bus.subscribe(log)
    stats = Pipeline(Engines(FakeWake(), FakeVad(), stt, tts), responder, bus, SETTINGS).run(
        RawStdinSource(io.BytesIO(command() + command())), SpeakerLikeSink(), threading.Event()
    )
    errors = [(e.turn, e.fields["stage"], e.fields["code"]) for e in log.events if e.event == "error"]
    assert errors == [(1, stage, "internal_error")]
    ends = [e.fields["outcome"] for e in log.events if e.event == "turn_end"]
    assert ends == ["error", "done"]
    spoken_first = [e.fields["text"] for e in log.events if e.event == "tts" and e.turn == 1]
    assert spoken_first[-1:] == ([] if stage == "tts" else [APOLOGY])
    assert stats.failed_threads == 0


def test_a_question_asked_before_the_pipeline_runs_waits_for_it() -> None:
    log, bus = EventLog(), EventBus()
    bus.subscribe(log)
    pipeline = Pipeline(
        Engines(FakeWake(), FakeVad(), FakeStt(), FakeTts()), FlakyUnderstanding(), bus, SETTINGS
    )
    pipeline.responder.failed = True  # type: ignore[union-attr]
    pipeline.ask("turn on the light")  # an automation, the instant it saw `online`
    ready: list[bool] = []
    pipeline.run(
        RawStdinSource(io.BytesIO(silence_frames(1000))),
        SpeakerLikeSink(),
        threading.Event(),
        on_ready=lambda: ready.append(True),
    )
    assert ready == [True]
    assert [(e.event, e.fields.get("text")) for e in log.events][:2] == [
        ("transcript", "turn on the light"),
        ("response", "Done."),
    ]
