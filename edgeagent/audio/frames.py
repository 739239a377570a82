"""The pipeline's one audio format and the conversions into it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SAMPLE_RATE_HZ = 16000
FRAME_MS = 10
SAMPLES_PER_FRAME = SAMPLE_RATE_HZ * FRAME_MS // 1000  # 160
BYTES_PER_SAMPLE = 2  # int16
BYTES_PER_FRAME = SAMPLES_PER_FRAME * BYTES_PER_SAMPLE  # 320

Float32Array = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Frame:
    """10 ms of 16 kHz mono s16le audio and its place in the stream."""

    pcm: bytes
    index: int  # frames since the stream started
    echo: bool = False  # captured while the assistant's own output could be heard (`Playback.speaking`)

    @property
    def t_ms(self) -> int:
        """Stream time at the end of this frame."""
        return (self.index + 1) * FRAME_MS


def to_mono_float(samples: npt.NDArray[np.generic], channels: int) -> Float32Array:
    """Interleaved int16/float samples to a mono float32 signal in [-1, 1]."""
    data = np.asarray(samples)
    if data.dtype == np.int16:
        signal = data.astype(np.float32) / 32768.0
    elif data.dtype == np.uint8:
        signal = (data.astype(np.float32) - 128.0) / 128.0
    elif data.dtype == np.int32:
        signal = data.astype(np.float32) / 2147483648.0
    else:
        signal = data.astype(np.float32)
    if channels > 1:
        signal = signal.reshape(-1, channels).mean(axis=1)
    return signal.astype(np.float32, copy=False)


def resample(signal: Float32Array, rate_in_hz: int, rate_out_hz: int) -> Float32Array:
    """High-quality resampling (soxr); a no-op when the rates agree."""
    if rate_in_hz == rate_out_hz or signal.size == 0:
        return signal
    import soxr

    out = soxr.resample(signal, rate_in_hz, rate_out_hz)
    return np.asarray(out, dtype=np.float32)


def float_to_pcm16(signal: Float32Array) -> bytes:
    clipped = np.clip(signal, -1.0, 1.0)
    return (clipped * 32767.0).astype("<i2").tobytes()


def pcm16_to_float(pcm: bytes) -> Float32Array:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


class Framer:
    """Cuts a byte stream of any chunk size into whole 10 ms frames."""

    def __init__(self) -> None:
        self._pending = b""
        self._pending_echo = False
        self._next_index = 0

    def push(self, pcm: bytes, *, echo: bool = False) -> Iterator[Frame]:
        """The whole frames of what was left of the last chunk and `pcm`. `echo` marks them all; a
        frame that holds the rest of an `echo` chunk is marked too."""
        data = self._pending + pcm
        first_echo = echo or (self._pending_echo and bool(self._pending))
        whole = len(data) - len(data) % BYTES_PER_FRAME
        for start in range(0, whole, BYTES_PER_FRAME):
            frame_echo = first_echo if start == 0 else echo
            yield Frame(data[start : start + BYTES_PER_FRAME], self._next_index, frame_echo)
            self._next_index += 1
        self._pending = data[whole:]
        self._pending_echo = first_echo if whole == 0 else echo

    def flush(self) -> Iterator[Frame]:
        """The last partial frame, padded with silence."""
        if self._pending:
            padded = self._pending.ljust(BYTES_PER_FRAME, b"\0")
            self._pending = b""
            yield Frame(padded, self._next_index, self._pending_echo)
            self._next_index += 1


def voiced_ms(pcm: bytes, *, floor_dbfs: float = -50.0, within_db: float = 20.0) -> int:
    """How much of a clip is sound rather than silence: its 10 ms frames above `floor_dbfs` and
    within `within_db` of its loudest frame (a word is at least about 150 ms of them)."""
    usable = len(pcm) // BYTES_PER_FRAME * BYTES_PER_FRAME
    if not usable:
        return 0
    frames = (
        np.frombuffer(pcm[:usable], dtype="<i2").astype(np.float32).reshape(-1, SAMPLES_PER_FRAME) / 32768
    )
    power = np.mean(frames * frames, axis=1)
    loudest = float(power.max())
    if loudest <= 0:
        return 0
    threshold = max(10 ** (floor_dbfs / 10), loudest * 10 ** (-within_db / 10))
    return int(np.count_nonzero(power >= threshold)) * FRAME_MS
