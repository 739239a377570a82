"""Benchmark one voice turn end to end: load time, per-stage latency, peak RSS.

    .venv/bin/python -m tests.bench.turn_latency [--runs 5] [--json]

Each run is a fresh `edgeagent run --input turn.wav --output none` subprocess on
the embedded defaults, fed a synthesized "Hey Jarvis ... turn on the kitchen
light". Figures are medians over the runs; the machine is printed with them.
This is a measurement, not a test: nothing here passes or fails on time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests import speech

_LOADED = re.compile(r"engines loaded in ([0-9.]+) s")


def one_run(audio: Path) -> dict[str, float]:
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "edgeagent",
            "run",
            "--input",
            str(audio),
            "--output",
            "none",
            "--events",
            "jsonl",
        ],
        capture_output=True,
        check=True,
        env={**os.environ, "EDGEAGENT_CONFIG": ""},
    )
    wall_s = time.monotonic() - started
    events = [json.loads(line) for line in done.stdout.decode().splitlines()]
    [turn_end] = [e for e in events if e["event"] == "turn_end"]
    loaded = _LOADED.search(done.stderr.decode())
    figures = {f"{k}_ms": float(v) for k, v in turn_end["timings_ms"].items()}
    figures["load_ms"] = float(loaded.group(1)) * 1000 if loaded else float("nan")
    figures["process_wall_ms"] = wall_s * 1000
    return figures


def machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError, StopIteration):  # not Linux, or no model name: keep the fallback
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    clip = speech.build(
        speech.silence(800),
        speech.piper("Hey Jarvis."),
        speech.silence(400),
        speech.piper("Turn on the kitchen light."),
        speech.silence(1500),
    )
    with tempfile.TemporaryDirectory() as folder:
        audio = clip.write(Path(folder) / "turn.wav")
        runs = [one_run(audio) for _ in range(args.runs)]
    peak_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    medians = {key: round(statistics.median(r[key] for r in runs)) for key in runs[0]}
    report = {"machine": machine(), "runs": args.runs, "median": medians, "peak_rss_mb": round(peak_rss_mb)}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"machine: {report['machine']}  runs: {args.runs}")
        for key, value in medians.items():
            print(f"  {key:<22} {value:>7}")
        print(f"  {'peak_rss_mb':<22} {report['peak_rss_mb']:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
