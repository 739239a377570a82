"""Intents the assistant answers by itself: time, date, timers, volume, never mind, and the
questions people ask an assistant about itself ("are you always listening?").

`plan` decides what to say and returns what to do as an Effect, run later by the
act step (the responder): deciding is pure, so `edgeagent understand` never
starts a timer or changes the volume.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from edgeagent.intent import responses
from edgeagent.intent.timers import Timers, describe_seconds

LOCAL_INTENTS = frozenset(
    {
        "HassGetCurrentTime",
        "HassGetCurrentDate",
        "HassNevermind",
        "HassSetVolume",
        "HassStartTimer",
        "HassCancelTimer",
        "HassCancelAllTimers",
        "HassPauseTimer",
        "HassUnpauseTimer",
        "HassTimerStatus",
        "HassIncreaseTimer",
        "HassDecreaseTimer",
        "HassRespond",
    }
)
# Home Assistant's "respond" sentences, by the reply kind its templates name; our own answers,
# since its are about Home Assistant ("Your data is sent to your Home Assistant server").
ABOUT_ME = {
    "hello": "Hello.",
    "listening": "No. I only listen for the wake word, and what I hear stays on this device.",
    "data": "Nowhere else: I run on this device and talk only to your own MQTT broker.",
    "commands": "Ask me to switch or dim a device, set a timer, or ask whether a door is open.",
    "creator": "I'm edgeagent, an open-source voice assistant that runs entirely in your home.",
}


@dataclass(frozen=True)
class Effect:
    """Something a decision does besides publishing commands, run once by the act step."""

    what: str  # for logs: "start a 300 s timer"
    run: Callable[[], Any]


@dataclass(frozen=True)
class Plan:
    response: str
    effects: tuple[Effect, ...] = ()


class LocalIntents:
    def __init__(
        self,
        timers: Timers | None = None,
        set_volume: Callable[[int], None] | None = None,
        now: Callable[[], datetime.datetime] = datetime.datetime.now,
    ) -> None:
        self.timers = timers
        self._set_volume = set_volume
        self._now = now

    def plan(self, intent: str, slots: dict[str, Any], kind: str = "") -> Plan:
        """What to say and do; `kind` is the template's reply kind (which of HassRespond's questions)."""
        now = self._now()
        if intent == "HassRespond":
            return Plan(ABOUT_ME.get(kind, ""))
        if intent == "HassGetCurrentTime":
            return Plan(f"It's {now.strftime('%-I:%M %p')}.")
        if intent == "HassGetCurrentDate":
            return Plan(f"Today is {now.strftime('%A, %B %-d, %Y')}.")
        if intent == "HassNevermind":  # said, so that the person knows it was heard
            return Plan(responses.CANCELLED)
        if intent == "HassSetVolume":
            return self._volume(int(slots.get("volume_level", 50)))
        if "Timer" in intent:
            return self._timer(intent, slots)
        return Plan(f"Sorry, I can't do that here yet ({intent}).")

    def _volume(self, level: int) -> Plan:
        if self._set_volume is None:
            return Plan("I can't change the volume here.")
        set_volume = self._set_volume
        return Plan(f"Volume {level} percent.", (Effect(f"volume {level} %", lambda: set_volume(level)),))

    def _timer(self, intent: str, slots: dict[str, Any]) -> Plan:
        timers = self.timers
        if timers is None:
            return Plan("Timers are not available.")
        if intent == "HassStartTimer":
            seconds = _seconds(slots)
            name = str(slots.get("name", ""))
            start = Effect(f"start a {seconds:.0f} s timer", lambda: timers.start(seconds, name))
            return Plan(f"Timer set for {describe_seconds(seconds)}.", (start,))
        if intent in ("HassCancelTimer", "HassCancelAllTimers"):
            if not timers.remaining():
                return Plan("There is no timer running.")
            return Plan("Timer cancelled.", (Effect("cancel the timers", timers.cancel),))
        if intent in ("HassIncreaseTimer", "HassDecreaseTimer"):
            return self._change_timers(timers, _seconds(slots) * (1 if intent == "HassIncreaseTimer" else -1))
        if intent == "HassPauseTimer":
            if not timers.running():
                return Plan("There is no timer running.")
            return Plan("Timer paused.", (Effect("pause the timers", timers.pause),))
        if intent == "HassUnpauseTimer":
            if not timers.paused():
                return Plan("There is no paused timer.")
            return Plan("Timer resumed.", (Effect("resume the timers", timers.resume),))
        left = timers.remaining()
        return Plan(f"{describe_seconds(left[0])} left." if left else "There is no timer running.")

    @staticmethod
    def _change_timers(timers: Timers, seconds: float) -> Plan:
        if not timers.remaining():
            return Plan("There is no timer running.")
        said = describe_seconds(abs(seconds))
        response = f"Added {said} to the timer." if seconds > 0 else f"Took {said} off the timer."
        return Plan(
            response, (Effect(f"change the timers by {seconds:.0f} s", lambda: timers.change(seconds)),)
        )


def _seconds(slots: dict[str, Any]) -> float:
    """The time said: "1 hour and 15 minutes" -> 4500."""
    return (
        3600 * float(slots.get("hours", 0))
        + 60 * float(slots.get("minutes", 0))
        + float(slots.get("seconds", 0))
    )
