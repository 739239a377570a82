"""Playback: the turn worker queues sentences; a playback thread writes them to the sink.

So sentence n plays while sentence n+1 is synthesized. Audio goes to the sink in
short blocks (`BLOCK_MS`), and before each block the playback thread checks that
the sentence is still wanted: a `flush()` or the turn's cancel token stops it
within one block, not at the end of the sentence. `drain()` waits until everything
queued has been written (played).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import numpy as np

from edgeagent.audio.buffers import BoundedQueue, Closed
from edgeagent.audio.sinks import AudioSink
from edgeagent.engines.tts.base import AudioChunk
from edgeagent.errors import AudioError
from edgeagent.pipeline.heartbeat import Heartbeat

logger = logging.getLogger(__name__)

BLOCK_MS = 50  # a stop is heard within one block (plus the sound card's own buffer)


class Volume:
    """The assistant's own volume in percent, set by voice ("set the volume to 40%")."""

    def __init__(self, percent: int = 100) -> None:
        self.percent = percent

    def set(self, percent: int) -> None:
        self.percent = max(0, min(100, int(percent)))

    def apply(self, pcm: bytes) -> bytes:
        """`pcm` (whole s16le samples: a stray last byte is dropped) at this volume."""
        pcm = whole_samples(pcm)
        if self.percent == 100:
            return pcm
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) * (self.percent / 100)
        return samples.astype("<i2").tobytes()


def whole_samples(pcm: bytes) -> bytes:
    """`pcm` cut to whole 16-bit samples (half a sample is no sound, and numpy refuses it)."""
    return pcm[: len(pcm) - len(pcm) % 2]


@dataclass(frozen=True)
class _Queued:
    chunk: AudioChunk
    generation: int  # the flush count when queued: a later flush makes it unwanted
    cancel: threading.Event | None  # the turn's token: set = unwanted


class Playback:
    def __init__(
        self,
        sink: AudioSink,
        capacity_chunks: int = 8,
        volume: Volume | None = None,
        tail_seconds: float = 0.3,
        heartbeat: Heartbeat | None = None,
    ) -> None:
        self._sink = sink
        self._heartbeat = heartbeat or Heartbeat("playback")  # each block written is a step
        self.volume = volume or Volume()
        self._queue: BoundedQueue[_Queued] = BoundedQueue(capacity_chunks, drop_oldest=False)
        self._idle = threading.Condition()
        self._pending = 0
        self._generation = 0
        self._quiet_after = 0.0
        self.tail_seconds = tail_seconds  # still "speaking" this long after the last sound (room echo)
        self.trimmed = 0  # chunks that came with half a sample at the end (a remote TTS's bad reply)

    def offer(self, chunk: AudioChunk) -> bool:
        """Queue a short sound only if there is room right now (never blocks the caller)."""
        item = self._item(chunk, None)
        if self._queue.offer(item):
            return True
        self._done_one()
        return False

    def enqueue(self, chunk: AudioChunk, cancel: threading.Event | None = None) -> None:
        """Queue a sentence (waits for room); it is skipped or cut short once `cancel` is set."""
        try:
            self._queue.put(self._item(chunk, cancel))
        except Closed:
            self._done_one()
            raise

    def _item(self, chunk: AudioChunk, cancel: threading.Event | None) -> _Queued:
        with self._idle:
            self._pending += 1
            return _Queued(chunk, self._generation, cancel)

    @property
    def speaking(self) -> bool:
        """Audio is queued or playing, or stopped less than the tail ago (room echo)."""
        with self._idle:
            return self._pending > 0 or time.monotonic() < self._quiet_after

    def flush(self) -> int:
        """Stop what is playing (within a block) and drop everything queued; returns how many were dropped."""
        with self._idle:
            self._generation += 1
        dropped = 0
        while True:
            try:
                self._queue.get(timeout_seconds=0)
            except (TimeoutError, Closed):
                break
            dropped += 1
            self._done_one()
        return dropped

    def _done_one(self) -> None:
        with self._idle:
            self._pending = max(0, self._pending - 1)
            if self._pending == 0:
                self._quiet_after = time.monotonic() + self.tail_seconds
            self._idle.notify_all()

    def drain(self, timeout_seconds: float | None = None) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout_seconds)

    def run(self) -> None:
        """The playback thread's loop, until `close()`."""
        try:
            self._play_until_closed()
        finally:
            with self._idle:  # whatever happened, nobody may wait for us forever
                self._pending = 0
                self._idle.notify_all()

    def _play_until_closed(self) -> None:
        while True:
            self._heartbeat.idle()
            try:
                item = self._queue.get()
            except Closed:
                return
            try:
                self._play(item)
            except AudioError as exc:
                logger.error("playback failed: %s", exc)
            finally:
                self._done_one()

    def _play(self, item: _Queued) -> None:
        chunk = item.chunk
        block_bytes = chunk.sample_rate_hz * BLOCK_MS // 1000 * 2
        pcm = chunk.pcm
        if len(pcm) % 2:
            self.trimmed += 1
            logger.warning(
                "audio for %r has an odd byte count (%d): its last byte is dropped (%d so far)",
                chunk.text,
                len(pcm),
                self.trimmed,
            )
            pcm = whole_samples(pcm)
        pcm = self.volume.apply(pcm)
        playing = f"playing {chunk.text!r}"
        for start in range(0, len(pcm), block_bytes):
            if not self._wanted(item):
                logger.debug("stopped %r after %d ms", chunk.text, start // 2 * 1000 // chunk.sample_rate_hz)
                return
            self._heartbeat.busy(playing)
            self._sink.write(pcm[start : start + block_bytes], chunk.sample_rate_hz)

    def _wanted(self, item: _Queued) -> bool:
        with self._idle:
            current = item.generation == self._generation
        return current and not (item.cancel is not None and item.cancel.is_set())

    def close(self) -> None:
        self._queue.close()
