"""How clearly a sentence was heard, which decides what it may do without asking first.

Typed text (an MQTT `ask`, `edgeagent understand`) is heard perfectly. Speech is judged by the
recognizer's average log probability of its words and by how much sound carried them:
- `confirms`: a "yes" this clear confirms an unlock. Real people's "yes" scored -0.22 to -0.46 in
  Whisper tiny.en's short window, its "Thank you." for silence -0.95 (docs/performance.md); a click
  is not a word, so it needs 150 ms of voiced sound too.
- `sure`: every word as sure as the short window's own `sure` (-0.2). A lock is moved on such words
  only: "unlock the patio door" is heard "Lock the patio door." at -0.48 by espeak en-gb and at
  -0.60 ("Block the door.") by en-us, in every hearing of the beam, while a lock said clearly scores
  above -0.2. Words less sure than that are asked back first ("Lock the Patio door?"), and so is
  any command whose other hearings name another device ("Turn on the Bed lamp." heard best and
  "Turn on the desk lamp," next, by espeak en-gb: "the Bed lamp or the Desk lamp?").
"""

from __future__ import annotations

from dataclasses import dataclass

_CONFIRMS_VOICED_MS = 150
_CONFIRMS_LOG_PROB = -0.7
_SURE_LOG_PROB = -0.2


@dataclass(frozen=True)
class Hearing:
    confirms: bool = True  # clear enough that a "yes" confirms what was held for one
    sure: bool = True  # sure enough of every word to move a lock without asking
    others: tuple[str, ...] = ()  # words heard unsurely: what else the recognizer heard, next best first


CLEAR = Hearing()  # typed text


def of_speech(log_prob: float, voiced_ms: int, others: tuple[str, ...] = ()) -> Hearing:
    """How clearly speech was heard: the recognizer's average log probability of its words (0 when
    the engine does not say) and the voiced sound under them; `others`, the recognizer's next best
    hearings, are kept when it was unsure (a device they name instead is asked about)."""
    sure = log_prob >= _SURE_LOG_PROB
    return Hearing(
        confirms=log_prob >= _CONFIRMS_LOG_PROB and voiced_ms >= _CONFIRMS_VOICED_MS,
        sure=sure,
        others=() if sure else others,
    )
