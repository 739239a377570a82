"""The voices the bench speaks with: Piper (the configured voice, at two speaking rates) and espeak-ng
voices at several rates, some in a noisy or echoing room, so no figure rests on the one voice the
project was tuned on. Every voice renders 16 kHz mono s16le, the same audio for the same text.
"""

from __future__ import annotations

import functools
import io
import logging
import shutil
import subprocess
import wave
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

import numpy as np

from edgeagent.audio.frames import SAMPLE_RATE_HZ, float_to_pcm16, pcm16_to_float, resample
from edgeagent.config import Config, with_overrides
from edgeagent.engines import factory
from edgeagent.engines.tts.base import TtsEngine
from edgeagent.errors import ConfigError

logger = logging.getLogger(__name__)

Render = Callable[[str], bytes]  # text -> 16 kHz mono s16le

ROOMS = ("dry", "noise", "reverb")
_NOISE_SNR_DB = 20.0  # a fan or a fridge in the room: clearly there, speech still on top
_REVERB_RT60_S = 0.5  # a living room with hard walls
_REVERB_WET = 0.35


@dataclass(frozen=True)
class Voice:
    name: str
    engine: str  # "piper" (the configured voice) or "espeak"
    espeak_voice: str = ""
    rate_wpm: int = 0  # espeak-ng's speaking rate
    length_scale: float = 1.0  # Piper's: above 1 is slower
    room: str = "dry"  # one of ROOMS


def _espeak(voice: str, rate_wpm: int, room: str = "dry") -> Voice:
    suffix = "" if room == "dry" else f" {room}"
    return Voice(f"espeak {voice} {rate_wpm}{suffix}", "espeak", voice, rate_wpm, room=room)


PROJECT = Voice("piper", "piper")
VOICE_SET: tuple[Voice, ...] = (
    PROJECT,
    Voice("piper fast", "piper", length_scale=0.8),
    Voice("piper reverb", "piper", room="reverb"),
    _espeak("en-us", 150),
    _espeak("en-us", 210),
    _espeak("en-gb", 170),
    _espeak("en-us+f3", 160),
    _espeak("en-us+m3", 130, "noise"),
    _espeak("en-029", 170, "noise"),
    _espeak("en-gb-x-rp", 160, "reverb"),
)
QUICK_SET: tuple[Voice, ...] = (VOICE_SET[1], VOICE_SET[4], VOICE_SET[8])


def select(names: Sequence[str] | None, *, quick: bool = False) -> tuple[Voice, ...]:
    """The voices of the set with these names (all of it, or QUICK_SET, when none is named), less
    those this machine cannot speak."""
    if not names:
        return available(QUICK_SET if quick else VOICE_SET)
    known = {voice.name: voice for voice in VOICE_SET}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ConfigError("bench", f"--voice {unknown[0]!r}: expected one of {sorted(known)}")
    return available([known[name] for name in names])


def available(voices: Sequence[Voice]) -> tuple[Voice, ...]:
    """The voices this machine can speak: espeak-ng voices need its binary (Debian's `espeak-ng`)."""
    if shutil.which("espeak-ng") is not None:
        return tuple(voices)
    logger.warning("espeak-ng is not installed: the bench speaks with Piper only (apt-get install espeak-ng)")
    return tuple(v for v in voices if v.engine != "espeak")


@dataclass(frozen=True)
class Speaker:
    """A voice of the set, speaking: `say` gives its words dry (the acoustic marks are read off them);
    `in_room` gives a whole recording as the microphone in the voice's room hears it, the hum
    under the silences too and the echo after the words."""

    voice: Voice
    say: Render

    def in_room(self, pcm: bytes) -> bytes:
        return in_room(pcm, self.voice.room)


@contextmanager
def speaking(voice: Voice, config: Config) -> Iterator[Speaker]:
    """`voice` speaking, cached by text; Piper's random variation is off."""
    if voice.engine == "piper":
        scale = config.tts.length_scale * voice.length_scale
        tts = factory.build_tts(with_overrides(config, "tts", variation=False, length_scale=scale))
        try:
            yield Speaker(voice, functools.lru_cache(maxsize=None)(partial(piper_pcm, tts)))
        finally:
            tts.close()
    else:
        yield Speaker(voice, partial(espeak_pcm, voice=voice.espeak_voice, rate_wpm=voice.rate_wpm))


def piper_pcm(tts: TtsEngine, text: str) -> bytes:
    """`text` said by `tts`, 16 kHz mono s16le."""
    chunks = list(tts.synthesize(text))
    if not chunks:
        return b""
    signal = np.concatenate([pcm16_to_float(c.pcm) for c in chunks])
    return float_to_pcm16(resample(signal, chunks[0].sample_rate_hz, SAMPLE_RATE_HZ))


@functools.lru_cache(maxsize=512)
def espeak_pcm(text: str, voice: str = "", rate_wpm: int = 150) -> bytes:
    """`text` spoken by espeak-ng (`voice` "" = its default), 16 kHz mono s16le."""
    binary = shutil.which("espeak-ng")
    if binary is None:
        raise RuntimeError("espeak-ng is not installed (apt-get install espeak-ng)")
    voice_args = ["-v", voice] if voice else []
    command = [binary, "--stdout", "-s", str(rate_wpm), *voice_args, text]
    wav = subprocess.run(command, check=True, capture_output=True).stdout
    # espeak-ng streams its WAV with unknown sizes in the header: fix them first.
    with wave.open(io.BytesIO(_fix_wav_sizes(wav)), "rb") as reader:
        rate = reader.getframerate()
        frames = reader.readframes(reader.getnframes())
    return float_to_pcm16(resample(pcm16_to_float(frames), rate, SAMPLE_RATE_HZ))


def _fix_wav_sizes(data: bytes) -> bytes:
    fixed = bytearray(data)
    fixed[4:8] = (len(data) - 8).to_bytes(4, "little")
    data_at = fixed.find(b"data")
    if data_at >= 0:
        fixed[data_at + 4 : data_at + 8] = (len(data) - data_at - 8).to_bytes(4, "little")
    return bytes(fixed)


def in_room(pcm: bytes, room: str) -> bytes:
    """`pcm` as a microphone across the room hears it: as said ("dry"), over a steady low hum of
    noise 20 dB under the speech ("noise"), or with the echo of hard walls ("reverb", longer by
    the echo's tail). Seeded by the audio's length, so the same audio gets the same room every time."""
    if room == "dry" or not pcm:
        return pcm
    signal = pcm16_to_float(pcm)
    rng = np.random.default_rng(len(signal))
    if room == "noise":
        noise = np.cumsum(rng.standard_normal(len(signal))).astype(np.float32)  # brown: a hum, not a hiss
        if len(noise) >= 400:
            noise -= np.convolve(noise, np.ones(400) / 400, mode="same")  # no slow drift (below ~40 Hz)
        scale = _speech_rms(signal) / max(_rms(noise), 1e-9) / 10 ** (_NOISE_SNR_DB / 20)
        return float_to_pcm16(np.clip(signal + scale * noise, -1.0, 1.0))
    if room == "reverb":
        return float_to_pcm16(_reverb(signal, rng))
    raise ValueError(f"room: expected one of {ROOMS}, got {room!r}")


def _reverb(signal: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    length = int(_REVERB_RT60_S * SAMPLE_RATE_HZ)
    decay = np.exp(-6.9 * np.arange(length) / length)  # -60 dB at RT60
    response = (rng.standard_normal(length) * decay).astype(np.float32)
    response /= np.sqrt(np.sum(response**2))
    size = len(signal) + length  # the echo goes on after the words
    wet = np.fft.irfft(np.fft.rfft(signal, size) * np.fft.rfft(response, size), size)
    mixed: np.ndarray = np.concatenate([signal, np.zeros(length, np.float32)]) + _REVERB_WET * wet.astype(
        np.float32
    )
    peak = float(np.max(np.abs(mixed)))
    return mixed * np.float32(float(np.max(np.abs(signal))) / peak) if peak > 0 else mixed


def _speech_rms(signal: np.ndarray) -> float:
    """The level of the words alone: the RMS of the 10 ms frames within 20 dB of the loudest."""
    frames = signal[: len(signal) - len(signal) % 160].astype(np.float64).reshape(-1, 160)
    levels = np.mean(frames**2, axis=1)
    if not levels.size:
        return 0.0
    return float(np.sqrt(np.mean(levels[levels >= float(np.max(levels)) / 100])))


def _rms(signal: np.ndarray) -> float:
    return float(np.sqrt(np.mean(signal.astype(np.float64) ** 2)))
