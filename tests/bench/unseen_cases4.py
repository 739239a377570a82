"""A fourth set of unseen homes, split FRESH3: homes and sentences nobody who tuned the code wrote or saw.

Written by a stranger to the code under test (nothing under edgeagent/ was read, no failure of any set
was looked at), after reading only the format of tests/bench/unseen_cases.py, tests/bench/homes.py,
tests/bench/trust_cases.py and the head of tests/bench/unseen_cases3.py (their docstrings, dataclasses,
labels and builders), none of the earlier sets' sentences beyond one model home. Ten homes of shapes
none of the earlier sets has:

- a Philips Hue home: the bridge's own names ("Hue White Ambiance 1", "Hue Play Bar left", "Hue Signe
  Floor Lamp", "Hue Iris"), a "Hue Smart Plug" in two rooms, Hue motion and contact sensors, a tado;
- an American Z-Wave house in °F whose devices keep their model names ("Zooz ZEN77 Dimmer", "Inovelli
  Red Dimmer", "Schlage BE469", "Honeywell T6 Pro", "GE Enbrighten Switch" on the porch);
- a Matter flat of mixed vendors ("Eve Energy", "Nanoleaf Essentials A19", "Aqara Door Lock U100",
  "Eve Thermo", "Dreo Tower Fan", "Roborock Qrevo");
- a market garden: glasshouse, polytunnel, propagation house (roof and side vents, a shade screen,
  misters, heat mats, a "Drip Irrigation" valve in two houses, a frost heater of 2-25 °C);
- a Québec bungalow set up in French and English ("Salon / Living Room", "Sous-sol / Basement"),
  French device names ("Plafonnier" in two rooms, "Chauffe-eau", "Chauffe-moteur", "Veilleuse") and a
  Sinopé baseboard thermostat in every room;
- a recording studio: control room, live room, vocal booth, machine room, loading bay door, an "On Air
  Sign", two air conditioners;
- a village hall: main hall, stage, committee room, foyer, kitchen with a tea urn, a car park barrier;
- a reptile and fish keeper's house: vivarium thermostats (20-35 °C), basking lamp, UVB, fogger,
  aquarium light, heater and CO2, a garden pond;
- a ski chalet in °F: gas fireplace, boot warmers, heated driveway, snow depth, an ecobee and a Mysa;
- a boxing and fitness gym: gym floor, ring, studio, changing rooms, a "Big Ass Fan", a front roller
  shutter (a garage door by class), infrared heaters, a CO2 reading.

The expectations mean what tests/bench/unseen_cases.py says (ACT / ASK_FIRST / ANSWER / CLARIFY /
NO_ACTION), with the same approaches and kinds: a room, a device or a device kind the home (or the
room) lacks is CLARIFY; a number no device takes is CLARIFY; a name several rooms share with no room
said is CLARIFY; a statement, a negation, reported speech, a hypothetical, a request for later or on a
condition, and a question asking the assistant to vouch for what it did are NO_ACTION. States are
chosen so that every single-device command changes something (a light turned on is off, a lock locked
is unlocked, a thermostat is set away from its target), and a clarify over a shared name never hinges
on which of them is on. Every case is in the split FRESH3.

NEVER TUNE ON THESE. `python -m tests.bench.unseen_homes --fresh3` runs only them and prints aggregate
counts; their failures are listed only with `--list-held-out`, for the final measurement.
"""

from __future__ import annotations

from collections.abc import Iterable

from tests.bench.homes import Device, Home
from tests.bench.trust_cases import TrustHome
from tests.bench.unseen_cases import (  # the builders and answer words mean what they mean there
    _CLEAR,
    _DIM,
    _NO,
    _OFF,
    _ON,
    _OPEN,
    _POSITION,
    _SPEED,
    INDIRECT,
    MISHEARD,
    PLAIN,
    POLITE,
    TERSE,
    TRAP,
    UNITS,
    UnseenCase,
    act,
    answer,
    ask,
    clarify,
    in_split,
    nothing,
)

FRESH3 = "FRESH3"

# ------------------------------------------------------------------------------------------ builders


def _in(home: TrustHome, cases: Iterable[UnseenCase]) -> list[UnseenCase]:
    return in_split(home, FRESH3, cases)


_COLOR = ("brightness", "color", "color_temp")
_WHITE = ("brightness", "color_temp")

_IS_CLOSED = ("closed", "yes", "shut")
_NOT_SHUT = ("open", "no", "not")
_LOCKED = ("locked", "yes")
_UNLOCKED = ("unlocked", "no", "not")
_MOVING = ("yes", "motion", "movement", "detected", "someone")


def _celsius(low: float, high: float) -> dict[str, object]:
    return {"min_temp": low, "max_temp": high, "temperature_unit": "C"}


def _fahrenheit(low: float, high: float) -> dict[str, object]:
    return {"min_temp": low, "max_temp": high, "temperature_unit": "F"}


# ------------------------------------------------------------------------------------------ homes

# ---- a Philips Hue home

_LR, _HALL = "Living Room", "Hallway"
_HWA1, _HWA2 = f"Hue White Ambiance 1@{_LR}", f"Hue White Ambiance 2@{_LR}"
_PBL, _PBR = f"Hue Play Bar left@{_LR}", f"Hue Play Bar right@{_LR}"
_SIGNE, _STRIP = "Hue Signe Floor Lamp@Dining Room", "Hue Lightstrip Plus@Kitchen"
_IRIS, _BEING, _LILY = "Hue Iris@Bedroom", "Hue Being@Office", "Hue Lily@Garden"
_TADO, _LINUS = f"tado Smart Thermostat@{_LR}", f"Yale Linus@{_HALL}"

HUE = TrustHome(
    Home(
        "h_hue",
        (
            Device("Hue White Ambiance 1", "light", _LR, features=_WHITE, state="ON"),
            Device("Hue White Ambiance 2", "light", _LR, features=_WHITE, state="OFF"),
            Device("Hue Play Bar left", "light", _LR, features=_COLOR, state="OFF"),
            Device("Hue Play Bar right", "light", _LR, features=_COLOR, state="OFF"),
            Device("Hue Signe Floor Lamp", "light", "Dining Room", features=_COLOR, state="OFF"),
            Device("Hue Lightstrip Plus", "light", "Kitchen", features=_COLOR, state="OFF"),
            Device("Hue Iris", "light", "Bedroom", features=_COLOR, state="OFF"),
            Device("Hue Being", "light", "Office", features=_WHITE, state="OFF"),
            Device("Hue Lily", "light", "Garden", features=_COLOR, state="OFF"),
            Device("Hue Smart Plug", "switch", "Office", "outlet", state="OFF"),
            Device("Hue Smart Plug", "switch", _LR, "outlet", state="OFF"),
            Device("Hue Motion Sensor", "binary_sensor", _HALL, "motion", state="ON"),
            Device("Hue Motion Sensor Temperature", "sensor", _HALL, "temperature", state="18.9"),
            Device("Hue Secure Contact Sensor", "binary_sensor", _HALL, "door", state="OFF"),
            Device("tado Smart Thermostat", "climate", _LR),
            Device("Yale Linus", "lock", _HALL, state="LOCKED"),
        ),
        floors={
            "downstairs": (_LR, "Dining Room", "Kitchen", _HALL),
            "upstairs": ("Bedroom", "Office"),
            "outside": ("Garden",),
        },
    ),
    here="",
    discovery={_TADO: _celsius(5, 25)},
    states={_TADO: {"current_temperature": 20.5, "target_temperature": 20}},
)

_LR_HUE = (_HWA1, _HWA2, _PBL, _PBR)

_HUE = _in(
    HUE,
    [
        act(PLAIN, "turn on both play bars", "turn_on", _PBL, _PBR),
        act(UNITS, "play bars to 20 percent", "brightness", _PBL, _PBR, value=20),
        act(TERSE, "left play bar on", "turn_on", _PBL),
        act(MISHEARD, "set hue white ambience 2 to seventy percent", "brightness", _HWA2, value=70),
        act(PLAIN, "turn on the signe floor lamp", "turn_on", _SIGNE),
        act(MISHEARD, "turn the sign a floor lamp on", "turn_on", _SIGNE),
        act(INDIRECT, "dinner's on the table, can we have the dining room light on", "turn_on", _SIGNE),
        act(POLITE, "could you turn on the lightstrip in the kitchen please", "turn_on", _STRIP),
        act(UNITS, "iris down to ten percent", "brightness", _IRIS, value=10),
        act(TERSE, "iris on", "turn_on", _IRIS),
        act(POLITE, "can you turn on the office ceiling light", "turn_on", _BEING),
        act(MISHEARD, "turn on the hue lilly in the garden", "turn_on", _LILY),
        act(UNITS, "set the tado to 22 degrees", "target_temperature", _TADO, value=22),
        act(MISHEARD, "turn the taddo up to twenty one", "target_temperature", _TADO, value=21),
        act(
            POLITE,
            "would you switch on the smart plug in the office",
            "turn_on",
            "Hue Smart Plug@Office",
            kind=TRAP,
        ),
        act(TERSE, "lights out", "turn_off", *_LR_HUE, here=_LR),
        act(PLAIN, "turn on all the lights downstairs", "turn_on", *_LR_HUE, _SIGNE, _STRIP),
        act(
            INDIRECT,
            "I'm working late tonight, put the office light up to full",
            "brightness",
            _BEING,
            value=100,
        ),
        act(UNITS, "living room lights at 35%", "brightness", *_LR_HUE, value=35),
        act(
            PLAIN,
            "turn off all the lights except the play bars",
            "turn_off",
            _HWA1,
            _HWA2,
            _SIGNE,
            _STRIP,
            _IRIS,
            _BEING,
            _LILY,
            but=(_PBL, _PBR),
        ),
        act(
            INDIRECT,
            "leave the garden light on and switch the others off",
            "turn_off",
            *_LR_HUE,
            _SIGNE,
            _STRIP,
            _IRIS,
            _BEING,
            but=(_LILY,),
        ),
        act(
            POLITE,
            "could you turn on every light upstairs except the iris",
            "turn_on",
            _BEING,
            but=(_IRIS,),
        ),
        ask(POLITE, "could you unlock the front door for me", _LINUS),
        ask(MISHEARD, "unlock the yale line us", _LINUS),
        answer(
            PLAIN,
            "what temperature is it in the hall right now",
            f"Hue Motion Sensor Temperature@{_HALL}",
            "18.9",
        ),
        answer(TERSE, "front door shut?", f"Hue Secure Contact Sensor@{_HALL}", *_IS_CLOSED),
        answer(INDIRECT, "is anyone moving around in the hallway", f"Hue Motion Sensor@{_HALL}", *_MOVING),
        answer(POLITE, "could you tell me what the tado is set to", _TADO, "20"),
        answer(PLAIN, "is the smart plug in the living room on", f"Hue Smart Plug@{_LR}", *_OFF),
        clarify(PLAIN, "turn on the hue smart plug"),
        clarify(UNITS, "set the tado to 30"),
        clarify(MISHEARD, "turn on the bath room light"),
        clarify(TERSE, "garage lights on"),
        nothing(PLAIN, "don't turn off the play bars, we're still watching", kind=TRAP),
        nothing(INDIRECT, "the garden light was on all night", kind=TRAP),
        nothing(MISHEARD, "what would happen if i unplugged the hue bridge", kind=TRAP),
        nothing(POLITE, "lovely, thank you"),
        nothing(PLAIN, "turn the living room lights off when the film finishes", kind=TRAP),
        nothing(TERSE, "you dimmed the iris earlier, right?", kind=TRAP),
    ],
)

# ---- an American Z-Wave house in °F

_ZEN04, _ZEN77 = "Zooz ZEN04 Smart Plug@Living Room", "Zooz ZEN77 Dimmer@Living Room"
_INOV, _ZEN72 = "Inovelli Red Dimmer@Kitchen", "Zooz ZEN72 Dimmer@Kids Room"
_GE_PORCH, _LEV = "GE Enbrighten Switch@Front Porch", "Leviton DZ6HD@Master Bedroom"
_GE_FAN = "GE Enbrighten Fan Control@Master Bedroom"
_AEOTEC, _SCHLAGE, _KWIK = (
    "Aeotec Garage Door Controller@Garage",
    "Schlage BE469@Front Porch",
    "Kwikset 910@Garage",
)
_T6, _FIBARO, _DEHUM = (
    "Honeywell T6 Pro@Living Room",
    "Fibaro Roller Shutter 3@Den",
    "Dehumidifier ZEN15@Basement",
)

ZWAVE = TrustHome(
    Home(
        "h_zwave",
        (
            Device("Zooz ZEN04 Smart Plug", "switch", "Living Room", "outlet", state="OFF"),
            Device("Zooz ZEN77 Dimmer", "light", "Living Room", features=_DIM, state="ON"),
            Device("Inovelli Red Dimmer", "light", "Kitchen", features=_DIM, state="OFF"),
            Device("GE Enbrighten Switch", "switch", "Front Porch", state="OFF"),
            Device("Leviton DZ6HD", "light", "Master Bedroom", features=_DIM, state="OFF"),
            Device("GE Enbrighten Fan Control", "fan", "Master Bedroom", features=_SPEED, state="OFF"),
            Device("Zooz ZEN72 Dimmer", "light", "Kids Room", features=_DIM, state="OFF"),
            Device("Aeotec Garage Door Controller", "cover", "Garage", "garage", state="closed"),
            Device("Schlage BE469", "lock", "Front Porch", state="LOCKED"),
            Device("Kwikset 910", "lock", "Garage", state="UNLOCKED"),
            Device("Honeywell T6 Pro", "climate", "Living Room"),
            Device("MultiSensor 6 Temperature", "sensor", "Den", "temperature", state="73", unit="°F"),
            Device("Zooz ZSE41 Back Door", "binary_sensor", "Kitchen", "door", state="OFF"),
            Device("Dome Leak Sensor", "binary_sensor", "Basement", "moisture", state="ON"),
            Device("Fibaro Roller Shutter 3", "cover", "Den", "shade", _POSITION, "closed"),
            Device("Dehumidifier ZEN15", "switch", "Basement", "outlet", state="OFF"),
        ),
        floors={
            "main floor": ("Living Room", "Kitchen", "Den", "Front Porch", "Garage"),
            "upstairs": ("Master Bedroom", "Kids Room"),
            "basement": ("Basement",),
        },
    ),
    here="",
    discovery={_T6: _fahrenheit(50, 90)},
    states={_T6: {"current_temperature": 71, "target_temperature": 68}},
)

_ZWAVE = _in(
    ZWAVE,
    [
        act(PLAIN, "switch the kitchen lights on", "turn_on", _INOV),
        act(TERSE, "porch light on", "turn_on", _GE_PORCH),
        act(UNITS, "put the thermostat on 72 degrees fahrenheit", "target_temperature", _T6, value=72),
        act(UNITS, "bump the heat up to 25 celsius", "target_temperature", _T6, value=77),
        act(MISHEARD, "turn the honey well up to seventy four", "target_temperature", _T6, value=74),
        act(POLITE, "can you lock the door to the garage for me", "lock", _KWIK),
        act(MISHEARD, "lock the quick set", "lock", _KWIK),
        act(PLAIN, "turn the ceiling fan on in the master bedroom", "turn_on", _GE_FAN),
        act(UNITS, "bedroom fan to 33%", "percentage", _GE_FAN, value=33),
        act(TERSE, "lights on", "turn_on", _ZEN72, here="Kids Room"),
        act(POLITE, "please dim the kids room light to 10 percent", "brightness", _ZEN72, value=10),
        act(POLITE, "could you open the den shade", "open", _FIBARO),
        act(UNITS, "put the den shade halfway", "position", _FIBARO, value=50),
        act(MISHEARD, "turn on the d humidifier in the basement", "turn_on", _DEHUM),
        act(INDIRECT, "we're about to start a movie, shut off the living room lights", "turn_off", _ZEN77),
        act(MISHEARD, "turn on the levi ton in the master bedroom", "turn_on", _LEV),
        act(POLITE, "would you turn on the smart plug in the living room", "turn_on", _ZEN04),
        act(INDIRECT, "the kids are heading up, put the lights on upstairs", "turn_on", _LEV, _ZEN72),
        act(PLAIN, "turn on the master bedroom, no, the kids room light", "turn_on", _ZEN72),
        act(
            PLAIN,
            "turn on every light except the kids room",
            "turn_on",
            _ZEN77,
            _INOV,
            _LEV,
            but=(_ZEN72,),
        ),
        act(
            INDIRECT,
            "keep the living room light on and turn the others off",
            "turn_off",
            _INOV,
            _LEV,
            _ZEN72,
            but=(_ZEN77,),
        ),
        act(TERSE, "all lights off but the kitchen", "turn_off", _ZEN77, _LEV, _ZEN72, but=(_INOV,)),
        ask(PLAIN, "open up the garage", _AEOTEC),
        ask(MISHEARD, "unlock the shlage", _SCHLAGE),
        answer(PLAIN, "how warm is it in the den", "MultiSensor 6 Temperature@Den", "73"),
        answer(TERSE, "basement leak sensor?", "Dome Leak Sensor@Basement", "yes", "wet", "leak", "detected"),
        answer(PLAIN, "is the back door shut", "Zooz ZSE41 Back Door@Kitchen", *_IS_CLOSED),
        answer(POLITE, "could you tell me what the thermostat is set to", _T6, "68"),
        answer(INDIRECT, "did I leave the garage door open", _AEOTEC, *_NO),
        answer(INDIRECT, "did I remember to lock the front door", _SCHLAGE, *_LOCKED),
        clarify(PLAIN, "turn on the patio light"),
        clarify(UNITS, "set the thermostat to 95"),
        clarify(PLAIN, "turn on the lamp in the guest room"),
        clarify(TERSE, "zooz dimmer to 60 percent"),
        nothing(PLAIN, "don't open the garage door, the dog's out there", kind=TRAP),
        nothing(INDIRECT, "the dehumidifier's been running nonstop since tuesday", kind=TRAP),
        nothing(POLITE, "could you turn on the bedroom fan if it gets above 75", kind=TRAP),
        nothing(MISHEARD, "my wife said lock the garage door", kind=TRAP),
        nothing(TERSE, "thanks buddy"),
        nothing(PLAIN, "you shut the porch light off last night right", kind=TRAP),
    ],
)

# ---- a Matter flat of mixed vendors

_EVE, _EVE_OUT = "Eve Energy@Living Room", "Eve Energy Outdoor@Terrace"
_A19, _NSTRIP = "Nanoleaf Essentials A19@Bedroom", "Nanoleaf Essentials Lightstrip@Kitchen"
_BR30, _WIZ, _GOVEE = (
    "Nanoleaf Essentials BR30@Living Room",
    "WiZ Tunable White@Living Room",
    "Govee Floor Lamp@Living Room",
)
_EVE_BLINDS, _U100, _THERMO = "Eve MotionBlinds@Bedroom", "Aqara Door Lock U100@Entry", "Eve Thermo@Office"
_DREO, _QREVO = "Dreo Tower Fan@Office", "Roborock Qrevo@Kitchen"

MATTER = TrustHome(
    Home(
        "h_matter",
        (
            Device("Eve Energy", "switch", "Living Room", "outlet", state="OFF"),
            Device("Eve Energy Outdoor", "switch", "Terrace", "outlet", state="OFF"),
            Device("Nanoleaf Essentials A19", "light", "Bedroom", features=_COLOR, state="OFF"),
            Device("Nanoleaf Essentials Lightstrip", "light", "Kitchen", features=_COLOR, state="OFF"),
            Device("Nanoleaf Essentials BR30", "light", "Living Room", features=_COLOR, state="ON"),
            Device("WiZ Tunable White", "light", "Living Room", features=_WHITE, state="OFF"),
            Device("Govee Floor Lamp", "light", "Living Room", features=_COLOR, state="OFF"),
            Device("Eve MotionBlinds", "cover", "Bedroom", "blind", _POSITION, "closed"),
            Device("Aqara Door Lock U100", "lock", "Entry", state="LOCKED"),
            Device("Eve Thermo", "climate", "Office"),
            Device("Eve Door & Window", "binary_sensor", "Terrace", "door", state="ON"),
            Device("Eve Weather", "sensor", "Terrace", "temperature", state="14.5"),
            Device("Eve Room", "sensor", "Office", "humidity", state="48"),
            Device("Dreo Tower Fan", "fan", "Office", features=_SPEED, state="OFF"),
            Device("Roborock Qrevo", "vacuum", "Kitchen"),
            Device("Aqara Water Leak Sensor", "binary_sensor", "Kitchen", "moisture", state="OFF"),
        ),
    ),
    here="",
    discovery={_THERMO: _celsius(10, 30)},
    states={_THERMO: {"current_temperature": 19, "target_temperature": 18}},
)

_MATTER = _in(
    MATTER,
    [
        act(PLAIN, "turn on the govee floor lamp", "turn_on", _GOVEE),
        act(TERSE, "floor lamp to 20 percent", "brightness", _GOVEE, value=20),
        act(MISHEARD, "turn on the guvvy floor lamp", "turn_on", _GOVEE),
        act(POLITE, "could you set the wiz bulb to 70 percent", "brightness", _WIZ, value=70),
        act(MISHEARD, "turn on the whiz bulb in the living room", "turn_on", _WIZ),
        act(PLAIN, "turn on all the living room lights", "turn_on", _BR30, _WIZ, _GOVEE),
        act(INDIRECT, "it's too dark to read in the bedroom", "turn_on", _A19),
        act(POLITE, "could you please switch on the kitchen strip", "turn_on", _NSTRIP),
        act(MISHEARD, "turn on the nano leaf bulb in the bedroom", "turn_on", _A19),
        act(PLAIN, "open the bedroom blinds", "open", _EVE_BLINDS),
        act(UNITS, "open the bedroom blinds a quarter of the way", "position", _EVE_BLINDS, value=25),
        act(POLITE, "turn the eve plug on in the living room, would you", "turn_on", _EVE),
        act(TERSE, "terrace plug on", "turn_on", _EVE_OUT),
        act(UNITS, "office heating to 21.5", "target_temperature", _THERMO, value=21.5),
        act(MISHEARD, "set the eve thermal to twenty", "target_temperature", _THERMO, value=20),
        act(PLAIN, "start the robot vacuum", "start", _QREVO),
        act(POLITE, "send the roborock back to its base please", "dock", _QREVO),
        act(UNITS, "tower fan to 60%", "percentage", _DREO, value=60),
        act(TERSE, "fan on", "turn_on", _DREO, here="Office"),
        act(INDIRECT, "movie time, lights off in here", "turn_off", _BR30, _WIZ, _GOVEE, here="Living Room"),
        act(
            PLAIN,
            "turn off all the lights except the floor lamp",
            "turn_off",
            _BR30,
            _WIZ,
            _A19,
            _NSTRIP,
            but=(_GOVEE,),
        ),
        act(
            INDIRECT,
            "leave the bedroom lamp on and turn off the rest of the lights",
            "turn_off",
            _BR30,
            _WIZ,
            _GOVEE,
            _NSTRIP,
            but=(_A19,),
        ),
        act(
            TERSE,
            "every light on except the kitchen strip",
            "turn_on",
            _BR30,
            _WIZ,
            _GOVEE,
            _A19,
            but=(_NSTRIP,),
        ),
        ask(PLAIN, "unlock the aqara lock", _U100),
        ask(INDIRECT, "the courier's at the door, can you unlock it", _U100),
        answer(PLAIN, "what's the temperature out on the terrace", "Eve Weather@Terrace", "14.5"),
        answer(TERSE, "terrace door open?", "Eve Door & Window@Terrace", *_OPEN),
        answer(PLAIN, "how humid is the office", "Eve Room@Office", "48"),
        answer(POLITE, "can you check whether the living room plug is on", _EVE, *_OFF),
        answer(INDIRECT, "how warm is the office right now", _THERMO, "19"),
        answer(MISHEARD, "is the kitchen floor wet any leeks", "Aqara Water Leak Sensor@Kitchen", *_CLEAR),
        clarify(INDIRECT, "it's so dark in the bathroom"),
        clarify(UNITS, "set the office to 34 degrees"),
        clarify(PLAIN, "turn the dining room light on"),
        clarify(UNITS, "dim the bedroom lamp to 150 percent"),
        clarify(TERSE, "tv on"),
        nothing(PLAIN, "don't start the vacuum while I'm on this call", kind=TRAP),
        nothing(INDIRECT, "the roborock got stuck under the sofa again", kind=TRAP),
        nothing(POLITE, "would you be able to dim the floor lamp if I asked you to", kind=TRAP),
        nothing(MISHEARD, "turn off the uh no actually never mind"),
        nothing(TERSE, "cheers, ta"),
        nothing(PLAIN, "set the office heating to 22 at seven tomorrow morning", kind=TRAP),
    ],
)

# ---- a market garden

_GH, _PT, _PROP = "Glasshouse", "Polytunnel", "Propagation House"
_ROOF, _SIDE, _SHADE = f"Roof Vents@{_GH}", f"Side Vents@{_PT}", f"Shade Screen@{_GH}"
_MIST, _MATS, _GROW = f"Misting System@{_PROP}", f"Heat Mats@{_PROP}", f"Grow Lights@{_PROP}"
_DRIP_GH, _DRIP_PT = f"Drip Irrigation@{_GH}", f"Drip Irrigation@{_PT}"
_FROST, _CIRC = f"Frost Heater@{_GH}", f"Circulation Fans@{_GH}"
_POTL, _PACKL = "Potting Shed Light@Potting Shed", "Packing Shed Lights@Packing Shed"
_YARD_GATE, _SHED_LOCK = "Yard Gate@Yard", "Shed Padlock@Potting Shed"

GARDEN = TrustHome(
    Home(
        "h_market_garden",
        (
            Device("Roof Vents", "cover", _GH, "window", _POSITION, "closed"),
            Device("Side Vents", "cover", _PT, "window", _POSITION, "closed"),
            Device("Shade Screen", "cover", _GH, "shade", _POSITION, "open"),
            Device("Misting System", "switch", _PROP, state="OFF"),
            Device("Heat Mats", "switch", _PROP, state="OFF"),
            Device("Grow Lights", "light", _PROP, features=_DIM, state="OFF"),
            Device("Drip Irrigation", "valve", _GH, "water", state="closed"),
            Device("Drip Irrigation", "valve", _PT, "water", state="closed"),
            Device("Frost Heater", "climate", _GH),
            Device("Circulation Fans", "fan", _GH, features=_SPEED, state="OFF"),
            Device("Potting Shed Light", "light", "Potting Shed", state="OFF"),
            Device("Packing Shed Lights", "light", "Packing Shed", state="ON"),
            Device("Yard Gate", "cover", "Yard", "gate", state="closed"),
            Device("Shed Padlock", "lock", "Potting Shed", state="LOCKED"),
            Device("Polytunnel Temperature", "sensor", _PT, "temperature", state="11.3"),
            Device("Glasshouse Humidity", "sensor", _GH, "humidity", state="88"),
        ),
    ),
    here="",
    discovery={_FROST: _celsius(2, 25)},
    states={_FROST: {"current_temperature": 6, "target_temperature": 8}},
)

_GARDEN = _in(
    GARDEN,
    [
        act(PLAIN, "open the roof vents", "open", _ROOF),
        act(UNITS, "roof vents to 25 percent", "position", _ROOF, value=25),
        act(MISHEARD, "crack the roof vence open to 10 percent", "position", _ROOF, value=10),
        act(PLAIN, "open the side vents on the polytunnel", "open", _SIDE),
        act(TERSE, "misters on", "turn_on", _MIST),
        act(INDIRECT, "the cuttings are looking parched, give them a mist", "turn_on", _MIST),
        act(MISHEARD, "turn on the grow lites", "turn_on", _GROW),
        act(UNITS, "grow lights to 75 percent", "brightness", _GROW, value=75),
        act(UNITS, "frost heater to 50 fahrenheit", "target_temperature", _FROST, value=10),
        act(MISHEARD, "set the glass house heater to twelve degrees", "target_temperature", _FROST, value=12),
        act(POLITE, "could you switch the heat mats on please", "turn_on", _MATS),
        act(POLITE, "could you get the circulation fans going please", "turn_on", _CIRC),
        act(UNITS, "circulation fans at 40 percent", "percentage", _CIRC, value=40),
        act(PLAIN, "close the shade screen", "close", _SHADE),
        act(
            INDIRECT,
            "the sun's blazing in the glasshouse, pull the shade screen halfway",
            "position",
            _SHADE,
            value=50,
        ),
        act(TERSE, "potting shed light on", "turn_on", _POTL),
        act(POLITE, "would you turn the lights off in the packing shed", "turn_off", _PACKL),
        act(PLAIN, "open the drip irrigation in the glasshouse", "open", _DRIP_GH, kind=TRAP),
        act(MISHEARD, "turn the drip on in the poly tunnel", "open", _DRIP_PT, kind=TRAP),
        act(
            PLAIN,
            "turn off all the lights except the grow lights",
            "turn_off",
            _POTL,
            _PACKL,
            but=(_GROW,),
        ),
        act(
            INDIRECT,
            "leave the packing shed lights on and turn the other lights off",
            "turn_off",
            _GROW,
            _POTL,
            but=(_PACKL,),
        ),
        act(
            POLITE,
            "could you open all the vents apart from the polytunnel ones",
            "open",
            _ROOF,
            but=(_SIDE,),
        ),
        ask(INDIRECT, "the compost delivery's here, open the yard gate", _YARD_GATE),
        ask(POLITE, "can you unlock the potting shed for me", _SHED_LOCK),
        answer(PLAIN, "how humid is the glasshouse", f"Glasshouse Humidity@{_GH}", "88"),
        answer(PLAIN, "what's the temperature in the polytunnel", f"Polytunnel Temperature@{_PT}", "11.3"),
        answer(INDIRECT, "how warm is it in the glasshouse right now", _FROST, "6"),
        answer(TERSE, "roof vents open?", _ROOF, *_NO),
        answer(POLITE, "could you tell me whether the misters are running", _MIST, *_OFF),
        clarify(PLAIN, "open the drip irrigation"),
        clarify(UNITS, "set the frost heater to 30"),
        clarify(TERSE, "pond pump on"),
        clarify(PLAIN, "open the vents in the potting shed"),
        nothing(PLAIN, "don't open the roof vents, there's a frost forecast", kind=TRAP),
        nothing(INDIRECT, "the misters were dripping all over the bench this morning", kind=TRAP),
        nothing(MISHEARD, "if it goes over 28 in the glasshouse open the vents", kind=TRAP),
        nothing(PLAIN, "my dad said to leave the heater on overnight", kind=TRAP),
        nothing(TERSE, "cheers for that"),
        nothing(POLITE, "you did close the side vents last night, didn't you?", kind=TRAP),
    ],
)

# ---- a Québec bungalow in French and English

_SALON, _CUISINE = "Salon / Living Room", "Cuisine / Kitchen"
_CHPRINC, _CHENF = "Chambre principale / Master Bedroom", "Chambre des enfants / Kids' Room"
_SOUSSOL, _ENTREE = "Sous-sol / Basement", "Entrée / Entrance"
_TH_S, _TH_M = f"Sinopé TH1123ZB@{_SALON}", f"Sinopé TH1123ZB@{_CHPRINC}"
_TH_K, _TH_B = f"Sinopé TH1123ZB@{_CHENF}", f"Sinopé TH1124ZB@{_SOUSSOL}"
_PLAF_K, _PLAF_S = f"Plafonnier@{_CUISINE}", f"Plafonnier@{_SALON}"
_CHEVET, _VEIL, _EXT = f"Lampe de chevet@{_CHPRINC}", f"Veilleuse@{_CHENF}", f"Lumière extérieure@{_ENTREE}"
_EAU, _MOTEUR, _ECH = f"Chauffe-eau@{_SOUSSOL}", "Chauffe-moteur@Garage", f"Échangeur d'air@{_SOUSSOL}"
_PORTE, _SERRURE = "Porte de garage@Garage", f"Serrure porte d'entrée@{_ENTREE}"

QUEBEC = TrustHome(
    Home(
        "h_quebec",
        (
            Device("Sinopé TH1123ZB", "climate", _SALON),
            Device("Sinopé TH1123ZB", "climate", _CHPRINC),
            Device("Sinopé TH1123ZB", "climate", _CHENF),
            Device("Sinopé TH1124ZB", "climate", _SOUSSOL),
            Device("Chauffe-eau", "switch", _SOUSSOL, state="ON"),
            Device("Chauffe-moteur", "switch", "Garage", "outlet", state="OFF"),
            Device("Échangeur d'air", "fan", _SOUSSOL, features=_SPEED, state="OFF"),
            Device("Plafonnier", "light", _CUISINE, features=_DIM, state="OFF"),
            Device("Plafonnier", "light", _SALON, features=_DIM, state="ON"),
            Device("Lampe de chevet", "light", _CHPRINC, features=_DIM, state="OFF"),
            Device("Veilleuse", "light", _CHENF, features=_DIM, state="OFF"),
            Device("Lumière extérieure", "light", _ENTREE, state="OFF"),
            Device("Porte de garage", "cover", "Garage", "garage", state="closed"),
            Device("Serrure porte d'entrée", "lock", _ENTREE, state="UNLOCKED"),
            Device("Capteur de fuite", "binary_sensor", _SOUSSOL, "moisture", state="OFF"),
            Device("Température extérieure", "sensor", _ENTREE, "temperature", state="-14.5"),
        ),
        floors={"main floor": (_SALON, _CUISINE, _CHPRINC, _CHENF, _ENTREE), "basement": (_SOUSSOL,)},
    ),
    here="",
    discovery={
        _TH_S: _celsius(5, 30),
        _TH_M: _celsius(5, 30),
        _TH_K: _celsius(5, 30),
        _TH_B: _celsius(5, 30),
    },
    states={
        _TH_S: {"current_temperature": 19, "target_temperature": 21},
        _TH_M: {"current_temperature": 17, "target_temperature": 18},
        _TH_K: {"current_temperature": 18, "target_temperature": 19},
        _TH_B: {"current_temperature": 16, "target_temperature": 17},
    },
)

_QUEBEC = _in(
    QUEBEC,
    [
        act(PLAIN, "turn on the plafonnier in the kitchen", "turn_on", _PLAF_K, kind=TRAP),
        act(TERSE, "kitchen light on", "turn_on", _PLAF_K, kind=TRAP),
        act(MISHEARD, "turn off the plafond ye in the salon", "turn_off", _PLAF_S, kind=TRAP),
        act(UNITS, "living room light to 40 percent", "brightness", _PLAF_S, value=40, kind=TRAP),
        act(POLITE, "could you put the veilleuse on for the kids", "turn_on", _VEIL),
        act(INDIRECT, "the little one's scared of the dark, put her night light on", "turn_on", _VEIL),
        act(POLITE, "could you turn on the bedside lamp in the master bedroom please", "turn_on", _CHEVET),
        act(PLAIN, "put the salon heating on 22", "target_temperature", _TH_S, value=22, kind=TRAP),
        act(UNITS, "kids' room heat to 68 fahrenheit", "target_temperature", _TH_K, value=20, kind=TRAP),
        act(
            MISHEARD,
            "set the basement thermostat to seventeen and a half",
            "target_temperature",
            _TH_B,
            value=17.5,
        ),
        act(
            UNITS,
            "turn the heat down to 16 degrees in the master bedroom",
            "target_temperature",
            _TH_M,
            value=16,
            kind=TRAP,
        ),
        act(MISHEARD, "turn on the chauffe moteur in the garage", "turn_on", _MOTEUR),
        act(MISHEARD, "turn off the chauffe eau", "turn_off", _EAU),
        act(UNITS, "air exchanger to 50%", "percentage", _ECH, value=50),
        act(MISHEARD, "turn on the exchanger dare", "turn_on", _ECH),
        act(TERSE, "outside light on", "turn_on", _EXT),
        act(POLITE, "can you lock the front door please", "lock", _SERRURE),
        act(TERSE, "light out", "turn_off", _PLAF_S, here=_SALON, kind=TRAP),
        act(
            PLAIN,
            "turn off all the lights except the veilleuse",
            "turn_off",
            _PLAF_K,
            _PLAF_S,
            _CHEVET,
            _EXT,
            but=(_VEIL,),
        ),
        act(
            INDIRECT,
            "we're going to bed, leave the outside light on and shut off the other lights",
            "turn_off",
            _PLAF_K,
            _PLAF_S,
            _CHEVET,
            _VEIL,
            but=(_EXT,),
        ),
        act(
            PLAIN,
            "set all the thermostats to 18 except the basement",
            "target_temperature",
            _TH_S,
            _TH_M,
            _TH_K,
            value=18,
            but=(_TH_B,),
        ),
        act(
            MISHEARD,
            "turn of all the lights but the kitchen",
            "turn_off",
            _PLAF_S,
            _CHEVET,
            _VEIL,
            _EXT,
            but=(_PLAF_K,),
        ),
        ask(INDIRECT, "I'm backing the car out, open the garage for me", _PORTE),
        ask(MISHEARD, "open the port de garage", _PORTE),
        answer(UNITS, "how many degrees is it outside", f"Température extérieure@{_ENTREE}", "14.5"),
        answer(TERSE, "basement leak?", f"Capteur de fuite@{_SOUSSOL}", *_CLEAR),
        answer(PLAIN, "what's the living room thermostat set to", _TH_S, "21"),
        answer(PLAIN, "how warm is it in the kids' room", _TH_K, "18"),
        answer(POLITE, "could you check if the chauffe-eau is on", _EAU, *_ON),
        clarify(PLAIN, "set the sinope to 20"),
        clarify(TERSE, "plafonnier to 50 percent"),
        clarify(UNITS, "set the master bedroom to 35"),
        clarify(PLAIN, "turn on the light in the bathroom"),
        nothing(PLAIN, "don't touch the chauffe-eau, the plumber's working on it", kind=TRAP),
        nothing(INDIRECT, "the garage door froze shut again last night", kind=TRAP),
        nothing(MISHEARD, "plug in the chauffe moteur at five tomorrow morning", kind=TRAP),
        nothing(POLITE, "merci beaucoup"),
        nothing(PLAIN, "what would happen if I turned the échangeur d'air off for the winter", kind=TRAP),
        nothing(TERSE, "you locked the front door, eh?", kind=TRAP),
    ],
)

# ---- a recording studio

_CR, _LIVE, _BOOTH, _MR = "Control Room", "Live Room", "Vocal Booth", "Machine Room"
_ONAIR, _CRL, _LIVEL = "On Air Sign@Corridor", f"Control Room Lights@{_CR}", f"Live Room Lights@{_LIVE}"
_BOOTHL, _LOUNGEL = f"Booth Light@{_BOOTH}", "Lounge Lamps@Lounge"
_AMP, _CONSOLE, _MONITORS = f"Amp Rack@{_MR}", f"Console Power@{_CR}", f"Monitor Speakers@{_CR}"
_BFAN, _MRAC, _LIVEAC = f"Booth Fan@{_BOOTH}", f"Machine Room AC@{_MR}", f"Live Room AC@{_LIVE}"
_LOADING, _ENTRANCE = "Loading Bay Door@Loading Bay", "Front Entrance@Lounge"

STUDIO = TrustHome(
    Home(
        "h_recording_studio",
        (
            Device("On Air Sign", "light", "Corridor", state="OFF"),
            Device("Control Room Lights", "light", _CR, features=_DIM, state="ON"),
            Device("Live Room Lights", "light", _LIVE, features=_DIM, state="OFF"),
            Device("Booth Light", "light", _BOOTH, features=_DIM, state="OFF"),
            Device("Lounge Lamps", "light", "Lounge", features=_DIM, state="OFF"),
            Device("Amp Rack", "switch", _MR, state="OFF"),
            Device("Console Power", "switch", _CR, state="OFF"),
            Device("Monitor Speakers", "switch", _CR, "outlet", state="OFF"),
            Device("Booth Fan", "fan", _BOOTH, features=_SPEED, state="OFF"),
            Device("Machine Room AC", "climate", _MR),
            Device("Live Room AC", "climate", _LIVE),
            Device("Loading Bay Door", "cover", "Loading Bay", "garage", state="closed"),
            Device("Front Entrance", "lock", "Lounge", state="LOCKED"),
            Device("Machine Room Humidity", "sensor", _MR, "humidity", state="42"),
            Device("Coffee Machine", "switch", "Kitchen", "outlet", state="OFF"),
            Device("Booth Door", "binary_sensor", _BOOTH, "door", state="ON"),
        ),
    ),
    here="",
    discovery={_MRAC: _celsius(16, 26), _LIVEAC: _celsius(16, 28)},
    states={
        _MRAC: {"current_temperature": 27, "target_temperature": 22},
        _LIVEAC: {"current_temperature": 23, "target_temperature": 21},
    },
)

_STUDIO = _in(
    STUDIO,
    [
        act(INDIRECT, "we're about to record, light the on air sign", "turn_on", _ONAIR),
        act(MISHEARD, "turn on the honor sign", "turn_on", _ONAIR),
        act(PLAIN, "power up the amp rack", "turn_on", _AMP),
        act(TERSE, "console on", "turn_on", _CONSOLE),
        act(POLITE, "could you switch the monitors on", "turn_on", _MONITORS),
        act(UNITS, "control room lights to 30 percent", "brightness", _CRL, value=30),
        act(PLAIN, "turn on the live room lights", "turn_on", _LIVEL),
        act(UNITS, "live room lights at 80 percent", "brightness", _LIVEL, value=80),
        act(TERSE, "booth light on", "turn_on", _BOOTHL),
        act(MISHEARD, "dim the vocal boot light to 20 percent", "brightness", _BOOTHL, value=20),
        act(POLITE, "can you turn the booth fan on", "turn_on", _BFAN),
        act(UNITS, "booth fan to 25%", "percentage", _BFAN, value=25),
        act(UNITS, "machine room AC to 20 degrees", "target_temperature", _MRAC, value=20),
        act(
            INDIRECT,
            "the drummer's sweating buckets, knock the live room AC down to 19",
            "target_temperature",
            _LIVEAC,
            value=19,
        ),
        act(MISHEARD, "set the live room a c to twenty", "target_temperature", _LIVEAC, value=20),
        act(POLITE, "could you put the lamps on in the lounge", "turn_on", _LOUNGEL),
        act(POLITE, "stick the coffee machine on please", "turn_on", "Coffee Machine@Kitchen"),
        act(INDIRECT, "can you kill the lights in here, the screens are enough", "turn_off", _CRL, here=_CR),
        act(PLAIN, "turn on the console and the monitors", "turn_on", _CONSOLE, _MONITORS),
        act(
            PLAIN,
            "turn off all the lights except the on air sign",
            "turn_off",
            _CRL,
            _LIVEL,
            _BOOTHL,
            _LOUNGEL,
            but=(_ONAIR,),
        ),
        act(
            INDIRECT,
            "session's over, leave the lounge lamps on and switch every other light off",
            "turn_off",
            _ONAIR,
            _CRL,
            _LIVEL,
            _BOOTHL,
            but=(_LOUNGEL,),
        ),
        act(TERSE, "all lights on bar the booth", "turn_on", _ONAIR, _CRL, _LIVEL, _LOUNGEL, but=(_BOOTHL,)),
        ask(PLAIN, "open the loading bay door", _LOADING),
        ask(INDIRECT, "the band's van is outside, let them in the front", _ENTRANCE),
        answer(PLAIN, "what's the humidity in the machine room", f"Machine Room Humidity@{_MR}", "42"),
        answer(PLAIN, "how hot is the machine room", _MRAC, "27"),
        answer(TERSE, "booth door shut?", f"Booth Door@{_BOOTH}", *_NOT_SHUT),
        answer(POLITE, "could you check if the amp rack is powered on", _AMP, *_OFF),
        answer(INDIRECT, "did someone leave the control room lights on", _CRL, *_ON),
        answer(PLAIN, "what's the live room AC set to", _LIVEAC, "21"),
        clarify(PLAIN, "set the AC to 20"),
        clarify(UNITS, "set the live room ac to 30"),
        clarify(TERSE, "drum room lights on"),
        clarify(PLAIN, "turn on the tape machine"),
        nothing(PLAIN, "don't turn the amp rack off, the valves need to cool down first", kind=TRAP),
        nothing(INDIRECT, "the on air sign was flickering during the last take", kind=TRAP),
        nothing(MISHEARD, "the producer said open the loading bay at 6", kind=TRAP),
        nothing(POLITE, "could you switch the console off once we're done mixing", kind=TRAP),
        nothing(TERSE, "nice one, thanks"),
        nothing(PLAIN, "you powered the monitors down last night, yeah?", kind=TRAP),
    ],
)

# ---- a village hall

_MHL, _STAGEL, _SPOT = "Main Hall Lights@Main Hall", "Stage Lights@Stage", "Stage Spotlight@Stage"
_FOYERL, _CRL2, _KITL = "Foyer Lights@Foyer", "Committee Room Lights@Committee Room", "Kitchen Lights@Kitchen"
_CARPARK, _URN, _KX = "Car Park Floodlights@Car Park", "Tea Urn@Kitchen", "Kitchen Extractor@Kitchen"
_TX, _HALLHEAT, _CURTAINS = "Toilet Extractor@Toilets", "Hall Heating@Main Hall", "Stage Curtains@Stage"
_DOORS, _BARRIER = "Main Doors@Foyer", "Car Park Barrier@Car Park"

VILLAGE_HALL = TrustHome(
    Home(
        "h_village_hall",
        (
            Device("Main Hall Lights", "light", "Main Hall", features=_DIM, state="ON"),
            Device("Stage Lights", "light", "Stage", features=_DIM, state="OFF"),
            Device("Stage Spotlight", "light", "Stage", state="OFF"),
            Device("Foyer Lights", "light", "Foyer", state="OFF"),
            Device("Committee Room Lights", "light", "Committee Room", features=_DIM, state="OFF"),
            Device("Kitchen Lights", "light", "Kitchen", state="OFF"),
            Device("Car Park Floodlights", "light", "Car Park", state="OFF"),
            Device("Tea Urn", "switch", "Kitchen", "outlet", state="OFF"),
            Device("Kitchen Extractor", "fan", "Kitchen", features=_SPEED, state="OFF"),
            Device("Toilet Extractor", "fan", "Toilets", state="OFF"),
            Device("Hall Heating", "climate", "Main Hall"),
            Device("Stage Curtains", "cover", "Stage", "curtain", _POSITION, "closed"),
            Device("Main Doors", "lock", "Foyer", state="UNLOCKED"),
            Device("Car Park Barrier", "cover", "Car Park", "gate", state="closed"),
            Device("Fire Exit", "binary_sensor", "Main Hall", "door", state="OFF"),
            Device("Kitchen Fridge", "sensor", "Kitchen", "temperature", state="4.2"),
        ),
    ),
    here="",
    discovery={_HALLHEAT: _celsius(10, 25)},
    states={_HALLHEAT: {"current_temperature": 14, "target_temperature": 18}},
)

_VILLAGE_HALL = _in(
    VILLAGE_HALL,
    [
        act(TERSE, "spotlight on", "turn_on", _SPOT),
        act(PLAIN, "put both lights on the stage on", "turn_on", _STAGEL, _SPOT),
        act(UNITS, "hall lights to 60 percent", "brightness", _MHL, value=60),
        act(POLITE, "could someone open the stage curtains", "open", _CURTAINS),
        act(UNITS, "stage curtains three quarters open", "position", _CURTAINS, value=75),
        act(TERSE, "urn on", "turn_on", _URN),
        act(MISHEARD, "turn on the tea earn", "turn_on", _URN),
        act(MISHEARD, "turn the kitchen extracter on", "turn_on", _KX),
        act(UNITS, "kitchen extractor at 50 percent", "percentage", _KX, value=50),
        act(UNITS, "hall heating to 20 degrees", "target_temperature", _HALLHEAT, value=20),
        act(MISHEARD, "set the hole heating to 19", "target_temperature", _HALLHEAT, value=19),
        act(POLITE, "would you mind putting the lights on in here", "turn_on", _CRL2, here="Committee Room"),
        act(PLAIN, "lock the main doors", "lock", _DOORS),
        act(INDIRECT, "everyone's gone home now, lock up the front", "lock", _DOORS),
        act(POLITE, "could you put the car park lights on please", "turn_on", _CARPARK),
        act(
            INDIRECT,
            "the film's about to start, can we have the lights down to ten percent",
            "brightness",
            _MHL,
            value=10,
            here="Main Hall",
        ),
        act(TERSE, "foyer lights on", "turn_on", _FOYERL),
        act(MISHEARD, "turn on the foy a lights", "turn_on", _FOYERL),
        act(PLAIN, "switch on the toilet fan", "turn_on", _TX),
        act(POLITE, "put the foyer, no wait, the kitchen lights on please", "turn_on", _KITL),
        act(
            PLAIN,
            "turn off all the lights except the car park",
            "turn_off",
            _MHL,
            _STAGEL,
            _SPOT,
            _FOYERL,
            _CRL2,
            _KITL,
            but=(_CARPARK,),
        ),
        act(
            INDIRECT,
            "we're packing up, leave the kitchen and foyer lights on and switch off the rest",
            "turn_off",
            _MHL,
            _STAGEL,
            _SPOT,
            _CRL2,
            _CARPARK,
            but=(_KITL, _FOYERL),
        ),
        act(
            POLITE,
            "could you put every light on except the stage ones",
            "turn_on",
            _MHL,
            _FOYERL,
            _CRL2,
            _KITL,
            _CARPARK,
            but=(_STAGEL, _SPOT),
        ),
        ask(PLAIN, "raise the car park barrier", _BARRIER),
        ask(INDIRECT, "there's a van waiting at the barrier, let it in", _BARRIER),
        answer(PLAIN, "how warm is the main hall", _HALLHEAT, "14"),
        answer(PLAIN, "what temperature is the kitchen fridge at", "Kitchen Fridge@Kitchen", "4.2"),
        answer(TERSE, "fire exit shut?", "Fire Exit@Main Hall", *_IS_CLOSED),
        answer(POLITE, "can you tell me whether the urn is on", _URN, *_OFF),
        answer(INDIRECT, "did the caretaker remember to lock the main doors", _DOORS, *_UNLOCKED),
        clarify(PLAIN, "turn on the lights in the changing rooms"),
        clarify(UNITS, "set the hall heating to 28"),
        clarify(TERSE, "projector on"),
        clarify(PLAIN, "open the curtains in the committee room"),
        nothing(PLAIN, "don't touch the heating, the yoga lot like it cool", kind=TRAP),
        nothing(INDIRECT, "the spotlight blew during the panto", kind=TRAP),
        nothing(MISHEARD, "the vicar said turn the heating off after the service", kind=TRAP),
        nothing(POLITE, "thank you very much, lovely"),
        nothing(PLAIN, "switch the car park lights off at half ten", kind=TRAP),
        nothing(TERSE, "you turned the urn off after the coffee morning, right?", kind=TRAP),
    ],
)

# ---- a reptile and fish keeper's house

_RR, _FR = "Reptile Room", "Fish Room"
_BASK, _UVB, _RRL = f"Beardie Basking Lamp@{_RR}", f"Beardie UVB@{_RR}", f"Reptile Room Light@{_RR}"
_GECKO, _PYTHON, _FOG = f"Leopard Gecko Viv@{_RR}", f"Royal Python Viv@{_RR}", f"Fogger@{_RR}"
_FLUVAL, _AQH, _CO2 = f"Fluval Plant 3.0@{_FR}", f"Aquarium Heater@{_FR}", f"CO2 Solenoid@{_FR}"
_POND, _PONDL, _LRLAMP = "Pond Pump@Garden", "Pond Light@Garden", "Living Room Lamp@Living Room"
_REPT_DOOR = "Front Door@Hallway"

REPTILES = TrustHome(
    Home(
        "h_reptiles",
        (
            Device("Beardie Basking Lamp", "light", _RR, features=_DIM, state="OFF"),
            Device("Beardie UVB", "light", _RR, state="OFF"),
            Device("Reptile Room Light", "light", _RR, state="OFF"),
            Device("Leopard Gecko Viv", "climate", _RR),
            Device("Royal Python Viv", "climate", _RR),
            Device("Fogger", "switch", _RR, state="OFF"),
            Device("Fluval Plant 3.0", "light", _FR, features=_DIM, state="OFF"),
            Device("Aquarium Heater", "switch", _FR, state="ON"),
            Device("CO2 Solenoid", "switch", _FR, state="OFF"),
            Device("Fish Room Leak", "binary_sensor", _FR, "moisture", state="OFF"),
            Device("Pond Pump", "switch", "Garden", "outlet", state="OFF"),
            Device("Pond Light", "light", "Garden", state="OFF"),
            Device("Living Room Lamp", "light", "Living Room", features=_DIM, state="ON"),
            Device("Reptile Room Temperature", "sensor", _RR, "temperature", state="26.5"),
            Device("Reptile Room Humidity", "sensor", _RR, "humidity", state="55"),
            Device("Front Door", "lock", "Hallway", state="LOCKED"),
        ),
    ),
    here="",
    discovery={_GECKO: _celsius(20, 35), _PYTHON: _celsius(20, 35)},
    states={
        _GECKO: {"current_temperature": 29, "target_temperature": 31},
        _PYTHON: {"current_temperature": 30, "target_temperature": 32},
    },
)

_REPTILES = _in(
    REPTILES,
    [
        act(PLAIN, "turn on the basking lamp", "turn_on", _BASK),
        act(UNITS, "basking lamp to 60 percent", "brightness", _BASK, value=60),
        act(TERSE, "uvb on", "turn_on", _UVB),
        act(MISHEARD, "turn on the beardy u v b", "turn_on", _UVB),
        act(PLAIN, "set the gecko viv to 30", "target_temperature", _GECKO, value=30),
        act(UNITS, "python viv to 86 fahrenheit", "target_temperature", _PYTHON, value=30),
        act(MISHEARD, "set the royal pie thon viv to thirty three", "target_temperature", _PYTHON, value=33),
        act(POLITE, "could you turn the fogger on for a bit", "turn_on", _FOG),
        act(MISHEARD, "turn on the flu val", "turn_on", _FLUVAL),
        act(UNITS, "aquarium light to 40 percent", "brightness", _FLUVAL, value=40),
        act(MISHEARD, "turn the c o two on", "turn_on", _CO2),
        act(INDIRECT, "the tank's way too warm, switch the aquarium heater off", "turn_off", _AQH),
        act(TERSE, "pond pump on", "turn_on", _POND),
        act(POLITE, "would you put the pond light on please", "turn_on", _PONDL),
        act(TERSE, "lamp off", "turn_off", _LRLAMP, here="Living Room"),
        act(PLAIN, "turn on the reptile room light", "turn_on", _RRL),
        act(PLAIN, "turn on the basking lamp and the uvb", "turn_on", _BASK, _UVB),
        act(
            INDIRECT,
            "the gecko's looking sluggish, bump his viv up to 33",
            "target_temperature",
            _GECKO,
            value=33,
        ),
        act(
            PLAIN,
            "turn off all the lights except the fish tank",
            "turn_off",
            _BASK,
            _UVB,
            _RRL,
            _PONDL,
            _LRLAMP,
            but=(_FLUVAL,),
        ),
        act(
            INDIRECT,
            "I'm going out, leave the living room lamp on and turn the other lights off",
            "turn_off",
            _BASK,
            _UVB,
            _RRL,
            _FLUVAL,
            _PONDL,
            but=(_LRLAMP,),
        ),
        act(
            POLITE,
            "can you switch on every light in the reptile room apart from the uvb",
            "turn_on",
            _BASK,
            _RRL,
            but=(_UVB,),
        ),
        ask(POLITE, "would you unlock the front door", _REPT_DOOR),
        ask(INDIRECT, "the pet sitter's here, can you let her in", _REPT_DOOR),
        answer(PLAIN, "how warm is the reptile room", f"Reptile Room Temperature@{_RR}", "26.5"),
        answer(TERSE, "reptile room humidity?", f"Reptile Room Humidity@{_RR}", "55"),
        answer(PLAIN, "what's the gecko viv set to", _GECKO, "31"),
        answer(INDIRECT, "is there any water leaking in the fish room", f"Fish Room Leak@{_FR}", *_CLEAR),
        answer(POLITE, "could you tell me if the pond pump is running", _POND, *_OFF),
        clarify(PLAIN, "set the viv to 30"),
        clarify(UNITS, "set the gecko viv to 40"),
        clarify(TERSE, "tortoise lamp on"),
        clarify(PLAIN, "put the garage light on"),
        nothing(PLAIN, "don't turn off the aquarium heater, the fish will get cold", kind=TRAP),
        nothing(INDIRECT, "the basking lamp bulb went last week", kind=TRAP),
        nothing(MISHEARD, "what would happen if the viv dropped to 20 degrees", kind=TRAP),
        nothing(PLAIN, "switch the uvb off at 8 tonight", kind=TRAP),
        nothing(POLITE, "thank you, he looks much happier now"),
        nothing(TERSE, "you turned the fogger off this morning, right?", kind=TRAP),
    ],
)

# ---- a ski chalet in °F

_GREAT = "Great Room"
_FIRE, _CHAND, _ACCENT = (
    f"Gas Fireplace@{_GREAT}",
    f"Great Room Chandelier@{_GREAT}",
    f"Accent Lights@{_GREAT}",
)
_PEND, _LOFT, _DECK = "Kitchen Pendants@Kitchen", "Loft Lamps@Loft", "Deck Lights@Deck"
_BOOTS, _DRIVE, _CH_GARAGE = "Boot Warmers@Ski Room", "Heated Driveway@Driveway", "Garage Door@Garage"
_ECOBEE, _MYSA, _AUGUST = f"ecobee@{_GREAT}", "Mysa@Master Suite", "August Smart Lock@Ski Room"
_SHADES = f"Great Room Shades@{_GREAT}"

CHALET = TrustHome(
    Home(
        "h_ski_chalet",
        (
            Device("Gas Fireplace", "switch", _GREAT, state="OFF"),
            Device("Great Room Chandelier", "light", _GREAT, features=_DIM, state="OFF"),
            Device("Accent Lights", "light", _GREAT, features=_DIM, state="ON"),
            Device("Kitchen Pendants", "light", "Kitchen", features=_DIM, state="OFF"),
            Device("Loft Lamps", "light", "Loft", features=_DIM, state="OFF"),
            Device("Deck Lights", "light", "Deck", state="OFF"),
            Device("Boot Warmers", "switch", "Ski Room", state="OFF"),
            Device("Heated Driveway", "switch", "Driveway", state="OFF"),
            Device("Garage Door", "cover", "Garage", "garage", state="closed"),
            Device("ecobee", "climate", _GREAT),
            Device("Mysa", "climate", "Master Suite"),
            Device("August Smart Lock", "lock", "Ski Room", state="UNLOCKED"),
            Device("Great Room Shades", "cover", _GREAT, "shade", _POSITION, "open"),
            Device("Outdoor Temperature", "sensor", "Deck", "temperature", state="18", unit="°F"),
            Device("Snow Depth", "sensor", "Deck", state="14", unit="in"),
            Device("Water Heater Leak", "binary_sensor", "Garage", "moisture", state="OFF"),
        ),
    ),
    here="",
    discovery={_ECOBEE: _fahrenheit(45, 85), _MYSA: _fahrenheit(41, 86)},
    states={
        _ECOBEE: {"current_temperature": 64, "target_temperature": 66},
        _MYSA: {"current_temperature": 62, "target_temperature": 65},
    },
)

_CHALET = _in(
    CHALET,
    [
        act(PLAIN, "turn on the gas fireplace", "turn_on", _FIRE),
        act(INDIRECT, "we're frozen after that last run, get the fire going", "turn_on", _FIRE),
        act(TERSE, "boot warmers on", "turn_on", _BOOTS),
        act(MISHEARD, "turn on the boot warmer's", "turn_on", _BOOTS),
        act(MISHEARD, "turn on the heated drive way", "turn_on", _DRIVE),
        act(UNITS, "set the ecobee to 70 degrees", "target_temperature", _ECOBEE, value=70),
        act(UNITS, "set the ecobee to 20 celsius", "target_temperature", _ECOBEE, value=68),
        act(MISHEARD, "turn the echo bee up to seventy two", "target_temperature", _ECOBEE, value=72),
        act(PLAIN, "turn the heat in the master suite up to 68", "target_temperature", _MYSA, value=68),
        act(UNITS, "dim the chandelier to 25 percent", "brightness", _CHAND, value=25),
        act(PLAIN, "turn on the chandelier", "turn_on", _CHAND),
        act(POLITE, "could you put the kitchen pendants on", "turn_on", _PEND),
        act(TERSE, "loft lamps on", "turn_on", _LOFT),
        act(PLAIN, "lower the shades in the great room", "close", _SHADES),
        act(UNITS, "great room shades to 60 percent", "position", _SHADES, value=60),
        act(TERSE, "kill the lights", "turn_off", _CHAND, _ACCENT, here=_GREAT),
        act(PLAIN, "put the deck lights on", "turn_on", _DECK),
        act(POLITE, "lock the front door for us, would you", "lock", _AUGUST),
        act(POLITE, "turn on the loft, actually no, the deck lights please", "turn_on", _DECK),
        act(
            PLAIN,
            "turn off all the lights except the deck lights",
            "turn_off",
            _CHAND,
            _ACCENT,
            _PEND,
            _LOFT,
            but=(_DECK,),
        ),
        act(
            INDIRECT,
            "we're heading to the hot springs, kill every light but the accent lights",
            "turn_off",
            _CHAND,
            _PEND,
            _LOFT,
            _DECK,
            but=(_ACCENT,),
        ),
        act(
            POLITE,
            "can you turn all the lights on apart from the loft",
            "turn_on",
            _CHAND,
            _ACCENT,
            _PEND,
            _DECK,
            but=(_LOFT,),
        ),
        ask(INDIRECT, "we're back with the skis, open the garage", _CH_GARAGE),
        ask(MISHEARD, "open the garridge door", _CH_GARAGE),
        answer(PLAIN, "how much snow have we got", "Snow Depth@Deck", "14"),
        answer(PLAIN, "how cold is it out on the deck", "Outdoor Temperature@Deck", "18"),
        answer(TERSE, "front door locked?", _AUGUST, *_UNLOCKED),
        answer(INDIRECT, "did we leave the fireplace on", _FIRE, *_OFF),
        answer(POLITE, "could you tell me what the ecobee is set to", _ECOBEE, "66"),
        clarify(PLAIN, "set the thermostat to 70"),
        clarify(UNITS, "set the ecobee to 95"),
        clarify(TERSE, "hot tub on"),
        clarify(PLAIN, "turn on the lights in the bunk room"),
        nothing(PLAIN, "don't turn on the heated driveway, it costs a fortune", kind=TRAP),
        nothing(INDIRECT, "the boot warmers were on all day yesterday", kind=TRAP),
        nothing(MISHEARD, "turn the heated driveway on if it snows tonight", kind=TRAP),
        nothing(PLAIN, "my buddy said to crank the ecobee to 75", kind=TRAP),
        nothing(TERSE, "thanks man"),
        nothing(POLITE, "you closed the garage after we left this morning, right?", kind=TRAP),
    ],
)

# ---- a boxing and fitness gym

_FLOOR = "Gym Floor"
_FLOORL, _RING, _STUDIOL = f"Gym Floor Lights@{_FLOOR}", "Ring Lights@Ring", "Studio Lights@Studio"
_RECEPTIONL, _NEON = "Reception Lights@Reception", "Neon Sign@Reception"
_BAF, _PFAN, _CREX = f"Big Ass Fan@{_FLOOR}", "Pedestal Fan@Studio", "Changing Room Extractor@Changing Rooms"
_SOUND, _SPEAKERS, _IR = f"Sound System@{_FLOOR}", "Studio Speakers@Studio", "Infrared Heaters@Studio"
_GYM_AC, _SHUTTER, _GYM_DOOR = f"Air Con@{_FLOOR}", f"Front Shutter@{_FLOOR}", "Front Door@Reception"

GYM = TrustHome(
    Home(
        "h_boxing_gym",
        (
            Device("Gym Floor Lights", "light", _FLOOR, features=_DIM, state="ON"),
            Device("Ring Lights", "light", "Ring", features=_DIM, state="OFF"),
            Device("Studio Lights", "light", "Studio", features=_DIM, state="OFF"),
            Device("Reception Lights", "light", "Reception", state="OFF"),
            Device("Neon Sign", "light", "Reception", state="OFF"),
            Device("Big Ass Fan", "fan", _FLOOR, features=_SPEED, state="OFF"),
            Device("Pedestal Fan", "fan", "Studio", features=_SPEED, state="OFF"),
            Device("Changing Room Extractor", "fan", "Changing Rooms", state="OFF"),
            Device("Sound System", "switch", _FLOOR, state="OFF"),
            Device("Studio Speakers", "switch", "Studio", state="OFF"),
            Device("Infrared Heaters", "switch", "Studio", state="OFF"),
            Device("Air Con", "climate", _FLOOR),
            Device("Front Shutter", "cover", _FLOOR, "garage", state="closed"),
            Device("Front Door", "lock", "Reception", state="UNLOCKED"),
            Device("CO2 Level", "sensor", "Studio", "carbon_dioxide", state="1450", unit="ppm"),
            Device("Hot Water Temperature", "sensor", "Changing Rooms", "temperature", state="52"),
        ),
    ),
    here="",
    discovery={_GYM_AC: _celsius(16, 28)},
    states={_GYM_AC: {"current_temperature": 24, "target_temperature": 21}},
)

_GYM = _in(
    GYM,
    [
        act(PLAIN, "turn on the big ass fan", "turn_on", _BAF),
        act(UNITS, "big fan to 70 percent", "percentage", _BAF, value=70),
        act(MISHEARD, "turn on the big as fan", "turn_on", _BAF),
        act(TERSE, "ring lights on", "turn_on", _RING),
        act(UNITS, "ring lights to 100%", "brightness", _RING, value=100),
        act(PLAIN, "turn on the studio lights", "turn_on", _STUDIOL),
        act(
            INDIRECT,
            "yoga's about to start, studio lights down to 20 percent",
            "brightness",
            _STUDIOL,
            value=20,
        ),
        act(POLITE, "could you switch on the infrared heaters in the studio", "turn_on", _IR),
        act(TERSE, "sound system on", "turn_on", _SOUND),
        act(POLITE, "could you switch the studio speakers on", "turn_on", _SPEAKERS),
        act(MISHEARD, "turn on the neon sine", "turn_on", _NEON),
        act(UNITS, "air con to 19 degrees", "target_temperature", _GYM_AC, value=19),
        act(MISHEARD, "set the aircon to eighteen", "target_temperature", _GYM_AC, value=18),
        act(
            POLITE,
            "would you mind switching the extractor on in the changing rooms",
            "turn_on",
            _CREX,
        ),
        act(TERSE, "pedestal fan on", "turn_on", _PFAN),
        act(UNITS, "studio fan at 40 percent", "percentage", _PFAN, value=40),
        act(PLAIN, "lock up the front door", "lock", _GYM_DOOR),
        act(PLAIN, "turn on the ring lights and the sound system", "turn_on", _RING, _SOUND),
        act(INDIRECT, "it's like a sauna on the gym floor, get the big fan going", "turn_on", _BAF),
        act(
            PLAIN,
            "turn off all the lights except reception",
            "turn_off",
            _FLOORL,
            _RING,
            _STUDIOL,
            but=(_RECEPTIONL, _NEON),
        ),
        act(
            INDIRECT,
            "closing up, leave the neon sign on and switch the other lights off",
            "turn_off",
            _FLOORL,
            _RING,
            _STUDIOL,
            _RECEPTIONL,
            but=(_NEON,),
        ),
        act(
            TERSE,
            "every light on except the ring",
            "turn_on",
            _FLOORL,
            _STUDIOL,
            _RECEPTIONL,
            _NEON,
            but=(_RING,),
        ),
        ask(PLAIN, "open the front shutter", _SHUTTER),
        ask(INDIRECT, "the six am crew are waiting outside, get the shutter up", _SHUTTER),
        answer(PLAIN, "what's the co2 like in the studio", "CO2 Level@Studio", "1450"),
        answer(PLAIN, "how hot is the water in the showers", "Hot Water Temperature@Changing Rooms", "52"),
        answer(TERSE, "front door locked?", _GYM_DOOR, *_UNLOCKED),
        answer(INDIRECT, "did anyone leave the sound system on", _SOUND, *_OFF),
        answer(POLITE, "could you tell me what the air con is set to", _GYM_AC, "21"),
        answer(PLAIN, "what's the temperature on the gym floor", _GYM_AC, "24"),
        clarify(PLAIN, "switch the fan on"),
        clarify(UNITS, "set the air con to 12"),
        clarify(TERSE, "sauna on"),
        clarify(PLAIN, "turn on the lights in the spin room"),
        nothing(PLAIN, "don't turn the infrared heaters on till the class is in", kind=TRAP),
        nothing(INDIRECT, "the big fan was making a racket this morning", kind=TRAP),
        nothing(MISHEARD, "if the co2 goes over 1500 put the fan on", kind=TRAP),
        nothing(PLAIN, "the owner said lock up at ten", kind=TRAP),
        nothing(TERSE, "legend, thanks"),
        nothing(POLITE, "you switched the heaters off after the last class didn't you", kind=TRAP),
    ],
)


HOMES: dict[str, TrustHome] = {
    h.name: h for h in (HUE, ZWAVE, MATTER, GARDEN, QUEBEC, STUDIO, VILLAGE_HALL, REPTILES, CHALET, GYM)
}

CASES: list[UnseenCase] = [
    *_HUE,
    *_ZWAVE,
    *_MATTER,
    *_GARDEN,
    *_QUEBEC,
    *_STUDIO,
    *_VILLAGE_HALL,
    *_REPTILES,
    *_CHALET,
    *_GYM,
]
