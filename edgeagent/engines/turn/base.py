"""End of turn: `finished(pcm) -> float`, `close()`.

Heard from the utterance so far (16 kHz mono s16le), not from the silence after it: the engine
answers how likely it is that the speaker has finished; when to ask, and what to do with the
answer, belong to the segmenter.
"""

from __future__ import annotations

from typing import Protocol

from edgeagent.errors import EdgeAgentError


class TurnEndError(EdgeAgentError):
    """Codes: `model_load_failed`, `audio_invalid`, `inference_failed`."""

    stage = "turn_end"


class TurnEndEngine(Protocol):
    def finished(self, pcm: bytes) -> float:
        """The probability (0-1) that the speaker has finished, from the utterance's audio so far."""
        ...

    def close(self) -> None: ...
