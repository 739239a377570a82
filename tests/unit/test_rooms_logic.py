"""Several rooms as pure logic: which claim answers a wake word, which announcements are for here."""

from __future__ import annotations

import pytest

from edgeagent.mqtt.announce import parse_announcement
from edgeagent.mqtt.arbiter import Claim, best, parse_claim

WINDOW_S = 0.15


def claim(
    site: str, snr_db: float, score: float = 0.9, heard_at: float = 100.0, *, level_db: float = -30.0
) -> Claim:
    return Claim(f"{site}:1:{heard_at}", site, "", score, level_db, 1_700_000_000_000, heard_at, snr_db)


def test_the_clearest_claim_answers_then_the_surest_then_the_site_name() -> None:
    kitchen, hall = claim("kitchen", 30.0), claim("hall", 18.5)
    assert best(kitchen, [hall], WINDOW_S) is kitchen
    assert best(hall, [kitchen], WINDOW_S) == kitchen
    surer = claim("office", 30.0, score=0.99)
    assert best(kitchen, [surer], WINDOW_S) == surer
    assert best(claim("b", 30.0), [claim("a", 30.0)], WINDOW_S).site == "b"  # a tie: the same everywhere


def test_a_loud_room_is_not_a_clear_one() -> None:
    """The box playing music (or by the TV) is loudest; the one that heard the wake word over a
    quiet floor answers."""
    by_the_tv = claim("living", 6.0, level_db=-12.0)
    quiet = claim("kitchen", 35.0, level_db=-38.0)
    assert best(by_the_tv, [quiet], WINDOW_S) == quiet


def test_a_claim_talking_over_its_own_output_loses() -> None:
    talking = Claim("living:1:1", "living", "", 0.99, -10.0, 1, 100.0, 40.0, True)
    assert best(talking, [claim("kitchen", 12.0)], WINDOW_S).site == "kitchen"


def test_claims_of_another_wake_word_or_my_own_echo_do_not_count() -> None:
    mine = claim("kitchen", 20.0)
    later = claim("hall", 50.0, heard_at=100.0 + WINDOW_S + 0.01)  # after the window: another wake word
    much_earlier = claim("office", 50.0, heard_at=97.0)
    myself = claim("kitchen", 60.0)
    assert best(mine, [later, much_earlier, myself], WINDOW_S) is mine


def test_a_claim_that_came_just_before_mine_counts() -> None:
    """Its host heard the word sooner, or its claim came faster than mine was made."""
    sooner = claim("hall", 50.0, heard_at=99.0)
    assert best(claim("kitchen", 20.0), [sooner], WINDOW_S) == sooner


@pytest.mark.parametrize(
    "payload",
    [
        b"{}",
        b"not json",
        b'{"id": "x", "site": "a", "score": "high", "level_db": 1, "wall_ms": 1}',
        b'{"id": "x", "site": "a", "score": NaN, "level_db": 1, "wall_ms": 1}',
        b'{"id": "x", "site": "a", "score": 1, "level_db": Infinity, "wall_ms": 1}',
        b'{"id": "x", "site": "a", "score": 1, "level_db": 1, "wall_ms": 1e999}',
        b'{"id": "x", "site": "a", "score": 1, "level_db": 1, "snr_db": NaN, "wall_ms": 1}',
        b'{"id": "x", "site": "a", "score": 1, "level_db": 1, "talking": "yes", "wall_ms": 1}',
        b"\xff",
    ],
)
def test_a_broken_claim_is_dropped(payload: bytes) -> None:
    assert parse_claim(payload) is None


def test_a_claim_round_trips() -> None:
    payload = (
        b'{"id": "a:1:5", "site": "a", "area": "Kitchen", "score": 0.9, "level_db": -21.5, "wall_ms": 5}'
    )
    assert parse_claim(payload, 7.0) == Claim("a:1:5", "a", "Kitchen", 0.9, -21.5, 5, 7.0)  # an older peer's
    newer = (
        b'{"id": "a:1:5", "site": "a", "score": 0.9, "level_db": -21.5, "snr_db": 30.5, "talking": true,'
        b' "wall_ms": 5}'
    )
    assert parse_claim(newer, 7.0) == Claim("a:1:5", "a", "", 0.9, -21.5, 5, 7.0, 30.5, True)


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
