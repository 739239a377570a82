"""End of speech as plain (milliseconds, is_speech) sequences: no model involved."""

from edgeagent.pipeline.segmenter import Outcome, Segmenter, SegmenterSettings, wake_tail_end

SETTINGS = SegmenterSettings(
    speech_start_ms=60, end_silence_ms=300, max_command_ms=2000, no_speech_timeout_ms=1000
)


def feed(*spans: tuple[int, bool], settings: SegmenterSettings = SETTINGS) -> list[tuple[int, Outcome]]:
    """Outcomes with the stream time (ms since the wake word) at which each happened."""
    segmenter = Segmenter(settings)
    outcomes = []
    for ms, is_speech in spans:
        for _ in range(ms // 10):
            outcome = segmenter.process(is_speech)
            if outcome is not None:
                outcomes.append((segmenter.elapsed_ms, outcome))
    return outcomes


def test_speech_then_silence_ends_after_the_trailing_silence() -> None:
    assert feed((200, False), (1000, True), (500, False)) == [
        (260, Outcome.SPEECH_START),
        (1500, Outcome.SPEECH_END),
    ]


def test_short_pauses_inside_a_command_do_not_end_it() -> None:
    outcomes = feed((500, True), (250, False), (500, True), (400, False))
    assert outcomes == [(60, Outcome.SPEECH_START), (1550, Outcome.SPEECH_END)]


def test_a_blip_shorter_than_speech_start_is_not_speech() -> None:
    assert feed((50, True), (950, False)) == [(1000, Outcome.NO_SPEECH)]


def test_nobody_speaking_times_out() -> None:
    assert feed((3000, False)) == [(1000, Outcome.NO_SPEECH)]


def test_a_command_that_never_stops_is_cut_at_the_maximum() -> None:
    assert feed((5000, True)) == [(60, Outcome.SPEECH_START), (2000, Outcome.MAX_LENGTH)]


def test_nothing_happens_after_the_end() -> None:
    assert feed((500, True), (300, False), (1000, True))[-1] == (800, Outcome.SPEECH_END)


def test_the_wake_tail_is_cut_at_the_first_pause_after_it() -> None:
    tail, pause, command = [True] * 8, [False] * 10, [True] * 5
    assert wake_tail_end(tail + pause + command) == 8


def test_a_preroll_of_silence_is_kept_whole() -> None:
    assert wake_tail_end([False] * 30) == 0


def test_speech_up_to_the_detection_is_all_wake_phrase() -> None:
    assert wake_tail_end([False] * 5 + [True] * 25) == 30


def test_a_pause_shorter_than_the_gap_does_not_cut() -> None:
    flags = [True] * 5 + [False] * 3 + [True] * 5 + [False] * 6
    assert wake_tail_end(flags) == 13
