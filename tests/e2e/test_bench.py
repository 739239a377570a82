"""`edgeagent bench --quick`: the suite runs end to end and reports what CONTRACTS.md promises.

Only the shape and the work done are checked here; the figures themselves are a
measurement (docs/performance.md), never a pass/fail on time.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from edgeagent.bench.report import TARGETS
from edgeagent.bench.voices import QUICK_SET
from tests.broker import TestClient, mosquitto

pytestmark = pytest.mark.e2e


def test_the_quick_suite_measures_every_stage_with_real_models_and_a_real_broker(tmp_path: Path) -> None:
    config = tmp_path / "edgeagent.toml"
    config.write_text('[llm]\nmodel = "qwen2.5-coder-0.5b"\n', encoding="utf-8")
    with mosquitto(tmp_path) as broker:
        watcher = TestClient(broker)
        watcher.watch("bench/#")
        broker_args = ["--mqtt-host", broker.host, "--mqtt-port", str(broker.port)]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "edgeagent",
                "bench",
                "--quick",
                "--json",
                "--config",
                str(config),
                *broker_args,
            ],
            capture_output=True,
            text=True,
            timeout=900,
            env={**os.environ, "HF_HUB_OFFLINE": "1"},
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        # two commands said by three voices, each to the four variants: naive, short window,
        # speculative, ours; and once more with a three-sentence reply
        received = watcher.wait_for(2 * len(QUICK_SET) * 4 + 1, timeout_s=5)
    report = json.loads(done.stdout)

    assert ("bench/kitchen/light/set", "ON") in received
    assert ("bench/living_room/lamp/brightness", "50") in received
    assert set(report) >= {"machine", "settings", "ratios", "latency_ms", "idle_cpu_percent_of_core"}
    assert set(report) >= {"peak_rss_mb", "cores_1", "targets"}
    assert set(report["ratios"]) == {
        "eos_decision_to_publish_over_stt",
        "eos_to_publish_over_naive",
        "short_window_wer_minus_full",
        "first_audio_over_first_sentence_synth",
        "first_audio_over_whole_reply_synth",
        "llm_first_audio_over_whole_answer",
        "llm_ttft_reused_over_fresh",
    }
    assert all(math.isfinite(value) for value in report["ratios"].values())
    assert all(value > 0 for key, value in report["ratios"].items() if key != "short_window_wer_minus_full")
    for variant in (
        "latency_ms",
        "naive_latency_ms",
        "short_window_only_latency_ms",
        "speculation_only_latency_ms",
    ):
        published = report[variant]["decision_to_publish"]["n"]
        assert published == 2 * len(QUICK_SET), (
            f"every command published in {variant}: {report['turns_without_publish']}"
        )
        assert set(report[variant]["acoustic_end_to_publish"]) == {"median", "p95", "n"}
    assert set(report["voices"]) == {voice.name for voice in QUICK_SET}
    for name, figures in report["voices"].items():
        assert figures["latency_ms"]["decision_to_publish"]["n"] == 2, (
            name,
            figures["turns_without_publish"],
        )
        assert figures["carried_out_share"]["ours"] == 1.0
        assert set(figures["wer"]) == {"short_window", "full_window"}
    worst = report["worst_voice"]
    assert set(worst) >= {
        "eos_decision_to_publish_over_stt",
        "eos_to_publish_over_naive",
        "ended_early_share",
    }
    assert all(row["voice"] in report["voices"] and not row["unmeasured"] for row in worst.values())
    long_reply = report["tts_streaming_ms"]
    assert 0 < long_reply["first_audio_streamed"] < long_reply["whole_reply"]
    assert report["llm"]["available"] and report["settings"]["mqtt"] == f"{broker.host}:{broker.port}"
    question = report["llm_question_ms"]
    assert question["available"]
    assert question["ours"]["n"] == question["whole_answer"]["n"] == question["naive"]["n"] == 1
    assert any("sky" in heard.lower() for heard in question["heard"]), question["heard"]
    assert question["answers"] and all(question["answers"]), "the model's answer was spoken each way"
    assert set(report["peak_rss_mb"]) >= {"defaults", "llm_off"}
    assert report["peak_rss_mb"]["llm_off"] > 50  # a real process's memory, not the bench's own
    assert isinstance(report["cores_1"]["dropped_frames"], int)
    assert isinstance(report["cores_1"]["wake_detected_during_turn"], bool)
    assert set(report["targets"]) == set(TARGETS)
    assert all(row["met"] is not None for row in report["targets"].values())
