"""`edgeagent doctor`: a line per check, a hint for each problem, non-zero exit when something is wrong."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.broker import Broker, free_port

pytestmark = pytest.mark.e2e

FAKE_SOUND_CARD = "\n".join(
    [
        'pcm.!default { type asym playback.pcm "nullout" capture.pcm "nullin" }',
        "pcm.nullout { type null }",
        "pcm.nullin { type null }",
    ]
)


def doctor(tmp_path: Path, *args: str, config: str = "") -> subprocess.CompletedProcess[str]:
    (tmp_path / "asoundrc").write_text(FAKE_SOUND_CARD)
    path = tmp_path / "edgeagent.toml"
    path.write_text(config)
    env = {**os.environ, "ALSA_CONFIG_PATH": str(tmp_path / "asoundrc"), "EDGEAGENT_CONFIG": ""}
    return subprocess.run(
        [sys.executable, "-m", "edgeagent", "doctor", "--config", str(path), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_all_well_after_the_set_up_naming_the_language_model(tmp_path: Path, broker: Broker) -> None:
    """The README's set-up and no config: green, and the model named is the best one installed."""
    done = doctor(tmp_path, "--mqtt-host", broker.host, "--mqtt-port", str(broker.port))
    assert done.returncode == 0, done.stdout
    assert "FAIL" not in done.stdout
    assert f"ok   mqtt: {broker.host}:{broker.port} reachable" in done.stdout
    assert "ok   stt model tiny.en" in done.stdout
    model = re.search(r"^ok   llm model (\S+): (\S+) \((.*)\)$", done.stdout, re.MULTILINE)
    assert model and (model[1], model[3]) in {
        ("qwen2.5-coder-0.5b", "phi-3-mini not installed"),  # what deploy/dev-setup.sh builds
        ("phi-3-mini", "the best installed"),  # after `edgeagent models pull phi-3-mini`
    }, done.stdout
    assert Path(model[2]).is_dir()


def test_a_model_set_in_the_config_is_the_one_checked(tmp_path: Path) -> None:
    done = doctor(tmp_path, config='[llm]\nmodel = "qwen2.5-coder-0.5b"\n')
    assert re.search(r"^ok   llm model qwen2.5-coder-0.5b: \S+ \(llm.model\)$", done.stdout, re.MULTILINE)
    cache = f'[models]\ncache_dir = "{tmp_path}/cache"\n'
    done = doctor(tmp_path, config=f'[llm]\nmodel = "phi-3-mini"\n{cache}')
    assert done.returncode == 1
    assert "FAIL llm model phi-3-mini: missing" in done.stdout
    hint = "hint: llm model 'phi-3-mini' is not installed; get it with `edgeagent models pull phi-3-mini`"
    assert hint in done.stdout


def test_no_language_model_installed_is_a_fail_naming_the_ways_to_get_one(tmp_path: Path) -> None:
    done = doctor(tmp_path, config=f'[models]\ncache_dir = "{tmp_path}/cache"\n')
    assert done.returncode == 1
    assert "FAIL llm model (the best installed): missing" in done.stdout
    assert "deploy/convert-llm.sh qwen2.5-coder-0.5b" in done.stdout
    assert "edgeagent models pull phi-3-mini" in done.stdout
    done = doctor(tmp_path, config=f'[models]\ncache_dir = "{tmp_path}/cache"\n[llm]\nenabled = false\n')
    assert "ok   llm: off (templates only)" in done.stdout and "llm model" not in done.stdout


def test_a_language_model_server_that_does_not_answer_is_a_fail_with_a_hint(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    config = f'[llm]\nbackend = "openai"\nurl = "{url}"\nmodel = "qwen2.5-coder-0.5b"\ntimeout_ms = 500\n'
    done = doctor(tmp_path, config=config)
    assert done.returncode == 1
    assert f"FAIL llm server: {url} not answering" in done.stdout and "deploy/llama-server.sh" in done.stdout
    assert "ok   llm model qwen2.5-coder-0.5b" in done.stdout  # the fallback is there


def test_problems_each_get_a_line_and_a_hint(tmp_path: Path) -> None:
    secret = tmp_path / "mqtt-password"
    secret.write_text("hunter2")
    config = f'[stt]\nmodel = "base.en"\n[models]\ncache_dir = "{tmp_path}/cache"\n'
    config += f'[mqtt]\npassword_file = "{secret}"\n'
    config += '[audio]\ninput_device = "USB Mic"\n'
    done = doctor(tmp_path, "--mqtt-host", "127.0.0.1", "--mqtt-port", str(free_port()), config=config)
    assert done.returncode == 1
    lines = done.stdout
    assert "FAIL stt model base.en: missing" in lines and "edgeagent models pull base.en" in lines
    assert "FAIL audio input: USB Mic" in lines
    assert "FAIL mqtt: 127.0.0.1:" in lines and "hint: is mosquitto running" in lines
    assert "hunter2" not in lines + done.stderr


def test_a_bad_config_is_a_fail_line(tmp_path: Path) -> None:
    done = doctor(tmp_path, config="[vad]\nthreshold = 7\n")
    assert done.returncode == 78
    assert "FAIL config: vad.threshold: expected a number between 0.0 and 1.0, got 7" in done.stdout
