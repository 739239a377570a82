"""The bench's arithmetic on plain values: events to per-stage latencies, summaries, targets."""

import math
from typing import Any

from edgeagent.bench import figures, report
from edgeagent.bench.scenarios import Spoken, voiced_end_ms
from edgeagent.pipeline.events import Event


def event(kind: str, turn: int, t_ms: int, **fields: object) -> Event:
    return Event(kind, turn, t_ms, fields)


def test_a_turn_is_measured_from_the_acoustic_marks_and_its_events() -> None:
    said = Spoken("Turn on the kitchen light.", wake_end_ms=1000, start_ms=1400, speech_end_ms=2600)
    other = Spoken("Turn off the kitchen light.", wake_end_ms=9000, start_ms=9400, speech_end_ms=10600)
    events = [
        event("wake", 1, 1130),
        event("listening", 1, 1130),
        event("speech_end", 1, 3370, reason="speech_end"),
        event("transcript", 1, 3570),
        event("intent", 1, 3580),
        event("action", 1, 3582),
        event("response", 1, 3583),
        event("tts", 1, 3750),
        event("tts", 1, 3990),
    ]
    [turn] = figures.turn_figures(events, [said, other])
    assert turn == {
        "wake_end_to_listening": 130,
        "acoustic_end_to_decision": 770,
        "decision_to_transcript": 200,
        "decision_to_intent": 210,
        "decision_to_publish": 212,
        "acoustic_end_to_publish": 982,
        "response_to_first_audio": 167,
        "acoustic_end_to_first_audio": 1150,
        "ended_early": 0.0,
    }


def test_a_turn_without_a_publish_has_no_publish_figures() -> None:
    said = Spoken("x", 1000, 1400, 2600)
    events = [event("listening", 4, 1100), event("speech_end", 4, 3300, reason="semantic_end")]
    [turn] = figures.turn_figures(events, [said])
    assert "decision_to_publish" not in turn and turn["ended_early"] == 1.0


def test_summaries_use_the_median_and_the_nearest_rank_p95() -> None:
    assert figures.summary(range(1, 101)) == {"median": 50.5, "p95": 95, "n": 100}
    empty = figures.summary([])
    assert empty["n"] == 0 and math.isnan(empty["median"]) and math.isnan(empty["p95"])
    assert figures.ratio(216, 800) == 0.27
    assert math.isnan(figures.ratio(1, 0))  # no denominator, no claim


def test_targets_compare_what_was_measured_and_say_when_nothing_was() -> None:
    measured = {
        "ratios": {"eos_decision_to_publish_over_stt": 0.27, "llm_ttft_reused_over_fresh": float("nan")},
        "peak_rss_mb": {"defaults": 800},
        "cores_1": {"wake_detected_during_turn": True, "dropped_frames": 0},
        "worst_voice": {"ended_early_share": {"value": 0.67, "voice": "espeak en-gb 170", "unmeasured": []}},
    }
    rows = report.targets(measured)
    assert rows["worst voice: commands ended early"]["met"] is False  # the worst voice, not the median
    assert rows["worst voice: acoustic end to publish / naive"]["met"] is None
    assert rows["decision to publish / standalone STT"]["met"] is True
    assert rows["peak RSS MB, embedded defaults"]["met"] is False
    assert rows["LLM first token reused / fresh"]["met"] is None
    assert rows["1 core: wake word heard during a turn"]["met"] is True
    assert rows["idle CPU, % of one core"]["met"] is None


def test_the_acoustic_end_is_the_last_frame_with_speech_energy() -> None:
    loud = (b"\x00\x40" * 160) * 30  # 300 ms at about -6 dBFS
    assert voiced_end_ms(bytes(320 * 10) + loud + bytes(320 * 50)) == 400
    assert voiced_end_ms(bytes(320 * 10)) == 0


def test_the_table_puts_each_technique_alone_beside_ours_and_names_what_was_misheard() -> None:
    lines = table_of(
        settings={"runs": 3},
        latency_ms={"decision_to_publish": {"median": 13, "p95": 16}},
        naive_latency_ms={"decision_to_publish": {"median": 598, "p95": 666}},
        short_window_only_latency_ms={"decision_to_publish": {"median": 280, "p95": 313}},
        speculation_only_latency_ms={"decision_to_publish": {"median": 53, "p95": 102}},
        turns_without_publish={"naive": ["Pern off the kitchen light."], "ours": []},
    ).splitlines()
    assert lines[3].split() == [
        "stage",
        "(ms)",
        "ours",
        "median",
        "p95",
        "naive",
        "median",
        "p95",
        "short",
        "window",
        "speculation",
    ]
    assert lines[4].split() == ["decision_to_publish", "13", "16", "598", "666", "280", "53"]
    assert "{'naive': ['Pern off the kitchen light.']}" in lines[6]


def test_the_table_shows_the_language_model_question_when_one_was_asked() -> None:
    asked = {
        "available": True,
        "ours": {"median": 900, "p95": 950},
        "whole_answer": {"median": 1500, "p95": 1600},
        "naive": {"median": 3100, "p95": 3300},
        "ours_over_naive": 0.29,
        "ours_over_whole_answer": 0.6,
        "heard": ["Why is the sky blue?"],
        "answers": ["Because of the air."],
    }
    table = table_of(llm_question_ms=asked)
    assert "ours 900 (p95 950), whole answer first 1500, naive 3100 (p95 3300)" in table
    assert "ours / whole answer 0.6, ours / naive 0.29" in table
    assert "Because of the air." in table
    without = table_of(llm_question_ms={"available": False})
    assert "LLM question" not in without


def test_the_table_has_a_line_per_voice_and_names_the_worst() -> None:
    voice = {
        "carried_out_share": {"ours": 1.0},
        "ended_early_share": 0.67,
        "latency_ms": {"acoustic_end_to_publish": {"median": 480}},
        "naive_latency_ms": {"acoustic_end_to_publish": {"median": 1200}},
        "ratios": {"eos_to_publish_over_naive": 0.4, "eos_decision_to_publish_over_stt": 0.05},
        "wer": {"short_window": 0.1, "full_window": 0.12},
    }
    lines = table_of(
        voices={"espeak en-gb 170": voice},
        worst_voice={"ended_early_share": {"value": 0.67, "voice": "espeak en-gb 170"}},
    ).splitlines()
    row = next(line for line in lines if line.startswith("espeak en-gb 170"))
    figures = ["1.0", "0.67", "480", "1200", "0.4", "0.05", "0.1", "0.12"]
    assert row.removeprefix("espeak en-gb 170").split() == figures
    assert "worst voice, ended_early_share: 0.67 (espeak en-gb 170)" in lines


def table_of(**sections: Any) -> str:
    """The bench table of a report with only `sections` measured (the rest empty)."""
    empty = {"settings": {}, "latency_ms": {}, "naive_latency_ms": {}, "targets": {}}
    return report.table({"machine": _MACHINE, **empty, **sections})


_MACHINE = {"cpu": "AMD EPYC", "arch": "x86_64", "cores_used": 2, "cores": 2, "python": "3.11.7"}
