"""One turn after the listener: transcribe, respond, speak; with events and timings.

Runs on the turn worker thread. Stream time for these events is the time of
the end-of-speech decision plus the wall time spent since, i.e. what the stream
clock would read on a live microphone.

Each turn owns a cancel token (a `threading.Event`, made new for every turn so a
stop never leaks into the next one). `stop_speaking()` sets it: transcription's
result is thrown away, the language model stops between tokens, no further
sentence is synthesized, and playback stops within one block. Nothing inside a
turn ends the daemon: any exception becomes an `error` event (with the stage it
happened in) and a spoken apology, and the next turn runs as usual.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from edgeagent.engines.stt.base import SttEngine, Transcript
from edgeagent.engines.tts.base import TtsEngine
from edgeagent.errors import EdgeAgentError
from edgeagent.pipeline import events
from edgeagent.pipeline.events import EventBus
from edgeagent.pipeline.listener import Utterance
from edgeagent.pipeline.playback import Playback

logger = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong, please try again."
DRAIN_MARGIN_SECONDS = 5.0  # waiting for playback is bounded: the audio queued, plus this


class Emit(Protocol):
    """Emit an event of the current turn, stamped with the turn's stream time."""

    def __call__(self, event: str, **fields: Any) -> None: ...


class Responder(Protocol):
    """Turns a transcript into what the assistant says, doing what it decided on the way."""

    def respond(
        self, text: str, turn: int, emit: Emit, cancel: threading.Event | None = None
    ) -> str | Iterator[str]:
        """The reply: text, or sentences still being written (a streamed LLM answer).

        Once `cancel` is set nothing more is done: no command is sent, the model stops writing."""
        ...

    def is_complete(self, text: str) -> bool:
        """Is `text` already a whole command (the turn may end after a shorter silence)? No side effects."""
        ...


@dataclass(frozen=True)
class _TextTurn:
    turn: int
    text: str
    t_ms: int  # stream time when it was queued
    handed_at_monotonic: float = field(default_factory=time.monotonic)


class Announcement(_TextTurn):
    """Something to say that no one asked for just now (a timer ending)."""


class TextRequest(_TextTurn):
    """A typed question (MQTT `ask`): a whole turn without audio."""


def _close(sentences: Iterator[str]) -> None:
    close = getattr(sentences, "close", None)
    if close is not None:
        close()


class Acknowledger:
    """A responder that repeats what was heard (pipeline tests; the audio path without understanding)."""

    def respond(self, text: str, turn: int, emit: Emit, cancel: threading.Event | None = None) -> str:
        if not text:
            return "Sorry, I didn't catch that."
        return f"You said: {text}"

    def is_complete(self, text: str) -> bool:
        return False  # anything may follow: always wait for the full silence


@dataclass(frozen=True)
class TurnSettings:
    language: str = "en"
    initial_prompt: str = ""


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
    ) -> None:
        self._prompt = prompt or (lambda: settings.initial_prompt)
        self._stt = stt
        self._tts = tts
        self._responder = responder
        self._playback = playback
        self._bus = bus
        self._settings = settings
        self._cancel = threading.Event()  # the current turn's token
        self._stage = ""  # what the current turn is doing (named in an unexpected error)

    def stop_speaking(self) -> None:
        """Cancel the current turn: nothing more is decided, synthesized or played."""
        self._cancel.set()
        self._playback.flush()

    def ask(self, request: TextRequest) -> None:
        clock = _Clock(request.t_ms, request.handed_at_monotonic)
        timings = {"queued": clock.lap_ms()}

        def body(cancel: threading.Event) -> None:
            self._bus.emit(events.TRANSCRIPT, request.turn, clock.t_ms(), text=request.text)
            self.respond_and_speak(request.text, request.turn, clock, timings, cancel)

        self._turn(request.turn, clock, timings, body)

    def announce(self, announcement: Announcement) -> None:
        clock = _Clock(announcement.t_ms, announcement.handed_at_monotonic)
        timings: dict[str, int] = {}

        def body(cancel: threading.Event) -> None:
            self._bus.emit(events.RESPONSE, announcement.turn, clock.t_ms(), text=announcement.text)
            self.speak(announcement.text, announcement.turn, clock, timings, cancel)

        self._turn(announcement.turn, clock, timings, body, done="announced", failed="announced")

    def run(self, utterance: Utterance) -> None:
        clock = _Clock(utterance.speech_end_t_ms, utterance.handed_at_monotonic)
        timings = {"listen": utterance.speech_end_t_ms - utterance.wake_t_ms, "queued": clock.lap_ms()}

        def body(cancel: threading.Event) -> None:
            self._stage = "stt"
            transcript = self._transcript(utterance)
            timings["stt"] = clock.lap_ms()
            self._bus.emit(events.TRANSCRIPT, utterance.turn, clock.t_ms(), text=transcript.text)
            if not cancel.is_set():
                self.respond_and_speak(transcript.text, utterance.turn, clock, timings, cancel)

        self._turn(utterance.turn, clock, timings, body)

    def _transcript(self, utterance: Utterance) -> Transcript:
        """The speculative transcript when the pause before it was the end; else transcribe now."""
        if utterance.speculation is not None:
            early = utterance.speculation.wait()
            if early is not None:
                return early
        return self._stt.transcribe(utterance.pcm, self._settings.language, initial_prompt=self._prompt())

    def _turn(
        self,
        turn: int,
        clock: _Clock,
        timings: dict[str, int],
        body: Callable[[threading.Event], None],
        *,
        done: str = "done",
        failed: str = "error",
    ) -> None:
        """Run one turn's work under a new cancel token; any failure becomes an `error` event and an
        apology; `turn_end` always follows."""
        cancel = self._cancel = threading.Event()
        self._stage = "understand"
        outcome = done
        try:
            body(cancel)
        except Exception as exc:  # nothing inside a turn may end the daemon
            outcome = failed
            self._failed(turn, clock, exc, apologize=failed == "error" and not cancel.is_set())
        if cancel.is_set() and outcome == done:
            outcome = "stopped"
        self._bus.emit(events.TURN_END, turn, clock.t_ms(), outcome=outcome, timings_ms=timings)

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
        self, text: str, turn: int, clock: _Clock, timings: dict[str, int], cancel: threading.Event
    ) -> None:
        def emit(event: str, **fields: Any) -> None:
            self._bus.emit(events.EventType(event), turn, clock.t_ms(), **fields)

        self._stage = "understand"
        response = self._responder.respond(text, turn, emit, cancel)
        timings["understand"] = clock.lap_ms()
        if isinstance(response, str):
            self._bus.emit(events.RESPONSE, turn, clock.t_ms(), text=response)
            if response:
                self.speak(response, turn, clock, timings, cancel)
            return
        # A streamed answer: each sentence is spoken as soon as the model finishes it;
        # the `response` event carries the whole text once it is known.
        said = self._speak_sentences(response, turn, clock, timings, cancel)
        self._bus.emit(events.RESPONSE, turn, clock.t_ms(), text=" ".join(said))

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
                self._stage = "tts"
                for chunk in self._tts.synthesize(text):
                    if cancel.is_set():
                        break
                    synth_ms += clock.lap_ms()
                    timings.setdefault("tts_first_audio", synth_ms)
                    self._bus.emit(events.TTS, turn, clock.t_ms(), text=chunk.text, audio_ms=chunk.audio_ms)
                    self._playback.enqueue(chunk, cancel)
                    audio_ms += chunk.audio_ms
                    said.append(chunk.text)
                if cancel.is_set():
                    break
                self._stage = "understand"  # a streamed answer: the model writes the next sentence
        finally:
            _close(sentences)  # stop the model writing the rest
        timings["tts"] = synth_ms
        self._wait_played(audio_ms)
        timings["playback_wait"] = clock.lap_ms()
        return said

    def _wait_played(self, audio_ms: int) -> None:
        """Until everything queued was played: bounded by its length, so a stuck sink cannot hang a turn."""
        limit_seconds = audio_ms / 1000 + DRAIN_MARGIN_SECONDS
        if not self._playback.drain(limit_seconds):
            logger.warning("playback still busy after %.1f s; dropping the rest", limit_seconds)
            self._playback.flush()
