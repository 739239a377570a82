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


def tone(frequencies_hz: list[float], note_ms: int, volume: float, rate_hz: int = RATE_HZ) -> bytes:
    """Notes one after another, each with a soft attack and release (no clicks)."""
    samples_per_note = rate_hz * note_ms // 1000
    t = np.arange(samples_per_note) / rate_hz
    envelope = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01)
    notes = [np.sin(2 * np.pi * f * t) * envelope for f in frequencies_hz]
    return (np.concatenate(notes) * volume * 32767).astype("<i2").tobytes()


def sounds(settings: FeedbackSettings, rate_hz: int = RATE_HZ) -> dict[str, AudioChunk]:
    made = {
        "listening": tone([660, 880], 70, settings.volume, rate_hz),
        "done": tone([880], 60, settings.volume, rate_hz),
        "error": tone([330, 220], 120, settings.volume, rate_hz),
    }
    wanted = {"listening": settings.listening, "done": settings.done, "error": settings.error}
    return {
        name: AudioChunk(f"<{name}>", pcm, rate_hz, chime=True) for name, pcm in made.items() if wanted[name]
    }


class FeedbackPlayer:
    """An EventBus subscriber: plays the chime that fits the event, never blocking the caller."""

    def __init__(
        self, settings: FeedbackSettings, play: Callable[[AudioChunk], None], rate_hz: int = RATE_HZ
    ) -> None:
        self._sounds = sounds(settings, rate_hz)
        self._play = play

    def __call__(self, event: Event) -> None:
        name = self._sound_for(event)
        if name in self._sounds:
            self._play(self._sounds[name])

    @staticmethod
    def _sound_for(event: Event) -> str:
        if event.event == events.LISTENING:
            return "listening"
        if event.event == events.ERROR:
            return "error"
        if event.event == events.ACTION:
            return "done"
        return ""
