"""Several rooms as pure logic: which claim answers a wake word, which announcements are for here."""

from __future__ import annotations

import pytest

from edgeagent.mqtt.announce import parse_announcement
from edgeagent.mqtt.arbiter import Claim, best, parse_claim


def claim(site: str, level_db: float, score: float = 0.9, heard_at: float = 100.0) -> Claim:
    return Claim(f"{site}:1:{heard_at}", site, "", score, level_db, 1_700_000_000_000, heard_at)


def test_the_loudest_claim_answers_then_the_surest_then_the_site_name() -> None:
    kitchen, hall = claim("kitchen", -20.0), claim("hall", -31.5)
    assert best(kitchen, [hall]) is kitchen
    assert best(hall, [kitchen]) == kitchen
    surer = claim("office", -20.0, score=0.99)
    assert best(kitchen, [surer]) == surer
    assert best(claim("b", -20.0), [claim("a", -20.0)]).site == "b"  # a tie: the same answer everywhere


def test_claims_of_another_wake_word_or_my_own_echo_do_not_count() -> None:
    mine = claim("kitchen", -30.0)
    later = claim("hall", -10.0, heard_at=105.0)  # arrived 5 s later here: another wake word
    myself = claim("kitchen", -5.0)
    assert best(mine, [later, myself]) is mine


@pytest.mark.parametrize(
    "payload",
    [
        b"{}",
        b"not json",
        b'{"id": "x", "site": "a", "score": "high", "level_db": 1, "wall_ms": 1}',
        b'{"id": "x", "site": "a", "score": NaN, "level_db": 1, "wall_ms": 1}',
        b'{"id": "x", "site": "a", "score": 1, "level_db": Infinity, "wall_ms": 1}',
        b'{"id": "x", "site": "a", "score": 1, "level_db": 1, "wall_ms": 1e999}',
        b"\xff",
    ],
)
def test_a_broken_claim_is_dropped(payload: bytes) -> None:
    assert parse_claim(payload) is None


def test_a_claim_round_trips() -> None:
    payload = (
        b'{"id": "a:1:5", "site": "a", "area": "Kitchen", "score": 0.9, "level_db": -21.5, "wall_ms": 5}'
    )
    assert parse_claim(payload, 7.0) == Claim("a:1:5", "a", "Kitchen", 0.9, -21.5, 5, 7.0)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"Dinner is ready.", ("Dinner is ready.", "", None)),
        (b'{"text": "Dinner is ready.", "area": "Kitchen"}', ("Dinner is ready.", "Kitchen", None)),
        (b'{"text": "Shh.", "chime": false}', ("Shh.", "", False)),
        (b'{"text": 5}', None),
        (b'{"text": "x", "area": 3}', None),
        (b'{"text": "x", "chime": "no"}', None),
        (b"{broken", None),
        (b"", None),
    ],
)
def test_announcements_are_checked(payload: bytes, message: object) -> None:
    assert parse_announcement("edgeagent/home/announce", payload) == message
