"""How a decision is scored against what was meant: right, a miss (said sorry, asked back,
understood something else) or a wrong action (a command to a device that was not meant,
or any command when nothing was meant). A wrong action is worse than a miss and is
counted apart in every figure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from edgeagent.intent.understand import Decision


@dataclass(frozen=True)
class Verdict:
    right: bool
    wrong_action: bool
    miss: str  # "" when right: not understood | wrong intent | no device | wrong device


def judge(decision: Decision, intent: str, expected: frozenset[str], *, any_of: bool = False) -> Verdict:
    acted = frozenset(decision.targets) if decision.actions or decision.effects else frozenset()
    if not intent:
        return Verdict(not decision.actions, bool(decision.actions), "" if not decision.actions else "acted")
    targets = frozenset(decision.targets)
    wrong_action = bool(decision.actions) and not acted <= expected
    if decision.intent != intent:
        miss = "not understood" if decision.source == "none" else "wrong intent"
        return Verdict(False, wrong_action or (bool(decision.actions) and bool(expected)), miss)
    right = (bool(targets) and targets <= expected) if any_of else targets == expected
    if right:
        return Verdict(True, False, "")
    return Verdict(False, wrong_action, "no device" if not targets else "wrong device")


@dataclass
class Tally:
    total: int = 0
    right: int = 0
    wrong_actions: int = 0
    misses: Counter[str] = field(default_factory=Counter)

    def add(self, verdict: Verdict) -> None:
        self.total += 1
        self.right += verdict.right
        self.wrong_actions += verdict.wrong_action
        if verdict.miss:
            self.misses[verdict.miss] += 1

    def as_dict(self) -> dict[str, object]:
        return {
            "right": self.right,
            "total": self.total,
            "share": round(self.right / self.total, 3) if self.total else None,
            "wrong_actions": self.wrong_actions,
            "misses": dict(self.misses),
        }


def tally(verdicts: Iterable[tuple[str, Verdict]]) -> dict[str, Tally]:
    """Verdicts grouped by a label, plus "all"."""
    groups: dict[str, Tally] = {"all": Tally()}
    for label, verdict in verdicts:
        groups.setdefault(label, Tally()).add(verdict)
        groups["all"].add(verdict)
    return groups
