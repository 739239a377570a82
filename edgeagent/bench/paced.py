"""Audio from memory at the pace of a microphone, through the real pipeline."""

from __future__ import annotations

import threading
import time

from edgeagent.audio.frames import BYTES_PER_FRAME, FRAME_MS
from edgeagent.audio.sinks import AudioSink, NullSink
from edgeagent.audio.sources import MICROPHONE_BLOCK_MS, OnPcm
from edgeagent.pipeline.events import Event, EventBus, EventLog
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings, PipelineStats
from edgeagent.pipeline.turn import Responder


class PacedSource:
    """16 kHz mono s16le from memory, a block every `block_ms` of wall time; live like a microphone."""

    live = True

    def __init__(self, pcm: bytes, block_ms: int = MICROPHONE_BLOCK_MS) -> None:
        self._pcm = pcm
        self._block_ms = block_ms

    def convert(self, pcm: bytes) -> bytes:
        return pcm

    def run(self, on_pcm: OnPcm, stop: threading.Event) -> None:
        started = time.monotonic()
        step = BYTES_PER_FRAME * self._block_ms // FRAME_MS
        for index, at in enumerate(range(0, len(self._pcm), step)):
            due = started + (index + 1) * self._block_ms / 1000  # a block exists once it has been heard
            if stop.wait(max(0.0, due - time.monotonic())):
                return
            on_pcm(self._pcm[at : at + step])

    def close(self) -> None:
        """Nothing to release."""


class SpeakerPacedSink(NullSink):
    """Takes as long as a speaker would to play each chunk, and plays nothing."""

    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        time.sleep(len(pcm) / 2 / sample_rate_hz)


def run_paced(
    engines: Engines,
    responder: Responder,
    settings: PipelineSettings,
    pcm: bytes,
    *,
    sink: AudioSink | None = None,
) -> tuple[list[Event], PipelineStats]:
    """Every event of one paced run, and the pipeline's counters."""
    log, bus = EventLog(), EventBus()
    bus.subscribe(log)
    pipeline = Pipeline(engines, responder, bus, settings)
    stats = pipeline.run(PacedSource(pcm), sink or NullSink(), threading.Event())
    return log.events, stats
