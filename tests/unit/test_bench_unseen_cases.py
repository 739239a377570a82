"""The unseen-homes bench's case set is well formed: enough homes and approaches, every device it names
exists once in its home and takes the operation expected, every home's discovery parses, and the split
is fixed by the sentence alone."""

from collections import Counter

import pytest

from tests.bench import trust_cases, unseen_cases, unseen_cases2, unseen_cases3, unseen_cases4, unseen_cases5
from tests.bench.homes import discovery
from tests.bench.unseen_cases import (
    APPROACHES,
    CASES,
    EXPECTS,
    HOMES,
    KINDS,
    TUNE_SHARE,
    UnseenCase,
    split_of,
)

_VALUED = {"brightness", "position", "percentage", "target_temperature"}
# the first set, and the untouched ones written later (tests/bench/unseen_cases2.py, 3, 4 and 5)
EVERY_HOME = {
    **HOMES,
    **unseen_cases2.HOMES,
    **unseen_cases3.HOMES,
    **unseen_cases4.HOMES,
    **unseen_cases5.HOMES,
}
EVERY_CASE = CASES + unseen_cases2.CASES + unseen_cases3.CASES + unseen_cases4.CASES + unseen_cases5.CASES


def test_at_least_twenty_homes_four_hundred_sentences_three_approaches() -> None:
    assert len(HOMES) >= 20
    assert len(CASES) >= 400
    used = Counter(c.approach for c in CASES)
    assert len([a for a in APPROACHES if used[a] >= 10]) >= 3, used
    assert {c.home for c in CASES} == set(HOMES)


def test_the_untouched_set_has_eight_homes_of_its_own_and_is_never_tuned_on() -> None:
    assert len(unseen_cases2.HOMES) >= 8 and not set(unseen_cases2.HOMES) & set(HOMES)
    assert len(unseen_cases2.CASES) >= 250
    assert {c.split for c in unseen_cases2.CASES} == {unseen_cases2.FRESH}


def test_the_second_untouched_set_has_nine_homes_of_its_own_and_is_never_tuned_on() -> None:
    earlier = {**HOMES, **unseen_cases2.HOMES}
    assert len(unseen_cases3.HOMES) >= 9 and not set(unseen_cases3.HOMES) & set(earlier)
    assert len(unseen_cases3.CASES) >= 300
    assert {c.home for c in unseen_cases3.CASES} == set(unseen_cases3.HOMES)
    assert {c.split for c in unseen_cases3.CASES} == {unseen_cases3.FRESH2} != {unseen_cases2.FRESH}
    used = Counter(c.approach for c in unseen_cases3.CASES)
    assert len([a for a in APPROACHES if used[a] >= 20]) >= 4, used
    assert set(KINDS) == {c.kind for c in unseen_cases3.CASES}
    assert unseen_cases.CLARIFY in {c.expect for c in unseen_cases3.CASES}


def test_the_third_untouched_set_has_ten_homes_of_its_own_traps_and_exceptions() -> None:
    earlier = {**HOMES, **unseen_cases2.HOMES, **unseen_cases3.HOMES}
    fresh3 = unseen_cases4.CASES
    assert len(unseen_cases4.HOMES) >= 10 and not set(unseen_cases4.HOMES) & set(earlier)
    assert len(fresh3) >= 350 and {c.home for c in fresh3} == set(unseen_cases4.HOMES)
    assert {c.split for c in fresh3} == {unseen_cases4.FRESH3}
    used = Counter(c.approach for c in fresh3)
    assert all(used[a] >= 40 for a in APPROACHES), used
    assert set(KINDS) == {c.kind for c in fresh3}
    assert len([c for c in fresh3 if c.excepted]) >= 20  # "all ... except ..."
    said = Counter((c.home, c.here, c.text.lower()) for c in fresh3)
    assert [k for k, n in said.items() if n > 1] == []
    before = {c.text.lower() for c in CASES + unseen_cases2.CASES + unseen_cases3.CASES}
    assert [c.text for c in fresh3 if c.text.lower() in before] == []


def test_the_fourth_untouched_set_has_ten_homes_of_its_own_traps_and_questions_by_room() -> None:
    earlier = {**HOMES, **unseen_cases2.HOMES, **unseen_cases3.HOMES, **unseen_cases4.HOMES}
    fresh4 = unseen_cases5.CASES
    assert len(unseen_cases5.HOMES) >= 10 and not set(unseen_cases5.HOMES) & set(earlier)
    assert len(fresh4) >= 400 and {c.home for c in fresh4} == set(unseen_cases5.HOMES)
    assert {c.split for c in fresh4} == {unseen_cases5.FRESH4}
    used = Counter(c.approach for c in fresh4)
    assert all(used[a] >= 40 for a in APPROACHES), used
    assert set(KINDS) == {c.kind for c in fresh4}
    assert len([c for c in fresh4 if c.excepted]) >= 20  # "all ... except ..."
    said = Counter((c.home, c.here, c.text.lower()) for c in fresh4)
    assert [k for k, n in said.items() if n > 1] == []


def test_the_second_untouched_set_copies_no_sentence() -> None:
    said = Counter((c.home, c.here, c.text.lower()) for c in unseen_cases3.CASES)
    assert [k for k, n in said.items() if n > 1] == []
    earlier = {c.text.lower() for c in CASES + unseen_cases2.CASES}
    assert [c.text for c in unseen_cases3.CASES if c.text.lower() in earlier] == []


@pytest.mark.parametrize("home", sorted(EVERY_HOME))
def test_every_home_announces_every_device(home: str) -> None:
    trust_home = EVERY_HOME[home]
    built = trust_cases.catalog(trust_home)
    assert len(discovery(trust_home.home)) == len(trust_home.home.devices)
    assert len(built.entities()) == len(trust_home.home.devices)
    for ref in [*trust_home.discovery, *trust_home.states]:
        assert len(trust_cases.resolve(built, ref)) == 1, ref


@pytest.mark.parametrize("home", sorted(EVERY_HOME))
def test_every_device_named_exists_once_and_takes_the_operation(home: str) -> None:
    built = trust_cases.catalog(EVERY_HOME[home])
    areas = {e.area for e in built.entities()}
    for case in (c for c in EVERY_CASE if c.home == home):
        assert not case.here or case.here in areas, (case.text, case.here)
        for ref in case.devices + case.about:
            found = trust_cases.resolve(built, ref)
            assert len(found) == 1, (case.text, ref)
            entity = built.get(found[0])
            assert entity is not None
            assert not case.op or case.op in entity.commands, (case.text, ref, case.op)


def test_each_case_says_what_must_happen() -> None:
    for case in EVERY_CASE:
        assert case.expect in EXPECTS and case.kind in KINDS and case.approach in APPROACHES, case
        assert case.home in EVERY_HOME and case.text.strip(), case
        assert _complete(case), case


def _complete(case: UnseenCase) -> bool:
    if case.expect == trust_cases.ACT:
        return bool(case.devices and case.op) and (case.value is not None) == (case.op in _VALUED)
    if case.expect == trust_cases.ASK_FIRST:
        return bool(case.devices) and not case.op
    if case.expect == trust_cases.ANSWER:
        return bool(case.about and case.answers) and not case.devices
    return not (case.devices or case.op or case.about)


def test_no_sentence_is_said_twice_in_one_place() -> None:
    said = Counter((c.home, c.here, c.text.lower()) for c in CASES)
    assert [k for k, n in said.items() if n > 1] == []


def test_the_split_is_fixed_by_home_and_sentence() -> None:
    for case in CASES:
        assert case.split == split_of(case.home, case.text), case
    assert split_of("u_any", "turn on the light") == split_of("u_any", "turn on the light")
    tune = sum(c.split == trust_cases.TUNE for c in CASES) / len(CASES)
    assert abs(tune - TUNE_SHARE / 100) < 0.07, tune
    for home in HOMES:
        assert {c.split for c in CASES if c.home == home} == {trust_cases.TUNE, trust_cases.HELD_OUT}, home


def test_every_kind_is_in_both_splits() -> None:
    for kind in KINDS:
        assert {c.split for c in CASES if c.kind == kind} == {trust_cases.TUNE, trust_cases.HELD_OUT}, kind
    assert unseen_cases.CLARIFY in {c.expect for c in CASES}


@pytest.mark.parametrize(
    ("reply", "short"),
    [
        ("The Balcony Temperature is 4.5 degrees.", False),
        ("It is 4.50 °C on the balcony.", False),
        ("The Balcony Temperature is 45 degrees.", True),
        ("Sorry, I didn't understand.", True),
    ],
)
def test_an_answer_must_say_the_number(reply: str, short: bool) -> None:
    from tests.bench.unseen_homes import unmet

    case = unseen_cases.answer("plain", "how cold is it", "Balcony Temperature@Balcony", "4.5")
    assert bool(unmet(case, reply)) is short


@pytest.mark.parametrize(
    ("reply", "short"),
    [
        ("Which ceiling light: the one in the kitchen or the bedroom?", False),
        ("Sorry, there is no garage here.", False),
        ("I don’t know a device called garage light.", False),
        ("Okay.", True),
    ],
)
def test_a_trap_must_be_asked_back_or_declined(reply: str, short: bool) -> None:
    from tests.bench.unseen_homes import unmet

    assert bool(unmet(unseen_cases.clarify("plain", "turn on the garage light"), reply)) is short
