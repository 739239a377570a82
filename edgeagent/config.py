"""Configuration: one TOML file mapped onto frozen dataclasses, one per section.

Every key has a default, so an empty file (or no file) runs the embedded defaults.
Values are checked against the field's type and bounds; a bad value raises
`ConfigError` naming the dotted key and the reason, e.g.
``audio.queue_frames: expected a positive integer, got "abc"``.
"""

from __future__ import annotations

import dataclasses
import os
import socket
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import ParseResult, urlparse

from edgeagent.errors import ConfigError

SYSTEM_CONFIG_PATH = Path("/etc/edgeagent/edgeagent.toml")
CONFIG_ENV_VAR = "EDGEAGENT_CONFIG"


def _bounded(low: float | None = None, high: float | None = None) -> dict[str, Any]:
    return {"low": low, "high": high}


@dataclass(frozen=True)
class AudioSettings:
    input_device: str = ""  # sounddevice name or index; "" = system default
    output_device: str = ""
    capture_rate_hz: int = field(default=16000, metadata=_bounded(8000, 192000))
    queue_frames: int = field(default=500, metadata=_bounded(10))  # 10 ms frames
    preroll_ms: int = field(default=300, metadata=_bounded(0, 5000))
    reopen_interval_seconds: float = field(default=2.0, metadata=_bounded(0.1, 600))
    barge_in: bool = False  # "stop", "cancel", "be quiet" stop a reply (the wake word always does)
    speaking_tail_ms: int = field(
        default=300, metadata=_bounded(0, 5000)
    )  # the speaker still rings this long after its last block (output latency, room echo; a wake word
    # then stops nothing); what the microphone hears while it plays and until then is no follow-up's answer


@dataclass(frozen=True)
class WakeSettings:
    backend: str = "microwakeword"
    models: tuple[str, ...] = ("okay_nabu",)  # heard on 9 of 10 bench voices (docs/performance.md)
    threshold: float = field(default=0.0, metadata=_bounded(0.0, 1.0))  # 0 = model's own
    refractory_ms: int = field(default=2000, metadata=_bounded(0, 60000))


@dataclass(frozen=True)
class VadSettings:
    backend: str = "silero"
    threshold: float = field(default=0.5, metadata=_bounded(0.0, 1.0))
    speech_start_ms: int = field(default=60, metadata=_bounded(10, 2000))
    end_silence_ms: int = field(default=700, metadata=_bounded(50, 10000))
    max_command_ms: int = field(default=10000, metadata=_bounded(500, 120000))
    no_speech_timeout_ms: int = field(default=5000, metadata=_bounded(100, 60000))
    speculate_after_ms: int = field(default=50, metadata=_bounded(0, 10000))  # 0 = off
    command_end_silence_ms: int = field(default=250, metadata=_bounded(0, 10000))  # 0 = off


@dataclass(frozen=True)
class SttSettings:
    backend: str = "faster-whisper"
    model: str = "tiny.en"
    language: str = "en"
    # 0 = one fewer than the cores this process may use, at most 2: the listener keeps a core (perf doc)
    threads: int = field(default=0, metadata=_bounded(0, 64))
    beam_size: int = field(default=3, metadata=_bounded(1, 10))  # 1: WER 0.103 -> 0.084 at 3 (perf doc)
    compute_type: str = "int8"
    initial_prompt: str = ""
    home_prompt: bool = True  # the home's device and area names follow initial_prompt in Whisper's prompt
    # Whisper hears commands through this window; its own is 30 s (30 = as trained, about 2.5x the work)
    window_seconds: int = field(default=15, metadata=_bounded(5, 30))
    # backend = "wyoming": a Wyoming server (wyoming-faster-whisper) on a bigger box
    uri: str = ""  # "tcp://host:port"
    timeout_ms: int = field(default=3000, metadata=_bounded(100, 120000))  # to connect, then per reply
    fallback: bool = True  # the server failing: the local model (`model`) transcribes instead
    retry_after_seconds: float = field(default=30.0, metadata=_bounded(0, 3600))  # skip a failed server


@dataclass(frozen=True)
class TtsSettings:
    backend: str = "piper"
    voice: str = "en_US-joe-medium"
    threads: int = field(default=1, metadata=_bounded(1, 64))
    length_scale: float = field(default=1.0, metadata=_bounded(0.1, 5.0))
    volume: float = field(default=1.0, metadata=_bounded(0.0, 4.0))
    variation: bool = True  # false: the same audio for the same text every time (Piper's noise off)
    # backend = "wyoming": a Wyoming server (wyoming-piper) on a bigger box
    uri: str = ""  # "tcp://host:port"
    remote_voice: str = ""  # the server's voice name; "" = its default
    timeout_ms: int = field(default=3000, metadata=_bounded(100, 120000))
    fallback: bool = True  # the server failing: the local voice (`voice`) speaks instead
    retry_after_seconds: float = field(default=30.0, metadata=_bounded(0, 3600))


@dataclass(frozen=True)
class LlmSettings:
    enabled: bool = True  # false: templates only (low-memory boards)
    # a name (`edgeagent models list`) or an onnxruntime-genai folder; "" = the best installed: phi-3-mini,
    # else qwen2.5-coder-0.5b (deploy/dev-setup.sh builds it), else qwen2.5-coder-1.5b (models.LLM_PREFERENCE)
    model: str = ""
    threads: int = field(default=2, metadata=_bounded(1, 64))
    # tokens; the KV cache is sized by it up front; 0 = fitted to the home's prompt when it is primed
    max_length: int = field(default=0, metadata=_bounded(0, 8192))
    max_answer_tokens: int = field(default=120, metadata=_bounded(8, 2048))  # hard cap per reply
    # "openai": a server of the OpenAI chat completions API on a bigger box (llama.cpp, Ollama, vLLM)
    backend: str = "genai"  # onnxruntime-genai in this process
    url: str = ""  # the server's API base, e.g. "http://minipc.local:8080/v1"
    remote_model: str = ""  # the model name the server wants, if it wants one
    api_key_file: str = ""  # else $EDGEAGENT_LLM_API_KEY, if set
    structured_output: str = "json_object"  # llama.cpp, LocalAI; "json_schema": vLLM, Ollama
    timeout_ms: int = field(default=4000, metadata=_bounded(100, 120000))  # to connect, then per piece
    fallback: bool = True  # the server failing: ask the local model (`model`) instead of saying sorry
    retry_after_seconds: float = field(default=30.0, metadata=_bounded(0, 3600))  # skip a failed server


@dataclass(frozen=True)
class ModelSettings:
    cache_dir: str = "~/.cache/edgeagent/models"


@dataclass(frozen=True)
class MqttSettings:
    host: str = ""  # "" = MQTT off
    port: int = field(default=1883, metadata=_bounded(1, 65535))
    site: str = ""  # "" = the host name
    username: str = ""
    password_file: str = ""  # else the password comes from $EDGEAGENT_MQTT_PASSWORD, if set
    tls: bool = False  # MQTT over TLS (port 8883 by convention); on by itself when a file below is set
    ca_file: str = ""  # the CA that signed the broker's certificate; "" = the system's CAs
    cert_file: str = ""  # a client certificate (PEM), for brokers that ask for one
    key_file: str = ""  # its private key (PEM)
    keepalive_seconds: int = field(default=30, metadata=_bounded(5, 3600))
    # "5": commands carry their max age as their message expiry (mosquitto 2, EMQX...); "3.1.1": old brokers
    protocol: str = "5"
    hermes: bool = False  # also speak Rhasspy/Snips Hermes topics
    outbox_size: int = field(
        default=20, metadata=_bounded(1, 10000)
    )  # commands kept while the broker is down
    outbox_max_age_seconds: float = field(
        default=60.0, metadata=_bounded(1, 86400)
    )  # a command not acknowledged by the broker this long after it was decided: told, never sent late

    @property
    def uses_tls(self) -> bool:
        return self.tls or bool(self.ca_file or self.cert_file or self.key_file)

    @property
    def site_id(self) -> str:
        return self.site or socket.gethostname()


@dataclass(frozen=True)
class IntentRecognitionSettings:
    language: str = "en"
    area: str = ""  # the area the assistant stands in: "turn on the lights" means here
    fuzzy_cutoff: int = field(default=80, metadata=_bounded(50, 100))  # rapidfuzz score for a name to match
    floors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # floor -> its areas (not in discovery)
    discovery_prefix: str = "homeassistant"
    zigbee2mqtt_base: str = "zigbee2mqtt"
    # a command's reply: Home Assistant's words ("Turned on the light") or ours ("Kitchen light on.")
    responses: str = "edgeagent"


@dataclass(frozen=True)
class FeedbackSettings:
    listening: bool = True  # a short rising chime when the wake word is heard
    done: bool = False  # a short chime when a command was carried out
    error: bool = True  # a low tone when something failed
    volume: float = field(default=0.3, metadata=_bounded(0.0, 1.0))


@dataclass(frozen=True)
class SecuritySettings:
    confirm_sensitive: bool = True  # unlocking, opening a garage door or gate: asked back first
    confirm_window_seconds: float = field(default=30.0, metadata=_bounded(3, 600))
    voice_disabled_domains: tuple[str, ...] = field(default=(), metadata={"allow_empty": True})
    allowed_devices: tuple[str, ...] = field(default=(), metadata={"allow_empty": True})  # empty = all
    allowed_domains: tuple[str, ...] = field(default=(), metadata={"allow_empty": True})  # empty = all


@dataclass(frozen=True)
class ConversationSettings:
    # after a reply that asks something ("Unlock the front door?"): listen this long without the wake word
    follow_up_ms: int = field(default=6000, metadata=_bounded(0, 60000))  # 0 = never
    question_timeout_ms: int = field(default=8000, metadata=_bounded(500, 120000))  # `ask_question`'s answer
    llm_exchanges: int = field(default=2, metadata=_bounded(0, 8))  # earlier answers the model still sees
    llm_forget_after_seconds: float = field(default=120.0, metadata=_bounded(0, 3600))  # ...unless older
    state_file: str = ""  # mute, threshold, volume kept here; "" = $STATE_DIRECTORY or ~/.local/state


@dataclass(frozen=True)
class RoomsSettings:
    arbitrate: bool = True  # several assistants on one broker: the one that heard the wake word best answers
    claim_window_ms: int = field(default=150, metadata=_bounded(0, 2000))  # claims waited for, at least
    standby_ms: int = field(default=5000, metadata=_bounded(0, 60000))  # a loser answers if the winner dies
    # after an outage, how long the rooms' records of what they answered alone are awaited
    settle_ms: int = field(default=2000, metadata=_bounded(0, 10000))
    announce_chime: bool = True  # a chime before an `edgeagent/home/announce` (unless the message says)


@dataclass(frozen=True)
class LogSettings:
    level: str = "INFO"


@dataclass(frozen=True)
class CommandSettings:
    """One operation of a config device or custom intent: a topic and a payload template.

    `{value}` (devices) or `{slot_name}` (intents) in the payload is replaced.
    """

    topic: str = ""
    payload: str = ""
    retain: bool = False


@dataclass(frozen=True)
class DeviceSettings:
    name: str = ""
    aliases: tuple[str, ...] = ()
    area: str = ""
    type: str = "switch"  # the domain: light, switch, fan, cover, lock, ...
    command_topic: str = ""  # shortcut for commands.turn_on / turn_off
    payload_on: str = "ON"
    payload_off: str = "OFF"
    state_topic: str = ""
    commands: dict[str, CommandSettings] = field(default_factory=dict)


@dataclass(frozen=True)
class SlotSettings:
    values: tuple[str, ...] = ()  # a list slot: one of these words
    min: int = 0  # a number slot: min..max (used when values is empty)
    max: int = 100


@dataclass(frozen=True)
class IntentSettings:
    """A custom intent: sentences with {slots}, what to publish, what to say."""

    name: str = ""
    sentences: tuple[str, ...] = ()
    slots: dict[str, SlotSettings] = field(default_factory=dict)
    topic: str = ""
    payload: str = ""
    response: str = "Done."


@dataclass(frozen=True)
class Config:
    audio: AudioSettings = AudioSettings()
    wake: WakeSettings = WakeSettings()
    vad: VadSettings = VadSettings()
    stt: SttSettings = SttSettings()
    tts: TtsSettings = TtsSettings()
    llm: LlmSettings = LlmSettings()
    models: ModelSettings = ModelSettings()
    mqtt: MqttSettings = MqttSettings()
    intent: IntentRecognitionSettings = IntentRecognitionSettings()
    feedback: FeedbackSettings = FeedbackSettings()
    security: SecuritySettings = SecuritySettings()
    conversation: ConversationSettings = ConversationSettings()
    rooms: RoomsSettings = RoomsSettings()
    log: LogSettings = LogSettings()
    devices: tuple[DeviceSettings, ...] = ()
    intents: tuple[IntentSettings, ...] = ()


_CHOICES: dict[str, tuple[str, ...]] = {
    "wake.backend": ("microwakeword",),
    "vad.backend": ("silero", "micro"),
    "stt.backend": ("faster-whisper", "wyoming"),
    "tts.backend": ("piper", "wyoming"),
    "llm.backend": ("genai", "openai"),
    "llm.structured_output": ("json_object", "json_schema"),
    "stt.compute_type": ("int8", "int8_float32", "float32"),
    "log.level": ("DEBUG", "INFO", "WARNING", "ERROR"),
    "intent.responses": ("home_assistant", "edgeagent"),
    "mqtt.protocol": ("5", "3.1.1"),
}


def default_config_path() -> Path | None:
    """The file `run` reads when no --config is given, or None for the defaults."""
    from_env = os.environ.get(CONFIG_ENV_VAR)
    if from_env:
        return Path(from_env)
    return SYSTEM_CONFIG_PATH if SYSTEM_CONFIG_PATH.exists() else None


def load_config(path: Path | None) -> Config:
    """Read and validate a TOML file; None gives the embedded defaults."""
    if path is None:
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read the config file ({exc.strerror})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"not valid TOML ({exc})") from exc
    return config_from_mapping(data)


def config_from_mapping(data: Mapping[str, Any]) -> Config:
    config: Config = _build(Config, data, prefix="")
    _check_devices_and_intents(config)
    _check_llm(config.llm)
    _check_wyoming("stt", config.stt.backend, config.stt.uri)
    _check_wyoming("tts", config.tts.backend, config.tts.uri)
    return config


def _check_wyoming(section: str, backend: str, uri: str) -> None:
    parsed = urlparse(uri)
    if backend == "wyoming" and (parsed.scheme != "tcp" or not parsed.hostname or not _port(parsed)):
        raise ConfigError(
            f"{section}.uri", f'{section}.backend = "wyoming" needs tcp://host:port, got {_show(uri)}'
        )


def _port(parsed: ParseResult) -> int | None:
    try:
        return parsed.port
    except ValueError:
        return None


def _check_llm(llm: LlmSettings) -> None:
    if llm.backend == "openai" and not llm.url.startswith(("http://", "https://")):
        raise ConfigError("llm.url", f'llm.backend = "openai" needs an http(s) URL, got {_show(llm.url)}')


def _check_devices_and_intents(config: Config) -> None:
    for i, device in enumerate(config.devices):
        if not device.name:
            raise ConfigError(f"devices[{i}].name", "every device needs a name")
        if not (device.command_topic or device.commands or device.state_topic):
            raise ConfigError(
                f"devices[{i}]", f"device {device.name!r} has no command_topic, commands or state_topic"
            )
        for op, command in device.commands.items():
            if not command.topic:
                raise ConfigError(f"devices[{i}].commands.{op}.topic", "a command needs a topic")
    for i, intent in enumerate(config.intents):
        if not intent.name or not intent.sentences:
            raise ConfigError(f"intents[{i}]", "a custom intent needs a name and at least one sentence")
        if not intent.topic:
            raise ConfigError(
                f"intents[{i}].topic", f"custom intent {intent.name!r} needs a topic to publish to"
            )
        for slot, settings in intent.slots.items():
            if not settings.values and settings.min > settings.max:
                raise ConfigError(f"intents[{i}].slots.{slot}", "min is above max")


def with_overrides(config: Config, section: str, **values: Any) -> Config:
    """A copy of `config` with some keys of one section replaced (CLI flags)."""
    current = getattr(config, section)
    merged = {f.name: getattr(current, f.name) for f in dataclasses.fields(current)}
    merged.update(values)
    new_section = _build(type(current), merged, prefix=f"{section}.")
    return dataclasses.replace(config, **{section: new_section})


def _build(cls: type[Any], data: Mapping[str, Any], prefix: str) -> Any:
    if not isinstance(data, Mapping):
        raise ConfigError(prefix.rstrip(".") or "config", "expected a table")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        known = ", ".join(sorted(fields))
        raise ConfigError(f"{prefix}{unknown[0]}", f"unknown key (known keys: {known})")
    values: dict[str, Any] = {}
    for name, raw in data.items():
        key = f"{prefix}{name}"
        expected = hints[name]
        if isinstance(expected, type) and dataclasses.is_dataclass(expected):
            values[name] = _build(expected, raw, prefix=f"{key}.")
        elif _item_dataclass(expected) is not None:
            values[name] = _build_many(key, expected, raw)
        else:
            values[name] = _check_value(key, expected, raw, fields[name].metadata)
    return cls(**values)


def _item_dataclass(expected: Any) -> type[Any] | None:
    """The dataclass inside tuple[X, ...] or dict[str, X], if any."""
    args = typing.get_args(expected)
    item = args[-1] if typing.get_origin(expected) is dict else args[0] if args else None
    return item if isinstance(item, type) and dataclasses.is_dataclass(item) else None


def _build_many(key: str, expected: Any, raw: Any) -> Any:
    item = _item_dataclass(expected)
    assert item is not None
    if typing.get_origin(expected) is dict:
        if not isinstance(raw, Mapping):
            raise ConfigError(key, "expected a table")
        return {name: _build(item, value, prefix=f"{key}.{name}.") for name, value in raw.items()}
    if not isinstance(raw, list):
        raise ConfigError(key, f"expected a list of tables ([[{key}]]), got {_show(raw)}")
    return tuple(_build(item, value, prefix=f"{key}[{i}].") for i, value in enumerate(raw))


def _check_value(key: str, expected: Any, raw: Any, bounds: Mapping[str, Any]) -> Any:
    if expected is bool:
        if not isinstance(raw, bool):
            raise ConfigError(key, f"expected true or false, got {_show(raw)}")
        return raw
    if expected is int:
        return _check_number(key, raw, bounds, integer=True)
    if expected is float:
        return _check_number(key, raw, bounds, integer=False)
    if expected is str:
        return _check_str(key, raw)
    if typing.get_origin(expected) is dict:
        if not isinstance(raw, Mapping):
            raise ConfigError(key, f"expected a table, got {_show(raw)}")
        item = typing.get_args(expected)[1]
        return {str(name): _check_value(f"{key}.{name}", item, value, {}) for name, value in raw.items()}
    if typing.get_origin(expected) is tuple:
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list | tuple) or not (raw or bounds.get("allow_empty")):
            raise ConfigError(key, f"expected a non-empty list of strings, got {_show(raw)}")
        return tuple(_check_str(f"{key}[{i}]", item) for i, item in enumerate(raw))
    raise TypeError(f"{key}: no validator for {expected!r}")


def _check_str(key: str, raw: Any) -> str:
    choices = _CHOICES.get(key.split("[")[0])
    if not isinstance(raw, str) and choices:  # `protocol = 5`: the right value, without its quotes
        quoted = ", ".join(f'"{choice}"' for choice in choices)
        raise ConfigError(key, f"expected one of {quoted} (a quoted string), got {_show(raw)}")
    if not isinstance(raw, str):
        raise ConfigError(key, f"expected a string, got {_show(raw)}")
    if choices and raw not in choices:
        raise ConfigError(key, f"expected one of {', '.join(choices)}, got {_show(raw)}")
    return raw


def _check_number(key: str, raw: Any, bounds: Mapping[str, Any], *, integer: bool) -> Any:
    low, high = bounds.get("low"), bounds.get("high")
    kind = "integer" if integer else "number"
    if low is not None and low > 0:
        kind = f"positive {kind}"
    ok_type = isinstance(raw, int) if integer else isinstance(raw, int | float)
    if isinstance(raw, bool) or not ok_type:
        raise ConfigError(key, f"expected a {kind}, got {_show(raw)}")
    if (low is not None and raw < low) or (high is not None and raw > high):
        limits = f"at least {low}" if high is None else f"between {low} and {high}"
        raise ConfigError(key, f"expected a {kind} {limits}, got {raw}")
    return raw if integer else float(raw)


def _show(raw: Any) -> str:
    if isinstance(raw, str):
        return f'"{raw}"'
    if isinstance(raw, bool):
        return "true" if raw else "false"
    return repr(raw)
