"""End of speech, as pure logic: fed one speech/no-speech flag per frame, no model inside.

After the wake word the segmenter waits for speech to start (a run of
`speech_start_ms`), then for `end_silence_ms` of trailing silence. It also ends a
command that runs past `max_command_ms`, and gives up when nobody speaks within
`no_speech_timeout_ms`.

The command starts when the command's own speech starts, however soon after the wake
word it comes. Speech going on when the wake word is detected (the detection comes a
little after the word) is the wake word's own tail when it stops within
`wake_tail_ms` (`WAKE_TAIL`: the listener drops that audio, and the silence after it
runs no end-of-speech clock); speech that goes on past it is a command said with no
pause.

Two early signals serve speculative transcription: `PAUSE` when a silence inside
the command first reaches `speculate_after_ms` (start transcribing now, the
timer is still running), and `may_end_early()` once the silence is long enough
(`early_end_silence_ms`) to end a command already known to be complete.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from edgeagent.audio.frames import FRAME_MS


class Outcome(enum.Enum):
    SPEECH_START = "speech_start"
    SPEECH_END = "speech_end"  # trailing silence reached
    MAX_LENGTH = "max_length"  # the command ran too long: ended anyway
    NO_SPEECH = "no_speech"  # nobody spoke after the wake word
    PAUSE = "pause"  # a silence inside the command reached speculate_after_ms
    SEMANTIC_END = "semantic_end"  # ended early: the words so far are a complete command
    WAKE_TAIL = "wake_tail"  # the speech so far was the wake word's own tail: not the command


@dataclass(frozen=True)
class SegmenterSettings:
    speech_start_ms: int = 60
    end_silence_ms: int = 700
    max_command_ms: int = 10000
    no_speech_timeout_ms: int = 5000
    speculate_after_ms: int = 0  # 0 = no PAUSE outcome
    early_end_silence_ms: int = 0  # 0 = never end early
    wake_tail_ms: int = 300  # speech at the detection that stops within this is the wake word's
    wake_tail_gap_ms: int = 100  # the silence that shows the wake word's tail has stopped
    frame_ms: int = FRAME_MS


class Segmenter:
    def __init__(self, settings: SegmenterSettings) -> None:
        self.settings = settings
        self.elapsed_ms = 0
        self.in_speech = False
        self.finished: Outcome | None = None
        self._speech_run_ms = 0
        self._silence_run_ms = 0
        self._command_ms = 0
        self._since_wake_ms: int | None = None  # while the speech at the detection may be the wake word's
        self._last_speech_ms = 0  # after the detection, when speech was last heard

    def at_wake_word(self) -> None:
        """What follows comes after the wake word's detection (the pre-roll was fed before): speech
        going on now, or that just stopped, may be the wake word's own tail (its silence so far counts
        towards the gap that shows it)."""
        if self.in_speech or self._speech_run_ms > 0:
            self._since_wake_ms = 0
            self._last_speech_ms = -self._silence_run_ms if self.in_speech else 0

    def process(self, is_speech: bool) -> Outcome | None:
        """Advance one frame; the outcome this frame produced, if any."""
        if self.finished is not None:
            return None
        step = self.settings.frame_ms
        self.elapsed_ms += step
        if self._since_wake_ms is not None and self._was_wake_tail(self._since_wake_ms + step, is_speech):
            return Outcome.WAKE_TAIL
        if not self.in_speech:
            return self._waiting(is_speech, step)
        return self._speaking(is_speech, step)

    def _was_wake_tail(self, since_ms: int, is_speech: bool) -> bool:
        """Follow the speech that was going on at the detection (`since_ms` after it). True once it
        proved the wake word's tail, stopping within `wake_tail_ms`: then the command is awaited anew."""
        tail_ms, gap_ms = self.settings.wake_tail_ms, self.settings.wake_tail_gap_ms
        self._since_wake_ms = since_ms
        if is_speech:
            self._last_speech_ms = since_ms
            if since_ms > tail_ms:  # still speaking past any tail: a command said with no pause
                self._since_wake_ms = None
            return False
        if since_ms - self._last_speech_ms < gap_ms:
            return False
        self._since_wake_ms = None
        self.in_speech = False
        self._speech_run_ms = self._silence_run_ms = self._command_ms = 0
        return True

    def speaking_now(self) -> bool:
        """Speech is going on (a command, or a run of speech that may start one)."""
        return self._silence_run_ms == 0 if self.in_speech else self._speech_run_ms > 0

    @property
    def silence_ms(self) -> int:
        """The trailing silence so far (0 while someone speaks)."""
        return self._silence_run_ms

    def may_end_early(self) -> bool:
        """Has the trailing silence reached the shorter end for a complete command?"""
        early = self.settings.early_end_silence_ms
        return self.finished is None and self.in_speech and 0 < early <= self._silence_run_ms

    def _waiting(self, is_speech: bool, step: int) -> Outcome | None:
        self._speech_run_ms = self._speech_run_ms + step if is_speech else 0
        if self._speech_run_ms >= self.settings.speech_start_ms:
            self.in_speech = True
            self._command_ms = self._speech_run_ms
            return Outcome.SPEECH_START
        if self.elapsed_ms >= self.settings.no_speech_timeout_ms:
            return self._finish(Outcome.NO_SPEECH)
        return None

    def _speaking(self, is_speech: bool, step: int) -> Outcome | None:
        self._command_ms += step
        self._silence_run_ms = 0 if is_speech else self._silence_run_ms + step
        if self._silence_run_ms >= self.settings.end_silence_ms:
            return self._finish(Outcome.SPEECH_END)
        if self._command_ms >= self.settings.max_command_ms:
            return self._finish(Outcome.MAX_LENGTH)
        if self.settings.speculate_after_ms > 0 and _crossed(
            self._silence_run_ms, step, self.settings.speculate_after_ms
        ):
            return Outcome.PAUSE
        return None

    def _finish(self, outcome: Outcome) -> Outcome:
        self.finished = outcome
        return outcome


def _crossed(run_ms: int, step: int, mark_ms: int) -> bool:
    """Did this frame carry the run past `mark_ms`?"""
    return run_ms - step < mark_ms <= run_ms


def wake_tail_end(
    is_speech: Sequence[bool], *, min_gap_frames: int = 5, lead_frames: int = 20, ended_frames: int = 10
) -> int:
    """Where the pre-roll stops belonging to the wake phrase.

    The pre-roll holds the audio just before the detection: usually the tail of
    the wake phrase, a pause, maybe the start of the command. Cut by audio
    position: skip the first speech run and keep from the first pause of at least
    `min_gap_frames` after it. A pre-roll that starts with `ended_frames` of
    silence (longer than any stop inside a word) holds no wake word: its first
    speech is the command's, kept with `min_gap_frames` before it. Speech that
    runs on up to the detection keeps its last `lead_frames`: a detection comes
    130-300 ms after the wake word's end (microWakeWord, measured on Piper and
    espeak-ng voices), so they may be a command said with no pause (the segmenter
    tells that from the wake word's own tail by what follows).
    """
    first_speech = next((i for i, flag in enumerate(is_speech) if flag), None)
    if first_speech is None:
        return 0
    if first_speech >= ended_frames:
        return first_speech - min_gap_frames
    gap = 0
    for i in range(first_speech, len(is_speech)):
        gap = 0 if is_speech[i] else gap + 1
        if gap >= min_gap_frames:
            return i - gap + 1
    return max(first_speech, len(is_speech) - lead_frames)
