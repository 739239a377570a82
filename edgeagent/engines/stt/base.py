"""Speech-to-text: `transcribe(pcm, language) -> Transcript`, `close()`; and `surest`, the pipeline's
rule for when a transcript is heard again the slower, surer way."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    sure: bool = True  # False: heard the quicker way, unsure of it; `transcribe_again` may do better
    log_prob: float = 0.0  # the recognizer's average log probability of its words (0: certain, or not known)
    looped: bool = False  # every hearing was a decoding loop: `text` is "", never the loop's words
    alternatives: tuple[str, ...] = ()  # the recognizer's next best texts for the clip, best first


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
    """`transcript` when the templates understand it (the short window is right on those far more
    often than the full one, docs/performance.md). Else the first of the recognizer's alternatives
    they understand that says the same kind of thing (`_same_frame`): the home's own names pick
    "turn off the bathroom fan" over the "Martin Room Fan" heard best. Else, when the engine was
    unsure, the clip heard again the surer way: the language model or a "sorry" come next, and the
    surer hearing helps them most. A best hearing cut short (`_cut_short`) is never kept as it is:
    "Turn off all the light," for "turn off all the lights except the kitchen" would switch the
    kitchen off too."""
    if not transcript.text.strip():
        return transcript
    cut = _cut_short(transcript)
    if understood(transcript.text) and not cut:
        return transcript
    for other in transcript.alternatives:
        if _same_frame(transcript.text, other) and understood(other):
            logger.info("%r is no command; the home understands the next hearing, %r", transcript.text, other)
            rest = tuple(t for t in (transcript.text, *transcript.alternatives) if t != other)
            return replace(transcript, text=other, alternatives=rest)
    if transcript.sure and not cut:
        return transcript
    why = "was cut short (the beam heard more)" if cut else "is no command, and unsure"
    logger.info("%r %s: hearing it again the surer way", transcript.text, why)
    again = stt.transcribe_again(pcm, transcript.language, initial_prompt=prompt)
    heard = (*again.alternatives, transcript.text, *transcript.alternatives)
    others = tuple(dict.fromkeys(text for text in heard if text.strip() and text != again.text))
    return replace(again, alternatives=others)  # what the first hearing made of it stays a doubt


# Words that make a sentence a question, a negation or a condition: an alternative hearing may differ
# from the best one in a name, never in these ("is the hall light on" is no "the hall light on").
_MOOD_LINES = (
    "not dont don't never no nothing is are was were am do does did can could would should will shall",
    "what which who whom whose when where why how if whether",
)
_MOOD_WORDS = frozenset(word for line in _MOOD_LINES for word in line.split())


def _cut_short(transcript: Transcript) -> bool:
    """Did the best hearing stop before the speech did? It ends on a comma, or the beam's other
    hearings go on past its last word ("Turn off all the light," / "Turn off all the light,
    Ceiling sound,")."""
    said = _words(transcript.text)
    longer = any(
        len(heard := _words(other)) > len(said) and heard[: len(said)] == said
        for other in transcript.alternatives
    )
    return longer or transcript.text.rstrip().endswith(",")


def _same_frame(best: str, other: str) -> bool:
    """`other` starts with the same word as `best` and has the same question, negation and
    condition words: it may only name something else."""
    said, heard = _words(best), _words(other)
    if not said or not heard or said[0] != heard[0]:
        return False
    return {w for w in said if w in _MOOD_WORDS} == {w for w in heard if w in _MOOD_WORDS}


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w' ]", " ", text.lower()).split()
