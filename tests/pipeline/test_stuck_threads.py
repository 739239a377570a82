"""The daemon withholds systemd's watchdog ping while a thread is stuck: the daemon in this process, with
fake engines (one never returns inside a turn), a microphone that keeps sending audio (so the frame check
alone would go on pinging) and $NOTIFY_SOCKET read the way systemd does. The other threads that run
someone else's code (event subscribers, a reload, an early transcription) report their steps the same way,
and a thread that dies outside its error handler is seen by its heartbeat."""

from __future__ import annotations

import io
import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from edgeagent import app
from edgeagent.audio.sinks import NullSink
from edgeagent.audio.sources import RawStdinSource
from edgeagent.bench.paced import PacedSource
from edgeagent.config import Config, config_from_mapping
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
from edgeagent.pipeline import events
from edgeagent.pipeline.events import Event, EventBus
from edgeagent.pipeline.heartbeat import Heartbeats, StuckAfter
from edgeagent.pipeline.runner import Engines, Pipeline
from edgeagent.pipeline.speculate import Speculator
from edgeagent.pipeline.turn import Acknowledger
from edgeagent.service.daemon import Daemon
from edgeagent.service.upkeep import Upkeep
from tests.e2e.test_daemon_guarantees import NotifySocket
from tests.pipeline.test_pipeline_with_fakes import SETTINGS

STUCK_AFTER_S = 1.0
WATCHDOG_USEC = "200000"  # a ping due every 0.1 s (the daemon ticks every 0.25 s)


class EndlessMicrophone(PacedSource):
    """A microphone (live, at its pace): a wake word and a command, then silence until stopped."""

    def __init__(self) -> None:
        super().__init__(wake_frames(3) + speech_frames(600) + silence_frames(1000))

    def _blocks(self) -> Iterator[bytes]:
        yield from self._split(self._pcm)
        while True:
            yield bytes(self._step)


class NeverEndingTts(FakeTts):
    """A voice that hangs inside `synthesize` (a wedged engine) until the test lets it go."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        self.entered.set()
        self.release.wait()
        yield from super().synthesize(text)


@pytest.fixture
def signal_handlers() -> Iterator[None]:
    """The daemon installs its own (SIGTERM stops it): pytest's come back after."""
    kept = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    yield
    for signum, handler in kept.items():
        signal.signal(signum, handler)


def daemon_with(tts: NeverEndingTts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Daemon:
    def fake_engines(config: Config, progress: object = None) -> Engines:
        return Engines(FakeWake(), FakeVad(), FakeStt(["what is the weather like"]), tts)

    monkeypatch.setattr(app, "load_engines", fake_engines)
    monkeypatch.setattr(app, "open_source", lambda spec, config: EndlessMicrophone())
    config = config_from_mapping({"llm": {"enabled": False}, "feedback": {"listening": False}})
    return Daemon(
        config,
        lambda: config,
        input_spec="mic",
        output_spec="none",
        jsonl=False,
        stuck_after=StuckAfter(turns_s=STUCK_AFTER_S),
    )


def test_a_turn_stuck_in_an_engine_that_never_returns_stops_the_watchdog_pings_until_it_moves_on(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    signal_handlers: None,
) -> None:
    path = str(tmp_path / "notify.sock")
    notifications = NotifySocket(path)
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    monkeypatch.setenv("WATCHDOG_USEC", WATCHDOG_USEC)
    tts = NeverEndingTts()
    daemon = daemon_with(tts, tmp_path, monkeypatch)
    moments: dict[str, float] = {}

    def meanwhile() -> None:
        try:
            if tts.entered.wait(timeout=60):
                moments["stuck"] = time.monotonic()
                time.sleep(STUCK_AFTER_S + 3.0)
        finally:
            moments["released"] = time.monotonic()
            tts.release.set()
            time.sleep(1.0)
            os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=meanwhile, daemon=True).start()
    with caplog.at_level(logging.WARNING):
        stats = daemon.run()
    notifications.close()

    assert "stuck" in moments, "the turn never reached the voice"
    pings = notifications.times_of("WATCHDOG=1")
    stuck, released = moments["stuck"], moments["released"]
    assert any(t < stuck for t in pings)  # fed while all was well
    # a second of slack: the socket's thread stamps a ping when it reads it, late on a loaded machine
    withheld = [t for t in pings if stuck + STUCK_AFTER_S + 1.0 < t < released]
    assert withheld == [], f"pinged {len(withheld)} times while the turn thread was stuck"
    assert any(t > released for t in pings)  # fed again once the turn moved on
    said = [r.getMessage() for r in caplog.records if "stuck" in r.getMessage()]
    assert len(said) == 1 and "turns thread" in said[0] and ": tts" in said[0], said
    assert stats.failed_threads == 0


class ExitingSink(NullSink):
    """A sound card library that ends its caller's thread (`sys.exit` inside a write)."""

    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        raise SystemExit(1)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # the point of it
def test_a_thread_that_died_outside_its_error_handler_is_named_by_its_heartbeat() -> None:
    engines = Engines(FakeWake(), FakeVad(), FakeStt(["hello"]), FakeTts())
    pipeline = Pipeline(engines, Acknowledger(), EventBus(), SETTINGS)
    audio = wake_frames() + silence_frames(100) + speech_frames(500) + silence_frames(600)
    stats = pipeline.run(RawStdinSource(io.BytesIO(audio)), ExitingSink(), threading.Event())
    assert stats.failed_threads == 0  # no exception the pipeline saw: only the heartbeat tells
    assert [str(t) for t in pipeline.heartbeats.troubles()] == [
        "the playback thread died (playing 'You said: hello')"
    ]


SHORT_STUCK_AFTER_S = 0.2


def troubles_within(beats: Heartbeats, seconds: float = 5.0) -> list[str]:
    """What the watchdog would be told, as soon as anything is wrong (nothing after `seconds`)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := beats.troubles():
            return [str(trouble) for trouble in found]
        time.sleep(0.02)
    return []


def assert_named_until_released(beats: Heartbeats, expected: str, release: threading.Event) -> None:
    """Healthy while it waits for work; `expected` once its step hangs; healthy again once it returns."""
    assert troubles_within(beats) == [expected]
    release.set()
    deadline = time.monotonic() + 5.0
    while beats.troubles() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert beats.troubles() == []


def test_an_event_subscriber_that_hangs_is_named_by_the_event_it_was_handed() -> None:
    beats = Heartbeats()
    bus = EventBus(heartbeat=beats.register("events", SHORT_STUCK_AFTER_S))
    release = threading.Event()

    def subscriber(event: Event) -> None:
        if event.event == events.WAKE:
            release.wait()

    bus.subscribe(subscriber)
    bus.emit(events.LISTENING, 1, 0)
    assert bus.flush(timeout_seconds=5)
    time.sleep(3 * SHORT_STUCK_AFTER_S)
    assert beats.troubles() == []  # waiting for the next event, however long, is healthy
    bus.emit(events.WAKE, 2, 0)
    expected = "the events thread is stuck: busy for over 0.2 s (handing out a wake event)"
    assert_named_until_released(beats, expected, release)
    bus.close()


def test_a_reload_that_hangs_is_named_and_the_upkeep_waiting_for_work_is_not() -> None:
    beats = Heartbeats()
    release = threading.Event()

    def reload() -> None:  # a config re-read stuck on a hung disk, say
        release.wait()

    upkeep = Upkeep(
        prepare=lambda: None,
        reload=reload,
        heartbeat=beats.register(Upkeep.name, SHORT_STUCK_AFTER_S),
    )
    stop = threading.Event()
    thread = threading.Thread(target=upkeep.run, args=(stop,), daemon=True)
    thread.start()
    time.sleep(3 * SHORT_STUCK_AFTER_S)
    assert beats.troubles() == []
    upkeep.request_reload()
    assert_named_until_released(beats, "the upkeep thread is stuck: busy for over 0.2 s (reload)", release)
    upkeep.close()
    thread.join(timeout=5)
    assert not thread.is_alive()


class HangingStt(FakeStt):
    """A transcription engine that does not return until the test lets it."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self._release = release

    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        self._release.wait()
        return super().transcribe(pcm, language, initial_prompt=initial_prompt)


def test_an_early_transcription_that_hangs_is_named_with_the_length_of_its_audio() -> None:
    beats = Heartbeats()
    release = threading.Event()
    speculator = Speculator(
        HangingStt(release),
        language="en",
        prompt=lambda: "",
        is_complete=lambda text: True,
        heartbeat=beats.register("speculator", SHORT_STUCK_AFTER_S),
    )
    thread = threading.Thread(target=speculator.run, daemon=True)
    thread.start()
    time.sleep(3 * SHORT_STUCK_AFTER_S)
    assert beats.troubles() == []
    speculation = speculator.submit(speech_frames(1200))
    expected = "the speculator thread is stuck: busy for over 0.2 s (transcribing 1200 ms of audio)"
    assert_named_until_released(beats, expected, release)
    assert speculation.wait() is not None
    speculator.close()
    thread.join(timeout=5)
    assert not thread.is_alive()
