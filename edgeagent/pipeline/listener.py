"""The listener: wake word and end of speech on every frame, never waiting on inference.

It runs on its own thread, fed 10 ms frames. In `idle` it keeps a pre-roll and
asks the wake engine about each frame; after a detection it collects the
command until the segmenter says the speech ended, then hands an `Utterance`
to the turn worker and goes back to idle. At a pause inside the command it may
start a speculative transcription (see `speculate`), and end the command early
when that transcript is already a complete command. After a reply that asked
something it starts a command without the wake word (a `FollowUp`, see
`conversation`); silence then ends it quietly, handed to the turn worker as
`Unanswered`. A follow-up never hears the assistant itself: frames captured while
its output could be heard (`Frame.echo`) are silence there, pre-roll included.
A command that no wake word started (a `listen` request, a follow-up) still
listens for one, with its pre-roll kept: the wake word said there ends that turn
(no command heard in it: `no_speech`) and starts a command after it, as from
idle, so the wake word is never taken for the command. Muting drops a command being recorded at once, and
a `listen` request while muted is refused.
"""

from __future__ import annotations

import itertools
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from edgeagent.audio.buffers import PreRoll
from edgeagent.audio.frames import FRAME_MS, Frame
from edgeagent.engines.vad.base import VadEngine
from edgeagent.engines.wake.base import Detection, WakeEngine
from edgeagent.pipeline import events
from edgeagent.pipeline.conversation import MUTED, FollowUp, TurnGate, Unanswered
from edgeagent.pipeline.events import EventBus
from edgeagent.pipeline.segmenter import Outcome, Segmenter, SegmenterSettings, wake_tail_end
from edgeagent.pipeline.speculate import Speculation
from edgeagent.pipeline.stop_words import StopWatch

logger = logging.getLogger(__name__)

_TALKING_MS = 1000  # our own output heard this shortly before a wake word: the claim talks over itself


@dataclass(frozen=True)
class ListenerSettings:
    vad_threshold: float = 0.5
    preroll_ms: int = 300
    refractory_ms: int = 2000
    segmenter: SegmenterSettings = field(default_factory=SegmenterSettings)


@dataclass(frozen=True)
class WakeHeard:
    """A wake word as this assistant heard it: what assistants in several rooms compare
    (mqtt/arbiter.py). How well the word itself was heard, not how loud the room is: a box playing
    music, or near a TV, has a loud room and a high noise floor."""

    turn: int
    score: float  # the wake word model's
    level_db: float  # the room's level over the last second (the wake word, and whatever played), dBFS
    snr_db: float  # that level above the room's noise floor (its quietest tenth of the last 5 s)
    talking: bool  # this assistant's own output could be heard meanwhile
    at_monotonic: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class Utterance:
    """One spoken command, cut between the wake word and the end of speech."""

    turn: int
    pcm: bytes  # 16 kHz mono s16le
    wake_t_ms: int
    speech_end_t_ms: int
    outcome: Outcome
    speculation: Speculation | None = None  # started at the last pause; still valid
    follow_up: FollowUp | None = None  # said without the wake word, in answer to the last reply
    wake: WakeHeard | None = None  # started by this wake word (several assistants may have heard it)
    handed_at_monotonic: float = field(default_factory=time.monotonic)

    @property
    def woken(self) -> bool:
        return self.wake is not None


class TurnIds:
    """Thread-safe turn numbering shared by everything that starts turns."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            return next(self._counter)


@dataclass
class _Command:
    turn: int
    wake_t_ms: int
    segmenter: Segmenter
    pcm: list[bytes] = field(default_factory=list)
    speculation: Speculation | None = None
    spoken_since_ms: int = 0  # speech heard after the audio the speculation transcribes
    chime_until_t_ms: int = 0  # stream time: until then the microphone hears our chime
    follow_up: FollowUp | None = None
    wake: WakeHeard | None = None

    def speculate(self, start: Callable[[bytes], Speculation]) -> None:
        self.speculation = start(b"".join(self.pcm))
        self.spoken_since_ms = 0

    def heard_speech(self) -> None:
        """Speech after the speculation's audio: once it adds up to what starts a command
        (`speech_start_ms`), the transcript would miss words. Less is the tail of the last word
        (a VAD flicker)."""
        if self.speculation is None:
            return
        self.spoken_since_ms += self.segmenter.settings.frame_ms
        if self.spoken_since_ms >= self.segmenter.settings.speech_start_ms:
            logger.debug("turn %d: speech again, speculation dropped", self.turn)
            self.drop_speculation()

    def drop_speculation(self) -> None:
        if self.speculation is not None:
            self.speculation.cancel()
            self.speculation = None


class LevelMeter:
    """The room's level over the last second and its noise floor (the quietest tenth of the frames
    of the last 5 s), in dBFS: what a wake claim compares between rooms."""

    def __init__(self, seconds: float = 1.0, floor_seconds: float = 5.0) -> None:
        self._powers: deque[float] = deque(maxlen=int(seconds * 1000 / FRAME_MS))
        self._history: deque[float] = deque(maxlen=int(floor_seconds * 1000 / FRAME_MS))

    def add(self, pcm: bytes) -> None:
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768
        power = float(np.mean(samples * samples)) if samples.size else 0.0
        self._powers.append(power)
        self._history.append(power)

    def level_db(self) -> float:
        return _db(sum(self._powers) / len(self._powers) if self._powers else 0.0)

    def floor_db(self) -> float:
        """Never below -90 dBFS: digital silence is no room, and would make any sound seem clear."""
        floor = float(np.percentile(np.fromiter(self._history, float), 10)) if self._history else 0.0
        return max(_db(floor), _FLOOR_DB)


_FLOOR_DB = -90.0  # the lowest noise floor a room is given


def _db(power: float) -> float:
    return round(10 * math.log10(power), 1) if power > 1e-12 else -120.0


@dataclass(frozen=True)
class ListenerHooks:
    """How the listener is wired to the rest of the pipeline, fixed at construction."""

    wait_for_turns: bool = False  # file input: every turn is over before the next frame is heard
    on_wake: Callable[[], None] = lambda: None  # a wake word while speaking stops the speech
    stop_watch: StopWatch | None = None  # barge-in: stop phrases while a turn runs
    busy: Callable[[], bool] = lambda: False  # a turn thinks or speaks
    on_stop: Callable[[], None] = lambda: None  # a stop phrase was heard


class Listener:
    def __init__(
        self,
        wake: WakeEngine,
        vad: VadEngine,
        settings: ListenerSettings,
        bus: EventBus,
        on_utterance: Callable[[Utterance | Unanswered], None],
        turn_ids: TurnIds,
        speculate: Callable[[bytes], Speculation] | None = None,
        listen_requested: threading.Event | None = None,
        gate: TurnGate | None = None,
        hooks: ListenerHooks | None = None,
        *,
        muted: bool = False,
        chime_ms: int = 0,
    ) -> None:
        self._speculate = speculate
        self._gate = gate or TurnGate()
        self._hooks = hooks or ListenerHooks()
        self._wake = wake
        self._vad = vad
        self._settings = settings
        self._bus = bus
        self._on_utterance = on_utterance
        self._turn_ids = turn_ids
        self._preroll: PreRoll[Frame] = PreRoll(settings.preroll_ms // FRAME_MS)
        self._level = LevelMeter()
        self._command: _Command | None = None
        self._last_wake_t_ms: int | None = None
        self._heard_self_t_ms: int | None = None  # the last frame our own output could be heard in
        self._listen_requested = listen_requested or threading.Event()  # set from any thread
        self.last_t_ms = 0
        self.last_frame_monotonic = time.monotonic()
        # Live state, set from other threads: mute/set ON (no wake word, no listening; a command being
        # recorded is dropped), and the audio after a wake word that is our own "listening" chime, not
        # the command (a reload of `feedback` changes it).
        self.muted = muted
        self.chime_ms = chime_ms

    def request_listen(self) -> None:
        """Start a command at the next frame, as if the wake word had been said (buttons, automations)."""
        self._listen_requested.set()

    def process(self, frame: Frame) -> None:
        if self._hooks.wait_for_turns:
            self._gate.wait_idle()
        self._level.add(frame.pcm)  # always: a wake word in a follow-up is measured as one when idle
        if frame.echo:
            self._heard_self_t_ms = frame.t_ms
        self.last_t_ms = frame.t_ms
        self.last_frame_monotonic = time.monotonic()
        if self._command is not None and self.muted:
            self._give_up(self._command, frame.t_ms, MUTED)
        if self._command is not None:
            self._in_command(self._command, frame)
        else:
            self._idle(frame)

    def _in_command(self, command: _Command, frame: Frame) -> None:
        if frame.t_ms < command.chime_until_t_ms or _own_voice(command, frame):  # not the command: silence
            command.pcm.append(bytes(len(frame.pcm)))
            self._advance(command, False, frame.t_ms)
            return
        if command.wake is None and self._woken_in_command(command, frame):
            return
        command.pcm.append(frame.pcm)
        self._advance(command, self._is_speech(frame.pcm), frame.t_ms)

    def _idle(self, frame: Frame) -> None:
        """The wake word (and stop phrases during a turn); a follow-up or a `listen` request starts a
        command at once. The pre-roll's speech flags are worked out if a command starts."""
        self._preroll.append(frame)
        follow_up = self._gate.take()
        if follow_up is not None and self.muted:  # muted meanwhile: no listening without the wake word
            self._hand(Unanswered(self._turn_ids.next(), frame.t_ms, follow_up, MUTED))
        elif follow_up is not None:
            self._start(None, frame.t_ms, follow_up)
            return
        if self._listen_requested.is_set():
            self._listen_requested.clear()
            if not self.muted:
                self._start(None, frame.t_ms)
                return
            logger.warning("listen request refused: muted")  # muted after the request was taken
        if self.muted:
            return
        detection = self._wake.process(frame.pcm)
        if detection is not None and self._outside_refractory(frame.t_ms):
            self._hooks.on_wake()
            self._start(detection, frame.t_ms)
        elif self._hooks.stop_watch is not None:
            self._watch_for_stop(self._hooks.stop_watch, frame)

    def _watch_for_stop(self, watch: StopWatch, frame: Frame) -> None:
        if not self._hooks.busy():
            watch.reset()
            return
        heard = watch.process(frame, self._is_speech(frame.pcm))
        if heard is not None:  # cancelled first: no sentence of the turn is synthesized after its `stop`
            self._hooks.on_stop()
            self._bus.emit(events.STOP, 0, frame.t_ms, text=heard.text, word_end_t_ms=heard.word_end_t_ms)

    def _woken_in_command(self, command: _Command, frame: Frame) -> bool:
        """The wake word in a command no wake word started (a `listen` request, a follow-up): that turn
        ends (a follow-up's question is dropped) and a command starts after the wake word. The
        pre-roll is kept meanwhile, so the wake word's tail is cut as from idle."""
        self._preroll.append(frame)
        detection = None if self.muted else self._wake.process(frame.pcm)
        if detection is None:
            return False
        logger.info("turn %d: the wake word while listening: listening again after it", command.turn)
        self._hooks.on_wake()
        self._give_up(command, frame.t_ms)  # no command was heard in it
        self._start(detection, frame.t_ms)
        return True

    def finish(self) -> None:
        """The input ended: a command that had started is ended here."""
        command = self._command
        if command is None:
            return
        if command.segmenter.in_speech:
            self._hand_over(command, Outcome.SPEECH_END, self.last_t_ms)
        else:
            self._give_up(command, self.last_t_ms)

    def _heard(self, detection: Detection, turn: int, t_ms: int) -> WakeHeard:
        level = self._level.level_db()
        snr = round(level - self._level.floor_db(), 1)
        talking = self._heard_self_t_ms is not None and t_ms - self._heard_self_t_ms <= _TALKING_MS
        return WakeHeard(turn, round(detection.probability, 3), level, snr, talking)

    def _outside_refractory(self, t_ms: int) -> bool:
        last = self._last_wake_t_ms
        return last is None or t_ms - last >= self._settings.refractory_ms

    def _start(self, detection: Detection | None, t_ms: int, follow_up: FollowUp | None = None) -> None:
        """A command starts: after a wake word, on request, or as a follow-up (no `wake` event then)."""
        if self._hooks.stop_watch is not None:
            self._hooks.stop_watch.reset()
        turn = self._turn_ids.next()
        wake = None
        if detection is not None:
            wake = self._heard(detection, turn, t_ms)
            self._last_wake_t_ms = t_ms
            fields = {"level_db": wake.level_db, "snr_db": wake.snr_db, "talking": wake.talking}
            self._bus.emit(events.WAKE, turn, t_ms, model=detection.model, probability=wake.score, **fields)
        segmenter = self._settings.segmenter
        if follow_up is None:
            self._bus.emit(events.LISTENING, turn, t_ms)
        else:
            segmenter = replace(segmenter, no_speech_timeout_ms=follow_up.window_ms)
            question = follow_up.question.id if follow_up.question else None
            self._bus.emit(events.LISTENING, turn, t_ms, follow_up=True, question=question)
        command = _Command(turn, t_ms, Segmenter(segmenter), follow_up=follow_up, wake=wake)
        prerolled = self._preroll.drain()
        if follow_up is not None:  # just after a reply: the pre-roll may hold our own voice
            prerolled = _after_own_voice(prerolled)
        self._vad.reset()
        flags = [self._is_speech(f.pcm) for f in prerolled]
        keep_from = wake_tail_end(flags) if follow_up is None else 0
        for kept, is_speech in zip(prerolled[keep_from:], flags[keep_from:], strict=True):
            command.pcm.append(kept.pcm)
            command.segmenter.process(is_speech)
        if detection is not None:
            command.segmenter.at_wake_word()
        chimed = detection is not None or follow_up is not None  # (a `listen` request has no chime)
        if chimed and not command.segmenter.speaking_now():  # a command under way is kept, chime and all
            command.chime_until_t_ms = t_ms + self.chime_ms
        self._command = command

    def _is_speech(self, pcm: bytes) -> bool:
        return self._vad.speech_probability(pcm) >= self._settings.vad_threshold

    def _advance(self, command: _Command, is_speech: bool, t_ms: int) -> None:
        segmenter = command.segmenter
        outcome = segmenter.process(is_speech)
        if outcome in (Outcome.SPEECH_END, Outcome.MAX_LENGTH):
            self._hand_over(command, outcome, t_ms)
        elif outcome is Outcome.NO_SPEECH:
            self._give_up(command, t_ms)
        elif outcome is Outcome.WAKE_TAIL:  # that was the wake word: the command is still to come
            logger.debug(
                "turn %d: the wake word's tail, %d ms of it dropped",
                command.turn,
                len(command.pcm) * FRAME_MS,
            )
            command.drop_speculation()
            command.pcm.clear()
        elif outcome is Outcome.PAUSE and self._speculate is not None:
            if command.speculation is None:  # else only a flicker came after the one running: keep it
                logger.debug("turn %d: pause at %d ms, speculating", command.turn, t_ms)
                command.speculate(self._speculate)
        elif is_speech:
            command.heard_speech()
        elif _complete(command.speculation) and segmenter.may_end_early():
            self._hand_over(command, Outcome.SEMANTIC_END, t_ms)

    def _hand_over(self, command: _Command, outcome: Outcome, t_ms: int) -> None:
        self._bus.emit(events.SPEECH_END, command.turn, t_ms, reason=outcome.value)
        utterance = Utterance(
            command.turn,
            b"".join(command.pcm),
            command.wake_t_ms,
            t_ms,
            outcome,
            command.speculation,
            command.follow_up,
            command.wake,
        )
        self._back_to_idle()
        self._hand(utterance)

    def _give_up(self, command: _Command, t_ms: int, outcome: str = Outcome.NO_SPEECH.value) -> None:
        """The command ends with nothing to transcribe: nobody spoke (or only the wake word, which
        starts another), or `MUTED` (dropped at once)."""
        if outcome == MUTED:
            logger.info("turn %d: muted while listening, the command is dropped", command.turn)
        command.drop_speculation()
        self._back_to_idle()
        if command.follow_up is not None:  # the turn worker ends what waited for the answer
            self._hand(Unanswered(command.turn, t_ms, command.follow_up, outcome))
            return
        timings = {"listen": t_ms - command.wake_t_ms}
        self._bus.emit(events.TURN_END, command.turn, t_ms, outcome=outcome, timings_ms=timings)

    def _hand(self, item: Utterance | Unanswered) -> None:
        self._gate.queued()
        self._on_utterance(item)

    def _back_to_idle(self) -> None:
        self._command = None
        self._wake.reset()


def _own_voice(command: _Command, frame: Frame) -> bool:
    """A follow-up (no wake word said) never takes the assistant's own voice for the answer."""
    return frame.echo and command.follow_up is not None


def _after_own_voice(frames: list[Frame]) -> list[Frame]:
    """The frames after the last one captured while the assistant could be heard."""
    last_echo = max((i for i, frame in enumerate(frames) if frame.echo), default=-1)
    return frames[last_echo + 1 :]


def _complete(speculation: Speculation | None) -> bool:
    return speculation is not None and speculation.done() and speculation.complete
