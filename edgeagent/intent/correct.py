"""Misheard names: put the home's own names back into what speech-to-text wrote.

"turn on the best lamp" -> "turn on the desk lamp", "turn of the kitchn light" ->
"turn off the kitchen light". A phrase is compared with every known name by
spelling and by sound (a coarse key where b/d/g, p/t/k, f/v/s/z... are one
sound each), and replaced only when one name is clearly closest and has about as
many words and letters ("bed room" may become "bedroom", "is the living room"
never "living room"), each word changed before the last sounding like the name's word
in its place ("tape machine" never becomes "coffee machine"). A phrase whose last word
names a kind of device ("lamp") is only ever replaced by a name of that kind. Split
words are joined, words run together split, number words made the digits of a name
("lamp two" -> "lamp 2"), and a handful of verb slips mended ("turn of").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from edgeagent.catalog.model import normalize
from edgeagent.intent import telling
from edgeagent.intent.lexicon import NUMBER_WORDS, slips_mended
from edgeagent.intent.rephrase import plain

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
_MARGIN = 3.0  # the best name must beat the next one by this many points
_WORD_ALIKE = 55  # a word heard for a word of a name: "best" / "desk" 75, "tape" / "coffee" 48
# Words that describe a device by its look or place, said on purpose: "the big light" (the ceiling
# light, to many) is no misheard "bed light".
_DESCRIBING = frozenset(
    {
        "big", "small", "little", "large", "main", "tall", "long", "round", "new", "old", "left", "right",
        "top", "bottom", "upper", "lower", "middle", "other", "first", "last", "front", "back", "inner",
        "outer", "near", "far",
    }
)  # fmt: skip
_SOUNDS_ALIKE = 70  # a number word heard for a word of a name: "three" / "tree" 89, "sixty" / "shapes" 36


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

    @functools.cached_property
    def known(self) -> frozenset[str]:
        return frozenset(self.names)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every word of every name: what split and run-together words may become."""
        return words_of(self.names)

    def scored(self, phrase: str, cutoff: float) -> tuple[float, str] | None:
        """(score, name) of the one name clearly closest to `phrase`, or None."""
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
        return scored[0]


def _names_said(words: list[str], known: frozenset[str]) -> list[tuple[int, int]]:
    """Where names of two or more words are said right: no phrase within one is mended ("floor
    lamp" of "floor lamp 2"); one that goes past it may be ("living room lamb")."""
    return [
        (start, start + length)
        for length in range(2, 5)
        for start in range(len(words) - length + 1)
        if " ".join(words[start : start + length]) in known
    ]


# Words around a name, never the first or last word of a misheard one unless the name has it too
_AROUND = {
    *("the", "a", "an", "my", "our", "your", "this", "that", "on", "off", "in", "at", "of", "to"),
    *("for", "and", "is", "are", "hows", "whats", "turn", "switch", "set", "open", "close"),
}


def _may_become(phrase: str, name: str) -> bool:
    """A phrase may become a name of as many words, or of one more or less with nearly the same
    letters ("bed room" / "bedroom", "thermal stat" / "thermostat"), with the same numbers and
    every room or kind word said kept ("bedroom 2" is never "bedroom", "heat" never "light");
    a phrase starting or ending with a word said around names ("the ceiling", "on floor lamp")
    only a name that does too."""
    from rapidfuzz import fuzz

    said, named = phrase.split(), name.split()
    if not telling.keeps(phrase, name):
        return False  # "lamp" is not "lamp 1", "dining room" not "living room" (telling.py)
    if not all(_number_kept(at, said, named) for at in range(len(said))):
        return False  # "nanoleaf sixty five percent" is a value said after "nanoleaf", not "nanoleaf shapes"
    for edge in (0, -1):
        if said[edge] in _AROUND and said[edge] != named[edge]:
            return False
    words = abs(len(said) - len(named))
    if words == 0:  # "tape machine" is no "coffee machine"; "ceiling lamp" may be "ceiling light"
        return _alike_but_the_head(said, named)
    return words == 1 and fuzz.ratio("".join(said), "".join(named)) >= 85


def _alike_but_the_head(said: list[str], named: list[str]) -> bool:
    """Every word changed before the last one (the head: "lamp" of "ceiling lamp", which may be
    said another way) sounds like the name's word in its place: "best lamp" may be the desk lamp,
    "tape machine" is never the coffee machine. A word that says what a device looks like or where it
    is ("the big light", "the left lamp") was meant as said: it is never heard as another."""
    pairs = zip(said[:-1], named[:-1], strict=True)
    return all(s not in _DESCRIBING and similarity(s, n) >= _WORD_ALIKE for s, n in pairs if s != n)


def _number_kept(at: int, said: list[str], named: list[str]) -> bool:
    """A number word said is in the name, as a word or as its digits ("shelly one pm" / "shelly 1pm"),
    or it is a misheard word of the name in its place ("christmas three" / "christmas tree")."""
    from rapidfuzz import fuzz

    word = said[at]
    digit = _NUMBER_WORDS.get(word)
    if digit is None or word in named or any(digit in part for part in named):
        return True
    return len(said) == len(named) and fuzz.ratio(word, named[at]) >= _SOUNDS_ALIKE


def mend_verbs(text: str) -> str:
    # what needs the punctuation first ("on lock" / "On, lock"), then the words (decimals kept: "19.5")
    return slips_mended(plain(slips_mended(text)), punctuated=False)


_NUMBER_WORDS = {word: str(value) for word, value in NUMBER_WORDS.items() if value > 0}  # "lamp two"
_LAST_NUMBER_SLIPS = {"to": "2"}  # never "too": "turn on the lamp too" is "as well"


def words_of(names: Iterable[str]) -> frozenset[str]:
    return frozenset(word for name in names for word in name.split())


def joined(words: list[str], vocabulary: Vocabulary) -> list[str]:
    """Words speech-to-text split apart put back together when a name of the home has the joined
    word and none has the two: "sky light" -> "skylight", "bed room" -> "bedroom"."""
    out: list[str] = []
    for word in words:
        pair = f" {out[-1]} {word} " if out else ""
        together = out[-1] + word if out else ""
        if together in vocabulary.words and not any(pair in f" {name} " for name in vocabulary.names):
            out[-1] += word
        else:
            out.append(word)
    return out


def separated(text: str, known: frozenset[str]) -> str:
    """Words speech-to-text ran together split where both halves are `known` words of the home
    and the whole is not: "living roomlamp" -> "living room lamp", "frontdoor" -> "front door"."""
    out: list[str] = []
    for word in text.split():
        halves = [(word[:i], word[i:]) for i in range(2, len(word) - 1)]
        split = next((h for h in halves if h[0] in known and h[1] in known), None)
        out += list(split) if word not in known and split else [word]
    return " ".join(out)


def numbered(words: list[str], names: Sequence[str]) -> list[str]:
    """Number words after a name's first words as the digit the name has: "lamp two" -> "lamp 2",
    "floor lamp number two" -> "floor lamp 2"; only into a known name. At the very end of a
    sentence, where nothing can follow a "to", it is the "two" it sounds like: "turn off smart
    plug to" -> "smart plug 2"."""
    out: list[str] = []
    for at, word in enumerate(words):
        digit = _NUMBER_WORDS.get(word) or (_LAST_NUMBER_SLIPS.get(word) if at == len(words) - 1 else None)
        before = out[:-1] if out[-1:] == ["number"] else out
        if digit is not None and before and any(_ends_a_name(before, digit, name) for name in names):
            out = [*before, digit]
        else:
            out.append(word)
    return out


def _ends_a_name(before: list[str], digit: str, name: str) -> bool:
    parts = name.split()
    return len(parts) >= 2 and parts[-1] == digit and before[-(len(parts) - 1) :] == parts[:-1]


def corrected(text: str, vocabulary: Vocabulary, cutoff: float) -> str | None:
    """The sentence with misheard names replaced by the closest known ones, or None if nothing changed.
    Split words joined and number words made digits first, where that makes a known name; then,
    longest phrases first, the phrase closest to a name is mended, and so on; a name put in is
    never looked at again ("office desk lamp" stays, its "desk lamp" is not made another lamp)."""
    words = numbered(joined(mend_verbs(text).split(), vocabulary), vocabulary.names)
    changed = words != plain(text).split()
    settled = [False] * len(words)
    for length in (4, 3, 2, 1):
        while (best := _best_mend(words, settled, length, vocabulary, cutoff)) is not None:
            start, name = best
            words[start : start + length] = name.split()
            settled[start : start + length] = [True] * len(name.split())
            changed = True
    return " ".join(words) if changed else None


def _best_mend(
    words: list[str], settled: list[bool], length: int, vocabulary: Vocabulary, cutoff: float
) -> tuple[int, str] | None:
    """Where a phrase of `length` words is closest to a name, and the name; None if nowhere."""
    known = vocabulary.known
    said_right = _names_said(words, known)
    best: tuple[float, int, str] | None = None
    for start in range(len(words) - length + 1):
        phrase = " ".join(words[start : start + length])
        within = any(s <= start and start + length <= e for s, e in said_right)
        if len(phrase) < 4 or phrase in known or within or any(settled[start : start + length]):
            continue
        found = vocabulary.scored(phrase, cutoff)
        if found is None or found[1] == phrase or not _may_become(phrase, found[1]):
            continue
        if best is None or found[0] > best[0]:
            best = (found[0], start, found[1])
    return (best[1], best[2]) if best else None
