"""Casual phrasing, said the way the templates say it.

People talk to a speaker in ways no template has: "could you kill the hallway light
please", "lights off in the bedroom", "turn the heater in the office on", "bedroom
lights to 30 percent", "blind halfway", "is the coffee maker still on". Each rule
here rewrites one such shape into the templates' own ("turn off the hallway light",
"turn off lights in the bedroom", ...). A rewrite is only a guess at the sentence's
shape: it is tried after the sentence as said found no template, and the resolver
still checks every device it names, so a rule can lose a sentence but never invent
a device. Text is compared in plain form (`plain`), decimals kept.
"""

from __future__ import annotations

import re

from edgeagent.catalog.model import fold

_QUESTION = r"(?:is|are|was|were|which|how|what|whats|do|does|did|any|have|has|can|will)"
_NO_VERB = rf"(?!{_QUESTION} |turn |switch |set |dim |brighten )"
_AMOUNT = r"(\d+(?:\.\d+)?(?: ?%| percent| degrees?| kelvin| k)?)"
_WHERE = r"((?: (?:in|on|at) .+| upstairs| downstairs)?)"
_NO_KEEPING = r"(?!leave |keep |let |have )"
_NOT_SAID_TO_BE = r"(?<! s)(?<! is)(?<! are)(?<! was)(?<! were)(?<! reads)(?<! says)"  # "the window's open"
_UNIT_AMOUNT = r"(\d+(?:\.\d+)?(?: ?%| percent| degrees?))"  # a bare number may be a name's: "lamp 2"
_TO_BASE = r"(?:(?:back )?home|back|(?:back )?to (?:the |its |his |her )?(?:base|dock|charger|station))"
_WHAT_IS = r"(?:what is|what s|whats|tell me)"
_OF = r"(?:of|indicated by|measured by|reported by|shown by|from|in)"
_NOT_OF = rf"(?:(?!\b{_OF}\b).)"  # any character that does not start an "of", "indicated by", ...
_MEASURE = (
    r"(?:temperature|humidity|moisture|distance|size|volume|power|voltage|current|energy|pressure|speed"
    r"|weight|value|state|reading)(?: drop| level| reading)?"
)

_GERUNDS = {
    "turning": "turn",
    "switching": "switch",
    "shutting": "shut",
    "putting": "put",
    "closing": "close",
    "opening": "open",
    "locking": "lock",
    "unlocking": "unlock",
    "setting": "set",
    "dimming": "dim",
    "starting": "start",
    "stopping": "stop",
    "raising": "raise",
    "lowering": "lower",
}

# (pattern, replacement), applied in order to the whole sentence in plain form
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # what is said around the request, not the request
        (r"^(?:(?:hey|ok|okay|oh|so|um|uh|well|please|just|now)\s+)+", ""),
        # "would you mind turning off the pump": the verb the templates know
        *((rf"^(?:would|do) you mind {gerund}\b", verb) for gerund, verb in _GERUNDS.items()),
        (r"^(?:(?:can|could|would|will) you (?:please )?|would you mind |(?:i want|id like) you to )", ""),
        (r"^(?:go ahead and |please )", ""),
        (
            r"(?:\s+(?:please|for me|would you|will you|thanks|thank you|right now|now|again"
            r"|currently|at the moment))+$",
            "",
        ),
        (r"\b(?:still|currently) ", ""),
        # verbs the templates do not know
        (r"^(?:kill|cut off|shut off|power off|power down|cut)\b", "turn off"),
        (r"^(?:power on|power up|fire up)\b", "turn on"),
        (r"^flip\b", "toggle"),
        (r"^(?:run|trigger|start|play) (.+ scene)$", r"activate \1"),
        (r"^ring\b", "press"),
        # a lock opened or closed by its name ("open the front door lock": unlocking, which is asked first)
        (r"^(?:open|release|disengage|undo) ((?:the |my )?.+ lock)$", r"unlock \1"),
        (r"^(?:close|engage|secure) ((?:the |my )?.+ lock)$", r"lock \1"),
        (r"^start (?=\w)", "turn on "),
        (r"^stop (?=\w)", "turn off "),
        (rf"^(.+?) go {_TO_BASE}$", r"return \1 to base"),
        (rf"^send (.+?) {_TO_BASE}$", r"return \1 to base"),
        (r"^send (.+?) (?:out )?to mow$", r"start \1"),
        (r"^put (.+?) away$", r"dock \1"),
        (r"^any (.+)$", r"is there any \1"),
        (r"^((?:is|are) .+) lock$", r"\1 locked"),
        (r"^did i lock (.+)$", r"is \1 locked"),
        (
            r"^(?:did (?:i|we|you|someone|somebody|anyone) leave|have (?:i|we|you) left) (.+)"
            r" (on|off|open|closed|shut|locked|unlocked|running)$",
            r"is \1 \2",
        ),
        (r"^which (.+) have i left on$", r"which \1 are on"),
        (r"^((?:is|are) .+) (?:running|going off)$", r"\1 on"),
        # a sensor's measure said around its name (apostrophes are gone): "the furnace temperature",
        # "Macrotorrent's download speed" (two words or more after the "s"), "the air pressure of the
        # outside sensor", "the PM1 level indicated by the living room sensor"
        (rf"^{_WHAT_IS} (?:the )?({_NOT_OF}+) {_MEASURE}$", r"what is the \1"),
        (
            rf"^{_WHAT_IS} (?:the )?({_NOT_OF}+?)s (?!{_OF} )[\w.%]+(?: (?!{_OF}\b)[\w.%]+)+$",
            r"what is the \1",
        ),
        (rf"^{_WHAT_IS} (?:the )?(?!temperature\b)[\w.% ]+ {_OF} (?:the )?(.+)$", r"what is the \1"),
        # "turn the heater in the office on" / "put the kettle on": the particle after the device
        (r"^(?:turn|switch|put) (?!on\b|off\b)(.+?) (on|off)\b(.*)$", r"turn \2 \1\3"),
        # "lights off in the bedroom", "every light on": no verb at all
        (rf"^{_NO_VERB}(.+?) (on|off){_WHERE}$", r"turn \2 \1\3"),
        # "put the blinds down", "ground floor blinds down"
        (r"^(?:put|move|roll|lower|bring) (.+?) down$", r"close \1"),
        (r"^(?:put|move|roll|raise|bring) (.+?) up$", r"open \1"),
        (rf"^{_NO_VERB}(.+?) down$", r"close \1"),
        (rf"^{_NO_VERB}(.+?) up$", r"open \1"),  # "garage door up"
        (
            rf"^{_NO_VERB}{_NO_KEEPING}(.+?){_NOT_SAID_TO_BE} (?:shut|closed)$",
            r"close \1",
        ),  # "attic window shut"
        (rf"^{_NO_VERB}{_NO_KEEPING}(.+?){_NOT_SAID_TO_BE} open$", r"open \1"),
        (r"^retract\b", "close"),  # an awning: rolled in
        (r"^extend\b", "open"),
        # "blind halfway", "open the curtains halfway"
        (
            r"^(?:open |close |put |set |move )?(.+?)(?: to)? half ?(?:way)?(?: open| closed| up| down)?$",
            r"set \1 to 50%",
        ),
        (r" to full(?: speed| brightness| power)?$", " to 100%"),
        # "72 F", "21 degrees Celsius": the degrees as the templates say them (the unit is read from
        # the sentence as said when the value is checked against the thermostat, values.py)
        (r"\b(\d+(?:\.\d+)?)(?: degrees?)? (?:fahrenheit|celsius|centigrade|f|c)\b", r"\1 degrees"),
        # "turn the heating up to 22", "bedroom lights to 30 percent", "lamp two brightness 20"
        (rf"^(?:turn|raise|lower|put|bring|move) (.+?) (?:up |down )?to {_AMOUNT}$", r"set \1 to \2"),
        (rf"^(?:turn |set |make )?(.+?) brightness (?:to )?{_AMOUNT}$", r"set \1 brightness to \2"),
        (rf"^{_NO_VERB}(.+?) (?:up |down )?(?:to|at) {_AMOUNT}$", r"set \1 to \2"),
        (
            rf"^{_NO_VERB}{_NO_KEEPING}(.+?){_NOT_SAID_TO_BE} {_UNIT_AMOUNT}$",
            r"set \1 to \2",
        ),  # "blinds 50 percent"
        (
            rf"^{_NO_VERB}(.+?) (?:open|opened|up)(?: to)? {_AMOUNT}$",
            r"set \1 to \2",
        ),  # "garage door open 50%"
        (rf"^dim ((?:all|every|each) .+) to {_AMOUNT}$", r"set \1 to \2"),
        # "set the fan in the bedroom to 30 percent": the room's fan, as the templates say it
        (rf"^set (?:the )?(fans?) in (?:the )?(?!here\b)(.+?) to {_AMOUNT}$", r"set the \2 \1 to \3"),
        # last, so no rule above takes the measure off again: "how cold is the freezer"
        (r"^how (?:cold|warm|hot) is (?:it in )?(?:the )?(.+)$", r"what is the \1 temperature"),
    )
)


def rephrased(text: str) -> str | None:
    """`text` with every rule applied, or None when no rule changed it."""
    said = plain(text)
    shaped = said
    for pattern, replacement in _RULES:
        shaped = plain(pattern.sub(replacement, shaped))
    return shaped if shaped and shaped != said else None


_A_ROOMS_LIGHT = re.compile(rf"^set (?:the )?(.+?) light(?: brightness)? to {_AMOUNT}$")


def a_rooms_lights(text: str) -> str | None:
    """ "set the bedroom light to 40 percent" as the templates say a room's lights, or None. Tried
    only after every other way, so a device called "Bedroom light" is set alone."""
    found = _A_ROOMS_LIGHT.match(plain(text))
    return f"set the {found[1]} lights to {found[2]}" if found and found[1] != "the" else None


# "can you ..." and "will you ..." are requests, not questions
_QUESTION_START = re.compile(
    r"^(?!do you mind\b)"
    r"(?:is|are|was|were|which|how|hows|what|whats|where|wheres|who|whos|why|do|does|did|any|have|has)\b"
)
_STILL = re.compile(r"\b(?:still|currently)\b")
_ON_OR_OFF_AT_THE_END = re.compile(r"\b(?:on|off)(?: (?:please|now|thanks|thank you|for me))*$")


def is_question(text: str) -> bool:
    """Does the sentence start the way a question does, or say "still" ("office heater still on")?
    "all lights on" does not; nor does "can you turn on the light?" (a request, "?" or not)."""
    said = plain(text)
    return bool(_QUESTION_START.match(said) or _STILL.search(said))


def may_be_a_command(text: str) -> bool:
    """A sentence a question template matched that may still be a command: "all lights on"."""
    said = plain(text)
    return not is_question(said) and bool(_ON_OR_OFF_AT_THE_END.search(said))


def plain(text: str) -> str:
    """Folded lower case words, digits, "%" and decimal points ("22.5"); no other punctuation."""
    kept = re.sub(r"[^\w\s%.]|\.(?!\d)|(?<!\d)\.", " ", fold(text.replace("_", " ")))
    return " ".join(kept.split())
