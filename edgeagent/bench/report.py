"""The suite's targets (the speed issue) and the table `edgeagent bench` prints."""

from __future__ import annotations

import math
from typing import Any

# name -> (where in the report, comparison, target)
TARGETS: dict[str, tuple[tuple[str, ...], str, float]] = {
    "decision to publish / standalone STT": (("ratios", "eos_decision_to_publish_over_stt"), "<=", 0.3),
    "acoustic end to publish / naive": (("ratios", "eos_to_publish_over_naive"), "<=", 0.5),
    "response to first audio / first sentence synth": (
        ("ratios", "first_audio_over_first_sentence_synth"),
        "<=",
        1.0,
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
        value: Any = report
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        rows[name] = {
            "value": value,
            "target": f"{comparison} {target:g}",
            "met": _met(value, comparison, target),
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
    lines += _question(report.get("llm_question_ms", {}))
    lines += ["", f"{'target':<48} {'measured':>10} {'target':>8}  met"]
    for name, row in report["targets"].items():
        met = {True: "yes", False: "NO", None: "n/a"}[row["met"]]
        lines.append(f"{name:<48} {row['value']!s:>10} {row['target']:>8}  {met}")
    return "\n".join(lines)


def _question(figures: dict[str, Any]) -> list[str]:
    """The language-model question: acoustic end → first audio of the answer, ours and naive."""
    if not figures.get("available"):
        return []
    ours, naive = figures["ours"], figures["naive"]
    return [
        "",
        f"LLM question, acoustic end -> first audio (ms): ours {ours['median']} (p95 {ours['p95']}), "
        f"naive {naive['median']} (p95 {naive['p95']}), ratio {figures['ours_over_naive']}",
        f"  heard {figures['heard']}; answered {figures['answers']}",
    ]
