"""The real VAD, speech-to-text and text-to-speech engines on synthesized speech."""

from __future__ import annotations

import re

import pytest

from edgeagent.audio.frames import BYTES_PER_FRAME
from edgeagent.engines import factory
from edgeagent.engines.stt import short_window
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.tts.base import TtsEngine
from edgeagent.engines.vad.base import VadEngine
from tests import speech


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9% ]", " ", text.lower()).split()


def speech_flags(vad: VadEngine, clip: speech.Clip) -> list[bool]:
    return [
        vad.speech_probability(clip.pcm[i : i + BYTES_PER_FRAME]) >= 0.5
        for i in range(0, len(clip.pcm) - BYTES_PER_FRAME + 1, BYTES_PER_FRAME)
    ]


@pytest.mark.parametrize("voice", [speech.piper, speech.espeak])
def test_vad_finds_speech_start_and_end_within_150_ms(vad: VadEngine, voice: object) -> None:
    text = "Please open the garage door."
    clip = speech.build(speech.silence(1000), voice(text), speech.silence(1500))  # type: ignore[operator]
    flags = speech_flags(vad, clip)
    speaking = [i * 10 for i, flag in enumerate(flags) if flag]
    start_ms, end_ms = clip.voiced_span(text)
    assert abs(speaking[0] - start_ms) <= 150  # Piper adds noise: the onset varies from run to run
    assert abs(speaking[-1] - end_ms) <= 150


def test_vad_hears_nothing_in_silence(vad: VadEngine) -> None:
    assert not any(speech_flags(vad, speech.build(speech.silence(3000))))


def test_micro_vad_backend_also_separates_speech_from_silence() -> None:
    from edgeagent.engines.vad.micro import MicroVadEngine

    engine = MicroVadEngine()
    clip = speech.build(
        speech.silence(1500), speech.piper("Turn off all the lights in the house."), speech.silence(1500)
    )
    flags = speech_flags(engine, clip)
    start_ms, end_ms = clip.voiced_span("Turn off all the lights in the house.")
    assert sum(flags[: 1000 // 10]) == 0
    assert sum(flags[start_ms // 10 : end_ms // 10]) > (end_ms - start_ms) // 10 // 2
    engine.close()


@pytest.mark.parametrize(
    ("voice", "text", "expected"),
    [
        (speech.piper, "Turn on the kitchen light.", "turn on the kitchen light"),
        (
            speech.piper,
            "Set the bedroom temperature to twenty one degrees.",
            "set the bedroom temperature to 21 degrees",
        ),
        (speech.piper, "What time is it?", "what time is it"),
        (speech.espeak, "Close the living room blinds.", "close the living room blinds"),
        (speech.espeak, "Start the vacuum cleaner.", "start the vacuum cleaner"),
    ],
)
def test_commands_are_transcribed_word_for_word(
    stt: SttEngine, voice: object, text: str, expected: str
) -> None:
    clip = speech.build(speech.silence(300), voice(text), speech.silence(500))  # type: ignore[operator]
    transcript = stt.transcribe(clip.pcm, "en")
    assert words(transcript.text) == words(expected)


def test_the_initial_prompt_teaches_device_names(stt: SttEngine) -> None:
    clip = speech.build(speech.silence(300), speech.espeak("Turn on the desk lamp."), speech.silence(700))
    transcript = stt.transcribe(clip.pcm, "en", initial_prompt="Desk lamp, floor lamp.")
    assert words(transcript.text) == words("turn on the desk lamp")


def test_the_beams_next_best_hearings_come_with_the_transcript(stt: SttEngine) -> None:
    """What the home may choose from when it does not understand the best hearing (`surest`)."""
    clip = speech.build(
        speech.silence(300), speech.espeak("bathroom fan on", "en-029", 170), speech.silence(500)
    )
    heard = stt.transcribe(clip.pcm, "en")
    assert 1 <= len(heard.alternatives) < short_window.HYPOTHESES
    assert heard.text not in heard.alternatives and len(set(heard.alternatives)) == len(heard.alternatives)
    assert all(alternative.strip() for alternative in heard.alternatives)


def test_a_clip_longer_than_the_short_window_is_heard_to_its_end(stt: SttEngine) -> None:
    clip = speech.build(
        speech.silence(300),
        speech.piper("Turn on the kitchen light."),
        speech.silence(15000),  # past the 15 s window: Whisper's full 30 s one takes over
        speech.piper("Close the blinds."),
        speech.silence(500),
    )
    transcript = stt.transcribe(clip.pcm, "en")
    assert words(transcript.text) == words("turn on the kitchen light close the blinds")


@pytest.mark.parametrize(
    ("audio_seconds", "window_seconds", "short"),
    [(3.0, 15, True), (14.0, 15, True), (14.5, 15, False), (3.0, 30, False), (9.0, 10, True)],
)
def test_which_clips_use_the_short_window(audio_seconds: float, window_seconds: int, short: bool) -> None:
    assert short_window.fits(audio_seconds, window_seconds) is short


@pytest.mark.parametrize(
    ("setting", "cores", "threads"),
    [(0, 1, 1), (0, 2, 1), (0, 4, 2), (0, 16, 2), (3, 2, 3), (1, 8, 1)],
)
def test_whisper_leaves_the_listener_a_core_unless_told_its_threads(
    setting: int, cores: int, threads: int
) -> None:
    assert factory.stt_threads(setting, cores) == threads


def test_silence_transcribes_to_nothing_much(stt: SttEngine) -> None:
    transcript = stt.transcribe(speech.build(speech.silence(2000)).pcm, "en")
    assert len(words(transcript.text)) <= 2


def test_empty_audio_is_an_empty_transcript(stt: SttEngine) -> None:
    assert stt.transcribe(b"", "en").text == ""


def test_tts_yields_one_chunk_per_sentence(tts: TtsEngine) -> None:
    chunks = list(tts.synthesize("Kitchen light on. The bedroom is at 21 degrees! Anything else?"))
    assert [c.text for c in chunks] == [
        "Kitchen light on.",
        "The bedroom is at 21 degrees!",
        "Anything else?",
    ]
    assert {c.sample_rate_hz for c in chunks} == {22050}
    assert all(400 < c.audio_ms < 4000 for c in chunks)


def test_what_tts_says_is_what_stt_hears(stt: SttEngine) -> None:
    """With Piper's random variation off: with it on, one run in many says "The garage doors open."."""
    from edgeagent.audio.frames import float_to_pcm16, pcm16_to_float, resample

    [chunk] = speech.voice().synthesize("The garage door is open.")
    pcm = float_to_pcm16(resample(pcm16_to_float(chunk.pcm), chunk.sample_rate_hz, 16000))
    assert words(stt.transcribe(pcm, "en").text) == words("the garage door is open")


@pytest.mark.parametrize(
    ("text", "loop"),
    [
        ("Set the desk lamp to 30%.", False),
        ("Set the desk lamp to 30%. Set the desk lamp to 30%. Set the desk lamp to 30%.", True),
        ("Turn on the light. turn on the light", True),
        ("Turn on the light. Turn off the fan.", False),
        ("the " * 40, True),
        ("", False),
    ],
)
def test_what_the_short_window_treats_as_a_decoding_loop(text: str, loop: bool) -> None:
    assert short_window.looped(text) is loop


@pytest.mark.parametrize(
    ("text", "once"),
    [
        ("Turn on the kitchen light. Turn on the kitchen light. Turn on the", "Turn on the kitchen light."),
        (
            "turn on the kitchen light turn on the kitchen light turn on the kitchen",
            "turn on the kitchen light",
        ),
        ("Set the desk lamp to 30%. Set the desk lamp to 30%.", "Set the desk lamp to 30%."),
        ("Turn on the light. Turn off the fan.", None),  # two commands, not a loop
        ("Turn on the light and the light", None),
        ("the " * 40, None),  # one word over and over: the full window decides
        ("Turn on the light.", None),  # said once is not a loop
    ],
)
def test_the_phrase_a_loop_repeats_is_found(text: str, once: str | None) -> None:
    assert short_window.said_once(text) == once


@pytest.mark.parametrize(
    ("text", "loop"),
    [
        ("Turn off, turn off, turn off.", True),  # made up from near-silence
        ("turn on the kitchen light turn on the kitchen light turn on the kitchen light", True),
        ("No. No.", False),  # a person may say it twice
        ("Turn on the light. Turn off the fan.", False),
        ("Thank you.", False),
    ],
)
def test_a_loop_past_doubt_is_never_used(text: str, loop: bool) -> None:
    assert short_window.loops_over(text) is loop
