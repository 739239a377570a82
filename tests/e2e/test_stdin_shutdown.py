"""`arecord | edgeagent run --input -`: SIGTERM while nothing arrives on stdin ends the process cleanly
(exit 0), never in a fatal error at interpreter shutdown over a reader still blocked on stdin."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from edgeagent.audio.frames import BYTES_PER_FRAME
from tests.broker import Broker, TestClient
from tests.daemon import NO_LLM, config_file

pytestmark = pytest.mark.e2e

SITE = "stdinsite"


def test_sigterm_while_stdin_is_quiet_exits_0_without_a_fatal_error(broker: Broker, tmp_path: Path) -> None:
    config = config_file(tmp_path, f'[mqtt]\nsite = "{SITE}"\n[feedback]\nlistening = false\n' + NO_LLM)
    watcher = TestClient(broker)
    watcher.watch(f"edgeagent/{SITE}/availability")
    log = tmp_path / "stderr.log"
    mqtt = ["--mqtt-host", broker.host, "--mqtt-port", str(broker.port)]
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "edgeagent",
                "run",
                "--input",
                "-",
                "--output",
                "none",
                "--config",
                str(config),
                *mqtt,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env={**os.environ, "EDGEAGENT_CONFIG": ""},
        )
    assert process.stdin is not None
    try:
        deadline = time.monotonic() + 60
        while ("online" not in [p for _, p in watcher.received]) and time.monotonic() < deadline:
            process.stdin.write(bytes(BYTES_PER_FRAME * 10))  # 100 ms of a quiet room, as arecord sends it
            process.stdin.flush()
            time.sleep(0.1)
        assert "online" in [p for _, p in watcher.received], log.read_text()
        for _ in range(10):  # a second more, then the microphone's pipe stays open but nothing comes
            process.stdin.write(bytes(BYTES_PER_FRAME * 10))
            process.stdin.flush()
            time.sleep(0.1)
        time.sleep(1.0)  # the reader is waiting on stdin now
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=20)
        seconds = time.monotonic() - started
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdin.close()
        watcher.close()
    stderr_text = log.read_text()
    assert "Fatal Python error" not in stderr_text, stderr_text[-2000:]
    assert code == 0, stderr_text[-2000:]
    assert seconds < 5
    assert "stopping without waiting" not in stderr_text  # every thread ended, the stdin reader too
