"""The pipeline's responder: understand the transcript, publish the actions, return the reply."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from edgeagent.errors import EdgeAgentError
from edgeagent.intent.understand import Understanding
from edgeagent.mqtt.client import Publish
from edgeagent.pipeline import events
from edgeagent.pipeline.turn import Emit

logger = logging.getLogger(__name__)


class UnderstandingResponder:
    def __init__(self, understanding: Understanding, publish: Callable[[Publish], None] | None) -> None:
        self.understanding = understanding
        self._publish = publish

    def is_complete(self, text: str) -> bool:
        return self.understanding.recognizes(text)

    def respond(self, text: str, turn: int, emit: Emit) -> str | Iterator[str]:
        decision = self.understanding.decide(text)
        emit(events.INTENT, intent=decision.intent, slots=decision.slots, source=decision.source)
        for action in decision.actions:
            if self._publish is None:
                logger.warning("no MQTT broker configured: not published %s %s", action.topic, action.payload)
                emit(events.ERROR, stage="mqtt", code="mqtt_off", message=f"not published to {action.topic}")
                continue
            try:
                self._publish(action)
            except (EdgeAgentError, OSError, RuntimeError, ValueError) as exc:
                emit(events.ERROR, stage="mqtt", code="publish_failed", message=f"{action.topic}: {exc}")
                return "Sorry, I could not reach that device."
            emit(events.ACTION, **action.to_dict())
        return decision.stream if decision.stream is not None else decision.response
