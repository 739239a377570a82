"""Feedback sounds, generated (nothing shipped): "listening", "done" and "error".

Made at the voice's own sample rate, so the speaker stream is never reopened
between a chime and a reply.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from edgeagent.config import FeedbackSettings
from edgeagent.engines.tts.base import AudioChunk
from edgeagent.pipeline import events
from edgeagent.pipeline.events import Event

RATE_HZ = 16000
ECHO_MS = 100  # how long a chime still rings in the room after it ends


def listening_chime_ms(settings: FeedbackSettings) -> int:
    """How much audio after the wake word the "listening" chime (and its echo) fills; 0 without one."""
    return LISTENING_NOTES_MS * 2 + ECHO_MS if settings.listening else 0


LISTENING_NOTES_MS = 70


def tone(frequencies_hz: list[float], note_ms: int, volume: float, rate_hz: int = RATE_HZ) -> bytes:
    """Notes one after another, each with a soft attack and release (no clicks)."""
    samples_per_note = rate_hz * note_ms // 1000
    t = np.arange(samples_per_note) / rate_hz
    envelope = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01)
    notes = [np.sin(2 * np.pi * f * t) * envelope for f in frequencies_hz]
    return (np.concatenate(notes) * volume * 32767).astype("<i2").tobytes()


def sounds(settings: FeedbackSettings, rate_hz: int = RATE_HZ) -> dict[str, AudioChunk]:
    made = {
        "listening": tone([660, 880], LISTENING_NOTES_MS, settings.volume, rate_hz),
        "done": tone([880], 60, settings.volume, rate_hz),
        "error": tone([330, 220], 120, settings.volume, rate_hz),
    }
    made["announce"] = tone([523, 659, 784], 90, settings.volume, rate_hz)  # asked for per announcement
    wanted = {
        "listening": settings.listening,
        "done": settings.done,
        "error": settings.error,
        "announce": True,
    }
    return {name: AudioChunk(f"<{name}>", pcm, rate_hz) for name, pcm in made.items() if wanted[name]}


class FeedbackPlayer:
    """An EventBus subscriber: plays the chime that fits the event, never blocking the caller.

    `arbitrated`: several assistants may have heard the wake word, so the "listening" chime after
    it waits for the arbiter (`listening`); a `listen` request or a follow-up chimes at once."""

    def __init__(
        self,
        settings: FeedbackSettings,
        play: Callable[[AudioChunk], None],
        rate_hz: int = RATE_HZ,
        *,
        arbitrated: bool = False,
    ) -> None:
        self._sounds = sounds(settings, rate_hz)
        self._play = play
        self._arbitrated = arbitrated
        self._woken: set[int] = set()

    def __call__(self, event: Event) -> None:
        if event.event == events.WAKE:
            self._woken = {event.turn}
        name = self._sound_for(event)
        if name == "listening" and self._arbitrated and event.turn in self._woken:
            return  # the arbiter says when
        if name in self._sounds:
            self._play(self._sounds[name])

    @property
    def announce_chime(self) -> AudioChunk:
        return self._sounds["announce"]

    def listening(self) -> None:
        """The "listening" chime, now (this assistant won the wake word)."""
        if "listening" in self._sounds:
            self._play(self._sounds["listening"])

    @staticmethod
    def _sound_for(event: Event) -> str:
        if event.event == events.LISTENING:
            return "listening"
        if event.event == events.ERROR and event.fields.get("code") != "remote_fallback":
            return "error"  # a server failing while the local engine answers is no failure to hear
        if event.event == events.ACTION:
            return "done"
        return ""
