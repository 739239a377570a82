"""Benchmark Whisper's window: word error rate and time per command, full 30 s against shorter.

    .venv/bin/python -m tests.bench.stt_window [--windows 30 15] [--home-prompt] [--quick] [--json]

Every sentence of the project's sentence set, said by every voice of the bench's voice set
(`edgeagent.bench.voices`: Piper at two rates and in an echoing room, espeak-ng voices at several
rates, over a hum or with echo; `--quick`: three of them), with the lead and trailing silence the
pipeline hands the transcriber. Per window: the word error rate over all clips (digits and number
words count as different words, so every window pays the same for "fifty" / "50"), the share of
the home's device and area names said that were not heard as written, the worst voice, the clips
only one window gets wrong, and the median time per clip on this machine. `--home-prompt` adds a
row per window with the test home's words as Whisper's prompt (what the daemon does with
`stt.home_prompt`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from edgeagent.bench import scenarios, voices
from edgeagent.bench.machine import describe as machine
from edgeagent.bench.wer import error_rate, word_errors, words
from edgeagent.catalog.vocabulary import home_words
from edgeagent.config import Config, config_from_mapping, with_overrides
from edgeagent.engines import factory
from edgeagent.engines.stt import short_window
from edgeagent.engines.stt.base import SttEngine, surest
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Understanding
from tests import home
from tests.sentences import CASES


@dataclass(frozen=True)
class Clip:
    voice: str
    text: str
    pcm: bytes


def clips(voice_set: tuple[voices.Voice, ...]) -> list[Clip]:
    spoken = []
    for voice in voice_set:
        with voices.speaking(voice, Config()) as speaker:
            for case in CASES:
                said = scenarios.silence(300) + speaker.say(case.text) + scenarios.silence(700)
                spoken.append(Clip(voice.name, case.text, speaker.in_room(said)))
    return spoken


def names_in(text: str, names: list[str]) -> list[str]:
    """The names (each as its words) that `text` says."""
    said = f" {' '.join(words(text))} "
    return [name for name in names if f" {' '.join(words(name))} " in said]


def measure(
    stt: SttEngine,
    spoken: list[Clip],
    names: list[str],
    prompt: str = "",
    understood: Callable[[str], bool] | None = None,
) -> dict[str, Any]:
    """`understood`: what the daemon hears, an unsure transcript that is no command heard again (`surest`)."""
    times: list[float] = []
    pairs: dict[str, list[tuple[str, str]]] = {}
    names_said = names_missed = 0
    wrong: list[tuple[str, str]] = []
    for clip in spoken:
        started = time.perf_counter()
        transcript = stt.transcribe(clip.pcm, "en", initial_prompt=prompt)
        if understood is not None:
            transcript = surest(stt, transcript, clip.pcm, prompt=prompt, understood=understood)
        heard = transcript.text
        times.append((time.perf_counter() - started) * 1000)
        pairs.setdefault(clip.voice, []).append((clip.text, heard))
        said = names_in(clip.text, names)
        names_said += len(said)
        names_missed += len(set(said) - set(names_in(heard, names)))
        if word_errors(clip.text, heard):
            wrong.append((f"{clip.voice}: {clip.text!r}", heard))
    by_voice = {voice: error_rate(heard) for voice, heard in pairs.items()}
    worst = max(by_voice, key=lambda voice: by_voice[voice])
    return {
        "wer": error_rate([pair for heard in pairs.values() for pair in heard]),
        "names_missed_share": round(names_missed / names_said, 3) if names_said else float("nan"),
        "clips_wrong": len(wrong),
        "median_ms": round(statistics.median(times)),
        "wer_by_voice": by_voice,
        "worst_voice": {"voice": worst, "wer": by_voice[worst]},
        "wrong": wrong,
    }


def understanding() -> Understanding:
    """The test home's templates, as a daemon in its bedroom asks them whether a transcript is a command."""
    custom = config_from_mapping(home.CONFIG).intents
    return Understanding(TemplateRecognizer("en", custom), home.catalog(), here="Bedroom", custom=custom)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--windows", type=int, nargs="+", default=[30, 15])
    parser.add_argument("--home-prompt", action="store_true")
    parser.add_argument("--quick", action="store_true", help="three voices of the set")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    spoken = clips(voices.select(None, quick=args.quick))
    catalog = home.catalog()
    names = sorted({name for entity in catalog.entities() for name in entity.names} | set(catalog.areas()))
    report: dict[str, Any] = {"machine": machine(), "clips": len(spoken)}
    prompts = {"": ""} | ({"+home": home_words(catalog)} if args.home_prompt else {})
    understood = understanding().recognizes
    for window in args.windows:
        stt = factory.build_stt(with_overrides(Config(), "stt", window_seconds=window))
        try:
            for suffix, prompt in prompts.items():
                report[f"{window}s{suffix}"] = measure(stt, spoken, names, prompt)
                if window < short_window.FULL_WINDOW_SECONDS:
                    report[f"{window}s{suffix}+again"] = measure(stt, spoken, names, prompt, understood)
        finally:
            stt.close()
    rows = [row for row in report if row[0].isdigit()]
    print(json.dumps(report, indent=2) if args.json else _table(report, rows))
    return 0


def _table(report: dict[str, Any], names: list[str]) -> str:
    header = f"{'window':>10} {'WER':>6} {'names':>6} {'wrong':>6} {'ms':>6}  worst voice"
    lines = [f"{report['clips']} clips; {report['machine']}", header]
    rows = {name: report[name] for name in names}
    lines += [
        f"{w:>10} {r['wer']:>6} {r['names_missed_share']:>6} {r['clips_wrong']:>6} {r['median_ms']:>6}"
        f"  {r['worst_voice']['voice']} ({r['worst_voice']['wer']})"
        for w, r in rows.items()
    ]
    voice_names = list(next(iter(rows.values()))["wer_by_voice"]) if rows else []
    lines += ["", f"{'WER by voice':<30}" + "".join(f" {w:>10}" for w in rows)]
    lines += [
        f"{voice:<30}" + "".join(f" {r['wer_by_voice'][voice]:>10}" for r in rows.values())
        for voice in voice_names
    ]
    for name, row in rows.items():
        elsewhere = {clip for w, r in rows.items() if w != name for clip, _ in r["wrong"]}
        only_here = [f"  {clip} -> {heard!r}" for clip, heard in row["wrong"] if clip not in elsewhere]
        lines += [f"only wrong at {name}:", *only_here]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
