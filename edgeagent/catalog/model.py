"""Entities and the live catalog that holds them.

An entity knows how to be commanded: `commands` maps an operation ("turn_on",
"brightness", "position", ...) to the topic and a payload renderer, exactly as
its source (Home Assistant discovery, Zigbee2MQTT, the config file) defines
them. Nothing can be published for an operation an entity does not list.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from edgeagent.mqtt.client import Publish

logger = logging.getLogger(__name__)

Render = Callable[[Any], str]  # operation value -> payload text


@dataclass(frozen=True, eq=False)
class Command:
    topic: str
    render: Render
    retain: bool = False

    def publish(self, value: Any = None) -> Publish:
        return Publish(self.topic, self.render(value), qos=1, retain=self.retain)


@dataclass(frozen=True, eq=False)
class StateReader:
    """Where an entity's state arrives, and how to read a value out of a payload."""

    topic: str
    read: Callable[[bytes], dict[str, Any]]  # payload -> {"state": ..., "brightness": ..., ...}


@dataclass(frozen=True)
class Limit:
    """The lowest and highest value an operation may set, in the device's own unit ("C", "F", "%")."""

    operation: str  # target_temperature, humidity, ...
    low: float
    high: float
    unit: str = ""

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True, eq=False)
class Entity:
    id: str  # unique across sources, e.g. "ha:light/kitchen_ceiling"
    name: str
    domain: str  # light, switch, fan, cover, climate, lock, valve, vacuum, lawn_mower, scene, ...
    source: str  # ha, z2m, config
    area: str = ""
    aliases: tuple[str, ...] = ()
    device_class: str = ""
    unit: str = ""
    commands: dict[str, Command] = field(default_factory=dict)
    states: tuple[StateReader, ...] = ()
    limits: tuple[Limit, ...] = ()  # the values an operation may take (a thermostat's min_temp/max_temp)

    def limit(self, operation: str) -> Limit | None:
        return next((limit for limit in self.limits if limit.operation == operation), None)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def signature(self) -> tuple[object, ...]:
        """What understanding depends on (templates' name lists, the LLM's prompt and schema)."""
        return (
            self.id,
            self.name,
            self.domain,
            self.area,
            self.aliases,
            self.device_class,
            self.unit,
            tuple(sorted(self.commands)),
            self.limits,
        )


def fold(text: str) -> str:
    """Lower case without accents or apostrophes: "Zoë's Café" -> "zoes cafe" (numbers kept as said)."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"['\u2019`]", "", text)


def normalize(name: str) -> str:
    """The form names are compared in: folded, single spaces, no punctuation."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s%]", " ", fold(name.replace("_", " ")))).strip()


def area_names(area: str) -> tuple[str, ...]:
    """What an area is called: its whole name and, for a name given in two languages, each part:
    "Sala (Living Room)" is also "Sala" and "Living Room", "Küche / Kitchen" "Küche" and "Kitchen"."""
    parts = [part.strip() for part in _AREA_PARTS.split(area) if part.strip()]
    return tuple(dict.fromkeys([area, *parts])) if len(parts) > 1 else (area,)


_AREA_PARTS = re.compile(r"[()\[\]/|]")


def spoken_areas(areas: Iterable[str]) -> dict[str, str]:
    """Each way an area is said (normalized) -> the area: whole names, and the parts of names in
    two languages that are no other area's name or part ("Living Room" of "Sala (Living Room)" is
    left out in a home that also has a "Living Room")."""
    areas = list(areas)
    spoken = {normalize(area): area for area in areas}
    owners: dict[str, set[str]] = {}
    for area in areas:
        for part in area_names(area)[1:]:
            owners.setdefault(normalize(part), set()).add(area)
    for part, owning in owners.items():
        if len(owning) == 1 and part and part not in spoken:
            spoken[part] = next(iter(owning))
    return spoken


class Catalog:
    """Thread-safe: MQTT handlers update it while turns read it."""

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}
        self._states: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self.version = 0  # bumped when what understanding depends on changed (see Entity.signature)
        self._revision = 0  # bumped on every replacement (state readers and payloads may change)
        self._index: dict[str, list[tuple[Entity, StateReader]]] = {}
        self._indexed_revision = -1
        self._listeners: list[Callable[[], None]] = []

    def put(self, entity: Entity) -> None:
        with self._lock:
            old = self._entities.get(entity.id)
            self._entities[entity.id] = entity
            self._bump(old is None or old.signature() != entity.signature())
        logger.debug("catalog: %s %r (%s, area %r)", entity.id, entity.name, entity.domain, entity.area)
        self._changed()

    def _bump(self, understood_differently: bool) -> None:
        """Call with the lock held."""
        self._revision += 1
        if understood_differently:
            self.version += 1

    def replace_source(self, source: str, prefix: str, entities: Iterable[Entity]) -> None:
        """Swap what one message announced: the id `prefix` itself, or everything under it
        when it ends in "/" or ":" (a device's components, a full device list)."""
        new = list(entities)
        with self._lock:
            replaced = [i for i, e in self._entities.items() if e.source == source and _under(i, prefix)]
            before = {self._entities[i].signature() for i in replaced}
            for entity_id in replaced:
                del self._entities[entity_id]
            for entity in new:
                self._entities[entity.id] = entity
            self._bump(before != {e.signature() for e in new})
        self._changed()

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call `callback` (outside the lock) after every change to the set of entities."""
        self._listeners.append(callback)

    def _changed(self) -> None:
        for callback in self._listeners:
            callback()

    def entities(self) -> list[Entity]:
        with self._lock:
            return list(self._entities.values())

    def get(self, entity_id: str) -> Entity | None:
        with self._lock:
            return self._entities.get(entity_id)

    def areas(self) -> list[str]:
        return sorted({e.area for e in self.entities() if e.area})

    def update_state(self, entity_id: str, values: dict[str, Any]) -> None:
        with self._lock:
            self._states.setdefault(entity_id, {}).update(values)

    def state(self, entity_id: str) -> dict[str, Any]:
        with self._lock:
            return dict(self._states.get(entity_id, {}))

    def state_readers(self) -> list[tuple[Entity, StateReader]]:
        return [(e, reader) for e in self.entities() for reader in e.states]

    def readers_for(self, topic: str) -> list[tuple[Entity, StateReader]]:
        """The readers of one state topic: indexed, since state messages may come thousands a second."""
        with self._lock:
            return list(self._state_index().get(topic, ()))

    def state_topics(self) -> set[str]:
        with self._lock:
            return set(self._state_index())

    def _state_index(self) -> dict[str, list[tuple[Entity, StateReader]]]:
        """Rebuilt only after the entities changed; call with the lock held."""
        if self._indexed_revision != self._revision:
            index: dict[str, list[tuple[Entity, StateReader]]] = {}
            for entity in self._entities.values():
                for reader in entity.states:
                    index.setdefault(reader.topic, []).append((entity, reader))
            self._index, self._indexed_revision = index, self._revision
        return self._index


def _under(entity_id: str, prefix: str) -> bool:
    return entity_id == prefix or (prefix[-1:] in ("/", ":") and entity_id.startswith(prefix))
