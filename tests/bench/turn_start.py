"""Is the whole command heard, however soon or late after the wake word, loud or quiet?

    .venv/bin/python -m tests.bench.turn_start [--quick] [--json]

Each clip: "okay nabu" (at -25 dBFS), a pause of 0 to 1500 ms, a command at -20 to -45 dBFS
(the RMS of its voiced part; -45 dBFS is a normal far-field voice), then silence, over a quiet
room's noise (-62 dBFS). The real wake word, VAD and Whisper (tiny.en) hear it through the
listener, fed frame by frame (not paced in real time: the cut does not depend on pace).

A command is **heard whole** when the transcript of the turn holds every word that Whisper hears
in the command alone (a word Whisper mishears in the clean clip too is Whisper's, not the cut's), or
every word that was said (the turn may hear better than the clip alone: en-gb's "turn on the lamp"
is "in number one still" alone and "turn on the lamp" in the turn). The cut ones are then split by
what went: **words lost at the start** (the turn began late: a first word of the alone hearing or of
the sentence is missing) apart from **misheard** (all the edges there, a word inside heard otherwise:
"my kitchen light", "the land").
Counted apart: the wake word not detected at all (the wake model's miss, not the turn's).

Voices: Piper's joe and four espeak-ng voices saying commands, and real people (the speech-commands
recordings in ../shared/data/real-speech/: each clip a second, the word somewhere inside it)
saying one-word answers and commands. `--early` adds the case that lost real commands: the wake
word detected before its last syllable ended (scripted detection at 70 % of "okay nabu").
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from edgeagent.audio.frames import Frame, float_to_pcm16, pcm16_to_float
from edgeagent.bench.machine import describe as machine
from edgeagent.config import Config
from edgeagent.engines import factory
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.vad.base import VadEngine
from edgeagent.engines.wake.base import Detection, WakeEngine
from edgeagent.pipeline.events import EventBus
from edgeagent.pipeline.listener import Listener, ListenerSettings, TurnIds, Utterance
from edgeagent.pipeline.segmenter import SegmenterSettings
from tests import speech

WAKE = "okay nabu"
WAKE_DBFS = -25.0
NOISE_DBFS = -62.0
PAUSES_MS = (0, 100, 200, 300, 600, 1000, 1500)
LEVELS_DBFS = (-20.0, -30.0, -45.0)
VOICES = (("piper", 0), ("en-us", 150), ("en-gb", 170), ("en-us+m3", 170), ("en-029", 170))
COMMANDS = (
    "turn on the lamp",
    "what time is it",
    "switch off the kitchen light",
    "set the heating to twenty degrees",
    "lights off",
)
REAL_WORDS = ("yes", "no", "stop", "on", "off")
_TRAILING_MS = 2500


@dataclass(frozen=True)
class Said:
    voice: str
    text: str
    pause_ms: int
    level_dbfs: float
    wake: bytes  # the wake word, cut 20 ms after its voiced end
    command: bytes  # the command's own clip, at its level


@dataclass(frozen=True)
class Heard:
    said: Said
    alone: str  # Whisper's hearing of the command alone
    transcript: str | None  # None: the wake word was not detected

    @property
    def expected(self) -> frozenset[str]:
        """The words Whisper hears in the command alone."""
        return words(self.alone)

    @property
    def whole(self) -> bool:
        if self.transcript is None:
            return False
        heard = words(self.transcript)
        return self.expected <= heard or words(self.said.text) <= heard

    @property
    def lost_start(self) -> bool:
        """The turn's hearing lacks the first word both of what was said and of the clip heard alone."""
        if self.transcript is None or self.whole:
            return False
        heard = words(self.transcript)
        return _first(self.said.text) not in heard and _first(self.alone) not in heard


def words(text: str) -> frozenset[str]:
    return frozenset(_word_list(text))


def _first(text: str) -> str:
    return next(iter(_word_list(text)), "")


def _word_list(text: str) -> list[str]:
    return re.sub(r"[^\w ]", " ", text.lower()).split()


def at_level(pcm: bytes, dbfs: float) -> bytes:
    """`pcm` scaled so that its voiced part (10 ms frames within 30 dB of the loudest) has this RMS."""
    signal = pcm16_to_float(pcm)
    frames = signal[: len(signal) // 160 * 160].reshape(-1, 160)
    power = (frames**2).mean(axis=1)
    voiced = power[power > power.max() * 1e-3]
    gain = 10 ** (dbfs / 20) / np.sqrt(voiced.mean())
    return float_to_pcm16(np.clip(signal * gain, -1, 1).astype(np.float32))


def with_room_noise(pcm: bytes, seed: int) -> bytes:
    signal = pcm16_to_float(pcm)
    noise = np.random.default_rng(seed).standard_normal(len(signal)) * 10 ** (NOISE_DBFS / 20)
    return float_to_pcm16(np.clip(signal + noise, -1, 1).astype(np.float32))


def voiced(part: speech.Part) -> bytes:
    """A part's voiced span (and 20 ms after it), without the silence a synthesizer puts around it."""
    clip = speech.build(part)
    start, end = clip.voiced_span(part.text)
    return clip.pcm[start * 32 : (end + 20) * 32]


def _part(voice: str, rate: int, text: str) -> speech.Part:
    return speech.piper(text) if voice == "piper" else speech.espeak(text, voice, rate)


def synthesized(quick: bool) -> Iterator[Said]:
    voices = VOICES[:3] if quick else VOICES
    for voice, rate in voices:
        wake = at_level(voiced(_part(voice, rate, WAKE)), WAKE_DBFS)
        for text in COMMANDS[:3] if quick else COMMANDS:
            command = voiced(_part(voice, rate, text))
            for pause_ms in PAUSES_MS:
                for level in LEVELS_DBFS:
                    yield Said(f"{voice}@{rate}", text, pause_ms, level, wake, at_level(command, level))


def recorded(quick: bool) -> Iterator[Said]:
    """Real people's words (each clip a second: the word somewhere inside, as a person starts late)."""
    wake = at_level(voiced(speech.piper(WAKE)), WAKE_DBFS)
    for word in REAL_WORDS[:3] if quick else REAL_WORDS:
        for index in range(10):
            clip = speech.build(speech.recorded(word, index)).pcm
            for pause_ms in (0, 300, 1000):
                for level in (-30.0, -45.0):
                    yield Said(f"real {word} #{index}", word, pause_ms, level, wake, at_level(clip, level))


class EarlyWake:
    """A wake engine that detects at a set frame (the wake word heard before it ended); the rest of
    the real wake engine's interface as it is."""

    def __init__(self, at_frame: int) -> None:
        self._at_frame, self._frame = at_frame, 0

    def process(self, frame: bytes) -> Detection | None:
        self._frame += 1
        return Detection("okay_nabu", 0.9) if self._frame == self._at_frame else None

    def reset(self) -> None:
        pass

    def set_threshold(self, threshold: float) -> None:
        pass

    def close(self) -> None:
        pass


class Ear:
    def __init__(self, config: Config) -> None:
        self.wake, self.vad, self.stt = (
            factory.build_wake(config),
            factory.build_vad(config),
            factory.build_stt(config),
        )
        vad = config.vad
        self.settings = ListenerSettings(
            vad_threshold=vad.threshold,
            preroll_ms=config.audio.preroll_ms,
            segmenter=SegmenterSettings(
                speech_start_ms=vad.speech_start_ms,
                end_silence_ms=vad.end_silence_ms,
                no_speech_timeout_ms=vad.no_speech_timeout_ms,
            ),
        )

    def hear(self, said: Said, *, early: bool = False) -> Heard:
        alone = self.stt.transcribe(said.command, "en").text
        pcm = with_room_noise(
            said.wake + bytes(said.pause_ms * 32) + said.command + bytes(_TRAILING_MS * 32), 7
        )
        wake: WakeEngine = EarlyWake(int(len(said.wake) / 320 * 0.7)) if early else self.wake
        utterances = listen(wake, self.vad, self.settings, pcm)
        transcript = self.stt.transcribe(utterances[0].pcm, "en").text if utterances else None
        return Heard(said, alone, transcript)

    def close(self) -> None:
        for engine in (self.wake, self.vad, self.stt):
            engine.close()


def listen(
    wake: WakeEngine, vad: VadEngine, settings: ListenerSettings, pcm: bytes, *, chime_ms: int = 0
) -> list[Utterance]:
    """The utterances the listener hands over for `pcm`, fed frame by frame (`chime_ms`: the listening
    chime's length after a wake word)."""
    handed: list[object] = []
    wake.reset()
    vad.reset()
    listener = Listener(wake, vad, settings, EventBus(), handed.append, TurnIds(), chime_ms=chime_ms)
    for index in range(len(pcm) // 320):
        listener.process(Frame(pcm[index * 320 : (index + 1) * 320], index))
    listener.finish()
    return [item for item in handed if isinstance(item, Utterance)]


def report(name: str, heard: list[Heard], stt: SttEngine | None = None) -> dict[str, object]:
    woken = [h for h in heard if h.transcript is not None]
    whole = sum(h.whole for h in woken)
    lost = sum(h.lost_start for h in woken)
    by_pause = Counter(h.said.pause_ms for h in woken if not h.whole)
    by_level = Counter(h.said.level_dbfs for h in woken if not h.whole)
    print(f"\n{name}: {whole}/{len(woken)} heard whole ({100 * whole / max(1, len(woken)):.1f} %);")
    print(f"  not whole: {lost} lost their start, {len(woken) - whole - lost} misheard inside")
    print(f"  wake word not detected: {len(heard) - len(woken)} of {len(heard)}")
    print(f"  cut, by pause: {dict(sorted(by_pause.items()))}; by level: {dict(sorted(by_level.items()))}")
    for h in woken:
        if not h.whole:
            print(
                f"  {'START LOST' if h.lost_start else 'misheard'}: {h.said.voice} {h.said.pause_ms} ms"
                f" {h.said.level_dbfs} dBFS '{h.said.text}' -> {h.transcript!r} (alone: {h.alone!r})"
            )
    return {"name": name, "whole": whole, "lost_start": lost, "woken": len(woken), "said": len(heard)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer voices, commands and words")
    parser.add_argument("--early", action="store_true", help="also a detection before the wake word ended")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    ear = Ear(Config())
    try:
        rows = [report("synthesized voices", [ear.hear(s) for s in synthesized(args.quick)])]
        rows.append(report("real people's words", [ear.hear(s) for s in recorded(args.quick)]))
        if args.early:
            early = [ear.hear(s, early=True) for s in synthesized(True) if s.pause_ms >= 100]
            rows.append(report("wake word detected early", early))
    finally:
        ear.close()
    print(f"\nmachine: {machine()}")
    if args.json:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
