"""Real people's voices: false wakes on real speech, real "yes"/"no" answering a held unlock, real "stop".

    .venv/bin/python -m tests.bench.real_voices [--json] [--parts wake,answers,stop]

The clips are ../shared/data/real-speech (its README): speech-commands (30 words by 10 speakers,
one second each) and other-wake-words (five wake words that are not ours, 80 speakers each).

wake: every built-in wake word listens alone, with its own cutoff and the daemon's 2 s refractory
time, to every clip fed as from the microphone (16 kHz, 10 ms frames), with a second of silence
before and after it so the model settles; the model is reset between clips (they are not run
concatenated). False wakes per hour of real speech count the clips' own length, not the silence.
The alexa model hearing a real "alexa" is no false wake: that is reported apart, as its hits.

answers: the daemon's pipeline (real Silero VAD, faster-whisper tiny.en as the daemon loads it,
with the test home's prompt, and its speculation) and its understanding (templates, guard) over
the test home: "Unlock the front door." (Piper, after a scripted wake frame) is asked back, then a
real clip is the answer, 0.8 s after the question, without the wake word. A "yes" is right when the
lock is unlocked; a "no" when the answer declines it ("Okay, I won't."); any clip that unlocks but
a "yes" is a FALSE YES. Each clip is also given as the answer to an automation's yes/no question
(`ask_question`, answers "yes" and "no"): right when it picks its word, false yes when another
word picks "yes".

stop: the daemon's StopWatch (real VAD, real Whisper on the speculator's thread, as
tests/bench/stop_words.py runs it) hears every clip between silences: a real "stop" should stop
the reply, any other clip stopping it is a false stop.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from edgeagent.audio.frames import BYTES_PER_FRAME, SAMPLE_RATE_HZ, Frame
from edgeagent.audio.sinks import NullSink
from edgeagent.audio.sources import RawStdinSource
from edgeagent.bench import machine
from edgeagent.bench.question import Wrapped
from edgeagent.catalog.vocabulary import HomePrompt
from edgeagent.config import Config
from edgeagent.engines import factory
from edgeagent.engines.fakes import WAKE_SAMPLE, FakeTts, FakeWake, wake_frames
from edgeagent.engines.stt.base import SttEngine, Transcript
from edgeagent.engines.vad.base import VadEngine
from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.intent.responder import ActingResponder
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.understand import Understanding
from edgeagent.mqtt.client import Publish
from edgeagent.pipeline import events
from edgeagent.pipeline.conversation import AnswerChoice, Question
from edgeagent.pipeline.events import Event, EventBus, EventLog
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineWiring
from edgeagent.pipeline.turn import Emit
from tests import home, speech
from tests.bench.stop_words import Watcher
from tests.bench.wake_voices import PHRASES, detections, wake_engine

SPEECH_COMMANDS = speech.REAL_SPEECH / "speech-commands"
OTHER_WAKE_WORDS = speech.REAL_SPEECH / "other-wake-words"
LOCK = "home/front/lock/set"
ASKED = "Unlock the Front door?"
DECLINED = "Okay, I won't."
QUESTION = Question(
    "real-voices", "Shall I close it?", (AnswerChoice("yes", ("yes",)), AnswerChoice("no", ("no",)))
)
_SECOND = bytes(2 * SAMPLE_RATE_HZ)


@dataclass(frozen=True)
class RealClip:
    set: str  # "speech-commands" or "other-wake-words"
    word: str
    path: Path

    @property
    def name(self) -> str:
        return f"{self.word}/{self.path.stem}"


def clips(folder: Path) -> list[RealClip]:
    return [
        RealClip(folder.name, word.name, path)
        for word in sorted(p for p in folder.iterdir() if p.is_dir())
        for path in sorted(word.glob("*.flac"))
    ]


def pcm_of(clip: RealClip) -> bytes:
    """16 kHz mono s16le (sox), whole frames."""
    pcm = speech.build(speech.Part("recorded", text=str(clip.path))).pcm
    return pcm[: len(pcm) - len(pcm) % BYTES_PER_FRAME]


# -- false wakes --


def false_wakes(config: Config, every: list[tuple[RealClip, bytes]]) -> dict[str, Any]:
    speech_s = sum(len(pcm) for _, pcm in every) / 2 / SAMPLE_RATE_HZ
    report: dict[str, Any] = {
        "clips": len(every),
        "speech_hours": round(speech_s / 3600, 4),
        "fed": "each clip alone between 1 s of silence, the model reset before each",
        "models": {},
    }
    for model in PHRASES:
        with closing(wake_engine(config, model)) as engine:
            woke: Counter[str] = Counter()
            hits: Counter[str] = Counter()
            for clip, pcm in every:
                fired = detections(engine, _SECOND + pcm + _SECOND)
                if fired and model == clip.word:  # the alexa model hearing a real "alexa"
                    hits[clip.word] += 1
                elif fired:
                    woke[f"{clip.set}/{clip.word}"] += fired
            own = [c for c, _ in every if c.word == model]
            hours = (speech_s - sum(len(p) for c, p in every if c.word == model) / 2 / SAMPLE_RATE_HZ) / 3600
            count = sum(woke.values())
            report["models"][model] = {
                "cutoff": engine.threshold,  # type: ignore[attr-defined]
                "false_wakes": count,
                "hours": round(hours, 4),
                "per_hour": round(count / hours, 2),
                "per_hour_95_upper": round(_poisson_upper(count) / hours, 2),
                "woken_by": dict(woke.most_common()),
                **({"heard_its_own_word": f"{sum(hits.values())}/{len(own)}"} if own else {}),
            }
    return report


def _poisson_upper(count: int) -> float:
    """The one-sided 95 % upper bound of a Poisson mean when `count` events were seen (0 -> 3.0)."""
    low, high = 0.0, 10.0 + 3 * count
    for _ in range(60):
        mean = (low + high) / 2
        term = total = math.exp(-mean)
        for k in range(1, count + 1):
            term *= mean / k
            total += term
        low, high = (mean, high) if total > 0.05 else (low, mean)
    return low


# -- answers to a held unlock and to an automation's question --


class _SilenceForWake:
    """The real VAD, deaf to the scripted wake frame (it is no speech)."""

    def __init__(self, vad: VadEngine) -> None:
        self._vad = vad

    def speech_probability(self, frame: bytes) -> float:
        if bool(np.all(np.frombuffer(frame, dtype="<i2") == WAKE_SAMPLE)):
            return 0.0
        return self._vad.speech_probability(frame)

    def reset(self) -> None:
        self._vad.reset()

    def close(self) -> None:
        """The real VAD is closed by its owner."""


class _Heard:
    """The real STT, remembering every transcript it gave."""

    def __init__(self, stt: SttEngine) -> None:
        self._stt = stt
        self.transcripts: list[Transcript] = []

    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        return self._kept(self._stt.transcribe(pcm, language, initial_prompt=initial_prompt))

    def transcribe_again(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        return self._kept(self._stt.transcribe_again(pcm, language, initial_prompt=initial_prompt))

    def transcribe_word(self, pcm: bytes, language: str) -> Transcript:
        return self._kept(self._stt.transcribe_word(pcm, language))

    def _kept(self, transcript: Transcript) -> Transcript:
        self.transcripts.append(transcript)
        return transcript

    def close(self) -> None:
        """The real STT is closed by its owner."""


class _Trusting(Wrapped):
    """The real responder, remembering what each sentence was heard as and whether it was trusted."""

    def __init__(self, real: ActingResponder) -> None:
        super().__init__(real)
        self.heard: list[tuple[str, bool]] = []

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: threading.Event | None = None,
        *,
        source: str = "voice",
        hearing: Hearing = CLEAR,
    ) -> str | Iterator[str]:
        self.heard.append((text, hearing.confirms))
        return self._inner.respond(text, turn, emit, cancel, source=source, hearing=hearing)


class Answering:
    """The daemon's pipeline with the real VAD and STT, the scripted wake frame and a silent voice."""

    def __init__(self, config: Config, stt: SttEngine, vad: VadEngine) -> None:
        from edgeagent import app

        self.config = config
        self.stt = _Heard(stt)
        self.vad = _SilenceForWake(vad)
        self.recognizer = TemplateRecognizer("en")
        self.settings = app.pipeline_settings(config)
        self.command = speech.build(speech.piper("Unlock the front door.")).pcm
        self.silence_ms = 800  # after the question, before the answer

    def _run(self, audio: bytes, question: Question | None) -> tuple[list[Event], list[Publish], _Trusting]:
        catalog = home.catalog()
        sent: list[Publish] = []
        responder = _Trusting(
            ActingResponder(Understanding(self.recognizer, catalog), lambda m, _turn: sent.append(m))
        )
        log, bus = EventLog(), EventBus()
        bus.subscribe(log)
        engines = Engines(FakeWake(), self.vad, self.stt, FakeTts())  # type: ignore[arg-type]
        prompt = HomePrompt(catalog, self.config.stt.initial_prompt, self.config.stt.language)
        pipeline = Pipeline(engines, responder, bus, self.settings, wiring=PipelineWiring(stt_prompt=prompt))
        if question is not None:
            pipeline.ask_question(question)
        try:
            pipeline.run(RawStdinSource(io.BytesIO(audio), paced=False), NullSink(), threading.Event())
        finally:
            bus.close()
        return log.events, sent, responder

    def held_unlock(self, answer: bytes) -> dict[str, Any]:
        """The clip answering "Unlock the Front door?"."""
        self.vad.reset()
        self.stt.transcripts.clear()
        gap = bytes(self.silence_ms * 32)
        audio = (
            wake_frames()
            + bytes(9600)
            + self.command
            + bytes(self.settings.listener.segmenter.end_silence_ms * 32)
        )
        audio += gap + answer + bytes(3 * 2 * SAMPLE_RATE_HZ)
        found, sent, responder = self._run(audio, None)
        replies = [str(e.fields["text"]) for e in found if e.event == events.RESPONSE]
        heard = responder.heard[1:]
        return {
            "asked": bool(replies) and replies[0] == ASKED,
            "heard": heard[0][0] if heard else None,
            "trusted": heard[0][1] if heard else None,
            "log_prob": round(self.stt.transcripts[-1].log_prob, 2)
            if heard and self.stt.transcripts
            else None,
            "reply": replies[1] if len(replies) > 1 else None,
            "unlocked": any(p.topic == LOCK and p.payload == "UNLOCK" for p in sent),
        }

    def automation_question(self, answer: bytes) -> dict[str, Any]:
        """The clip answering an automation's yes/no question."""
        self.vad.reset()
        found, _, _ = self._run(
            bytes(self.silence_ms * 32) + answer + bytes(2 * 2 * SAMPLE_RATE_HZ), QUESTION
        )
        answered = next((e for e in found if e.event == events.ANSWER), None)
        fields = answered.fields if answered is not None else {}
        return {"heard": fields.get("text"), "answer": fields.get("answer")}


def answers(answering: Answering, every: list[tuple[RealClip, bytes]]) -> dict[str, Any]:
    rows = []
    for clip, pcm in every:
        held = answering.held_unlock(pcm)
        asked = answering.automation_question(pcm)
        rows.append({"clip": clip.name, "word": clip.word, "held": held, "question": asked})
    return {"rows": rows, **answer_figures(rows)}


def answer_figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    valid = [r for r in rows if r["held"]["asked"]]
    figures: dict[str, Any] = {"not_asked": [r["clip"] for r in rows if not r["held"]["asked"]]}
    for kind in ("held", "question"):
        yes = [r for r in valid if r["word"] == "yes"]
        no = [r for r in valid if r["word"] == "no"]
        if kind == "held":
            yes_right = [r for r in yes if r["held"]["unlocked"]]
            no_right = [r for r in no if r["held"]["reply"] == DECLINED and not r["held"]["unlocked"]]
            false_yes = [r for r in valid if r["word"] != "yes" and r["held"]["unlocked"]]
        else:
            yes_right = [r for r in yes if r["question"]["answer"] == "yes"]
            no_right = [r for r in no if r["question"]["answer"] == "no"]
            false_yes = [r for r in valid if r["word"] != "yes" and r["question"]["answer"] == "yes"]
        right = len(yes_right) + len(no_right)
        figures[kind] = {
            "yes_right": f"{len(yes_right)}/{len(yes)}",
            "no_right": f"{len(no_right)}/{len(no)}",
            "right_pct": round(100 * right / max(1, len(yes) + len(no)), 1),
            "missed": [
                f"{r['clip']} -> {r[kind]['heard']!r}"
                for r in yes + no
                if r not in yes_right and r not in no_right
            ],
            "false_yes": [f"{r['clip']} -> {r[kind]['heard']!r}" for r in false_yes],
            "other_words": len(valid) - len(yes) - len(no),
        }
    return figures


# -- stop by voice --


def stop_words(watcher: Watcher, every: list[tuple[RealClip, bytes]]) -> dict[str, Any]:
    stopped: dict[str, bool] = {}
    for clip, pcm in every:
        stopped[clip.name] = _stops(watcher, bytes(16000) + pcm + bytes(32000))
    stops = [c for c, _ in every if c.word == "stop"]
    others = [c for c, _ in every if c.word != "stop"]
    heard = [c for c in stops if stopped[c.name]]
    false = [c for c in others if stopped[c.name]]
    return {
        "stop_heard": f"{len(heard)}/{len(stops)}",
        "stop_pct": round(100 * len(heard) / max(1, len(stops)), 1),
        "stop_missed": [c.name for c in stops if c not in heard],
        "others": len(others),
        "false_stops": [f"{c.set}/{c.name}" for c in false],
    }


def _stops(watcher: Watcher, pcm: bytes) -> bool:
    """Did the clip stop the turn? Fed unpaced, then silence until every transcription is back."""
    stopped = any(stop for _, stop in watcher.frames(pcm, paced=False))
    deadline = time.monotonic() + 30
    while not stopped and watcher.watch.checking and time.monotonic() < deadline:
        time.sleep(0.02)
        stopped = watcher.watch.process(_silent_frame(), False) is not None
    return stopped or watcher.watch.process(_silent_frame(), False) is not None


def _silent_frame() -> Frame:
    return Frame(bytes(BYTES_PER_FRAME), 0)


# -- the report --


def measure(parts: set[str]) -> dict[str, Any]:
    config = Config()
    started = time.monotonic()
    commands = [(c, pcm_of(c)) for c in clips(SPEECH_COMMANDS)]
    wake_words = [(c, pcm_of(c)) for c in clips(OTHER_WAKE_WORDS)]
    report: dict[str, Any] = {"machine": machine.describe()}
    if "wake" in parts:
        report["wake"] = false_wakes(config, commands + wake_words)
    if parts & {"answers", "stop"}:
        stt, vad = factory.build_stt(config), factory.build_vad(config)
        try:
            if "answers" in parts:
                report["answers"] = answers(Answering(config, stt, vad), commands)
            if "stop" in parts:
                watcher = Watcher(stt, vad, config)
                try:
                    report["stop"] = stop_words(watcher, commands + wake_words)
                finally:
                    watcher.close()
        finally:
            stt.close()
            vad.close()
    report["seconds"] = round(time.monotonic() - started, 1)
    return report


def summary(report: dict[str, Any]) -> str:
    lines = [f"machine: {json.dumps(report['machine'])}"]
    if "wake" in report:
        wake = report["wake"]
        lines.append(
            f"false wakes: {wake['clips']} real clips, {wake['speech_hours']} h of speech ({wake['fed']})"
        )
        for model, row in wake["models"].items():
            own = f", its own word heard {row['heard_its_own_word']}" if "heard_its_own_word" in row else ""
            lines.append(
                f"  {model:<12} cutoff {row['cutoff']:.2f}: {row['false_wakes']} in {row['hours']} h ="
                f" {row['per_hour']}/h (95 % upper {row['per_hour_95_upper']}/h){own}; woken by"
                f" {row['woken_by']}"
            )
    if "answers" in report:
        found = report["answers"]
        for kind, title in (("held", "held unlock"), ("question", "automation's question")):
            row = found[kind]
            lines.append(
                f"{title}: yes {row['yes_right']}, no {row['no_right']}, right {row['right_pct']} %,"
                f" false yes {len(row['false_yes'])} (of {row['other_words']} other words too)"
            )
            lines.append(f"  missed: {row['missed']}")
            lines.append(f"  false yes: {row['false_yes']}")
        if found["not_asked"]:
            lines.append(f"  the unlock was not asked back (trial void): {found['not_asked']}")
    if "stop" in report:
        stop = report["stop"]
        lines.append(
            f"stop: {stop['stop_heard']} real 'stop' ({stop['stop_pct']} %), missed {stop['stop_missed']};"
            f" false stops {len(stop['false_stops'])} of {stop['others']}: {stop['false_stops']}"
        )
    lines.append(f"{report['seconds']} s")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--parts", default="wake,answers,stop", help="any of wake, answers, stop")
    args = parser.parse_args()
    report = measure(set(args.parts.split(",")))
    print(json.dumps(report, indent=2) if args.json else summary(report))


if __name__ == "__main__":
    main()
