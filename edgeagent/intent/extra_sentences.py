"""Our own sentence templates, in home-assistant-intents' format, merged into its English set.

What the shipped templates miss: "start the vacuum", "toggle the lamp",
and questions about sensors by kind ("are any windows open", "is there motion in the
hallway", "is the phone battery low"), whose answers come from live state.
"""

from __future__ import annotations

import copy
from typing import Any

from edgeagent.intent.kinds import KINDS, plural

_VACUUM = "(vacuum|vacuum cleaner|robot vacuum)"
_IN_AREA = "[<in> [<the>] {area}]"


def _block(
    sentences: list[str], *, response: str = "", combination: str = "", **slots: str
) -> dict[str, Any]:
    block: dict[str, Any] = {"sentences": sentences}
    if slots:
        block["slots"] = slots
    if response:
        block["response"] = response
    if combination:
        block["metadata"] = {"slot_combination": combination}
    return block


def _kind_questions() -> list[dict[str, Any]]:
    """Questions about every device of a kind, here or in an area: the answer counts live states."""
    kind = "{device_kind:kind}"
    state = "{state_word:state}"
    return [
        _block([f"<are_any> {kind} {state} {_IN_AREA}"], response="any", combination="kind_state"),
        _block([f"<are_all> {kind} {state} {_IN_AREA}"], response="all", combination="kind_state"),
        _block([f"<which> {kind} <is> {state} {_IN_AREA}"], response="which", combination="kind_state"),
        _block([f"<how_many> {kind} <is> {state} {_IN_AREA}"], response="how_many", combination="kind_state"),
        _block(
            [f"<is> [there] [any] {{sensed:kind}} [detected] {_IN_AREA}"],
            response="any",
            combination="kind_state",
            state="detected",
        ),
    ]


EXTRA_INTENTS: dict[str, Any] = {
    "HassVacuumStart": {"data": [_block([f"(start|run) [<the>] {_VACUUM}"], domain="vacuum")]},
    "HassVacuumReturnToBase": {
        "data": [
            _block([f"(dock|return|send) [<the>] {_VACUUM} [back] [(to [the] base|home)]"], domain="vacuum")
        ]
    },
    "HassFanSetSpeed": {
        "data": [_block(["<set> [<the>] fan speed to {fan_speed:percentage}[%| percent]"], domain="fan")]
    },
    "HassLightSet": {"data": [_block(["(dim|brighten) [<the>] {name} to {brightness}[%| percent]"])]},
    "HassToggle": {"data": [_block(["toggle [<the>] {name}"])]},
    "HassSetVolume": {  # the assistant's own volume (the shipped ones are for media players)
        "data": [_block(["<set> [your|<the>] volume [level] to {volume:volume_level}[%| percent]"])]
    },
    "HassGetState": {
        "data": [
            {
                "sentences": [f"<is> [<the>] {{name}} {{state_word:state}} {_IN_AREA}"],
                "requires_context": {"domain": ["binary_sensor", "cover", "lock", "valve"]},
                "response": "one_yesno",
                "metadata": {"slot_combination": "name_state"},
            },
            *_kind_questions(),
        ]
    },
}

# A state word -> the state it names (binary sensors' "on" is open, low, detected, ...: see queries.py).
_STATE_WORDS = {
    "on": "on",
    "off": "off",
    "open": "open",
    "opened": "open",
    "closed": "closed",
    "shut": "closed",
    "locked": "locked",
    "unlocked": "unlocked",
    "low": "low",
    "normal": "normal",
    "detected": "detected",
    "clear": "clear",
    "wet": "wet",
    "dry": "dry",
    "occupied": "detected",
    "empty": "clear",
    "charging": "charging",
    "connected": "connected",
    "disconnected": "disconnected",
    "running": "on",
}
_SENSED = (
    "motion",
    "smoke",
    "carbon monoxide",
    "gas",
    "leak",
    "water leak",
    "moisture",
    "presence",
    "occupancy",
)


EXTRA_LISTS: dict[str, Any] = {
    "state_word": {"values": [{"in": word, "out": state} for word, state in _STATE_WORDS.items()]},
    "device_kind": {"values": [{"in": f"({word}|{plural(word)})", "out": word} for word in KINDS]},
    "sensed": {"values": [{"in": word, "out": word} for word in _SENSED]},
}


def merge_into(data: dict[str, Any]) -> None:
    """Add our sentences and lists to home-assistant-intents' data (a deep copy of it)."""
    for name, definition in EXTRA_INTENTS.items():
        data["intents"].setdefault(name, {"data": []})["data"].extend(copy.deepcopy(definition["data"]))
    data["lists"].update(copy.deepcopy(EXTRA_LISTS))
