"""The trust bench's case set is well formed: every device it names exists, each kind has enough
sentences, both splits are there, and the FRESH, FRESH2, FRESH3 and FRESH4 splits (tests/bench/trust_fresh.py,
trust_fresh2.py, trust_fresh3.py, trust_fresh4.py) have their own minimums."""

from collections import Counter

import pytest

from tests.bench import trust_cases
from tests.bench.trust_cases import CASES, HELD_OUT, HOMES, KINDS, MINIMUM, ORDINARY, TUNE, Case
from tests.bench.trust_fresh import FRESH, FRESH_CASES
from tests.bench.trust_fresh2 import FRESH2, FRESH2_CASES
from tests.bench.trust_fresh3 import FRESH3, FRESH3_CASES
from tests.bench.trust_fresh4 import FRESH4, FRESH4_CASES

EVERY_CASE = CASES + FRESH_CASES + FRESH2_CASES + FRESH3_CASES + FRESH4_CASES

EXPECTS = {
    trust_cases.ACT,
    trust_cases.ASK_FIRST,
    trust_cases.NO_ACTION,
    trust_cases.ANSWER,
    trust_cases.ACT_OR_REFUSE,
}


@pytest.mark.parametrize("home", sorted(HOMES))
def test_every_device_named_exists_once_in_its_home(home: str) -> None:
    built = trust_cases.catalog(HOMES[home])
    for case in (c for c in EVERY_CASE if c.home == home):
        for ref in case.devices + case.excepted + case.about:
            assert len(trust_cases.resolve(built, ref)) == 1, (case.text, ref)


@pytest.mark.parametrize("home", sorted(HOMES))
def test_every_expected_operation_is_one_the_device_takes(home: str) -> None:
    built = trust_cases.catalog(HOMES[home])
    for case in (c for c in EVERY_CASE if c.home == home and c.op):
        for ref in case.devices:
            entity = built.get(trust_cases.resolve(built, ref)[0])
            assert entity is not None and case.op in entity.commands, (case.text, ref, case.op)


def test_each_case_says_what_must_happen() -> None:
    for case in EVERY_CASE:
        assert case.kind in KINDS and case.expect in EXPECTS and case.home in HOMES, case
        assert case.split in (TUNE, HELD_OUT, FRESH, FRESH2, FRESH3, FRESH4) and case.here, case
        assert not set(case.devices) & set(case.excepted), case
        assert _complete(case), case


def _complete(case: Case) -> bool:
    if case.expect == trust_cases.ACT:
        return bool(case.devices and case.op) and (case.value is not None) == (case.op in _VALUED)
    if case.expect == trust_cases.ACT_OR_REFUSE:
        return len(case.devices) == 1 and case.value is not None
    if case.expect == trust_cases.ASK_FIRST:
        return bool(case.devices) and not case.op
    return not case.devices and not case.op


_VALUED = {"brightness", "position", "percentage", "target_temperature"}


def test_enough_sentences_of_every_kind_in_both_splits() -> None:
    kinds = Counter(c.kind for c in CASES)
    assert len(CASES) >= 330
    assert all(kinds[kind] >= MINIMUM[kind] for kind in KINDS), kinds
    for split in (TUNE, HELD_OUT):
        assert {c.kind for c in CASES if c.split == split} == set(KINDS)
    tune = sum(c.split == TUNE for c in CASES) / len(CASES)
    assert 0.3 <= tune <= 0.5


@pytest.mark.parametrize(
    ("split", "cases"),
    [
        (FRESH, FRESH_CASES),
        (FRESH2, FRESH2_CASES),
        (FRESH3, FRESH3_CASES),
        (FRESH4, FRESH4_CASES),
    ],
)
def test_the_fresh_splits_have_enough_of_every_kind_in_every_home(
    split: str, cases: tuple[Case, ...]
) -> None:
    kinds = Counter(c.kind for c in cases)
    assert len(cases) >= 200 and all(c.split == split for c in cases)
    assert kinds[ORDINARY] >= 60 and all(kinds[kind] >= 15 for kind in KINDS), kinds
    assert {c.home for c in cases} == set(HOMES)


def test_no_sentence_is_said_twice_in_one_home() -> None:
    said = Counter((c.home, c.text.lower()) for c in EVERY_CASE)
    assert [key for key, n in said.items() if n > 1] == []


def test_four_homes_of_different_shapes_with_states_known_and_unknown() -> None:
    assert len(HOMES) >= 4
    for trust_home in HOMES.values():
        built = trust_cases.catalog(trust_home)
        known = [e for e in built.entities() if built.state(e.id)]
        assert known and len(known) < len(built.entities()), trust_home.name
