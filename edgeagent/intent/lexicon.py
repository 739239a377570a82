"""One word layer for everything that reads a sentence: words, numbers, yes/no/stop words, fillers.

Templates, grounding, the guard, questions back, stop words and the benches compare words in
one form (`words`: folded, lower case, no punctuation, apostrophes dropped, so "don't" is
"dont"), and read numbers one way (`numbers_in`: "13", "thirteen", "twenty one", "a hundred
and five", "22.5"), so no two of them can disagree about what was said.
"""

from __future__ import annotations

import re

from edgeagent.catalog.model import normalize

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {
    **{word: value for value, word in enumerate(_UNITS)},
    **{word: 20 + 10 * i for i, word in enumerate(_TENS)},
}
_SCALE = {"hundred": 100}

# Answers to a question back. An explicit yes is a word that means nothing else; "okay" and
# "sure" are also what Whisper writes for noise, so they agree only where little is at stake.
YES = frozenset(
    {"yes", "yeah", "yep", "yes please", "confirm", "confirmed", "do it", "yes do it", "go ahead"}
)
YES_CASUAL = YES | {"sure", "ok", "okay", "alright", "all right", "of course", "correct", "please do"}
NO = frozenset({"no", "nope", "no thanks", "no thank you", "cancel", "dont", "do not", "dont do it", "stop"})
CANCEL = frozenset({"cancel", "never mind", "nevermind", "forget it", "no", "none", "neither", "nothing"})
STOP = frozenset(
    {
        "stop",
        "stop it",
        "stop now",
        "stop talking",
        "okay stop",
        "ok stop",
        "please stop",
        "cancel",
        "cancel that",
        "cancelled",  # what Whisper often writes for a "cancel" said alone
        "canceled",
        "be quiet",
        "quiet",
        "quiet please",
        "shut up",
        "hush",
        "enough",
        "thats enough",
        "silence",
        "never mind",
    }
)
# What people say around a request or an answer and that means nothing by itself.
FILLERS = frozenset({"um", "uh", "er", "erm", "hmm", "oh", "well", "so", "please", "just", "like", "hey"})
# Around an answer to an automation's question ("um, sure", "yes please", "I think so, thanks").
ANSWER_FILLERS = FILLERS | {"thanks", "thank", "you", "i", "think"}
# Said to the assistant with nothing held: acknowledged, never sent to a language model.
THANKS = frozenset({"thanks", "thank you", "thank you very much", "thanks a lot", "cheers", "thats great"})
ACKNOWLEDGEMENTS = YES_CASUAL | NO | THANKS | {"great", "cool", "nice", "good", "perfect", "got it", "fine"}


# Speech-to-text's slips of a verb, mended wherever a sentence is read: "turn of the pump" is an
# "off" (no language model may read it as "on"), "un lock the door" an unlock, never a lock
_SLIPS = (
    (re.compile(r"\b(turn|switch|turned|switched) of\b", re.IGNORECASE), r"\1 off"),
    (re.compile(r"^((?:turn|switch) .+) of$", re.IGNORECASE), r"\1 off"),  # "turn the fan of"
    (re.compile(r"\b(un) (lock|locked|latch)\b", re.IGNORECASE), r"\1\2"),
)
# "on lock the door", written as one phrase, is no English: an "unlock" heard as "on lock". Written
# apart ("On, lock the door") it may be a lock: only where the punctuation is still there to tell.
_UNLOCK_AS_ON_LOCK = re.compile(r"^(\W*(?:please |can you |could you )?)on (lock|latch)\b", re.IGNORECASE)


def slips_mended(text: str, *, punctuated: bool = True) -> str:
    """`text` with speech-to-text's verb slips mended, as it was written otherwise (case, punctuation).
    `punctuated`: the text still has the punctuation it was written with (not `plain` yet)."""
    if punctuated:
        text = _UNLOCK_AS_ON_LOCK.sub(r"\1un\2", text)
    for pattern, replacement in _SLIPS:
        text = pattern.sub(replacement, text)
    return text


def words(text: str) -> tuple[str, ...]:
    """The sentence's words as every reader compares them ("Don't!" -> ("dont",))."""
    return tuple(normalize(text).split())


def phrase(text: str) -> str:
    """The sentence as one comparable string, fillers at either end dropped ("um, yes please")."""
    said = list(words(text))
    while said and said[0] in FILLERS:
        said.pop(0)
    while said and said[-1] in FILLERS - {"please"}:
        said.pop()
    return " ".join(said)


def numbers_in(text: str) -> set[float]:
    """Every number said, in digits or words: "13", "thirteen", "twenty one" (21, and 20 and 1),
    "one hundred and five" (105), "22.5", "-5" and "minus five" (-5, not 5)."""
    found = {float(n) for n in re.findall(r"(?<![\d.])-?\d+(?:\.\d+)?", text)}
    said = [w for w in words(text) if w != "and"]
    for start in range(len(said)):
        value = _spelled_from(said, start)
        if value is not None:
            found.add(float(value))
            found.add(float(NUMBER_WORDS.get(said[start], value)))
    return _signed(found, said)


def _signed(found: set[float], said: list[str]) -> set[float]:
    """ "minus 10", "negative five": -10 and -5, and no 10 or 5 unless said elsewhere."""
    negated = {i + 1 for i, w in enumerate(said) if w in ("minus", "negative")}
    for at in negated & set(range(len(said))):
        digits = re.fullmatch(r"\d+(?:\.\d+)?", said[at])
        value = float(digits.group()) if digits else _spelled_from(said, at)
        if value is not None:
            found.add(-float(value))
            if sum(1 for w in said if w == said[at]) == 1:
                found.discard(float(value))
    return found


def _spelled_from(said: list[str], start: int) -> int | None:
    """The longest number spelled from `said[start]` on ("one hundred five" -> 105)."""
    first = said[start]
    if first in ("a", "one") and said[start + 1 : start + 2] == ["hundred"]:
        value, at = 100, start + 2
    elif first in NUMBER_WORDS:
        value, at = NUMBER_WORDS[first], start + 1
        if said[at : at + 1] == ["hundred"]:
            value, at = value * _SCALE["hundred"], at + 1
    else:
        return None
    return _plus_rest(value, said, at)


def _plus_rest(value: int, said: list[str], at: int) -> int:
    """ "twenty" + "one"; "hundred" + "twenty one"."""
    following = said[at] if at < len(said) else ""
    if value >= 100 and value % 100 == 0 and following in NUMBER_WORDS:
        rest = NUMBER_WORDS[following]
        after = said[at + 1] if at + 1 < len(said) else ""
        if rest >= 20 and NUMBER_WORDS.get(after, 10) < 10:
            rest += NUMBER_WORDS[after]
        return value + rest
    if 20 <= value < 100 and value % 10 == 0 and NUMBER_WORDS.get(following, 10) < 10:
        return value + NUMBER_WORDS[following]
    return value
