"""A question back about which device or room, and the answer to it.

"turn on the lamp" with a lamp in two rooms asks "Which one do you mean: the Lamp
in the Kitchen or the Lamp in the Hallway?"; "turn on the lights" where the
assistant has no room asks "Which room?". The sentence is held, and the answer
("the kitchen one", "hallway", "cancel") completes it: the same recognition with
the device or room said. An answer holds nothing but the words that tell the
options apart (and "the", "one", "please", ...): "turn off the kitchen fan" is a
new sentence, understood as usual, never "the kitchen" for the held one.
Pure matching here; holding and forgetting are the act step's effects.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from edgeagent.catalog.model import Entity, normalize
from edgeagent.intent.held import Asker, Held
from edgeagent.intent.lexicon import CANCEL, STOP, phrase
from edgeagent.intent.templates import Recognition

_MAX_ANSWER_WORDS = 6
_ORDINALS = {"first": 0, "second": 1, "third": 2, "last": -1}
_FILLER = {"the", "one", "ones", "in", "please", "a", "that", "this", "i", "mean", "meant", "of", "course"}


@dataclass(frozen=True)
class _Held:
    recognition: Recognition
    options: tuple[Entity, ...]  # the devices it could be; none: a room is asked for


@dataclass(frozen=True)
class Clarified:
    """What the answer completed: a recognition to run, or nothing ("cancel")."""

    recognition: Recognition | None


class Clarifier:
    def __init__(self, window_seconds: float) -> None:
        self._held: Held[_Held] = Held(window_seconds)

    def hold(self, recognition: Recognition, options: tuple[Entity, ...], owner: Asker) -> None:
        self._held.hold(_Held(recognition, options), owner)

    def holding(self) -> bool:
        return self._held.holding()

    def forget(self, *, turn: int | None = None, source: str | None = None) -> None:
        self._held.forget(turn=turn, source=source)

    def answer(self, text: str, areas: list[str], asker: Asker) -> Clarified | None:
        """The held sentence completed by `text`, or None when `text` does not answer what `asker`'s
        source was asked. Pure."""
        held = self._held.for_(asker)
        if held is None:
            return None
        if phrase(text) in CANCEL | STOP:
            return Clarified(None)
        said = normalize(text)
        words = set(said.split()) - _FILLER
        if not words or len(said.split()) > _MAX_ANSWER_WORDS:
            return None
        if held.options:
            chosen = pick(words, held.options)
            if chosen is None:
                return None
            slots = {**held.recognition.slots, "name": [chosen.name], "area": chosen.area}
            return Clarified(replace(held.recognition, slots=slots))
        area = _area_said(words, areas)
        if area is None:
            return None
        return Clarified(replace(held.recognition, slots={**held.recognition.slots, "area": area}))


def pick(words: set[str], options: tuple[Entity, ...]) -> Entity | None:
    """The one option that every telling word said fits ("kitchen" of two lamps in the kitchen and
    the hallway); None when the words fit none, several, or tell nothing apart."""
    ordinals = [_ORDINALS[w] for w in words if w in _ORDINALS]
    if words == {w for w in words if w in _ORDINALS} and len(ordinals) == 1:
        return options[ordinals[0]] if -len(options) <= ordinals[0] < len(options) else None
    vocab = [set(normalize(f"{e.name} {e.area}").split()) for e in options]
    shared = set.intersection(*vocab) if vocab else set()
    if not words <= set().union(*vocab):
        return None  # a word no option has: another sentence, not this answer
    telling = words - shared
    if not telling:
        return None
    fitting = [e for e, v in zip(options, vocab, strict=True) if telling <= v]
    return fitting[0] if len(fitting) == 1 else None


def _area_said(words: set[str], areas: list[str]) -> str | None:
    """The longest area of the home whose every word was said."""
    fitting = [a for a in areas if (plain := set(normalize(a).split())) and plain == words]
    return fitting[0] if fitting else None
