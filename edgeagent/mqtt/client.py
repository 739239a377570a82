"""A small thread-safe MQTT client over paho-mqtt 2.

paho's network loop runs on its own thread and reconnects with exponential
backoff (1 s to 30 s). Subscriptions are remembered and renewed on every
(re)connect. Handlers run on paho's thread: they must be quick, and an
exception in one is logged and dropped, never allowed to kill the loop.

Two kinds of message, never mixed: device commands (`send_command`) wait in the
outbox while the broker is unreachable and go out, in order, before anything
else on reconnect (after the rooms have settled who acts, when this room answered a
wake word alone: `settled`); telemetry (`publish`: events, state) is dropped and counted
while disconnected, so it can never displace a command; retained state is
republished by its owner after every reconnect. Telemetry goes at QoS 0
(`TELEMETRY_QOS`): paho lets only 20 unacknowledged QoS 1 messages be in flight,
and a burst of events at QoS 1 would make a command wait for their
acknowledgements (a slow or congested link: for good).

A command is delivered in the order it was decided, or not at all once it is older
than the outbox's `max_age_seconds`. The outbox tracks every command until its
PUBACK: on reconnect, what paho still holds unacknowledged (sent into a half-open
link, say) is taken back from paho and sent again ahead of the kept ones, or
reported as expired, instead of paho replaying it after newer commands. A command
without its PUBACK for `ACK_TIMEOUT_S` means the link is dead (a PUBACK takes
milliseconds): the connection is dropped then, not after 1.5 keepalives, and reset
(SO_LINGER 0) so the kernel stops retransmitting what the broker never got. With
MQTT 5 (`mqtt.protocol`, the default) each command also carries its remaining age as
the Message Expiry Interval, so a broker holding it for an offline device drops it
in time (a retained command excepted: it is the device's wanted state, kept for
whoever subscribes later).
"""

from __future__ import annotations

import logging
import math
import os
import socket
import ssl
import struct
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edgeagent.config import MqttSettings
from edgeagent.errors import EdgeAgentError
from edgeagent.pipeline.heartbeat import Heartbeat

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
    from edgeagent.mqtt.outbox import Command, Outbox

ACK_TIMEOUT_S = 10.0  # a command without its PUBACK this long: the link is dead (at most half the max age)
WATCH_PERIOD_S = 0.25
CONNACK_TIMEOUT_S = 5.0  # a connection attempt unanswered this long is given up (paho waits a keepalive)
# held for the rooms to settle: sent after this at the latest, a backstop well beyond the longest
# settle (rooms.settle_ms <= 10 s after the reconnect or after an end of speech that came later)
SETTLE_TIMEOUT_S = 30.0
PROTOCOLS = {"5": 5, "3.1.1": 4}  # mqtt.protocol -> paho's MQTTv5 / MQTTv311


class MqttClient:
    def __init__(
        self,
        settings: MqttSettings,
        *,
        client_id: str = "",
        will: Publish | None = None,
        outbox: Outbox | None = None,
        heartbeat: Heartbeat | None = None,
    ) -> None:
        """`outbox`: device commands (QoS 1) published while disconnected wait there and are sent on
        reconnect, and every command is tracked there until the broker acknowledges it (see the
        module's notes), by a watch thread that reports to `heartbeat`."""
        import paho.mqtt.client as paho
        from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

        self._settings = settings
        self._subscriptions: dict[str, tuple[int, Handler]] = {}
        self._lock = threading.Lock()
        self._connected = threading.Event()
        self._sending = threading.Lock()  # commands vs. the outbox flush on reconnect: one order
        self._closing = False
        self.dropped_telemetry = 0  # telemetry not sent because the broker was unreachable
        self._connect_callbacks: list[Callable[[], None]] = []
        self._outbox = outbox
        self._heartbeat = heartbeat or Heartbeat("mqtt-commands")
        self._watch: threading.Thread | None = None
        self._stop_watch = threading.Event()
        self.dropped_links = 0  # connections given up: a command's PUBACK or a wake claim never came back
        self._dropped_socket: object = None  # the one given up, until paho has noticed
        self._settling_since: float | None = None  # commands held since this reconnect (monotonic)
        if settings.protocol not in PROTOCOLS:
            known, got = ", ".join(PROTOCOLS), settings.protocol
            raise MqttError("protocol_config", f"mqtt.protocol: expected one of {known}, got {got!r}")
        protocol = MQTTProtocolVersion(PROTOCOLS[settings.protocol])
        self.v5 = protocol == paho.MQTTv5
        self._client = paho.Client(
            CallbackAPIVersion.VERSION2,
            client_id=client_id or f"edgeagent-{uuid.uuid4().hex[:8]}",
            protocol=protocol,
        )
        self._client.reconnect_delay_set(1, 30)
        self._client.on_connect = self._on_connect
        self._client.on_disconnect = self._on_disconnect
        self._client.on_message = self._on_message
        self._client.on_publish = self._on_publish
        if will is not None:
            self._client.will_set(will.topic, will.payload, qos=will.qos, retain=will.retain)
        if settings.username:
            self._client.username_pw_set(settings.username, _password(settings.password_file))
        if settings.uses_tls:
            _use_tls(self._client, settings)
        self._client.on_socket_open = self._on_socket_open
        self._opened_at: float | None = None  # when the socket of the attempt under way opened

    def connect(self, timeout_seconds: float = 10.0, *, required: bool = True) -> None:
        if self._outbox is not None and self._watch is None:
            self._watch = threading.Thread(target=self._watch_commands, name="mqtt-commands", daemon=True)
            self._watch.start()
        self._connect(timeout_seconds, required=required)

    def _connect(self, timeout_seconds: float, *, required: bool) -> None:
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

    def send_command(self, message: Publish, *, wake: str = "") -> None:
        """A device command: sent now, or kept in the outbox (if any) until the broker is back (and the
        rooms have settled which one acts). `wake`: the wake claim it answers, when its room answered
        alone with other rooms about (mqtt/arbiter.py)."""
        with self._sending:
            if self._outbox is None:
                self._send(message)
            elif not self.connected or self._settling_since is not None or wake:
                if wake and self.connected and self._settling_since is None:
                    self._settling_since = time.monotonic()  # decided after the reconnect: held too
                self._outbox.keep(message, wake)
            else:
                self._send_command(self._outbox, self._outbox.decided(message, wake))

    def settled(self, elsewhere: set[str], waiting: frozenset[str] = frozenset()) -> None:
        """The rooms have settled which one acts on the wake words heard while they could not talk: the
        commands held since the reconnect go out in order, but those of the wake claims in `elsewhere`
        (another room acted on them), which are never sent, and from the first of a claim still
        `waiting` on (heard over a link that died since: settled after the next reconnect) on, which
        stay held."""
        outbox = self._outbox
        with self._sending:
            if outbox is None or self._settling_since is None:
                return
            self._settling_since = None
            fresh = outbox.take_kept()  # what is in flight (sent before the hold) stays with paho
            outbox.answered_elsewhere([c for c in fresh if c.wake in elsewhere])
            kept = [c for c in fresh if c.wake not in elsewhere]
            cut = next((i for i, c in enumerate(kept) if c.wake in waiting), len(kept))
            if not self.connected:  # lost again meanwhile: they wait for the next reconnect
                cut = 0
            for command in kept[:cut]:
                self._send_command(outbox, command)
            if kept[cut:]:
                outbox.put_back(kept[cut:])
                self._settling_since = time.monotonic() if self.connected else None

    def _send_command(self, outbox: Outbox, command: Command) -> None:
        """Under `_sending`: published with what is left of its age as its expiry (MQTT 5), tracked.
        A retained command gets no expiry: it stands for the device's wanted state, for whoever comes
        later, and expiring it would delete it from the broker."""
        properties = None
        if self.v5 and not command.message.retain:
            from paho.mqtt.packettypes import PacketTypes
            from paho.mqtt.properties import Properties

            properties = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]
            properties.MessageExpiryInterval = max(1, math.ceil(outbox.remaining_seconds(command)))
        info = self._send(command.message, properties)
        if command.message.qos > 0:
            outbox.sent(info.mid, command, info)

    def _send(self, message: Publish, properties: Any = None) -> Any:
        info = self._client.publish(
            message.topic, message.payload, qos=message.qos, retain=message.retain, properties=properties
        )
        if info.rc != 0:  # the connection dropped a moment ago: sent again after reconnecting
            logger.warning("MQTT publish to %s queued by paho (rc %s)", message.topic, info.rc)
        return info

    def close(self) -> None:
        self._closing = True
        self._stop_watch.set()
        # a clean goodbye (DISCONNECT, then FIN), unless a command is unacknowledged: the kernel would
        # go on retransmitting it after the process is gone
        unacked = self._outbox is not None and self._outbox.longest_unacked_wait() is not None
        _set_linger(self._client.socket(), reset=unacked)
        self._client.disconnect()
        self._client.loop_stop()
        if self._watch is not None:
            self._watch.join(timeout=2)

    def _on_connect(
        self, client: object, userdata: object, flags: object, reason: object, props: object
    ) -> None:
        if getattr(reason, "is_failure", False):
            hint = ' (mqtt.protocol = "3.1.1" for a broker without MQTT 5)' if self.v5 else ""
            logger.error("MQTT broker refused the connection: %s%s", reason, hint)
            return
        with self._lock:
            subscriptions = list(self._subscriptions.items())
        for topic_filter, (qos, _) in subscriptions:
            self._client.subscribe(topic_filter, qos)
        logger.info("connected to MQTT broker %s:%d", self._settings.host, self._settings.port)
        self._opened_at = None
        with self._sending:  # waiting commands first, in the order decided; new ones wait for them
            outbox = self._outbox
            if outbox is not None:
                # paho would replay what it holds unacknowledged after this callback, behind anything
                # sent here, and however old: take it back, and send what is still fresh in order
                forget, fresh = outbox.take_for_reconnect()
                self._forget(forget)
                if any(c.wake for c in fresh):  # answered alone: held until the rooms settle (`settled`)
                    outbox.put_back(fresh)
                    self._settling_since = time.monotonic()
                else:
                    for command in fresh:
                        self._send_command(outbox, command)
            self._connected.set()
        for callback in self._connect_callbacks:
            try:
                callback()
            except Exception:  # one broken hook must not stop the others or the loop
                logger.exception("an on-connect hook failed")

    def _on_socket_open(self, client: object, userdata: object, sock: Any) -> None:
        self._opened_at = time.monotonic()
        _no_delay(client, userdata, sock)

    def _on_disconnect(
        self, client: object, userdata: object, flags: object, reason: object, props: object
    ) -> None:
        self._connected.clear()
        if not self._closing:
            logger.warning("disconnected from MQTT broker (%s); reconnecting", reason)

    def _on_publish(self, client: object, userdata: object, mid: int, reason: object, props: object) -> None:
        refused = bool(getattr(reason, "is_failure", False))  # MQTT 5: the broker took it but refused it
        if refused:
            logger.error("the broker refused message %d: %s", mid, reason)
        if self._outbox is not None:  # never `_sending` here: paho holds its message lock (lock order)
            self._outbox.acked(mid, refused=refused)

    def _forget(self, mids: list[int]) -> None:
        """Take unacknowledged messages back from paho, so it never replays them. paho has no API for
        this: its queue (`_out_messages`, under `_out_message_mutex`) is used directly, checked by
        tests/unit/test_command_order.py against the installed paho."""
        if not mids:
            return
        queue = getattr(self._client, "_out_messages", None)
        mutex = getattr(self._client, "_out_message_mutex", None)
        if queue is None or mutex is None:
            logger.error(
                "this paho-mqtt cannot forget %d unacknowledged commands: they may come late", len(mids)
            )
            return
        with mutex:
            for mid in mids:
                queue.pop(mid, None)

    def _watch_commands(self) -> None:
        """A command without its PUBACK for long, or a connection attempt without its CONNACK: drop the
        dead link (paho would wait for 1.5 keepalives, or one); a command past its age while the broker is
        unreachable: reported now, not when it comes back."""
        outbox, beat = self._outbox, self._heartbeat
        assert outbox is not None
        try:
            while not self._stop_watch.wait(WATCH_PERIOD_S):
                beat.busy("checking unacknowledged commands")
                try:
                    self._check_connecting()
                    self._check_settling()
                    self._check_commands(outbox)
                except Exception:  # the watch must go on
                    logger.exception("checking unacknowledged commands failed")
                beat.idle()
        except BaseException:
            beat.ended(failed=True)
            raise
        beat.ended(failed=False)

    def _check_connecting(self) -> None:
        """A connection attempt made into a dead link (a half-open path: the TCP connect succeeds, no
        CONNACK ever comes) is given up after `CONNACK_TIMEOUT_S`, not after paho's keepalive."""
        opened_at = self._opened_at
        if self.connected or opened_at is None or time.monotonic() - opened_at <= CONNACK_TIMEOUT_S:
            return
        self._opened_at = None
        logger.warning(
            "the MQTT broker did not answer a connection in %.0f s: trying again", CONNACK_TIMEOUT_S
        )
        self._drop_link()

    def _check_settling(self) -> None:
        """Commands held for the rooms to settle go out after `SETTLE_TIMEOUT_S` whatever happens (an
        arbiter that never settles must not keep them until they expire)."""
        since = self._settling_since
        if since is not None and time.monotonic() - since > SETTLE_TIMEOUT_S:
            logger.warning("the rooms did not settle in %.0f s: sending the held commands", SETTLE_TIMEOUT_S)
            self.settled(set())

    def _check_commands(self, outbox: Outbox) -> None:
        if self.connected:
            age = outbox.longest_unacked_wait()
            sock = self._client.socket()
            if age is None or age <= min(ACK_TIMEOUT_S, outbox.max_age_seconds / 2):
                return
            if sock is not None and sock is not self._dropped_socket:
                self.dropped_links += 1
                logger.warning(
                    "no acknowledgement from the MQTT broker for a command in %.0f s: the link is dead;"
                    " reconnecting (%d so far)",
                    age,
                    self.dropped_links,
                )
                self._drop_link()
            return
        with self._sending:
            if not self.connected:  # not while on_connect is sending them again
                self._forget(outbox.expire())

    def drop_link(self, why: str) -> None:
        """Another part found the link dead (a wake claim that never came back): give it up now."""
        if self.connected:
            self.dropped_links += 1
            logger.warning("the MQTT link is dead (%s); reconnecting (%d so far)", why, self.dropped_links)
            self._drop_link()

    def _drop_link(self) -> None:
        """Give up the connection now: reset (no retransmission of what the broker never got), and paho,
        reading end-of-stream, reconnects as after any other loss."""
        sock = self._client.socket()
        if sock is None or sock is self._dropped_socket:
            return
        self._dropped_socket = sock
        try:
            raw = socket.socket(fileno=os.dup(sock.fileno()))
        except OSError as exc:
            logger.warning("cannot drop the MQTT link: %s", exc)
            return
        try:
            _set_linger(raw, reset=True)
            raw.shutdown(socket.SHUT_RD)
        except OSError as exc:
            logger.warning("cannot drop the MQTT link: %s", exc)
        finally:
            raw.close()

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
    """Commands are tiny: send each at once instead of waiting to fill a packet (Nagle). And a lost
    connection is reset when paho closes it (keepalive timeout, errors): the kernel must not keep
    retransmitting a command the broker never got, to deliver it minutes later (`close` says goodbye
    cleanly)."""
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except (OSError, AttributeError) as exc:  # not a TCP socket (a Unix socket, say): Nagle does not apply
        logger.debug("TCP_NODELAY not set: %s", exc)
    _set_linger(sock, reset=True)


def _set_linger(sock: Any, *, reset: bool) -> None:
    """`reset`: closing the socket discards what is unsent and sends RST; else the usual close."""
    if sock is None:
        return
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1 if reset else 0, 0))
    except (OSError, AttributeError, ValueError) as exc:
        logger.debug("SO_LINGER not set: %s", exc)
