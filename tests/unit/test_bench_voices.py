"""Figures per voice and the worst voice, on plain values; the voice set and its rooms."""

import math

import numpy as np
import pytest

from edgeagent.audio.frames import SAMPLE_RATE_HZ, float_to_pcm16, pcm16_to_float
from edgeagent.bench import by_voice, voices
from edgeagent.errors import ConfigError


def turn(**stages: float) -> dict[str, float]:
    return {"ended_early": 0.0, **stages}


def heard_by(ours: list[dict[str, float]], naive: list[dict[str, float]], **fields: object) -> by_voice.Heard:
    return by_voice.Heard(
        said=2,
        turns={"ours": ours, "naive": naive, "short_window": [], "speculation": []},
        missed={"ours": [], "naive": []},
        **fields,  # type: ignore[arg-type]
    )


def test_a_voice_is_judged_against_its_own_transcription_and_its_own_naive_turns() -> None:
    heard = heard_by(
        ours=[
            turn(decision_to_publish=10, acoustic_end_to_publish=400, ended_early=1.0),
            turn(decision_to_publish=30, acoustic_end_to_publish=500, ended_early=1.0),
        ],
        naive=[turn(decision_to_publish=600, acoustic_end_to_publish=1000)],
        stt_ms=[200.0, 200.0],
        transcripts=[
            ("Turn on the kitchen light.", "Turn on the kitchen light.", "Turn on the kitchen light."),
            ("Turn off the desk lamp.", "Turn off the best lamp.", "Turn off the desk lamp."),
        ],
    )
    figures = by_voice.voice_figures(heard)
    assert figures["ratios"]["eos_decision_to_publish_over_stt"] == 0.1  # 20 / 200
    assert figures["ratios"]["eos_to_publish_over_naive"] == 0.45  # 450 / 1000
    assert figures["ended_early_share"] == 1.0
    assert figures["carried_out_share"] == {
        "ours": 1.0,
        "naive": 0.5,
        "short_window": 0.0,
        "speculation": 0.0,
    }
    assert figures["wer"] == {"short_window": 0.1, "full_window": 0.0}  # 1 word of 10
    assert figures["ratios"]["short_window_wer_minus_full"] == 0.1


def test_a_voice_whose_wake_word_was_never_heard_has_no_ratios_and_carried_nothing_out() -> None:
    figures = by_voice.voice_figures(heard_by(ours=[], naive=[]))
    assert figures["carried_out_share"]["ours"] == 0.0
    assert math.isnan(figures["ratios"]["eos_to_publish_over_naive"])
    assert math.isnan(figures["ended_early_share"])


def test_the_worst_voice_is_named_for_each_figure_and_unmeasured_voices_are_listed() -> None:
    def of_voice(decision: float, naive: float, early: float, carried: float) -> dict[str, object]:
        return {
            "ratios": {
                "eos_decision_to_publish_over_stt": decision,
                "eos_to_publish_over_naive": naive,
                "short_window_wer_minus_full": 0.0,
            },
            "ended_early_share": early,
            "carried_out_share": {"ours": carried},
        }

    worst = by_voice.worst(
        {
            "piper": of_voice(0.05, 0.33, 1.0, 1.0),
            "espeak en-gb 170": of_voice(0.04, 0.48, 0.67, 1.0),
            "espeak en-us+f3 160": of_voice(math.nan, math.nan, math.nan, 0.0),
        }
    )
    assert worst["eos_decision_to_publish_over_stt"]["voice"] == "piper"
    assert worst["eos_to_publish_over_naive"] == {
        "value": 0.48,
        "voice": "espeak en-gb 170",
        "unmeasured": ["espeak en-us+f3 160"],
    }
    assert worst["ended_early_share"]["value"] == 0.67
    assert worst["carried_out_share"] == {"value": 0.0, "voice": "espeak en-us+f3 160", "unmeasured": []}


def test_pooling_adds_every_voice_turn_by_turn() -> None:
    one = heard_by(ours=[turn(decision_to_publish=10)], naive=[], stt_ms=[100.0])
    two = heard_by(ours=[turn(decision_to_publish=20)], naive=[turn()], stt_ms=[300.0])
    total = by_voice.pooled([one, two])
    assert total.said == 4 and len(total.turns["ours"]) == 2 and len(total.turns["naive"]) == 1
    assert total.stt_ms == [100.0, 300.0]


def tone(seconds: float) -> bytes:
    t = np.arange(int(seconds * SAMPLE_RATE_HZ)) / SAMPLE_RATE_HZ
    return float_to_pcm16((0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32))


def rms(pcm: bytes) -> float:
    return float(np.sqrt(np.mean(pcm16_to_float(pcm).astype(np.float64) ** 2)))


def test_a_noisy_room_adds_a_hum_20_db_under_the_speech_the_same_every_time() -> None:
    said = tone(1.0)
    noisy = voices.in_room(said, "noise")
    assert len(noisy) == len(said) and noisy == voices.in_room(said, "noise")
    hum = pcm16_to_float(noisy) - pcm16_to_float(said)
    assert 18 < 20 * math.log10(rms(said) / float(np.sqrt(np.mean(hum.astype(np.float64) ** 2)))) < 22


def test_an_echoing_room_rings_on_after_the_words_and_keeps_the_peak() -> None:
    said = tone(0.5) + bytes(2 * SAMPLE_RATE_HZ)  # then a second of silence
    echo = voices.in_room(said, "reverb")
    assert len(echo) > len(said)
    tail = echo[len(tone(0.5)) + 3200 : len(tone(0.5)) + 6400]  # 100-200 ms after the words
    assert rms(tail) > 0.005
    assert np.max(np.abs(pcm16_to_float(echo))) == pytest.approx(0.3, abs=0.01)
    assert voices.in_room(said, "dry") == said
    with pytest.raises(ValueError, match="room"):
        voices.in_room(said, "cave")


def test_voices_are_chosen_by_name_and_an_unknown_name_is_refused() -> None:
    assert voices.select(["piper", "espeak en-gb 170"]) == (voices.VOICE_SET[0], voices.VOICE_SET[5])
    assert voices.select(None, quick=True) == voices.QUICK_SET
    assert len(voices.select(None)) == len(voices.VOICE_SET) >= 6
    with pytest.raises(ConfigError, match="'klingon'"):
        voices.select(["klingon"])
