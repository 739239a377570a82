"""Threads are decided here, and only here: `Pipeline.run` builds the stages, wires each to the next,
and hands their thread bodies to a `Supervisor` (supervisor.py), which starts, guards and joins them.

    source thread    audio source -> frame queue (bounded; drops oldest when live), each chunk marked
                     when it arrived while the assistant could be heard (its own voice: see listener)
    listener thread  frame queue -> wake + VAD + segmenter -> utterance queue (and, after a reply that
                     asked something, a follow-up command without the wake word: see conversation)
    speculator       audio up to a pause -> STT, while the end-of-speech timer runs
    turn thread      utterance queue -> STT -> respond -> TTS -> playback queue
    playback thread  playback queue -> sink (speaker / WAV / nowhere), in short blocks
    workers          the caller's background jobs (the daemon's upkeep: reloads, re-priming)
    events           EventBus's dispatcher: every subscriber (log, JSONL, MQTT, chimes, Hermes)

Each thread has a heartbeat in `heartbeats` (pipeline/heartbeat.py): it reports each step it is busy
with and when it waits again, and its end; the watchdog is fed only while none is stuck or dead.

Real-time threads (source, listener, turn, playback) never run subscriber code:
they hand typed events to the bus's bounded queue. The caller's thread waits,
calling `on_tick` four times a second (the watchdog). The turn queue exists from
construction, so inputs that arrive before `run` (an `ask` at start-up) wait for
it; `on_ready` runs once every thread is up. When the input ends, each stage
drains what is left and closes the next queue, so a file's last turn always
finishes. `stop` ends the input early (SIGTERM, Ctrl-C): the turn in progress is
cancelled and every join is bounded. An unexpected exception on a thread outside
a turn is logged, stops the pipeline, and makes `run` return a failure.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from edgeagent.audio.buffers import BoundedQueue, Closed
from edgeagent.audio.frames import Framer
from edgeagent.audio.sinks import AudioSink
from edgeagent.audio.sources import AudioSource
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.tts.base import AudioChunk, TtsEngine
from edgeagent.engines.vad.base import VadEngine
from edgeagent.engines.wake.base import WakeEngine
from edgeagent.pipeline.conversation import Question, TurnGate, Unanswered
from edgeagent.pipeline.events import EventBus
from edgeagent.pipeline.heartbeat import Heartbeat, Heartbeats
from edgeagent.pipeline.listener import (
    Listener,
    ListenerHooks,
    ListenerSettings,
    TurnIds,
    Utterance,
    WakeHeard,
)
from edgeagent.pipeline.playback import Playback, Volume
from edgeagent.pipeline.speculate import Speculator
from edgeagent.pipeline.stop_words import StopWatch
from edgeagent.pipeline.supervisor import Supervisor, Worker
from edgeagent.pipeline.turn import (
    Announcement,
    QuestionRequest,
    Responder,
    TextRequest,
    TurnSettings,
    TurnWorker,
    answer_timed_out,
)

logger = logging.getLogger(__name__)

_TURN_QUEUE = 8
_TurnItem = Utterance | Announcement | TextRequest | QuestionRequest | Unanswered


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


@dataclass(frozen=True)
class PipelineWiring:
    """What the pipeline is connected to, fixed at construction (the daemon's choices; tests' defaults)."""

    output_audible: bool = False  # the output is a speaker the microphone can hear
    barge_in: bool = False  # "stop", "cancel", "be quiet" stop a turn that thinks or speaks
    speaking_tail_seconds: float = 0.3  # after playback, still heard (output latency, room echo)
    listening_chime_ms: int = 0  # at start: audio after a wake word taken by the "listening" chime (speaker
    # only); a reload changes it with `Pipeline.set_listening_chime_ms`, which owns it from then on
    stt_prompt: Callable[[], str] | None = None  # Whisper's prompt per transcription (else the settings')
    answers: Callable[[WakeHeard], bool] | None = None  # wake arbitration (several assistants)


@dataclass(frozen=True)
class _Stages:
    """The stages `run` built, before their threads start."""

    frames: BoundedQueue[_Captured]
    capture: Callable[[bytes], None]  # the source's `on_pcm`
    listener: Listener
    listening: Heartbeat  # the listener thread's
    worker: TurnWorker
    turning: Heartbeat  # the turn thread's (the worker beats it too, inside a turn)
    playback: Playback
    speculator: Speculator | None


@dataclass(frozen=True)
class _Captured:
    """A chunk from the source, and whether the assistant's own output could be heard as it arrived."""

    pcm: bytes
    echo: bool = False


@dataclass
class PipelineStats:
    dropped_frames: int = 0
    dropped_utterances: int = 0
    dropped_requests: int = 0  # `ask` / `say` / announcements refused by a full turn queue
    failed_threads: int = 0


class Pipeline:
    """The running pipeline, and the controls other threads use on it (MQTT, timers, signals)."""

    def __init__(
        self,
        engines: Engines,
        responder: Responder,
        bus: EventBus,
        settings: PipelineSettings,
        *,
        wiring: PipelineWiring | None = None,
        heartbeats: Heartbeats | None = None,
        volume: Volume | None = None,
    ) -> None:
        self.engines = engines
        self._wiring = wiring = wiring or PipelineWiring()
        self.heartbeats = heartbeats or Heartbeats()  # one per thread: what each is doing, since when
        self.bus = bus
        self.settings = settings
        self.responder = responder
        self.stats = PipelineStats()
        self.turn_ids = TurnIds()
        self.volume = volume or Volume()
        self._turns: BoundedQueue[_TurnItem] = BoundedQueue(
            _TURN_QUEUE, drop_oldest=False, on_drop=self._dropped
        )
        self._gate = TurnGate()  # counts turns queued before `run`, too
        self._listener: Listener | None = None
        self._worker: TurnWorker | None = None
        self._playback: Playback | None = None
        self._frames: BoundedQueue[_Captured] | None = None  # the running source's, from `run`
        self._chime_ms = wiring.listening_chime_ms
        self._listen_requested = threading.Event()  # read by the listener at its next frame
        # Whisper's prompt, asked for at every transcription (the daemon's follows the catalog).
        self._stt_prompt = wiring.stt_prompt or (lambda: settings.turn.initial_prompt)
        self._muted = False

    # -- controls, callable from any thread --

    def announce(self, text: str, chime: AudioChunk | None = None) -> None:
        """Speak `text` as its own turn, after the turn in progress (`chime` first, if given)."""
        self._enqueue(
            lambda turn, t_ms: Announcement(turn, text, t_ms, chime=chime), f"announcement {text!r}"
        )

    def ask(self, text: str) -> None:
        """A whole turn from text: understand, act, speak."""
        self._enqueue(lambda turn, t_ms: TextRequest(turn, text, t_ms), f"question {text!r}")

    def ask_question(self, question: Question) -> None:
        """An automation's question: spoken after the turn in progress, then its answer listened for
        (refused when too many wait: then a timeout answer at once, so the automation goes on)."""
        request = self._enqueue(
            lambda turn, t_ms: QuestionRequest(turn, question, t_ms), f"question {question.id!r}"
        )
        if request is None:
            answer_timed_out(self.bus, question, 0, self.stream_t_ms())

    def listen_now(self) -> None:
        """Start a spoken command without the wake word (at the first frame, if not running yet);
        refused while muted."""
        if self._muted:
            logger.warning("listen request refused: muted")
            return
        self._listen_requested.set()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._listener is not None:
            self._listener.muted = muted

    def set_listening_chime_ms(self, chime_ms: int) -> None:
        """The "listening" chime changed (a reload): that much audio after a wake word is not the command."""
        self._chime_ms = chime_ms
        if self._listener is not None:
            self._listener.chime_ms = self._heard_chime_ms()

    def _heard_chime_ms(self) -> int:
        return self._chime_ms if self._wiring.output_audible else 0

    @property
    def muted(self) -> bool:
        return self._muted

    def set_volume(self, percent: int) -> None:
        self.volume.set(percent)

    @property
    def volume_percent(self) -> int:
        return self.volume.percent

    def cancel_turn(self) -> None:
        """Cancel the turn in progress ("stop", SIGTERM): no more thinking, synthesis or sound."""
        if self._worker is not None:
            self._worker.cancel_turn()

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

    def losses(self) -> dict[str, int]:
        """What the pipeline's bounded queues dropped so far (any thread): audio frames the listener
        was too slow for, spoken commands pushed out of a full turn queue, refused requests."""
        frames = self._frames
        return {
            "audio_frames": frames.dropped if frames is not None else 0,
            "spoken_commands": self._turns.dropped,
            "requests": self.stats.dropped_requests,
        }

    def _enqueue(self, make: Callable[[int, int], _TurnItem], what: str) -> _TurnItem | None:
        """Queue a turn without ever blocking the caller (MQTT's thread, a timer, the turn itself)."""
        self._gate.queued()
        item = make(self.turn_ids.next(), self.stream_t_ms())
        if self._turns.offer(item):
            return item
        self._gate.unqueued()  # never queued after all
        self.stats.dropped_requests += 1
        logger.warning(
            "%s dropped: %s", what, "pipeline stopped" if self._turns.closed else "too many waiting"
        )
        return None

    def _dropped(self, item: _TurnItem) -> None:
        """A live microphone's command pushed out of a full turn queue (on the listener's thread):
        never run, so it is done now, and whatever waited for its answer is settled."""
        self._gate.unqueued()
        worker = self._worker
        if isinstance(item, QuestionRequest):
            answer_timed_out(self.bus, item.question, item.turn, self.stream_t_ms())
        elif isinstance(item, Unanswered) and worker is not None:
            worker.settle(item.follow_up, item.turn, self.stream_t_ms())

    # -- running --

    def run(
        self,
        source: AudioSource,
        sink: AudioSink,
        stop: threading.Event,
        on_tick: Callable[[], None] | None = None,
        *,
        on_ready: Callable[[], None] | None = None,
        workers: Sequence[Worker] = (),
    ) -> PipelineStats:
        """Process `source` until it ends or `stop` is set; `on_tick` runs here four times a second,
        `on_ready` once every thread is running."""
        self.bus.lossless = not source.live
        stages = self._build(source, sink)
        supervisor = Supervisor(self.heartbeats, stop, on_stopping=self.cancel_turn)
        self._supervise(supervisor, stages, source, stop)
        supervisor.run(workers, on_tick=on_tick, on_ready=on_ready)
        return self._ended(stages, supervisor, live=source.live)

    def _build(self, source: AudioSource, sink: AudioSink) -> _Stages:
        """Every stage, wired to the next; nothing runs yet."""
        frames: BoundedQueue[_Captured] = BoundedQueue(self.settings.queue_frames, drop_oldest=source.live)
        turns = self._turns
        beats, limits = self.heartbeats, self.heartbeats.stuck_after
        beats.register("source", None)  # it only waits for audio: the watchdog's frame check covers it
        playback = Playback(
            sink,
            volume=self.volume,
            tail_seconds=self._wiring.speaking_tail_seconds,
            heartbeat=beats.register("playback", limits.playback_s),
        )
        speculator = self._speculator()
        listener = Listener(
            self.engines.wake,
            self.engines.vad,
            self.settings.listener,
            self.bus,
            lambda utterance: turns.put(utterance, drop_oldest=source.live),
            self.turn_ids,
            speculate=speculator.submit if speculator else None,
            listen_requested=self._listen_requested,
            gate=self._gate,
            hooks=self._listener_hooks(source, playback, speculator),
            muted=self._muted,
            chime_ms=self._heard_chime_ms(),
        )
        worker = TurnWorker(
            self.engines.stt,
            self.engines.tts,
            self.responder,
            playback,
            self.bus,
            self.settings.turn,
            prompt=self._stt_prompt,
            gate=self._gate,
            answers=self._wiring.answers,
            heartbeat=(turning := beats.register("turns", limits.turns_s)),
        )
        self._listener, self._worker, self._playback, self._frames = listener, worker, playback, frames
        capture = self._capture(frames, playback, hears_itself=self._wiring.output_audible and source.paced)
        listening = beats.register("listener", limits.listener_s)
        return _Stages(frames, capture, listener, listening, worker, turning, playback, speculator)

    def _supervise(
        self, supervisor: Supervisor, stages: _Stages, source: AudioSource, stop: threading.Event
    ) -> None:
        """The stages' threads. Each stage closes its input too, so a failed stage never leaves its
        producer blocked; the listener closes the speculator (no pause comes after it)."""
        frames, turns, playback, speculator = stages.frames, self._turns, stages.playback, stages.speculator
        after_listener = [frames.close, turns.close] + ([speculator.close] if speculator else [])
        listening, turning = stages.listening, stages.turning
        supervisor.stage("source", lambda: source.run(stages.capture, stop), frames.close)
        supervisor.stage(
            "listener", lambda: _listen(frames, source, stages.listener, stop, listening), *after_listener
        )
        supervisor.stage(
            "turns",
            lambda: _work(turns, stages.worker, stop, turning),
            turns.close,
            playback.close,
            self._gate.close,
        )
        supervisor.stage("playback", playback.run, playback.close)
        if speculator is not None:
            supervisor.stage("speculator", speculator.run, speculator.close)

    def _ended(self, stages: _Stages, supervisor: Supervisor, *, live: bool) -> PipelineStats:
        """What was lost, counted and said; the events delivered."""
        frames = stages.frames
        self.stats.failed_threads = supervisor.failed
        self.stats.dropped_frames = frames.dropped
        self.stats.dropped_utterances = self._turns.dropped
        if frames.dropped:
            logger.warning("dropped %d audio frames (listener too slow)", frames.dropped)
        if not self.bus.flush(timeout_seconds=5 if live else 60):
            logger.warning("event subscribers still busy; %d events dropped so far", self.bus.dropped)
        return self.stats

    @staticmethod
    def _capture(
        frames: BoundedQueue[_Captured], playback: Playback, *, hears_itself: bool
    ) -> Callable[[bytes], None]:
        """The source's `on_pcm`. `hears_itself`: a microphone in the room with the speaker, so a chunk
        that arrives while the assistant is heard (playing, or within the speaking tail after: output
        latency and room echo) is marked `echo`. A file never heard the speaker."""
        if not hears_itself:
            return lambda pcm: frames.put(_Captured(pcm))
        return lambda pcm: frames.put(_Captured(pcm, playback.speaking))

    def _listener_hooks(
        self, source: AudioSource, playback: Playback, speculator: Speculator | None
    ) -> ListenerHooks:
        hooks = ListenerHooks(
            wait_for_turns=not source.paced,  # a file: each reply is over before the next words
            on_wake=lambda: self._barge_in(playback),
        )
        if not self._wiring.barge_in:
            return hooks
        if speculator is None:
            logger.warning("stop phrases need vad.speculate_after_ms > 0: only the wake word stops a reply")
            return hooks
        watch = StopWatch(lambda pcm: speculator.submit(pcm, word=True), recheck=speculator.submit)
        # stop phrases are transcribed where speculations are
        return replace(hooks, stop_watch=watch, busy=self._gate.busy, on_stop=self.cancel_turn)

    def _barge_in(self, playback: Playback) -> None:
        """A wake word while the assistant is heard speaking stops it (a file or no output is not heard)."""
        if self._wiring.output_audible and playback.speaking:
            self.cancel_turn()

    def _speculator(self) -> Speculator | None:
        """Speculative transcription, when the settings ask for it."""
        if self.settings.listener.segmenter.speculate_after_ms <= 0:
            return None
        return Speculator(
            self.engines.stt,
            language=self.settings.turn.language,
            prompt=self._stt_prompt,
            is_complete=self.responder.is_complete,
            heartbeat=self.heartbeats.register("speculator", self.heartbeats.stuck_after.speculator_s),
        )


def _listen(
    frames: BoundedQueue[_Captured],
    source: AudioSource,
    listener: Listener,
    stop: threading.Event,
    heartbeat: Heartbeat,
) -> None:
    """Until the input ends (then finish the last command) or `stop` (then drop the backlog)."""
    framer = Framer()
    while not stop.is_set():
        heartbeat.idle()
        try:
            captured = frames.get()
        except Closed:
            break
        heartbeat.busy("wake word and speech detection")
        for frame in framer.push(source.convert(captured.pcm), echo=captured.echo):
            listener.process(frame)
    heartbeat.busy("the last command")
    if stop.is_set():
        return
    for frame in framer.flush():
        listener.process(frame)
    listener.finish()


def _work(
    turns: BoundedQueue[_TurnItem], worker: TurnWorker, stop: threading.Event, heartbeat: Heartbeat
) -> None:
    while not stop.is_set():
        heartbeat.idle()
        try:
            item = turns.get()
        except Closed:
            return
        heartbeat.busy(f"turn {item.turn}: {type(item).__name__}")  # the worker reports each step
        if isinstance(item, Announcement):
            worker.announce(item)
        elif isinstance(item, TextRequest):
            worker.ask(item)
        elif isinstance(item, QuestionRequest):
            worker.question(item)
        elif isinstance(item, Unanswered):
            worker.unanswered(item)
        else:
            worker.run(item)
