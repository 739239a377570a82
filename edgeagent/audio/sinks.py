"""Where the assistant's voice goes: the speaker, a WAV file, or nowhere.

Sinks are blocking: `write` returns when the audio is written (or played).
The pipeline runs them on a playback thread so the next sentence can be
synthesized while this one plays.
"""

from __future__ import annotations

import logging
import threading
import time
import wave
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from edgeagent.audio.devices import PORTAUDIO, device_arg, device_hint, import_sounddevice
from edgeagent.audio.frames import float_to_pcm16, pcm16_to_float, resample
from edgeagent.errors import AudioError

logger = logging.getLogger(__name__)


class AudioSink(Protocol):
    def write(self, pcm: bytes, sample_rate_hz: int) -> None: ...

    def close(self) -> None: ...


class NullSink:
    """Discards audio (headless runs that only publish)."""

    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        """Nothing to do."""

    def close(self) -> None:
        """Nothing to release."""


class WavFileSink:
    """Everything said in one mono s16le WAV at the rate of the first chunk.

    `realtime`: each write takes as long as its audio lasts, as on a speaker (the
    daemon with live input), so a reply lasts as long in time as it would be heard:
    it can be stopped while it plays, and a follow-up listens after it has ended."""

    def __init__(self, path: Path, *, realtime: bool = False) -> None:
        self.path = path
        self._realtime = realtime
        self._played_until = 0.0  # monotonic: when the audio written so far has been "heard"
        self._wav: wave.Wave_write | None = None
        self._rate_hz = 0
        self._closed = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        except OSError as exc:
            raise AudioError("output_unwritable", f"cannot write {path}: {exc.strerror}") from exc

    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        if self._wav is None:
            self._wav = wave.open(str(self.path), "wb")  # noqa: SIM115 - open for the sink's life
            self._wav.setnchannels(1)
            self._wav.setsampwidth(2)
            self._wav.setframerate(sample_rate_hz)
            self._rate_hz = sample_rate_hz
        if sample_rate_hz != self._rate_hz:
            pcm = float_to_pcm16(resample(pcm16_to_float(pcm), sample_rate_hz, self._rate_hz))
        try:
            self._wav.writeframes(pcm)
        except OSError as exc:
            raise AudioError("output_unwritable", f"cannot write {self.path}: {exc.strerror}") from exc
        if self._realtime:
            self._play(len(pcm) / 2 / self._rate_hz)

    def _play(self, seconds: float) -> None:
        """Return when the block would have been played, like a sound card's blocking write."""
        self._played_until = max(self._played_until, time.monotonic()) + seconds
        time.sleep(max(0.0, self._played_until - time.monotonic()))

    def close(self) -> None:
        if self._closed:
            return
        if self._wav is None:  # nothing was said: still leave a valid (empty) WAV
            self.write(b"", 16000)
        assert self._wav is not None
        self._wav.close()
        self._closed = True


IDLE_SECONDS = 1.0  # an output stream unused this long may be closed for a device rescan


class SpeakerSink:
    """The sound card through PortAudio; one output stream per sample rate.

    An idle stream is closed when the microphone needs PortAudio's device list
    re-read (`PORTAUDIO.rescan`) and reopened by the next write.
    """

    def __init__(self, device: str) -> None:
        self.device = device_arg(device)
        self._stream: Any = None
        self._rate_hz = 0
        self._writing = threading.Lock()
        self._last_write = 0.0  # monotonic
        PORTAUDIO.release_when_rescanning(self._release_if_idle)

    def check(self) -> None:
        sd = import_sounddevice()
        try:
            sd.check_output_settings(device=self.device, channels=1, dtype="int16")
        except Exception as exc:  # PortAudioError or ValueError, by device state
            raise AudioError("output_device", device_hint("output", self.device, exc)) from exc

    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        with self._writing:
            if self._stream is None or sample_rate_hz != self._rate_hz:
                self._open(sample_rate_hz)
            assert self._stream is not None
            try:
                self._stream.write(np.frombuffer(pcm, dtype="<i2"))
                self._last_write = time.monotonic()
            except Exception as exc:
                self._close_stream()
                raise AudioError("output_lost", device_hint("output", self.device, exc)) from exc

    def _open(self, sample_rate_hz: int) -> None:
        self._close_stream()
        sd = import_sounddevice()
        with PORTAUDIO.opening():
            try:
                stream = sd.OutputStream(
                    samplerate=sample_rate_hz, device=self.device, channels=1, dtype="int16"
                )
                stream.start()
            except Exception as exc:
                raise AudioError("output_device", device_hint("output", self.device, exc)) from exc
            PORTAUDIO.opened()
        self._stream = stream
        self._rate_hz = sample_rate_hz

    def _release_if_idle(self) -> bool:
        """Close the stream if nothing was written for a second (not between a sentence's blocks)."""
        if time.monotonic() - self._last_write < IDLE_SECONDS or not self._writing.acquire(blocking=False):
            return self._stream is None
        try:
            self._close_stream()
            return True
        finally:
            self._writing.release()

    def _close_stream(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.stop()
            self._stream.close()
        except Exception:
            logger.exception("closing the speaker stream failed")
        finally:
            self._stream = None
            PORTAUDIO.closed()

    def close(self) -> None:
        with self._writing:
            self._close_stream()
