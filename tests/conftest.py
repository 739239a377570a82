"""Shared fixtures: real engines loaded once per session, real synthesized audio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from edgeagent import models
from edgeagent.config import Config
from edgeagent.engines import factory
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.tts.base import TtsEngine
from edgeagent.engines.vad.base import VadEngine
from edgeagent.engines.wake.microwakeword import MicroWakeWordEngine
from tests.broker import Broker, TestClient, mosquitto

WAKE_MODELS = ("okay_nabu", "hey_jarvis", "alexa", "hey_mycroft")
WAKE_PHRASES = {
    "okay_nabu": "Okay Nabu.",
    "hey_jarvis": "Hey Jarvis.",
    "alexa": "Alexa.",
    "hey_mycroft": "Hey Mycroft.",
}


@pytest.fixture(autouse=True)
def state_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's daemons keep their settings (mute, threshold, volume) in a folder of the test's own,
    as systemd's StateDirectory would: never in the home folder, never seen by the next test."""
    folder = tmp_path / "state"
    monkeypatch.setenv("STATE_DIRECTORY", str(folder))
    return folder


def wake_engine(*names: str) -> MicroWakeWordEngine:
    cache = Path(Config().models.cache_dir)
    return MicroWakeWordEngine({name: models.resolve(name, "wake", cache) for name in names})


@pytest.fixture(scope="session")
def stt() -> Iterator[SttEngine]:
    engine = factory.build_stt(Config())
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def tts() -> Iterator[TtsEngine]:
    engine = factory.build_tts(Config())
    yield engine
    engine.close()


@pytest.fixture
def vad() -> Iterator[VadEngine]:
    engine = factory.build_vad(Config())
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    with mosquitto(tmp_path_factory.mktemp("mosquitto")) as running:
        yield running


@pytest.fixture
def home(broker: Broker) -> Iterator[TestClient]:
    """A client playing Home Assistant / Zigbee2MQTT / the devices; clears every retained message after."""
    client = TestClient(broker)
    yield client
    client.clear_retained()
    client.close()
