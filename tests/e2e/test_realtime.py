"""A voice the project was not tuned on, at microphone pace through stdin, carried out at the device.

The speed itself (speech end -> MQTT publish against the bare transcription plus the end-of-speech
silence, target 0.5) is a benchmark figure, `python -m tests.bench.realtime_voices`; this checks the
real-time path works end to end in an espeak-ng voice and that the figure can be taken.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edgeagent.engines.stt.base import SttEngine
from tests.bench import realtime_voices
from tests.broker import mosquitto

pytestmark = pytest.mark.e2e

VOICE = [("en-gb", 170)]
COMMANDS = {
    "turn off the hallway light": ("home/hallway/light/set", "OFF"),
    "turn on the coffee machine": ("home/kitchen/coffee/set", "1"),
}


def test_an_espeak_voice_at_microphone_pace_switches_the_devices(tmp_path: Path, stt: SttEngine) -> None:
    with mosquitto(tmp_path) as broker:
        rows = realtime_voices.run(broker, tmp_path, stt, VOICE, COMMANDS)

    assert [row["command"] for row in rows] == list(COMMANDS)
    assert all(row["carried_out"] for row in rows), rows
    assert all(row["end_to_publish_ms"] > 0 and row["budget_ms"] > 0 for row in rows), rows
