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


def install(cache: Path, name: str, *, complete: bool = True) -> Path:
    """A model folder in the cache as deploy/convert-llm.sh or `models pull` leave it (no weights)."""
    spec = models.spec_for(name)
    assert spec is not None
    folder = cache / name
    (folder / spec.entry).mkdir(parents=True, exist_ok=True)
    if complete:
        (folder / ".complete").touch()
    return folder / spec.entry if spec.entry else folder


def test_the_best_installed_language_model_is_phi3_else_the_qwen_the_set_up_built(tmp_path: Path) -> None:
    assert models.best_installed(tmp_path) is None
    install(tmp_path, "qwen2.5-coder-1.5b")
    assert models.best_installed(tmp_path) == "qwen2.5-coder-1.5b"  # the only one there
    install(tmp_path, "qwen2.5-coder-0.5b")
    assert models.best_installed(tmp_path) == "qwen2.5-coder-0.5b"  # fewer wrong actions, in the time budget
    install(tmp_path, "phi-3-mini", complete=False)  # a download cut short is not installed
    assert models.best_installed(tmp_path) == "qwen2.5-coder-0.5b"
    install(tmp_path, "phi-3-mini")
    assert models.best_installed(tmp_path) == "phi-3-mini"


def test_no_model_set_means_the_best_installed_and_says_why(tmp_path: Path) -> None:
    qwen = install(tmp_path, "qwen2.5-coder-0.5b")
    choice = models.choose_llm("", tmp_path)
    assert (choice.name, choice.path, choice.why) == ("qwen2.5-coder-0.5b", qwen, "phi-3-mini not installed")
    only_big = tmp_path / "other"
    install(only_big, "qwen2.5-coder-1.5b")
    assert models.choose_llm("", only_big).why == "phi-3-mini and qwen2.5-coder-0.5b not installed"
    phi3 = install(tmp_path, "phi-3-mini")
    assert models.choose_llm("", tmp_path) == models.LlmChoice("phi-3-mini", phi3, "the best installed")
    assert phi3.name == "cpu-int4-rtn-block-32-acc-level-4"  # the folder inside the pull that genai loads


def test_a_model_set_in_the_config_is_used_even_when_a_better_one_is_installed(tmp_path: Path) -> None:
    install(tmp_path, "phi-3-mini")
    qwen = install(tmp_path, "qwen2.5-coder-0.5b")
    assert models.choose_llm("qwen2.5-coder-0.5b", tmp_path) == models.LlmChoice(
        "qwen2.5-coder-0.5b", qwen, "llm.model"
    )
    assert models.choose_llm(str(qwen), tmp_path).path == qwen  # a folder, as before


def test_a_model_set_in_the_config_and_missing_says_how_to_get_it_not_another(tmp_path: Path) -> None:
    install(tmp_path, "qwen2.5-coder-0.5b")
    wanted = r"'phi-3-mini' is not installed; .*edgeagent models pull phi-3-mini"
    with pytest.raises(ModelError, match=wanted):
        models.choose_llm("phi-3-mini", tmp_path)


def test_with_no_language_model_at_all_the_error_names_both_ways_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as caught:
        models.choose_llm("", tmp_path)
    assert caught.value.code == "model_missing"
    message = str(caught.value)
    assert "deploy/convert-llm.sh qwen2.5-coder-0.5b" in message
    assert "edgeagent models pull phi-3-mini" in message


def test_the_name_the_default_stands_for(tmp_path: Path) -> None:
    assert models.llm_name("", tmp_path) == ""
    install(tmp_path, "qwen2.5-coder-0.5b")
    assert models.llm_name("", tmp_path) == "qwen2.5-coder-0.5b"
    assert models.llm_name("phi-3-mini", tmp_path) == "phi-3-mini"
