"""Measurements that need a process of their own: peak memory of `edgeagent run`, and one small core."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from edgeagent.audio.frames import SAMPLE_RATE_HZ
from edgeagent.audio.sinks import WavFileSink

logger = logging.getLogger(__name__)


def write_wav(path: Path, pcm: bytes) -> Path:
    sink = WavFileSink(path)
    sink.write(pcm, SAMPLE_RATE_HZ)
    sink.close()
    return path


def peak_rss_mb(pcm: bytes, config: Path | None) -> dict[str, object]:
    """`edgeagent run` over `pcm` in a fresh process: its peak RSS, and whether the LLM loaded.

    `config` None runs the embedded defaults (no config file at all).
    """
    with tempfile.TemporaryDirectory() as folder:
        audio = write_wav(Path(folder) / "turn.wav", pcm)
        env = {**os.environ, "EDGEAGENT_CONFIG": str(config) if config else ""}
        command = [sys.executable, "-m", "edgeagent", "run", "--input", str(audio), "--output", "none"]
        stderr_path = Path(folder) / "stderr"
        with stderr_path.open("wb") as stderr:
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
            peak_kb = _watch_peak_kb(process)
        log = stderr_path.read_text(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(f"edgeagent run failed ({process.returncode}): {log[-2000:]}")
    return {"peak_rss_mb": round(peak_kb / 1024), "llm_loaded": "language model off" not in log}


def _watch_peak_kb(process: subprocess.Popen[bytes]) -> int:
    """The process's high-water RSS (VmHWM), read until it exits.

    Not `ru_maxrss` of the child: that counts the parent's pages shared between
    fork and exec, so a big benchmark process would inflate its children.
    """
    peak = 0
    status = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        try:
            text = status.read_text()
        except OSError:  # exited between poll and read
            break
        peak = max([peak, *(int(line.split()[1]) for line in text.splitlines() if line.startswith("VmHWM:"))])
        time.sleep(0.05)
    process.wait()
    return peak


def child_bench(args: list[str]) -> dict[str, object]:
    """`edgeagent bench ARGS --json` in a child process (for CPU affinity that must not leak)."""
    command = [sys.executable, "-m", "edgeagent", "bench", *args, "--json"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout)
    return result
