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

    def close(self) -> None: ...
