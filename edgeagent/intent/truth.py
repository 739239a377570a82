"""A language model's own words, checked before they are spoken: a reply is a promise.

The model answered in prose, so nothing was sent this turn. A piece of its answer is spoken only
when it:
  - claims no change of the home and offers none ("The garage was opened.", "I've turned it off",
    "is now set to 21", "The garage would be opened.", "Shall I turn it on?"; a tomato turning
    red in a joke is no claim);
  - states no number that neither the request nor the catalog's known state holds, in a piece or
    to a request about the home (a measure, a room, a device): "The living room is 20 degrees."
    with no such reading, a bare "20 %." to "what's the humidity in the bathroom";
  - says no device of the home is in a state the catalog does not hold (of the room the request
    names, when it names one: "The Ceiling Light is on." to "is the barn ceiling light on" speaks of
    the barn's), and no "it" is in any state;
  - is no bare "yes" or "no" to a request about the home ("Yes." to "did anyone lock the barn
    door"): only the catalog knows;
  - is no JSON and no echo of the request.
The first piece that fails ends the answer with a plain, true sentence instead.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Iterator

from edgeagent.catalog.model import Catalog, normalize, spoken_areas
from edgeagent.intent import responses
from edgeagent.intent.kinds import KINDS, singular
from edgeagent.intent.lexicon import numbers_in

logger = logging.getLogger(__name__)

_CHANGE = re.compile(
    r"\b(?:turn(?:ed|ing|s)?|switch(?:ed|ing|es)?|open(?:ed|ing|s)?|clos(?:e|ed|ing|es)|unlock(?:ed|ing|s)?"
    r"|lock(?:ed|ing|s)?|dimm?(?:ed|ing|s)?|brighten(?:ed|ing|s)?|activat(?:e|ed|ing|es)|start(?:ed|ing|s)?"
    r"|stopp?(?:ed|ing|s)?|set(?:s|ting)?|adjust(?:ed|ing|s)?|rais(?:e|ed|ing|es)|lower(?:ed|ing|s)?"
    r"|chang(?:e|ed|ing|es)|increas(?:e|ed|ing|es)|decreas(?:e|ed|ing|es)|sent|send(?:ing)?)\b"
)
_CLAIM = re.compile(r"\b(?:is|are) now\b|\bnow (?:on|off|open|closed|at|set|locked|unlocked)\b|\bdone\b")
_SPEAKER_ACTS = re.compile(r"\b(?:i|ive|im|ill|id|we|weve|well)\b")  # "I've turned it off", "Shall I ..."
# The model never knows a device's state: "it's on", "they are closed", "yes, it is" (the templates answer
# state questions from the catalog, before the model is asked)
_STATE_OF_IT = re.compile(
    r"\b(?:it|its|it is|they|they are|theyre|thats|that is)(?: still| now| currently)? "
    r"(?:on|off|open|closed|locked|unlocked|running|heating|cooling)\b|^(?:yes|no),? (?:it|they)\b"
)
_YES_NO = re.compile(r"^(?:yes|no|yeah|yep|nope)\b")
_STATE_WORDS = frozenset(
    {"on", "off", "open", "closed", "locked", "unlocked", "running", "heating", "cooling"}
)
_ECHO_RATIO = 0.9
_ECHO_SHARE = 0.6  # of the request's words said back, and nothing else
_EMPTY_WORDS = frozenset(
    {"the", "a", "an", "is", "are", "it", "its", "i", "im", "you", "your", "my", "please", "okay"}
)
_KIND_WORDS = frozenset(w for kind in KINDS for w in kind.split()) | {"heating", "device", "thing"}
_MEASURES = frozenset(
    {"degree", "degrees", "percent", "%", "temperature", "humidity", "brightness", "position", "thermostat"}
)


def checked(answer: Iterator[str], request: str, catalog: Catalog) -> Iterator[str]:
    """The answer's pieces while each is true to what was done and known; then a plain sentence."""
    known = _known_numbers(catalog) | numbers_in(request)
    try:
        for piece in answer:
            problem = problem_with(piece, request, catalog, known)
            if problem:
                logger.warning("language model's answer not spoken (%s): %r", problem, piece)
                yield responses.CANT
                return
            yield piece
    finally:
        close = getattr(answer, "close", None)
        if close is not None:
            close()


def problem_with(piece: str, request: str, catalog: Catalog, known: set[float] | None = None) -> str:
    """Why this piece of an answer may not be spoken ("" when it may)."""
    said = normalize(piece)
    if not said or "{" in piece or "}" in piece or '"answer"' in piece:
        return "not words"
    if _CLAIM.search(said) or (
        _CHANGE.search(said) and (_SPEAKER_ACTS.search(said) or _about_the_home(said, catalog))
    ):
        return "claims or offers a change"
    if _echoes(said, normalize(request)):
        return "echoes the request"
    allowed = known if known is not None else _known_numbers(catalog) | numbers_in(request)
    about_the_home = _about_the_home(said, catalog) or _about_the_home(normalize(request), catalog)
    if numbers_in(piece) - allowed and about_the_home:  # "20 %." to "what's the humidity in the bathroom"
        return "states a number of the home that nothing holds"
    if _unknown_state(said, catalog, _areas_in(normalize(request), catalog)) or _STATE_OF_IT.search(said):
        return "states a device's state the catalog does not hold"
    if _YES_NO.match(said) and _about_the_home(normalize(request), catalog):
        return "answers yes or no about the home, which only the catalog knows"
    return ""


def speaks_of_change(text: str) -> bool:
    """Does the sentence speak of switching, opening, setting, ... anything?"""
    return bool(_CHANGE.search(normalize(text)))


def _about_the_home(said: str, catalog: Catalog) -> bool:
    """Does the piece speak of a measure, a kind of device, a room or a device of the home (not an
    egg's minutes, not a tomato turning red)?"""
    padded = f" {said} "
    words = {singular(w) for w in said.split()}
    if words & _MEASURES or words & _KIND_WORDS:
        return True
    names = {normalize(n) for e in catalog.entities() for n in (*e.names, e.area) if n}
    return any(f" {name} " in padded for name in names)


def _echoes(said: str, request: str) -> bool:
    """The request said back: nothing in the piece that the request did not say, and most of what it
    did say ("Alice." to "My name is Alice." is an answer, not an echo)."""
    asked = set(request.split()) - _EMPTY_WORDS
    if not asked:
        return False
    words = set(said.split()) - _EMPTY_WORDS
    covered = len(words & asked) / len(asked)
    echoed = not words - asked and covered >= _ECHO_SHARE
    return echoed or difflib.SequenceMatcher(None, said, request).ratio() >= _ECHO_RATIO


def _known_numbers(catalog: Catalog) -> set[float]:
    found: set[float] = set()
    for entity in catalog.entities():
        for value in catalog.state(entity.id).values():
            found |= numbers_in(str(value))
    return found


def _areas_in(request: str, catalog: Catalog) -> set[str]:
    """The home's areas the request names, by any of their spoken names ("Sala (Living Room)")."""
    padded = f" {request} "
    spoken = spoken_areas(catalog.areas()).items()
    return {normalize(area) for said, area in spoken if said and f" {said} " in padded}


def _unknown_state(said: str, catalog: Catalog, areas: set[str]) -> bool:
    """A device of the home (in `areas`, when the request named some) named with a state word that
    its known state does not hold, or that no such device there has."""
    words = set(said.split())
    if not words & _STATE_WORDS:
        return False
    named = [e for e in catalog.entities() if any(f" {normalize(name)} " in f" {said} " for name in e.names)]
    there = [e for e in named if not areas or normalize(e.area) in areas]
    if named and not there:
        return True
    for entity in there:
        known = {normalize(str(v)) for v in catalog.state(entity.id).values()}
        if words & _STATE_WORDS - known:
            return True
    return False
