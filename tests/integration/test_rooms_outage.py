"""Two rooms that could not talk both answered one wake word: once they can, they settle on one, and
only its commands reach the device (a real mosquitto, restarted; a link gone half-open).

Online, the claim window decides which room answers. With the broker down (or one room's link dead)
each room answers alone and keeps its commands; on reconnect the rooms exchange what they answered and
the same rule picks one in every room: a room that acted already, else the one that heard it best.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from edgeagent.config import MqttSettings
from edgeagent.mqtt.arbiter import Arbiter, ArbiterSettings
from edgeagent.mqtt.client import MqttClient, Publish
from edgeagent.mqtt.outbox import Outbox
from edgeagent.pipeline import events
from edgeagent.pipeline.events import Event
from edgeagent.pipeline.listener import WakeHeard
from tests.broker import TestClient, free_port, mosquitto, wait_until
from tests.valve import valve

LIGHT = "home/light/set"


@dataclass
class Room:
    site: str
    client: MqttClient
    arbiter: Arbiter
    outbox: Outbox
    dropped: list[str]  # why commands were not sent (the outbox's reports)

    def hears(self, turn: int, snr_db: float) -> bool:
        """The wake word (its event on the bus, then the turn asks whether to answer)."""
        self.wake_word(turn, snr_db)
        return self.speech_ends(turn, snr_db)

    def wake_word(self, turn: int, snr_db: float) -> None:
        heard = {"probability": 0.9, "level_db": -30.0, "snr_db": snr_db}
        self.arbiter.on_event(Event(events.WAKE, turn, 0, heard))

    def speech_ends(self, turn: int, snr_db: float) -> bool:
        return self.arbiter.answers(WakeHeard(turn, 0.9, -30.0, snr_db, talking=False))

    def commands(self, turn: int, payload: str) -> None:
        """What the turn decided, sent the way the daemon sends it."""
        self.client.send_command(Publish(LIGHT, payload), wake=self.arbiter.unsettled(turn))


@contextmanager
def room(site: str, port: int) -> Iterator[Room]:
    dropped: list[str] = []
    outbox = Outbox(capacity=20, max_age_seconds=60, on_dropped=lambda m, why: dropped.append(why))
    client = MqttClient(MqttSettings(host="127.0.0.1", port=port), client_id=site, outbox=outbox)
    client.connect(timeout_seconds=0.1, required=False)  # the broker may start later
    arbiter = Arbiter(client, ArbiterSettings(site, window_ms=150, standby_ms=300, settle_ms=1000))
    arbiter.start()
    stop = threading.Event()
    thread = threading.Thread(target=arbiter.run, args=(stop,), daemon=True)
    thread.start()
    try:
        yield Room(site, client, arbiter, outbox, dropped)
    finally:
        stop.set()
        arbiter.close()
        thread.join(2)
        client.close()
    assert set(dropped) <= {"answered_elsewhere"}  # never expired, pushed out or refused


def peers(kitchen: Room, hall: Room) -> None:
    """One wake word heard by both online: each room now knows the other is about."""
    wait_until(lambda: kitchen.client.connected and hall.client.connected, timeout_s=30)
    time.sleep(0.3)  # the subscriptions' SUBACKs
    answered: list[bool] = []
    hall_turn = threading.Thread(target=lambda: answered.append(hall.hears(1, 10.0)))
    hall_turn.start()
    answered.append(kitchen.hears(1, 30.0))
    hall_turn.join(5)
    assert sorted(answered) == [False, True]
    assert kitchen.arbiter.peers() == {"hall"} and hall.arbiter.peers() == {"kitchen"}
    time.sleep(2.5)  # the next wake word is another one (claims within 2 s are one)


def arrivals(device: TestClient, wait_s: float) -> list[str]:
    time.sleep(wait_s)
    return [payload for topic, payload in device.received if topic == LIGHT]


def test_a_wake_word_both_rooms_answered_while_the_broker_was_down_is_acted_on_once(tmp_path: Path) -> None:
    port = free_port()
    with room("kitchen", port) as kitchen, room("hall", port) as hall:
        with mosquitto(tmp_path, port):
            peers(kitchen, hall)
        wait_until(lambda: not kitchen.client.connected and not hall.client.connected)
        assert kitchen.hears(2, 30.0) and hall.hears(2, 12.0)  # no broker: each answers for itself
        kitchen.commands(2, "from the kitchen")
        hall.commands(2, "from the hall")
        with mosquitto(tmp_path, port) as broker:
            device = TestClient(broker)
            device.watch("home/#")
            wait_until(lambda: kitchen.client.connected and hall.client.connected, timeout_s=45)
            assert arrivals(device, wait_s=3.0) == ["from the kitchen"]  # heard best
            device.close()
        assert (kitchen.arbiter.answered_elsewhere, hall.arbiter.answered_elsewhere) == (0, 1)
        assert hall.outbox.answered_by_another_room == 1
        assert (kitchen.dropped, hall.dropped) == ([], ["answered_elsewhere"])  # reported, not lost


def test_a_wake_word_whose_command_ends_after_the_broker_is_back_is_told_before_the_rooms_settle(
    tmp_path: Path,
) -> None:
    """The wake word came while the broker was down, the end of speech after it was back: each room
    tells the others of it then (not only at the reconnect, when it had not answered it yet)."""
    port = free_port()
    with room("kitchen", port) as kitchen, room("hall", port) as hall:
        with mosquitto(tmp_path, port):
            peers(kitchen, hall)
        wait_until(lambda: not kitchen.client.connected and not hall.client.connected)
        kitchen.wake_word(2, 30.0)
        hall.wake_word(2, 12.0)
        with mosquitto(tmp_path, port) as broker:
            device = TestClient(broker)
            device.watch("home/#")
            wait_until(lambda: kitchen.client.connected and hall.client.connected, timeout_s=45)
            time.sleep(0.3)  # the subscriptions again
            assert hall.speech_ends(2, 12.0)  # its claim was lost: alone
            hall.commands(2, "from the hall")  # the hall settles first, and must know of the kitchen
            assert kitchen.speech_ends(2, 30.0)
            kitchen.commands(2, "from the kitchen")
            assert arrivals(device, wait_s=3.0) == ["from the kitchen"]
            device.close()


def test_a_room_behind_a_dead_link_yields_to_the_room_that_acted_online(tmp_path: Path) -> None:
    """The hall's link goes half-open: the kitchen hears no rival and acts at once; the hall, whose
    claim never comes back, answers alone. Back on the broker, the hall finds the kitchen's record and
    never sends its command, though it heard the wake word better."""
    with (
        mosquitto(tmp_path) as broker,
        valve(broker) as link,
        room("kitchen", broker.port) as kitchen,
        room("hall", link.port) as hall,
    ):
        device = TestClient(broker)
        device.watch("home/#")
        peers(kitchen, hall)
        link.black_hole()
        hall_turn = threading.Thread(target=lambda: hall.hears(2, 40.0) and hall.commands(2, "hall"))
        hall_turn.start()
        assert kitchen.hears(2, 10.0)
        kitchen.commands(2, "kitchen")
        hall_turn.join(5)
        link.heal()
        wait_until(lambda: hall.arbiter.answered_elsewhere == 1, timeout_s=45)
        assert arrivals(device, wait_s=1.5) == ["kitchen"]
        device.close()


def test_commands_of_one_room_alone_in_its_home_are_never_held(tmp_path: Path) -> None:
    port = free_port()
    with room("kitchen", port) as kitchen:
        with mosquitto(tmp_path, port):
            wait_until(lambda: kitchen.client.connected)
        wait_until(lambda: not kitchen.client.connected)
        assert kitchen.hears(1, 30.0)
        kitchen.commands(1, "ON")
        assert kitchen.arbiter.unsettled(1) == ""  # no other room about: nothing to settle
        with mosquitto(tmp_path, port) as broker:
            device = TestClient(broker)
            device.watch("home/#")
            wait_until(lambda: kitchen.client.connected, timeout_s=45)
            assert device.wait_for(1, timeout_s=2) == [(LIGHT, "ON")]
            device.close()


def test_held_commands_go_out_in_order_up_to_one_still_waiting_for_the_rooms(tmp_path: Path) -> None:
    """What the client does with what the rooms settled: another room's wake word is never sent, and
    nothing decided after a wake word still waiting (heard over a link that died since) overtakes it."""
    with mosquitto(tmp_path) as broker, room("kitchen", broker.port) as kitchen:
        device = TestClient(broker)
        device.watch("home/#")
        wait_until(lambda: kitchen.client.connected)
        client = kitchen.client
        client.send_command(Publish(LIGHT, "first"), wake="kitchen:1:1")
        client.send_command(Publish(LIGHT, "waits"), wake="kitchen:2:2")
        client.send_command(Publish(LIGHT, "after it"))
        assert arrivals(device, wait_s=0.5) == []  # held for the rooms
        client.settled(set(), frozenset({"kitchen:2:2"}))
        assert arrivals(device, wait_s=0.5) == ["first"]
        client.settled({"kitchen:2:2"})
        assert arrivals(device, wait_s=0.5) == ["first", "after it"]
        assert kitchen.dropped == ["answered_elsewhere"]
        device.close()


def test_a_room_restarted_knows_the_other_rooms_from_their_records(tmp_path: Path) -> None:
    """After a restart (a power cut) no claim has been heard yet: the other rooms' retained records
    say who is about, so a wake word answered alone is settled, not acted on twice."""
    with mosquitto(tmp_path) as broker, room("kitchen", broker.port) as kitchen:
        with room("hall", broker.port) as hall:
            peers(kitchen, hall)
        with room("hall", broker.port) as restarted:
            wait_until(lambda: restarted.arbiter.peers() == {"kitchen"})
