"""Fake engines for fast tests of orchestration logic (no models).

They implement the real interfaces and read a tiny "language" out of the audio:
a frame whose samples all equal WAKE_SAMPLE is the wake word; a frame with
energy is speech; silence is zeros. Helpers build such audio.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator

import numpy as np

from edgeagent.audio.frames import BYTES_PER_FRAME, SAMPLES_PER_FRAME
from edgeagent.engines.stt.base import Transcript
from edgeagent.engines.tts.base import AudioChunk, split_sentences
from edgeagent.engines.wake.base import Detection

WAKE_SAMPLE = 12345
_SPEECH_AMPLITUDE = 8000


def wake_frames(count: int = 1) -> bytes:
    return np.full(SAMPLES_PER_FRAME * count, WAKE_SAMPLE, dtype="<i2").tobytes()


def speech_frames(ms: int) -> bytes:
    samples = SAMPLES_PER_FRAME * (ms // 10)
    wave = np.where(np.arange(samples) % 2 == 0, _SPEECH_AMPLITUDE, -_SPEECH_AMPLITUDE)
    return wave.astype("<i2").tobytes()


def silence_frames(ms: int) -> bytes:
    return bytes(BYTES_PER_FRAME * (ms // 10))


class FakeWake:
    def __init__(self, model: str = "fake_wake") -> None:
        self.model = model
        self.resets = 0

    def process(self, frame: bytes) -> Detection | None:
        samples = np.frombuffer(frame, dtype="<i2")
        if samples.size and bool(np.all(samples == WAKE_SAMPLE)):
            return Detection(self.model, 1.0)
        return None

    def reset(self) -> None:
        self.resets += 1

    def set_threshold(self, threshold: float) -> None:
        self.threshold = threshold

    def close(self) -> None:
        """Nothing to release."""


class FakeVad:
    def speech_probability(self, frame: bytes) -> float:
        samples = np.frombuffer(frame, dtype="<i2")
        if samples.size == 0 or bool(np.all(samples == WAKE_SAMPLE)):
            return 0.0
        return 1.0 if float(np.abs(samples.astype(np.int32)).mean()) > 1000 else 0.0

    def reset(self) -> None:
        """Stateless."""

    def close(self) -> None:
        """Nothing to release."""


class FakeStt:
    """Answers with scripted transcripts in order, else the speech length; the texts in `unsure` are
    said not to be sure; `transcribe_again` answers with the next one of the script too."""

    def __init__(
        self,
        transcripts: list[str] | None = None,
        *,
        unsure: Collection[str] = (),
        looping: Collection[str] = (),
    ) -> None:
        self._script = list(transcripts or [])
        self._unsure = set(unsure)
        self._looping = set(looping)  # heard as a decoding loop every time: no words, `looped`
        self.calls: list[int] = []  # audio length in ms of each call
        self.again: list[int] = []  # the same, for each call of transcribe_again

    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        self.calls.append(len(pcm) // BYTES_PER_FRAME * 10)
        return self._next(self.calls[-1], language)

    def transcribe_again(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        self.again.append(len(pcm) // BYTES_PER_FRAME * 10)
        return self._next(self.again[-1], language)

    def _next(self, ms: int, language: str) -> Transcript:
        text = self._script.pop(0) if self._script else f"{ms} milliseconds of speech"
        if text in self._looping:
            return Transcript("", language, sure=False, looped=True)
        return Transcript(text, language, sure=text not in self._unsure)

    def transcribe_word(self, pcm: bytes, language: str) -> Transcript:
        return self.transcribe(pcm, language)

    def close(self) -> None:
        """Nothing to release."""


class FakeTts:
    """10 ms of silence per character, one chunk per sentence, at 16 kHz."""

    sample_rate_hz = 16000

    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        for sentence in split_sentences(text):
            yield AudioChunk(sentence, bytes(BYTES_PER_FRAME * len(sentence)), self.sample_rate_hz)

    def close(self) -> None:
        """Nothing to release."""


class FakeLlm:
    """Replies with scripted outputs, one piece per character, honouring `cancel` and `max_tokens`."""

    def __init__(self, replies: list[str]) -> None:
        self._replies = list(replies)
        self.primed: list[str] = []
        self.prompts: list[str] = []
        self.histories: list[tuple[tuple[str, str], ...]] = []

    def prime(
        self,
        prefix: str,
        schemas: tuple[str | None, ...] = (None,),
        *,
        examples: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.primed.append(prefix)

    def generate(
        self,
        user_text: str,
        *,
        max_tokens: int,
        cancel: threading.Event,
        schema: str | None = None,
        history: tuple[tuple[str, str], ...] = (),
    ) -> Iterator[str]:
        self.prompts.append(user_text)
        self.histories.append(history)
        reply = self._replies.pop(0) if self._replies else '{"answer": "I do not know."}'
        for piece in reply[:max_tokens]:
            if cancel.is_set():
                return
            yield piece

    def close(self) -> None:
        """Nothing to release."""
