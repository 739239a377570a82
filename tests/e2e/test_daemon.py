"""The daemon as a service: MQTT control surface, mute, reload, SIGTERM, broker restarts, systemd."""

from __future__ import annotations

import json
import re
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import home, speech
from tests.broker import Broker, TestClient, free_port, mosquitto
from tests.daemon import NO_LLM, Daemon, config_file

pytestmark = pytest.mark.e2e

SITE = "testsite"
BASE = f"edgeagent/{SITE}"


def daemon_args(broker: Broker, config: Path, reply: Path) -> list[str]:
    return [
        "--config",
        str(config),
        "--output",
        str(reply),
        "--mqtt-host",
        broker.host,
        "--mqtt-port",
        str(broker.port),
    ]


def base_config(folder: Path) -> Path:
    return config_file(
        folder,
        f'[mqtt]\nsite = "{SITE}"\n[intent]\narea = "Bedroom"\n[feedback]\nlistening = false\n'
        # A loaded CI machine may feed the test microphone late: give a listen request time to hear speech.
        "[vad]\nno_speech_timeout_ms = 20000\n" + NO_LLM,
    )


def wake_and_command(command: str) -> bytes:
    return speech.build(
        speech.piper("Okay Nabu."), speech.silence(400), speech.piper(command), speech.silence(1200)
    ).pcm


def retained(client: TestClient, topic: str, timeout_s: float = 10) -> str:
    """The retained value of `topic`, read by a fresh subscription."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        watcher = TestClient(client.broker)
        watcher.watch(topic)
        messages = watcher.wait_for(1, timeout_s=1)
        watcher.close()
        if messages:
            return messages[-1][1]
    raise AssertionError(f"nothing retained on {topic}")


def wait_retained(client: TestClient, topic: str, value: str, timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if retained(client, topic) == value:
            return
        time.sleep(0.2)
    raise AssertionError(f"{topic} never became {value!r}")


@pytest.fixture
def announced(home: TestClient) -> TestClient:
    for topic, payload in home_messages():
        home.publish(topic, payload)
    return home


def home_messages() -> list[tuple[str, str]]:
    return home.retained_messages()


@pytest.fixture
def daemon(broker: Broker, announced: TestClient, tmp_path: Path) -> Iterator[Daemon]:
    running = Daemon(daemon_args(broker, base_config(tmp_path), tmp_path / "reply.wav"))
    wait_retained(announced, f"{BASE}/availability", "online", timeout_s=60)
    yield running
    if running.process.poll() is None:
        running.stop()


def test_online_with_discovery_and_an_ask_reaches_the_device(
    daemon: Daemon, announced: TestClient, tmp_path: Path
) -> None:
    discovery = json.loads(retained(announced, f"homeassistant/device/edgeagent_{SITE}/config"))
    assert {c["p"] for c in discovery["cmps"].values()} == {"sensor", "switch", "text", "button", "number"}
    assert retained(announced, f"{BASE}/state") == "idle"
    announced.watch("home/kitchen/ceiling/set")
    announced.publish(f"{BASE}/ask", "turn on the kitchen light", retain=False)
    assert announced.wait_for(1) == [("home/kitchen/ceiling/set", "ON")]
    daemon.wait_for("turn_end", outcome="done")
    assert daemon.kinds()[:5] == ["transcript", "intent", "action", "response", "tts"]
    assert (tmp_path / "reply.wav").stat().st_size > 10_000


def test_say_speaks_and_json_text_works(daemon: Daemon, announced: TestClient) -> None:
    announced.publish(f"{BASE}/say", json.dumps({"text": "Dinner is ready."}), retain=False)
    assert daemon.wait_for("tts")["text"] == "Dinner is ready."


def test_malformed_inputs_are_dropped_and_the_daemon_goes_on(daemon: Daemon, announced: TestClient) -> None:
    for topic, payload in [
        ("mute/set", "MAYBE"),
        ("ask", "{not json"),
        ("ask", "x" * 5000),
        ("say", b"\xff\xfe"),
        ("wake_threshold/set", "loud"),
        ("say", '{"text": 42}'),
    ]:
        announced.publish(f"{BASE}/{topic}", payload, retain=False)
    announced.publish(f"{BASE}/say", "Still here.", retain=False)
    assert daemon.wait_for("tts")["text"] == "Still here."
    code, _, stderr = daemon.stop()
    assert code == 0
    assert "dropped edgeagent/testsite/mute/set: expected ON or OFF" in stderr
    assert "Traceback" not in stderr
    assert "lost since start: nothing" in stderr  # malformed inputs are no losses


def test_what_is_lost_is_published_while_the_daemon_runs(daemon: Daemon, announced: TestClient) -> None:
    """Loss counters are telemetry, not only an exit line: 30 `say` at once overflow the turn queue."""
    assert set(json.loads(retained(announced, f"{BASE}/losses")).values()) == {0}
    for number in range(30):
        announced.publish(f"{BASE}/say", f"Message number {number}.", retain=False)
    refused = 30 - 8 - 1  # at least: the queue holds 8, and one may be taken out to be spoken
    deadline = time.monotonic() + 30
    while (lost := json.loads(retained(announced, f"{BASE}/losses")))["requests"] < refused:
        assert time.monotonic() < deadline, lost
    code, _, stderr = daemon.stop()
    assert code == 0
    said = re.search(r"lost since start: ask/say/announcements (\d+)", stderr)
    assert said is not None and int(said[1]) >= refused


def test_mute_stops_wake_detection(daemon: Daemon, announced: TestClient) -> None:
    announced.publish(f"{BASE}/mute/set", "ON", retain=False)
    wait_retained(announced, f"{BASE}/mute", "ON")
    assert retained(announced, f"{BASE}/state") == "muted"
    daemon.say_into_microphone(wake_and_command("What time is it?"))
    time.sleep(5)
    assert "wake" not in daemon.kinds()
    announced.publish(f"{BASE}/mute/set", "OFF", retain=False)
    wait_retained(announced, f"{BASE}/mute", "OFF")
    daemon.say_into_microphone(wake_and_command("What time is it?"))
    daemon.wait_for("wake", timeout_s=30)
    assert "time" in str(daemon.wait_for("transcript")["text"]).lower()


def test_listen_starts_a_turn_without_the_wake_word(daemon: Daemon, announced: TestClient) -> None:
    announced.publish(f"{BASE}/listen", "", retain=False)
    daemon.wait_for("listening")
    daemon.say_into_microphone(speech.build(speech.piper("What time is it?"), speech.silence(1200)).pcm)
    assert daemon.wait_for("intent")["intent"] == "HassGetCurrentTime"
    assert "wake" not in daemon.kinds()


def test_sighup_with_a_broken_config_keeps_running_and_sigterm_goes_offline(
    daemon: Daemon, announced: TestClient, tmp_path: Path
) -> None:
    (tmp_path / "edgeagent.toml").write_text("[vad]\nend_silence_ms = 'soon'\n")
    daemon.signal(signal.SIGHUP)
    time.sleep(2)
    assert daemon.process.poll() is None
    announced.publish(f"{BASE}/say", "Still alive.", retain=False)
    assert daemon.wait_for("tts")["text"] == "Still alive."
    code, seconds, stderr = daemon.stop()
    assert code == 0 and seconds < 5
    assert "keeping the running configuration" in stderr
    assert retained(announced, f"{BASE}/availability") == "offline"


def test_sighup_applies_new_devices_without_a_restart(
    daemon: Daemon, announced: TestClient, tmp_path: Path
) -> None:
    config = tmp_path / "edgeagent.toml"
    config.write_text(
        config.read_text()
        + '[[devices]]\nname = "Aquarium pump"\ntype = "switch"\ncommand_topic = "home/aquarium/pump"\n'
    )
    daemon.signal(signal.SIGHUP)
    time.sleep(2)
    announced.watch("home/aquarium/pump")
    announced.publish(f"{BASE}/ask", "turn on the aquarium pump", retain=False)
    assert announced.wait_for(1) == [("home/aquarium/pump", "ON")]


def test_sighup_applies_floors_and_they_are_kept(
    daemon: Daemon, announced: TestClient, tmp_path: Path
) -> None:
    announced.watch("home/kitchen/ceiling/set")
    announced.watch("home/hallway/light/set")
    announced.publish(f"{BASE}/ask", "turn off the lights downstairs", retain=False)
    assert "know" in str(daemon.wait_for("response")["text"])  # no floors yet: nothing is sent
    config = tmp_path / "edgeagent.toml"
    config.write_text(config.read_text() + '[intent.floors]\ndownstairs = ["Kitchen", "Hallway"]\n')
    daemon.signal(signal.SIGHUP)
    time.sleep(2)
    for asked in (1, 2):  # and again: the reload is kept, not a one-off
        announced.publish(f"{BASE}/ask", "turn off the lights downstairs", retain=False)
        received = announced.wait_for(2 * asked, timeout_s=15)
        assert len(received) == 2 * asked
        assert set(received) == {("home/kitchen/ceiling/set", "OFF"), ("home/hallway/light/set", "OFF")}


def test_the_daemon_survives_a_broker_restart(tmp_path: Path) -> None:
    port = free_port()
    with mosquitto(tmp_path, port) as broker:
        running = Daemon(daemon_args(broker, base_config(tmp_path), tmp_path / "reply.wav"))
        client = TestClient(broker)
        for topic, payload in home_messages():
            client.publish(topic, payload)
        client.publish(
            "homeassistant/status", "online", retain=False
        )  # so the catalog is complete before ask
        wait_retained(client, f"{BASE}/availability", "online", timeout_s=60)
        client.close()
    time.sleep(1)  # the broker is gone
    with mosquitto(tmp_path, port) as broker:
        client = TestClient(broker)
        wait_retained(client, f"{BASE}/availability", "online", timeout_s=30)  # republished after reconnect
        client.watch("home/garage/door/set")
        client.publish(f"{BASE}/ask", "open the garage door", retain=False)
        running.wait_for("response", text="Open the Garage door?")  # sensitive: asked back first
        client.publish(f"{BASE}/ask", "yes", retain=False)
        assert client.wait_for(1, timeout_s=20) == [("home/garage/door/set", "OPEN")]
        code, _, _ = running.stop()
        client.close()
    assert code == 0


def test_systemd_notify_and_watchdog(broker: Broker, tmp_path: Path) -> None:
    path = str(tmp_path / "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(path)
    listener.settimeout(60)
    running = Daemon(
        ["--config", str(base_config(tmp_path)), "--output", "none"],
        env={"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "2000000"},
    )
    messages: list[str] = []
    try:
        while not any("WATCHDOG=1" in m for m in messages):
            messages.append(listener.recv(4096).decode())
    finally:
        code, _, _ = running.stop()
    messages.append(listener.recv(4096).decode())
    listener.close()
    text = "\n".join(messages)
    assert "STATUS=loading the speech-to-text model (3/4)" in text
    assert text.index("READY=1") < text.index("WATCHDOG=1")
    assert "STOPPING=1" in text
    assert code == 0


def test_hermes_topics_for_rhasspy_automations(broker: Broker, announced: TestClient, tmp_path: Path) -> None:
    config = config_file(
        tmp_path, f'[mqtt]\nsite = "{SITE}"\nhermes = true\n[feedback]\nlistening = false\n' + NO_LLM
    )
    running = Daemon(daemon_args(broker, config, tmp_path / "reply.wav"))
    try:
        wait_retained(announced, f"{BASE}/availability", "online", timeout_s=60)
        announced.watch("hermes/#")
        announced.publish(f"{BASE}/ask", "what time is it", retain=False)
        announced.publish(f"{BASE}/ask", "sing me a song", retain=False)
        announced.publish(
            "hermes/tts/say", json.dumps({"text": "Hello from Node-RED.", "siteId": SITE}), retain=False
        )
        assert running.wait_for("tts", text="Hello from Node-RED.")
        wanted = {
            "hermes/intent/HassGetCurrentTime",
            "hermes/nlu/intentNotRecognized",
            "hermes/asr/textCaptured",
        }
        deadline = time.monotonic() + 30
        while not wanted <= {topic for topic, _ in announced.received} and time.monotonic() < deadline:
            time.sleep(0.1)
        received = dict(announced.received)
    finally:
        running.stop()
    intent = json.loads(received["hermes/intent/HassGetCurrentTime"])
    assert (intent["intent"]["intentName"], intent["input"], intent["siteId"]) == (
        "HassGetCurrentTime",
        "what time is it",
        SITE,
    )
    assert json.loads(received["hermes/nlu/intentNotRecognized"])["input"] == "sing me a song"
    assert json.loads(received["hermes/asr/textCaptured"])["text"] in ("what time is it", "sing me a song")


def test_the_daemon_waits_for_a_broker_that_is_not_there_yet(tmp_path: Path) -> None:
    port = free_port()
    running = Daemon(daemon_args(Broker("127.0.0.1", port), base_config(tmp_path), tmp_path / "reply.wav"))
    try:
        time.sleep(8)  # models load, the first connection attempts fail
        assert running.process.poll() is None, "the daemon exited instead of waiting for the broker"
        with mosquitto(tmp_path, port) as broker:
            client = TestClient(broker)
            wait_retained(client, f"{BASE}/availability", "online", timeout_s=45)  # paho backs off to 30 s
            client.watch("home/kitchen/ceiling/set")
            for topic, payload in home_messages():
                client.publish(topic, payload)
            client.publish(f"{BASE}/ask", "turn on the kitchen light", retain=False)
            assert ("home/kitchen/ceiling/set", "ON") in client.wait_for(1, timeout_s=20)
            client.close()
    finally:
        running.stop()


def test_a_device_flooding_its_state_topic_does_not_stall_commands(
    daemon: Daemon, announced: TestClient
) -> None:
    flood = TestClient(announced.broker)
    flood.spray("home/kitchen/ceiling/state", ["ON", "OFF"] * 2500)  # a misbehaving device
    flood.publish("home/bedroom/climate", "not json at all", retain=False)
    announced.watch("home/kitchen/ceiling/set")
    announced.publish(f"{BASE}/ask", "turn off the kitchen light", retain=False)
    assert announced.wait_for(1, timeout_s=30) == [("home/kitchen/ceiling/set", "OFF")]
    assert daemon.process.poll() is None
    flood.close()


def kept_sessions(folder: Path) -> str:
    """mosquitto.conf lines that keep a sleeping device's session (and its QoS 1 messages) over a restart."""
    return f"persistence true\npersistence_location {folder}/\n"


def online_with_a_sleeping_device(broker: Broker, folder: Path, session: str, topics: str) -> Daemon:
    """The daemon online over the test home; a device subscribed to `topics` with a kept session, asleep."""
    running = Daemon(daemon_args(broker, base_config(folder), folder / "reply.wav"))
    client = TestClient(broker)
    for topic, payload in home_messages():
        client.publish(topic, payload)
    wait_retained(client, f"{BASE}/availability", "online", timeout_s=60)
    client.close()
    device = TestClient(broker, session=session)
    device.watch(topics)
    device.close()
    return running


def test_a_command_spoken_while_the_broker_is_down_arrives_when_it_is_back(tmp_path: Path) -> None:
    port = free_port()
    keep = kept_sessions(tmp_path)
    with mosquitto(tmp_path, port, more_listeners=keep) as broker:
        running = online_with_a_sleeping_device(broker, tmp_path, "kitchen-light", "home/kitchen/ceiling/set")
        running.say_into_microphone(wake_and_command("turn on the kitchen light"))
        running.wait_for("wake", timeout_s=30)
    try:  # the broker stopped in the middle of the turn
        action = running.wait_for("action", timeout_s=30)  # decided while disconnected: kept in the outbox
        assert action["topic"] == "home/kitchen/ceiling/set"
        with mosquitto(tmp_path, port, more_listeners=keep) as broker:
            client = TestClient(broker)
            wait_retained(client, f"{BASE}/availability", "online", timeout_s=45)
            client.close()
            device = TestClient(broker, session="kitchen-light")  # its session brings the command
            assert device.wait_for(1, timeout_s=10) == [("home/kitchen/ceiling/set", "ON")]
            device.close()
    finally:
        running.stop()


def test_mute_threshold_and_volume_survive_a_restart(
    broker: Broker, announced: TestClient, tmp_path: Path, state_directory: Path
) -> None:
    args = daemon_args(broker, base_config(tmp_path), tmp_path / "reply.wav")
    first = Daemon(args)
    wait_retained(announced, f"{BASE}/availability", "online", timeout_s=60)
    for topic, value in [("mute/set", "ON"), ("wake_threshold/set", "0.83"), ("volume/set", "35")]:
        announced.publish(f"{BASE}/{topic}", value, retain=False)
    wait_retained(announced, f"{BASE}/volume", "35")
    time.sleep(1.5)  # the keeper looks twice a second
    assert first.stop()[0] == 0
    assert json.loads((state_directory / "state.json").read_text()) == {
        "muted": True,
        "wake_threshold": 0.83,
        "volume_percent": 35,
    }
    for topic in ("mute", "wake_threshold", "volume"):  # forget what the broker kept: the daemon must say it
        announced.publish(f"{BASE}/{topic}", "", retain=True)

    second = Daemon(args)
    try:
        wait_retained(announced, f"{BASE}/availability", "online", timeout_s=60)
        assert retained(announced, f"{BASE}/mute") == "ON"
        assert retained(announced, f"{BASE}/wake_threshold") == "0.83"
        assert retained(announced, f"{BASE}/volume") == "35"
        assert retained(announced, f"{BASE}/state") == "muted"
        second.say_into_microphone(wake_and_command("What time is it?"))
        time.sleep(5)
        assert "wake" not in second.kinds()
    finally:
        second.stop()
