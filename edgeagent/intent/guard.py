"""Who may command what by voice: an allowlist, voice-disabled domains, and spoken confirmation.

Sensitive operations (unlocking a lock, opening a garage door or gate) are held
and asked back ("Unlock the Front door?"); only a "yes" within the confirmation
window publishes them. This sits after resolution, so templates and the
language model pass through it alike.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from edgeagent.catalog.model import Entity, normalize
from edgeagent.config import SecuritySettings
from edgeagent.intent.resolve import ResolveError
from edgeagent.mqtt.client import Publish

_YES = {"yes", "yeah", "yep", "yes please", "confirm", "do it", "sure", "correct", "ok", "okay"}
_NO = {"no", "nope", "no thanks", "cancel", "don't", "do not", "stop"}
_SENSITIVE_COVERS = {"garage", "gate", "door"}


@dataclass(frozen=True)
class _Held:
    messages: list[Publish]
    done_text: str
    expires_monotonic: float


class Guard:
    def __init__(self, settings: SecuritySettings) -> None:
        self._settings = settings
        self._held: _Held | None = None
        self._lock = threading.Lock()

    def permitted(self, entities: list[Entity]) -> list[Entity]:
        """The entities voice may command; an error that says why when none is left."""
        allowed = {normalize(n) for n in self._settings.allowed_devices}
        domains = self._settings.allowed_domains
        kept = [
            e
            for e in entities
            if e.domain not in self._settings.voice_disabled_domains
            and (not domains or e.domain in domains)
            and (not allowed or allowed & {normalize(n) for n in e.names})
        ]
        if entities and not kept:
            raise ResolveError("not_allowed", f"Sorry, the {entities[0].name} can't be controlled by voice.")
        return kept

    @property
    def window_seconds(self) -> float:
        """How long a question back waits for its answer."""
        return self._settings.confirm_window_seconds

    def needs_confirmation(self, entity: Entity, operation: str) -> bool:
        if not self._settings.confirm_sensitive:
            return False
        if entity.domain == "lock":
            return operation == "unlock"
        return entity.domain == "cover" and operation == "open" and entity.device_class in _SENSITIVE_COVERS

    def hold(self, messages: list[Publish], question: str, done_text: str) -> str:
        with self._lock:
            expires = time.monotonic() + self._settings.confirm_window_seconds
            self._held = _Held(messages, done_text, expires)
        return question

    def holding(self) -> bool:
        with self._lock:
            return self._held is not None

    def answer(self, text: str) -> tuple[list[Publish], str] | None:
        """A "yes" or "no" to the held operation; None when the sentence is not such an answer.
        Pure: the act step calls `forget` once any sentence has been heard."""
        spoken = normalize(text)
        with self._lock:
            held = self._held
        if held is None or time.monotonic() > held.expires_monotonic or spoken not in _YES | _NO:
            return None
        if spoken in _YES:
            return held.messages, held.done_text
        return [], "Okay, I won't."

    def forget(self) -> None:
        with self._lock:
            self._held = None
