"""Each built-in wake word fires on its own phrase, not on the others', and not on ordinary speech."""

from __future__ import annotations

import pytest

from edgeagent.engines.wake.base import WakeEngine
from tests import speech
from tests.conftest import WAKE_MODELS, WAKE_PHRASES, wake_engine

PARAGRAPH = (
    "The weather today is mild with a light breeze from the west. In the afternoon, clouds will gather "
    "over the hills, and there may be a short shower before evening. Tomorrow should be brighter, with "
    "sunshine through most of the day. Remember to water the garden and to close the windows "
    "before you leave."
)


def detections(engine: WakeEngine, clip: speech.Clip) -> list[tuple[str, int]]:
    """(model, ms) of every detection, resetting after each as the listener does."""
    engine.reset()
    found = []
    for start in range(0, len(clip.pcm), 320):
        detection = engine.process(clip.pcm[start : start + 320])
        if detection is not None:
            found.append((detection.model, (start + 320) // 32))
            engine.reset()
    return found


@pytest.mark.parametrize("model", WAKE_MODELS)
def test_each_model_fires_on_its_phrase_right_after_it_ends(model: str) -> None:
    phrase = WAKE_PHRASES[model]
    clip = speech.build(speech.silence(500), speech.piper(phrase), speech.silence(1000))
    engine = wake_engine(model)
    [(name, at_ms)] = detections(engine, clip)
    _, phrase_end_ms = clip.voiced_span(phrase)
    assert name == model
    assert phrase_end_ms - 300 <= at_ms <= phrase_end_ms + 500
    engine.close()


@pytest.mark.parametrize("model", WAKE_MODELS)
def test_no_model_fires_on_another_models_phrase(model: str) -> None:
    engine = wake_engine(model)
    for other, phrase in WAKE_PHRASES.items():
        if other != model:
            clip = speech.build(speech.silence(300), speech.piper(phrase), speech.silence(700))
            assert detections(engine, clip) == [], f"{model} fired on {phrase!r}"
    engine.close()


def test_all_four_at_once_name_the_word_that_was_said() -> None:
    engine = wake_engine(*WAKE_MODELS)
    for model, phrase in WAKE_PHRASES.items():
        clip = speech.build(speech.silence(300), speech.piper(phrase), speech.silence(800))
        assert [name for name, _ in detections(engine, clip)] == [model]
    engine.close()


@pytest.mark.parametrize("voice", [speech.piper, speech.espeak])
def test_a_paragraph_without_a_wake_word_never_triggers(voice: object) -> None:
    engine = wake_engine(*WAKE_MODELS)
    clip = speech.build(speech.silence(300), voice(PARAGRAPH), speech.silence(300))  # type: ignore[operator]
    assert detections(engine, clip) == []
    engine.close()


def test_a_threshold_above_every_probability_disables_detection() -> None:
    from pathlib import Path

    from edgeagent import models
    from edgeagent.engines.wake.microwakeword import MicroWakeWordEngine

    path = models.resolve("alexa", "wake", Path("/nonexistent"))
    engine = MicroWakeWordEngine({"alexa": path}, threshold=1.0)
    clip = speech.build(speech.silence(300), speech.piper("Alexa."), speech.silence(800))
    assert detections(engine, clip) == []
    engine.close()
