"""Speech-to-text and text-to-speech on a bigger box: the daemon against Home Assistant's real Wyoming
servers (wyoming-faster-whisper, wyoming-piper, on the project's models), and the local engines when
those servers are gone."""

# ruff: noqa: F811 - the broker fixtures come from conftest and test_daemon
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.broker import Broker, TestClient
from tests.daemon import NO_LLM, Daemon, config_file
from tests.e2e.test_daemon import announced, daemon_args, wait_retained, wake_and_command  # noqa: F401
from tests.wyoming_servers import stt_server, tts_server

pytestmark = pytest.mark.e2e

LIGHT = "home/kitchen/ceiling/set"
TIMEOUT_MS = 3000  # a warm server answers in under a second here; a loaded CI box has taken longer


def wyoming_config(folder: Path, stt_port: int, tts_port: int) -> Path:
    return config_file(
        folder,
        '[mqtt]\nsite = "testsite"\n[feedback]\nlistening = false\n'
        f'[stt]\nbackend = "wyoming"\nuri = "tcp://127.0.0.1:{stt_port}"\ntimeout_ms = {TIMEOUT_MS}\n'
        f'[tts]\nbackend = "wyoming"\nuri = "tcp://127.0.0.1:{tts_port}"\ntimeout_ms = {TIMEOUT_MS}\n'
        + NO_LLM,
    )


def test_a_spoken_command_through_the_servers_then_the_local_engines_when_they_are_gone(
    broker: Broker, announced: TestClient, tmp_path: Path
) -> None:
    announced.watch(LIGHT)
    with stt_server(tmp_path) as stt, tts_server(tmp_path) as tts:
        config = wyoming_config(tmp_path, stt.port, tts.port)
        running = Daemon(daemon_args(broker, config, tmp_path / "reply.wav"))
        try:
            wait_retained(announced, "edgeagent/testsite/availability", "online", timeout_s=90)
            running.say_into_microphone(wake_and_command("Turn on the kitchen light."))
            assert announced.wait_for(1, timeout_s=60) == [(LIGHT, "ON")]
            running.wait_for("tts", timeout_s=30)
            running.wait_for("turn_end", timeout_s=30)
            assert not [e for e in running.events if e["event"] == "error"]
        except BaseException:
            running.stop()
            raise
    # The servers are stopped: the next command is transcribed and spoken locally, and events say so.
    try:
        running.events.clear()
        running.say_into_microphone(wake_and_command("Turn off the kitchen light."))
        assert announced.wait_for(2, timeout_s=60)[-1] == (LIGHT, "OFF")
        end = running.wait_for("turn_end", timeout_s=30)
        fallbacks = {
            e["stage"] for e in running.events if e["event"] == "error" and e["code"] == "remote_fallback"
        }
        assert fallbacks == {"stt", "tts"}
        assert end["outcome"] == "done"
        assert int(end["timings_ms"]["stt"]) < TIMEOUT_MS + 2000  # the timeout, then the local model
    finally:
        running.stop()


def test_doctor_checks_each_server(tmp_path: Path) -> None:
    with stt_server(tmp_path) as stt:
        config = wyoming_config(tmp_path, stt.port, 1)  # no TTS server on port 1
        done = subprocess.run(
            [sys.executable, "-m", "edgeagent", "doctor", "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert f"ok   stt server: tcp://127.0.0.1:{stt.port} answering" in done.stdout
    assert "FAIL tts server: tcp://127.0.0.1:1 not answering" in done.stdout
    assert done.returncode == 1
