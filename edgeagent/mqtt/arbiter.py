"""Wake arbitration: several assistants hear one wake word, the one that heard it best answers.

Topics under `edgeagent/home/wake/` (home-wide):

| topic | payload |
|---|---|
| `claim` | `{"id", "site", "area", "score", "level_db", "snr_db", "talking", "wall_ms"}`: a wake word heard |
| `taken` | `{"id", "site"}`: the winner answers the command of its claim |
| `answered/<site>` | retained, `{"site", "claims": [claim + "acted": true/false/null]}`: its recent answers |

At a wake word each assistant publishes its claim (an EventBus subscriber: off the
listener's thread). The decision is made once, at the end of its claim window
(`window_ms` after its own claim, by this host's clock: the hosts' clocks need
not agree), among the claims that arrived from 2 s before its own to the window's
end; a claim arriving later is another wake word's. Claims are compared by how
well the wake word itself was heard: one that talked over its own output loses,
then the higher level above the room's noise floor (`snr_db`: a box playing music
or near a TV is loud, not clear), then the wake score, then the site name. A
claim without `snr_db` or `talking` (an older assistant) counts 0 dB and not
talking. When its turn worker picks up the command (at the end of speech, a
second or more later, so nothing waits in the usual case) it asks `answers(wake)`
for that decision: only the best one answers, saying `taken`; the others end the
turn without a word. A wake word whose event the bus dropped under load is
claimed then, from the command's own record of it (`WakeHeard`), never answered
unclaimed. A loser stays on standby until the
winner's `taken`: if the winner goes `offline` first (its last will: killed,
crashed), the loser answers after all. Only peers (sites seen claiming, at most
`_KEPT_PEERS`, the least recently heard forgotten first and counted) are watched
going offline: anyone may publish `edgeagent/+/availability`, and the rest is
counted and ignored. Without a broker everyone answers for itself; so does an assistant whose own
claim does not come back from the broker within a second (a dead link paho has not noticed), which
then gives the link up so that it reconnects at once.

Rooms that could not talk settle afterwards. A room that answered alone with other rooms about
holds that turn's commands (the client keeps them, with everything decided after them); back on
the broker, every room publishes what it answered lately (retained: a room back later reads it
too; a winner publishes at once, for a room behind a dead link) and, `settle_ms` later, each
decides by the same rule (`settle`): a wake word another room acted on, or heard better and has
not given up (claims within 2 s by the hosts' wall clocks: keep them in step, NTP), is not acted
on again; the client drops those commands (counted, logged) and sends the rest, in order.
The arbiter is also a pipeline worker: on its own thread it plays the winner's
"listening" chime when the claim window is over (the losers stay silent).
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from edgeagent.mqtt.client import TELEMETRY_QOS, MqttClient, Publish
from edgeagent.pipeline import events
from edgeagent.pipeline.events import Event
from edgeagent.pipeline.listener import WakeHeard

logger = logging.getLogger(__name__)

CLAIM_TOPIC = "edgeagent/home/wake/claim"
TAKEN_TOPIC = "edgeagent/home/wake/taken"
_KEPT_CLAIMS = 64
_KEPT_PEERS = 32  # other assistants remembered (their offline state watched); a home has a few
_MATCH_S = 2.0  # a claim this much before ours (as claims arrive here) may be of our wake word
_ECHO_S = 1.0  # our own claim comes back from the broker within this, or the link is dead
ANSWERED_TOPIC = "edgeagent/home/wake/answered"  # + "/<site>", retained: the wake words it answered
_KEPT_ANSWERED = 32  # wake words answered: the settled ones are forgotten first, the oldest first
_ANSWERED_KEPT_S = 120.0  # a settled one is remembered this long (for a room that comes back later)


@dataclass(frozen=True)
class Claim:
    id: str
    site: str
    area: str
    score: float
    level_db: float
    wall_ms: int  # the claimer's clock, for logs only
    heard_at: float = 0.0  # this host's monotonic clock when the claim was made or arrived
    snr_db: float = 0.0  # its level above its room's noise floor
    talking: bool = False  # its own output could be heard meanwhile

    def rank(self) -> tuple[bool, float, float, str]:
        """Higher is better: not talking over itself, then the clearest (level over the room's
        floor), then the surest, then (a tie) the site name."""
        return (not self.talking, round(self.snr_db, 1), round(self.score, 3), self.site)


def best(mine: Claim, others: list[Claim], window_s: float) -> Claim:
    """The claim that answers, among `mine` and the others of the same wake word: those that
    arrived from `_MATCH_S` before it to the end of its window."""
    rivals = [
        c
        for c in others
        if c.site != mine.site and mine.heard_at - _MATCH_S <= c.heard_at <= mine.heard_at + window_s
    ]
    return max([mine, *rivals], key=Claim.rank)


def parse_claim(payload: bytes, heard_at: float = 0.0) -> Claim | None:
    try:
        data = json.loads(payload.decode("utf-8"))
        claim = Claim(
            str(data["id"]),
            str(data["site"]),
            str(data.get("area", "")),
            float(data["score"]),
            float(data["level_db"]),
            int(data["wall_ms"]),
            heard_at,
            float(data.get("snr_db", 0.0)),
            _flag(data.get("talking", False)),
        )
        if not all(math.isfinite(x) for x in (claim.score, claim.level_db, claim.snr_db)):
            raise ValueError("not a finite number")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, OverflowError):
        logger.warning("dropped a wake claim: expected id, site, score, level_db, wall_ms: %r", payload[:80])
        return None
    return claim


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("talking: expected true or false")
    return value


@dataclass(frozen=True)
class Answered:
    """A wake word a room answered: `acted` is True once its commands go out (it won, or the rooms
    settled on it), False when another room acted on it instead, None while it waits for the rooms to
    settle (answered alone: the broker unreachable, or its claim lost)."""

    claim: Claim
    acted: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self.claim), "acted": self.acted}


def settle(mine: Answered, others: list[Answered]) -> bool:
    """Does this room act on a wake word it answered alone? Not when another room that heard it too
    (a claim within `_MATCH_S` of ours, by the hosts' wall clocks) acted on it already, or heard it
    better and has not given it up: the same rule in every room, so exactly one acts."""
    near = [o for o in others if abs(o.claim.wall_ms - mine.claim.wall_ms) <= _MATCH_S * 1000]
    if any(o.acted for o in near):
        return False
    return not any(o.acted is None and o.claim.rank() > mine.claim.rank() for o in near)


def parse_answered(payload: bytes) -> list[Answered] | None:
    """A room's record of the wake words it answered lately, or None (logged) when malformed."""
    try:
        record = json.loads(payload.decode("utf-8"))
        items = record["claims"][-_KEPT_ANSWERED:]
        answered = []
        for item in items:
            if not isinstance(item, dict):
                raise ValueError("a claim: expected an object")
            claim = parse_claim(json.dumps(item).encode())
            acted = item.get("acted")
            if claim is None or acted not in (True, False, None):
                raise ValueError("a claim: expected id, site, score, level_db, wall_ms, acted")
            answered.append(Answered(claim, acted))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        logger.warning("dropped a record of wake words answered (%s): %r", exc, payload[:80])
        return None
    return answered


@dataclass(frozen=True)
class ArbiterSettings:
    site: str
    area: str = ""
    window_ms: int = 150  # how long claims are waited for, at least, before deciding
    standby_ms: int = 5000  # a loser waits this long for the winner's `taken` (or its death)
    settle_ms: int = 2000  # after a reconnect, how long the other rooms' wake words of the outage are awaited


class Arbiter:
    def __init__(
        self, client: MqttClient, settings: ArbiterSettings, on_won: Callable[[int], None] = lambda _t: None
    ) -> None:
        self._client = client
        self._settings = settings
        self._on_won = on_won  # the winner's "listening" chime, once the window is over
        self._changed = threading.Condition()
        self._mine: dict[int, Claim] = {}  # by turn
        self._decided: dict[int, bool] = {}  # by turn: did ours win, decided at its window's end
        self.late_claims = 0  # wake words claimed only when their command came (the bus dropped them)
        self._others: deque[Claim] = deque(maxlen=_KEPT_CLAIMS)
        self._taken: deque[str] = deque(maxlen=_KEPT_CLAIMS * 4)  # claim ids whose winner answers
        self._peers: dict[str, float] = {}  # site -> monotonic time of its last claim, least recent first
        self._offline: dict[str, float] = {}  # peer -> monotonic time it went offline (peers only)
        self.max_peers = _KEPT_PEERS
        self.dropped_peers = 0  # peers forgotten to make room for newer ones
        self.ignored_availability = 0  # availability of sites never seen claiming: not watched
        self._windows: deque[tuple[float, int]] = deque(maxlen=_KEPT_CLAIMS)  # (monotonic end, turn)
        self._echoed: deque[str] = deque(maxlen=_KEPT_CLAIMS)  # our claims the broker sent back to us
        self._sent_linked: deque[str] = deque(maxlen=_KEPT_CLAIMS)  # ours published with a link up
        self.unechoed_claims = 0  # our claims that never came back: the link was dead (answered alone)
        # by turn: the wake words we answered, with other rooms about; and each other room's record
        self._answered: dict[int, Answered] = {}
        self._records_of_other_rooms: dict[str, list[Answered]] = {}  # at most max_peers sites
        self._settle_at: float | None = None  # when to settle the wake words answered alone (monotonic)
        self._connected_at = 0.0  # the last (re)connection (monotonic): what was heard before it settles
        self.answered_elsewhere = 0  # of ours answered alone, those another room acted on instead
        self.forgotten_records = 0  # other rooms' records forgotten beyond `max_peers` (the least recent)
        self._closed = False

    name = "arbiter"

    def start(self) -> None:
        self._client.subscribe(CLAIM_TOPIC, self._on_claim, qos=0)
        self._client.subscribe(TAKEN_TOPIC, self._on_taken, qos=1)
        self._client.subscribe("edgeagent/+/availability", self._on_availability)
        self._client.subscribe(f"{ANSWERED_TOPIC}/+", self._on_answered)
        self._client.on_connect(self._reconnected)

    # -- the event bus (its dispatcher thread) --

    def on_event(self, event: Event) -> None:
        if event.event == events.WAKE:
            self._claim(event)

    def _claim(self, event: Event) -> None:
        fields = event.fields
        self._record(
            event.turn,
            float(fields.get("probability", 0.0)),
            float(fields.get("level_db", -120.0)),
            float(fields.get("snr_db", 0.0)),
            bool(fields.get("talking", False)),
        )

    def _record(self, turn: int, score: float, level_db: float, snr_db: float, talking: bool) -> Claim:
        """Our claim for `turn`: kept, its window opened, published."""
        wall_ms = int(time.time() * 1000)
        site = self._settings.site
        claim = Claim(
            f"{site}:{turn}:{wall_ms}",
            site,
            self._settings.area,
            score,
            level_db,
            wall_ms,
            time.monotonic(),
            snr_db,
            talking,
        )
        with self._changed:
            if turn in self._mine:
                return self._mine[turn]
            self._mine[turn] = claim
            if self._client.connected:  # else it is dropped, and its not coming back says nothing of the link
                self._sent_linked.append(claim.id)
            for old in [t for t in self._mine if t < turn - _KEPT_CLAIMS]:
                del self._mine[old]
                self._decided.pop(old, None)
            self._windows.append((claim.heard_at + self._window_s, turn))
            self._changed.notify_all()
        self._publish(CLAIM_TOPIC, asdict(claim), qos=TELEMETRY_QOS)  # subscribed at QoS 0 anyway
        return claim

    @property
    def _window_s(self) -> float:
        return self._settings.window_ms / 1000

    # -- its own thread (a pipeline worker) --

    def run(self, stop: threading.Event) -> None:
        """Until closed: at the end of each claim window, the winner's chime."""
        while not stop.is_set():
            with self._changed:
                if self._closed:
                    return
                settle_due = self._settle_at is not None and self._settle_at <= time.monotonic()
                due = self._windows[0][0] if self._windows else None
                wait_s = 0.5 if due is None else due - time.monotonic()
                if not settle_due and wait_s > 0:
                    self._changed.wait(min(wait_s, 0.5))
                    continue
                turn = self._windows.popleft()[1] if wait_s <= 0 else None
            if settle_due:
                self._settle()
            if turn is not None and self._won(turn):
                self._on_won(turn)

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    # -- the turn worker --

    def answers(self, wake: WakeHeard) -> bool:
        """Should this assistant answer the command of this wake word? Waits out the claim window
        (if it is not over yet) and, for a loser, the winner's `taken` or death (bounded by
        `standby_ms`)."""
        if not self._client.connected:  # no broker: everyone answers for itself, and settles later
            self._remember(self._claimed(wake), wake.turn, acted=None)
            return True
        mine = self._claimed(wake)
        left_s = mine.heard_at + self._window_s - time.monotonic()
        if left_s > 0:
            time.sleep(left_s)
        if not self._came_back(mine):
            return self._alone(mine, wake.turn)
        if self._won(wake.turn):
            self._publish(TAKEN_TOPIC, {"id": mine.id, "site": mine.site})
            self._remember(mine, wake.turn, acted=True)
            return True
        with self._changed:
            winner = best(mine, list(self._others), self._window_s)
        logger.info(
            "turn %d: %s heard it better (%.1f dB over its floor)", wake.turn, winner.site, winner.snr_db
        )
        with self._changed:
            self._changed.wait_for(
                lambda: winner.id in self._taken or winner.site in self._offline or self._closed,
                self._settings.standby_ms / 1000,
            )
            taken_over = winner.site in self._offline and winner.id not in self._taken and not self._closed
        if taken_over:
            logger.warning(
                "turn %d: %s went offline before answering: answering instead", wake.turn, winner.site
            )
            self._publish(TAKEN_TOPIC, {"id": mine.id, "site": mine.site})
            self._remember(mine, wake.turn, acted=True)
        return taken_over

    def _came_back(self, mine: Claim) -> bool:
        """Did the broker send our claim back to us (as it sends every claim to every assistant)?
        Waits until `_ECHO_S` after the claim at most: at the end of speech it is long back."""
        with self._changed:
            return self._changed.wait_for(
                lambda: mine.id in self._echoed or self._closed,
                max(0.0, mine.heard_at + _ECHO_S - time.monotonic()),
            )

    def _alone(self, mine: Claim, turn: int) -> bool:
        """Our claim never came back, so no other claim could reach us either: this assistant answers
        for itself, as without a broker. Sent over a link that was up, the link is dead though paho has
        not noticed yet (a half-open connection goes unseen for 1.5 keepalives): it is given up at once.
        Made while the link was down (and dropped), it says nothing of the link that is up now."""
        self.unechoed_claims += 1
        logger.warning("turn %d: our wake claim never came back from the broker: answering alone", turn)
        with self._changed:
            linked = mine.id in self._sent_linked
        if linked:
            self._client.drop_link("a wake claim did not come back")
        self._remember(mine, turn, acted=None)
        return True

    # -- answered alone: the rooms settle which one acts once they can talk again --

    def _remember(self, mine: Claim, turn: int, *, acted: bool | None) -> None:
        """Remember a wake word this room answered, when other rooms are about that may have heard it:
        won (`acted`, told to the others at once: one of them may have answered it alone behind a dead
        link), or answered alone (None: settled on reconnect; told at once if the broker is back by
        the end of speech). A room alone in its home remembers nothing."""
        linked = self._client.connected
        with self._changed:
            if not self._peers:
                return
            self._answered[turn] = Answered(mine, acted)
            self._forget_settled()
            if acted is None and linked and self._settle_at is not None:
                # back already (its end of speech came after the reconnect): the others hear of it now,
                # and get the whole settle window to say theirs
                self._settle_at = max(self._settle_at, time.monotonic() + self._settings.settle_ms / 1000)
        if acted or (acted is None and linked):
            self._publish_answered()

    def _forget_settled(self) -> None:
        """Settled wake words older than `_ANSWERED_KEPT_S`, and the oldest beyond `_KEPT_ANSWERED`
        (settled first: one still to settle holds a command). Under `_changed`."""
        too_old = time.monotonic() - _ANSWERED_KEPT_S
        settled = [t for t, a in self._answered.items() if a.acted is not None]
        for turn in [t for t in settled if self._answered[t].claim.heard_at < too_old]:
            del self._answered[turn]
        excess = len(self._answered) - _KEPT_ANSWERED
        first = list(dict.fromkeys([t for t in settled if t in self._answered] + list(self._answered)))
        for turn in first[: max(0, excess)]:
            logger.warning("turn %d: forgotten among the wake words answered (too many)", turn)
            del self._answered[turn]

    def unsettled(self, turn: int) -> str:
        """The wake claim a command of `turn` answers while the rooms have not settled it (or settled it
        for another room), for the client to hold the command until they have; "" to send it as usual."""
        with self._changed:
            alone = self._answered.get(turn)
            if alone is None or alone.acted:
                return ""
            settles = alone.claim.heard_at < self._connected_at and self._client.connected
            if settles and self._settle_at is None:  # back already: settled soon, the command held till then
                self._settle_at = time.monotonic() + self._settings.settle_ms / 1000
                self._changed.notify_all()
            return alone.claim.id

    def _reconnected(self) -> None:
        """(paho's thread) Back on the broker: our record for the other rooms, and a settle soon."""
        with self._changed:
            self._connected_at = time.monotonic()
            if not self._answered:
                return
            self._settle_at = self._connected_at + self._settings.settle_ms / 1000
            self._changed.notify_all()
        self._publish_answered()

    def _settle(self) -> None:
        """(its own thread) Which of the wake words answered alone this room acts on; the client sends
        their commands, never those another room acts on. Only those heard before this connection was
        made: one heard over a link that has died since (a claim that did not come back) waits for the
        next, the only one the other rooms' records can have come over."""
        with self._changed:
            self._settle_at = None
            if not self._client.connected:
                return  # the next reconnect settles
            others = [a for record in self._records_of_other_rooms.values() for a in record]
            for turn, alone in self._answered.items():
                if alone.acted is None and alone.claim.heard_at < self._connected_at:
                    acts = settle(alone, others)
                    self._answered[turn] = Answered(alone.claim, acts)
                    self.answered_elsewhere += not acts
                    logger.info(
                        "turn %d, answered alone: %s (other rooms' answers: %s)",
                        turn,
                        "this room acts" if acts else "another room acted on this wake word",
                        [(a.claim.id, a.claim.rank(), a.acted) for a in others][-6:],
                    )
            elsewhere = {a.claim.id for a in self._answered.values() if a.acted is False}
            waiting = frozenset(a.claim.id for a in self._answered.values() if a.acted is None)
        self._publish_answered()
        self._client.settled(elsewhere, waiting)

    def _publish_answered(self) -> None:
        with self._changed:
            record = {
                "site": self._settings.site,
                "claims": [a.to_dict() for a in self._answered.values()],
            }
        topic = f"{ANSWERED_TOPIC}/{self._settings.site}"
        self._client.publish(Publish(topic, json.dumps(record), qos=TELEMETRY_QOS, retain=True))

    def _on_answered(self, topic: str, payload: bytes, retained: bool) -> None:
        site = topic.rsplit("/", 1)[-1]
        if site == self._settings.site:
            return
        record = parse_answered(payload)
        if record is None:
            return
        with self._changed:
            records = self._records_of_other_rooms
            records.pop(site, None)
            records[site] = record  # the least recently heard first
            while len(records) > self.max_peers:
                self.forgotten_records += 1
                del records[next(iter(records))]
            if site not in self._peers and len(self._peers) < self.max_peers:
                self._peers[site] = time.monotonic()  # a room that answered with others about: a peer
            self._changed.notify_all()

    def _claimed(self, wake: WakeHeard) -> Claim:
        """Our claim for the wake word; made now if its event never came (dropped by the bus)."""
        with self._changed:
            mine = self._mine.get(wake.turn)
        if mine is not None:
            return mine
        self.late_claims += 1
        logger.warning("turn %d: its wake event never reached the arbiter: claiming it now", wake.turn)
        return self._record(wake.turn, wake.score, wake.level_db, wake.snr_db, wake.talking)

    def _won(self, turn: int) -> bool:
        """Did our claim win? Decided once, at its window's end, with the claims there by then:
        a claim arriving later is another wake word's, and changes nothing."""
        with self._changed:
            if turn not in self._decided:
                mine = self._mine.get(turn)
                self._decided[turn] = (
                    mine is not None and best(mine, list(self._others), self._window_s) is mine
                )
            return self._decided[turn]

    # -- MQTT (its network thread) --

    def _on_claim(self, topic: str, payload: bytes, retained: bool) -> None:
        claim = parse_claim(payload, time.monotonic())
        if claim is None or retained:
            return
        if claim.site == self._settings.site:  # ours, back from the broker: the link works
            with self._changed:
                self._echoed.append(claim.id)
                self._changed.notify_all()
            return
        with self._changed:
            self._others.append(claim)
            forgotten = self._seen(claim.site, claim.heard_at)
            self._changed.notify_all()
        if forgotten:
            logger.warning(
                "more than %d assistants claim wake words: forgot %s (%d so far)",
                self.max_peers,
                ", ".join(forgotten),
                self.dropped_peers,
            )

    def _seen(self, site: str, now: float) -> list[str]:
        """`site` is a peer (it claimed) and online; the least recent peers beyond the cap are forgotten
        (returned, to log once the lock is released). Under `_changed`."""
        self._peers.pop(site, None)
        self._peers[site] = now
        self._offline.pop(site, None)
        forgotten = []
        while len(self._peers) > self.max_peers:
            oldest = next(iter(self._peers))
            del self._peers[oldest]
            self._offline.pop(oldest, None)
            self.dropped_peers += 1
            forgotten.append(oldest)
        return forgotten

    def _on_taken(self, topic: str, payload: bytes, retained: bool) -> None:
        try:
            claim_id = str(json.loads(payload.decode("utf-8"))["id"])
        except (UnicodeDecodeError, ValueError, KeyError, TypeError):
            logger.warning('dropped %s: expected {"id": ...}: %r', topic, payload[:80])
            return
        with self._changed:
            self._taken.append(claim_id)
            self._changed.notify_all()

    def _on_availability(self, topic: str, payload: bytes, retained: bool) -> None:
        site = topic.split("/")[1]
        if site == self._settings.site:
            return
        with self._changed:
            if site not in self._peers:
                self.ignored_availability += 1
                logger.debug(
                    "availability of %s ignored: not a peer (%d so far)", site, self.ignored_availability
                )
                return
            if payload.strip() == b"offline":
                self._offline[site] = time.monotonic()
            else:
                self._offline.pop(site, None)
            self._changed.notify_all()

    def peers(self) -> set[str]:
        """The other assistants seen claiming (at most `max_peers`)."""
        with self._changed:
            return set(self._peers)

    def offline_peers(self) -> set[str]:
        with self._changed:
            return set(self._offline)

    def _publish(self, topic: str, payload: dict[str, Any], *, qos: int = 1) -> None:
        self._client.publish(Publish(topic, json.dumps(payload), qos=qos))
