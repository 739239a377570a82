"""Speech-to-text: `transcribe(pcm, language) -> Transcript`, `close()`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str


class SttEngine(Protocol):
    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        """Transcribe 16 kHz mono s16le; all work happens inside this call."""
        ...

    def transcribe_word(self, pcm: bytes, language: str) -> Transcript:
        """A word or two ("stop", "be quiet"), as fast as the engine can: latency over accuracy."""
        ...

    def close(self) -> None: ...
