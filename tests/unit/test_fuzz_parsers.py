"""Every parser of outside data, fed arbitrary input: a clear error or a quiet skip, never a crash."""

from __future__ import annotations

import contextlib
import json
import threading
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edgeagent.audio.sources import WavFileSource
from edgeagent.catalog import ha_discovery, zigbee2mqtt
from edgeagent.catalog.errors import CatalogError
from edgeagent.catalog.model import Catalog
from edgeagent.config import config_from_mapping
from edgeagent.errors import AudioError, ConfigError
from edgeagent.intent import llm, llm_prompt
from edgeagent.mqtt.control import text_payload
from tests import home

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)
discovery_keys = st.sampled_from(
    [
        "name",
        "cmd_t",
        "command_topic",
        "stat_t",
        "~",
        "dev",
        "schema",
        "bri_scl",
        "bri_cmd_t",
        "pl_on",
        "cmps",
        "p",
        "set_pos_t",
        "pos_open",
        "spd_rng_max",
        "pct_cmd_t",
        "modes",
        "mode_cmd_t",
        "sup_clrm",
        "val_tpl",
    ]
)
discovery_payloads = st.dictionaries(discovery_keys, json_values, max_size=8)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(
    component=st.sampled_from(
        [
            "light",
            "switch",
            "cover",
            "fan",
            "climate",
            "lock",
            "valve",
            "vacuum",
            "device",
            "sensor",
            "number",
            "select",
            "scene",
        ]
    ),
    payload=discovery_payloads,
)
def test_discovery_payloads(component: str, payload: dict[str, Any]) -> None:
    try:
        _, entities = ha_discovery.parse(f"homeassistant/{component}/x/config", json.dumps(payload).encode())
    except CatalogError:
        return
    for entity in entities:
        for command in entity.commands.values():
            for value in (None, 0, 50, 100, 2700, (255, 0, 0), "eco"):
                # A value the operation does not take (resolution never sends one) may raise these only.
                with contextlib.suppress(TypeError, ValueError, ZeroDivisionError):
                    command.publish(value)
        for reader in entity.states:
            reader.read(json.dumps(payload).encode())


@FAST
@given(raw=st.binary(max_size=300))
def test_discovery_bytes(raw: bytes) -> None:
    with contextlib.suppress(CatalogError):
        ha_discovery.parse("homeassistant/light/x/config", raw)


@FAST
@given(
    devices=st.lists(
        st.dictionaries(
            st.sampled_from(["friendly_name", "type", "definition", "disabled"]), json_values, max_size=4
        ),
        max_size=5,
    )
)
def test_zigbee2mqtt_device_lists(devices: list[dict[str, Any]]) -> None:
    zigbee2mqtt.parse_devices(json.dumps(devices).encode(), "zigbee2mqtt")


@FAST
@given(raw=st.binary(max_size=200))
def test_control_payloads(raw: bytes) -> None:
    text = text_payload("edgeagent/x/ask", raw)
    assert text is None or (isinstance(text, str) and 0 < len(text) <= 1000)


@FAST
@given(
    data=st.dictionaries(
        st.sampled_from(["audio", "vad", "wake", "stt", "mqtt", "devices", "intents", "llm"]),
        json_values,
        max_size=3,
    )
)
def test_config_mappings(data: dict[str, Any]) -> None:
    try:
        config_from_mapping(data)
    except ConfigError as exc:
        assert ":" in str(exc)  # always names the key


@FAST
@given(output=st.text(max_size=200) | json_values.map(json.dumps))
def test_llm_output(output: str) -> None:
    catalog = home.catalog()
    calls, answer = llm.parse(output, llm_prompt.tools_for(()), catalog)
    names = {n.lower() for e in catalog.entities() for n in e.names}
    assert all(set(c.slots.get("name", [])) <= names for c in calls)
    assert len(answer) <= llm_prompt.MAX_ANSWER_CHARS


@settings(max_examples=80, deadline=None)
@given(header=st.binary(min_size=0, max_size=64))
def test_wav_headers(tmp_path_factory: Any, header: bytes) -> None:
    path = Path(tmp_path_factory.mktemp("wav")) / "x.wav"
    path.write_bytes(b"RIFF" + header)
    try:
        source = WavFileSource(path)
    except AudioError:
        return
    with contextlib.suppress(AudioError):
        source.run(lambda _pcm: None, threading.Event())


def test_the_catalog_is_not_corrupted_by_garbage() -> None:
    catalog = Catalog()
    prefix, good = ha_discovery.parse("homeassistant/switch/a/config", b'{"name": "A", "cmd_t": "a/set"}')
    catalog.replace_source("ha", prefix, good)
    for raw in (b"{", b"[]", b'{"name": 5}', b'{"cmd_t": "#"}'):
        with contextlib.suppress(CatalogError):
            catalog.replace_source("ha", *ha_discovery.parse("homeassistant/switch/b/config", raw))
    assert [e.name for e in catalog.entities()] == ["A"]
