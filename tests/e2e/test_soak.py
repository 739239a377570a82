"""A soak run: many turns through the real pipeline in one process, memory and threads sampled.

Quick by default (CI); a long run by hand:

    EDGEAGENT_SOAK_TURNS=500 .venv/bin/python -m pytest tests/e2e/test_soak.py
"""

from __future__ import annotations

import io
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from edgeagent import app
from edgeagent.audio.sinks import NullSink
from edgeagent.audio.sources import RawStdinSource
from edgeagent.config import config_from_mapping
from edgeagent.intent.responder import ActingResponder
from edgeagent.mqtt.client import Publish
from edgeagent.pipeline.events import Event, EventBus
from edgeagent.pipeline.runner import Pipeline
from tests import home, speech

pytestmark = pytest.mark.e2e

COMMANDS = (
    "Turn on the kitchen light.",
    "Turn off the hallway light.",
    "What is the temperature in the bedroom?",
    "What time is it?",
)
# Python objects must not pile up (tracemalloc: exact, no allocator noise). Native memory (onnxruntime,
# CTranslate2, glibc arenas) climbs for the first ~50 turns and then stays flat (a 200-turn run: 611-663 MB
# from turn 90 on); the RSS bound only catches a leak of megabytes per turn.
PYTHON_GROWTH_BOUND_MB = 5
RSS_GROWTH_BOUND_MB = 120


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def test_hundreds_of_turns_leave_memory_and_threads_where_they_were() -> None:
    turns = int(os.environ.get("EDGEAGENT_SOAK_TURNS", "24"))
    config = config_from_mapping({**home.CONFIG, "llm": {"enabled": False}})
    engines = app.load_engines(config)
    published: list[Publish] = []
    understanding = app.build_understanding(config, home.catalog(), announce=lambda text: None)
    clips = [
        speech.build(
            speech.piper("Okay Nabu."), speech.silence(400), speech.piper(c), speech.silence(1500)
        ).pcm
        for c in COMMANDS
    ]
    audio = b"".join(clips[i % len(clips)] for i in range(turns))
    samples: list[tuple[float, float, int]] = []
    outcomes: list[object] = []

    def sample(event: Event) -> None:
        if event.event == "turn_end":
            outcomes.append(event.fields["outcome"])
            python_mb = tracemalloc.get_traced_memory()[0] / 2**20
            samples.append((rss_mb(), python_mb, threading.active_count()))

    bus = EventBus()
    bus.subscribe(sample)
    pipeline = Pipeline(
        engines,
        ActingResponder(understanding, lambda message, _turn: published.append(message)),
        bus,
        app.pipeline_settings(config),
    )
    tracemalloc.start()
    try:
        stats = pipeline.run(RawStdinSource(io.BytesIO(audio)), NullSink(), threading.Event())
    finally:
        tracemalloc.stop()
        engines.close()

    assert outcomes == ["done"] * turns, "every turn ended, none stuck or failed"
    assert stats.failed_threads == 0 and stats.dropped_frames == 0
    assert len(published) >= turns // 2  # the light commands reached "the broker"
    print("RSS MB, Python MB, threads per turn:", [(round(r), round(p, 1), t) for r, p, t in samples])
    (warm_rss, warm_python, warm_threads), (rss, python, threads) = samples[min(3, turns - 1)], samples[-1]
    assert python - warm_python < PYTHON_GROWTH_BOUND_MB, (
        f"Python memory {warm_python:.1f} -> {python:.1f} MB"
    )
    assert rss - warm_rss < RSS_GROWTH_BOUND_MB, f"RSS {warm_rss:.0f} -> {rss:.0f} MB"
    assert threads <= warm_threads, f"threads grew from {warm_threads} to {threads}"
