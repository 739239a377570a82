"""A language-model answer as the model writes it: spoken piece by piece while it is still written.

The answer is a JSON string inside `{"answer": "..."}`; its characters are unescaped as they
arrive and cut into pieces worth speaking: the first clause (or the first dozen words of a
run-on sentence), then sentence by sentence.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator

ANSWER_START = '{"answer":"'
_SENTENCE_END = (".", "!", "?")
_CLAUSE_END = (",", ";", ":")
_FIRST_CLAUSE_MIN_WORDS = 3  # "Well," alone is not worth a pause
_FIRST_PIECE_MAX_WORDS = 12  # a run-on first sentence is cut at a word: speech starts anyway


def compact(text: str) -> str:
    return text.replace(" ", "").replace("\n", "")


def answer_pieces(head: str, pieces: Iterator[str]) -> Iterator[str]:
    """A JSON answer as the model writes it, in pieces to speak as soon as each ends:
    the first clause (or the first dozen words of a run-on sentence), then sentence by sentence."""
    chars = _answer_chars(head, pieces)
    pending, first = "", True
    try:
        for char in chars:
            pending += char
            if char == " " and _ends_piece(pending, first=first):
                yield pending.strip()
                pending, first = "", False
    finally:
        chars.close()  # stop the model writing the rest
    if pending.strip():
        yield pending.strip()


def _ends_piece(text: str, *, first: bool) -> bool:
    text = text.rstrip()
    if text.endswith(_SENTENCE_END):
        return True
    words = len(text.split())
    clause = text.endswith(_CLAUSE_END) and words >= _FIRST_CLAUSE_MIN_WORDS
    return first and (clause or words >= _FIRST_PIECE_MAX_WORDS)


_ESCAPES = {"n": " ", "t": " ", "r": " ", "b": "", "f": "", "/": "/", "\\": "\\", '"': '"'}


def _answer_chars(head: str, pieces: Iterator[str]) -> Generator[str, None, None]:
    """The characters of the answer's JSON string, unescaped (\\u00e9 too, and surrogate pairs such as
    an emoji's; a lone half is skipped), up to its closing quote."""
    chunks = _chain(head.split(":", 1)[1].lstrip().lstrip('"'), pieces)
    escape = ""  # the escape sequence being read, from its backslash on
    high = ""  # the first half of a surrogate pair, waiting for its second
    try:
        for chunk in chunks:
            for char in chunk:
                if escape:
                    escape += char
                    if escape[1] != "u" or len(escape) == 6:
                        text, high = _paired(high, _unescape(escape))
                        yield from text
                        escape = ""
                elif char == "\\":
                    escape = char
                elif char == '"':
                    return
                else:
                    yield char
    finally:
        chunks.close()


def _paired(high: str, char: str) -> tuple[str, str]:
    """(what to speak now, a high surrogate still waiting)."""
    if "\ud800" <= char <= "\udbff":
        return "", char
    if "\udc00" <= char <= "\udfff":
        if not high:
            return "", ""
        return (high + char).encode("utf-16", "surrogatepass").decode("utf-16"), ""
    return char, ""


def _unescape(sequence: str) -> str:
    if sequence[1] != "u":
        return _ESCAPES.get(sequence[1], sequence[1])
    try:
        return chr(int(sequence[2:], 16))
    except ValueError:
        return ""  # a broken escape is skipped, not spoken


def _chain(first: str, rest: Iterator[str]) -> Generator[str, None, None]:
    yield first
    yield from rest
