"""The home's own words for the transcriber: command verbs, area and device names as Whisper's prompt.

Whisper writes what it expects to hear; told the words of this home ("Turn on,
turn off, ... Kitchen, Study, Desk lamp, Hallway light."), it stops turning them
into other words ("best lamp", "whole way light", "Torb on") and stops repeating
a command to fill the silence after it. A list works better than example
sentences (measured in docs/performance.md). The prompt is rebuilt only when the
catalog's version moves, and cut to what Whisper reads of a prompt (about 220 tokens).
"""

from __future__ import annotations

import threading

from edgeagent.catalog.model import Catalog

MAX_PROMPT_CHARS = 600  # about 150 tokens: Whisper keeps the last 223 of a prompt
COMMAND_WORDS = {"en": "Turn on, turn off, set, open, close."}  # by `stt.language`


def home_words(catalog: Catalog, language: str = "en", max_chars: int = MAX_PROMPT_CHARS) -> str:
    """The language's command verbs, then areas (few, and said in most commands), then device names;
    each once, cut at `max_chars`. A home without devices gives no prompt at all."""
    verbs = COMMAND_WORDS.get(language, "")
    names = _names(catalog, max_chars - len(verbs))
    return " ".join(part for part in (verbs, names) if part) if names else ""


def _names(catalog: Catalog, max_chars: int) -> str:
    areas = catalog.areas()
    names = sorted({name for entity in catalog.entities() for name in entity.names if name})
    words: list[str] = []
    length = 0
    for word in [*areas, *(n for n in names if n not in areas)]:
        length += len(word) + 2
        if length > max_chars:
            break
        words.append(word)
    return f"{', '.join(words)}." if words else ""


class HomePrompt:
    """Whisper's prompt: the configured one, then the home's words; cached per catalog version."""

    def __init__(self, catalog: Catalog, configured: str = "", language: str = "en") -> None:
        self._catalog = catalog
        self._language = language
        self._configured = configured.strip()
        self._lock = threading.Lock()
        self._cached: tuple[int, str] = (-1, "")

    def __call__(self) -> str:
        version = self._catalog.version
        with self._lock:
            if self._cached[0] == version:
                return self._cached[1]
        prompt = " ".join(p for p in (self._configured, home_words(self._catalog, self._language)) if p)
        with self._lock:
            self._cached = (version, prompt)
        return prompt
