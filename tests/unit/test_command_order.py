"""The outbox's ordering and age rules on plain values: what goes out on reconnect, in which order,
and what is reported instead. (Against a real broker: tests/integration/test_command_order.py.)"""

from __future__ import annotations

import paho.mqtt.client as paho
import pytest
from paho.mqtt.enums import CallbackAPIVersion

from edgeagent.config import MqttSettings, config_from_mapping
from edgeagent.errors import ConfigError
from edgeagent.mqtt.client import MqttClient, MqttError, Publish
from edgeagent.mqtt.outbox import Command, Outbox


class Delivery:
    """What paho returns for a publish: acknowledged or not."""

    def __init__(self) -> None:
        self.acked = False

    def is_published(self) -> bool:
        return self.acked


class Box:
    def __init__(self, *, capacity: int = 5, max_age_seconds: float = 60) -> None:
        self.now = 0.0
        self.dropped: list[tuple[str, str]] = []
        self.outbox = Outbox(
            capacity=capacity,
            max_age_seconds=max_age_seconds,
            on_dropped=lambda m, why: self.dropped.append((m.payload, why)),
            clock=lambda: self.now,
        )

    def send(self, mid: int, payload: str) -> Delivery:
        delivery = Delivery()
        self.outbox.sent(mid, self.outbox.decided(Publish("home/heater/set", payload)), delivery)
        return delivery


def payloads(commands: list[Command]) -> list[str]:
    return [c.message.payload for c in commands]


def test_unacknowledged_commands_go_out_again_before_the_kept_ones_in_the_order_decided() -> None:
    box = Box()
    box.send(7, "ON")  # into a half-open link
    box.now += 1
    box.send(8, "50%")
    box.now += 1
    box.outbox.keep(Publish("home/heater/set", "OFF"))  # the loss noticed: kept
    forget, fresh = box.outbox.take_for_reconnect()
    assert forget == [7, 8]
    assert payloads(fresh) == ["ON", "50%", "OFF"]
    assert box.dropped == [] and len(box.outbox) == 0


def test_an_acknowledged_command_is_neither_sent_again_nor_forgotten_twice() -> None:
    box = Box()
    box.send(1, "ON").acked = True
    box.send(2, "OFF")
    box.outbox.acked(2)
    assert box.outbox.take_for_reconnect() == ([], [])


def test_a_command_past_its_max_age_is_reported_not_sent_and_paho_must_forget_it() -> None:
    box = Box()
    box.send(3, "ON")
    box.now += 61
    box.outbox.keep(Publish("home/heater/set", "OFF"))
    forget, fresh = box.outbox.take_for_reconnect()
    assert forget == [3] and payloads(fresh) == ["OFF"]
    assert box.dropped == [("ON", "expired")]


def test_past_their_age_while_the_broker_is_away_commands_are_reported_at_once() -> None:
    box = Box()
    box.send(4, "ON")
    box.outbox.keep(Publish("home/heater/set", "OFF"))
    box.now += 30
    box.outbox.keep(Publish("home/light/set", "ON"))
    assert box.outbox.expire() == [] and box.dropped == []
    box.now += 31
    assert box.outbox.expire() == [4]
    assert box.dropped == [("ON", "expired"), ("OFF", "expired")]
    assert payloads(box.outbox.take_for_reconnect()[1]) == ["ON"]  # the light: 31 s old


def test_the_wait_for_an_acknowledgement_counts_from_sending_not_deciding() -> None:
    box = Box()
    assert box.outbox.longest_unacked_wait() is None
    command = box.outbox.decided(Publish("home/heater/set", "ON"))
    box.now += 40  # kept through an outage
    box.outbox.sent(9, command, Delivery())
    box.now += 2
    assert box.outbox.longest_unacked_wait() == 2
    assert box.outbox.remaining_seconds(command) == 18


def test_more_waiting_than_the_capacity_pushes_out_the_oldest_and_says_so() -> None:
    box = Box(capacity=2)
    box.send(1, "a")
    box.send(2, "b")
    box.outbox.keep(Publish("home/heater/set", "c"))
    forget, fresh = box.outbox.take_for_reconnect()
    assert forget == [1, 2] and payloads(fresh) == ["b", "c"]
    assert box.dropped == [("a", "full")] and box.outbox.dropped_full == 1


def test_paho_still_keeps_its_unacknowledged_messages_where_the_client_takes_them_back() -> None:
    """MqttClient._forget uses paho's queue directly (paho has no API for it): this fails first
    when a paho release moves it."""
    client = paho.Client(CallbackAPIVersion.VERSION2)
    info = client.publish("home/heater/set", "ON", qos=1)  # not connected: queued
    with client._out_message_mutex:
        assert info.mid in client._out_messages
        client._out_messages.pop(info.mid)
    assert not client._out_messages


@pytest.mark.parametrize(
    ("protocol", "message"),
    [
        ("3", 'mqtt.protocol: expected one of 5, 3.1.1, got "3"'),
        (5, 'mqtt.protocol: expected one of "5", "3.1.1" (a quoted string), got 5'),
        (3.1, 'mqtt.protocol: expected one of "5", "3.1.1" (a quoted string), got 3.1'),
    ],
)
def test_a_bad_protocol_is_a_config_error_naming_the_key(protocol: object, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        config_from_mapping({"mqtt": {"protocol": protocol}})
    assert str(caught.value).startswith(message)


def test_both_protocols_are_accepted_and_5_is_the_default() -> None:
    assert config_from_mapping({}).mqtt.protocol == "5"
    assert config_from_mapping({"mqtt": {"protocol": "3.1.1"}}).mqtt.protocol == "3.1.1"
    assert not MqttClient(MqttSettings(protocol="3.1.1")).v5
    assert MqttClient(MqttSettings()).v5


def test_a_client_built_with_an_unknown_protocol_names_the_key() -> None:
    with pytest.raises(MqttError, match=r"mqtt\.protocol: expected one of 5, 3\.1\.1, got '4'"):
        MqttClient(MqttSettings(protocol="4"))


def test_a_command_sent_as_the_connection_drops_is_tracked_and_taken_back() -> None:
    """paho queues it with an error code, and its `is_published` then raises instead of answering."""
    box = Box()
    client = paho.Client(CallbackAPIVersion.VERSION2)
    info = client.publish("home/heater/set", "ON", qos=1)  # not connected: rc MQTT_ERR_NO_CONN
    assert info.rc == paho.MQTT_ERR_NO_CONN
    box.outbox.sent(info.mid, box.outbox.decided(Publish("home/heater/set", "ON")), info)
    box.now += 1
    assert box.outbox.longest_unacked_wait() == 1
    forget, fresh = box.outbox.take_for_reconnect()
    assert forget == [info.mid] and payloads(fresh) == ["ON"]


def test_a_refusal_that_comes_before_its_command_is_recorded_drops_that_command() -> None:
    box = Box()
    box.outbox.acked(9, refused=True)  # a fast broker: the refusal beats the outbox's record
    box.send(9, "ON")
    assert box.dropped == [("ON", "refused")]


def test_an_old_refusal_of_another_message_never_marks_a_later_command_with_its_mid() -> None:
    box = Box()
    box.outbox.acked(9, refused=True)  # an answer at QoS 1, refused: no command of ours
    box.now += 3600  # paho's mids have wrapped round since
    box.send(9, "ON")
    assert box.dropped == []
