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


def test_the_offline_language_models_say_how_to_build_them(tmp_path: Path) -> None:
    for name in ("qwen2.5-coder-0.5b", "qwen2.5-coder-1.5b"):
        with pytest.raises(ModelError, match=f"deploy/convert-llm.sh {name}"):
            models.resolve(name, "llm", tmp_path)


def test_the_kv_cache_is_sized_from_the_model_config_before_it_is_allocated() -> None:
    from edgeagent.engines.llm.genai import kv_cache_bytes

    # Phi-3 Mini's shape as its builder writes it (no weights needed): 32 layers, 32 KV heads of 96
    phi3 = {"model": {"decoder": {"num_hidden_layers": 32, "num_attention_heads": 32, "head_size": 96}}}
    assert kv_cache_bytes(phi3, 1024) == 768 * 2**20
    # Qwen2.5 0.5B shares 2 KV heads among 14 query heads (grouped-query attention): 24 KiB a token
    qwen = {
        "model": {
            "decoder": {
                "num_hidden_layers": 24,
                "num_attention_heads": 14,
                "num_key_value_heads": 2,
                "head_size": 64,
            }
        }
    }
    assert kv_cache_bytes(qwen, 2048) == 48 * 2**20


def test_max_length_zero_fits_the_prompt_with_room_for_a_turn() -> None:
    from edgeagent.engines.llm.genai import fitted_length

    assert fitted_length(700) == 1280  # 700 + 384, rounded up to 256
    assert fitted_length(128) == 512
