"""Several assistants in one home: who answers a wake word that all of them heard, and what it costs.

    .venv/bin/python -m tests.bench.rooms [--tries 20] [--json]

Two and then three real daemons on one real mosquitto, each fed the same "okay nabu, turn on the
kitchen light" (Piper) through stdin at the microphone's pace, at its own level (the person is
nearer one of them). A try is right when exactly one daemon publishes the command and speaks, and
it is the loudest. The extra latency is the median speech end -> command publish of the winner,
against one daemon alone with arbitration off, on the same audio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path
from typing import Any

from tests import rooms
from tests.broker import TestClient, mosquitto
from tests.e2e.test_daemon import wait_retained
from tests.home import retained_messages

LAYOUTS = {"one, no arbitration": [1.0], "two": [1.0, 0.3], "three": [0.25, 1.0, 0.5]}


def publish_ms(turn: list[dict[str, object]]) -> float | None:
    end = next((e for e in turn if e["event"] == "speech_end"), None)
    action = next((e for e in turn if e["event"] == "action"), None)
    return None if end is None or action is None else float(action["t_ms"]) - float(end["t_ms"])  # type: ignore[arg-type]


def layout(name: str, gains: list[float], tries: int, folder: Path) -> dict[str, Any]:
    with mosquitto(folder / "broker") as broker:
        home = TestClient(broker)
        for topic, payload in retained_messages():
            home.publish(topic, payload)
        extra = "[rooms]\narbitrate = false\n" if len(gains) == 1 else ""
        started = rooms.start(broker, folder / "rooms", gains, extra=extra)
        right, latencies, wrong = 0, [], []
        try:
            for room in started:
                wait_retained(home, f"edgeagent/{room.site}/availability", "online", timeout_s=120)
            loudest = max(started, key=lambda r: r.gain).site
            for attempt in range(tries):
                rooms.say_to_all(started, rooms.command_clip())
                turns = {room.site: rooms.turn_of(room) for room in started}
                winners = [site for site, turn in turns.items() if rooms.answered(turn)]
                right += winners == [loudest]
                if winners != [loudest]:
                    wrong.append({"try": attempt, "answered": winners})
                if loudest in winners and (ms := publish_ms(turns[loudest])) is not None:
                    latencies.append(ms)
        finally:
            rooms.stop_all(started)
            home.close()
    median = statistics.median(latencies) if latencies else None
    return {"tries": tries, "right": right, "wrong": wrong, "speech_end_to_publish_ms": median}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tries", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = {}
    for name, gains in LAYOUTS.items():
        folder = Path(tempfile.mkdtemp())
        for sub in ("rooms", "broker"):
            (folder / sub).mkdir()
        result[name] = layout(name, gains, args.tries, folder)
        if not args.json:
            print(
                f"{name:20} {result[name]['right']}/{args.tries} right, "
                f"speech end -> publish {result[name]['speech_end_to_publish_ms']} ms (median)"
            )
    if args.json:
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
