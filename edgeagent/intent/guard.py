"""Who may command what by voice: an allowlist, voice-disabled domains, and spoken confirmation.

What would open the home is held and asked back ("Unlock the Front door?"), judged by its
effect, not by the word said: unlocking (or toggling a lock that is not known to be unlocked),
and anything that would open a garage door, a gate or a door cover further (open, a position
above its current one, a toggle of one not known to be open); and locking too, when the words
were not all heard surely (`Hearing.sure`): an unsure "Lock the patio door." is what Whisper
makes of "unlock the patio door" in some voices. Only an explicit "yes" heard clearly
(`Hearing.confirms`: speech the recognizer was sure of, long enough to be a word) within the
confirmation window publishes it: a lone "Okay." is what Whisper writes for noise. This sits
after resolution, so templates and the language model pass through it alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from edgeagent.catalog.model import Entity, normalize
from edgeagent.config import SecuritySettings
from edgeagent.intent.actions import Operation
from edgeagent.intent.held import Asker, Held
from edgeagent.intent.lexicon import NO, YES, phrase
from edgeagent.intent.resolve import ResolveError
from edgeagent.mqtt.client import Publish

_SENSITIVE_COVERS = {"garage", "gate", "door"}
_SENSITIVE_WORDS = {"garage", "gate", "gates", "door", "doors"}  # a cover named so, whatever its class


@dataclass(frozen=True)
class _Held:
    messages: list[Publish]
    done_text: str


class Guard:
    def __init__(self, settings: SecuritySettings) -> None:
        self._settings = settings
        self._held: Held[_Held] = Held(settings.confirm_window_seconds)

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

    def permit_intent(self, name: str) -> None:
        """A custom intent by voice: refused (ResolveError) when the settings keep voice to some
        domains or devices and the intent is not among them, or voice is off for "custom"."""
        settings = self._settings
        refused = (
            "custom" in settings.voice_disabled_domains
            or (settings.allowed_domains and "custom" not in settings.allowed_domains)
            or (settings.allowed_devices and name not in settings.allowed_devices)
        )
        if refused:
            raise ResolveError("not_allowed", "Sorry, that can't be done by voice.")

    @property
    def window_seconds(self) -> float:
        """How long a question back waits for its answer."""
        return self._settings.confirm_window_seconds

    def needs_confirmation(
        self, entity: Entity, operation: Operation, state: dict[str, Any], *, sure: bool = True
    ) -> bool:
        """Would this operation unlock the home or open a garage, a gate or a door any further, or
        lock on words heard unsurely (`sure`)?"""
        if not self._settings.confirm_sensitive:
            return False
        name = operation.name
        if entity.domain == "lock":  # a toggle comes here as the operation it is (actions.operation_for)
            return name == "unlock" or not sure
        if entity.domain != "cover" or not _sensitive_cover(entity):
            return False
        if name == "position":
            return _number(operation.value) > _number(state.get("position", 0))
        return name == "open"

    def hold(self, messages: list[Publish], question: str, done_text: str, owner: Asker) -> str:
        self._held.hold(_Held(messages, done_text), owner)
        return question

    def holding(self) -> bool:
        return self._held.holding()

    def answer(self, text: str, asker: Asker, *, confirms: bool = True) -> tuple[list[Publish], str] | None:
        """A "yes" or "no" to what `asker`'s source was asked; None when the sentence is not such an
        answer. Only an explicit yes heard clearly (`confirms`) confirms; any other answer is a no.
        Pure: the act step calls `forget` once any sentence has been heard."""
        spoken = phrase(text)
        held = self._held.for_(asker)
        if held is None or spoken not in YES | NO:
            return None
        if spoken in YES and confirms:
            return held.messages, held.done_text
        return [], "Okay, I won't."

    def forget(self, *, turn: int | None = None, source: str | None = None) -> None:
        self._held.forget(turn=turn, source=source)


def _sensitive_cover(entity: Entity) -> bool:
    named = {w for name in entity.names for w in normalize(name).split()}
    return entity.device_class in _SENSITIVE_COVERS or bool(named & _SENSITIVE_WORDS)


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0
