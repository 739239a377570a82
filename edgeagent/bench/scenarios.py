"""The bench's spoken scenarios (said by any voice of bench/voices.py), and its home."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from edgeagent.audio.frames import BYTES_PER_FRAME, SAMPLE_RATE_HZ
from edgeagent.config import DeviceSettings, config_from_mapping

WAKE_PHRASE = "Okay Nabu."
COMMANDS = (
    "Turn on the kitchen light.",
    "Set the living room lamp to fifty percent.",
    "Turn off the kitchen light.",
)
QUESTION = "Why is the sky blue?"
LONG_REPLY = "The kitchen light is on. The living room lamp is at fifty percent. Everything else is off."
_VOICED_LEVEL = 500  # s16 RMS of a frame that holds speech (about -36 dBFS)

DEVICES: dict[str, Any] = {
    "devices": [
        {
            "name": "Kitchen light",
            "area": "Kitchen",
            "type": "light",
            "command_topic": "bench/kitchen/light/set",
        },
        {
            "name": "Living room lamp",
            "area": "Living room",
            "type": "light",
            "command_topic": "bench/living_room/lamp/set",
            "commands": {"brightness": {"topic": "bench/living_room/lamp/brightness", "payload": "{value}"}},
        },
    ]
}


def devices() -> tuple[DeviceSettings, ...]:
    return config_from_mapping(DEVICES).devices


@dataclass(frozen=True)
class Spoken:
    """One command inside a stream: where its wake phrase and its words end (stream ms)."""

    text: str
    wake_end_ms: int  # last voiced frame of the wake phrase
    start_ms: int  # the command's first sample
    speech_end_ms: int  # last voiced frame of the command: the acoustic end of speech


@dataclass(frozen=True)
class Stream:
    pcm: bytes  # 16 kHz mono s16le
    spoken: tuple[Spoken, ...]

    def command_pcm(self, spoken: Spoken, tail_ms: int) -> bytes:
        """The command's audio as the listener cuts it: its words and `tail_ms` of silence."""
        return self.pcm[at_byte(spoken.start_ms) : at_byte(spoken.speech_end_ms + tail_ms)]


def stream(
    say: Callable[[str], bytes],
    commands: Sequence[str],
    *,
    gap_ms: int = 400,
    tail_ms: int = 2500,
    lead_ms: int = 800,
) -> Stream:
    """Silence, then for each command: the wake phrase, a short gap, the command and a long silence."""
    parts = [silence(lead_ms)]
    spoken = []
    at_ms = lead_ms
    for text in commands:
        wake, words = say(WAKE_PHRASE), say(text)
        wake_end = at_ms + voiced_end_ms(wake)
        start = at_ms + _ms(wake) + gap_ms
        spoken.append(Spoken(text, wake_end, start, start + voiced_end_ms(words)))
        parts += [wake, silence(gap_ms), words, silence(tail_ms)]
        at_ms = start + _ms(words) + tail_ms
    return Stream(b"".join(parts), tuple(spoken))


def silence(ms: int) -> bytes:
    return bytes(at_byte(ms))


def voiced_end_ms(pcm: bytes) -> int:
    """Where the last 10 ms frame with speech energy ends."""
    frames = np.frombuffer(pcm[: len(pcm) - len(pcm) % BYTES_PER_FRAME], dtype="<i2").reshape(-1, 160)
    rms = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1))
    voiced = np.flatnonzero(rms >= _VOICED_LEVEL)
    return int(voiced[-1] + 1) * 10 if voiced.size else 0


def _ms(pcm: bytes) -> int:
    return len(pcm) // (SAMPLE_RATE_HZ // 1000 * 2)


def at_byte(ms: int) -> int:
    return ms * (SAMPLE_RATE_HZ // 1000) * 2
