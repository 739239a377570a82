"""The pipeline's orchestration, with fake engines: which events, in which order, when."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator

import numpy as np
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
from edgeagent.engines.stt.base import Transcript, surest
from edgeagent.engines.tts.base import AudioChunk
from edgeagent.errors import SttError
from edgeagent.pipeline.events import Event, EventBus, EventLog
from edgeagent.pipeline.listener import ListenerSettings
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings, PipelineStats
from edgeagent.pipeline.segmenter import SegmenterSettings
from edgeagent.pipeline.turn import APOLOGY, Acknowledger

SEGMENTER = SegmenterSettings(
    speech_start_ms=60, end_silence_ms=300, max_command_ms=3000, no_speech_timeout_ms=1000
)
SETTINGS = PipelineSettings(
    listener=ListenerSettings(preroll_ms=200, refractory_ms=1000, segmenter=SEGMENTER)
)


class RecordingSink(NullSink):
    def __init__(self) -> None:
        self.written: list[tuple[int, int]] = []

    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        self.written.append((len(pcm), sample_rate_hz))


def run(
    audio: bytes, *, stt: object | None = None, settings: PipelineSettings = SETTINGS
) -> tuple[list[Event], PipelineStats, RecordingSink]:
    log = EventLog()
    bus = EventBus()
    bus.subscribe(log)
    engines = Engines(FakeWake(), FakeVad(), stt or FakeStt(), FakeTts())  # type: ignore[arg-type]
    sink = RecordingSink()
    stats = Pipeline(engines, Acknowledger(), bus, settings).run(
        RawStdinSource(io.BytesIO(audio)), sink, threading.Event()
    )
    return log.events, stats, sink


def kinds(events: list[Event]) -> list[str]:
    return [e.event for e in events]


def command(speech_ms: int = 1000) -> bytes:
    return wake_frames() + silence_frames(100) + speech_frames(speech_ms) + silence_frames(600)


def test_one_turn_produces_the_contract_events_in_order() -> None:
    events, stats, sink = run(silence_frames(500) + command())
    assert kinds(events) == ["wake", "listening", "speech_end", "transcript", "response", "tts", "turn_end"]
    assert {e.turn for e in events} == {1}
    assert events[0].to_dict() == {
        "event": "wake",
        "turn": 1,
        "t_ms": 510,
        "model": "fake_wake",
        "probability": 1.0,
        "level_db": -25.6,  # the last second: 500 ms of silence and the loud wake frame
        "snr_db": 64.4,  # over a floor of digital silence, taken as -90 dBFS
        "talking": False,
    }
    assert events[-1].fields["outcome"] == "done"
    assert sink.written and stats.dropped_frames == 0


def test_speech_end_is_stamped_at_the_end_of_the_trailing_silence() -> None:
    events, _, _ = run(silence_frames(500) + command(speech_ms=1000))
    speech_end = next(e for e in events if e.event == "speech_end")
    assert speech_end.t_ms == 510 + 100 + 1000 + 300


def test_the_command_audio_starts_at_the_wake_word_not_before() -> None:
    stt = FakeStt()
    run(silence_frames(2000) + command(speech_ms=1000), stt=stt)
    # 100 ms pause + 1000 ms speech + 300 ms silence; the pre-roll adds only
    # silence after the wake tail (at most its 200 ms).
    assert 1400 <= stt.calls[0] <= 1400 + 200


def test_every_turn_in_the_input_is_processed() -> None:
    stt = FakeStt(["turn on the light", "turn it off"])
    events, _, _ = run(command() + silence_frames(1000) + command(), stt=stt)
    transcripts = [e.fields["text"] for e in events if e.event == "transcript"]
    assert transcripts == ["turn on the light", "turn it off"]
    assert [e.turn for e in events if e.event == "turn_end"] == [1, 2]


def test_an_unsure_transcript_that_is_no_command_is_heard_again_the_surer_way() -> None:
    misheard = "turn on the kitchen lite"
    stt = FakeStt([misheard, "turn on the kitchen light"], unsure={misheard})
    events, _, _ = run(command(), stt=stt)
    assert [e.fields["text"] for e in events if e.event == "transcript"] == ["turn on the kitchen light"]
    assert stt.again == stt.calls  # the same clip, once more


def test_a_sure_transcript_is_not_heard_again() -> None:
    stt = FakeStt(["turn on the kitchen lite", "never asked for"])
    events, _, _ = run(command(), stt=stt)
    assert [e.fields["text"] for e in events if e.event == "transcript"] == ["turn on the kitchen lite"]
    assert stt.again == []


@pytest.mark.parametrize(
    ("heard", "understood", "kept"),
    [
        (Transcript("turn on the kitchen light", "en", sure=False), True, True),  # a command as heard
        (Transcript("", "en", sure=False), False, True),  # nothing was said
        (Transcript("what's the wether", "en", sure=True), False, True),
        (Transcript("what's the wether", "en", sure=False), False, False),
    ],
)
def test_which_transcripts_are_heard_again(heard: Transcript, understood: bool, kept: bool) -> None:
    again = FakeStt(["what's the weather"])
    result = surest(again, heard, bytes(320), prompt="", understood=lambda _text: understood)
    assert (result == heard) is kept
    assert len(again.again) == (0 if kept else 1)


def test_no_wake_word_means_no_turn() -> None:
    events, _, _ = run(silence_frames(1000) + speech_frames(2000) + silence_frames(1000))
    assert events == []


def test_nobody_speaking_after_the_wake_word_ends_the_turn_quietly() -> None:
    events, _, sink = run(wake_frames() + silence_frames(3000))
    assert kinds(events) == ["wake", "listening", "turn_end"]
    assert events[-1].fields["outcome"] == "no_speech"
    assert events[-1].t_ms == 1000  # the timeout counts the audio the command holds, wake frame included
    assert sink.written == []


def test_a_long_command_is_cut_at_the_maximum() -> None:
    events, _, _ = run(wake_frames() + speech_frames(5000) + silence_frames(500))
    end = next(e for e in events if e.event == "speech_end")
    assert end.fields["reason"] == "max_length"


def test_input_ending_mid_command_still_finishes_the_turn() -> None:
    events, _, _ = run(wake_frames() + speech_frames(800))
    assert kinds(events)[-1] == "turn_end"
    assert any(e.event == "transcript" for e in events)


def test_a_second_detection_within_the_refractory_period_is_ignored() -> None:
    audio = wake_frames() + silence_frames(100) + wake_frames() + silence_frames(1200)
    events, _, _ = run(audio)
    assert kinds(events).count("wake") == 1


def test_events_carry_per_stage_timings() -> None:
    events, _, _ = run(command())
    timings = events[-1].fields["timings_ms"]
    assert set(timings) >= {"listen", "stt", "understand", "tts_first_audio", "tts"}
    assert timings["listen"] == events[2].t_ms - events[0].t_ms


def test_stream_time_never_goes_backwards_within_a_turn() -> None:
    events, _, _ = run(command() + command())
    for turn in (1, 2):
        times = [e.t_ms for e in events if e.turn == turn]
        assert times == sorted(times)


class BrokenStt(FakeStt):
    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        raise SttError("transcription_failed", "the model fell over")


def test_a_failing_stage_emits_an_error_and_the_next_turn_still_works() -> None:
    events, stats, _ = run(command() + command(), stt=BrokenStt())
    errors = [e for e in events if e.event == "error"]
    assert [(e.fields["stage"], e.fields["code"]) for e in errors] == [("stt", "transcription_failed")] * 2
    assert [e.fields["outcome"] for e in events if e.event == "turn_end"] == ["error", "error"]
    assert stats.failed_threads == 0


class CrashingStt(FakeStt):
    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        raise ZeroDivisionError("a bug")


def test_a_bug_inside_a_turn_is_an_error_event_and_an_apology_never_the_end() -> None:
    events, stats, _ = run(command() + command(), stt=CrashingStt())
    errors = [e.fields for e in events if e.event == "error"]
    assert [(e["stage"], e["code"]) for e in errors] == [("stt", "internal_error")] * 2
    assert "ZeroDivisionError" in errors[0]["message"]
    assert [e.fields["text"] for e in events if e.event == "tts"] == [APOLOGY] * 2
    assert stats.failed_threads == 0


class CrashingVad(FakeVad):
    def speech_probability(self, frame: bytes) -> float:
        raise ZeroDivisionError("a bug")


def test_a_bug_on_a_thread_outside_a_turn_stops_the_pipeline_instead_of_hanging() -> None:
    log = EventLog()
    bus = EventBus()
    bus.subscribe(log)
    engines = Engines(FakeWake(), CrashingVad(), FakeStt(), FakeTts())
    stats = Pipeline(engines, Acknowledger(), bus, SETTINGS).run(
        RawStdinSource(io.BytesIO(command() + silence_frames(60000))), NullSink(), threading.Event()
    )
    assert stats.failed_threads == 1


@pytest.mark.parametrize("preroll_ms", [0, 300])
def test_speech_right_after_the_wake_word_is_not_lost(preroll_ms: int) -> None:
    settings = PipelineSettings(listener=ListenerSettings(preroll_ms=preroll_ms, segmenter=SEGMENTER))
    stt = FakeStt()
    run(wake_frames() + speech_frames(1000) + silence_frames(500), stt=stt, settings=settings)
    assert stt.calls[0] >= 1000 + 300


class BurstMicrophone:
    """A live source that delivers 3 s of audio at once, faster than any listener."""

    live = True
    paced = True

    def convert(self, pcm: bytes) -> bytes:
        return pcm

    def run(self, on_pcm: object, stop: threading.Event) -> None:
        audio = silence_frames(3000)
        for start in range(0, len(audio), 320):
            on_pcm(audio[start : start + 320])  # type: ignore[operator]

    def close(self) -> None:
        """Nothing to release."""


class SlowVad(FakeVad):
    def speech_probability(self, frame: bytes) -> float:
        time.sleep(0.0005)
        return super().speech_probability(frame)


def test_a_live_source_never_waits_and_the_drops_are_counted() -> None:
    engines = Engines(FakeWake(), SlowVad(), FakeStt(), FakeTts())
    settings = PipelineSettings(listener=SETTINGS.listener, queue_frames=20)
    stats = Pipeline(engines, Acknowledger(), EventBus(), settings).run(
        BurstMicrophone(), NullSink(), threading.Event()
    )
    assert stats.dropped_frames > 0


def test_stop_ends_a_run_promptly_and_drops_the_backlog() -> None:
    stop = threading.Event()
    stop.set()
    source = RawStdinSource(io.BytesIO(command() * 20))
    started = time.monotonic()
    log = EventLog()
    bus = EventBus()
    bus.subscribe(log)
    Pipeline(Engines(FakeWake(), FakeVad(), FakeStt(), FakeTts()), Acknowledger(), bus, SETTINGS).run(
        source, NullSink(), stop
    )
    assert time.monotonic() - started < 2
    assert log.types().count("turn_end") <= 1


def test_an_announcement_is_spoken_as_its_own_turn() -> None:
    log = EventLog()
    bus = EventBus()
    bus.subscribe(log)
    pipeline = Pipeline(Engines(FakeWake(), FakeVad(), FakeStt(), FakeTts()), Acknowledger(), bus, SETTINGS)

    class AnnounceMidway(RawStdinSource):
        def run(self, on_pcm: object, stop: threading.Event) -> None:
            time.sleep(0.2)  # let the pipeline start
            pipeline.announce("Your timer is done.")
            super().run(on_pcm, stop)  # type: ignore[arg-type]

    pipeline.run(AnnounceMidway(io.BytesIO(silence_frames(500))), RecordingSink(), threading.Event())
    assert [(e.event, e.fields.get("text")) for e in log.events][:2] == [
        ("response", "Your timer is done."),
        ("tts", "Your timer is done."),
    ]
    assert log.events[-1].fields["outcome"] == "announced"


def test_the_volume_scales_what_is_played() -> None:
    from edgeagent.pipeline.playback import Volume

    volume = Volume()
    volume.set(50)
    loud = np.full(160, 10000, dtype="<i2").tobytes()
    assert np.frombuffer(volume.apply(loud), dtype="<i2")[0] == 5000


class OddBytesTts(FakeTts):
    """A Wyoming server's reply with a stray last byte (half a sample) in every sentence."""

    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        for chunk in super().synthesize(text):
            yield AudioChunk(chunk.text, chunk.pcm + b"\x01", chunk.sample_rate_hz)


def test_audio_with_an_odd_byte_count_at_volume_40_is_played_and_playback_goes_on() -> None:
    log = EventLog()
    bus = EventBus()
    bus.subscribe(log)
    pipeline = Pipeline(
        Engines(FakeWake(), FakeVad(), FakeStt(), OddBytesTts()), Acknowledger(), bus, SETTINGS
    )
    pipeline.set_volume(40)
    sink = RecordingSink()
    stats = pipeline.run(RawStdinSource(io.BytesIO(command() + command())), sink, threading.Event())
    assert stats.failed_threads == 0
    assert log.types().count("turn_end") == 2
    assert len(sink.written) > 2  # both replies played, in whole samples
    assert all(length % 2 == 0 for length, _ in sink.written)
