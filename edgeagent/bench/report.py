"""The suite's targets (the speed issue) and the table `edgeagent bench` prints."""

from __future__ import annotations

import math
from typing import Any

from edgeagent.bench import figures

_WORST = "worst_voice"
# name -> (where in the report, comparison, target)
TARGETS: dict[str, tuple[tuple[str, ...], str, float]] = {
    "decision to publish / standalone STT": (("ratios", "eos_decision_to_publish_over_stt"), "<=", 0.3),
    "acoustic end to publish / naive": (("ratios", "eos_to_publish_over_naive"), "<=", 0.5),
    "worst voice: decision to publish / its STT": (
        (_WORST, "eos_decision_to_publish_over_stt", "value"),
        "<=",
        0.3,
    ),
    "worst voice: acoustic end to publish / naive": (
        (_WORST, "eos_to_publish_over_naive", "value"),
        "<=",
        0.5,
    ),
    "worst voice: commands ended early": ((_WORST, "ended_early_share", "value"), ">=", 0.8),
    "worst voice: WER 15 s window - WER 30 s": ((_WORST, "short_window_wer_minus_full", "value"), "<=", 0.0),
    "3-sentence reply: first audio / whole synthesis": (
        ("ratios", "first_audio_over_whole_reply_synth"),
        "<=",
        0.5,
    ),
    "LLM answer: first audio / whole answer first": (
        ("ratios", "llm_first_audio_over_whole_answer"),
        "<=",
        0.8,
    ),
    "LLM first token reused / fresh": (("ratios", "llm_ttft_reused_over_fresh"), "<=", 0.3),
    "idle CPU, % of one core": (("idle_cpu_percent_of_core",), "<", 5.0),
    "peak RSS MB, embedded defaults": (("peak_rss_mb", "defaults"), "<", 700.0),
    "peak RSS MB, LLM off": (("peak_rss_mb", "llm_off"), "<", 450.0),
    "1 core: dropped frames": (("cores_1", "dropped_frames"), "<=", 0.0),
    "1 core: wake word heard during a turn": (("cores_1", "wake_detected_during_turn"), ">=", 1.0),
}


def targets(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each target with the measured value and whether it was met (None: not measured)."""
    rows = {}
    for name, (path, comparison, target) in TARGETS.items():
        value = figures.at(report, path)
        unmeasured = figures.at(report, (*path[:-1], "unmeasured"))  # a voice the worst was not taken over
        rows[name] = {
            "value": value,
            "target": f"{comparison} {target:g}",
            "met": None if unmeasured else _met(value, comparison, target),  # not every voice measured
        }
    return rows


def _met(value: Any, comparison: str, target: float) -> bool | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    number = float(value)
    return {"<=": number <= target, "<": number < target, ">=": number >= target}[comparison]


# the variants with one technique on, printed beside ours and naive (medians)
_ONE_TECHNIQUE = {
    "short window": "short_window_only_latency_ms",
    "speculation": "speculation_only_latency_ms",
}


def table(report: dict[str, Any]) -> str:
    machine = report["machine"]
    alone = "".join(f" {name:>13}" for name in _ONE_TECHNIQUE)
    lines = [
        f"machine: {machine['cpu']} ({machine['arch']}), "
        f"{machine['cores_used']} of {machine['cores']} cores, Python {machine['python']}",
        f"settings: {report['settings']}",
        "",
        f"{'stage (ms)':<28} {'ours median':>12} {'p95':>8} {'naive median':>13} {'p95':>8}{alone}",
    ]
    for stage, ours in report["latency_ms"].items():
        naive = report["naive_latency_ms"].get(stage, {})
        medians = [report.get(key, {}).get(stage, {}).get("median", "") for key in _ONE_TECHNIQUE.values()]
        lines.append(
            f"{stage:<28} {ours['median']:>12} {ours['p95']:>8} "
            f"{naive.get('median', ''):>13} {naive.get('p95', ''):>8}"
            + "".join(f" {m!s:>13}" for m in medians)
        )
    missed = {way: heard for way, heard in report.get("turns_without_publish", {}).items() if heard}
    if missed:
        lines += ["", f"turns that published nothing (what was heard): {missed}"]
    lines += _voices(report.get("voices", {}), report.get("worst_voice", {}))
    lines += _question(report.get("llm_question_ms", {}))
    lines += ["", f"{'target':<48} {'measured':>10} {'target':>8}  met"]
    for name, row in report["targets"].items():
        met = {True: "yes", False: "NO", None: "n/a"}[row["met"]]
        lines.append(f"{name:<48} {row['value']!s:>10} {row['target']:>8}  {met}")
    return "\n".join(lines)


# column -> where in a voice's figures
_VOICE_COLUMNS: dict[str, tuple[str, ...]] = {
    "carried out": ("carried_out_share", "ours"),
    "ended early": ("ended_early_share",),
    "end->publish ms": ("latency_ms", "acoustic_end_to_publish", "median"),
    "naive ms": ("naive_latency_ms", "acoustic_end_to_publish", "median"),
    "/ naive": ("ratios", "eos_to_publish_over_naive"),
    "decision / STT": ("ratios", "eos_decision_to_publish_over_stt"),
    "WER 15 s": ("wer", "short_window"),
    "WER 30 s": ("wer", "full_window"),
}


def _voices(by_voice: dict[str, Any], worst: dict[str, Any]) -> list[str]:
    """One line per voice (medians of ours unless said), then the worst voice of each figure."""
    if not by_voice:
        return []
    lines = ["", f"{'voice':<26}" + "".join(f" {name:>15}" for name in _VOICE_COLUMNS)]
    for voice, of_voice in by_voice.items():
        cells = (figures.at(of_voice, path) for path in _VOICE_COLUMNS.values())
        lines.append(f"{voice:<26}" + "".join(f" {cell!s:>15}" for cell in cells))
    lines += [f"worst voice, {name}: {row['value']} ({row['voice']})" for name, row in worst.items()]
    return lines


def _question(answers: dict[str, Any]) -> list[str]:
    """The language-model question: acoustic end → first audio of the answer, each way."""
    if not answers.get("available"):
        return []
    ours, whole, naive = answers["ours"], answers["whole_answer"], answers["naive"]
    return [
        "",
        f"LLM question, acoustic end -> first audio (ms): ours {ours['median']} (p95 {ours['p95']}), "
        f"whole answer first {whole['median']}, naive {naive['median']} (p95 {naive['p95']}); "
        f"ours / whole answer {answers['ours_over_whole_answer']}, ours / naive {answers['ours_over_naive']}",
        f"  heard {answers['heard']}; answered {answers['answers']}",
    ]
