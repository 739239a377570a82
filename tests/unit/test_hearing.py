"""How clearly speech was heard decides what it may do without asking first."""

from edgeagent.intent.hearing import CLEAR, Hearing, of_speech


def test_typed_text_is_heard_perfectly() -> None:
    assert Hearing(confirms=True, sure=True) == CLEAR


def test_a_clear_word_confirms_and_is_sure() -> None:
    assert of_speech(-0.1, 400) == Hearing(confirms=True, sure=True)


def test_a_lock_command_heard_at_minus_point_48_is_not_sure_but_would_confirm() -> None:
    assert of_speech(-0.48, 900) == Hearing(confirms=True, sure=False)


def test_whispers_thank_you_for_silence_confirms_nothing() -> None:
    assert of_speech(-0.95, 900).confirms is False


def test_a_click_is_no_word_however_sure() -> None:
    assert of_speech(-0.05, 100).confirms is False
