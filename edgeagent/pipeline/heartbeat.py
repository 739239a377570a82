"""Heartbeats: every long-lived thread says what it is doing, so a stuck or dead one is seen.

A thread reports `busy(doing)` when it starts a step of its work and `idle()` when
it goes back to waiting on its queue. Waiting is healthy however long it lasts
(no one spoke, nothing to play): only a thread busy with one step for longer than
its own limit, or one that died, is in trouble. `Heartbeats` holds one per thread;
the systemd watchdog is fed only while `troubles()` is empty (service/systemd.py).

A step is what may take long in one go, so a thread reports each new one: a turn
transcribing, understanding, synthesizing each sentence, then waiting for
playback; the playback thread each 50 ms block. The limits (`StuckAfter`) are the
longest a step legitimately takes on a Raspberry Pi 4, with margin.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Clock = Callable[[], float]  # monotonic seconds


@dataclass(frozen=True)
class StuckAfter:
    """Seconds one step may take before its thread counts as stuck (per thread; the source thread,
    the state keeper, the room arbiter and the MQTT command watch only wait, so only their death counts)."""

    # One chunk of audio through wake word + VAD takes milliseconds; the watchdog's frame check
    # already allows 5 s without a frame.
    listener_s: float = 5.0
    # The longest turn step on a Pi 4 with Phi-3 Mini (docs/performance.md): a prompt never primed
    # (tens of seconds of prefill) and then a 120-token tool call written whole at 1.5 tokens/s (80 s);
    # or waiting for the longest text accepted (MAX_TEXT_CHARS, 1000 characters: about 70 s of speech)
    # to be played, plus the 5 s drain margin. About 1.5 times that.
    turns_s: float = 180.0
    # One 50 ms block to the sound card: a stuck ALSA device, not a long sentence, takes longer.
    playback_s: float = 10.0
    # One transcription of at most `vad.max_command_ms` (10 s) of audio: a few seconds on a Pi 4,
    # plus a Wyoming server's timeout before the local fallback.
    speculator_s: float = 60.0
    # A reload or re-prime: the sentence templates rebuilt (seconds) and the home's prompt prefilled
    # (about 650 tokens: 5 s for Qwen 0.5B here, tens of seconds for Phi-3 Mini on a Pi 4), about 3 times.
    upkeep_s: float = 180.0
    # Handing one event to every subscriber (log, JSONL, MQTT telemetry, chimes): none should block.
    events_s: float = 30.0


class State(StrEnum):
    IDLE = "idle"  # waiting for work (or not started yet)
    BUSY = "busy"
    ENDED = "ended"  # returned: its input closed, or the pipeline stopped
    DIED = "died"  # ended by an exception


@dataclass(frozen=True)
class Beat:
    """A thread's last report: replaced whole, so a reader on another thread sees one consistent value."""

    state: State
    doing: str = ""
    since_s: float = 0.0  # monotonic seconds when this report was made


@dataclass(frozen=True)
class Trouble:
    """A thread stuck or dead, as the watchdog logs it (no elapsed time: the same trouble reads the same)."""

    thread: str
    state: State
    doing: str
    stuck_after_s: float | None

    def __str__(self) -> str:
        doing = f" ({self.doing})" if self.doing else ""
        if self.state == State.DIED:
            return f"the {self.thread} thread died{doing}"
        return f"the {self.thread} thread is stuck: busy for over {self.stuck_after_s:g} s{doing}"


def trouble(name: str, beat: Beat, stuck_after_s: float | None, now_s: float) -> Trouble | None:
    """What is wrong with a thread whose last report is `beat`, if anything."""
    if beat.state == State.DIED:
        return Trouble(name, beat.state, beat.doing, stuck_after_s)
    stuck = beat.state == State.BUSY and stuck_after_s is not None and now_s - beat.since_s > stuck_after_s
    return Trouble(name, beat.state, beat.doing, stuck_after_s) if stuck else None


class Heartbeat:
    """One thread's reports; written by that thread (and by the pipeline when it ends), read by anyone."""

    def __init__(self, name: str, stuck_after_s: float | None = None, clock: Clock = time.monotonic) -> None:
        self.name = name
        self.stuck_after_s = stuck_after_s  # None: never stuck, only dead
        self._clock = clock
        self._beat = Beat(State.IDLE, since_s=clock())

    @property
    def beat(self) -> Beat:
        return self._beat

    def busy(self, doing: str) -> None:
        """A new step of work starts now (its limit counts from here)."""
        self._beat = Beat(State.BUSY, doing, self._clock())

    def idle(self) -> None:
        """Waiting for work again."""
        self._beat = Beat(State.IDLE, since_s=self._clock())

    def ended(self, *, failed: bool) -> None:
        """The thread is over: cleanly, or by an exception (then it `died`, naming what it was doing)."""
        doing = self._beat.doing if self._beat.state == State.BUSY else ""
        self._beat = Beat(State.DIED if failed else State.ENDED, doing, self._clock())

    def trouble(self) -> Trouble | None:
        return trouble(self.name, self._beat, self.stuck_after_s, self._clock())


class Heartbeats:
    """Every thread's heartbeat, by thread name; `troubles()` says which are stuck or dead."""

    def __init__(self, stuck_after: StuckAfter | None = None, clock: Clock = time.monotonic) -> None:
        self.stuck_after = stuck_after or StuckAfter()
        self._clock = clock
        self._lock = threading.Lock()
        self._by_name: dict[str, Heartbeat] = {}

    def register(self, name: str, stuck_after_s: float | None) -> Heartbeat:
        """The heartbeat of a new thread `name` (replacing an earlier thread's of that name)."""
        heartbeat = Heartbeat(name, stuck_after_s, self._clock)
        with self._lock:
            self._by_name[name] = heartbeat
        return heartbeat

    def of(self, name: str) -> Heartbeat:
        """The heartbeat registered for `name` (a worker registers its own when it reports its steps),
        else a new one that only its thread's end is reported on."""
        with self._lock:
            found = self._by_name.get(name)
        return found if found is not None else self.register(name, None)

    def troubles(self) -> list[Trouble]:
        with self._lock:
            heartbeats = list(self._by_name.values())
        return [found for heartbeat in heartbeats if (found := heartbeat.trouble()) is not None]
