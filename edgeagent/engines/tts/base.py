"""Text-to-speech: `synthesize(text) -> Iterator[AudioChunk]`, one chunk per sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class AudioChunk:
    text: str  # the sentence this audio speaks
    pcm: bytes  # mono s16le
    sample_rate_hz: int

    @property
    def audio_ms(self) -> int:
        return len(self.pcm) // 2 * 1000 // self.sample_rate_hz


class TtsEngine(Protocol):
    sample_rate_hz: int  # what `synthesize` yields (chimes are made at the same rate: one speaker stream)

    def synthesize(self, text: str) -> Iterator[AudioChunk]: ...

    def close(self) -> None: ...


def split_sentences(text: str) -> list[str]:
    """Sentences to synthesize one at a time, so the first can play early."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]
