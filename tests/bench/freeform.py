"""Benchmark understanding end to end, templates then the language model, on free-form sentences.

The sentences are the free-form sets of tests/bench/recognition.py: 458 written the way people talk
(tests/bench/freeform_cases.py, indirect requests and non-commands among them) and 231 written apart
and never tuned on (tests/bench/freeform_heldout.py), in three homes whose device names differ from
how people refer to them. Each goes through templates → LLM, like `edgeagent understand`.

    .venv/bin/python -m tests.bench.freeform [--model NAME ...] [--openai URL] [--llm-only] [--misses]

`--model` names an onnxruntime-genai model (default qwen2.5-coder-0.5b); `--openai URL` adds the
OpenAI-compatible backend at URL (a llama.cpp server, say); `--llm-only` skips the sentences the
templates decide right (their decision is the same with a model), so only what reaches the model
is run: add the templates-only row's template figures to read the whole. Printed per model: accuracy by source
(template / llm / none), the wrong-action rate, latency per source (median and p95 ms) and how
accuracy splits by kind of sentence; wrong actions are listed one by one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from edgeagent import models
from edgeagent.bench.machine import describe as machine
from edgeagent.engines.llm.base import LlmEngine
from edgeagent.engines.llm.remote import OpenAiLlm, Server
from edgeagent.intent.llm import LlmUnderstanding
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Understanding
from tests.bench import homes, judge
from tests.bench.freeform_cases import SAID, Said
from tests.bench.freeform_heldout import SAID_HELDOUT

CACHE = Path("~/.cache/edgeagent/models").expanduser()
MAX_TOKENS = 96


@dataclass(frozen=True)
class Outcome:
    said: Said
    source: str
    verdict: judge.Verdict
    ms: float
    got: str  # intent and targets, for the listing of wrong actions


def run(engine: LlmEngine | None, sentences: tuple[Said, ...]) -> list[Outcome]:
    outcomes = []
    for name, home in homes.HOMES.items():
        catalog = homes.catalog(home)
        ids = {e.name: e.id for e in catalog.entities()}
        names = {e.id: e.name for e in catalog.entities()}
        path = (
            LlmUnderstanding(engine, catalog, (), max_tokens=MAX_TOKENS, floors=home.floors)
            if engine
            else None
        )
        understanding = Understanding(
            TemplateRecognizer("en", floors=home.floors), catalog, floors=home.floors, llm=path
        )
        understanding.prepare()
        for said in (s for s in sentences if s.home == name):
            begin = time.perf_counter()
            decision = understanding.decide(said.text, here=said.here).finished()
            ms = (time.perf_counter() - begin) * 1000
            expected = frozenset(ids[n] for n in said.targets)
            any_of = said.intent == "HassClimateGetTemperature"
            verdict = judge.judge(decision, said.intent, expected, any_of=any_of)
            got = f"{decision.intent or '-'} {sorted(names.get(t, t) for t in decision.targets)}"
            outcomes.append(Outcome(said, decision.source, verdict, ms, got))
            if engine is not None:
                mark = "." if verdict.right else "W" if verdict.wrong_action else "x"
                print(mark, end="" if len(outcomes) % 50 else "\n", file=sys.stderr, flush=True)
    return outcomes


def summary(outcomes: list[Outcome]) -> dict[str, object]:
    total = len(outcomes)
    wrong = sum(o.verdict.wrong_action for o in outcomes)
    by_source = {
        source: _source_figures([o for o in outcomes if o.source == source])
        for source in ("template", "llm", "none")
    }
    return {
        "total": total,
        "right": sum(o.verdict.right for o in outcomes),
        "share": round(sum(o.verdict.right for o in outcomes) / total, 3) if total else None,
        "wrong_actions": wrong,
        "wrong_action_rate": round(wrong / total, 3) if total else None,
        "by_source": by_source,
        "by_kind": {
            label: t.as_dict() for label, t in judge.tally((o.said.kind, o.verdict) for o in outcomes).items()
        },
        "wrong": [_listed(o) for o in outcomes if o.verdict.wrong_action],
        "missed": [_listed(o) for o in outcomes if not o.verdict.right and not o.verdict.wrong_action],
    }


def _listed(outcome: Outcome) -> str:
    said = outcome.said
    meant = f"{said.intent or '-'} {list(said.targets)}"
    return f"{said.home}/{said.here or '-'}: {said.text!r} -> {outcome.got} (meant {meant})"


def _source_figures(outcomes: list[Outcome]) -> dict[str, object]:
    times = sorted(o.ms for o in outcomes)
    return {
        "decided": len(outcomes),
        "right": sum(o.verdict.right for o in outcomes),
        "wrong_actions": sum(o.verdict.wrong_action for o in outcomes),
        "median_ms": round(statistics.median(times), 1) if times else None,
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1) if times else None,
    }


@contextmanager
def genai(name: str, threads: int, max_length: int) -> Iterator[LlmEngine]:
    from edgeagent.engines.llm.genai import GenaiLlm

    engine = GenaiLlm(models.resolve(name, "llm", CACHE), threads=threads, max_length=max_length)
    try:
        yield engine
    finally:
        engine.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", action="append", default=[])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-length", type=int, default=2048)
    parser.add_argument("--openai", default="", help="an OpenAI-compatible server's API base URL")
    parser.add_argument("--llm-only", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list every miss too")
    args = parser.parse_args()
    sentences = SAID + SAID_HELDOUT
    report: dict[str, object] = {"machine": machine(), "sentences": len(sentences)}
    templates_only = run(None, sentences)
    report["templates only"] = summary(templates_only)
    if args.llm_only:
        # the templates' right decisions are the same with a model; everything they left reaches it
        decided = {o.said for o in templates_only if o.verdict.right and o.source == "template"}
        sentences = tuple(s for s in sentences if s not in decided)
    for name in args.model or ([] if args.openai else ["qwen2.5-coder-0.5b"]):
        with genai(name, args.threads, args.max_length) as engine:
            report[name] = summary(run(engine, sentences))
    if args.openai:
        report[f"openai {args.openai}"] = summary(
            run(OpenAiLlm(Server(args.openai, timeout_ms=120_000)), sentences)
        )
    print(json.dumps(report, indent=2) if args.json else _table(report, misses=args.misses))
    return 0


def _table(report: dict[str, object], *, misses: bool) -> str:
    lines = [f"machine: {report['machine']}", f"sentences: {report['sentences']}"]
    for label, figures in report.items():
        if not isinstance(figures, dict) or label == "machine":
            continue
        lines.append(
            f"{label}: {figures['right']}/{figures['total']} right ({figures['share']}), "
            f"wrong actions {figures['wrong_actions']} ({figures['wrong_action_rate']})"
        )
        for source, f in figures["by_source"].items():
            lines.append(
                f"  {source:<9} decided {f['decided']:>4}  right {f['right']:>4}  wrong actions "
                f"{f['wrong_actions']:>3}  median {f['median_ms']} ms  p95 {f['p95_ms']} ms"
            )
        for kind, t in figures["by_kind"].items():
            lines.append(
                f"    {kind:<12} {t['right']:>4}/{t['total']:<4} {t['share']}  wrong {t['wrong_actions']}"
                f"  misses {t['misses']}"
            )
        lines += [f"  WRONG {w}" for w in figures["wrong"]]
        lines += [f"  missed {w}" for w in figures["missed"]] if misses else []
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
