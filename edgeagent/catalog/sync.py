"""Keeps a Catalog live from MQTT: discovery, Zigbee2MQTT's device list, state topics.

Handlers run on the MQTT network thread. A malformed message is logged once
per topic (with the topic and the reason) and skipped; the rest of the
catalog keeps working.
"""

from __future__ import annotations

import logging
import threading
import time

from edgeagent.catalog import ha_discovery, zigbee2mqtt
from edgeagent.catalog.errors import CatalogError
from edgeagent.catalog.model import Catalog
from edgeagent.mqtt.client import MqttClient

logger = logging.getLogger(__name__)


class CatalogSync:
    def __init__(
        self, catalog: Catalog, client: MqttClient, *, discovery_prefix: str, z2m_base: str, ignore: str = ""
    ) -> None:
        self._ignore = ignore  # our own discovery topic: the assistant is not a device it commands
        self._catalog = catalog
        self._client = client
        self._prefix = discovery_prefix
        self._z2m_base = z2m_base
        self._reported: set[str] = set()
        self._state_topics: set[str] = set()
        self._last_payloads: dict[str, int] = {}  # topic -> hash of the description last applied
        self._last_message = time.monotonic()
        self._lock = threading.Lock()

    def start(self) -> None:
        self._client.subscribe(f"{self._prefix}/#", self._on_discovery)
        self._client.subscribe(f"{self._z2m_base}/bridge/devices", self._on_z2m_devices)
        self._catalog.on_change(self.follow_states)  # devices from any source, config reloads included
        self.follow_states()

    def wait_until_quiet(self, quiet_seconds: float = 0.3, timeout_seconds: float = 3.0) -> None:
        """Give the broker time to deliver its retained messages (for one-shot commands)."""
        deadline = time.monotonic() + timeout_seconds
        while time.monotonic() < deadline:
            with self._lock:
                idle = time.monotonic() - self._last_message
            if idle >= quiet_seconds:
                return
            time.sleep(0.05)

    def follow_states(self) -> None:
        """Subscribe to the state topic of every entity (new ones after catalog changes)."""
        with self._lock:
            new = self._catalog.state_topics() - self._state_topics
            self._state_topics |= new
        for topic in new:
            self._client.subscribe(topic, self._on_state)

    def _touch(self) -> None:
        with self._lock:
            self._last_message = time.monotonic()

    def _repeated(self, topic: str, payload: bytes) -> bool:
        """The same description as last time on this topic (sent again on every restart): nothing to do."""
        digest = hash(bytes(payload))
        with self._lock:
            if self._last_payloads.get(topic) == digest:
                return True
            self._last_payloads[topic] = digest
            return False

    def _on_discovery(self, topic: str, payload: bytes, retained: bool) -> None:
        self._touch()
        if not ha_discovery.is_discovery_topic(topic, self._prefix) or topic == self._ignore:
            return
        if self._repeated(topic, payload):
            return
        try:
            id_prefix, entities = ha_discovery.parse(topic, payload, self._prefix)
        except CatalogError as exc:
            self._report(topic, exc)
            return
        self._catalog.replace_source("ha", id_prefix, entities)

    def _on_z2m_devices(self, topic: str, payload: bytes, retained: bool) -> None:
        self._touch()
        if self._repeated(topic, payload):
            return
        try:
            entities = zigbee2mqtt.parse_devices(payload, self._z2m_base)
        except CatalogError as exc:
            self._report(topic, exc)
            return
        self._catalog.replace_source("z2m", "z2m:", entities)
        logger.info("zigbee2mqtt: %d entities", len(entities))

    def _on_state(self, topic: str, payload: bytes, retained: bool) -> None:
        for entity, reader in self._catalog.readers_for(topic):
            try:
                values = reader.read(payload)
            except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
                self._report(topic, CatalogError("state_unreadable", f"{topic}: {exc}"))
                continue
            if values:
                self._catalog.update_state(entity.id, values)

    def _report(self, topic: str, exc: CatalogError) -> None:
        if topic not in self._reported:
            self._reported.add(topic)
            logger.warning("skipped %s (%s)", exc, exc.code)
