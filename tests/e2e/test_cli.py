"""The `edgeagent` command as a user runs it: a subprocess, real models, real audio files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import speech
from tests.daemon import NO_LLM

pytestmark = pytest.mark.e2e

COMMAND = "Turn on the kitchen light."
END_SILENCE_MS = 700  # the default vad.end_silence_ms


@dataclass
class Result:
    code: int
    events: list[dict[str, object]]
    stderr: str


def edgeagent(*args: str, stdin: bytes | None = None, timeout: float = 180, defaults: bool = False) -> Result:
    """The command with the embedded defaults (`defaults`) or, with no --config, the defaults without the
    language model (tests.daemon.NO_LLM)."""
    no_llm = Path(tempfile.gettempdir()) / "edgeagent-test-cli-no-llm.toml"
    no_llm.write_text(NO_LLM)
    config = "" if defaults else str(no_llm)
    env = {**os.environ, "EDGEAGENT_CONFIG": config, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "edgeagent", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    stdout = done.stdout.decode()
    events = [json.loads(line) for line in stdout.splitlines() if line.strip()] if "--events" in args else []
    return Result(done.returncode, events, done.stderr.decode())


def words(text: object) -> list[str]:
    return re.sub(r"[^a-z0-9 ]", " ", str(text).lower()).split()


def of(events: list[dict[str, object]], kind: str) -> list[dict[str, object]]:
    return [e for e in events if e["event"] == kind]


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as reply:
        return reply.getnframes() / reply.getframerate()


@pytest.fixture(scope="module")
def one_turn() -> speech.Clip:
    return speech.build(
        speech.silence(800),
        speech.piper("Okay Nabu."),
        speech.silence(400),
        speech.piper(COMMAND),
        speech.silence(1500),
    )


def test_one_turn_from_a_file(tmp_path: Path, one_turn: speech.Clip) -> None:
    """The embedded defaults as the README runs them: with the language model the set-up built."""
    audio = one_turn.write(tmp_path / "turn.wav", rate_hz=44100, channels=2)
    reply = tmp_path / "reply.wav"
    args = ("run", "--input", str(audio), "--output", str(reply), "--events", "jsonl")
    result = edgeagent(*args, defaults=True)
    assert result.code == 0, result.stderr
    said = re.search(r"language model: (\S+) \((.*)\)", result.stderr)
    assert said and (said[1], said[2]) in {
        ("qwen2.5-coder-0.5b", "phi-3-mini not installed"),  # what deploy/dev-setup.sh builds
        ("phi-3-mini", "the best installed"),  # after `edgeagent models pull phi-3-mini`
    }, result.stderr
    assert f"language model {said[1]} ready" in result.stderr and "language model off" not in result.stderr
    kinds = [e["event"] for e in result.events]
    assert kinds[:3] == ["wake", "listening", "speech_end"]
    assert kinds[3:5] == ["transcript", "intent"] and kinds[-1] == "turn_end"
    # the reply: a template's is told, then spoken; the language model's is spoken as it is written
    assert kinds[5:-1].count("response") == 1 and set(kinds[5:-1]) == {"response", "tts"}
    assert all(set(e) >= {"event", "turn", "t_ms"} for e in result.events)
    assert words(of(result.events, "transcript")[0]["text"]) == words(COMMAND)
    assert of(result.events, "wake")[0]["model"] == "okay_nabu"
    assert wav_seconds(reply) > 1.0


def test_end_of_speech_is_decided_after_the_configured_silence(tmp_path: Path, one_turn: speech.Clip) -> None:
    audio = one_turn.write(tmp_path / "turn.wav")
    result = edgeagent("run", "--input", str(audio), "--output", "none", "--events", "jsonl")
    [speech_end] = of(result.events, "speech_end")
    _, spoken_end_ms = one_turn.voiced_span(COMMAND)
    assert abs(int(speech_end["t_ms"]) - (spoken_end_ms + END_SILENCE_MS)) <= 200  # type: ignore[call-overload]


def test_several_turns_with_several_wake_words(tmp_path: Path) -> None:
    config = tmp_path / "edgeagent.toml"
    config.write_text('[wake]\nmodels = ["hey_jarvis", "alexa"]\n[vad]\nend_silence_ms = 600\n' + NO_LLM)
    commands = ["What time is it?", "Open the garage door.", "Stop the music."]
    clip = speech.build(
        speech.silence(500),
        speech.piper("Hey Jarvis."),
        speech.silence(400),
        speech.piper(commands[0]),
        speech.silence(1500),
        speech.piper("Alexa."),
        speech.silence(400),
        speech.piper(commands[1]),
        speech.silence(1500),
        speech.piper("Hey Jarvis."),
        speech.silence(400),
        speech.piper(commands[2]),
        speech.silence(1200),
    )
    audio = clip.write(tmp_path / "three.wav", rate_hz=16000)
    result = edgeagent(
        "run", "--config", str(config), "--input", str(audio), "--output", "none", "--events", "jsonl"
    )
    assert result.code == 0, result.stderr
    assert [e["model"] for e in of(result.events, "wake")] == ["hey_jarvis", "alexa", "hey_jarvis"]
    assert [words(e["text"]) for e in of(result.events, "transcript")] == [words(c) for c in commands]
    # "Open the garage door?" listens for a yes (turn 3); the wake word instead drops it.
    ends = [(e["turn"], e["outcome"]) for e in of(result.events, "turn_end")]
    assert ends == [(1, "done"), (2, "done"), (3, "no_speech"), (4, "done")]


def test_speech_without_the_wake_word_is_ignored(tmp_path: Path) -> None:
    clip = speech.build(
        speech.silence(500),
        speech.espeak("Turn on the kitchen light and close the blinds."),
        speech.silence(1000),
    )
    reply = tmp_path / "reply.wav"
    result = edgeagent(
        "run", "--input", str(clip.write(tmp_path / "x.wav")), "--output", str(reply), "--events", "jsonl"
    )
    assert (result.code, result.events) == (0, [])
    assert wav_seconds(reply) == 0.0


def test_raw_audio_on_stdin(one_turn: speech.Clip) -> None:
    result = edgeagent("run", "--input", "-", "--output", "none", "--events", "jsonl", stdin=one_turn.pcm)
    assert result.code == 0, result.stderr
    assert words(of(result.events, "transcript")[0]["text"]) == words(COMMAND)


def steady_voice(tmp_path: Path) -> str:
    """A config whose voice says the same audio every run, so what the transcriber hears is not luck."""
    config = tmp_path / "steady.toml"
    config.write_text("[tts]\nvariation = false\n")
    return str(config)


def test_transcribe_and_say(tmp_path: Path) -> None:
    said = tmp_path / "said.wav"
    text = "Turn off the hallway light."
    assert edgeagent("say", text, "--output", str(said), "--config", steady_voice(tmp_path)).code == 0
    done = subprocess.run(
        [sys.executable, "-m", "edgeagent", "transcribe", str(said), "--json"],
        capture_output=True,
        timeout=120,
        check=True,
    )
    answer = json.loads(done.stdout)
    assert words(answer["text"]) == words("turn off the hallway light")
    assert answer["audio_ms"] > 1000


def test_tts_variation_off_says_the_same_audio_every_time(tmp_path: Path) -> None:
    config = steady_voice(tmp_path)
    takes = [tmp_path / "one.wav", tmp_path / "two.wav"]
    for take in takes:
        assert edgeagent("say", "Good morning.", "--output", str(take), "--config", config).code == 0
    assert takes[0].read_bytes() == takes[1].read_bytes()


def test_version() -> None:
    done = subprocess.run([sys.executable, "-m", "edgeagent", "--version"], capture_output=True, check=True)
    assert done.stdout.decode().startswith("edgeagent ")


def test_a_missing_input_file_is_a_clear_error(tmp_path: Path) -> None:
    result = edgeagent("run", "--input", str(tmp_path / "nope.wav"), "--output", "none")
    assert result.code == 74
    assert "nope.wav does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_config_exits_78_naming_the_key(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[vad]\nend_silence_ms = -5\n")
    result = edgeagent("run", "--config", str(config), "--input", "x.wav")
    assert result.code == 78
    assert "vad.end_silence_ms: expected a positive integer" in result.stderr


def test_a_missing_model_says_how_to_get_it(tmp_path: Path, one_turn: speech.Clip) -> None:
    config = tmp_path / "edgeagent.toml"
    config.write_text(f'[stt]\nmodel = "base.en"\n[models]\ncache_dir = "{tmp_path / "cache"}"\n')
    result = edgeagent(
        "run", "--config", str(config), "--input", str(one_turn.write(tmp_path / "t.wav")), "--output", "none"
    )
    assert result.code == 69
    assert "edgeagent models pull base.en" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_corrupt_model_file_is_a_clear_error_at_start(tmp_path: Path, one_turn: speech.Clip) -> None:
    from edgeagent import models
    from edgeagent.config import Config

    real = models.resolve(Config().tts.voice, "tts", Path(Config().models.cache_dir).expanduser())
    broken = tmp_path / "voice.onnx"
    broken.write_bytes(real.read_bytes()[:50_000])  # a download cut short
    (tmp_path / "voice.onnx.json").write_bytes(Path(f"{real}.json").read_bytes())
    config = tmp_path / "edgeagent.toml"
    config.write_text(f'[tts]\nvoice = "{broken}"\n[llm]\nenabled = false\n')
    result = edgeagent(
        "run", "--config", str(config), "--input", str(one_turn.write(tmp_path / "t.wav")), "--output", "none"
    )
    assert result.code == 69
    assert f"cannot load Piper voice {broken}" in result.stderr
    assert "Traceback" not in result.stderr
