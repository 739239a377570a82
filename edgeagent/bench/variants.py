"""The same pipeline four ways: naive (no technique), each transcription technique alone, and ours."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from edgeagent import app
from edgeagent.config import Config
from edgeagent.pipeline.runner import Engines, PipelineSettings


@dataclass(frozen=True)
class Variant:
    settings: PipelineSettings
    short_window: bool  # Whisper hears through `stt.window_seconds`; else through its own 30 s


@dataclass(frozen=True)
class Hearing:
    """The engines twice: Whisper through the configured (short) window, and through its own 30 s."""

    short: Engines
    full: Engines

    def of(self, variant: Variant) -> Engines:
        return self.short if variant.short_window else self.full


def variants(config: Config) -> dict[str, Variant]:
    """naive (every technique off: the end-of-speech timer, Whisper's full window), short window
    only, speculation only, and ours (the configuration as given)."""
    ours = app.pipeline_settings(config)
    segmenter = ours.listener.segmenter

    def with_segmenter(**changes: int) -> PipelineSettings:
        listener = dataclasses.replace(ours.listener, segmenter=dataclasses.replace(segmenter, **changes))
        return dataclasses.replace(ours, listener=listener)

    waits_for_the_timer = with_segmenter(speculate_after_ms=0, early_end_silence_ms=0)
    return {
        "naive": Variant(waits_for_the_timer, short_window=False),
        "short_window": Variant(waits_for_the_timer, short_window=True),
        "speculation": Variant(with_segmenter(early_end_silence_ms=0), short_window=False),
        "ours": Variant(ours, short_window=True),
    }
