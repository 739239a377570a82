"""Configuration: defaults run with no file; every bad value names its key and the reason."""

from pathlib import Path

import pytest

from edgeagent.cli import EXIT_CONFIG, main
from edgeagent.config import Config, config_from_mapping, load_config, with_overrides
from edgeagent.errors import ConfigError


def test_no_file_gives_the_embedded_defaults() -> None:
    config = load_config(None)
    assert config == Config()
    assert config.wake.models == ("okay_nabu",)
    assert config.stt.model == "tiny.en"
    assert config.tts.voice == "en_US-joe-medium"


def test_a_file_overrides_only_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "edgeagent.toml"
    path.write_text('[wake]\nmodels = ["alexa", "okay_nabu"]\n[vad]\nend_silence_ms = 500\n')
    config = load_config(path)
    assert config.wake.models == ("alexa", "okay_nabu")
    assert config.vad.end_silence_ms == 500
    assert config.vad.threshold == Config().vad.threshold


def test_settings_are_frozen() -> None:
    with pytest.raises(AttributeError):
        Config().vad.threshold = 0.1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"audio": {"queue_frames": "abc"}}, 'audio.queue_frames: expected a positive integer, got "abc"'),
        (
            {"audio": {"queue_frames": 0}},
            "audio.queue_frames: expected a positive integer at least 10, got 0",
        ),
        ({"vad": {"threshold": 1.5}}, "vad.threshold: expected a number between 0.0 and 1.0, got 1.5"),
        ({"vad": {"threshold": True}}, "vad.threshold: expected a number, got true"),
        ({"wake": {"models": []}}, "wake.models: expected a non-empty list of strings, got []"),
        ({"wake": {"models": ["alexa", 3]}}, "wake.models[1]: expected a string, got 3"),
        ({"vad": {"backend": "webrtc"}}, 'vad.backend: expected one of silero, micro, got "webrtc"'),
        ({"stt": {"modle": "base.en"}}, "stt.modle: unknown key"),
        ({"sttt": {}}, "sttt: unknown key"),
        ({"stt": "tiny.en"}, "stt: expected a table"),
    ],
)
def test_bad_values_name_the_key_and_the_reason(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        config_from_mapping(data)
    assert str(caught.value).startswith(message)


def test_integers_are_accepted_where_numbers_are_expected() -> None:
    assert config_from_mapping({"vad": {"threshold": 1}}).vad.threshold == 1.0


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[vad\nthreshold = 0.5\n")
    with pytest.raises(ConfigError, match=r"broken\.toml: not valid TOML"):
        load_config(path)


def test_overrides_are_validated_like_the_file() -> None:
    config = with_overrides(Config(), "mqtt", host="127.0.0.1", port=1884)
    assert (config.mqtt.host, config.mqtt.port) == ("127.0.0.1", 1884)
    with pytest.raises(ConfigError, match=r"mqtt\.port"):
        with_overrides(Config(), "mqtt", port=70000)


def test_the_command_line_exits_78_on_a_bad_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[audio]\nqueue_frames = "abc"\n')
    assert main(["run", "--config", str(path), "--input", "nothing.wav"]) == EXIT_CONFIG
    assert 'audio.queue_frames: expected a positive integer, got "abc"' in capsys.readouterr().err


def test_the_environment_variable_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from edgeagent.config import default_config_path

    monkeypatch.setenv("EDGEAGENT_CONFIG", str(tmp_path / "x.toml"))
    assert default_config_path() == tmp_path / "x.toml"


def test_the_example_config_loads_and_documents_every_key() -> None:
    import dataclasses
    import re

    example = Path(__file__).parents[2] / "deploy" / "edgeagent.example.toml"
    config = load_config(example)
    text = example.read_text()
    for section in dataclasses.fields(config):
        value = getattr(config, section.name)
        if not dataclasses.is_dataclass(value):
            assert f"[[{section.name}]]" in text
            continue
        assert f"[{section.name}]" in text
        for key in dataclasses.fields(value):
            assert re.search(rf"^{key.name} = ", text, re.MULTILINE), (
                f"{section.name}.{key.name} undocumented"
            )


def test_a_remote_language_model_needs_its_url() -> None:
    with pytest.raises(ConfigError, match=r"llm\.url: llm\.backend = \"openai\" needs an http\(s\) URL"):
        config_from_mapping({"llm": {"backend": "openai"}})
    with pytest.raises(ConfigError, match=r"llm\.backend: expected one of genai, openai"):
        config_from_mapping({"llm": {"backend": "cloud"}})
    remote = config_from_mapping({"llm": {"backend": "openai", "url": "http://minipc.local:8080/v1"}})
    assert remote.llm.fallback and remote.llm.timeout_ms == 4000
