"""Benchmark Whisper's window: word error rate and time per command, full 30 s against shorter.

    .venv/bin/python -m tests.bench.stt_window [--windows 30 20 15] [--home-prompt] [--json]

Every sentence of the project's sentence set, spoken by the product's Piper voice
(variation off) and by espeak-ng, with the lead and trailing silence the pipeline
hands the transcriber. Word error rate over all clips (digits and number words
count as different words, so both windows pay the same for "fifty" / "50"), the
clips only one window gets wrong, and the median time per clip on this machine.
`--home-prompt` adds a row per window with the test home's device and area names
as Whisper's prompt (what the daemon does with `stt.home_prompt`).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from typing import Any

from rapidfuzz.distance import Levenshtein

from edgeagent.bench.machine import describe as machine
from edgeagent.catalog.vocabulary import home_words
from edgeagent.config import Config, with_overrides
from edgeagent.engines import factory
from edgeagent.engines.stt.base import SttEngine
from tests import home, speech
from tests.sentences import CASES

_VOICES = {"piper": speech.piper, "espeak": speech.espeak}


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9 ]", " ", text.lower().replace("%", " percent")).split()


def word_errors(reference: str, heard: str) -> int:
    """Substitutions, insertions and deletions between the two word sequences."""
    return int(Levenshtein.distance(words(reference), words(heard)))


def clips() -> list[tuple[str, str, bytes]]:
    return [
        (voice, case.text, speech.build(speech.silence(300), say(case.text), speech.silence(700)).pcm)
        for case in CASES
        for voice, say in _VOICES.items()
    ]


def measure(stt: SttEngine, spoken: list[tuple[str, str, bytes]], prompt: str = "") -> dict[str, Any]:
    errors, total, times = 0, 0, []
    wrong: list[tuple[str, str]] = []
    for voice, text, pcm in spoken:
        started = time.perf_counter()
        heard = stt.transcribe(pcm, "en", initial_prompt=prompt).text
        times.append((time.perf_counter() - started) * 1000)
        missed = word_errors(text, heard)
        errors, total = errors + missed, total + len(words(text))
        if missed:
            wrong.append((f"{voice}: {text!r}", heard))
    return {
        "wer": round(errors / total, 3),
        "clips_wrong": len(wrong),
        "median_ms": round(statistics.median(times)),
        "wrong": wrong,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--windows", type=int, nargs="+", default=[30, 15])
    parser.add_argument("--home-prompt", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    spoken = clips()
    report: dict[str, Any] = {"machine": machine(), "clips": len(spoken)}
    prompts = {"": ""} | ({"+home": home_words(home.catalog())} if args.home_prompt else {})
    for window in args.windows:
        stt = factory.build_stt(with_overrides(Config(), "stt", window_seconds=window))
        try:
            for suffix, prompt in prompts.items():
                report[f"{window}s{suffix}"] = measure(stt, spoken, prompt)
        finally:
            stt.close()
    rows = [f"{window}s{suffix}" for window in args.windows for suffix in prompts]
    print(json.dumps(report, indent=2) if args.json else _table(report, rows))
    return 0


def _table(report: dict[str, Any], names: list[str]) -> str:
    header = f"{'window':>10} {'WER':>6} {'wrong':>6} {'ms':>6}"
    lines = [f"{report['clips']} clips; {report['machine']}", header]
    rows = {name: report[name] for name in names}
    lines += [f"{w:>10} {r['wer']:>6} {r['clips_wrong']:>6} {r['median_ms']:>6}" for w, r in rows.items()]
    for name, row in rows.items():
        elsewhere = {clip for w, r in rows.items() if w != name for clip, _ in r["wrong"]}
        only_here = [f"  {clip} -> {heard!r}" for clip, heard in row["wrong"] if clip not in elsewhere]
        lines += [f"only wrong at {name}:", *only_here]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
