"""Audio in and out: any WAV becomes 16 kHz mono frames; sinks write what they get."""

import io
import threading
import wave
from pathlib import Path

import numpy as np
import pytest

from edgeagent.audio.frames import BYTES_PER_FRAME, Framer, pcm16_to_float
from edgeagent.audio.sinks import WavFileSink
from edgeagent.audio.sources import RawStdinSource, WavFileSource
from edgeagent.errors import AudioError


def tone_wav(path: Path, *, rate_hz: int, channels: int, seconds: float, width: int = 2) -> Path:
    t = np.arange(int(rate_hz * seconds)) / rate_hz
    signal = 0.5 * np.sin(2 * np.pi * 440 * t)
    if width == 2:
        samples = (signal * 32767).astype("<i2").tobytes()
    else:  # 24-bit little endian
        as_int = (signal * (2**23 - 1)).astype("<i4")
        samples = b"".join(int(v).to_bytes(4, "little", signed=True)[:3] for v in as_int)
    frames = b"".join(samples[i : i + width] * channels for i in range(0, len(samples), width))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate_hz)
        out.writeframes(frames)
    return path


def read_all(source: WavFileSource) -> bytes:
    chunks: list[bytes] = []
    source.run(chunks.append, threading.Event())
    return b"".join(chunks)


@pytest.mark.parametrize(
    ("rate_hz", "channels", "width"), [(16000, 1, 2), (44100, 2, 2), (8000, 1, 2), (48000, 1, 3)]
)
def test_any_wav_is_resampled_to_16k_mono(tmp_path: Path, rate_hz: int, channels: int, width: int) -> None:
    path = tone_wav(tmp_path / "tone.wav", rate_hz=rate_hz, channels=channels, seconds=1.5, width=width)
    pcm = read_all(WavFileSource(path))
    assert abs(len(pcm) / 2 - 24000) <= 160  # 1.5 s at 16 kHz
    signal = pcm16_to_float(pcm)[1000:-1000]
    assert 0.45 < np.abs(signal).max() < 0.55
    crossings = np.count_nonzero(np.diff(np.signbit(signal)))
    assert abs(crossings / (len(signal) / 16000) - 880) < 20  # still 440 Hz


def test_chunks_are_one_frame(tmp_path: Path) -> None:
    path = tone_wav(tmp_path / "tone.wav", rate_hz=16000, channels=1, seconds=0.5)
    chunks: list[bytes] = []
    WavFileSource(path).run(chunks.append, threading.Event())
    assert all(len(c) == BYTES_PER_FRAME for c in chunks)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="does not exist") as caught:
        WavFileSource(tmp_path / "nope.wav")
    assert caught.value.code == "input_missing"


def test_a_file_that_is_not_a_wav_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "song.mp3"
    path.write_bytes(b"ID3" + bytes(100))
    with pytest.raises(AudioError, match="not a PCM WAV file"):
        WavFileSource(path)


def test_raw_stdin_is_read_until_it_ends() -> None:
    data = bytes(range(256)) * 10
    chunks: list[bytes] = []
    RawStdinSource(io.BytesIO(data)).run(chunks.append, threading.Event())
    assert b"".join(chunks) == data


def test_framer_cuts_any_chunking_into_numbered_frames() -> None:
    framer = Framer()
    data = bytes(BYTES_PER_FRAME * 3 + 100)
    frames = [*framer.push(data[:7]), *framer.push(data[7:]), *framer.flush()]
    assert [f.index for f in frames] == [0, 1, 2, 3]
    assert [f.t_ms for f in frames] == [10, 20, 30, 40]
    assert all(len(f.pcm) == BYTES_PER_FRAME for f in frames)


def test_wav_sink_keeps_the_first_rate_and_resamples_later_chunks(tmp_path: Path) -> None:
    sink = WavFileSink(tmp_path / "out" / "reply.wav")
    sink.write(bytes(22050 * 2), 22050)
    sink.write(bytes(16000 * 2), 16000)
    sink.close()
    with wave.open(str(tmp_path / "out" / "reply.wav")) as reply:
        assert reply.getframerate() == 22050
        assert abs(reply.getnframes() - 2 * 22050) < 100


def test_wav_sink_in_a_missing_place_is_a_clear_error() -> None:
    with pytest.raises(AudioError, match="cannot write"):
        WavFileSink(Path("/proc/no/such/dir/reply.wav"))
