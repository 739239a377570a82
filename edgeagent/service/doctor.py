"""`edgeagent doctor`: one clear line per check, with a hint when something is wrong.

Checks the config, every configured model, the servers of the stages that run on
another box (Wyoming STT/TTS, the language model's), the audio devices, the MQTT
broker and file permissions. Never prints a secret: only the path of a password file.
"""

from __future__ import annotations

import grp
import http.client
import os
import socket
import tempfile
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from edgeagent import models
from edgeagent.config import Config
from edgeagent.errors import EdgeAgentError, ModelError


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    hint: str = ""

    def line(self) -> str:
        text = f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"
        return f"{text}\n     hint: {self.hint}" if self.hint and not self.ok else text


def run_checks(config: Config, config_source: str) -> list[Check]:
    checks = [Check("config", True, config_source)]
    for check in (_models, _wyoming, _llm, _audio, _broker, _permissions):
        checks += list(check(config))
    return checks


def _models(config: Config) -> Iterator[Check]:
    cache = Path(config.models.cache_dir).expanduser()
    wanted = [(name, "wake") for name in config.wake.models]
    if config.stt.backend != "wyoming" or config.stt.fallback:  # the local model is loaded
        wanted.append((config.stt.model, "stt"))
    if config.tts.backend != "wyoming" or config.tts.fallback:
        wanted.append((config.tts.voice, "tts"))
    for name, stage in wanted:
        try:
            path = models.resolve(name, stage, cache)
        except ModelError as exc:
            yield Check(f"{stage} model {name}", False, "missing", exc.message)
        else:
            yield Check(f"{stage} model {name}", True, str(path))


def _wyoming(config: Config) -> Iterator[Check]:
    """Speech-to-text and text-to-speech on a Wyoming server: it answers `describe` with what it serves."""
    from edgeagent.engines.wyoming import Server, describe

    for stage, settings, kind in (("stt", config.stt, "asr"), ("tts", config.tts, "tts")):
        if settings.backend != "wyoming":
            continue
        server = Server.parse(settings.uri, settings.timeout_ms)
        try:
            info = describe(server)
        except (OSError, ValueError) as exc:
            meanwhile = "the local engine works meanwhile" if settings.fallback else "turns fail meanwhile"
            hint = f"start it (deploy/wyoming-servers.sh) or check {stage}.uri; {meanwhile}"
            yield Check(f"{stage} server", False, f"{server} not answering ({exc})", hint)
            continue
        programs = info.get(kind)
        served = (
            [str(p.get("name")) for p in programs if isinstance(p, dict)]
            if isinstance(programs, list)
            else []
        )
        if not served:
            yield Check(
                f"{stage} server",
                False,
                f"{server} serves no {kind}",
                f"point {stage}.uri at a {kind} server",
            )
        else:
            yield Check(f"{stage} server", True, f"{server} answering ({', '.join(served)})")


def _llm(config: Config) -> Iterator[Check]:
    """The language model: the server when it is remote (and the local fallback), else the local model."""
    llm = config.llm
    if not llm.enabled:
        yield Check("llm", True, "off (templates only)")
        return
    if llm.backend == "openai":
        yield _llm_server(llm.url, llm.timeout_ms, llm.api_key_file, fallback=llm.fallback)
        if not llm.fallback:
            return
    try:
        choice = models.choose_llm(llm.model, Path(config.models.cache_dir).expanduser())
    except ModelError as exc:
        yield Check(f"llm model {llm.model or '(the best installed)'}", False, "missing", exc.message)
    else:
        yield Check(f"llm model {choice.name}", True, f"{choice.path} ({choice.why})")


def _llm_server(url: str, timeout_ms: int, key_file: str, *, fallback: bool) -> Check:
    from edgeagent.engines.llm.remote import api_key

    request = urllib.request.Request(f"{url.rstrip('/')}/models")
    try:
        key = api_key(key_file)
        if key:
            request.add_header("Authorization", f"Bearer {key}")
        with urllib.request.urlopen(request, timeout=max(timeout_ms, 1000) / 1000) as reply:
            reply.read(4096)
    except (OSError, ValueError, http.client.HTTPException, EdgeAgentError) as exc:
        meanwhile = "the local model answers meanwhile" if fallback else "turns say sorry meanwhile"
        hint = f"start it (deploy/llama-server.sh) or check llm.url and llm.api_key_file; {meanwhile}"
        return Check("llm server", False, f"{url} not answering ({exc})", hint)
    return Check("llm server", True, f"{url} answering")


def _audio(config: Config) -> Iterator[Check]:
    from edgeagent.audio.devices import device_arg, import_sounddevice
    from edgeagent.errors import AudioError

    try:
        sd = import_sounddevice()
    except AudioError as exc:
        yield Check("audio", False, "PortAudio missing", exc.message)
        return
    probes: list[tuple[str, str, Callable[..., None]]] = [
        ("input", config.audio.input_device, sd.check_input_settings),
        ("output", config.audio.output_device, sd.check_output_settings),
    ]
    for direction, device, probe in probes:
        name = device or "default device"
        try:
            probe(device=device_arg(device), channels=1, dtype="int16")
        except Exception as exc:  # PortAudioError or ValueError, by device state
            hint = f"see `python -m sounddevice`; set audio.{direction}_device; is the user in 'audio'?"
            yield Check(f"audio {direction}", False, f"{name}: {exc}", hint)
        else:
            yield Check(f"audio {direction}", True, name)


def _broker(config: Config) -> Iterator[Check]:
    mqtt = config.mqtt
    if not mqtt.host:
        yield Check("mqtt", True, "not configured (no devices can be commanded)")
        return
    try:
        with socket.create_connection((mqtt.host, mqtt.port), timeout=3):
            pass
    except OSError as exc:
        hint = "is mosquitto running (systemctl status mosquitto)? check mqtt.host / mqtt.port"
        yield Check("mqtt", False, f"{mqtt.host}:{mqtt.port} unreachable ({exc})", hint)
        return
    yield Check("mqtt", True, f"{mqtt.host}:{mqtt.port} reachable")
    if mqtt.password_file and not os.access(mqtt.password_file, os.R_OK):
        yield Check(
            "mqtt password", False, f"{mqtt.password_file} is not readable", "chmod 640 and chgrp edgeagent"
        )


def _permissions(config: Config) -> Iterator[Check]:
    cache = Path(config.models.cache_dir).expanduser()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache):
            pass
    except OSError as exc:
        yield Check("model cache", False, f"{cache} not writable ({exc.strerror})", "set models.cache_dir")
    else:
        yield Check("model cache", True, f"{cache} writable")
    if Path("/dev/snd").exists() and not os.access("/dev/snd", os.R_OK | os.X_OK):
        yield Check("sound devices", False, "/dev/snd not accessible", "add the user to the 'audio' group")
    elif Path("/dev/snd").exists():
        groups = {grp.getgrgid(g).gr_name for g in os.getgroups()}
        yield Check(
            "sound devices", True, f"/dev/snd accessible (groups: {', '.join(sorted(groups)) or '-'})"
        )
