"""Which hearing of a command the turn goes on with (`surest`): the best one the home understands,
else an alternative of the beam that only names something else, else the surer hearing."""

from __future__ import annotations

from edgeagent.engines.fakes import FakeStt
from edgeagent.engines.stt.base import Transcript, surest

COMMANDS = {"turn off the bathroom fan", "open the front yard valve", "turn on the hall light"}


def understood(text: str) -> bool:
    return text.lower().strip(" .") in COMMANDS


def chosen(best: str, *alternatives: str, sure: bool = True, again: str = "heard again") -> str:
    heard = Transcript(best, "en", sure=sure, alternatives=alternatives)
    return surest(FakeStt([again]), heard, b"", prompt="", understood=understood).text


def test_a_best_hearing_the_home_understands_is_kept() -> None:
    assert chosen("Turn on the hall light.", "Turn off the bathroom fan.") == "Turn on the hall light."


def test_an_alternative_naming_a_device_of_the_home_is_taken_over_a_name_it_lacks() -> None:
    assert chosen(
        "Turn off the Martin Room Fan.", "Turn of the bathroom fan", "Turn off the bathroom fan."
    ) == ("Turn off the bathroom fan.")
    assert chosen("Open the front yard mount.", "Open the front yard valve.", sure=False) == (
        "Open the front yard valve."
    )


def test_an_alternative_that_asks_denies_or_starts_otherwise_is_never_taken() -> None:
    assert chosen("Is the hall light hon?", "Turn on the hall light.") == "Is the hall light hon?"
    assert (
        chosen("Don't turn on the hall lights.", "Turn on the hall light.")
        == "Don't turn on the hall lights."
    )
    assert chosen("Turn on the hall light not.", "Turn on the hall light.") == "Turn on the hall light not."
    assert chosen("Turn on the hole light?", "Is turn on the hall light") == "Turn on the hole light?"


def test_with_no_alternative_understood_an_unsure_hearing_is_heard_again_and_a_sure_one_kept() -> None:
    assert (
        chosen("Turn off the Martin Room Fan.", "Turn off the Martin room fan", sure=False) == "heard again"
    )
    assert chosen("Turn off the Martin Room Fan.", "Turn off the Martin room fan") == (
        "Turn off the Martin Room Fan."
    )


def test_a_hearing_cut_short_is_heard_again_even_when_the_home_understands_it() -> None:
    """ "Turn off all the light," for "turn off all the lights except the kitchen" (espeak en-gb)."""
    COMMANDS.add("turn off all the light,")
    try:
        assert chosen("Turn off all the light,", "Turn off all the light, Ceiling sound,") == "heard again"
        assert chosen("Turn off all the light,") == "heard again"  # it stops on a comma
        assert chosen("Turn off all the light.", "Turn off all the lights.") == "Turn off all the light."
    finally:
        COMMANDS.discard("turn off all the light,")


def test_the_other_hearings_go_on_with_the_one_chosen_as_doubts() -> None:
    """The turn asks which device was meant when they name another (Hearing.others)."""
    heard = Transcript(
        "Turn off the Martin Room Fan.", "en", sure=False, alternatives=("Turn off the bathroom fan.",)
    )
    taken = surest(FakeStt(["heard again"]), heard, b"", prompt="", understood=understood)
    assert (taken.text, taken.alternatives) == (
        "Turn off the bathroom fan.",
        ("Turn off the Martin Room Fan.",),
    )
    heard = Transcript("Turn on the Bed lamp,", "en", sure=False, alternatives=("Turn on the desk lamp,",))
    again = surest(FakeStt(["Turn on the Bed lamp."]), heard, b"", prompt="", understood=understood)
    assert again.alternatives == ("Turn on the Bed lamp,", "Turn on the desk lamp,")
