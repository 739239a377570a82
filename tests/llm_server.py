"""A real OpenAI-compatible LLM server for tests: llama-cpp-python's, serving the Qwen 0.5B GGUF.

Built by deploy/llama-server.sh (run by deploy/test-setup.sh); the GGUF comes from deploy/convert-llm.sh.
"""

from __future__ import annotations

import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.broker import free_port

VENV = Path("~/.cache/edgeagent/llama-server").expanduser()
GGUF = Path("~/.cache/edgeagent/models/gguf/qwen2.5-coder-0.5b.gguf").expanduser()
START_TIMEOUT_S = 120


@contextmanager
def llama_server(log: Path, port: int = 0) -> Iterator[str]:
    """The server's API base URL (http://127.0.0.1:PORT/v1) for the block's duration."""
    python = VENV / "bin" / "python"
    if not python.exists() or not GGUF.exists():
        pytest.fail(f"no LLM server in {VENV} or no {GGUF}: run deploy/test-setup.sh")
    port = port or free_port()
    with log.open("wb") as sink:
        serve = ["-m", "llama_cpp.server", "--model", str(GGUF), "--host", "127.0.0.1", "--port", str(port)]
        process = subprocess.Popen(
            [str(python), *serve, "--n_ctx", "4096", "--n_threads", "2"],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}/v1"
        try:
            _wait_ready(url, process)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=30)


def _wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the LLM server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"the LLM server did not answer within {START_TIMEOUT_S} s")
