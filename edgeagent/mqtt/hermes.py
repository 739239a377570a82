"""Optional Hermes (Rhasspy / Snips) compatibility, so existing automations keep working.

Out: `hermes/hotword/<id>/detected`, `hermes/asr/textCaptured`,
`hermes/intent/<intentName>`, `hermes/nlu/intentNotRecognized`.
In: `hermes/tts/say` (spoken when its siteId is ours or absent).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from edgeagent.mqtt.client import TELEMETRY_QOS, MqttClient, Publish
from edgeagent.mqtt.control import MAX_TEXT_CHARS
from edgeagent.pipeline import events
from edgeagent.pipeline.events import Event

logger = logging.getLogger(__name__)


class Hermes:
    def __init__(self, client: MqttClient, site: str, say: Callable[[str], None]) -> None:
        self._client = client
        self._site = site
        self._say = say
        self._last_text = ""

    def start(self) -> None:
        self._client.subscribe("hermes/tts/say", self._on_say)

    def on_event(self, event: Event) -> None:
        message = self._translate(event)
        if message is not None:
            topic, body = message
            body = {**body, "siteId": self._site}
            self._client.publish(Publish(topic, json.dumps(body), qos=TELEMETRY_QOS))

    def _translate(self, event: Event) -> tuple[str, dict[str, Any]] | None:
        fields = event.fields
        if event.event == events.WAKE:
            return f"hermes/hotword/{fields['model']}/detected", {"modelId": fields["model"]}
        if event.event == events.TRANSCRIPT:
            self._last_text = str(fields["text"])
            return "hermes/asr/textCaptured", {"text": self._last_text, "likelihood": 1.0, "seconds": 0.0}
        if event.event == events.INTENT and fields.get("source") == "none":
            return "hermes/nlu/intentNotRecognized", {"input": self._last_text}
        if event.event == events.INTENT:
            return f"hermes/intent/{fields['intent']}", {
                "input": self._last_text,
                "intent": {"intentName": fields["intent"], "confidenceScore": 1.0},
                "slots": [_slot(name, value) for name, value in dict(fields.get("slots", {})).items()],
            }
        return None

    def _on_say(self, topic: str, payload: bytes, retained: bool) -> None:
        try:
            message = json.loads(payload)
        except (ValueError, UnicodeDecodeError):
            logger.warning("dropped %s: not JSON", topic)
            return
        text = message.get("text") if isinstance(message, dict) else None
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
            logger.warning("dropped %s: text: expected 1-%d characters", topic, MAX_TEXT_CHARS)
            return
        if message.get("siteId") in (None, "", self._site) and not retained:
            self._say(text)


def _slot(name: str, value: Any) -> dict[str, Any]:
    raw = value[0] if isinstance(value, list) and value else value
    return {"slotName": name, "entity": name, "rawValue": str(raw), "value": {"kind": "Custom", "value": raw}}
