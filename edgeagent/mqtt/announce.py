"""Home-wide and per-area announcements: `edgeagent/home/announce` with `{"text", "area"?, "chime"?}`.

Every assistant subscribes; one with no `area` in the message, or standing in that area
(`intent.area`), speaks it after its turn in progress, with a chime first unless the
message (or `rooms.announce_chime`) says not to. Plain text is an announcement to all.
Malformed messages are logged and dropped.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from edgeagent.catalog.model import normalize
from edgeagent.mqtt.client import MqttClient
from edgeagent.mqtt.control import MAX_TEXT_CHARS, text_payload

logger = logging.getLogger(__name__)

TOPIC = "edgeagent/home/announce"


class Announcements:
    def __init__(
        self, client: MqttClient, area: str, speak: Callable[[str, bool], None], *, chime: bool = True
    ) -> None:
        self._client = client
        self._area = normalize(area)
        self._speak = speak  # (text, with a chime first)
        self._chime = chime

    def start(self) -> None:
        self._client.subscribe(TOPIC, self._on_announce)

    def _on_announce(self, topic: str, payload: bytes, retained: bool) -> None:
        if retained:  # an old announcement must not be repeated at every reconnection
            return
        message = parse_announcement(topic, payload)
        if message is None:
            return
        text, area, chime = message
        if area and normalize(area) != self._area:
            logger.debug("announcement for the %s: not here (%s)", area, self._area or "no area")
            return
        self._speak(text, self._chime if chime is None else chime)


def parse_announcement(topic: str, payload: bytes) -> tuple[str, str, bool | None] | None:
    """(text, area, chime) of a valid announcement; None (logged) for anything else."""
    raw = payload.strip()
    if not raw.startswith(b"{"):
        text = text_payload(topic, payload)
        return (text, "", None) if text else None
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        logger.warning("dropped %s: invalid JSON", topic)
        return None
    text, area, chime = data.get("text"), data.get("area", ""), data.get("chime")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        logger.warning("dropped %s: text: expected 1-%d characters", topic, MAX_TEXT_CHARS)
        return None
    if not isinstance(area, str) or (chime is not None and not isinstance(chime, bool)):
        logger.warning("dropped %s: area must be text and chime true or false", topic)
        return None
    return text.strip(), area, chime
