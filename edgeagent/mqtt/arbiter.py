"""Wake arbitration: several assistants hear one wake word, the one that heard it best answers.

Topics under `edgeagent/home/wake/` (home-wide, not retained):

| topic | payload |
|---|---|
| `claim` | `{"id", "site", "area", "score", "level_db", "snr_db", "talking", "wall_ms"}`: a wake word heard |
| `taken` | `{"id", "site"}`: the winner answers the command of its claim |

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
class ArbiterSettings:
    site: str
    area: str = ""
    window_ms: int = 150  # how long claims are waited for, at least, before deciding
    standby_ms: int = 5000  # a loser waits this long for the winner's `taken` (or its death)


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
        self._closed = False

    name = "arbiter"

    def start(self) -> None:
        self._client.subscribe(CLAIM_TOPIC, self._on_claim, qos=0)
        self._client.subscribe(TAKEN_TOPIC, self._on_taken, qos=1)
        self._client.subscribe("edgeagent/+/availability", self._on_availability)

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
                due = self._windows[0][0] if self._windows else None
                wait_s = 0.5 if due is None else due - time.monotonic()
                if wait_s > 0:
                    self._changed.wait(min(wait_s, 0.5))
                    continue
                _, turn = self._windows.popleft()
            if self._won(turn):
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
        if not self._client.connected:
            return True  # no broker: everyone answers for itself
        mine = self._claimed(wake)
        left_s = mine.heard_at + self._window_s - time.monotonic()
        if left_s > 0:
            time.sleep(left_s)
        if not self._came_back(mine):
            return self._alone(mine, wake.turn)
        if self._won(wake.turn):
            self._publish(TAKEN_TOPIC, {"id": mine.id, "site": mine.site})
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
        return True

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
