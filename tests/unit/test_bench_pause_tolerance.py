"""The pause-tolerance bench's verdict: was a sentence said with a pause inside heard whole?"""

import pytest

from tests.bench.pause_tolerance import holds_the_rest


@pytest.mark.parametrize(
    ("said", "heard", "whole"),
    [
        ("turn off the lights | in the hallway", "Turn off the lights in the hallway.", True),
        ("turn off the lights | in the hallway", "Turn off the lights.", False),
        ("turn on the light | in the kitchen", "Turn on the light in my kitchen.", True),  # "the" misheard
        ("turn on the light | in the kitchen", "Turn on the light, kitchen.", False),  # "in" lost
        # the words the part before the pause already has ("the", "light") do not count
        ("turn on the kitchen light | and the hallway light", "Turn on the Kitchen light.", False),
        (
            "turn on the kitchen light | and the hallway light",
            "Turn on the kitchen light and the Hallway light.",
            True,
        ),
    ],
)
def test_a_sentence_is_whole_when_the_words_after_the_pause_were_heard(
    said: str, heard: str, whole: bool
) -> None:
    assert holds_the_rest(said, heard) is whole
