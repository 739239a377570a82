"""Whether a sentence asks for anything at all, before anyone looks for devices in it.

Only a request acts. Read from the whole sentence, in this order:
  - a polite request is a request ("can you turn on the lamp?", "would you mind ...");
  - reported speech never acts ("my wife asked me to open the garage", "the TV says ...");
  - a hypothetical never acts ("what happens if I open the garage", "would it be smart to ...");
  - a question never acts, but may be answered ("should I turn off the heater?", "is the lamp on");
  - a statement about the past or the present never acts ("I turned off the kitchen light
    yesterday", "the bedroom light was on all night", "the porch light is on");
  - a negated request never acts ("don't", "do not", "never", "no need to");
  - a request for later or on a condition never acts now ("turn off the fan in an hour", "lock the
    door when I leave", "after dinner, dim the lights", "turn on the fan for ten minutes"): nothing
    here can do a command later yet, and doing it now is what nobody asked for. A timer is no such
    request ("set a timer for ten minutes").
An exception ("all the lights except the kitchen", "keep the kitchen light on and switch the
others off") is split off the request: the request is understood without it, and what it names
is taken out of what the request acts on (understand.py).
English, like the templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from edgeagent.intent.lexicon import FILLERS, NUMBER_WORDS, words
from edgeagent.intent.telling import ROOM_WORDS


class Mood(StrEnum):
    REQUEST = "request"
    QUESTION = "question"
    HYPOTHETICAL = "hypothetical"
    REPORTED = "reported"
    STATEMENT = "statement"
    NEGATED = "negated"
    LATER = "later"  # a request for some other time, or on a condition


@dataclass(frozen=True)
class Exception_:
    """ "except the kitchen": the words of what is left out, and whether the request said the rest
    only as "the others" / "the rest" / "everything else" (so its kind comes from the kept ones)."""

    kept: str
    rest_only: bool = False


@dataclass(frozen=True)
class Meaning:
    mood: Mood
    request: str  # the sentence without its exception, as the request to understand
    exception: Exception_ | None = None

    @property
    def acts(self) -> bool:
        return self.mood is Mood.REQUEST


_SUBJECT = (
    r"(?:i|we|he|she|they|you|ive|weve|youve|theyve|hes|shes|someone|somebody|my \w+|our \w+"
    r"|the (?:kids|kid|cleaner|dog|cat|baby))"
)
_DONE_VERB = (
    r"(?:turned|switched|shut|opened|closed|locked|unlocked|left|set|dimmed|started|stopped|put|kept"
    r"|forgot|unplugged|plugged|raised|lowered|changed|adjusted)"
)
_STATE = r"(?:on|off|open|opened|closed|shut|locked|unlocked|running|dim|bright|up|down)"
_POLITE = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u|ya)|would you mind|do you mind (?!if\b|me\b|us\b)\w+ing"
    r"|would you be so kind"
    r"|(?:can|may) i (?:get|have)|i (?:want|need|would like|d like|wanna) (?:you to|the|my|all|it|to)"
    r"|id like|please|lets|let s)\b|^(?:can|could|would|will) .*\bplease\b"
)
_IMPERATIVE = re.compile(
    r"^(?:please )?(?:turn|switch|set|open|close|shut|lock|unlock|start|stop|dim|brighten|raise|lower|put"
    r"|make|run|activate|toggle|send|return|dock|pause|resume|cancel|play|kill|power|give|bring|change"
    r"|increase|decrease|leave|keep|let)\b"
)
# A verb that takes no "on" or "off" first, a state last, asked: "open sign on?", "lock screen off?" (a
# device named with a verb, asked after). "turn the fan on?" takes its "on", and asks for it.
_NAMED_AND_ASKED = re.compile(
    r"^(?:open|close|shut|lock|unlock|start|stop|dim|raise|lower|run|play|send|return|pause|change)\b"
    r"(?! (?:the|my|our|all|every|a|an|it|them)\b).*"
    r"\b(?:on|off|open|closed|locked|unlocked|running)$"
)
# said anywhere in a sentence that does not start with a command: somebody else's words, or what happened
_REPORTING = re.compile(
    r"\b(?:says|said|say so|told|tells|asked|asks|wants|wanted|reckons|thinks|thought|suggested|suggests"
    r"|mentioned|insisted|insists|keeps saying|apparently|supposedly|according to|heard that)\b"
)
_HAPPENED = re.compile(
    r"\b(?:started|stopped|finished|went|came|ran|was|were|had|did|turned|switched|opened|closed|locked"
    r"|unlocked|left|forgot|already)\b"
)
# a device described, not asked for: "the kettle takes ages to boil", "the switch controls the stereo"
_DESCRIBED = re.compile(
    r"^(?:the|my|our|this|that) (?:\w+ ){1,4}?(?:takes|controls|uses|works|runs|seems|looks|sounds|makes"
    r"|keeps|stays|belongs|powers|feeds|lasts|costs)\b"
)
_SOMEONE = re.compile(
    r"^(?:he|she|they|someone|somebody|everyone|everybody|nobody|people|(?:my|our|the) (?:wife|husband"
    r"|partner|son|daughter|kid|kids|mum|mom|dad|mother|father|brother|sister|friend|neighbou?r|flatmate"
    r"|roommate|landlord|boss|family|guest|guests|children|baby|dog|cat|cleaner|nanny))\b"
)
_REPORTED = re.compile(
    rf"^(?:{_SUBJECT}|the (?:tv|television|radio|news|app|kid|kids|neighbou?r|landlord|doctor|manual))"
    r"(?: \w+)? (?:asked|told|wants|wanted|said|says|say|keeps saying|suggested|reminded|insists|thinks)\b"
    r"|\b(?:asked me to|told me to|wants me to|said to|says to|reminded me to|suggested i)\b"
)
_HYPOTHETICAL = re.compile(
    r"^(?:what (?:happens|would happen|will happen|if)|what if|if\b|suppose|supposing|imagine|in case"
    r"|would it be|is it (?:safe|smart|ok|okay|a good idea|wise)|do you think|hypothetically)"
    r"|\b(?:would it be (?:smart|safe|wise|ok|okay|a good idea)|is it a good idea)\b"
)
_QUESTION = re.compile(
    r"^(?:is|are|was|were|am|which|how|what|whats|where|wheres|who|whos|why|when|do|does|did|have|has"
    r"|had|should|shall|must|any|can (?:the|it|my|our|this|that|a|an)|could (?:the|it|i|we)|will (?:the|it)"
    r"|would (?:the|it|i|we)|can i|may i)\b"
)
_PAST = re.compile(
    rf"^{_SUBJECT}(?: \w+)? (?:already |just |never |accidentally |finally )?{_DONE_VERB}\b"
    r"|\b(?:yesterday|last night|last week|all night|all day|earlier today|this morning|ago)\b"
    rf"|^(?:the |my |our )?[\w ]+? (?:was|were|has been|have been|is still|are still) {_STATE}\b"
    rf"|^(?:the |my |our )[\w ]+? (?:is|are) {_STATE}$"
)
_NEGATED = re.compile(
    r"^(?:(?:please |just )?(?:dont|do not|never(?! mind)|no need to|theres no need to|you dont need to"
    r"|you dont have to|no dont|dont bother|i dont want|i do not want|i dont need|we dont want"
    r"|we dont need)\b)"
    r"|\b(?:dont|do not|never) (?:turn|switch|open|close|unlock|lock|set|start|dim|touch|change)\b"
    r"|\b(?:actually|wait|no) (?:dont|do not|never mind)\b"
    r"|^(?:just )?forget (?:about )?(?:the|my)\b"
    r"|\b(?:doesnt|does not|dont|do not|wont|will not) need (?:to be |to go )?(?:turning|switching|turned"
    r"|switched|on|off|opening|closing|changing)\b"
    r"|(?<!and )(?<!then )\b(?:leave|keep) (?:it|them|that|this|those|these) (?:on|off|open|closed|shut"
    r"|locked|unlocked|as it is|as they are|as is|alone|be)$"
    r"|^(?:please )?(?:just )?leave (?:it|them|(?:the |my |our )?(?:\w+ ){1,4}?)(?:alone|be)\b"
    r"(?! and| but| then)"
)
_COUNT = (
    r"(?:a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|a few|a couple of"
    r"|half an|\d+)"
)
_SPAN = rf"{_COUNT} (?:more )?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)"
_CLOCK = (
    r"at \d+(?: \d\d)? ?(?:am|pm|a m|p m|oclock|o clock)|at \d+ \d\d"
    r"|at (?:noon|midnight|sunrise|sunset|dawn|dusk)"
)
_WHOSE = "my|our|your|his|her|their|this|that|a|an"  # "when my programme finishes": someone's something
_LATER = re.compile(
    r"^(?:tonight|tomorrow|later|after|before|once|whenever|as soon as|until|till"
    r"|(?:every|each) (?:morning|night|evening|day|hour|week|time))\b"
    rf"|\b(?:in {_SPAN}|for {_SPAN}|{_SPAN} from now|{_CLOCK}|tonight|tomorrow|later on|later"
    rf"|when (?:i|we|you|it|the|they|someone|somebody|{_WHOSE})|as soon as"
    rf"|once (?:i|we|it|the|they|everyone|everybody|were|im|its|theyre|youre|ive|weve|youve|{_WHOSE})"
    r"|whenever|until|till|if (?:it|i|we|the|anyone|someone|nobody)|every (?:morning|night|evening|day|hour)"
    rf"|before (?:bed|bedtime|i|we|they|dinner|lunch|breakfast|{_WHOSE})"
    rf"|after (?:dinner|lunch|breakfast|i|we|they|sunset|dark|midnight|{_WHOSE}))\b"
)
_PLEASE = re.compile(r"\b(?:please|pls|plz)$")
_TIMER = re.compile(r"\b(?:timers?|alarms?|remind|reminder|countdown)\b")
_EXCEPT = re.compile(
    r"^(?P<request>.+?) (?:except for|except|accept|apart from|other than|but not|besides|save for|excluding"
    r"|with the exception of|but|not) (?:the |my |in the |in |on the )?(?P<kept>.+)$"
)
_KEEP_AND_REST = re.compile(
    r"^(?:please )?(?:keep|leave) (?P<kept>.+?) (?:on|off|open|closed|as (?:it is|they are)|alone)"
    r"(?: and| but| then)? (?P<verb>turn|switch|shut|close|open|put) (?P<rest>.+)$"
)
_NOT_THAT = re.compile(r"^(?P<request>.+?) (?:but )?not (?:the |my )?(?P<kept>.+)$")
_REQUEST_THEN_KEEP = re.compile(
    r"^(?P<request>.+?) but (?:keep|leave) (?:the |my )?(?P<kept>.+?)(?: on| off| open| closed| alone)?$"
)
_THE_REST = re.compile(
    r"^(?:(?:on|off) )?(?:(?:all )?the rest of (?:the )?\w+|the rest|the others|everything else"
    r"|all the others|all the rest|all others"
    r"|every other one|every other \w+|all (?:the )?other \w+|the other \w+|other \w+)(?: (?:on|off))?$"
)
_ALL = re.compile(r"\b(?:all|every|everything|each|both|lights|lamps|fans|switches|blinds|doors|devices)\b")


def read(text: str) -> Meaning:
    """The sentence's mood, and its request without an exception. Numbers Whisper split are one
    ("100 and 20%" is 120 %). The request starts after a
    "hang on"-style lead-in; a sentence that corrects itself ("turn on the, no, off the porch
    light") is what it says after the correction; a statement of a reason followed by a request
    ("I'm locked out, please unlock the door") is that request."""
    text = _HUNDRED_AND.sub(lambda m: str(int(m["hundreds"]) + int(m["rest"])), text)
    text = _IS_CONTRACTED.sub(r"\1 is ", text)  # "the window's open" says how it is, like "is open"
    said = _plain(text)
    lead_in = len(words(text)) - len(said.split())
    if _HOLD_ON.search(" ".join(words(text)[:lead_in])):  # "hang on... ok, kitchen light off"
        text = re.sub(rf"^\W*(?:[\w']+\W+){{{lead_in}}}", "", text)  # its "on" is no request
    corrected = None if _DECIMAL.search(text) else _self_corrected(said)
    if corrected is not None:
        said = text = corrected
    mood = _mood(said, asked=text.rstrip().endswith("?"))
    last = _request_after_a_reason(text) if mood is Mood.STATEMENT else None
    if mood is Mood.REQUEST and _after_a_stated_reason(text):
        last = _request_after_a_reason(text)  # "I'm off to bed, kill the lights"
    if last is not None:  # "I'm locked out, please unlock the door"
        said, text, mood = _plain(last), last, Mood.REQUEST
    if mood is not Mood.REQUEST:
        return Meaning(mood, text)
    return _split_exception(said) or _exception_after_a_reason(text) or Meaning(Mood.REQUEST, text)


def _plain(text: str) -> str:
    """The words, without what people say before a request while they gather themselves ("um",
    "okay", "hang on... ok,")."""
    said = " ".join(words(text))
    while (shorter := _LEAD_IN.sub("", said, count=1)) != said:
        said = shorter
    return said


_IS_CONTRACTED = re.compile(
    r"\b(?!let['’]s)(\w+)['’]s (?=(?:on|off|open|closed|shut|locked|unlocked|up|down|running|at|\d+)\b)",
    re.IGNORECASE,
)
_HOLD_ON = re.compile(r"\b(?:hang on|hold on|sec|second|moment|minute)\b")
_LEAD_WORDS = FILLERS | {"ok", "okay", "hi", "now", "and", "also", "then", "right", "alright"}
_LEAD_IN = re.compile(
    rf"^(?:(?:{'|'.join(sorted(_LEAD_WORDS))}|hang on|hold on|wait a (?:sec|second|moment|minute)"
    r"|one (?:sec|second|moment)|just a (?:sec|second|moment)) )+(?=\w)"
)


_CORRECTION = re.compile(
    r"^(?P<first>.+) (?:no wait|wait no|no sorry|no no|sorry|actually|i mean|or rather|scratch that"
    r"|no(?! need| problem| thanks| worries))(?: (?:wait|sorry|i mean))? (?P<then>.+)$"
)
_PARTICLES = frozenset({"on", "off", "up", "down"})
# Whisper writes "a hundred and twenty percent" as "100 and 20%" (or "100, and 20%"): one number
_HUNDRED_AND = re.compile(r"\b(?P<hundreds>[1-9]\d*00),? and (?P<rest>[1-9]\d?)\b")
_DECIMAL = re.compile(r"\d[.,]\d")  # the corrections work on words, where 19.5 would be "19 5"
_NUMBER = re.compile(r"\b(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")
_MAKE_IT = re.compile(r"^(?:make it|set it to|set it|to|at) ")


# Rooms said alone ("the bedroom is too dark"): not the words that only say whose or which ("the kids")
_ROOMS = ROOM_WORDS - {"kids", "kid", "children", "guest", "master", "main", "spare", "family", "sitting"}
_A_VERB = re.compile(r"\b(?:is|are|was|were|s|has|have|had|will|can|\w+ing|\w+ed)\b")
_POINTS_BACK = re.compile(r"\b(?:it|them|those|these|that|this|one)\b", re.IGNORECASE)
# A clause that states a reason: someone's or something's state ("I'm off to bed", "we're going out",
# "it's freezing in here", "session's over"), never a room, an exception, a condition or a "not yet"
_A_REASON = re.compile(
    r"^(?:i m|im|i am|we re|were|we are|it s|its|it is|that s|thats|there s|theres|i ve|ive|i have"
    r"|we ve|weve|we have|time (?:for|to)|(?:closing|leaving|heading|going|off) (?:up|out|home|to)"
    r"|\w+ing (?:up|down|out|in|off|for|to|at|home)"  # what we are doing: "mooring up for the night"
    r"|(?:the |my |our )?(?:\w+ ){0,3}?\w+ (?:s |is |are )?(?:over|done|finished|asleep|gone|out|home|here)"
    r"|(?:the|my|our) (?:\w+ ){1,3}?(?:is|are|was|were) )\b"
)


def _clauses(text: str) -> tuple[str, str] | None:
    """The words before the last comma (plain) and the clause after it (as said), or None."""
    if "," not in text:
        return None
    reason, last = text.rsplit(",", 1)
    return _plain(reason), last


def _names_a_room(before: str) -> bool:
    """ "the bedroom is too dark, turn on the lamp": the room belongs to the request."""
    return bool(_ROOMS & set(before.split()))


def _after_a_stated_reason(text: str) -> bool:
    """ "I'm off to bed, kill the lights": a reason, then a request that does not point back at it."""
    split = _clauses(text)
    return split is not None and bool(_A_REASON.match(split[0])) and not _POINTS_BACK.search(split[1])


def _request_after_a_reason(text: str) -> str | None:
    """The request after a statement that gives its reason ("I'm locked out, please unlock the door",
    "it was on all night, turn it off"), or None: the last clause, when it is a request of its own
    and the statement is nobody's words."""
    split = _clauses(text)
    if split is None:
        return None
    before, last = split
    said = _plain(last)
    asks = bool(said) and bool(_IMPERATIVE.match(said) or _POLITE.match(said))
    if not asks or _REPORTING.search(before) or _mood(said) is not Mood.REQUEST:
        return None
    if _SOMEONE.match(before) and not _A_VERB.search(before):
        return None  # "my flatmate said to turn the heater on", heard "My flatmate centre, ..."
    if _names_a_room(before) or _IMPERATIVE.match(before) or _POLITE.match(before):
        return None  # a room of the request, or two requests ("turn on the fan, close the blind")
    return last.strip()


def _exception_after_a_reason(text: str) -> Meaning | None:
    """ "I'm going out, leave the lamp on and turn the other lights off": the exception of the last
    clause, when what comes before it states a reason ("in the bedroom, ..." is part of the request)."""
    split = _clauses(text)
    if split is None or not _A_REASON.match(split[0]) or _names_a_room(split[0]):
        return None
    return _split_exception(_plain(split[1]))


def _self_corrected(said: str) -> str | None:
    """What a sentence that corrects itself asks for: the words after the last correction, with
    what they leave out taken from the words before ("turn on the, no, off the porch light" is
    "turn off the porch light"; "hue go to twenty percent, no, make it thirty" is "hue go to
    thirty percent"; "kitchen light on, no, off" is "kitchen light off"). None when it does not
    correct itself."""
    found = _CORRECTION.match(said)
    if found is None:
        return None
    first, then = found["first"], found["then"]
    if (_IMPERATIVE.match(then) and not _MAKE_IT.match(then)) or _NEGATED.match(then):
        return then
    said_first, said_then = first.split(), _MAKE_IT.sub("", then).split()
    new_value = _NUMBER.fullmatch(said_then[0]) and set(said_then[1:]) <= {*said_first, "percent", "degrees"}
    if new_value and len(_NUMBER.findall(first)) == 1:  # "... 30 percent, sorry, 40 (percent)"
        return _NUMBER.sub(said_then[0], first)
    if len(said_then) == 1 and said_then[0] in _PARTICLES and _PARTICLES & set(said_first):
        last = max(i for i, word in enumerate(said_first) if word in _PARTICLES)
        return " ".join([*said_first[:last], said_then[0], *said_first[last + 1 :]])
    if not _IMPERATIVE.match(first):
        return then
    return " ".join([*_verb(said_first, then), then])


def _verb(first: list[str], then: str) -> list[str]:
    """The verb of the words before a correction, for the words after it: "turn on" for "the
    lamp", "turn" for "off the lamp"."""
    if len(first) > 1 and first[1] in _PARTICLES and then.split()[0] not in _PARTICLES:
        return first[:2]
    return first[:1]


def _mood(said: str, *, asked: bool = False) -> Mood:
    later = _LATER.search(said) and not (
        _TIMER.search(said) or _NEGATED.search(said) or (_QUESTION.match(said) and not _POLITE.match(said))
    )
    if later:
        return Mood.LATER
    if asked and _NAMED_AND_ASKED.match(said):
        return Mood.QUESTION  # "open sign on?": the Open Sign, asked after
    if (_POLITE.match(said) or _IMPERATIVE.match(said)) and not _NEGATED.search(said):
        return Mood.REQUEST
    for mood, pattern in (
        (Mood.REPORTED, _REPORTED),
        (Mood.HYPOTHETICAL, _HYPOTHETICAL),
        (Mood.NEGATED, _NEGATED),
        (Mood.QUESTION, _QUESTION),
        (Mood.STATEMENT, _PAST),
    ):
        if pattern.search(said):
            return mood
    return _unless_told(said, asked=asked)


def _unless_told(said: str, *, asked: bool) -> Mood:
    """A sentence that does not start with a command and speaks of someone's words or of what
    happened ("the roborock started cleaning at nine", "mum reckons the heater should go off"), or
    of other people ("the kids like the lamp on"): not a request to the assistant. Said as a
    question ("xbox plug on?"), it asks how things are."""
    if _IMPERATIVE.match(said):
        return Mood.REQUEST
    if asked and not _PLEASE.search(said):
        return Mood.QUESTION
    if _REPORTING.search(said):
        return Mood.REPORTED
    if _HAPPENED.search(said) or _SOMEONE.match(said) or _DESCRIBED.match(said):
        return Mood.STATEMENT
    return Mood.REQUEST


def _split_exception(said: str) -> Meaning | None:
    keep = _KEEP_AND_REST.match(said)
    if keep and _THE_REST.match(keep["rest"]):
        state = "off" if re.search(r"\boff\b", keep["rest"]) else "on"
        request = f"{keep['verb']} {state} the rest"
        return Meaning(Mood.REQUEST, request, Exception_(keep["kept"], rest_only=True))
    later = _REQUEST_THEN_KEEP.match(said)
    if later and _ALL.search(later["request"]):
        return Meaning(Mood.REQUEST, later["request"], Exception_(later["kept"]))
    split = _EXCEPT.match(said)
    if split and _ALL.search(split["request"]):
        return Meaning(Mood.REQUEST, split["request"], Exception_(split["kept"]))
    corrected = _NOT_THAT.match(said)
    if corrected:  # "turn on the bed lamp, not the desk lamp"
        return Meaning(Mood.REQUEST, corrected["request"], Exception_(corrected["kept"]))
    return None
