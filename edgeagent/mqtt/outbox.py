"""Device commands from the moment they are decided until the broker acknowledges them.

Two places a command can wait, one order: *kept* (decided while the broker is unreachable, not
handed to paho yet) and *unacknowledged* (handed to paho, no PUBACK yet: a half-open link, or a
connection that dropped before the acknowledgement came). On reconnect both go out again in the
order they were decided, the unacknowledged ones first (they were decided earlier), and nothing
is sent once it is older than `max_age_seconds` ("turn on the heater" ten minutes later, after
"turn it off" was said, would undo what the person asked last).

Nothing is dropped silently: a command pushed out by a full outbox, too old to still make sense,
or acknowledged by an MQTT 5 broker with a refusal (not authorized, quota exceeded), is reported
to `on_dropped` (outside the lock) so the person can be told.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from edgeagent.mqtt.client import Publish

logger = logging.getLogger(__name__)

# the message, and why: "full", "expired", "refused", or "answered_elsewhere" (another room sent it)
Dropped = Callable[[Publish, str], None]
_RECENT = 256  # commands remembered by mid after they were sent, for a refusal that comes back
# A refusal can beat `sent` only by the few milliseconds between paho's publish and the outbox's record
# of it; an older one was for a message that is no command (an answer, an announcement), and its mid
# must not mark the command that reuses that mid once paho's mids wrap.
_REFUSED_EARLY_S = 5.0


class Delivery(Protocol):
    """What paho returns for a publish (`MQTTMessageInfo`): true once the broker acknowledged it."""

    def is_published(self) -> bool: ...


@dataclass(frozen=True)
class Command:
    """A device command and when it was decided (the outbox's clock): its age is counted from then.
    `wake`: the wake claim it answers when its room answered alone, with other rooms about that could
    have heard the same wake word (the rooms settle on reconnect which one acts: mqtt/arbiter.py)."""

    message: Publish
    decided_at: float
    wake: str = ""


class Outbox:
    def __init__(
        self,
        *,
        capacity: int,
        max_age_seconds: float,
        on_dropped: Dropped,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self._kept: collections.deque[Command] = collections.deque()
        self._unacked: dict[int, tuple[Command, Delivery, float]] = {}  # mid -> ..., sent at; in order sent
        self._capacity = capacity
        self.max_age_seconds = max_age_seconds
        self._on_dropped = on_dropped
        self._lock = threading.Lock()
        self._recent: collections.OrderedDict[int, Command] = collections.OrderedDict()  # mid -> command
        self._refused_early: collections.OrderedDict[int, float] = collections.OrderedDict()  # mid -> when
        self.dropped_full = 0
        self.dropped_expired = 0
        self.refused = 0
        self.answered_by_another_room = 0  # decided alone in an outage, sent by another room instead

    def decided(self, message: Publish, wake: str = "") -> Command:
        """`message`, decided now (for the wake claim `wake`, if any)."""
        return Command(message, self._clock(), wake)

    def remaining_seconds(self, command: Command) -> float:
        """How long `command` may still be delivered (<= 0: too late)."""
        return self.max_age_seconds - (self._clock() - command.decided_at)

    def keep(self, message: Publish, wake: str = "") -> None:
        """Decided now, kept while the broker is unreachable (or the rooms settle which one acts); the
        oldest is pushed out (and reported) when full."""
        command = self.decided(message, wake)
        with self._lock:
            self._kept.append(command)
            pushed_out = self._kept.popleft() if len(self._kept) > self._capacity else None
        logger.warning("%s kept until the broker takes commands again", command.message.topic)
        if pushed_out is not None:
            self._drop([pushed_out], "full")

    def put_back(self, commands: list[Command]) -> None:
        """Commands taken for a reconnect that must wait a little longer (the rooms settle which one
        acts): kept again, in their order, ahead of any kept since."""
        with self._lock:
            self._kept.extendleft(reversed(commands))

    def answered_elsewhere(self, commands: list[Command]) -> None:
        """Commands another room sent for the same wake word: never sent, counted, logged, reported."""
        for command in commands:
            self.answered_by_another_room += 1
            logger.info(
                "command to %s not sent: another room acted on the same wake word (%s)",
                command.message.topic,
                command.wake,
            )
            self._report(command, "answered_elsewhere")

    def sent(self, mid: int, command: Command, delivery: Delivery) -> None:
        """`command` was handed to paho as `mid`: tracked until the broker acknowledges it."""
        with self._lock:
            if not _acknowledged(delivery):  # the PUBACK may already be in (a fast local broker)
                self._unacked[mid] = (command, delivery, self._clock())
            refused_at = self._refused_early.pop(mid, None)
            refused_already = refused_at is not None and self._clock() - refused_at < _REFUSED_EARLY_S
            if not refused_already:
                self._recent[mid] = command
                while len(self._recent) > _RECENT:
                    self._recent.popitem(last=False)
        if refused_already:
            self._drop([command], "refused")

    def acked(self, mid: int, *, refused: bool = False) -> None:
        """The broker acknowledged `mid`; `refused`: with a failure reason (MQTT 5), so the command
        was not delivered, and is reported. A refusal may come before `sent` has recorded the
        command (a fast local broker): it is kept until then."""
        with self._lock:
            self._unacked.pop(mid, None)
            command = self._recent.pop(mid, None)
            if refused and command is None:
                self._refused_early[mid] = self._clock()
                while len(self._refused_early) > _RECENT:
                    self._refused_early.popitem(last=False)
        if refused and command is not None:
            self._drop([command], "refused")

    def longest_unacked_wait(self) -> float | None:
        """Seconds the longest-waiting command has waited for its acknowledgement since it was sent."""
        with self._lock:
            self._prune()
            oldest = min((sent_at for _, _, sent_at in self._unacked.values()), default=None)
        return None if oldest is None else self._clock() - oldest

    def take_for_reconnect(self) -> tuple[list[int], list[Command]]:
        """On reconnect: the mids paho must forget (every unacknowledged command: what is still fresh is
        sent again by the caller, in order), and the commands to send, oldest decision first. Too old:
        reported as expired; more than `capacity`: the oldest reported as full."""
        with self._lock:
            self._prune()
            mids = list(self._unacked)
            waiting = [c for c, _, _ in self._unacked.values()] + list(self._kept)
            self._unacked.clear()
            self._kept.clear()
        return mids, self._still_fresh(waiting)

    def take_kept(self) -> list[Command]:
        """The kept commands to send now (the rooms have settled), oldest decision first; what is in
        flight stays with paho. Too old: reported as expired."""
        with self._lock:
            waiting = list(self._kept)
            self._kept.clear()
        return self._still_fresh(waiting)

    def _still_fresh(self, waiting: list[Command]) -> list[Command]:
        """`waiting` in the order decided, without those too old or beyond `capacity` (reported)."""
        waiting.sort(key=lambda c: c.decided_at)  # stable: equal times keep the order they were sent in
        now = self._clock()
        stale = [c for c in waiting if now - c.decided_at > self.max_age_seconds]
        fresh = [c for c in waiting if now - c.decided_at <= self.max_age_seconds]
        full = fresh[: max(0, len(fresh) - self._capacity)]
        self._drop(stale, "expired")
        self._drop(full, "full")
        return fresh[len(full) :]

    def expire(self) -> list[int]:
        """Report every command past its age now (the broker may not come back for a long time); returns
        the mids of the unacknowledged ones among them, for paho to forget."""
        with self._lock:
            self._prune()
            now = self._clock()
            too_old = now - self.max_age_seconds
            mids = [mid for mid, (c, _, _) in self._unacked.items() if c.decided_at < too_old]
            stale = [self._unacked.pop(mid)[0] for mid in mids]
            while self._kept and self._kept[0].decided_at < too_old:
                stale.append(self._kept.popleft())
        stale.sort(key=lambda c: c.decided_at)
        self._drop(stale, "expired")
        return mids

    def __len__(self) -> int:
        """Commands kept for the reconnect (not counting those paho holds unacknowledged)."""
        with self._lock:
            return len(self._kept)

    def _prune(self) -> None:
        """Forget what the broker has acknowledged. Under `_lock`."""
        for mid in [mid for mid, (_, d, _) in self._unacked.items() if _acknowledged(d)]:
            del self._unacked[mid]

    def _drop(self, commands: list[Command], reason: str) -> None:
        for command in commands:
            if reason == "full":
                self.dropped_full += 1
            elif reason == "refused":
                self.refused += 1
            else:
                self.dropped_expired += 1
            logger.error("command to %s dropped (%s): not delivered", command.message.topic, reason)
            self._report(command, reason)

    def _report(self, command: Command, reason: str) -> None:
        try:
            self._on_dropped(command.message, reason)
        except Exception:  # reporting must not lose the others
            logger.exception("reporting a dropped command failed")


def _acknowledged(delivery: Delivery) -> bool:
    """paho's `is_published` raises for a publish made as the connection dropped (paho keeps it, to send
    after the reconnect): not acknowledged, and `acked` clears it if it ever is."""
    try:
        return delivery.is_published()
    except (RuntimeError, ValueError):
        return False
