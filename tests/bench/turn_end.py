"""Smart Turn v3.2, the end-of-turn model: what one call costs, and what it hears.

    .venv/bin/python -m tests.bench.turn_end [--quick] [--json]

Cost: milliseconds per `finished()` call (features and model), median and p90 of the wall time and
the median CPU time (all threads together), for utterances of 2, 4 and 8 s, at 1 and 2 onnxruntime
threads, with the process on one core (pinned to the first CPU) and on two. The model always reads
8 s (a shorter utterance has silence put before it), so the length should not matter; the figures
show whether it does. The machine is shared with other jobs: timings are noisy.

Hearing: each voice (Piper's joe and three espeak-ng voices) says commands and questions; each is
judged on 500 ms of a quiet room (-60 dBFS), its voiced part and 200 ms of room after it, as the
model would be asked once the VAD has heard 200 ms of silence. Kinds:
- complete: the whole sentence ("Turn off the kitchen light.");
- said alone: its first words synthesized on their own ("Turn off the");
- cut off: the whole sentence's audio cut where those first words end (at the quietest 10 ms near
  the length they have said alone), as a person who stops mid-sentence;
- trailing off: the first words and a hesitation ("Turn off the, um");
- real: real people's single words (speech-commands, ../shared/data/real-speech), each a complete turn.
A complete sentence or a real word is heard right above 0.5; the other kinds at or below it. Then the
share judged complete as the silence after the words grows, for the complete and the trailing-off kinds.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from edgeagent.bench.machine import describe as machine
from edgeagent.config import Config
from edgeagent.engines.turn import features
from edgeagent.engines.turn.smart_turn import COMPLETE_ABOVE, SmartTurn, SmartTurnSettings, last_window
from tests import speech
from tests.bench.turn_start import voiced

VOICES = (("piper", 0), ("en-us", 150), ("en-gb", 170), ("en-us+m3", 170))
SENTENCES = (  # a complete command or question, and the words a person may stop after
    ("Turn off the kitchen light.", "Turn off the"),
    ("What time is it?", "What time"),
    ("Set the heating to twenty degrees.", "Set the heating to"),
    ("Turn on the lights in the living room.", "Turn on the lights in the"),
    ("Open the garage door.", "Open the"),
    ("What's the weather like tomorrow?", "What's the weather like"),
)
REAL_WORDS = ("yes", "no", "stop", "on", "off")
ROOM_DBFS = -60.0
BEFORE_MS = 500
AFTER_MS = 200  # the silence the VAD has heard when the model is asked
AFTER_SWEEP_MS = (0, 200, 500, 1000)
WINDOWS_SECONDS = (2, 4, 8)
CALLS = 30


def part(voice: str, rate: int, text: str) -> speech.Part:
    return speech.piper(text) if voice == "piper" else speech.espeak(text, voice, rate)


def in_room(words: bytes, after_ms: int = AFTER_MS) -> bytes:
    """Words between stretches of a quiet room: BEFORE_MS before, `after_ms` after."""
    after = speech.build(speech.noise(after_ms, ROOM_DBFS, seed=8)).pcm if after_ms else b""
    return speech.build(speech.noise(BEFORE_MS, ROOM_DBFS)).pcm + words + after


def cut_off(whole: bytes, said_alone: bytes) -> bytes:
    """`whole` cut at its quietest 10 ms within 150 ms before to 50 ms after the length `said_alone`
    has: where the first words end inside the sentence (a synthesizer draws a sentence's last word out)."""
    signal = np.frombuffer(whole, dtype="<i2").astype(np.float32)
    energy = (signal[: len(signal) // 160 * 160].reshape(-1, 160) ** 2).mean(axis=1)
    guess = len(said_alone) // 320
    low, high = max(1, guess - 15), min(len(energy) - 1, guess + 5)
    return whole[: (low + int(np.argmin(energy[low:high]))) * 320]


def kinds(voice: str, rate: int) -> Iterator[tuple[str, str, bytes]]:
    """(kind, text, voiced audio) for each sentence said by one voice."""
    for whole_text, start_text in SENTENCES:
        whole = voiced(part(voice, rate, whole_text))
        alone = voiced(part(voice, rate, start_text))
        yield "complete", whole_text, whole
        yield "said alone", start_text, alone
        yield "cut off", start_text, cut_off(whole, alone)
        yield "trailing off", f"{start_text}, um", voiced(part(voice, rate, f"{start_text}, um"))


def real_words() -> Iterator[tuple[str, bytes]]:
    for word in REAL_WORDS:
        for index in range(10):
            yield f"{word} #{index}", voiced(speech.recorded(word, index))


def hearing(engine: SmartTurn) -> dict[str, object]:
    """Share heard right per kind and voice, and every probability."""
    rows = [
        {"voice": f"{voice}@{rate}", "kind": kind, "text": text, "p": engine.finished(in_room(words))}
        for voice, rate in VOICES
        for kind, text, words in kinds(voice, rate)
    ]
    rows += [
        {"voice": "real", "kind": "real", "text": t, "p": engine.finished(in_room(w))}
        for t, w in real_words()
    ]
    right = {
        kind: _right(rows, kind) for kind in ("complete", "said alone", "cut off", "trailing off", "real")
    }
    by_voice = {
        f"{voice}@{rate}": {kind: _right(rows, kind, f"{voice}@{rate}") for kind in right if kind != "real"}
        for voice, rate in VOICES
    }
    return {"right": right, "right_by_voice": by_voice, "rows": rows}


def _right(rows: list[dict[str, object]], kind: str, voice: str = "") -> str:
    chosen = [r for r in rows if r["kind"] == kind and voice in str(r["voice"])]
    complete = kind in ("complete", "real")
    right = sum((float(str(r["p"])) > COMPLETE_ABOVE) == complete for r in chosen)
    return f"{right}/{len(chosen)}"


def silence_sweep(engine: SmartTurn) -> dict[str, dict[int, str]]:
    """Share judged complete per silence after the words, for complete sentences and trailing-off ones."""
    said = [(kind, words) for voice, rate in VOICES for kind, _, words in kinds(voice, rate)]
    table: dict[str, dict[int, str]] = {}
    for kind in ("complete", "trailing off"):
        chosen = [words for k, words in said if k == kind]
        table[kind] = {
            after: f"{sum(engine.finished(in_room(w, after)) > COMPLETE_ABOVE for w in chosen)}/{len(chosen)}"
            for after in AFTER_SWEEP_MS
        }
    return table


def cost(model: Path, calls: int) -> dict[str, object]:
    """ms per call, median and p90, per (cores, threads) and utterance length."""
    pcm = in_room(voiced(speech.piper("Set the heating to twenty degrees in the living room, please.")))
    available = sorted(os.sched_getaffinity(0))
    table: dict[str, object] = {}
    try:
        for cores in sorted({1, min(2, len(available))}):
            os.sched_setaffinity(0, available[:cores])  # before the session: its threads inherit it
            for threads in (1, 2):
                engine = SmartTurn(model, SmartTurnSettings(threads=threads))
                for seconds in WINDOWS_SECONDS:
                    utterance = (pcm * (seconds * 32000 // len(pcm) + 1))[: seconds * 32000]
                    table[f"{cores} core(s), {threads} thread(s), {seconds} s"] = _timed(
                        lambda u=utterance, e=engine: e.finished(u), calls
                    )
                engine.close()
        window = last_window(np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768)
        table["features alone (last core setting)"] = _timed(lambda: features.log_mel(window), calls)
    finally:
        os.sched_setaffinity(0, available)
    return table


def _timed(call: Callable[[], object], calls: int) -> dict[str, float]:
    """Wall time per call, and the CPU time of all the process's threads (less swayed by other jobs)."""
    call()  # the first call allocates
    wall, cpu = [], []
    for _ in range(calls):
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return {
        "median_ms": round(float(np.median(wall)), 1),
        "p90_ms": round(float(np.percentile(wall, 90)), 1),
        "cpu_median_ms": round(float(np.median(cpu)), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer timed calls")
    parser.add_argument("--json", action="store_true", help="every probability too")
    args = parser.parse_args()
    from edgeagent.engines.turn.smart_turn import model_path

    model = model_path(Path(Config().models.cache_dir).expanduser())
    result: dict[str, object] = {"machine": machine(), "cost": cost(model, 10 if args.quick else CALLS)}
    engine = SmartTurn(model)
    result["hearing"] = hearing(engine)
    result["complete_by_silence_after_ms"] = silence_sweep(engine)
    engine.close()
    if not args.json:
        hearing_result = result["hearing"]
        assert isinstance(hearing_result, dict)
        hearing_result.pop("rows")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
