"""Where audio comes from: a WAV file, raw stdin, or the microphone.

A source's `run(on_pcm, stop)` blocks until the input ends or `stop` is set,
handing 16 kHz mono s16le chunks of about 10 ms to `on_pcm`. File sources are
not live (the consumer may make them wait); the microphone is live (its
consumer must never block it). A source is `paced` when its audio arrives as it
is spoken (the microphone, stdin from `arecord`); a WAV file arrives at once, so
the pipeline reads on only once each reply is over.
"""

from __future__ import annotations

import logging
import os
import select
import threading
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import numpy as np

from edgeagent.audio.devices import PORTAUDIO, device_arg, device_hint, import_sounddevice
from edgeagent.audio.frames import (
    BYTES_PER_FRAME,
    SAMPLE_RATE_HZ,
    float_to_pcm16,
    to_mono_float,
)
from edgeagent.errors import AudioError

logger = logging.getLogger(__name__)

OnPcm = Callable[[bytes], None]
MICROPHONE_BLOCK_MS = 30  # three frames per wake-up: a third of the thread switches of 10 ms blocks
_WAV_BLOCK_FRAMES = 16000  # input frames read (and resampled) at a time
_STDIN_FD = 0
_STDIN_POLL_SECONDS = 0.1  # how soon a reader waiting on a quiet stdin sees `stop`
_SAMPLE_DTYPES: dict[int, np.dtype[Any]] = {1: np.dtype(np.uint8), 2: np.dtype("<i2"), 4: np.dtype("<i4")}


class AudioSource(Protocol):
    live: bool
    paced: bool

    def convert(self, pcm: bytes) -> bytes:
        """Called on the listener thread: the source's chunks to 16 kHz mono s16le."""
        ...

    def run(self, on_pcm: OnPcm, stop: threading.Event) -> None: ...

    def close(self) -> None: ...


class WavFileSource:
    """A WAV file of any rate and channel count, resampled to 16 kHz mono."""

    live = False
    paced = False

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._wav = wave.open(str(path), "rb")  # noqa: SIM115 - open for the source's life
        except FileNotFoundError as exc:
            raise AudioError("input_missing", f"input file {path} does not exist") from exc
        except (wave.Error, EOFError) as exc:
            raise AudioError("input_unreadable", f"{path} is not a PCM WAV file: {exc}") from exc
        self.channels = self._wav.getnchannels()
        self.rate_hz = self._wav.getframerate()
        self.sample_width = self._wav.getsampwidth()
        if self.channels < 1 or self.rate_hz < 1000:
            raise AudioError("input_unreadable", f"{path}: unusable WAV header")
        if self.sample_width not in (1, 2, 3, 4):
            raise AudioError(
                "input_unreadable", f"{path}: {self.sample_width * 8}-bit samples are not supported"
            )

    def convert(self, pcm: bytes) -> bytes:
        return pcm

    def run(self, on_pcm: OnPcm, stop: threading.Event) -> None:
        for pcm in self.chunks():
            if stop.is_set():
                return
            for start in range(0, len(pcm), BYTES_PER_FRAME):
                on_pcm(pcm[start : start + BYTES_PER_FRAME])

    def chunks(self) -> Iterator[bytes]:
        """The whole file as 16 kHz mono s16le, in blocks of about one second."""
        import soxr

        resampler = soxr.ResampleStream(self.rate_hz, SAMPLE_RATE_HZ, 1, dtype="float32")
        while True:
            raw = self._wav.readframes(_WAV_BLOCK_FRAMES)
            last = len(raw) < _WAV_BLOCK_FRAMES * self.channels * self.sample_width
            mono = to_mono_float(self._decode(raw), self.channels)
            out = resampler.resample_chunk(mono, last=last) if self.rate_hz != SAMPLE_RATE_HZ else mono
            if len(out):
                yield float_to_pcm16(np.asarray(out, dtype=np.float32))
            if last:
                return

    def _decode(self, raw: bytes) -> np.ndarray[Any, np.dtype[Any]]:
        usable = len(raw) - len(raw) % (self.sample_width * self.channels)
        raw = raw[:usable]
        if self.sample_width == 3:  # 24-bit: widen to 32-bit, keeping the sign
            triples = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
            padded = np.zeros((len(triples), 4), dtype=np.uint8)
            padded[:, 1:] = triples
            return padded.view("<i4").reshape(-1)
        return np.frombuffer(raw, dtype=_SAMPLE_DTYPES[self.sample_width])

    def close(self) -> None:
        self._wav.close()


class RawStdinSource:
    """Raw 16 kHz mono s16le from standard input (or any binary stream).

    The process's stdin is read through its descriptor: `select` with a short timeout, then
    `os.read`, so `stop` is seen within `_STDIN_POLL_SECONDS` while the pipe is quiet (arecord
    stopped, or a feeder paused) and the reader thread ends with the others. Never through
    `sys.stdin.buffer`: a thread blocked there holds the buffer's lock, and the interpreter's
    shutdown aborts on it ("Fatal Python error: _enter_buffered_busy")."""

    live = False

    def __init__(self, stream: BinaryIO | None = None, *, paced: bool = True) -> None:
        self._stream = stream  # None: the process's stdin, by its descriptor
        self.paced = paced  # stdin: a microphone's pipe, or the tests' feeder at its pace

    def convert(self, pcm: bytes) -> bytes:
        return pcm

    def run(self, on_pcm: OnPcm, stop: threading.Event) -> None:
        while not stop.is_set():
            pcm = self._stream.read(BYTES_PER_FRAME) if self._stream is not None else _read_stdin(stop)
            if not pcm:  # the input ended (or `stop`)
                return
            on_pcm(pcm)

    def close(self) -> None:
        """stdin belongs to the process; nothing to release."""


def _read_stdin(stop: threading.Event) -> bytes:
    """Up to one frame from stdin's descriptor as soon as there is any; b"" at its end or on `stop`."""
    while not stop.is_set():
        ready, _, _ = select.select([_STDIN_FD], [], [], _STDIN_POLL_SECONDS)
        if ready:
            return os.read(_STDIN_FD, BYTES_PER_FRAME)
    return b""


class MicrophoneSource:
    """The microphone through PortAudio, reopened with a pause if it fails or vanishes."""

    live = True
    paced = True

    def __init__(self, device: str, capture_rate_hz: int, reopen_interval_seconds: float) -> None:
        self.device: str | int | None = device_arg(device)
        self.capture_rate_hz = capture_rate_hz
        self.reopen_interval_seconds = reopen_interval_seconds
        self.failures = 0
        self.convert = _capture_converter(capture_rate_hz)

    def check(self) -> None:
        """Raise a clear AudioError now if no such input device exists."""
        sd = import_sounddevice()
        try:
            sd.check_input_settings(
                device=self.device, channels=1, dtype="int16", samplerate=self.capture_rate_hz
            )
        except Exception as exc:  # PortAudioError or ValueError, by device state
            raise AudioError("input_device", device_hint("input", self.device, exc)) from exc

    def run(self, on_pcm: OnPcm, stop: threading.Event) -> None:
        """Capture until `stop`; a lost device is logged and reopened, not fatal."""
        while not stop.is_set():
            try:
                self._capture(on_pcm, stop)
            except AudioError as exc:
                self.failures += 1
                # Loud on the first failure and every 30th after it, not every retry.
                level = logging.ERROR if self.failures % 30 == 1 else logging.DEBUG
                logger.log(level, "%s; retrying every %.1f s", exc, self.reopen_interval_seconds)
                stop.wait(self.reopen_interval_seconds)

    def _capture(self, on_pcm: OnPcm, stop: threading.Event) -> None:
        sd = import_sounddevice()
        if self.failures:
            PORTAUDIO.rescan(sd)  # a re-plugged microphone is only in a fresh device list
        lost = threading.Event()

        def callback(indata: object, frames: int, time: object, status: object) -> None:
            # Runs on PortAudio's thread: copy and hand over, nothing else.
            on_pcm(bytes(indata))  # type: ignore[call-overload]

        with PORTAUDIO.opening():
            try:
                stream = sd.RawInputStream(
                    samplerate=self.capture_rate_hz,
                    blocksize=self.capture_rate_hz * MICROPHONE_BLOCK_MS // 1000,
                    device=self.device,
                    channels=1,
                    dtype="int16",
                    callback=callback,
                    finished_callback=lost.set,
                )
            except Exception as exc:
                raise AudioError("input_device", device_hint("input", self.device, exc)) from exc
            PORTAUDIO.opened()
        try:
            with stream:
                logger.info("microphone open (%s at %d Hz)", self.device or "default", self.capture_rate_hz)
                self.failures = 0
                while not stop.is_set() and not lost.is_set():
                    stop.wait(0.2)
        finally:
            PORTAUDIO.closed()
        if lost.is_set() and not stop.is_set():
            raise AudioError("input_lost", "the microphone stream stopped (device unplugged?)")

    def close(self) -> None:
        """Streams are closed by `run` itself."""


def _capture_converter(rate_hz: int) -> Callable[[bytes], bytes]:
    """Capture rate to 16 kHz; runs on the listener thread, never in the callback."""
    if rate_hz == SAMPLE_RATE_HZ:
        return lambda pcm: pcm
    import soxr

    stream = soxr.ResampleStream(rate_hz, SAMPLE_RATE_HZ, 1, dtype="int16")

    def convert(pcm: bytes) -> bytes:
        samples = np.frombuffer(pcm, dtype="<i2")
        return bytes(np.asarray(stream.resample_chunk(samples), dtype="<i2").tobytes())

    return convert
