"""Speech-to-text: `transcribe(pcm, language) -> Transcript`, `close()`; and `surest`, the pipeline's
rule for when a transcript is heard again the slower, surer way."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    sure: bool = True  # False: heard the quicker way, unsure of it; `transcribe_again` may do better
    log_prob: float = 0.0  # the recognizer's average log probability of its words (0: certain, or not known)
    looped: bool = False  # every hearing was a decoding loop: `text` is "", never the loop's words


class SttEngine(Protocol):
    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        """Transcribe 16 kHz mono s16le; all work happens inside this call."""
        ...

    def transcribe_again(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        """The clip heard the surest way the engine has (Whisper: its own 30 s window), for a
        transcript that was not `sure`."""
        ...

    def transcribe_word(self, pcm: bytes, language: str) -> Transcript:
        """A word or two ("stop", "be quiet"), as fast as the engine can: latency over accuracy."""
        ...

    def close(self) -> None: ...


def surest(
    stt: SttEngine,
    transcript: Transcript,
    pcm: bytes,
    *,
    prompt: str,
    understood: Callable[[str], bool],
) -> Transcript:
    """`transcript`, unless the engine was unsure of it and it is no command the templates understand:
    then the clip heard again the surer way. A command understood as heard is kept (the short window
    is right on those far more often than the full one, docs/performance.md); the others are going
    to the language model or a "sorry", and the surer hearing helps them most."""
    if transcript.sure or not transcript.text.strip() or understood(transcript.text):
        return transcript
    logger.info("unsure of %r, which is no command: hearing it again the surer way", transcript.text)
    return stt.transcribe_again(pcm, transcript.language, initial_prompt=prompt)
