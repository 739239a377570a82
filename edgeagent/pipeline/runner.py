"""Threads are decided here, and only here.

    source thread    audio source -> frame queue (bounded; drops oldest when live)
    listener thread  frame queue -> wake + VAD + segmenter -> utterance queue
    speculator       audio up to a pause -> STT, while the end-of-speech timer runs
    turn thread      utterance queue -> STT -> respond -> TTS -> playback queue
    playback thread  playback queue -> sink (speaker / WAV / nowhere)

The caller's thread waits. When the input ends, each stage drains what is left
and closes the next queue, so a file's last turn always finishes. `stop` ends the
input early (SIGTERM, Ctrl-C). An unexpected exception on any thread is logged,
stops the pipeline, and makes `run` return a failure.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from edgeagent.audio.buffers import BoundedQueue, Closed
from edgeagent.audio.frames import Framer
from edgeagent.audio.sinks import AudioSink
from edgeagent.audio.sources import AudioSource
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.tts.base import AudioChunk, TtsEngine
from edgeagent.engines.vad.base import VadEngine
from edgeagent.engines.wake.base import WakeEngine
from edgeagent.pipeline.events import EventBus
from edgeagent.pipeline.listener import Listener, ListenerSettings, TurnIds, Utterance
from edgeagent.pipeline.playback import Playback, Volume
from edgeagent.pipeline.speculate import Speculator
from edgeagent.pipeline.turn import Announcement, Responder, TextRequest, TurnSettings, TurnWorker

logger = logging.getLogger(__name__)

_UTTERANCE_QUEUE = 4
_TurnItem = Utterance | Announcement | TextRequest


@dataclass
class Engines:
    wake: WakeEngine
    vad: VadEngine
    stt: SttEngine
    tts: TtsEngine

    def close(self) -> None:
        for engine in (self.wake, self.vad, self.stt, self.tts):
            try:
                engine.close()
            except Exception:  # closing must go on for the others
                logger.exception("closing %s failed", type(engine).__name__)


@dataclass(frozen=True)
class PipelineSettings:
    listener: ListenerSettings = field(default_factory=ListenerSettings)
    turn: TurnSettings = field(default_factory=TurnSettings)
    queue_frames: int = 500


@dataclass
class PipelineStats:
    dropped_frames: int = 0
    dropped_utterances: int = 0
    failed_threads: int = 0


class Pipeline:
    """The running pipeline, and the controls other threads use on it (MQTT, timers, signals)."""

    def __init__(
        self,
        engines: Engines,
        responder: Responder | None,
        bus: EventBus,
        settings: PipelineSettings,
    ) -> None:
        self.engines = engines
        self.bus = bus
        self.settings = settings
        self.responder = responder
        self.stats = PipelineStats()
        self.turn_ids = TurnIds()
        self.volume = Volume()
        self.barge_in = False  # True: the wake word is heard while the assistant speaks, and stops it
        self.output_audible = False  # True when the output is a speaker the microphone can hear
        self._turns_queue: BoundedQueue[_TurnItem] | None = None
        self._listener: Listener | None = None
        self._worker: TurnWorker | None = None
        self._playback: Playback | None = None
        self.speaking_tail_seconds = 0.3
        self._muted = False

    # -- controls, callable from any thread --

    def announce(self, text: str) -> None:
        """Speak `text` as its own turn, after the turn in progress."""
        self._enqueue(lambda turn, t_ms: Announcement(turn, text, t_ms), f"announcement {text!r}")

    def ask(self, text: str) -> None:
        """A whole turn from text: understand, act, speak."""
        self._enqueue(lambda turn, t_ms: TextRequest(turn, text, t_ms), f"question {text!r}")

    def listen_now(self) -> None:
        """Start a spoken command without the wake word."""
        if self._listener is not None:
            self._listener.request_listen()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._listener is not None:
            self._listener.muted = muted

    @property
    def muted(self) -> bool:
        return self._muted

    def stop_speaking(self) -> None:
        if self._worker is not None:
            self._worker.stop_speaking()

    def play_sound(self, chunk: AudioChunk) -> None:
        """A feedback sound: played if the queue has room, dropped (and logged) if not."""
        playback = self._playback
        if playback is not None and not playback.offer(chunk):
            logger.debug("feedback sound %s dropped: playback busy", chunk.text)

    def stream_t_ms(self) -> int:
        """Stream time now (for events that belong to no turn)."""
        return self._listener.last_t_ms if self._listener is not None else 0

    def last_frame_monotonic(self) -> float | None:
        """When the listener last processed a frame (the watchdog's proof of life)."""
        return self._listener.last_frame_monotonic if self._listener is not None else None

    def _enqueue(self, make: Callable[[int, int], _TurnItem], what: str) -> None:
        queue, listener = self._turns_queue, self._listener
        if queue is None or listener is None:
            logger.warning("not running; dropped %s", what)
            return
        try:
            queue.put(make(self.turn_ids.next(), listener.last_t_ms))
        except Closed:
            logger.warning("pipeline stopped; dropped %s", what)

    # -- running --

    def run(
        self,
        source: AudioSource,
        sink: AudioSink,
        stop: threading.Event,
        on_tick: Callable[[], None] | None = None,
    ) -> PipelineStats:
        """Process `source` until it ends or `stop` is set; `on_tick` runs here about once a second."""
        if self.responder is None:
            raise ValueError("Pipeline.run needs a responder")
        frames: BoundedQueue[bytes] = BoundedQueue(self.settings.queue_frames, drop_oldest=source.live)
        turns: BoundedQueue[_TurnItem] = BoundedQueue(_UTTERANCE_QUEUE, drop_oldest=source.live)
        playback = Playback(sink, volume=self.volume, tail_seconds=self.speaking_tail_seconds)
        self._playback = playback
        speculator = self._speculator()
        listener = Listener(
            self.engines.wake,
            self.engines.vad,
            self.settings.listener,
            self.bus,
            turns.put,
            self.turn_ids,
            speculate=speculator.submit if speculator else None,
        )
        listener.muted = self._muted
        # Only a speaker can be heard by the microphone: a WAV file or no output never deafens the listener.
        listener.deaf = lambda: self.output_audible and playback.speaking and not self.barge_in
        listener.on_wake = lambda: worker.stop_speaking() if playback.speaking else None  # barge-in
        worker = TurnWorker(
            self.engines.stt, self.engines.tts, self.responder, playback, self.bus, self.settings.turn
        )
        self._turns_queue, self._listener, self._worker = turns, listener, worker
        # Each stage closes its input too, so a failed stage never leaves its producer blocked;
        # the listener closes the speculator (no pause comes after it).
        after_listener = [frames.close, turns.close] + ([speculator.close] if speculator else [])
        threads = [
            self._thread("source", lambda: source.run(frames.put, stop), stop, frames.close),
            self._thread("listener", lambda: _listen(frames, source, listener, stop), stop, *after_listener),
            self._thread("turns", lambda: _work(turns, worker, stop), stop, turns.close, playback.close),
            self._thread("playback", playback.run, stop, playback.close),
        ]
        if speculator is not None:
            threads.append(self._thread("speculator", speculator.run, stop, speculator.close))
        for thread in threads:
            thread.start()
        for thread in threads:
            while thread.is_alive():
                thread.join(timeout=1.0)
                if on_tick is not None:
                    on_tick()
        self.stats.dropped_frames = frames.dropped
        self.stats.dropped_utterances = turns.dropped
        if frames.dropped:
            logger.warning("dropped %d audio frames (listener too slow)", frames.dropped)
        return self.stats

    def _speculator(self) -> Speculator | None:
        """Speculative transcription, when the settings ask for it."""
        if self.settings.listener.segmenter.speculate_after_ms <= 0:
            return None
        responder = self.responder
        assert responder is not None  # checked by `run`
        return Speculator(
            self.engines.stt,
            language=self.settings.turn.language,
            initial_prompt=self.settings.turn.initial_prompt,
            is_complete=responder.is_complete,
        )

    def _thread(
        self, name: str, body: Callable[[], None], stop: threading.Event, *then_close: Callable[[], None]
    ) -> threading.Thread:
        def guarded() -> None:
            try:
                body()
            except Closed:
                logger.debug("%s: queue closed", name)
            except Exception:
                logger.exception("the %s thread failed; stopping", name)
                self.stats.failed_threads += 1
                stop.set()
            finally:
                for close in then_close:
                    close()

        return threading.Thread(target=guarded, name=f"edgeagent-{name}", daemon=True)


def _listen(
    frames: BoundedQueue[bytes], source: AudioSource, listener: Listener, stop: threading.Event
) -> None:
    """Until the input ends (then finish the last command) or `stop` (then drop the backlog)."""
    framer = Framer()
    while not stop.is_set():
        try:
            pcm = frames.get()
        except Closed:
            break
        for frame in framer.push(source.convert(pcm)):
            listener.process(frame)
    if stop.is_set():
        return
    for frame in framer.flush():
        listener.process(frame)
    listener.finish()


def _work(turns: BoundedQueue[_TurnItem], worker: TurnWorker, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            item = turns.get()
        except Closed:
            return
        if isinstance(item, Announcement):
            worker.announce(item)
        elif isinstance(item, TextRequest):
            worker.ask(item)
        else:
            worker.run(item)
