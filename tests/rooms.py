"""Several real daemons on one real broker, each hearing the same words at its own level (tests and bench)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tests import speech
from tests.broker import Broker
from tests.daemon import NO_LLM, Daemon, config_file

COMMAND_TOPIC = "home/kitchen/ceiling/set"


@dataclass
class Room:
    site: str
    gain: float  # how loud the person is in this room's microphone
    daemon: Daemon


def louder(pcm: bytes, gain: float) -> bytes:
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) * gain
    return np.clip(samples, -32768, 32767).astype("<i2").tobytes()


def start(broker: Broker, folder: Path, gains: list[float], *, extra: str = "") -> list[Room]:
    rooms = []
    for i, gain in enumerate(gains):
        site = f"room{i + 1}"
        where = folder / site
        where.mkdir()
        config = config_file(
            where, f'[mqtt]\nsite = "{site}"\n[intent]\narea = "Area {i + 1}"\n{NO_LLM}{extra}'
        )
        args = ["--config", str(config), "--output", str(where / "reply.wav")]
        args += ["--mqtt-host", broker.host, "--mqtt-port", str(broker.port)]
        rooms.append(Room(site, gain, Daemon(args, env={"STATE_DIRECTORY": str(where / "state")})))
    return rooms


def command_clip() -> bytes:
    return speech.build(
        speech.piper("Okay Nabu."),
        speech.silence(400),
        speech.piper("Turn on the kitchen light."),
        speech.silence(1500),
    ).pcm


def under_noise(pcm: bytes, level_dbfs: float, lead_ms: int = 6000) -> bytes:
    """`pcm` with steady noise under it (a TV, music), which also plays `lead_ms` before it."""
    clip = np.frombuffer(speech.build(speech.silence(lead_ms)).pcm + pcm, dtype="<i2").astype(np.float32)
    hum = np.frombuffer(speech.build(speech.noise(len(clip) // 16 + 1, level_dbfs)).pcm, dtype="<i2")
    return np.clip(clip + hum[: len(clip)], -32768, 32767).astype("<i2").tobytes()


def say_to_all(rooms: list[Room], pcm: bytes) -> None:
    for room in rooms:
        room.daemon.say_into_microphone(louder(pcm, room.gain))


def turn_of(room: Room, timeout_s: float = 60) -> list[dict[str, object]]:
    """The events of this room's next turn that followed a wake word, up to its end."""
    wake = room.daemon.wait_for("wake", timeout_s=timeout_s)
    end = room.daemon.wait_for("turn_end", timeout_s=timeout_s, turn=wake["turn"])
    turn = [e for e in room.daemon.events if e.get("turn") == wake["turn"]]
    room.daemon.events.clear()
    assert end in turn
    return turn


def answered(turn: list[dict[str, object]]) -> bool:
    return any(e["event"] == "action" for e in turn) and any(e["event"] == "tts" for e in turn)


def stop_all(rooms: list[Room]) -> None:
    for room in rooms:
        if room.daemon.process.poll() is None:
            room.daemon.stop()
