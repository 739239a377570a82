"""How long a pause inside a command the early end lets pass, in real time through the daemon.

    .venv/bin/python -m tests.bench.pause_tolerance [--end-ms MS] [--json]

A command the templates already understand ends after `vad.command_end_silence_ms` of silence (the
semantic end), sooner than the 700 ms timer. The price: a person who pauses after a complete command
and goes on ("turn off the lights ... in the hallway") is cut at the pause. Each espeak-ng voice says
"okay nabu", then such a sentence with a pause of known length between its two halves (each half cut
to its loud part, so the pause is what it says: espeak pads its words with quiet), fed to `edgeagent
run --input -` at microphone pace. A sentence is kept whole when the transcript of the turn its wake
word started holds the second half; the table is the share cut, per pause.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from edgeagent.config import Config
from tests import speech
from tests.bench.realtime_voices import WAKE, Feeder, daemon
from tests.broker import Broker, mosquitto

VOICES = [("en-us", 150), ("en-gb", 170), ("en-us+m3", 170)]
SENTENCES = [  # a complete command, then what a person may add after a pause
    ("turn off the lights", "in the hallway"),
    ("turn on the light", "in the kitchen"),
    ("turn on the kitchen light", "and the hallway light"),
]
PAUSES_MS = (150, 200, 250, 300, 350, 400)
_AFTER_MS = 4000  # the reply, and a question back, are over before the next sentence


def loud(text: str, voice: str, rate: int) -> bytes:
    """The words' loud part alone, and 10 ms after it."""
    clip = speech.build(speech.espeak(text, voice, rate))
    start, end = clip.voiced_span(text)
    return clip.pcm[start * 32 : (end + 10) * 32]


def run(broker: Broker, folder: Path, end_ms: int) -> list[dict[str, Any]]:
    """One daemon hears every sentence at every pause; a row per sentence said."""
    events_path = folder / "events.jsonl"
    with events_path.open("w") as events_out:
        vad = f"[vad]\ncommand_end_silence_ms = {end_ms}\n"
        with daemon(broker, folder, vad, events=events_out) as (feeder, _):
            said = _say_all(feeder)
    events = [json.loads(line) for line in events_path.read_text().splitlines() if line.startswith("{")]
    return [_judge(row, events) for row in said]


def _say_all(feeder: Feeder) -> list[dict[str, Any]]:
    said = []
    for voice, rate in VOICES:
        wake = speech.build(speech.espeak(WAKE, voice, rate), speech.silence(400)).pcm
        for first, rest in SENTENCES:
            for pause_ms in PAUSES_MS:
                pcm = wake + loud(first, voice, rate) + bytes(pause_ms * 32)
                pcm += loud(rest, voice, rate) + bytes(_AFTER_MS * 32)
                start = feeder.say(pcm)
                said.append(
                    {"voice": f"{voice}@{rate}", "said": f"{first} | {rest}", "pause_ms": pause_ms}
                    | {"from_ms": start, "to_ms": start + len(pcm) // 32}
                )
                time.sleep(len(pcm) / 32000)
    time.sleep(1)
    return said


def holds_the_rest(said: str, heard: str) -> bool:
    """Whether `heard` has the words of the part after the pause that the part before lacks."""
    first, rest = (set(part.split()) for part in said.split(" | "))
    words = set(re.sub(r"[^\w ]", " ", heard.lower()).split())
    return (rest - first) <= words


def _judge(row: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """Whole when the woken turn's transcript holds the second half's own words."""
    woken = [e["turn"] for e in events if e["event"] == "wake" and row["from_ms"] <= e["t_ms"] < row["to_ms"]]
    heard = [e["text"] for e in events if e["event"] == "transcript" and e["turn"] in woken[:1]]
    verdict = "no wake" if not heard else "whole" if holds_the_rest(row["said"], heard[0]) else "cut"
    return {k: v for k, v in row.items() if k not in ("from_ms", "to_ms")} | {
        "heard": heard[0] if heard else None,
        "verdict": verdict,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--end-ms", type=int, default=Config().vad.command_end_silence_ms, help="vad.command_end_silence_ms"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, mosquitto(Path(folder)) as broker:
        rows = run(broker, Path(folder), args.end_ms)
    table = {}
    for pause_ms in PAUSES_MS:
        judged = [r for r in rows if r["pause_ms"] == pause_ms and r["verdict"] != "no wake"]
        table[pause_ms] = f"{sum(r['verdict'] == 'cut' for r in judged)}/{len(judged)} cut"
    report = {"end_ms": args.end_ms, "rows": rows, "by_pause_ms": table}
    print(json.dumps(report, indent=2) if args.json else json.dumps(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
