"""Running `edgeagent run` as a daemon in tests: audio paced on stdin, events read on a thread."""

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

from edgeagent.audio.frames import BYTES_PER_FRAME

# For daemons of tests that are not about the language model. It is on by default (the best one installed:
# the set-up builds Qwen 0.5B), which costs each start about 8 s here to load and prime, and it answers
# what the templates leave ("Sorry, ..." becomes a reply of its own): these tests say that it is off.
NO_LLM = "[llm]\nenabled = false\n"


class Daemon:
    """`edgeagent run --input -` fed 100 ms of audio every 100 ms (silence unless told otherwise)."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "edgeagent", "run", "--input", "-", "--events", "jsonl", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "EDGEAGENT_CONFIG": "", **(env or {})},
        )
        self.events: list[dict[str, object]] = []
        self._lines: queue.Queue[bytes] = queue.Queue()
        self._audio: queue.Queue[bytes] = queue.Queue()
        self._running = True
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._feed, daemon=True).start()

    def say_into_microphone(self, pcm: bytes) -> None:
        self._audio.put(pcm)

    def wait_for(self, kind: str, timeout_s: float = 60, **fields: object) -> dict[str, object]:
        deadline = time.monotonic() + timeout_s
        seen = 0
        while time.monotonic() < deadline:
            while not self._lines.empty():
                self.events.append(json.loads(self._lines.get()))
            for event in self.events[seen:]:
                if event["event"] == kind and all(event.get(k) == v for k, v in fields.items()):
                    return event
            seen = len(self.events)
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"no {kind} {fields} event; saw {[e['event'] for e in self.events]}")

    def kinds(self) -> list[str]:
        while not self._lines.empty():
            self.events.append(json.loads(self._lines.get()))
        return [str(e["event"]) for e in self.events]

    def signal(self, signum: int) -> None:
        self.process.send_signal(signum)

    def stop(self, timeout_s: float = 15) -> tuple[int, float, str]:
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=timeout_s)
        self._running = False
        stderr = self.process.stderr.read().decode() if self.process.stderr else ""
        return code, time.monotonic() - started, stderr

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)

    def _feed(self) -> None:
        assert self.process.stdin is not None
        chunk = BYTES_PER_FRAME * 10  # 100 ms
        pending = b""
        while self._running and self.process.poll() is None:
            if not pending and not self._audio.empty():
                pending = self._audio.get()
            piece, pending = (pending[:chunk], pending[chunk:]) if pending else (bytes(chunk), b"")
            try:
                self.process.stdin.write(piece)
                self.process.stdin.flush()
            except (BrokenPipeError, ValueError):
                return
            time.sleep(0.1)


def config_file(folder: Path, text: str) -> Path:
    path = folder / "edgeagent.toml"
    path.write_text(text)
    return path
