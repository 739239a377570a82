"""Stop by voice: "stop", "cancel", "be quiet" while the assistant thinks or speaks.

With `audio.barge_in` on, the listener hands every frame it hears during a turn
to a `StopWatch`. Short bursts of speech (a word or two: longer is a sentence,
most often the assistant's own voice coming back from the speaker) are
transcribed on the speculator's thread, by the engine's fastest way, as soon as
`check_after_ms` of silence follows them (speech again drops that transcription);
a transcript that is only a stop phrase stops the turn. A quick transcript of
nothing, or of one other word, is asked again the careful way (`recheck`):
Whisper's fast pass hears a tight "stop" as silence now and then. Pure
logic on the listener's thread: it never waits for the transcription, it looks
at each frame whether one has come back.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from edgeagent.audio.frames import FRAME_MS, Frame
from edgeagent.intent.lexicon import STOP, words
from edgeagent.pipeline.speculate import Speculation

logger = logging.getLogger(__name__)


def is_stop(text: str) -> bool:
    """Is the transcript only a stop phrase ("Stop!", "Be quiet.", "okay, stop")?"""
    return " ".join(words(text)) in STOP


@dataclass(frozen=True)
class StopSettings:
    check_after_ms: int = 50  # silence after a short burst before it is transcribed
    end_silence_ms: int = 300  # a burst is over after this much silence (words closer are one burst)
    min_speech_ms: int = 100  # shorter is a click or a breath
    max_speech_ms: int = 1500  # longer is a sentence, not a stop word
    preroll_ms: int = 250  # the word's onset, from before the VAD was sure ("s" of "stop")


@dataclass(frozen=True)
class Heard:
    text: str
    word_end_t_ms: int  # the last speech frame of the word


class StopWatch:
    def __init__(
        self,
        transcribe: Callable[[bytes], Speculation],
        settings: StopSettings | None = None,
        *,
        recheck: Callable[[bytes], Speculation] | None = None,
    ) -> None:
        self._transcribe = transcribe
        self._recheck = recheck
        self._settings = settings or StopSettings()
        self._recent: deque[bytes] = deque(maxlen=max(1, self._settings.preroll_ms // FRAME_MS))
        self._burst: list[bytes] = []
        self._speech_ms = 0
        self._silence_ms = 0
        self._last_speech_t_ms = 0
        self._checking: list[tuple[Speculation, int]] = []
        self._current: Speculation | None = None  # the transcription of the burst so far

    def process(self, frame: Frame, is_speech: bool) -> Heard | None:
        """One frame heard during a turn; a stop phrase once its transcript has come back."""
        if is_speech or self._burst:
            self._grow(frame, is_speech)
        else:
            self._recent.append(frame.pcm)
        return self._came_back()

    @property
    def checking(self) -> bool:
        """Is a transcription still out?"""
        return any(not speculation.done() for speculation, _ in self._checking)

    def reset(self) -> None:
        """No turn any more: whatever was being heard or checked is not wanted."""
        for speculation, _ in self._checking:
            speculation.cancel()
        self._checking.clear()
        self._end_burst()

    def _grow(self, frame: Frame, is_speech: bool) -> None:
        if not self._burst:
            self._burst = list(self._recent)
            self._recent.clear()
        if self._speech_ms <= self._settings.max_speech_ms:  # a sentence is dropped anyway: not kept
            self._burst.append(frame.pcm)
        if is_speech:
            self._speech_ms += FRAME_MS
            self._silence_ms = 0
            self._last_speech_t_ms = frame.t_ms
            if self._current is not None:  # more words: that transcription misses them
                self._current.cancel()
                self._current = None
            return
        self._silence_ms += FRAME_MS
        settings = self._settings
        short = settings.min_speech_ms <= self._speech_ms <= settings.max_speech_ms
        if self._silence_ms == settings.check_after_ms and short:
            self._current = self._transcribe(b"".join(self._burst))
            self._checking.append((self._current, self._last_speech_t_ms))
        if self._silence_ms >= settings.end_silence_ms:
            self._end_burst()

    def _end_burst(self) -> None:
        self._burst, self._speech_ms, self._silence_ms, self._current = [], 0, 0, None

    def _came_back(self) -> Heard | None:
        heard = None
        for speculation, word_end in [c for c in self._checking if c[0].done()]:
            self._checking.remove((speculation, word_end))
            transcript = None if speculation.cancelled or speculation.error else speculation.transcript
            if transcript is not None and is_stop(transcript.text):
                heard = Heard(transcript.text, word_end)
            elif transcript is not None and self._worth_a_recheck(speculation, transcript.text):
                assert self._recheck is not None
                self._checking.append((self._recheck(speculation.pcm), word_end))
            elif transcript is not None:
                logger.debug("heard %r during the turn: not a stop phrase", transcript.text)
        return heard

    def _worth_a_recheck(self, speculation: Speculation, text: str) -> bool:
        return self._recheck is not None and speculation.word and len(text.split()) <= 1
