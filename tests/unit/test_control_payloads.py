"""What the control surface accepts on `ask` / `say` and `listen`, and what it drops (with a log line)."""

from __future__ import annotations

import pytest

from edgeagent.mqtt.control import listen_payload, text_payload


@pytest.mark.parametrize(
    ("payload", "text"),
    [
        (b"turn on the kitchen light", "turn on the kitchen light"),
        (b'{"text": "Dinner is ready."}', "Dinner is ready."),
        (b'"Dinner is ready."', "Dinner is ready."),
        (b"  42  ", "42"),
        (b"[]", None),
        (b'"Dinner" is ready', '"Dinner" is ready'),
        (b"[sic] that is what he said", "[sic] that is what he said"),
        (b'["a", "b"]', None),
        (b"{}", None),
        (b'{"text": 42}', None),
        (b"{not json", None),
        (b"", None),
        (b"\xff\xfe", None),
        (b"x" * 5000, None),
    ],
)
def test_text_inputs(payload: bytes, text: str | None) -> None:
    assert text_payload("edgeagent/site/say", payload) == text


@pytest.mark.parametrize(
    ("payload", "starts"),
    [
        (b"", True),
        (b"PRESS", True),  # Home Assistant's button
        (b"on", True),
        (b"1733040000000", True),  # Node-RED's inject node: a timestamp
        (b"{}", True),
        (b'{"timeout_s": 5}', True),
        (b"garbage", False),
        (b"[1, 2]", False),
        (b"\xff\xfe", False),
        (b"{broken", False),
    ],
)
def test_listen_starts_a_turn_only_on_a_meaningful_payload(payload: bytes, starts: bool) -> None:
    assert listen_payload("edgeagent/site/listen", payload) is starts
