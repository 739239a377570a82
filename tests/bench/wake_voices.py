"""Each built-in wake word across the bench's voices, and its false wakes in an hour of other talk.

    .venv/bin/python -m tests.bench.wake_voices [--json] [--minutes 60]

Fires: every voice of `edgeagent.bench.voices.VOICE_SET` (Piper at two rates and in an echoing
room; espeak-ng voices at several rates, two over a low hum, one with echo) says each wake phrase
in five carrier sentences ("okay nabu.", "okay nabu, turn on the kitchen light.", ...), with a
second of silence around it; a voice "fires" a wake word when at least four of the five are heard.
False wakes: the same voices in turn read text that holds no wake word, for `--minutes` of
audio: the free-form commands of tests/bench/freeform_cases.py (talk meant for the assistant,
without the wake word) and Debian's licence texts (/usr/share/common-licenses: long, plain
English prose). Every model listens alone, with the daemon's threshold and 2 s refractory time.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Iterator
from contextlib import ExitStack, closing
from pathlib import Path
from typing import Any

from edgeagent.audio.frames import BYTES_PER_FRAME, FRAME_MS, SAMPLE_RATE_HZ
from edgeagent.bench import voices
from edgeagent.config import Config, WakeSettings, with_overrides
from edgeagent.engines import factory
from edgeagent.engines.wake.base import WakeEngine
from tests.bench.freeform_cases import SAID

PHRASES = {
    "okay_nabu": "okay nabu",
    "hey_jarvis": "hey jarvis",
    "alexa": "alexa",
    "hey_mycroft": "hey mycroft",
}
CARRIERS = (
    "{w}.",
    "{w}, turn on the kitchen light.",
    "Um, {w}, what time is it?",
    "{w}, set a timer for ten minutes.",
    "{w}! Is the front door locked?",
)
FIRES_WHEN = 4  # of the five carriers
_LICENCES = ("GPL-3", "Apache-2.0", "LGPL-3", "MPL-2.0", "CC0-1.0")
_SECOND = bytes(2 * SAMPLE_RATE_HZ)


def wake_engine(config: Config, model: str) -> WakeEngine:
    return factory.build_wake(with_overrides(config, "wake", models=(model,)))


def detections(engine: WakeEngine, pcm: bytes, refractory_ms: int = WakeSettings().refractory_ms) -> int:
    """How many times the engine fires over `pcm` (reset after each, then deaf for the daemon's
    refractory time)."""
    engine.reset()
    fired, deaf_until = 0, -1
    for index, at in enumerate(range(0, len(pcm) - BYTES_PER_FRAME + 1, BYTES_PER_FRAME)):
        t_ms = index * FRAME_MS
        if engine.process(pcm[at : at + BYTES_PER_FRAME]) is not None and t_ms >= deaf_until:
            fired += 1
            deaf_until = t_ms + refractory_ms
            engine.reset()
    return fired


def fires(config: Config, engines: dict[str, WakeEngine]) -> dict[str, dict[str, int]]:
    """Wake word -> voice -> how many of the carriers woke it."""
    table: dict[str, dict[str, int]] = {model: {} for model in engines}
    for voice in voices.available(voices.VOICE_SET):
        with voices.speaking(voice, config) as speaker:
            for model, engine in engines.items():
                said = (_SECOND + speaker.say(c.format(w=PHRASES[model])) + _SECOND for c in CARRIERS)
                clips = (speaker.in_room(pcm) for pcm in said)
                table[model][voice.name] = sum(detections(engine, clip) > 0 for clip in clips)
    return table


def talk_texts() -> Iterator[str]:
    """Paragraphs without a wake word: the free-form commands, then the licence texts, again and again."""
    commands = [s.text for s in SAID]
    prose = []
    for name in _LICENCES:
        path = Path("/usr/share/common-licenses") / name
        if path.exists():
            words = re.sub(r"[^A-Za-z0-9.,;:'?! ]+", " ", path.read_text(encoding="utf-8")).split()
            prose += [" ".join(words[at : at + 60]) for at in range(0, len(words), 60)]
    while True:
        for at in range(0, len(commands), 8):
            yield ". ".join(commands[at : at + 8]) + "."
        yield from prose


def talk(config: Config, minutes: float) -> tuple[bytes, dict[str, float]]:
    """`minutes` of talk, the voices taking turns by paragraph; and the minutes each voice spoke."""
    speakers = voices.available(voices.VOICE_SET)
    parts: list[bytes] = []
    spoken_s = {voice.name: 0.0 for voice in speakers}
    total = 0
    with ExitStack() as stack:
        speaking = [stack.enter_context(voices.speaking(voice, config)) for voice in speakers]
        for index, text in enumerate(talk_texts()):
            if total >= minutes * 60 * 2 * SAMPLE_RATE_HZ:
                break
            speaker = speaking[index % len(speaking)]
            pcm = speaker.in_room(speaker.say(text) + bytes(SAMPLE_RATE_HZ))  # half a second between
            parts.append(pcm)
            total += len(pcm)
            spoken_s[speakers[index % len(speakers)].name] += len(pcm) / 2 / SAMPLE_RATE_HZ
    return b"".join(parts), {name: round(s / 60, 1) for name, s in spoken_s.items()}


def measure(minutes: float) -> dict[str, Any]:
    config = Config()
    with ExitStack() as stack:
        engines = {m: stack.enter_context(closing(wake_engine(config, m))) for m in PHRASES}
        started = time.monotonic()
        fired = fires(config, engines)
        pcm, by_voice = talk(config, minutes)
        hours = len(pcm) / 2 / SAMPLE_RATE_HZ / 3600
        false = {model: detections(engine, pcm) for model, engine in engines.items()}
    return {
        "voices": list(next(iter(fired.values()))),
        "fires": fired,
        "voices_fired": {m: sum(n >= FIRES_WHEN for n in row.values()) for m, row in fired.items()},
        "talk_minutes_by_voice": by_voice,
        "talk_hours": round(hours, 3),
        "false_wakes_per_hour": {m: round(n / hours, 2) for m, n in false.items()},
        "seconds": round(time.monotonic() - started, 1),
    }


def table(report: dict[str, Any]) -> str:
    names = report["voices"]
    lines = [f"{'voice':<30}" + "".join(f"{m:>13}" for m in PHRASES)]
    for name in names:
        lines.append(f"{name:<30}" + "".join(f"{report['fires'][m][name]:>11}/5" for m in PHRASES))
    lines.append(
        f"{'voices fired (>= 4 of 5)':<30}"
        + "".join(f"{report['voices_fired'][m]:>10}/{len(names)}" for m in PHRASES)
    )
    lines.append(
        f"{'false wakes per hour':<30}" + "".join(f"{report['false_wakes_per_hour'][m]:>13}" for m in PHRASES)
    )
    lines.append(f"talk: {report['talk_hours']} h, minutes by voice {report['talk_minutes_by_voice']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--minutes", type=float, default=60.0, help="minutes of talk without a wake word")
    args = parser.parse_args()
    report = measure(args.minutes)
    print(json.dumps(report, indent=2) if args.json else table(report))


if __name__ == "__main__":
    main()
