"""Stop by voice as pure logic: short bursts are checked, sentences are not, only a stop phrase stops."""

from __future__ import annotations

import pytest

from edgeagent.audio.frames import BYTES_PER_FRAME, Frame
from edgeagent.engines.stt.base import Transcript
from edgeagent.pipeline.speculate import Speculation
from edgeagent.pipeline.stop_words import Heard, StopWatch, is_stop


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("Stop!", True),
        ("Stop.", True),
        ("Be quiet.", True),
        ("Okay, stop.", True),
        ("Cancel that", True),
        ("That's enough.", True),
        ("Don't stop.", False),
        ("stop the vacuum", False),
        ("bus stop", False),
        ("", False),
    ],
)
def test_only_a_stop_phrase_is_a_stop(text: str, stop: bool) -> None:
    assert is_stop(text) is stop


class Checks:
    """Stands in for the speculator: remembers each burst, answers with the next scripted transcript."""

    def __init__(self, *texts: str) -> None:
        self.texts = list(texts)
        self.bursts_ms: list[int] = []
        self.pending: list[Speculation] = []

    def __call__(self, pcm: bytes) -> Speculation:
        self.bursts_ms.append(len(pcm) // BYTES_PER_FRAME * 10)
        speculation = Speculation(pcm)
        self.pending.append(speculation)
        return speculation

    def answer(self) -> None:
        for speculation in self.pending:
            speculation.finish(Transcript(self.texts.pop(0), "en"), False, None)
        self.pending.clear()


def feed(watch: StopWatch, pattern: list[tuple[bool, int]], start_ms: int = 0) -> list[Heard]:
    heard, index = [], start_ms // 10
    for speech, ms in pattern:
        for _ in range(ms // 10):
            if (found := watch.process(Frame(bytes(BYTES_PER_FRAME), index), speech)) is not None:
                heard.append(found)
            index += 1
    return heard


def test_a_short_burst_is_checked_after_a_short_silence_and_a_stop_phrase_is_heard() -> None:
    checks = Checks("Stop.")
    watch = StopWatch(checks)
    feed(watch, [(False, 300), (True, 400), (False, 50)])
    assert checks.bursts_ms == [250 + 400 + 50]  # onset pre-roll, the word, the pause that ended it
    checks.answer()
    [heard] = feed(watch, [(False, 10)], start_ms=750)
    assert heard == Heard("Stop.", 700)


def test_more_words_drop_the_transcription_and_the_longer_burst_is_checked() -> None:
    checks = Checks("Be", "Be quiet.")
    watch = StopWatch(checks)
    feed(watch, [(True, 200), (False, 80)])
    first = checks.pending[0]
    feed(watch, [(True, 300), (False, 50)])
    assert first.cancelled and checks.bursts_ms == [200 + 50, 200 + 80 + 300 + 50]  # nothing before it
    checks.answer()
    assert [h.text for h in feed(watch, [(False, 10)])] == ["Be quiet."]


def test_a_sentence_or_a_click_is_never_transcribed() -> None:
    checks = Checks()
    watch = StopWatch(checks)
    feed(watch, [(True, 3000), (False, 200), (True, 50), (False, 200)])
    assert checks.bursts_ms == []


def test_other_words_do_not_stop() -> None:
    checks = Checks("Okay.")
    watch = StopWatch(checks)
    feed(watch, [(True, 400), (False, 150)])
    checks.answer()
    assert feed(watch, [(False, 10)]) == []


def test_after_the_turn_a_late_transcript_is_not_wanted() -> None:
    checks = Checks("Stop.")
    watch = StopWatch(checks)
    feed(watch, [(True, 400), (False, 150)])
    watch.reset()
    assert checks.pending[0].cancelled
