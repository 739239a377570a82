"""Model names resolve to local paths, or to an error that says how to get the model."""

from pathlib import Path

import pytest

from edgeagent import models
from edgeagent.errors import ModelError


def test_embedded_defaults_come_from_installed_packages(tmp_path: Path) -> None:
    assert (models.resolve("tiny.en", "stt", tmp_path) / "model.bin").exists()
    assert models.resolve("en_US-joe-medium", "tts", tmp_path).suffix == ".onnx"
    for name in ("okay_nabu", "hey_jarvis", "alexa", "hey_mycroft"):
        assert models.resolve(name, "wake", tmp_path).name == f"{name}.json"


def test_an_existing_path_is_used_as_is(tmp_path: Path) -> None:
    folder = tmp_path / "my-whisper"
    folder.mkdir()
    assert models.resolve(str(folder), "stt", tmp_path) == folder


def test_a_missing_path_says_so(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        models.resolve(str(tmp_path / "voice.onnx"), "tts", tmp_path)


def test_a_model_only_on_the_hub_says_how_to_pull_it(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as caught:
        models.resolve("base.en", "stt", tmp_path)
    assert "edgeagent models pull base.en" in str(caught.value)
    assert caught.value.code == "model_missing"


def test_any_standard_piper_voice_name_is_known(tmp_path: Path) -> None:
    spec = models.spec_for("de_DE-thorsten-high")
    assert spec is not None
    assert spec.entry == "de/de_DE/thorsten/high/de_DE-thorsten-high.onnx"
    with pytest.raises(ModelError, match="models pull de_DE-thorsten-high"):
        models.resolve("de_DE-thorsten-high", "tts", tmp_path)


def test_a_pulled_model_is_found_in_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "base.en"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"x")
    with pytest.raises(ModelError):  # an interrupted download is not a model
        models.resolve("base.en", "stt", tmp_path)
    (folder / ".complete").touch()
    assert models.resolve("base.en", "stt", tmp_path) == folder


def test_unknown_names_and_wrong_stages_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="unknown stt model 'huge'"):
        models.resolve("huge", "stt", tmp_path)
    with pytest.raises(ModelError, match="is a tts model"):
        models.resolve("en_US-joe-medium", "stt", tmp_path)
