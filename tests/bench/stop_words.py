"""Stop by voice: how soon "stop", "cancel", "be quiet" stop a reply, and how often the assistant's
own voice, coming back from its speaker, stops it (or wakes it) by mistake.

    .venv/bin/python -m tests.bench.stop_words [--json] [--minutes 10]

Latency: every voice of `edgeagent.bench.voices.VOICE_SET` says each stop phrase between
silences; the frames go to the daemon's StopWatch (real Silero VAD, real Whisper on the
speculator's thread) at the microphone's pace, and the latency is the stream time from the
end of the word's loud audio to the frame at which the stop was decided.
False stops: the daemon's own voice (Piper, as configured) reads long answers and prose for
`--minutes` of audio, fed as fast as it is processed, with every burst transcribed; each stop
is a false stop. The wake word (okay_nabu) listens to the same audio: each detection is a
false wake the wake word alone would have caused while the assistant spoke. There is no echo
cancellation here: the speaker's sound is fed to the microphone untouched.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import numpy as np

from edgeagent.audio.frames import BYTES_PER_FRAME, FRAME_MS, Frame
from edgeagent.bench import figures, voices
from edgeagent.config import Config
from edgeagent.engines import factory
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.vad.base import VadEngine
from edgeagent.pipeline.speculate import Speculator
from edgeagent.pipeline.stop_words import StopWatch
from tests.bench.wake_voices import detections, wake_engine

PHRASES = ("Stop.", "Cancel.", "Be quiet.", "Stop it.")
_LOUD = 1000  # a 10 ms frame with a sample above this is the word
_PROSE = (
    Path("/usr/share/common-licenses/GPL-3"),
    Path("/usr/share/common-licenses/Apache-2.0"),
    Path("/usr/share/common-licenses/MPL-2.0"),
)
_ANSWERS = (
    "The capital of France is Paris. It has been the capital for more than a thousand years.",
    "Sure. Stir the sauce for two minutes, then stop the heat and let it rest before serving.",
    "Okay, here is a story. Once upon a time a small dragon lived in a cave by the sea.",
    "I can turn lights on and off, set timers, tell you the time and answer questions.",
    "Cancel culture is a phrase people use for withdrawing support from public figures.",
)


def word_end_ms(pcm: bytes, start_ms: int) -> int:
    samples = np.abs(np.frombuffer(pcm, dtype="<i2").astype(np.int32))
    frames = samples[: len(samples) - len(samples) % 160].reshape(-1, 160).max(axis=1)
    loud = np.flatnonzero(frames > _LOUD)
    return start_ms + int(loud[-1] + 1) * FRAME_MS


class Watcher:
    """A StopWatch with the real VAD and the real speculator thread, as the listener runs it."""

    def __init__(self, stt: SttEngine, vad: VadEngine, config: Config) -> None:
        self.speculator = Speculator(
            stt, language=config.stt.language, prompt=lambda: "", is_complete=lambda _t: False
        )
        self._thread = threading.Thread(target=self.speculator.run, daemon=True)
        self._thread.start()
        self.vad = vad
        self.threshold = config.vad.threshold
        self.watch = StopWatch(
            lambda pcm: self.speculator.submit(pcm, word=True), recheck=self.speculator.submit
        )

    def frames(self, pcm: bytes, *, paced: bool) -> Iterator[tuple[int, bool]]:
        """(stream ms, stop decided at this frame) for each frame of `pcm`."""
        self.watch.reset()
        self.vad.reset()
        started = time.monotonic()
        for index in range(len(pcm) // BYTES_PER_FRAME):
            if paced:
                time.sleep(max(0.0, started + index * FRAME_MS / 1000 - time.monotonic()))
            frame = Frame(pcm[index * BYTES_PER_FRAME : (index + 1) * BYTES_PER_FRAME], index)
            speech = self.vad.speech_probability(frame.pcm) >= self.threshold
            yield frame.t_ms, self.watch.process(frame, speech) is not None

    def close(self) -> None:
        self.speculator.close()
        self._thread.join(5)


def latency(watcher: Watcher, speaker: voices.Speaker) -> dict[str, Any]:
    by_phrase: dict[str, float | None] = {}
    for phrase in PHRASES:
        said = speaker.say(phrase)
        pcm = speaker.in_room(bytes(16000) + said + bytes(32000))
        end = word_end_ms(said, 500)
        stopped = next((t for t, stop in watcher.frames(pcm, paced=True) if stop), None)
        by_phrase[phrase] = None if stopped is None else stopped - end
    heard = [ms for ms in by_phrase.values() if ms is not None]
    return {"by_phrase": by_phrase, "heard": len(heard), "of": len(PHRASES), **figures.summary(heard)}


def own_speech(config: Config, minutes: float) -> bytes:
    """The daemon's own voice reading answers and prose, for `minutes` of audio."""
    texts = list(_ANSWERS) + [
        line.strip() for path in _PROSE if path.exists() for line in path.read_text().split("\n\n")
    ]
    pcm, wanted = b"", int(minutes * 60 * 32000)
    with voices.speaking(voices.PROJECT, config) as speaker:
        for text in texts:
            if len(pcm) >= wanted:
                break
            if text:
                pcm += speaker.say(" ".join(text.split())[:400]) + bytes(6400)
    return pcm


def false_triggers(watcher: Watcher, config: Config, minutes: float) -> dict[str, Any]:
    pcm = own_speech(config, minutes)
    stops = sum(stop for _, stop in watcher.frames(pcm, paced=False))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and watcher.watch.checking:
        time.sleep(0.1)
    stops += sum(stop for _, stop in watcher.frames(bytes(BYTES_PER_FRAME), paced=False))
    with closing(wake_engine(config, "okay_nabu")) as wake:
        wakes = detections(wake, pcm)
    hours = len(pcm) / 32000 / 3600
    return {
        "minutes": round(hours * 60, 1),
        "false_stops": stops,
        "false_wakes": wakes,
        "per_hour": {"stops": round(stops / hours, 1), "wakes": round(wakes / hours, 1)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    config = Config()
    stt, vad = factory.build_stt(config), factory.build_vad(config)
    watcher = Watcher(stt, vad, config)
    result: dict[str, Any] = {"voices": {}}
    for voice in voices.available(voices.VOICE_SET):
        with voices.speaking(voice, config) as speaker:
            result["voices"][voice.name] = latency(watcher, speaker)
        if not args.json:
            row = result["voices"][voice.name]
            print(
                f"{voice.name:28} {row['heard']}/{row['of']}  median {row['median']} ms  {row['by_phrase']}"
            )
    result["own_speech"] = false_triggers(watcher, config, args.minutes)
    watcher.close()
    print(json.dumps(result, indent=2) if args.json else f"own speech: {result['own_speech']}")


if __name__ == "__main__":
    main()
