"""The microphone path for real: PortAudio reading an ALSA device whose capture side is a file.

ALSA's `file` plugin plays the part of a microphone (this machine has no sound
card): the daemon opens it through PortAudio exactly as a USB microphone. The
`null` slave has no clock, so the device delivers audio far faster than real
time (the file, then endless silence); a large frame queue lets the listener
reach the file's audio before the silence pushes it out.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests import speech
from tests.daemon import NO_LLM

pytestmark = pytest.mark.e2e

ASOUNDRC = """
pcm.!default {{ type asym playback.pcm "nullout" capture.pcm "mic" }}
pcm.nullout {{ type null }}
pcm.mic {{ type file slave.pcm "nullcap" file "/dev/null" infile "{infile}" format "raw" }}
pcm.nullcap {{ type null }}
"""


def start(tmp_path: Path, asoundrc: str, *args: str, input_device: str = "") -> subprocess.Popen[bytes]:
    conf = tmp_path / "asoundrc"
    conf.write_text(asoundrc)
    config = tmp_path / "edgeagent.toml"
    config.write_text(f'[audio]\nqueue_frames = 200000\ninput_device = "{input_device}"\n' + NO_LLM)
    env = {**os.environ, "ALSA_CONFIG_PATH": str(conf), "EDGEAGENT_CONFIG": str(config)}
    return subprocess.Popen(
        [sys.executable, "-m", "edgeagent", "run", "--input", "mic", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def read_events_until(
    process: subprocess.Popen[bytes], kind: str, timeout_s: float
) -> list[dict[str, object]]:
    """Events from the daemon's stdout up to the first of `kind` (read on a thread: never blocks the test)."""
    lines: queue.Queue[bytes] = queue.Queue()
    stdout = process.stdout
    assert stdout is not None
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    deadline = time.monotonic() + timeout_s
    events: list[dict[str, object]] = []
    while time.monotonic() < deadline:
        try:
            events.append(json.loads(lines.get(timeout=0.5)))
        except queue.Empty:
            continue
        if events[-1]["event"] == kind:
            return events
    raise AssertionError(f"no {kind} event within {timeout_s} s; got {[e['event'] for e in events]}")


def stop(process: subprocess.Popen[bytes]) -> tuple[int, float, str]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=15)
    return process.returncode, time.monotonic() - started, stderr.decode()


def test_a_turn_from_the_microphone_then_sigterm(tmp_path: Path) -> None:
    clip = speech.build(
        speech.silence(500),
        speech.piper("Okay Nabu."),
        speech.silence(400),
        speech.piper("Turn off the fan."),
        speech.silence(2000),
    )
    (tmp_path / "mic.raw").write_bytes(clip.pcm)
    process = start(
        tmp_path, ASOUNDRC.format(infile=tmp_path / "mic.raw"), "--output", "speaker", "--events", "jsonl"
    )
    try:
        events = read_events_until(process, "turn_end", timeout_s=90)
    finally:
        code, seconds, stderr = stop(process)
    transcript = next(e for e in events if e["event"] == "transcript")
    assert "fan" in str(transcript["text"]).lower()
    assert code == 0, stderr
    assert seconds < 5
    assert "microphone open" in stderr


def test_an_unplugged_microphone_is_a_clear_error_and_the_daemon_keeps_trying(tmp_path: Path) -> None:
    process = start(tmp_path, ASOUNDRC.format(infile="/dev/null"), "--output", "none", input_device="USB Mic")
    time.sleep(8)  # engines load, then the microphone fails to open, again and again
    assert process.poll() is None, "the daemon must keep retrying, not exit"
    code, _, stderr = stop(process)
    assert code == 0
    assert "cannot open input device 'USB Mic'" in stderr
    assert stderr.count("cannot open input") == 1, "one clear line, not one per retry"
    assert "Traceback" not in stderr


def test_a_microphone_plugged_in_later_is_opened_and_used(tmp_path: Path) -> None:
    base = (
        'pcm.!default { type asym playback.pcm "nullout" capture.pcm "nullout" }\npcm.nullout { type null }\n'
    )
    process = start(tmp_path, base, "--output", "none", "--events", "jsonl", input_device="usbmic")
    try:
        time.sleep(6)  # running, retrying: no such device yet
        clip = speech.build(
            speech.silence(300),
            speech.piper("Okay Nabu."),
            speech.silence(400),
            speech.piper("What time is it?"),
            speech.silence(2000),
        )
        (tmp_path / "mic.raw").write_bytes(clip.pcm)
        infile = tmp_path / "mic.raw"
        plugged = f'pcm.usbmic {{ type file slave.pcm "nullout" file "/dev/null" infile "{infile}" '
        plugged += 'format "raw" }\n'
        (tmp_path / "asoundrc").write_text(base + plugged)  # the USB microphone appears
        events = read_events_until(process, "turn_end", timeout_s=60)
    finally:
        code, _, stderr = stop(process)
    assert "cannot open input device 'usbmic'" in stderr
    assert "microphone open (usbmic" in stderr
    assert any(e["event"] == "transcript" and "time" in str(e["text"]).lower() for e in events)
    assert code == 0
