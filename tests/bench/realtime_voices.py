"""Spoken commands in real time through the daemon, in voices the project was not tuned on.

    .venv/bin/python -m tests.bench.realtime_voices [--json]

For each espeak-ng voice and rate: "okay nabu", a pause, a command, then silence, fed to `edgeagent run
--input -` at microphone pace (20 ms every 20 ms) with a real mosquitto and the test home announced
through discovery. It reports whether the device command arrived, and the time from the command's
acoustic end (its last voiced frame, fed) to the MQTT message at the device, against the straightforward
budget: the bare transcription of the same command plus the end-of-speech silence (`vad.end_silence_ms`).
Target: at most 0.5 of it on every voice.

`--held-out` speaks to another home instead, none of which the project was tuned on: devices written in
the config file (not announced by discovery), commands phrased the way people say them, other espeak-ng
voices, and a fresh daemon for each voice (the first turn after start is the one a person meets).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from edgeagent.config import Config, with_overrides
from edgeagent.engines import factory
from edgeagent.engines.stt.base import SttEngine
from tests import speech
from tests.broker import Broker, TestClient, mosquitto
from tests.e2e.test_daemon import daemon_args, wait_retained
from tests.home import retained_messages

VOICES = [
    ("en-us", 150),
    ("en-us", 190),
    ("en-gb", 170),
    ("en-us+m3", 170),
    ("en-gb-x-rp", 160),
    ("en-029", 170),
]
COMMANDS = {
    "turn on the kitchen light": ("home/kitchen/ceiling/set", "ON"),
    "turn off the hallway light": ("home/hallway/light/set", "OFF"),
    "turn on the coffee machine": ("home/kitchen/coffee/set", "1"),
}
HELD_OUT_HOME = """
[[devices]]
name = "Porch light"
area = "Porch"
type = "light"
command_topic = "home/porch/light"
[[devices]]
name = "Bathroom fan"
area = "Bathroom"
type = "fan"
command_topic = "home/bathroom/fan"
[[devices]]
name = "Reading lamp"
area = "Study"
type = "light"
command_topic = "home/study/lamp"
[[devices]]
name = "Dehumidifier"
area = "Basement"
type = "switch"
command_topic = "home/basement/dehumidifier"
[[devices]]
name = "Christmas tree"
area = "Living room"
type = "switch"
command_topic = "home/living/tree"
"""
HELD_OUT_VOICES = [
    ("en-us+m1", 160),
    ("en-sc", 175),
    ("en-gb-x-gbclan", 150),
    ("en-us+m7", 190),
    ("en-gb-scotland", 165),
    ("en-us+klatt", 170),
]
HELD_OUT_COMMANDS = {
    "turn on the porch light": ("home/porch/light", "ON"),
    "switch the bathroom fan off": ("home/bathroom/fan", "OFF"),
    "could you turn on the reading lamp": ("home/study/lamp", "ON"),
    "turn the dehumidifier off": ("home/basement/dehumidifier", "OFF"),
    "please switch on the christmas tree": ("home/living/tree", "ON"),
}
WAKE = "okay nabu"
CHUNK_MS = 20
NO_OUTPUT = Path("none")  # `--output none`
CONFIG = (
    '[mqtt]\nsite = "bench"\n[wake]\nmodels = ["okay_nabu"]\n'
    "[feedback]\nlistening = false\n[llm]\nenabled = false\n"
)


def bare_stt_ms(stt: SttEngine, voice: str, rate: int, command: str) -> float:
    """The straightforward way's transcription: the command alone, once warmed up."""
    clip = speech.build(speech.silence(300), speech.espeak(command, voice, rate), speech.silence(700))
    stt.transcribe(clip.pcm, "en")
    started = time.perf_counter()
    stt.transcribe(clip.pcm, "en")
    return (time.perf_counter() - started) * 1000


class Feeder:
    """Feeds PCM to the daemon's stdin at real pace; notes the wall time each stream position was fed."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process
        self._queue: list[bytes] = []
        self._lock = threading.Lock()
        self.fed_ms = 0
        self.fed_at: dict[int, float] = {}
        threading.Thread(target=self._run, daemon=True).start()

    def say(self, pcm: bytes) -> int:
        """Queue `pcm`, padded with silence to whole chunks (stream time is counted in them); returns
        the stream position (ms) where it starts."""
        with self._lock:
            start = self.fed_ms + sum(len(p) for p in self._queue) // 32
            self._queue.append(pcm + bytes(-len(pcm) % (CHUNK_MS * 32)))
            return start

    def _run(self) -> None:
        assert self._process.stdin is not None
        chunk_bytes = CHUNK_MS * 32
        pending = b""
        next_at = time.monotonic()
        while self._process.poll() is None:
            with self._lock:
                if not pending and self._queue:
                    pending = self._queue.pop(0)
            piece, pending = (
                (pending[:chunk_bytes], pending[chunk_bytes:]) if pending else (bytes(chunk_bytes), b"")
            )
            try:
                self._process.stdin.write(piece)
                self._process.stdin.flush()
            except (BrokenPipeError, ValueError):
                return
            self.fed_ms += CHUNK_MS
            self.fed_at[self.fed_ms] = time.monotonic()
            next_at += CHUNK_MS / 1000
            time.sleep(max(0.0, next_at - time.monotonic()))


def run(
    broker: Broker,
    folder: Path,
    stt: SttEngine,
    voice_set: list[tuple[str, int]] = VOICES,
    commands: dict[str, tuple[str, str]] = COMMANDS,
    home: str = "",
) -> list[dict[str, Any]]:
    """One daemon hears every command in every voice in turn; a row per command said. The test home
    is announced through discovery, unless `home` gives the devices as config-file text."""
    rows = []
    with daemon(broker, folder, home, announce=not home) as (feeder, devices):
        for voice, rate in voice_set:
            for command, (topic, payload) in commands.items():
                rows.append(_one(feeder, devices, stt, voice, rate, command, (topic, payload)))
                print(json.dumps(rows[-1]), flush=True)
    return rows


@contextmanager
def daemon(
    broker: Broker,
    folder: Path,
    config_text: str = "",
    *,
    announce: bool = True,
    events: IO[Any] | None = None,
) -> Iterator[tuple[Feeder, TestClient]]:
    """`edgeagent run --input -` with the bench's config and `config_text`, online, fed by the Feeder;
    the test home announced through discovery when `announce`; its events as JSON lines to `events`.
    The client watches the devices' `home/#` topics."""
    config = folder / "edgeagent.toml"
    config.write_text(CONFIG + config_text)
    devices = TestClient(broker)
    for topic, payload in retained_messages() if announce else []:
        devices.publish(topic, payload)
    devices.watch("home/#")
    events_args = ["--events", "jsonl"] if events is not None else []
    args = [*events_args, *daemon_args(broker, config, NO_OUTPUT)]
    process = subprocess.Popen(
        [sys.executable, "-m", "edgeagent", "run", "--input", "-", *args],
        stdin=subprocess.PIPE,
        stdout=events if events is not None else subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        feeder = Feeder(process)
        wait_retained(devices, "edgeagent/bench/availability", "online", timeout_s=90)
        yield feeder, devices
    finally:
        process.terminate()
        process.wait(timeout=15)
        devices.close()


def _one(
    feeder: Feeder,
    devices: TestClient,
    stt: SttEngine,
    voice: str,
    rate: int,
    command: str,
    expected: tuple[str, str],
) -> dict[str, Any]:
    clip = speech.build(
        speech.espeak(WAKE, voice, rate),
        speech.silence(400),
        speech.espeak(command, voice, rate),
        speech.silence(2500),
    )
    before = devices.received.count(expected)
    start = feeder.say(clip.pcm)
    end_ms = start + clip.voiced_span(command)[1]
    played = time.monotonic() + clip.duration_ms / 1000
    arrived_at = None
    while time.monotonic() < played + 6 and arrived_at is None:
        if devices.received.count(expected) > before:
            arrived_at = time.monotonic()  # polled every 5 ms
        time.sleep(0.005)
    time.sleep(max(0.0, played - time.monotonic()))  # let the clip's silence play out
    budget = bare_stt_ms(stt, voice, rate, command) + Config().vad.end_silence_ms
    row: dict[str, Any] = {"voice": f"{voice}@{rate}", "command": command, "budget_ms": round(budget)}
    spoken_end = feeder.fed_at.get(end_ms - end_ms % CHUNK_MS + CHUNK_MS)
    if arrived_at is None or spoken_end is None:
        return row | {"carried_out": False}
    latency = (arrived_at - spoken_end) * 1000
    return row | {
        "carried_out": True,
        "end_to_publish_ms": round(latency),
        "ratio": round(latency / budget, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--held-out", action="store_true", help="another home, voices and phrasings")
    args = parser.parse_args()
    stt = factory.build_stt(with_overrides(Config(), "stt", home_prompt=False))
    voice_sets, commands, home = (
        ([[voice] for voice in HELD_OUT_VOICES], HELD_OUT_COMMANDS, HELD_OUT_HOME)
        if args.held_out
        else ([VOICES], COMMANDS, "")
    )
    rows = []
    for voice_set in voice_sets:  # a fresh daemon for each
        with tempfile.TemporaryDirectory() as folder, mosquitto(Path(folder)) as broker:
            rows += run(broker, Path(folder), stt, voice_set, commands, home)
    done = [r for r in rows if r["carried_out"]]
    ratios = [r["ratio"] for r in done]
    summary = {
        "carried_out": f"{len(done)}/{len(rows)}",
        "ratio_median": statistics.median(ratios) if ratios else None,
        "ratio_worst": max(ratios) if ratios else None,
    }
    print(json.dumps({"rows": rows, "summary": summary}, indent=2) if args.json else json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
