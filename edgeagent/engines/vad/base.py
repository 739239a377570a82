"""Voice activity: `speech_probability(frame) -> float`, `reset()`, `close()`.

Timing (when speech starts and ends) lives in the pure-Python segmenter.
"""

from __future__ import annotations

from typing import Protocol


class VadEngine(Protocol):
    def speech_probability(self, frame: bytes) -> float:
        """Feed one 10 ms frame; the latest probability (0-1) that someone is speaking."""
        ...

    def reset(self) -> None: ...

    def close(self) -> None: ...
