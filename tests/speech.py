"""Real test audio: speech synthesized by Piper (the joe voice) or espeak-ng, with
silences of known length between the parts, so tests know where speech is."""

from __future__ import annotations

import functools
import subprocess
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from edgeagent.audio.frames import SAMPLE_RATE_HZ, float_to_pcm16, pcm16_to_float, resample
from edgeagent.bench import voices
from edgeagent.config import Config, with_overrides
from edgeagent.engines import factory
from edgeagent.engines.tts.base import TtsEngine


@dataclass(frozen=True)
class Part:
    kind: str  # "piper", "espeak" or "silence"
    text: str = ""
    ms: int = 0
    voice: str = ""  # espeak-ng's voice, e.g. "en-gb" or "en-us+m3"; "" = its default
    rate_wpm: int = 150  # espeak-ng's speaking rate


def piper(text: str) -> Part:
    return Part("piper", text)


def espeak(text: str, voice: str = "", rate_wpm: int = 150) -> Part:
    return Part("espeak", text, voice=voice, rate_wpm=rate_wpm)


def silence(ms: int) -> Part:
    return Part("silence", ms=ms)


def noise(ms: int, level_dbfs: float = -30.0, seed: int = 7) -> Part:
    """A burst of noise (a rustle, a door, a fan starting): what Whisper may write "Okay." for."""
    return Part("noise", text=f"{level_dbfs}:{seed}", ms=ms)


REAL_SPEECH = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real-speech"


def recorded(word: str, index: int = 0) -> Part:
    """A real person saying `word` (speech-commands in ../shared/data/real-speech; see its README)."""
    return Part("recorded", text=str(sorted((REAL_SPEECH / "speech-commands" / word).glob("*.flac"))[index]))


@dataclass
class Clip:
    """16 kHz mono s16le audio and where each part starts and ends (ms)."""

    pcm: bytes = b""
    spans: list[tuple[Part, int, int]] = field(default_factory=list)

    @property
    def duration_ms(self) -> int:
        return len(self.pcm) // 32

    def span_of(self, text: str) -> tuple[int, int]:
        for part, start, end in self.spans:
            if part.text == text:
                return start, end
        raise KeyError(text)

    def voiced_span(self, text: str) -> tuple[int, int]:
        """Where the part's audio is actually loud (synthesizers pad with quiet)."""
        start, end = self.span_of(text)
        samples = np.abs(np.frombuffer(self.pcm[start * 32 : end * 32], dtype="<i2").astype(np.int32))
        samples = samples[: len(samples) - len(samples) % 160]
        loud = np.flatnonzero(samples.reshape(-1, 160).max(axis=1) > 1000)
        return start + int(loud[0]) * 10, start + int(loud[-1] + 1) * 10

    def write(self, path: Path, *, rate_hz: int = SAMPLE_RATE_HZ, channels: int = 1) -> Path:
        signal = resample(pcm16_to_float(self.pcm), SAMPLE_RATE_HZ, rate_hz)
        interleaved = np.repeat(signal, channels) if channels > 1 else signal
        with wave.open(str(path), "wb") as out:
            out.setnchannels(channels)
            out.setsampwidth(2)
            out.setframerate(rate_hz)
            out.writeframes(float_to_pcm16(interleaved))
        return path


def build(*parts: Part) -> Clip:
    clip = Clip()
    for part in parts:
        pcm = _render(part)
        start = clip.duration_ms
        clip.pcm += pcm
        clip.spans.append((part, start, clip.duration_ms))
    return clip


def _render(part: Part) -> bytes:
    if part.kind == "silence":
        return bytes(part.ms * 32)
    if part.kind == "piper":
        return _piper_pcm(part.text)
    if part.kind == "noise":
        return _noise_pcm(part)
    if part.kind == "recorded":
        return _flac_pcm(Path(part.text))
    return voices.espeak_pcm(part.text, part.voice, part.rate_wpm)


def voice() -> TtsEngine:
    """The product's voice with Piper's random variation off, so test audio is the same every run
    (one engine for the session, shared: not to be closed)."""
    return _voice()


@functools.lru_cache(maxsize=1)
def _voice() -> TtsEngine:
    return factory.build_tts(with_overrides(Config(), "tts", variation=False))


@functools.lru_cache(maxsize=256)
def _piper_pcm(text: str) -> bytes:
    return voices.piper_pcm(_voice(), text)


def _noise_pcm(part: Part) -> bytes:
    level_dbfs, seed = part.text.split(":")
    samples = np.random.default_rng(int(seed)).standard_normal(part.ms * SAMPLE_RATE_HZ // 1000)
    signal = samples / np.sqrt(np.mean(samples**2)) * 10 ** (float(level_dbfs) / 20)
    return float_to_pcm16(np.clip(signal, -1, 1).astype(np.float32))


def _flac_pcm(path: Path) -> bytes:
    """16 kHz mono s16le, read with sox (the set-up installs it)."""
    command = ["sox", str(path), "-t", "raw", "-r", "16000", "-e", "signed", "-b", "16", "-c", "1", "-"]
    return subprocess.run(command, capture_output=True, check=True, timeout=30).stdout
