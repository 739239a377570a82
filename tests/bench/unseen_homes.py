"""The unseen-homes bench: the templates and the language model on homes and sentences they never saw.

    .venv/bin/python -m tests.bench.unseen_homes [--llm qwen2.5-coder-0.5b] [--list-held-out] [--misses]
        [--held-out-only] [--fresh | --fresh2 | --fresh3 | --fresh4] [--threads N]

Every sentence of tests/bench/unseen_cases.py (22 homes announced by MQTT discovery, sentences said
six ways) goes through `Understanding.decide` in its home, standing where the case says, as the trust
bench runs its own (tests/bench/trust.py: templates only by default, `--llm` adds the language model
from ~/.cache/edgeagent/models), and is judged by the trust bench's rules: a wrong action (anything
commanded that was not expected, anything at all where nothing or a question was due, or what a "yes"
would then command beyond the devices asked about), a miss, a false claim, a non-word reply. Two
checks are added for the outcomes the trust bench does not have: an ANSWER must say one of the words
the case lists (the state or the number), and a CLARIFY must ask back or say why not.

Printed per split (TUNE / HELD_OUT) by approach and by kind: right, misses, wrong actions (count and
share), false claims, non-word replies, and which path decided. Only TUNE failures are listed (wrong
actions and false claims; misses and non-word replies too with `--misses`); HELD_OUT ones with
`--list-held-out`, for the final measurement, never while tuning.

`--fresh` runs only tests/bench/unseen_cases2.py instead (nine more homes, split FRESH, never tuned on):
aggregate counts as for HELD_OUT, its failures listed only with `--list-held-out`. `--fresh2` runs only
tests/bench/unseen_cases3.py (ten more homes, split FRESH2, written by a stranger to the code under
test), the same way; `--fresh3` only tests/bench/unseen_cases4.py (ten more homes, split FRESH3, by
another stranger, with a trap, an "all except" or a question in every third sentence); `--fresh4` only
tests/bench/unseen_cases5.py (ten more homes, split FRESH4, by yet another stranger: vendor default
names, unrenamed Zigbee devices, German names, rooms named after people, a narrowboat, a bakery).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import replace

from edgeagent.bench.machine import describe as machine
from edgeagent.catalog.model import Catalog
from edgeagent.engines.llm.base import LlmEngine
from tests.bench import trust, trust_cases
from tests.bench.freeform import genai
from tests.bench.trust import Counts, Outcome
from tests.bench.trust_cases import ANSWER, HELD_OUT, TUNE, TrustHome
from tests.bench.unseen_cases import APPROACHES, CASES, CLARIFY, HOMES, KINDS, UnseenCase
from tests.bench.unseen_cases2 import CASES as FRESH_CASES
from tests.bench.unseen_cases2 import FRESH
from tests.bench.unseen_cases2 import HOMES as FRESH_HOMES
from tests.bench.unseen_cases3 import CASES as FRESH2_CASES
from tests.bench.unseen_cases3 import FRESH2
from tests.bench.unseen_cases3 import HOMES as FRESH2_HOMES
from tests.bench.unseen_cases4 import CASES as FRESH3_CASES
from tests.bench.unseen_cases4 import FRESH3
from tests.bench.unseen_cases4 import HOMES as FRESH3_HOMES
from tests.bench.unseen_cases5 import CASES as FRESH4_CASES
from tests.bench.unseen_cases5 import FRESH4
from tests.bench.unseen_cases5 import HOMES as FRESH4_HOMES

_SPLITS = (TUNE, HELD_OUT, FRESH, FRESH2, FRESH3, FRESH4)
# splits whose failures are listed only with --list-held-out
_UNLISTED = (HELD_OUT, FRESH, FRESH2, FRESH3, FRESH4)

_CONTRADICTION = re.compile(r"says (?P<id>\S+) is (?P<said>\w+), it is (?P<state>\w+):")
_OPENING = {"on": "open", "off": "closed"}
_OPENING_WORDS = {c: _OPENING for c in ("door", "window", "garage_door", "opening")}
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:[.,]\d+)?(?![\w])")
_DECLINED = re.compile(
    r"\b(sorry|can't|cannot|couldn't|don't|do not|not sure|unable|which|no device|there's no|there is no"
    r"|isn't|only|doesn't|does not|won't)\b"
)


# ------------------------------------------------------------------------------------------ judging


def checked(outcome: Outcome, built: Catalog) -> Outcome:
    """The trust bench's verdict, without the claims that only word a sensor's state (below), and with
    a miss added where an answer or a question back was due and the reply gave neither."""
    kept = tuple(c for c in outcome.verdict.claims if not _worded(c, built))
    verdict = replace(outcome.verdict, claims=kept)
    outcome = replace(outcome, verdict=verdict)
    if verdict.missed or verdict.wrong or not isinstance(outcome.case, UnseenCase):
        return outcome
    short = unmet(outcome.case, outcome.decision.response)
    return replace(outcome, verdict=replace(verdict, missed=short)) if short else outcome


def _worded(claim: str, built: Catalog) -> bool:
    """Whether a claim the trust bench's checker (tests/bench/claims.py) finds is only a binary sensor's
    state in its class's words: it compares the words said with the raw on/off, so "the door sensor is
    closed" about a door sensor that is off reads as a contradiction although it is the same state."""
    found = _CONTRADICTION.match(claim)
    if not found:
        return False
    entity = built.get(found["id"])
    words = _OPENING_WORDS.get(entity.device_class, {}) if entity and entity.domain == "binary_sensor" else {}
    return words.get(found["state"]) == found["said"]


def unmet(case: UnseenCase, response: str) -> str:
    """Why the reply falls short of what the case expects ("" when it does not)."""
    reply = response.lower().replace("\u2019", "'")
    if case.expect == ANSWER and not any(_says(reply, word) for word in case.answers):
        return f"no answer: expected one of {', '.join(case.answers)}"
    if case.expect == CLARIFY and "?" not in reply and not _DECLINED.search(reply):
        return "neither asked back nor said why not"
    return ""


def _says(reply: str, word: str) -> bool:
    try:
        wanted = float(word)
    except ValueError:
        return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])", reply) is not None
    numbers = (float(n.replace(",", ".")) for n in _NUMBER.findall(reply))
    return any(abs(n - wanted) < 0.05 for n in numbers)


# ------------------------------------------------------------------------------------------ report


def table(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for split in _SPLITS:
        chosen = [o for o in outcomes if o.case.split == split]
        if not chosen:
            continue
        homes = len({o.case.home for o in chosen})
        lines.append(f"{split}: {len(chosen)} sentences in {homes} homes")
        lines.append("  by approach:")
        lines += [_row(a, (o for o in chosen if _approach(o) == a)) for a in APPROACHES]
        lines.append("  by kind:")
        lines += [_row(k, (o for o in chosen if o.case.kind == k)) for k in KINDS]
        lines.append(_row("ALL", chosen))
        sources = Counter(o.decision.source for o in chosen)
        lines.append("  decided by: " + ", ".join(f"{s} {n}" for s, n in sorted(sources.items())))
    return lines


def _approach(outcome: Outcome) -> str:
    return outcome.case.approach if isinstance(outcome.case, UnseenCase) else ""


def _row(label: str, outcomes: Iterable[Outcome]) -> str:
    counts = Counts()
    for outcome in outcomes:
        counts.add(outcome.verdict)
    if not counts.total:
        return f"    {label:<14} -"
    return (
        f"    {label:<14} right {counts.right:>3}/{counts.total:<3} {counts.right / counts.total:>6.1%}"
        f"   misses {counts.misses:>3}   WRONG {counts.wrong:>2} ({counts.wrong / counts.total:>5.1%})"
        f"   false claims {counts.claims:>2}   non-word {counts.non_word:>2}"
    )


def _said(outcome: Outcome) -> str:
    case, decision = outcome.case, outcome.decision
    where = f"@{case.here}" if case.here else ""
    return (
        f"  [{case.split} {_approach(outcome)}/{case.kind} -> {case.expect}] {case.home}{where}:"
        f" {case.text!r}"
        f" -> {decision.source}: {decision.response!r}"
    )


def report(label: str, outcomes: list[Outcome], args: argparse.Namespace) -> None:
    print(f"{label}: {len(outcomes)} sentences")
    print("\n".join(table(outcomes)))
    for split in _SPLITS:
        chosen = [o for o in outcomes if o.case.split == split]
        if not chosen:
            continue
        wrong = sum(bool(o.verdict.wrong) for o in chosen)
        if split in _UNLISTED and not args.list_held_out:
            print(
                f"{split} failures: not listed ({wrong} with wrong actions;"
                " --list-held-out for the final measurement)"
            )
            continue
        print(f"{split} failures{' (with misses)' if args.misses else ''}:")
        print("\n".join(trust.listing(chosen, misses=args.misses, said=_said, indent=8)) or "  none")


# ------------------------------------------------------------------------------------------ main


def run(
    cases: list[UnseenCase], engine: LlmEngine | None, homes: dict[str, TrustHome] | None = None
) -> list[Outcome]:
    homes = HOMES if homes is None else homes
    built = {name: trust_cases.catalog(home) for name, home in homes.items()}
    outcomes = trust.run(list(cases), engine, lambda _: trust.typed, homes=homes)
    return [checked(o, built[o.case.home]) for o in outcomes]


def main() -> int:
    args = _arguments()
    if args.fresh:
        cases, homes = list(FRESH_CASES), FRESH_HOMES
    elif args.fresh2:
        cases, homes = list(FRESH2_CASES), FRESH2_HOMES
    elif args.fresh3:
        cases, homes = list(FRESH3_CASES), FRESH3_HOMES
    elif args.fresh4:
        cases, homes = list(FRESH4_CASES), FRESH4_HOMES
    else:
        cases, homes = [c for c in CASES if not args.held_out_only or c.split == HELD_OUT], HOMES
    print(f"machine: {machine()}")
    with ExitStack() as stack:
        engine = stack.enter_context(genai(args.llm, args.threads, 2048)) if args.llm else None
        label = f"templates + {args.llm}" if args.llm else "templates only"
        report(f"unseen homes, typed, {label}", run(cases, engine, homes), args)
    return 0


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--llm", default="", help="add this language model (e.g. qwen2.5-coder-0.5b)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--held-out-only", action="store_true", help="only the HELD_OUT split")
    fresh = parser.add_mutually_exclusive_group()
    fresh.add_argument(
        "--fresh", action="store_true", help="only the FRESH set (tests/bench/unseen_cases2.py)"
    )
    fresh.add_argument(
        "--fresh2", action="store_true", help="only the FRESH2 set (tests/bench/unseen_cases3.py)"
    )
    fresh.add_argument(
        "--fresh3", action="store_true", help="only the FRESH3 set (tests/bench/unseen_cases4.py)"
    )
    fresh.add_argument(
        "--fresh4", action="store_true", help="only the FRESH4 set (tests/bench/unseen_cases5.py)"
    )
    parser.add_argument("--misses", action="store_true", help="list misses and non-word replies too")
    parser.add_argument(
        "--list-held-out",
        action="store_true",
        help="list HELD_OUT, FRESH, FRESH2, FRESH3 and FRESH4 failures (final run only)",
    )
    return parser.parse_args()


if __name__ == "__main__":
    raise SystemExit(main())
