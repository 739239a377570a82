"""Misheard names: put the home's own names back into what speech-to-text wrote.

"turn on the best lamp" -> "turn on the desk lamp", "turn of the kitchn light" ->
"turn off the kitchen light". A phrase is compared with every known name by
spelling and by sound (a coarse key where b/d/g, p/t/k, f/v/s/z... are one
sound each), and replaced only when one name is clearly closest. A phrase whose
last word names a kind of device ("lamp") is only ever replaced by a name of
that kind. A handful of verb slips are mended too ("turn of").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from edgeagent.catalog.model import normalize

_SOUNDS = [
    ("ph", "f"),
    ("th", "f"),
    ("ck", "k"),
    ("sh", "s"),
    ("ch", "s"),
    ("qu", "k"),
]
_CLASSES = str.maketrans(
    {
        **dict.fromkeys("bdg", "B"),
        **dict.fromkeys("ptkcq", "P"),
        **dict.fromkeys("fvszxj", "F"),
        **dict.fromkeys("mn", "N"),
        **dict.fromkeys("lr", "L"),
        **dict.fromkeys("aeiouy", "V"),
        **dict.fromkeys("hw", ""),
    }
)
_VERB_SLIPS = [(re.compile(r"\b(turn|switch|turned|switched) of\b"), r"\1 off")]
_MARGIN = 3.0  # the best name must beat the next one by this many points


def sound(text: str) -> str:
    """A coarse key of how a phrase sounds: 'best lamp' and 'desk lamp' share one."""
    words = []
    for word in normalize(text).split():
        for spelled, said in _SOUNDS:
            word = word.replace(spelled, said)
        key = word.translate(_CLASSES)
        words.append(re.sub(r"(.)\1+", r"\1", key))
    return " ".join(words)


def similarity(said: str, name: str) -> float:
    """0-100: half spelling, half sound."""
    from rapidfuzz import fuzz

    return 0.5 * fuzz.ratio(said, name) + 0.5 * fuzz.ratio(sound(said), sound(name))


@dataclass(frozen=True)
class Vocabulary:
    """The names and areas of the home, normalized, with a test of what a phrase may become."""

    names: Sequence[str]
    allowed: Callable[[str, str], bool]  # (phrase said, candidate name) -> may the one become the other?

    def closest(self, phrase: str, cutoff: float) -> str | None:
        from rapidfuzz import fuzz, process

        near = process.extract(phrase, self.names, scorer=fuzz.ratio, score_cutoff=cutoff - 30, limit=8)
        scored = sorted(
            ((similarity(phrase, name), name) for name, _, _ in near if self.allowed(phrase, name)),
            reverse=True,
        )
        if not scored or scored[0][0] < cutoff:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < _MARGIN:
            return None  # two names fit about as well: let the resolver ask, never guess
        return scored[0][1]


def mend_verbs(text: str) -> str:
    spoken = normalize(text)
    for pattern, replacement in _VERB_SLIPS:
        spoken = pattern.sub(replacement, spoken)
    return spoken


def corrected(text: str, vocabulary: Vocabulary, cutoff: float) -> str | None:
    """The sentence with misheard names replaced by the closest known ones, or None if nothing changed."""
    words = mend_verbs(text).split()
    changed = words != normalize(text).split()
    known = set(vocabulary.names)
    for length in (4, 3, 2, 1):
        start = 0
        while start + length <= len(words):
            phrase = " ".join(words[start : start + length])
            best = None if len(phrase) < 4 or phrase in known else vocabulary.closest(phrase, cutoff)
            if best is not None and best != phrase:
                words[start : start + length] = best.split()
                changed = True
                start += len(best.split())  # never look at a replacement again
                continue
            start += 1
    return " ".join(words) if changed else None
