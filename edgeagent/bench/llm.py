"""The language model: load, time to first token with and without the reused prefix, tokens/s.

"Fresh" prefills the whole prompt (instructions, tools, catalog, question) for
every question, as a naive integration would; "reused" prefills the prompt once
and rewinds to it for each question. Both run under the same JSON-schema guidance.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from typing import Any

from edgeagent import app, models
from edgeagent.catalog.model import Catalog
from edgeagent.config import Config
from edgeagent.engines.factory import cache_dir
from edgeagent.engines.llm.base import LlmEngine
from edgeagent.intent import llm_prompt

QUESTION = "it's too dark in the kitchen"


def measure(config: Config, catalog: Catalog, *, runs: int) -> dict[str, Any]:
    if not config.llm.enabled:
        return {"available": False, "reason": "llm.enabled = false"}
    engine = app.load_llm_engine(config)
    if engine is None:
        wanted = config.llm.model or "none"
        return {"available": False, "reason": f"model {wanted!r} is not installed (see the log)"}
    name = models.llm_name(config.llm.model, cache_dir(config))
    try:
        return {"available": True, "model": name, **_measure(engine, config, catalog, runs)}
    finally:
        engine.close()


def _measure(engine: LlmEngine, config: Config, catalog: Catalog, runs: int) -> dict[str, Any]:
    tools = llm_prompt.tools_for(config.intents)
    schema = json.dumps(llm_prompt.schema(tools, catalog))
    prompt = llm_prompt.prompt(tools, catalog)
    fresh, reused, rates = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        engine.prime(
            prompt.system, (schema,), examples=prompt.examples
        )  # what a fresh turn pays before its first token
        prefill = time.perf_counter() - started
        ttft, _ = first_token_and_rate(engine, schema)
        fresh.append(prefill + ttft)
        ttft, rate = first_token_and_rate(engine, schema)  # the same prefix, rewound
        reused.append(ttft)
        rates.append(rate)
    return {
        "load_ms": round(getattr(engine, "load_seconds", float("nan")) * 1000),
        "ttft_fresh_ms": round(statistics.median(fresh) * 1000, 1),
        "ttft_reused_ms": round(statistics.median(reused) * 1000, 1),
        "ttft_reused_over_fresh": round(statistics.median(reused) / statistics.median(fresh), 3),
        "tokens_per_s": round(statistics.median(rates), 1),
    }


def first_token_and_rate(engine: LlmEngine, schema: str) -> tuple[float, float]:
    started = time.perf_counter()
    first = 0.0
    count = 0
    for _ in engine.generate(
        llm_prompt.user_turn(QUESTION, "Kitchen"),
        max_tokens=48,
        cancel=threading.Event(),
        schema=schema,
    ):
        count += 1
        first = first or time.perf_counter() - started
    total = time.perf_counter() - started
    return first, (count - 1) / max(total - first, 1e-6)
