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


SPECULATING = SegmenterSettings(
    speech_start_ms=60,
    end_silence_ms=700,
    max_command_ms=5000,
    no_speech_timeout_ms=1000,
    speculate_after_ms=150,
    early_end_silence_ms=300,
)


def test_a_pause_is_reported_once_when_it_reaches_the_speculation_mark() -> None:
    outcomes = feed((500, True), (1000, False), settings=SPECULATING)
    assert outcomes == [
        (60, Outcome.SPEECH_START),
        (650, Outcome.PAUSE),
        (1200, Outcome.SPEECH_END),
    ]


def test_every_pause_long_enough_is_reported_and_short_gaps_are_not() -> None:
    outcomes = feed(
        (300, True), (100, False), (300, True), (200, False), (300, True), (800, False), settings=SPECULATING
    )
    pauses = [ms for ms, outcome in outcomes if outcome is Outcome.PAUSE]
    assert pauses == [850, 1350]


def test_no_pause_is_reported_when_speculation_is_off() -> None:
    outcomes = feed((500, True), (1000, False))
    assert Outcome.PAUSE not in [outcome for _, outcome in outcomes]


def test_a_complete_command_may_end_after_the_shorter_silence() -> None:
    segmenter = Segmenter(SPECULATING)
    for is_speech, ms, early in (
        (True, 500, False),
        (False, 290, False),
        (False, 10, True),
        (True, 10, False),
    ):
        for _ in range(ms // 10):
            segmenter.process(is_speech)
        assert segmenter.may_end_early() is early


def test_without_an_early_end_setting_a_command_never_ends_early() -> None:
    segmenter = Segmenter(SETTINGS)
    for is_speech in [True] * 50 + [False] * 29:
        segmenter.process(is_speech)
    assert segmenter.silence_ms == 290 and not segmenter.may_end_early()
