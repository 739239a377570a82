"""Word error counts for transcripts: what the bench and the window benchmark compare."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein


def words(text: str) -> list[str]:
    """Lower-case words; "%" is the word "percent" (digits and number words stay different words)."""
    return re.sub(r"[^a-z0-9 ]", " ", text.lower().replace("%", " percent")).split()


def word_errors(reference: str, heard: str) -> int:
    """Substitutions, insertions and deletions between the two word sequences."""
    return int(Levenshtein.distance(words(reference), words(heard)))


def error_rate(pairs: list[tuple[str, str]]) -> float:
    """Word error rate over (reference, heard) pairs."""
    total = sum(len(words(reference)) for reference, _ in pairs)
    errors = sum(word_errors(reference, heard) for reference, heard in pairs)
    return round(errors / total, 3) if total else float("nan")
