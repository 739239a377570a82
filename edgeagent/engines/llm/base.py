"""Language model: a fixed prefix (system prompt) kept prefilled, then turns on top of it.

`prime(prefix)` prefills the instructions, tools and catalog once; `generate`
appends one user turn, streams the reply token by token (checking `cancel`
between tokens), and then rewinds to the prefix so the next turn starts from
the same prefilled state instead of prefilling it again. `history` puts earlier
exchanges (user text, reply) between the prefix and the turn, for follow-up
questions; an engine with a bounded context drops the oldest that do not fit.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Protocol

from edgeagent.errors import EdgeAgentError

History = tuple[tuple[str, str], ...]  # earlier (user text, reply) pairs, oldest first


class LlmError(EdgeAgentError):
    stage = "llm"


class LlmEngine(Protocol):
    def prime(
        self,
        prefix: str,
        schemas: tuple[str | None, ...] = (None,),
        *,
        examples: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """Prefill the system prompt `prefix` and worked turns (user text, reply) once per schema that
        turns will use (again only when the catalog changed)."""
        ...

    def generate(
        self,
        user_text: str,
        *,
        max_tokens: int,
        cancel: threading.Event,
        schema: str | None = None,
        history: History = (),
    ) -> Iterator[str]:
        """Text pieces of the reply to `user_text` after the prefix (and `history`); JSON matching
        `schema` if given."""
        ...

    def close(self) -> None: ...
