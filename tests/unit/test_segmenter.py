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


def test_speech_up_to_the_detection_keeps_its_last_frames() -> None:
    """The detection comes after the wake word's end: they may be a command said with no pause."""
    assert wake_tail_end([False] * 5 + [True] * 25, lead_frames=12) == 18


def test_a_preroll_that_starts_with_silence_holds_only_the_command() -> None:
    """The wake word ended before the pre-roll: its first speech is the command's, however it runs on
    (a stop inside "switch" is no pause after a wake word)."""
    command = [True] * 6 + [False] * 6 + [True] * 8
    assert wake_tail_end([False] * 10 + command) == 5
    assert wake_tail_end([False] * 25 + [True] * 5, lead_frames=12) == 20


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


def after_wake(preroll: list[bool], *spans: tuple[int, bool], chime_ms: int = 0) -> list[tuple[int, Outcome]]:
    """Outcomes (ms after the detection) when the pre-roll's flags came before the wake word's detection."""
    segmenter = Segmenter(SETTINGS)
    for is_speech in preroll:
        segmenter.process(is_speech)
    segmenter.at_wake_word()
    start_ms, outcomes = segmenter.elapsed_ms, []
    for ms, is_speech in spans:
        for _ in range(ms // 10):
            outcome = segmenter.process(is_speech)
            if outcome is not None:
                outcomes.append((segmenter.elapsed_ms - start_ms, outcome))
    return outcomes


def test_the_wake_words_tail_after_the_detection_does_not_start_the_end_of_speech_clock() -> None:
    """A detection inside "na-bu": the "bu", a pause, then a quiet command that starts late."""
    outcomes = after_wake([True] * 12, (80, True), (700, False), (800, True), (400, False))
    assert outcomes == [
        (180, Outcome.WAKE_TAIL),
        (840, Outcome.SPEECH_START),
        (1880, Outcome.SPEECH_END),
    ]


def test_a_tail_that_stopped_just_before_the_detection_does_not_end_the_turn_before_the_command() -> None:
    """The pre-roll ends with 30 ms of silence after "nabu" (too short to cut there): that silence and
    the pause after it are no end of the command, which is still to come."""
    outcomes = after_wake([True] * 12 + [False] * 3, (400, False), (500, True), (400, False))
    assert outcomes == [
        (70, Outcome.WAKE_TAIL),
        (460, Outcome.SPEECH_START),
        (1200, Outcome.SPEECH_END),
    ]


def test_a_command_said_with_no_pause_is_one_run_with_the_wake_word() -> None:
    outcomes = after_wake([True] * 12, (900, True), (400, False))
    assert outcomes == [(1200, Outcome.SPEECH_END)]


def test_a_short_blip_at_the_detection_is_a_tail_too() -> None:
    outcomes = after_wake([False] * 8 + [True] * 3, (20, True), (1200, False))
    assert outcomes[0] == (120, Outcome.WAKE_TAIL)
    assert outcomes[-1][1] is Outcome.NO_SPEECH


def test_silence_at_the_detection_leaves_the_command_to_start_normally() -> None:
    outcomes = after_wake([True] * 5 + [False] * 10, (300, False), (500, True), (400, False))
    assert outcomes == [(360, Outcome.SPEECH_START), (1100, Outcome.SPEECH_END)]
