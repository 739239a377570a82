"""One turn after the listener: transcribe, respond, speak; with events and timings.

Runs on the turn worker thread. Stream time for these events is the time of
the end-of-speech decision plus the wall time spent since, i.e. what the stream
clock would read on a live microphone.

Each turn owns a cancel token (a `threading.Event`, made new for every turn so a
stop never leaks into the next one). `cancel_turn()` sets it: transcription's
result is thrown away, the language model stops between tokens, no further
sentence is synthesized, and playback stops within one block. Nothing inside a
turn ends the daemon: any exception becomes an `error` event (with the stage it
happened in) and a spoken apology, and the next turn runs as usual.

When every turn is over (its reply played), the worker tells the listener on the
`TurnGate`, with a `FollowUp` when the reply asked something: the answer is then
listened for without the wake word.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from edgeagent.audio.frames import voiced_ms
from edgeagent.engines.stt.base import SttEngine, Transcript, surest
from edgeagent.engines.tts.base import AudioChunk, TtsEngine
from edgeagent.errors import EdgeAgentError
from edgeagent.intent.hearing import CLEAR, Hearing, of_speech
from edgeagent.pipeline import events
from edgeagent.pipeline.conversation import FollowUp, Question, TurnGate, Unanswered
from edgeagent.pipeline.events import EventBus
from edgeagent.pipeline.heartbeat import Heartbeat
from edgeagent.pipeline.listener import Utterance, WakeHeard
from edgeagent.pipeline.playback import Playback

logger = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong, please try again."
NOT_MADE_OUT = "Sorry, I couldn't make that out."  # every hearing of it was a decoding loop
VOICE = "voice"  # where a sentence came from: the microphone
TYPED = "typed"  # ... or an MQTT `ask`
_MAX_FOLLOW_UPS = 2  # questions back in a row without the wake word (a TV cannot keep it listening)
DRAIN_MARGIN_SECONDS = 5.0  # waiting for playback is bounded: the audio queued, plus this


class Emit(Protocol):
    """Emit an event of the current turn, stamped with the turn's stream time."""

    def __call__(self, event: str, **fields: Any) -> None: ...


def answer_timed_out(bus: EventBus, question: Question, turn: int, t_ms: int) -> None:
    """An automation's question will hear no answer: the `answer` event says so (MQTT `answer`)."""
    bus.emit(events.ANSWER, turn, t_ms, id=question.id, answer=None, text="", timeout=True)


class Responder(Protocol):
    """Turns a transcript into what the assistant says, doing what it decided on the way."""

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = VOICE,
        hearing: Hearing = CLEAR,
    ) -> str | Iterator[str]:
        """The reply: text, or sentences still being written (a streamed LLM answer).

        `source`: where the sentence came from (a question held for an answer is answered only
        from there); `hearing`: how clearly it was heard (what it may do without asking first). Once
        `cancel` is set nothing more is done: no command is sent, the model stops writing."""
        ...

    def is_complete(self, text: str) -> bool:
        """Is `text` already a whole command (the turn may end after a shorter silence)? No side effects."""
        ...

    def unanswered(self, turn: int | None = None) -> None:
        """What turn `turn` asked (every turn's, when None) got no answer: drop what waited for it."""
        ...


@dataclass(frozen=True)
class _TextTurn:
    turn: int
    text: str
    t_ms: int  # stream time when it was queued
    handed_at_monotonic: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class Announcement(_TextTurn):
    """Something to say that no one asked for just now (a timer ending, a home-wide announcement)."""

    chime: AudioChunk | None = None  # played first


class TextRequest(_TextTurn):
    """A typed question (MQTT `ask`): a whole turn without audio."""


@dataclass(frozen=True)
class QuestionRequest:
    """An automation's question (MQTT `ask_question`): spoken, then its answer listened for."""

    turn: int
    question: Question
    t_ms: int
    handed_at_monotonic: float = field(default_factory=time.monotonic)


def _close(sentences: Iterator[str]) -> None:
    close = getattr(sentences, "close", None)
    if close is not None:
        close()


class Acknowledger:
    """A responder that repeats what was heard (pipeline tests; the audio path without understanding)."""

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = VOICE,
        hearing: Hearing = CLEAR,
    ) -> str:
        if not text:
            return "Sorry, I didn't catch that."
        return f"You said: {text}"

    def is_complete(self, text: str) -> bool:
        return False  # anything may follow: always wait for the full silence

    def unanswered(self, turn: int | None = None) -> None:
        """It never asks anything."""


@dataclass(frozen=True)
class TurnSettings:
    language: str = "en"
    initial_prompt: str = ""
    follow_up_ms: int = 0  # after a reply that ends in "?": listen this long without the wake word
    question_timeout_ms: int = 8000  # an automation's question: how long its answer is listened for


class _Clock:
    """Stream time for one turn, anchored at the end-of-speech decision."""

    def __init__(self, anchor_t_ms: int, anchor_monotonic: float) -> None:
        self._anchor_t_ms = anchor_t_ms
        self._anchor = anchor_monotonic
        self._lap = time.monotonic()

    def t_ms(self) -> int:
        return self._anchor_t_ms + int((time.monotonic() - self._anchor) * 1000)

    def lap_ms(self) -> int:
        """Wall milliseconds since the previous lap."""
        now = time.monotonic()
        elapsed, self._lap = now - self._lap, now
        return int(elapsed * 1000)


class TurnWorker:
    def __init__(
        self,
        stt: SttEngine,
        tts: TtsEngine,
        responder: Responder,
        playback: Playback,
        bus: EventBus,
        settings: TurnSettings,
        prompt: Callable[[], str] | None = None,
        gate: TurnGate | None = None,
        answers: Callable[[WakeHeard], bool] | None = None,
        heartbeat: Heartbeat | None = None,
    ) -> None:
        self._heartbeat = heartbeat or Heartbeat("turns")  # each stage of a turn (and sentence) is a step
        self._answers = answers  # several assistants heard the wake word: does this one answer?
        self._prompt = prompt or (lambda: settings.initial_prompt)
        self._gate = gate or TurnGate()
        self._stt = stt
        self._tts = tts
        self._responder = responder
        self._playback = playback
        self._bus = bus
        self._settings = settings
        self._cancel = threading.Event()  # the current turn's token
        self._follow_ups_in_a_row = 0  # a reply to a follow-up that asks again: at most _MAX_FOLLOW_UPS
        self._stage = ""  # what the current turn is doing (named in an unexpected error)
        self._turn_now = 0  # the current turn's id (named in the heartbeat)

    def cancel_turn(self) -> None:
        """Cancel the current turn: nothing more is decided, synthesized or played."""
        self._cancel.set()
        self._playback.flush()

    def ask(self, request: TextRequest) -> None:
        clock = _Clock(request.t_ms, request.handed_at_monotonic)
        timings = {"queued": clock.lap_ms()}

        def body(cancel: threading.Event) -> FollowUp | None:
            self._bus.emit(events.TRANSCRIPT, request.turn, clock.t_ms(), text=request.text)
            return self.respond_and_speak(request.text, request.turn, clock, timings, cancel)

        self._turn(request.turn, clock, timings, body)

    def question(self, request: QuestionRequest) -> None:
        """Speak an automation's question, then listen for its answer (`answered` / `unanswered`)."""
        clock = _Clock(request.t_ms, request.handed_at_monotonic)
        timings = {"queued": clock.lap_ms()}
        question = request.question

        def body(cancel: threading.Event) -> FollowUp | None:
            turn, t_ms = request.turn, clock.t_ms()
            self._bus.emit(events.RESPONSE, turn, t_ms, text=question.text, question=question.id)
            self.speak(question.text, request.turn, clock, timings, cancel)
            return FollowUp(self._settings.question_timeout_ms, question)

        if self._turn(request.turn, clock, timings, body, done="asked") is None:  # stopped, or failed
            answer_timed_out(self._bus, question, request.turn, clock.t_ms())

    def unanswered(self, item: Unanswered) -> None:
        """A follow-up heard nothing (or was muted): a timeout answer for an automation, else the held
        question dropped; the turn ends with the item's outcome."""
        clock = _Clock(item.t_ms, item.handed_at_monotonic)
        timings = {"listen": item.follow_up.window_ms}

        def body(cancel: threading.Event) -> None:
            self.settle(item.follow_up, item.turn, clock.t_ms())

        self._turn(item.turn, clock, timings, body, done=item.outcome)

    def settle(self, follow_up: FollowUp, turn: int, t_ms: int) -> None:
        """A follow-up that will hear nothing: a timeout answer for an automation, else what waited
        for the answer (a held confirmation, a question back) is dropped. Any thread."""
        if follow_up.question is None:
            self._responder.unanswered(follow_up.asked_by)
        else:
            answer_timed_out(self._bus, follow_up.question, turn, t_ms)

    def announce(self, announcement: Announcement) -> None:
        clock = _Clock(announcement.t_ms, announcement.handed_at_monotonic)
        timings: dict[str, int] = {}

        def body(cancel: threading.Event) -> None:
            self._bus.emit(events.RESPONSE, announcement.turn, clock.t_ms(), text=announcement.text)
            if announcement.chime is not None:
                self._playback.enqueue(announcement.chime, cancel)
            self.speak(announcement.text, announcement.turn, clock, timings, cancel)

        self._turn(announcement.turn, clock, timings, body, done="announced", failed="announced")

    def run(self, utterance: Utterance) -> None:
        clock = _Clock(utterance.speech_end_t_ms, utterance.handed_at_monotonic)
        timings = {"listen": utterance.speech_end_t_ms - utterance.wake_t_ms, "queued": clock.lap_ms()}
        if utterance.wake is not None and not self._this_one_answers(utterance.wake):
            self._yield(utterance, clock, timings)
            return
        self._follow_ups_in_a_row = self._follow_ups_in_a_row + 1 if utterance.follow_up else 0

        def body(cancel: threading.Event) -> FollowUp | None:
            self._at("stt")
            transcript = self._transcript(utterance)
            timings["stt"] = clock.lap_ms()
            self._bus.emit(events.TRANSCRIPT, utterance.turn, clock.t_ms(), text=transcript.text)
            if cancel.is_set():
                return None
            question = utterance.follow_up.question if utterance.follow_up else None
            if question is not None:
                self._answer(question, transcript.text, utterance.turn, clock, timeout=False)
                return None
            if transcript.looped:  # never a made-up command, never the loop read back
                self._bus.emit(events.RESPONSE, utterance.turn, clock.t_ms(), text=NOT_MADE_OUT)
                self.speak(NOT_MADE_OUT, utterance.turn, clock, timings, cancel)
                return None
            hearing = of_speech(transcript.log_prob, voiced_ms(utterance.pcm), transcript.alternatives)
            return self.respond_and_speak(
                transcript.text, utterance.turn, clock, timings, cancel, source=VOICE, hearing=hearing
            )

        self._turn(utterance.turn, clock, timings, body)

    def _this_one_answers(self, wake: WakeHeard) -> bool:
        if self._answers is None:
            return True
        try:
            return self._answers(wake)
        except Exception:  # arbitration failing: better two answers than none, and never a dead thread
            logger.exception("turn %d: wake arbitration failed; answering", wake.turn)
            return True

    def _yield(self, utterance: Utterance, clock: _Clock, timings: dict[str, int]) -> None:
        """Another assistant heard the wake word better and answers: this one ends the turn silently."""
        if utterance.speculation is not None:
            utterance.speculation.cancel()
        timings["arbitration"] = clock.lap_ms()
        self._bus.emit(events.TURN_END, utterance.turn, clock.t_ms(), outcome="yielded", timings_ms=timings)
        self._done(utterance.turn, clock, None)

    def _answer(self, question: Question, heard: str, turn: int, clock: _Clock, *, timeout: bool) -> None:
        """What was heard in answer to an automation's question, as an `answer` event (MQTT `answer`)."""
        chosen = question.match(heard) if question.answers else (heard.strip() or None)
        if question.answers:
            logger.info("turn %d: %r answers question %s with %s", turn, heard, question.id, chosen)
        self._bus.emit(
            events.ANSWER, turn, clock.t_ms(), id=question.id, answer=chosen, text=heard, timeout=timeout
        )

    def _transcript(self, utterance: Utterance) -> Transcript:
        """The speculative transcript when the pause before it was the end, else one made now; heard
        again the surer way when the engine was unsure of it and it is no command (`surest`)."""
        early = utterance.speculation.wait() if utterance.speculation is not None else None
        prompt = self._prompt()
        transcript = (
            early
            if early is not None
            else self._stt.transcribe(utterance.pcm, self._settings.language, initial_prompt=prompt)
        )
        return surest(
            self._stt, transcript, utterance.pcm, prompt=prompt, understood=self._responder.is_complete
        )

    def _turn(
        self,
        turn: int,
        clock: _Clock,
        timings: dict[str, int],
        body: Callable[[threading.Event], FollowUp | None],
        *,
        done: str = "done",
        failed: str = "error",
    ) -> FollowUp | None:
        """Run one turn's work under a new cancel token; any failure becomes an `error` event and an
        apology; `turn_end` always follows, then the listener hears whether to listen again (the
        follow-up posted is returned). A stopped turn leaves nothing waiting for an answer."""
        cancel = self._cancel = threading.Event()
        self._turn_now = turn
        self._at("understand")
        outcome = done
        follow_up: FollowUp | None = None
        try:
            follow_up = body(cancel)
        except Exception as exc:  # nothing inside a turn may end the daemon
            outcome = failed
            self._failed(turn, clock, exc, apologize=failed == "error" and not cancel.is_set())
        if cancel.is_set() and outcome == done:
            outcome = "stopped"
        if cancel.is_set():
            follow_up = None
            self._responder.unanswered(turn)
        self._bus.emit(events.TURN_END, turn, clock.t_ms(), outcome=outcome, timings_ms=timings)
        self._done(turn, clock, follow_up)
        return follow_up

    def _done(self, turn: int, clock: _Clock, follow_up: FollowUp | None) -> None:
        superseded = self._gate.turn_done(turn, follow_up)
        if superseded is not None:  # another turn came before its answer could be listened for
            self.settle(superseded, turn, clock.t_ms())

    def _failed(self, turn: int, clock: _Clock, exc: Exception, *, apologize: bool) -> None:
        if isinstance(exc, EdgeAgentError):
            stage, code, message = exc.stage, exc.code, exc.message
        else:
            logger.error("turn %d: unexpected failure in %s", turn, self._stage, exc_info=exc)
            stage, code, message = self._stage, "internal_error", f"{type(exc).__name__}: {exc}"
        self._bus.emit(events.ERROR, turn, clock.t_ms(), stage=stage, code=code, message=message)
        if not apologize or stage == "tts":
            return  # without a voice, the error chime says it
        try:
            self.speak(APOLOGY, turn, clock, {}, self._cancel)
        except Exception:
            logger.exception("turn %d: the apology could not be spoken either", turn)

    def respond_and_speak(
        self,
        text: str,
        turn: int,
        clock: _Clock,
        timings: dict[str, int],
        cancel: threading.Event,
        *,
        source: str = TYPED,
        hearing: Hearing = CLEAR,
    ) -> FollowUp | None:
        """Understand, act and speak; a `FollowUp` when the reply asked something."""

        def emit(event: str, **fields: Any) -> None:
            self._bus.emit(events.EventType(event), turn, clock.t_ms(), **fields)

        self._at("understand")
        response = self._responder.respond(text, turn, emit, cancel, source=source, hearing=hearing)
        timings["understand"] = clock.lap_ms()
        if isinstance(response, str):
            self._bus.emit(events.RESPONSE, turn, clock.t_ms(), text=response)
            if response:
                self.speak(response, turn, clock, timings, cancel)
            return self._follow_up(response, turn)
        # A streamed answer: each sentence is spoken as soon as the model finishes it;
        # the `response` event carries the whole text once it is known.
        said = " ".join(self._speak_sentences(response, turn, clock, timings, cancel))
        self._bus.emit(events.RESPONSE, turn, clock.t_ms(), text=said)
        return self._follow_up(said, turn)

    def _follow_up(self, reply: str, turn: int) -> FollowUp | None:
        asked = reply.rstrip().endswith("?") and self._settings.follow_up_ms > 0
        if asked and self._follow_ups_in_a_row >= _MAX_FOLLOW_UPS:
            logger.info(
                "a question back again: not listening without the wake word a %d. time", _MAX_FOLLOW_UPS + 1
            )
            self._responder.unanswered(turn)
            return None
        return FollowUp(self._settings.follow_up_ms, asked_by=turn) if asked else None

    def speak(
        self, text: str, turn: int, clock: _Clock, timings: dict[str, int], cancel: threading.Event
    ) -> None:
        self._speak_sentences(iter([text]), turn, clock, timings, cancel)

    def _speak_sentences(
        self,
        sentences: Iterator[str],
        turn: int,
        clock: _Clock,
        timings: dict[str, int],
        cancel: threading.Event,
    ) -> list[str]:
        synth_ms = audio_ms = 0
        said: list[str] = []
        try:
            for text in sentences:
                self._at("tts")
                for chunk in self._tts.synthesize(text):
                    if cancel.is_set():
                        break
                    synth_ms += clock.lap_ms()
                    timings.setdefault("tts_first_audio", synth_ms)
                    self._bus.emit(events.TTS, turn, clock.t_ms(), text=chunk.text, audio_ms=chunk.audio_ms)
                    self._playback.enqueue(chunk, cancel)
                    audio_ms += chunk.audio_ms
                    said.append(chunk.text)
                    self._at("tts")  # the next sentence: synthesized, then waiting for room to play
                if cancel.is_set():
                    break
                self._at("understand")  # a streamed answer: the model writes the next sentence
        finally:
            _close(sentences)  # stop the model writing the rest
        timings["tts"] = synth_ms
        self._heartbeat.busy(f"turn {self._turn_now}: waiting for playback")
        self._wait_played(audio_ms)
        timings["playback_wait"] = clock.lap_ms()
        return said

    def _at(self, stage: str) -> None:
        """The turn goes on to `stage` (a new step for the heartbeat; named if it fails)."""
        self._stage = stage
        self._heartbeat.busy(f"turn {self._turn_now}: {stage}")

    def _wait_played(self, audio_ms: int) -> None:
        """Until everything queued was played: bounded by its length, so a stuck sink cannot hang a turn."""
        limit_seconds = audio_ms / 1000 + DRAIN_MARGIN_SECONDS
        if not self._playback.drain(limit_seconds):
            logger.warning("playback still busy after %.1f s; dropping the rest", limit_seconds)
            self._playback.flush()
