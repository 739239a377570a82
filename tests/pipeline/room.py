"""Test audio I/O for the pipeline that behaves like a room, in real time.

`SpeakerInTheRoom` is a sound card whose microphone hears its own speaker (no echo
cancellation): it is the pipeline's source and its sink at once. `Microphone` plays a
script into the pipeline, waiting at cues until the listener has heard everything
before them, so a control (mute, listen) lands between two known frames.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from edgeagent.audio.frames import (
    BYTES_PER_FRAME,
    FRAME_MS,
    SAMPLE_RATE_HZ,
    float_to_pcm16,
    pcm16_to_float,
    resample,
)
from edgeagent.audio.sources import OnPcm

_FRAME_SECONDS = FRAME_MS / 1000


class SpeakerInTheRoom:
    """What the pipeline plays comes back as microphone input, `latency_ms` after it was written.

    As a sink, `write` returns like a sound card's blocking write: once only its output buffer
    (`latency_ms`) is left to play. As a source, it delivers a 10 ms frame every 10 ms: what the
    speaker plays then, else silence; if its thread falls behind, it catches up at once, as a
    sound card's capture buffer would. The input ends at `done` (or after `max_seconds`)."""

    live = False  # every frame reaches the listener: the test is about what it hears, not about load
    paced = True

    def __init__(self, latency_ms: int = 100, max_seconds: float = 25.0) -> None:
        self._air = bytearray()  # written to the speaker, not yet heard by the microphone
        self._changed = threading.Condition()
        self._buffer_bytes = latency_ms * SAMPLE_RATE_HZ // 1000 * 2
        self._max_seconds = max_seconds
        self.done = threading.Event()
        self.loud_frames_heard = 0  # frames of the speaker's sound that reached the microphone

    def convert(self, pcm: bytes) -> bytes:
        return pcm

    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        heard = self._to_16k(pcm, sample_rate_hz)
        with self._changed:
            self._air += heard
            self._changed.wait_for(
                lambda: len(self._air) <= self._buffer_bytes or self.done.is_set(), self._max_seconds
            )

    @staticmethod
    def _to_16k(pcm: bytes, rate_hz: int) -> bytes:
        return float_to_pcm16(resample(pcm16_to_float(pcm), rate_hz, SAMPLE_RATE_HZ))

    def run(self, on_pcm: OnPcm, stop: threading.Event) -> None:
        started = next_frame_at = time.monotonic()
        while not (stop.is_set() or self.done.is_set()) and time.monotonic() - started < self._max_seconds:
            next_frame_at += _FRAME_SECONDS
            time.sleep(max(0.0, next_frame_at - time.monotonic()))
            on_pcm(self._hear_frame())
        with self._changed:
            self._changed.notify_all()  # a write still waiting returns

    def _hear_frame(self) -> bytes:
        with self._changed:
            frame = bytes(self._air[:BYTES_PER_FRAME]).ljust(BYTES_PER_FRAME, b"\0")
            del self._air[:BYTES_PER_FRAME]
            self._changed.notify_all()
        if np.abs(np.frombuffer(frame, dtype="<i2")).max() > 1000:
            self.loud_frames_heard += 1
        return frame

    def close(self) -> None:
        """Nothing to release."""


@dataclass(frozen=True)
class Cue:
    """In a `Microphone` script: once the listener has heard every frame before it, `then` runs."""

    then: Callable[[], None]


@dataclass(frozen=True)
class Until:
    """In a `Microphone` script: silence, frame by frame, each heard before the next, until `done()`."""

    done: Callable[[], bool]


class Microphone:
    """Plays a script (audio, `Cue`s and `Until`s) into the pipeline as fast as it is taken.

    `heard_ms` says how much stream time the listener has processed (`Pipeline.stream_t_ms`);
    at a cue the microphone waits for it to reach everything played so far, so what the cue does
    happens between two known frames, however loaded the machine is."""

    live = False
    paced = True  # the listener does not wait for turns to end

    def __init__(
        self, heard_ms: Callable[[], int], *script: bytes | Cue | Until, wait_seconds: float = 10.0
    ) -> None:
        self._heard_ms = heard_ms
        self._script = script
        self._wait_seconds = wait_seconds
        self._played_ms = 0
        self.cue_ms: list[int] = []  # stream time of each cue (the listener had heard up to it)

    def convert(self, pcm: bytes) -> bytes:
        return pcm

    def run(self, on_pcm: OnPcm, stop: threading.Event) -> None:
        for step in self._script:
            if isinstance(step, Cue):
                self._wait_until_heard(stop)
                self.cue_ms.append(self._played_ms)
                step.then()
            elif isinstance(step, Until):
                self._silence_until(step, on_pcm, stop)
            else:
                self._play(step, on_pcm)

    def _play(self, pcm: bytes, on_pcm: OnPcm) -> None:
        for start in range(0, len(pcm), BYTES_PER_FRAME):
            on_pcm(pcm[start : start + BYTES_PER_FRAME].ljust(BYTES_PER_FRAME, b"\0"))
            self._played_ms += FRAME_MS

    def _silence_until(self, until: Until, on_pcm: OnPcm, stop: threading.Event) -> None:
        deadline = time.monotonic() + self._wait_seconds
        while not until.done():
            if time.monotonic() > deadline:
                raise TimeoutError("what the microphone waited for never happened")
            self._play(bytes(BYTES_PER_FRAME), on_pcm)
            self._wait_until_heard(stop)

    def _wait_until_heard(self, stop: threading.Event) -> None:
        deadline = time.monotonic() + self._wait_seconds
        while self._heard_ms() < self._played_ms:
            if stop.is_set() or time.monotonic() > deadline:
                raise TimeoutError(f"the listener did not reach {self._played_ms} ms")
            time.sleep(0.002)

    def close(self) -> None:
        """Nothing to release."""
