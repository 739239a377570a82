"""Whisper over a shorter window than its 30 s, for voice commands.

Whisper pads every clip to 30 s and its encoder's attention grows with the square
of that length, so a 2 s command pays for 30 s. A command is never that long
(`vad.max_command_ms`), so we hand the encoder a shorter window: 15 s makes
tiny.en 2.4-2.8x faster on this machine with the same word error rate on the
project's sentence set (docs/performance.md). This module talks to faster-whisper's
CTranslate2 model directly for that, with faster-whisper's own tokenizer,
prompt, suppressed tokens and no-speech rule. A decoding loop that only says the
command again and again ("turn on the light turn on the light turn on the"), or
makes one up from near-silence ("Turn off, turn off, turn off."), is never used: it is
reported so the caller can redo the clip over the full window.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from faster_whisper.audio import pad_or_trim
from faster_whisper.tokenizer import Tokenizer
from faster_whisper.transcribe import get_suppressed_tokens

if TYPE_CHECKING:
    import numpy as np
    from faster_whisper import WhisperModel

logger = logging.getLogger(__name__)

FRAMES_PER_SECOND = 100  # Whisper's log-mel hop is 10 ms
FULL_WINDOW_SECONDS = 30
_MARGIN_SECONDS = 1.0  # keep the clip clear of the window's end
_TOKENS_PER_SECOND = 8  # generous for speech; a bound on runaway decoding
_SPARE_TOKENS = 16
# faster-whisper's defaults: silence when the model says so and is unsure of its words;
# a transcript that compresses this well is a loop.
_NO_SPEECH_PROB = 0.6
_LOG_PROB = -1.0
_LOOP_COMPRESSION_RATIO = 2.4
_LOOP_REPEATS = 3  # a phrase said this often, and nothing else, is a loop in any window
_MIN_REPEATED_WORDS = 2  # different words: "the the the" is no command, the full window decides
HYPOTHESES = 3  # the n-best asked of the beam (at most its size): the home may pick the second one


@dataclass(frozen=True)
class Heard:
    text: str  # "" for silence
    avg_log_prob: float  # Whisper's confidence in it, as faster-whisper reports it (0 is sure)
    alternatives: tuple[str, ...] = ()  # the beam's next best texts, best first (never a loop or "")


def fits(audio_seconds: float, window_seconds: int) -> bool:
    """Whether a clip of this length can use the short window (the full one never does)."""
    return window_seconds < FULL_WINDOW_SECONDS and audio_seconds <= window_seconds - _MARGIN_SECONDS


def transcribe(
    model: WhisperModel,
    audio: np.ndarray,
    *,
    language: str,
    window_seconds: int,
    beam_size: int,
    initial_prompt: str,
) -> Heard | None:
    """The words in `audio` (16 kHz float), "" for silence, None when decoding looped."""
    tokenizer = Tokenizer(
        model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language
    )
    features = pad_or_trim(model.feature_extractor(audio), window_seconds * FRAMES_PER_SECOND)
    previous = tokenizer.encode(" " + initial_prompt.strip()) if initial_prompt.strip() else []
    prompt = model.get_prompt(tokenizer, previous, without_timestamps=True)
    new_tokens = _SPARE_TOKENS + int(_TOKENS_PER_SECOND * audio.size / 16000)
    result = model.model.generate(
        model.encode(features),
        [prompt],
        beam_size=beam_size,
        max_length=min(len(prompt) + new_tokens, model.max_length),
        num_hypotheses=min(HYPOTHESES, beam_size),
        return_scores=True,
        return_no_speech_prob=True,
        suppress_blank=True,
        suppress_tokens=list(get_suppressed_tokens(tokenizer, [-1]) or []),
    )[0]
    tokens = result.sequences_ids[0]
    confidence = _avg_log_prob(result.scores[0], len(tokens))
    if result.no_speech_prob > _NO_SPEECH_PROB and confidence < _LOG_PROB:
        return Heard("", confidence)
    text = str(tokenizer.decode(tokens)).strip()
    if len(tokens) >= new_tokens or looped(text):
        logger.info("the short window looped (%r): its words are not used", text[:80])
        return None
    others = (str(tokenizer.decode(ids)).strip() for ids in result.sequences_ids[1:])
    alternatives = tuple(dict.fromkeys(o for o in others if o and o != text and not looped(o)))
    return Heard(text, confidence, alternatives)


def said_once(text: str) -> str | None:
    """The first saying of a phrase of two or more words that `text` only repeats (its last
    repeat may be cut short), or None when `text` is anything else."""
    said = text.split()
    plain = [re.sub(r"[^\w%']", "", word.lower()) for word in said]
    for length in range(_MIN_REPEATED_WORDS, len(plain) // 2 + 1):
        unit = plain[:length]
        if len(set(unit)) >= _MIN_REPEATED_WORDS and all(
            word == unit[at % length] for at, word in enumerate(plain)
        ):
            return " ".join(said[:length])
    return None


def looped(text: str) -> bool:
    """Whether a transcript looks like a decoding loop: it compresses like one, or says a sentence twice.

    A short loop ("Set the desk lamp to 30%." three times) compresses too little to show, so
    repeated sentences count too; a person who really repeats themselves only costs the full path.
    """
    sentences = Counter(" ".join(part.lower().split()) for part in re.split(r"[.!?]+", text))
    sentences.pop("", None)
    return _compression_ratio(text) > _LOOP_COMPRESSION_RATIO or any(n > 1 for n in sentences.values())


def loops_over(text: str) -> bool:
    """A loop past doubt, for the full window's transcript: it compresses like one, or one phrase
    makes up all of it three times or more ("Turn off, turn off, turn off."). Said twice, it may
    be a person ("No. No."): kept."""
    if _compression_ratio(text) > _LOOP_COMPRESSION_RATIO:
        return True
    once = said_once(text)
    return once is not None and len(text.split()) >= _LOOP_REPEATS * len(once.split())


def _avg_log_prob(score: float, length: int) -> float:
    """faster-whisper's average log probability from CTranslate2's length-normalized score."""
    return score * length / (length + 1)


def _compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0
