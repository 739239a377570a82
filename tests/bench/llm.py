"""Benchmark the language model: load, time to first token with and without the reused prefix, tokens/s.

    .venv/bin/python -m tests.bench.llm [--model smollm2-135m|phi-3-mini|FOLDER] [--runs 5] [--json]

"Fresh" prefills the whole prompt (instructions, tools, catalog, question) for every question, as a naive
integration would; "reused" prefills the prompt once and rewinds to it for each question. Both run under the
same JSON-schema guidance. Medians over the runs; the machine is printed with them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from pathlib import Path

from edgeagent import models
from edgeagent.config import config_from_mapping
from edgeagent.engines.llm.genai import GenaiLlm
from edgeagent.intent import llm
from tests import home
from tests.bench.turn_latency import machine

QUESTION = "it's too dark in the kitchen"


def first_token_and_rate(engine: GenaiLlm, schema: str) -> tuple[float, float]:
    started = time.perf_counter()
    first = 0.0
    count = 0
    for _ in engine.generate(QUESTION, max_tokens=48, cancel=threading.Event(), schema=schema):
        count += 1
        first = first or time.perf_counter() - started
    total = time.perf_counter() - started
    return first, (count - 1) / max(total - first, 1e-6)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folder = models.resolve(args.model, "llm", Path("~/.cache/edgeagent/models").expanduser())
    catalog, tools = home.catalog(), llm.tools_for(config_from_mapping(home.CONFIG).intents)
    schema, prompt = json.dumps(llm.schema(tools, catalog)), llm.system_prompt(tools, catalog, "Bedroom")
    engine = GenaiLlm(folder, threads=args.threads, max_length=1024)
    fresh, reused, rates = [], [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        engine.prime(prompt, (schema,))  # what a fresh turn pays before its first token
        prefill = time.perf_counter() - started
        ttft, _ = first_token_and_rate(engine, schema)
        fresh.append(prefill + ttft)
        ttft, rate = first_token_and_rate(engine, schema)  # the same prefix, rewound
        reused.append(ttft)
        rates.append(rate)
    report = {
        "machine": machine(),
        "model": args.model,
        "threads": args.threads,
        "load_s": round(engine.load_seconds, 2),
        "ttft_fresh_ms": round(statistics.median(fresh) * 1000),
        "ttft_reused_ms": round(statistics.median(reused) * 1000),
        "llm_ttft_reused_over_fresh": round(statistics.median(reused) / statistics.median(fresh), 3),
        "tokens_per_s": round(statistics.median(rates), 1),
    }
    print(json.dumps(report, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in report.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
