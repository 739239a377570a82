"""Several rooms as pure logic: which claim answers a wake word, which announcements are for here."""

from __future__ import annotations

import json

import pytest

from edgeagent.mqtt.announce import parse_announcement
from edgeagent.mqtt.arbiter import Answered, Claim, best, parse_answered, parse_claim, settle

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


def heard(site: str, snr_db: float, wall_ms: int, acted: bool | None = None) -> Answered:
    return Answered(Claim(f"{site}:1:{wall_ms}", site, "", 0.9, -30.0, wall_ms, 0.0, snr_db), acted)


def test_rooms_that_could_not_talk_settle_on_the_one_that_heard_it_best() -> None:
    """Both rooms answered one wake word alone in an outage: each decides with the other's record,
    by the same rule, so exactly one of them acts."""
    kitchen, hall = heard("kitchen", 30.0, 1000), heard("hall", 12.0, 1400)
    assert settle(kitchen, [hall]) is True
    assert settle(hall, [kitchen]) is False


def test_a_room_that_acted_already_is_never_acted_against() -> None:
    """The other room settled (or won online) before this one was back: whatever this one heard,
    the wake word was acted on."""
    assert settle(heard("kitchen", 30.0, 1000), [heard("hall", 12.0, 1500, acted=True)]) is False


def test_another_wake_word_or_one_given_up_does_not_count() -> None:
    mine = heard("kitchen", 10.0, 1000)
    assert settle(mine, [heard("hall", 40.0, 3500)]) is True  # 2.5 s apart: another wake word
    assert settle(mine, [heard("hall", 40.0, 1200, acted=False)]) is True  # it yielded to another
    assert settle(mine, []) is True


def test_a_record_of_wake_words_answered_round_trips_and_a_broken_one_is_dropped() -> None:
    answered = [heard("hall", 12.0, 1400), heard("hall", 20.0, 9000, acted=True)]
    payload = json.dumps({"site": "hall", "claims": [a.to_dict() for a in answered]}).encode()
    assert [(a.claim.id, a.acted) for a in parse_answered(payload) or []] == [
        ("hall:1:1400", None),
        ("hall:1:9000", True),
    ]
    for broken in (
        b"{}",
        b'{"claims": [{"id": 1}]}',
        b'{"claims": [{"acted": "yes"}]}',
        b'{"claims": [[1, 2]]}',
        b"\xff",
    ):
        assert parse_answered(broken) is None
