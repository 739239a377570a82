"""Playback: the turn worker queues sentences; a playback thread writes them to the sink.

So sentence n plays while sentence n+1 is synthesized. `drain()` waits until
everything queued has been written (played).
"""

from __future__ import annotations

import logging
import threading
import time

import numpy as np

from edgeagent.audio.buffers import BoundedQueue, Closed
from edgeagent.audio.sinks import AudioSink
from edgeagent.engines.tts.base import AudioChunk
from edgeagent.errors import AudioError

logger = logging.getLogger(__name__)


class Volume:
    """The assistant's own volume in percent, set by voice ("set the volume to 40%")."""

    def __init__(self, percent: int = 100) -> None:
        self.percent = percent

    def set(self, percent: int) -> None:
        self.percent = max(0, min(100, int(percent)))

    def apply(self, pcm: bytes) -> bytes:
        if self.percent == 100:
            return pcm
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) * (self.percent / 100)
        return samples.astype("<i2").tobytes()


class Playback:
    def __init__(
        self,
        sink: AudioSink,
        capacity_chunks: int = 8,
        volume: Volume | None = None,
        tail_seconds: float = 0.3,
    ) -> None:
        self._sink = sink
        self.volume = volume or Volume()
        self._queue: BoundedQueue[AudioChunk] = BoundedQueue(capacity_chunks, drop_oldest=False)
        self._idle = threading.Condition()
        self._pending = 0
        self._quiet_after = 0.0
        self.tail_seconds = tail_seconds  # still "speaking" this long after the last sound (room echo)

    def offer(self, chunk: AudioChunk) -> bool:
        """Queue a short sound only if there is room right now (never blocks the caller)."""
        with self._idle:
            self._pending += 1
        if self._queue.offer(chunk):
            return True
        self._done_one()
        return False

    def enqueue(self, chunk: AudioChunk) -> None:
        with self._idle:
            self._pending += 1
        self._queue.put(chunk)

    @property
    def speaking(self) -> bool:
        """Audio is queued or playing, or stopped less than the tail ago (room echo)."""
        with self._idle:
            return self._pending > 0 or time.monotonic() < self._quiet_after

    def flush(self) -> int:
        """Drop everything not yet played ("stop"); returns how many sentences were dropped."""
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
            self._pending -= 1
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
            try:
                chunk = self._queue.get()
            except Closed:
                return
            try:
                self._sink.write(self.volume.apply(chunk.pcm), chunk.sample_rate_hz)
            except AudioError as exc:
                logger.error("playback failed: %s", exc)
            finally:
                self._done_one()

    def close(self) -> None:
        self._queue.close()
