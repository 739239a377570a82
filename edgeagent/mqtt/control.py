"""The daemon's MQTT control surface (CONTRACTS.md), under `edgeagent/<site>/`.

Out: `availability` (retained, also the last will), `state` (retained), `mute`
(retained), `event/<type>` for every pipeline event. In: `listen`, `ask`, `say`,
`mute/set`, `stop`, `wake_threshold/set`, `volume/set`, `ask_question` (whose answer goes out
on `answer`). Inbound payloads are validated; a
malformed one is logged and dropped. After every (re)connection availability,
state, mute and the Home Assistant discovery of the assistant are published
again.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from edgeagent.mqtt import ha_self
from edgeagent.mqtt.client import TELEMETRY_QOS, MqttClient, Publish
from edgeagent.pipeline import events
from edgeagent.pipeline.conversation import AnswerChoice, Question
from edgeagent.pipeline.events import Event

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 1000
# What starts a turn on `listen`: nothing, a button's press, a yes, a number (Node-RED's inject sends a
# timestamp); JSON objects are options (none yet).
_LISTEN_WORDS = {"", "press", "listen", "start", "on", "true"}
_STATE_AFTER = {
    events.WAKE: "listening",
    events.LISTENING: "listening",
    events.SPEECH_END: "thinking",
    events.TRANSCRIPT: "thinking",
    events.TTS: "speaking",
    events.TURN_END: "idle",
}


class Controlled(Protocol):
    """What the control surface drives (the Pipeline, and the wake engine's threshold)."""

    def listen_now(self) -> None: ...
    def ask(self, text: str) -> None: ...
    def announce(self, text: str) -> None: ...
    def ask_question(self, question: Question) -> None: ...
    def set_muted(self, muted: bool) -> None: ...
    def set_volume(self, percent: int) -> None: ...
    def cancel_turn(self) -> None: ...

    @property
    def muted(self) -> bool: ...

    @property
    def volume_percent(self) -> int: ...


@dataclass(frozen=True)
class Topics:
    """The control surface's topics under one base, `edgeagent/<site>`."""

    base: str

    def at(self, suffix: str) -> str:
        return f"{self.base}/{suffix}"

    @property
    def availability(self) -> str:
        return self.at("availability")

    @property
    def state(self) -> str:
        return self.at("state")

    @property
    def mute(self) -> str:
        return self.at("mute")

    @property
    def mute_set(self) -> str:
        return self.at("mute/set")

    @property
    def threshold(self) -> str:
        return self.at("wake_threshold")

    @property
    def threshold_set(self) -> str:
        return self.at("wake_threshold/set")

    def event(self, kind: str) -> str:
        return self.at(f"event/{kind}")


def availability_will(site: str) -> Publish:
    return Publish(Topics(f"edgeagent/{site}").availability, "offline", qos=1, retain=True)


class ControlSurface:
    def __init__(
        self,
        client: MqttClient,
        target: Controlled,
        site: str,
        *,
        set_threshold: Callable[[float], None],
        threshold: float,
        discovery_prefix: str = "homeassistant",
    ) -> None:
        self._client = client
        self._target = target
        self._site = site
        self.topics = Topics(f"edgeagent/{site}")
        self._set_threshold = set_threshold
        self._threshold = threshold
        self.chosen_threshold = 0.0  # set over MQTT (kept across restarts); 0 = the config's
        self._prefix = discovery_prefix
        self._state = "idle"
        self._lock = threading.Lock()
        self._online = False  # `online` only once the pipeline runs

    def start(self) -> None:
        """Subscribe to the inputs and publish the retained outputs on every connection."""
        handlers = {
            self.topics.at("listen"): self._on_listen,
            self.topics.at("ask"): self._on_ask,
            self.topics.at("say"): self._on_say,
            self.topics.at("ask_question"): self._on_ask_question,
            self.topics.mute_set: self._on_mute,
            self.topics.at("stop"): self._on_stop,
            self.topics.threshold_set: self._on_threshold,
            self.topics.at("volume/set"): self._on_volume,
            f"{self._prefix}/status": self._on_ha_status,
        }
        for topic, handler in handlers.items():
            self._client.subscribe(topic, handler)
        self._client.on_connect(self.publish_all)

    def go_online(self) -> None:
        self._online = True
        self.publish_all()

    def publish_all(self) -> None:
        """After every (re)connection: availability, mute, state, threshold, discovery."""
        if not self._online or not self._client.connected:
            return
        self._publish(self.topics.availability, "online", retain=True)
        self._publish(self.topics.mute, "ON" if self._target.muted else "OFF", retain=True)
        self._publish(self.topics.state, self._current_state(), retain=True)
        self._publish(self.topics.threshold, f"{self._threshold:.2f}", retain=True)
        self._publish(self.topics.at("volume"), str(self._target.volume_percent), retain=True)
        self._publish_discovery()

    def publish_losses(self, counts: dict[str, int]) -> None:
        """What the daemon lost since start (service/losses.py), retained: seen by whoever looks later."""
        self._publish(self.topics.at("losses"), json.dumps(counts), retain=True)

    def go_offline(self) -> None:
        """Before exiting: `offline` (retained), waited for so it is really sent."""
        self._online = False
        self._client.publish(
            Publish(self.topics.availability, "offline", qos=TELEMETRY_QOS, retain=True), wait_seconds=2
        )

    def on_event(self, event: Event) -> None:
        """An EventBus subscriber: events out, and the retained state kept current."""
        self._publish(self.topics.event(event.event), json.dumps(event.to_dict(), ensure_ascii=False))
        if event.event == events.ANSWER:  # a reply an automation waits for, one per question: QoS 1
            answer = {k: event.fields.get(k) for k in ("id", "answer", "text", "timeout")}
            self._client.publish(Publish(self.topics.at("answer"), json.dumps(answer, ensure_ascii=False)))
        new_state = _STATE_AFTER.get(event.event)
        with self._lock:
            changed = new_state is not None and new_state != self._state
            if changed:
                self._state = new_state  # type: ignore[assignment]
        if changed:
            self._publish(self.topics.state, self._current_state(), retain=True)

    def _current_state(self) -> str:
        with self._lock:
            return "muted" if self._target.muted and self._state == "idle" else self._state

    def _publish(self, topic: str, payload: str, *, retain: bool = False) -> None:
        """Telemetry (events, retained state, discovery): QoS 0, republished after every reconnect."""
        self._client.publish(Publish(topic, payload, qos=TELEMETRY_QOS, retain=retain))

    def _publish_discovery(self) -> None:
        topic, payload = ha_self.discovery(self._site, self.topics.base, self._prefix)
        self._publish(topic, json.dumps(payload), retain=True)

    # -- inputs (on the MQTT thread: validate, hand over, return) --

    def _on_listen(self, topic: str, payload: bytes, retained: bool) -> None:
        if retained:  # a stale retained "listen" must not start a turn at every reconnect
            return
        if listen_payload(topic, payload):
            self._target.listen_now()

    def _on_ask(self, topic: str, payload: bytes, retained: bool) -> None:
        text = text_payload(topic, payload)
        if text and not retained:
            self._target.ask(text)

    def _on_say(self, topic: str, payload: bytes, retained: bool) -> None:
        text = text_payload(topic, payload)
        if text and not retained:
            self._target.announce(text)

    def _on_ask_question(self, topic: str, payload: bytes, retained: bool) -> None:
        question = question_payload(topic, payload)
        if question is not None and not retained:
            self._target.ask_question(question)

    def _on_mute(self, topic: str, payload: bytes, retained: bool) -> None:
        value = payload.decode("utf-8", errors="replace").strip().upper()
        if value not in ("ON", "OFF"):
            logger.warning("dropped %s: expected ON or OFF, got %r", topic, value[:40])
            return
        self._target.set_muted(value == "ON")
        self._publish(self.topics.mute, value, retain=True)
        self._publish(self.topics.state, self._current_state(), retain=True)

    def _on_stop(self, topic: str, payload: bytes, retained: bool) -> None:
        if not retained:
            self._target.cancel_turn()

    def _on_threshold(self, topic: str, payload: bytes, retained: bool) -> None:
        try:
            value = float(payload.decode("utf-8").strip())
        except (UnicodeDecodeError, ValueError):
            logger.warning("dropped %s: not a number: %r", topic, payload[:40])
            return
        if not 0.0 < value <= 1.0:
            logger.warning("dropped %s: %s is outside 0-1", topic, value)
            return
        self._threshold = self.chosen_threshold = value
        self._set_threshold(value)
        self._publish(self.topics.threshold, f"{value:.2f}", retain=True)

    def _on_volume(self, topic: str, payload: bytes, retained: bool) -> None:
        raw = payload.decode("utf-8", errors="replace").strip()
        try:
            value = round(float(raw))
        except (ValueError, OverflowError):
            logger.warning("dropped %s: not a number: %r", topic, raw[:40])
            return
        if not 0 <= value <= 100:
            logger.warning("dropped %s: %s is outside 0-100", topic, raw[:40])
            return
        self._target.set_volume(value)
        self._publish(self.topics.at("volume"), str(value), retain=True)

    def _on_ha_status(self, topic: str, payload: bytes, retained: bool) -> None:
        if payload.strip() == b"online":  # Home Assistant restarted: announce ourselves again
            self._publish_discovery()


def listen_payload(topic: str, payload: bytes) -> bool:
    """Empty, PRESS (Home Assistant's button), ON, a number or a JSON object; else logged and dropped."""
    raw = payload.decode("utf-8", errors="replace").strip()
    if raw.lower() in _LISTEN_WORDS or raw.isdigit():
        return True
    if raw.startswith("{"):
        try:
            return isinstance(json.loads(raw), dict)
        except ValueError:
            pass
    logger.warning(
        "dropped %s: expected nothing, PRESS, ON, a number or a JSON object, got %r", topic, raw[:40]
    )
    return False


def question_payload(topic: str, payload: bytes) -> Question | None:
    """`{"id", "text", "answers"?: [{"id", "sentences": [...]}]}`; anything else is logged and dropped."""
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        logger.warning("dropped %s: expected a JSON object", topic)
        return None
    problem = _question_problem(data)
    if problem:
        logger.warning("dropped %s: %s", topic, problem)
        return None
    given = data.get("answers") or ()
    answers = tuple(AnswerChoice(str(a["id"]), tuple(s.strip() for s in a["sentences"])) for a in given)
    return Question(str(data.get("id", "")), data["text"].strip(), answers)


def _question_problem(data: Any) -> str:
    """What is wrong with an `ask_question` payload ("" when nothing is)."""
    if not isinstance(data, dict):
        return "expected a JSON object"
    text = data.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return f"text: expected 1-{MAX_TEXT_CHARS} characters"
    if not isinstance(data.get("id", ""), str | int):
        return "id: expected a string"
    answers = data.get("answers") or []
    if not isinstance(answers, list):
        return "answers: expected a list"
    for i, answer in enumerate(answers):
        sentences = answer.get("sentences") if isinstance(answer, dict) else None
        if not isinstance(answer, dict) or not isinstance(answer.get("id"), str | int):
            return f"answers[{i}].id: expected a string"
        if not isinstance(sentences, list) or not all(isinstance(s, str) and s.strip() for s in sentences):
            return f"answers[{i}].sentences: expected a list of sentences"
    return ""


def text_payload(topic: str, payload: bytes) -> str | None:
    """Plain text, a JSON string, or {"text": "..."}; other JSON, broken JSON objects and anything
    else is logged and dropped. Text that only starts like JSON (`"Dinner" is ready`) is text."""
    try:
        raw = payload.decode("utf-8").strip()
    except UnicodeDecodeError:
        logger.warning("dropped %s: not UTF-8 text", topic)
        return None
    text: Any = raw
    if raw[:1] in ("{", "[", '"'):
        try:
            data = json.loads(raw)
        except ValueError:
            if raw.startswith("{"):
                logger.warning("dropped %s: invalid JSON", topic)
                return None
            data = raw
        text = data.get("text") if isinstance(data, dict) else data
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        logger.warning("dropped %s: expected text of 1-%d characters", topic, MAX_TEXT_CHARS)
        return None
    return text.strip()
