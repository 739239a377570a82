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
_ON_FLOOR = "[(<in>|on|at)] [<the>] {floor} [floor]"
_PERCENT = "{brightness}[%| percent]"
# what people call devices of any kind in a question ("are any devices running", "is anything
# vibrating"): the state word says which ones (queries.able_to_be). Never in commands.
_ANYTHING = "(thing|things|device|devices|sensor|sensors)"


def _block(
    sentences: list[str],
    *,
    response: str = "",
    combination: str = "",
    named_domains: tuple[str, ...] = (),
    **slots: str,
) -> dict[str, Any]:
    """A template block; `named_domains`: the domains a {name} in it may have."""
    block: dict[str, Any] = {"sentences": sentences}
    if slots:
        block["slots"] = slots
    if named_domains:
        block["requires_context"] = {"domain": list(named_domains)}
    if response:
        block["response"] = response
    if combination:
        block["metadata"] = {"slot_combination": combination}
    return block


def _kind_questions() -> list[dict[str, Any]]:
    """Questions about every device of a kind, here or in an area: the answer counts live states."""
    kind = "{device_kind:kind}"
    state = "{state_word:state}"
    any_ = "[tell me (if|whether)] (<are_any>|there (is|are) any|do (i|we) have any)"
    places = (_IN_AREA, _ON_FLOOR)
    return [
        _block(
            [f"{any_} {kind} {state} {p}" for p in places]
            + [f"{any_} {kind} {p} {state}" for p in places]  # "are any switches in the kitchen on"
            + [f"{any_} {state} {kind} {p}" for p in places],  # "are there any unlocked doors"
            response="any",
            combination="kind_state",
        ),
        _block(
            [f"<are_all> {kind} {state} {p}" for p in places]
            + [f"<are_all> {kind} {p} {state}" for p in places],
            response="all",
            combination="kind_state",
        ),
        _block(
            [f"<which> {kind} <is> {state} {p}" for p in places], response="which", combination="kind_state"
        ),
        _block(
            [f"<how_many> {kind} <is> {state} {p}" for p in places],
            response="how_many",
            combination="kind_state",
        ),
        _block(  # "is the phone battery low", "is the mains power detected": a device's sensor of a kind
            [f"<is> [<the>] {{name}} {kind} {state}"],
            response="one_yesno",
            combination="name_kind_state",
            named_domains=("binary_sensor",),
        ),
        _block(
            [f"<are_any> {_ANYTHING} {state} {_IN_AREA}", f"<is> (anything|something) {state} {_IN_AREA}"],
            response="any",
            combination="kind_state",
        ),
        _block([f"<are_all> {_ANYTHING} {state} {_IN_AREA}"], response="all", combination="kind_state"),
        _block([f"<which> {_ANYTHING} <is> {state} {_IN_AREA}"], response="which", combination="kind_state"),
        _block(
            [f"<how_many> {_ANYTHING} <is> {state} {_IN_AREA}"], response="how_many", combination="kind_state"
        ),
        _block(  # "is the water sensor wet", "is the garage door shut": the one (or each) of that kind
            [f"<is> [<the>] {kind} {state} {_IN_AREA}", f"<is> [<the>] {{area}} {kind} {state}"],
            response="one_yesno",
            combination="kind_state",
        ),
        _block(["<is> [<the>] {area} {state_word:state}"], response="any"),  # "is the garage open"
        _block(["<is> [<the>] {area} occupied"], response="any", kind="occupancy", state="detected"),
        _block(["<is> [<the>] {area} (empty|unoccupied)"], response="all", kind="occupancy", state="clear"),
        _block(
            [
                "(is|are) there [any] problem[s] with [<the>] {name}",
                "does [<the>] {name} have [a] problem[s]",
            ],
            response="one_yesno",
            state="problem",
            named_domains=("binary_sensor",),
        ),
        _block(
            [f"<is> [there] [any] {{sensed:kind}} [detected] {_IN_AREA}"],
            response="any",
            combination="kind_state",
            state="detected",
        ),
    ]


def _measure_questions() -> list[dict[str, Any]]:
    """A room's measure, read from its sensors of that kind: "what's the humidity in the bathroom",
    "how humid is it upstairs", "CO2 level in the office" (temperature: the shipped templates)."""
    places = ("<in> [<the>] {area}", _ON_FLOOR)
    humidity = "[relative] humidity [level]"
    co2 = "(co2|c o 2|carbon dioxide) [level|levels|reading]"
    return [
        _block(
            [f"<what_is> [the] [current] {humidity} {p}" for p in places]
            + [f"<what_is> [<the>] {{area}} [current] {humidity}", f"{humidity} <in> [<the>] {{area}}"]
            + [f"how (humid|damp|dry) is [it] {p}" for p in places]
            + ["<what_is> [the] [current] humidity [level] [<here>]", "how (humid|damp) is it [<here>]"],
            response="measure",
            kind="humidity sensor",
        ),
        _block(
            [f"<what_is> [the] [current] {co2} {p}" for p in places]
            + [f"<what_is> [<the>] {{area}} [current] {co2}", f"{co2} <in> [<the>] {{area}}"]
            + [f"how much (co2|carbon dioxide) is there {p}" for p in places]
            + [f"how high is the {co2} {p}" for p in places]
            + [f"<what_is> [the] [current] {co2} [<here>]"],
            response="measure",
            kind="co2 sensor",
        ),
    ]


def _kind_commands(on: bool) -> list[dict[str, Any]]:
    """Every device of a kind, in the home, an area or on a floor: "turn off all the plugs", "lock
    all the doors", "turn on every fan in the kitchen", "close the shutters downstairs". Opening,
    closing, locking say the domain they act on, so "lock all the doors" never opens a door cover.
    Without "all" the kind is plural and a place is said: "the living room lamp" is a name."""
    in_area, on_floor = "<in> [<the>] {area}", "[(<in>|on)] [<the>] {floor} [floor]"
    every, kinds = "<all> [<the>] {device_kind:kind}", "[<the>] {device_kinds:kind}"
    devices = (
        f"{every} [<everywhere>]",
        f"{every} {in_area}",
        f"{every} {on_floor}",
        f"{kinds} {in_area}",
        f"{kinds} {on_floor}",
        "[<the>] {area} {device_kinds:kind}",
        "[<the>] {floor} [floor] {device_kinds:kind}",
    )
    switch, verb = ("on", "activate") if on else ("(off|out)", "deactivate")
    cover, lock = ("<open>", "lock") if on else ("<close>", "unlock")
    return [
        _block(
            [f"<turn> {switch} {d}" for d in devices]
            + [f"<turn> {d} {switch}" for d in devices]
            + [f"{verb} {d}" for d in devices],
            combination="kind_all",
        ),
        _block([f"{cover} {d}" for d in devices], combination="kind_all", domain="cover"),
        _block([f"{lock} {d}" for d in devices], combination="kind_all", domain="lock"),
    ]


def _light_levels() -> list[dict[str, Any]]:
    """Brightness and colour temperature the way people say it. Plural only where a room or floor
    is said: "the living room lamp" is one lamp (a name), "the living room lamps" all of them."""
    dim = "(<numeric_value_set>|dim|brighten)"
    lights = "(lights|lamps)"
    kelvin = "{color_temperature:temperature}[ ](k|kelvin)"
    floor = "[<all>] [<the>] {floor} [floor]"
    here_or_all = "[(<all>|<the>)]"
    return [
        _block([f"(dim|brighten) [<the>] {{name}} to {_PERCENT}"]),
        _block([f"<numeric_value_set> [<the>] {{name}} to {kelvin}"], combination="name_temperature"),
        _block([f"{dim} [<all>] [<the>] {{area}} {lights} to {_PERCENT}"], combination="area_brightness"),
        _block([f"{dim} {floor} {lights} to {_PERCENT}"], combination="floor_brightness"),
        # "set the lights to 20 %" is here; "dim all the lights ..." the whole home (targets.py)
        _block([f"{dim} {here_or_all} <light> [<everywhere>] to {_PERCENT}"], combination="brightness_only"),
    ]


def _every_light_on() -> dict[str, Any]:
    """Every light in the home on: the shipped templates say this for "off" only ("light up the
    whole house", "turn on the lights in every room", "make sure every light is on")."""
    return _block(
        [
            "<turn> on <all> <light> [<everywhere>]",
            "<turn> on [<the>] <light> <everywhere>",
            "<turn> on [<all>] [<the>] <home> <light> <everywhere>",
            "<turn> <all> <light> on [<everywhere>]",
            "<turn> [<the>] <light> on <everywhere>",
            "activate <all> <light> [<everywhere>]",
            "activate [<the>] <light> <everywhere>",
            "(illuminate|light up) <everywhere> [<everywhere>]",
            "make sure <all> <light> (is|are) on",
        ],
        response="light_all",
        combination="domain_all",
        domain="light",
    )


EXTRA_INTENTS: dict[str, Any] = {
    "HassTurnOn": {  # valves are opened and closed: "turn on the sprinkler valve" too
        "data": [
            *_kind_commands(on=True),
            _every_light_on(),
            _block(["<turn> on [<the>] {name}"], named_domains=("valve",)),
        ]
    },
    "HassTurnOff": {
        "data": [*_kind_commands(on=False), _block(["<turn> off [<the>] {name}"], named_domains=("valve",))]
    },
    "HassNevermind": {"data": [_block(["[oh] forget [about] it", "cancel that", "[oh] never mind that"])]},
    "HassGetCurrentDate": {"data": [_block(["what day is it [today]", "what is today"])]},
    "HassTimerStatus": {"data": [_block(["how (much time|long) is left", "how much longer"])]},
    "HassVacuumStart": {"data": [_block([f"(start|run) [<the>] {_VACUUM}"], domain="vacuum")]},
    "HassVacuumReturnToBase": {
        "data": [
            _block([f"(dock|return|send) [<the>] {_VACUUM} [back] [(to [the] base|home)]"], domain="vacuum")
        ]
    },
    "HassFanSetSpeed": {
        "data": [_block(["<set> [<the>] fan speed to {fan_speed:percentage}[%| percent]"], domain="fan")]
    },
    "HassLightSet": {"data": _light_levels()},
    "HassToggle": {"data": [_block(["toggle [<the>] {name}"])]},
    "HassSetVolume": {  # the assistant's own volume (the shipped ones are for media players)
        "data": [_block(["<set> [your|<the>] volume [level] to {volume:volume_level}[%| percent]"])]
    },
    "HassGetState": {
        "data": [
            {
                "sentences": [
                    f"<is> [<the>] {{name}} {{state_word:state}} {_IN_AREA}",
                    "<is> [<the>] {name} <in> [<the>] {area} {state_word:state}",
                ],
                "requires_context": {"domain": ["binary_sensor", "cover", "lock", "valve"]},
                "response": "one_yesno",
                "metadata": {"slot_combination": "name_state"},
            },
            {  # "is the ventilador on in the bedroom": the shipped ones say no room after the state
                "sentences": ["<is> [<the>] {name} {state_word:state} <in> [<the>] {area}"],
                "requires_context": {"domain": ["light", "switch", "fan"]},
                "response": "one_yesno",
                "metadata": {"slot_combination": "name_state"},
            },
            *_kind_questions(),
            *_measure_questions(),
        ]
    },
}

# A state word -> the state it names (binary sensors' "on" is open, low, detected, ...: see queries.py).
_STATE_WORDS = {
    "on": "on",
    "off": "off",
    "turned on": "on",
    "turned off": "off",
    "charged": "normal",
    "gone": "away",
    "available": "available",
    "out of date": "out of date",
    "up to date": "up to date",
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
    "running": "running",
    "hot": "hot",
    "cold": "cold",
    "triggered": "detected",
    "flooded": "wet",
    "powered": "powered",
    "powered on": "powered",
    "plugged in": "plugged in",
    "unplugged": "unplugged",
    "vibrating": "vibrating",
    "moving": "moving",
    "safe": "safe",
    "unsafe": "unsafe",
    "home": "home",
    "away": "away",
}
# what a sensor senses, as said -> its kind word (kinds.py)
SENSED = {
    **{word: word for word in ("motion", "smoke", "carbon monoxide", "gas", "leak", "water leak")},
    **{word: word for word in ("moisture", "presence", "occupancy")},
    **{
        "movement": "motion",
        "leaks": "leak",
        "water leaks": "water leak",
        "noise": "sound",
        "sound": "sound",
    },
}


EXTRA_LISTS: dict[str, Any] = {
    "state_word": {"values": [{"in": word, "out": state} for word, state in _STATE_WORDS.items()]},
    "device_kind": {"values": [{"in": f"({word}|{plural(word)})", "out": word} for word in KINDS]},
    "device_kinds": {"values": [{"in": plural(word), "out": word} for word in KINDS]},
    "sensed": {"values": [{"in": said, "out": kind} for said, kind in SENSED.items()]},
}


# Home Assistant turns a device on when only its name is said ("kitchen light"). A name alone is
# what is left of "kitchen light off" when the last word is not heard: never a command here.
_LEFT_OUT = {"HassTurnOn": {"[<the>] {name}"}}


def merge_into(data: dict[str, Any]) -> None:
    """Add our sentences and lists to home-assistant-intents' data (a deep copy of it), and take out
    the ones we do not act on (`_LEFT_OUT`)."""
    for name, sentences in _LEFT_OUT.items():
        for block in data["intents"].get(name, {}).get("data", []):
            block["sentences"] = [s for s in block["sentences"] if s.strip() not in sentences]
    for name, definition in EXTRA_INTENTS.items():
        data["intents"].setdefault(name, {"data": []})["data"].extend(copy.deepcopy(definition["data"]))
    data["lists"].update(copy.deepcopy(EXTRA_LISTS))
