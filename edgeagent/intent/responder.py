"""The pipeline's responder, the act step: understand the transcript, send the commands,
run the decision's other effects (timers, volume, a held confirmation), return the reply.

Every command of a decision is tried, even after one fails, and the reply names
the devices that could not be reached; a cancelled turn sends and does nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

from edgeagent.errors import EdgeAgentError
from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.intent.held import Asker
from edgeagent.intent.local import Effect
from edgeagent.intent.understand import Understanding
from edgeagent.mqtt.client import Publish
from edgeagent.pipeline import events
from edgeagent.pipeline.turn import VOICE, Emit

logger = logging.getLogger(__name__)


Publisher = Callable[[Publish, int], None]  # a command, and the turn that decided it


class ActingResponder:
    """Understands a transcript, acts on the decision (publishes its commands, runs its effects) and
    returns the reply: the turn's act step."""

    def __init__(self, understanding: Understanding, publish: Publisher | None) -> None:
        self._understanding = understanding  # replaced between turns by reloads: read once per turn
        self._publish = publish

    @property
    def understanding(self) -> Understanding:
        return self._understanding

    def use(self, understanding: Understanding) -> None:
        """A reload's new understanding: the next turn reads it, the turn in progress keeps its own."""
        self._understanding = understanding

    def is_complete(self, text: str) -> bool:
        return self.understanding.recognizes(text)

    def unanswered(self, turn: int | None = None) -> None:
        self.understanding.unanswered(turn=turn)

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = VOICE,
        hearing: Hearing = CLEAR,
    ) -> str | Iterator[str]:
        understanding = self.understanding
        decision = understanding.decide(text, cancel=cancel, asker=Asker(source, turn), hearing=hearing)
        emit(events.INTENT, intent=decision.intent, slots=decision.slots, source=decision.source)
        if cancel is not None and cancel.is_set():
            logger.info("turn %d stopped before its %d command(s) were sent", turn, len(decision.actions))
            return ""
        failed = [action.topic for action in decision.actions if not self._send(action, turn, emit)]
        for effect in decision.effects:
            self._run(effect, emit)
        if failed and len(failed) == len(decision.actions):
            return "Sorry, I could not reach " + ("that device." if len(failed) == 1 else "those devices.")
        if failed:
            return f"{decision.response} But {len(failed)} of {len(decision.actions)} could not be reached."
        return decision.stream if decision.stream is not None else decision.response

    def _run(self, effect: Effect, emit: Emit) -> None:
        try:
            effect.run()
        except (EdgeAgentError, OSError, RuntimeError, ValueError) as exc:
            logger.exception("could not %s", effect.what)
            emit(events.ERROR, stage="intent", code="effect_failed", message=f"{effect.what}: {exc}")

    def _send(self, action: Publish, turn: int, emit: Emit) -> bool:
        if self._publish is None:
            logger.warning("no MQTT broker configured: not published %s %s", action.topic, action.payload)
            emit(events.ERROR, stage="mqtt", code="mqtt_off", message=f"not published to {action.topic}")
            return True  # no broker by choice (a file run): the reply is still what was decided
        try:
            self._publish(action, turn)
        except (EdgeAgentError, OSError, RuntimeError, ValueError) as exc:
            emit(events.ERROR, stage="mqtt", code="publish_failed", message=f"{action.topic}: {exc}")
            return False
        emit(events.ACTION, **action.to_dict())
        return True
