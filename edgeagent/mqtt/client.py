"""A small thread-safe MQTT client over paho-mqtt 2.

paho's network loop runs on its own thread and reconnects with exponential
backoff (1 s to 30 s). Subscriptions are remembered and renewed on every
(re)connect. Handlers run on paho's thread: they must be quick, and an
exception in one is logged and dropped, never allowed to kill the loop.

Two kinds of message, never mixed: device commands (`send_command`) wait in the
outbox while the broker is unreachable and go out, in order, before anything
else on reconnect; telemetry (`publish`: events, state) is dropped and counted
while disconnected, so it can never displace a command; retained state is
republished by its owner after every reconnect. Telemetry goes at QoS 0
(`TELEMETRY_QOS`): paho lets only 20 unacknowledged QoS 1 messages be in flight,
and a burst of events at QoS 1 would make a command wait for their
acknowledgements (a slow or congested link: for good).
"""

from __future__ import annotations

import logging
import os
import socket
import ssl
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edgeagent.config import MqttSettings
from edgeagent.errors import EdgeAgentError

logger = logging.getLogger(__name__)

Handler = Callable[[str, bytes, bool], None]  # topic, payload, retained
PASSWORD_ENV_VAR = "EDGEAGENT_MQTT_PASSWORD"
TELEMETRY_QOS = 0  # events, state, discovery: never in the in-flight window commands need


class MqttError(EdgeAgentError):
    stage = "mqtt"


@dataclass(frozen=True)
class Publish:
    """One MQTT message to send: what actions become, and what `understand` prints."""

    topic: str
    payload: str
    qos: int = 1
    retain: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"topic": self.topic, "payload": self.payload, "qos": self.qos, "retain": self.retain}


if TYPE_CHECKING:
    from edgeagent.mqtt.outbox import Outbox


class MqttClient:
    def __init__(self, settings: MqttSettings, *, client_id: str = "", will: Publish | None = None) -> None:
        import paho.mqtt.client as paho
        from paho.mqtt.enums import CallbackAPIVersion

        self._settings = settings
        self._subscriptions: dict[str, tuple[int, Handler]] = {}
        self._lock = threading.Lock()
        self._connected = threading.Event()
        self._sending = threading.Lock()  # commands vs. the outbox flush on reconnect: one order
        self._closing = False
        self.dropped_telemetry = 0  # telemetry not sent because the broker was unreachable
        self._connect_callbacks: list[Callable[[], None]] = []
        self._outbox: Outbox | None = None
        self._client = paho.Client(
            CallbackAPIVersion.VERSION2,
            client_id=client_id or f"edgeagent-{uuid.uuid4().hex[:8]}",
        )
        self._client.reconnect_delay_set(1, 30)
        self._client.on_connect = self._on_connect
        self._client.on_disconnect = self._on_disconnect
        self._client.on_message = self._on_message
        if will is not None:
            self._client.will_set(will.topic, will.payload, qos=will.qos, retain=will.retain)
        if settings.username:
            self._client.username_pw_set(settings.username, _password(settings.password_file))
        if settings.uses_tls:
            _use_tls(self._client, settings)
        self._client.on_socket_open = _no_delay

    def connect(self, timeout_seconds: float = 10.0, *, required: bool = True) -> None:
        """Start the network loop and wait for the first connection.

        Not `required` (the daemon): a broker that does not answer is logged and
        the loop keeps retrying in the background.
        """
        host, port = self._settings.host, self._settings.port
        try:
            self._client.connect_async(host, port, keepalive=self._settings.keepalive_seconds)
        except (OSError, ValueError) as exc:
            raise MqttError("connect_failed", f"cannot connect to MQTT broker {host}:{port}: {exc}") from exc
        self._client.loop_start()
        if not self._connected.wait(timeout_seconds):
            if not required:
                logger.error("MQTT broker %s:%d does not answer yet; retrying in the background", host, port)
                return
            self.close()
            raise MqttError(
                "broker_unreachable",
                f"no answer from MQTT broker {host}:{port} within {timeout_seconds:.0f} s",
            )

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def on_connect(self, callback: Callable[[], None]) -> None:
        """Run `callback` after every (re)connection, once subscriptions are renewed."""
        self._connect_callbacks.append(callback)

    def subscribe(self, topic_filter: str, handler: Handler, qos: int = 1) -> None:
        with self._lock:
            self._subscriptions[topic_filter] = (qos, handler)
        if self.connected:
            self._client.subscribe(topic_filter, qos)

    def use_outbox(self, outbox: Outbox) -> None:
        """Commands (QoS 1) published while disconnected go to `outbox` and are sent on reconnect."""
        self._outbox = outbox

    def publish(self, message: Publish, *, wait_seconds: float | None = None) -> bool:
        """Telemetry: sent when connected; while disconnected dropped and counted (False)."""
        if not self.connected:
            self.dropped_telemetry += 1
            logger.debug("broker unreachable: telemetry to %s dropped", message.topic)
            return False
        info = self._send(message)
        if info.rc == 0 and wait_seconds is not None:
            info.wait_for_publish(wait_seconds)
        return bool(info.rc == 0)

    def send_command(self, message: Publish) -> None:
        """A device command: sent now, or kept in the outbox (if any) until the broker is back."""
        with self._sending:
            if self._outbox is not None and not self.connected:
                self._outbox.keep(message)
                return
            self._send(message)

    def _send(self, message: Publish) -> Any:
        info = self._client.publish(message.topic, message.payload, qos=message.qos, retain=message.retain)
        if info.rc != 0:  # the connection dropped a moment ago: paho resends QoS 1 after reconnecting
            logger.warning("MQTT publish to %s queued by paho (rc %s)", message.topic, info.rc)
        return info

    def close(self) -> None:
        self._closing = True
        self._client.disconnect()
        self._client.loop_stop()

    def _on_connect(
        self, client: object, userdata: object, flags: object, reason: object, props: object
    ) -> None:
        if getattr(reason, "is_failure", False):
            logger.error("MQTT broker refused the connection: %s", reason)
            return
        with self._lock:
            subscriptions = list(self._subscriptions.items())
        for topic_filter, (qos, _) in subscriptions:
            self._client.subscribe(topic_filter, qos)
        logger.info("connected to MQTT broker %s:%d", self._settings.host, self._settings.port)
        with self._sending:  # kept commands first, in order; new ones wait for them
            for message in self._outbox.take_fresh() if self._outbox is not None else []:
                self._send(message)
            self._connected.set()
        for callback in self._connect_callbacks:
            try:
                callback()
            except Exception:  # one broken hook must not stop the others or the loop
                logger.exception("an on-connect hook failed")

    def _on_disconnect(
        self, client: object, userdata: object, flags: object, reason: object, props: object
    ) -> None:
        self._connected.clear()
        if not self._closing:
            logger.warning("disconnected from MQTT broker (%s); reconnecting", reason)

    def _on_message(self, client: object, userdata: object, message: object) -> None:
        topic: str = message.topic  # type: ignore[attr-defined]
        for handler in self._handlers_for(topic):
            try:
                handler(topic, message.payload, bool(message.retain))  # type: ignore[attr-defined]
            except Exception:  # a bad message must never kill the network loop
                logger.exception("handling a message on %s failed; dropped", topic)

    def _handlers_for(self, topic: str) -> list[Handler]:
        import paho.mqtt.client as paho

        with self._lock:
            return [h for f, (_, h) in self._subscriptions.items() if paho.topic_matches_sub(f, topic)]


def _password(path: str) -> str | None:
    """From the password file; without one, from the environment; never from the config itself."""
    if not path:
        return os.environ.get(PASSWORD_ENV_VAR)
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise MqttError(
            "secret_unreadable", f"mqtt.password_file: cannot read {path} ({exc.strerror})"
        ) from exc


def _use_tls(client: Any, settings: MqttSettings) -> None:
    if bool(settings.cert_file) != bool(settings.key_file):
        raise MqttError("tls_config", "mqtt.cert_file and mqtt.key_file: set both or neither")
    for key in ("ca_file", "cert_file", "key_file"):
        path = getattr(settings, key)
        if path and not os.access(path, os.R_OK):
            raise MqttError("tls_config", f"mqtt.{key}: cannot read {path}")
    try:
        client.tls_set(
            ca_certs=settings.ca_file or None,
            certfile=settings.cert_file or None,
            keyfile=settings.key_file or None,
        )
    except (ssl.SSLError, ValueError, OSError) as exc:
        raise MqttError("tls_config", f"mqtt TLS files are not usable: {exc}") from exc


def _no_delay(client: object, userdata: object, sock: Any) -> None:
    """Commands are tiny: send each at once instead of waiting to fill a packet (Nagle)."""
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except (OSError, AttributeError) as exc:  # not a TCP socket (a Unix socket, say): Nagle does not apply
        logger.debug("TCP_NODELAY not set: %s", exc)
