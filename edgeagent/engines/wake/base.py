"""Wake word detection: `process(frame) -> Detection | None`, `reset()`, `close()`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Detection:
    model: str  # the wake word model's name, e.g. "hey_jarvis"
    probability: float


class WakeEngine(Protocol):
    def process(self, frame: bytes) -> Detection | None:
        """Feed one 10 ms frame of 16 kHz mono s16le; a Detection when a wake word ends."""
        ...

    def reset(self) -> None:
        """Forget all audio so far (after a detection)."""
        ...

    def set_threshold(self, threshold: float) -> None:
        """Change the detection cutoff at run time (0 = each model's own)."""
        ...

    def close(self) -> None: ...
