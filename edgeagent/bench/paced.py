"""Audio from memory at the pace of a microphone, through the real pipeline."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from edgeagent.audio.frames import BYTES_PER_FRAME, FRAME_MS
from edgeagent.audio.sinks import AudioSink, NullSink
from edgeagent.audio.sources import MICROPHONE_BLOCK_MS, OnPcm
from edgeagent.pipeline.events import Event, EventBus, EventLog
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineSettings, PipelineStats
from edgeagent.pipeline.turn import Responder


class PacedSource:
    """16 kHz mono s16le from memory, a block every `block_ms` of wall time; live like a microphone."""

    live = True
    paced = True

    def __init__(self, pcm: bytes, block_ms: int = MICROPHONE_BLOCK_MS) -> None:
        self._pcm = pcm
        self._block_ms = block_ms
        self._step = BYTES_PER_FRAME * block_ms // FRAME_MS

    def convert(self, pcm: bytes) -> bytes:
        return pcm

    def hear(self, event: Event) -> None:
        """The pipeline's events, as the person at the microphone notices them (this one does not)."""

    def run(self, on_pcm: OnPcm, stop: threading.Event) -> None:
        started = time.monotonic()
        for index, block in enumerate(self._blocks()):
            due = started + (index + 1) * self._block_ms / 1000  # a block exists once it has been heard
            if stop.wait(max(0.0, due - time.monotonic())):
                return
            on_pcm(block)

    def _blocks(self) -> Iterator[bytes]:
        return self._split(self._pcm)

    def _split(self, pcm: bytes) -> Iterator[bytes]:
        return (pcm[at : at + self._step] for at in range(0, len(pcm), self._step))

    def close(self) -> None:
        """Nothing to release."""


class CuedSource(PacedSource):
    """`first`, silence until the pipeline emits `cue_event` (at most `max_wait_ms`), then `second`:
    a person who speaks again as soon as the assistant reacts."""

    def __init__(self, first: bytes, second: bytes, *, cue_event: str, max_wait_ms: int = 10_000) -> None:
        super().__init__(first)
        self._second = second
        self._cue_event = cue_event
        self._cue = threading.Event()
        self._max_wait_ms = max_wait_ms

    def hear(self, event: Event) -> None:
        if event.event == self._cue_event:
            self._cue.set()

    def _blocks(self) -> Iterator[bytes]:
        yield from self._split(self._pcm)
        for _ in range(self._max_wait_ms // self._block_ms):
            if self._cue.is_set():
                break
            yield bytes(self._step)
        yield from self._split(self._second)


class SpeakerPacedSink(NullSink):
    """Takes as long as a speaker would to play each chunk, and plays nothing."""

    def write(self, pcm: bytes, sample_rate_hz: int) -> None:
        time.sleep(len(pcm) / 2 / sample_rate_hz)


def run_paced(
    engines: Engines,
    responder: Responder,
    settings: PipelineSettings,
    audio: bytes | PacedSource,
    *,
    sink: AudioSink | None = None,
) -> tuple[list[Event], PipelineStats]:
    """Every event of one paced run (`audio`: PCM, or a source that hears the events), and the counters."""
    source = audio if isinstance(audio, PacedSource) else PacedSource(audio)
    log, bus = EventLog(), EventBus()
    bus.subscribe(log)
    bus.subscribe(source.hear)
    pipeline = Pipeline(engines, responder, bus, settings)
    try:
        stats = pipeline.run(source, sink or NullSink(), threading.Event())
    finally:
        bus.close()
    return log.events, stats
