"""A fifth set of unseen homes, split FRESH4: homes and sentences nobody who tuned the code wrote or saw.

Written by a stranger to the code under test (nothing under edgeagent/ was read, not even its file
names, no bench was run and no failure of any set was looked at), after reading only the format of
tests/bench/unseen_cases.py, tests/bench/homes.py, tests/bench/trust_cases.py, tests/bench/unseen_homes.py
and the head of tests/bench/unseen_cases4.py (their docstrings, dataclasses, labels and builders), none
of the earlier sets' sentences beyond one model home. Ten homes of shapes none of the earlier sets has:

- an American Tuya / Smart Life home in °F whose devices keep the app's default names ("Smart Bulb" on
  the patio and in the living room, "Smart Bulb 2", "Smart Plug 3", "WiFi Switch", "Curtain Switch",
  "T&H Sensor", a "Smart IR" air conditioner);
- an IKEA DIRIGERA flat: "TRADFRI bulb E27 WS globe" in two rooms, "FLOALT panel", "STOFTMOLN",
  "ORMANÄS LED strip", "FYRTUR" / "KADRILJ" / "PRAKTLYSING" blinds, "STARKVIND", "INSPELNING" and
  "TRETAKT" plugs, "PARASOLL" in two rooms, "VINDSTYRKA", "ALPSTUGA", "BADRING", a Matter lock;
- a Zigbee2MQTT house where some devices were never renamed: lights named by their IEEE address, a
  "TS011F plug" in two rooms, "lumi.sensor_magnet", "TS0601_thermostat", "TS130F", beside renamed ones;
- a Shelly house: "Shelly Dimmer 2" and "Shelly 2.5 roller" in two rooms each (numbers in the names),
  "Shelly Plus 1PM" in two rooms, a "Shelly 1 Mini" porch light, a Shelly TRV, an energy meter in watts;
- a German family home: German rooms and device names ("Wohnzimmer", "Stehlampe", "Deckenlampe" in
  three rooms, "Rollladen Küche", "Heizung Bad", "Haustür", "Mähroboter"), spoken to mostly in English;
- a student house share whose rooms are named after people ("Tom's Room", "Priya's Room"), with
  "Tom's Lamp" in the lounge and "Jamal's PlayStation" plug, a "Ceiling Light" and a "Heater" in several
  rooms, a landlord-capped thermostat (10-24 °C), a CO2 reading;
- a narrowboat: saloon, galley, cabin, stern deck, bow, engine bay (bilge pump, water pump, 12V fridge,
  inverter, immersion heater, tunnel light, roof hatch, diesel cabin heater of 8-26 °C, leisure battery);
- an assisted-living flat: bed light, a nurse call, a night path light, two radiators, the flat's door lock,
  a wet room, a fridge door left open;
- a bakery: deck oven (50-280 °C) and convection oven (50-250 °C), proofing cabinet (20-40 °C),
  extraction hood, open sign, awning, cold room, delivery gate;
- a two-storey family home: "Ceiling Light" in six rooms, "Lamp" in three, "Heater", "Fan", "Blind",
  "Window" and "Hall Light" in two or more, numbered bedrooms ("Bedroom 2"), upstairs / downstairs floors.

The expectations mean what tests/bench/unseen_cases.py says (ACT / ASK_FIRST / ANSWER / CLARIFY /
NO_ACTION), with the same approaches and kinds: a room, a device or a device kind the home (or the
room) lacks is CLARIFY; a number no device takes is CLARIFY; a name several rooms share with no room
said is CLARIFY; a statement, a negation, reported speech, a hypothetical, sarcasm, a request for later
or on a condition, and a question asking the assistant to vouch for what it did are NO_ACTION. An
"all except" sentence acts on exactly the rest (`but` names what is left out); a sentence corrected
halfway acts on what it ends with; a number inside a name ("Bedroom 3", "Shelly Dimmer 2", "12V") is
no value. States are chosen so that every single-device command changes something, and a clarify over
a shared name never hinges on which of them is on. Every case is in the split FRESH4.

NEVER TUNE ON THESE. `python -m tests.bench.unseen_homes --fresh4` runs only them and prints aggregate
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

FRESH4 = "FRESH4"

# ------------------------------------------------------------------------------------------ builders


def _in(home: TrustHome, cases: Iterable[UnseenCase]) -> list[UnseenCase]:
    return in_split(home, FRESH4, cases)


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

# ---- an American Tuya / Smart Life home, °F, app default names

_T_LR = "Living Room"
_T_BULB, _T_PATIO = f"Smart Bulb@{_T_LR}", "Smart Bulb@Patio"
_T_BULB2, _T_BULB3, _T_STRIP = "Smart Bulb 2@Bedroom", "Smart Bulb 3@Kids Room", "LED Strip Lights@Kitchen"
_T_WIFI = "WiFi Switch@Hallway"
_T_PLUG, _T_PLUG2, _T_PLUG3 = f"Smart Plug@{_T_LR}", "Smart Plug 2@Kitchen", "Smart Plug 3@Bedroom"
_T_CURTAIN, _T_CURTAIN2 = f"Curtain Switch@{_T_LR}", "Curtain Switch 2@Bedroom"
_T_IR, _T_FAN, _T_VACUUM = "Smart IR@Bedroom", f"Smart Fan@{_T_LR}", f"Robot Vacuum@{_T_LR}"
_T_DOOR, _T_WINDOW = "Door Sensor@Hallway", "Window Sensor@Kitchen"
_T_TEMP, _T_HUM = "T&H Sensor Temperature@Bathroom", "T&H Sensor Humidity@Bathroom"
_T_LOCK, _T_GARAGE = "Smart Lock@Hallway", "Garage Door Opener@Garage"

TUYA = TrustHome(
    Home(
        "f4_tuya",
        (
            Device("Smart Bulb", "light", _T_LR, features=_COLOR, state="OFF"),
            Device("Smart Bulb", "light", "Patio", features=_DIM, state="ON"),
            Device("Smart Bulb 2", "light", "Bedroom", features=_DIM, state="OFF"),
            Device("Smart Bulb 3", "light", "Kids Room", features=_COLOR, state="ON"),
            Device("LED Strip Lights", "light", "Kitchen", features=_COLOR, state="OFF"),
            Device("WiFi Switch", "switch", "Hallway", state="OFF"),
            Device("Smart Plug", "switch", _T_LR, "outlet", state="ON"),
            Device("Smart Plug 2", "switch", "Kitchen", "outlet", state="OFF"),
            Device("Smart Plug 3", "switch", "Bedroom", "outlet", state="OFF"),
            Device("Curtain Switch", "cover", _T_LR, "curtain", _POSITION, "open"),
            Device("Curtain Switch 2", "cover", "Bedroom", "curtain", _POSITION, "closed"),
            Device("Smart IR", "climate", "Bedroom"),
            Device("Smart Fan", "fan", _T_LR, features=_SPEED, state="OFF"),
            Device("Robot Vacuum", "vacuum", _T_LR),
            Device("Door Sensor", "binary_sensor", "Hallway", "door", state="OFF"),
            Device("Window Sensor", "binary_sensor", "Kitchen", "window", state="ON"),
            Device("T&H Sensor Temperature", "sensor", "Bathroom", "temperature", state="74.3", unit="°F"),
            Device("T&H Sensor Humidity", "sensor", "Bathroom", "humidity", state="71"),
            Device("Smart Lock", "lock", "Hallway", state="LOCKED"),
            Device("Garage Door Opener", "cover", "Garage", "garage", state="closed"),
        ),
    ),
    here="",
    discovery={_T_IR: _fahrenheit(61, 86)},
    states={_T_IR: {"current_temperature": 79, "target_temperature": 76}},
)

_T_LIGHTS_BUT_KIDS = (_T_BULB, _T_PATIO, _T_BULB2, _T_STRIP)

_TUYA = _in(
    TUYA,
    [
        act(PLAIN, "turn on smart bulb 2", "turn_on", _T_BULB2),
        act(MISHEARD, "turn on smart bulb to in the bedroom", "turn_on", _T_BULB2),
        act(TERSE, "smart bulb 3 off", "turn_off", _T_BULB3),
        act(UNITS, "dim smart bulb 3 to 25 percent", "brightness", _T_BULB3, value=25),
        act(PLAIN, "turn off the smart bulb on the patio", "turn_off", _T_PATIO),
        act(POLITE, "can you please turn the living room bulb on", "turn_on", _T_BULB),
        act(INDIRECT, "I can't see a thing in the kitchen", "turn_on", _T_STRIP),
        act(POLITE, "hey, switch on smart plug 2 for me please", "turn_on", _T_PLUG2),
        act(TERSE, "plug 3 on", "turn_on", _T_PLUG3),
        act(PLAIN, "turn off the smart plug in the living room", "turn_off", _T_PLUG),
        act(MISHEARD, "turn on the why fi switch in the hallway", "turn_on", _T_WIFI),
        act(PLAIN, "close the drapes in the living room", "close", _T_CURTAIN),
        act(UNITS, "open the bedroom curtains halfway", "position", _T_CURTAIN2, value=50),
        act(INDIRECT, "ugh, the sun is right in my eyes", "close", _T_CURTAIN, here=_T_LR),
        act(PLAIN, "set the AC to 72", "target_temperature", _T_IR, value=72),
        act(UNITS, "make the bedroom 20 degrees celsius", "target_temperature", _T_IR, value=68),
        act(MISHEARD, "set the a see to seventy four", "target_temperature", _T_IR, value=74),
        act(TERSE, "fan on", "turn_on", _T_FAN),
        act(UNITS, "smart fan to 60%", "percentage", _T_FAN, value=60),
        act(POLITE, "would you send the robot vacuum back to its dock please", "dock", _T_VACUUM),
        act(
            PLAIN,
            "turn on all the lights except the kids room",
            "turn_on",
            *_T_LIGHTS_BUT_KIDS,
            kind=TRAP,
            but=(_T_BULB3,),
        ),
        act(
            INDIRECT,
            "leave the kids room light on and shut the rest off",
            "turn_off",
            *_T_LIGHTS_BUT_KIDS,
            kind=TRAP,
            but=(_T_BULB3,),
        ),
        act(PLAIN, "turn on the bedroom, no wait, the living room bulb", "turn_on", _T_BULB, kind=TRAP),
        ask(PLAIN, "unlock the front door", _T_LOCK),
        ask(MISHEARD, "open the garbage door", _T_GARAGE),
        answer(PLAIN, "what's the humidity in the bathroom", _T_HUM, "71"),
        answer(INDIRECT, "how warm is it in the bathroom right now", _T_TEMP, "74.3"),
        answer(TERSE, "kitchen window open?", _T_WINDOW, *_OPEN),
        answer(POLITE, "could you tell me what the AC is set to", _T_IR, "76"),
        answer(PLAIN, "is smart plug 2 on", _T_PLUG2, *_OFF),
        answer(PLAIN, "is the front door locked", _T_LOCK, *_LOCKED),
        clarify(PLAIN, "set the smart bulb to 50 percent"),
        clarify(TERSE, "garage light on"),
        clarify(UNITS, "set the AC to 95"),
        clarify(PLAIN, "close the blinds in the bathroom"),
        nothing(PLAIN, "don't turn off the smart plug in the living room, the tv is recording", kind=TRAP),
        nothing(INDIRECT, "smart bulb 3 was flickering again last night", kind=TRAP),
        nothing(PLAIN, "my wife says the wifi switch is useless", kind=TRAP),
        nothing(PLAIN, "turn the bedroom bulb on when I get home", kind=TRAP),
        nothing(INDIRECT, "oh great, the robot vacuum ate a sock again, love that for me", kind=TRAP),
        nothing(POLITE, "you did turn the fan off earlier, right?", kind=TRAP),
        nothing(TERSE, "thanks, that's all"),
    ],
)


# ---- an IKEA DIRIGERA flat

_I_LR = "Living room"
_I_GLOBE, _I_GLOBE_BED = f"TRADFRI bulb E27 WS globe@{_I_LR}", "TRADFRI bulb E27 WS globe@Bedroom"
_I_GU10, _I_E14 = "TRADFRI bulb GU10 WS@Kitchen", "TRADFRI bulb E14 CWS@Kids room"
_I_FLOALT, _I_STOFT = "FLOALT panel WS 60x60@Office", "STOFTMOLN ceiling/wall lamp@Hall"
_I_ORMANAS = f"ORMANÄS LED strip@{_I_LR}"
_I_FYRTUR, _I_KADRILJ = "FYRTUR block-out roller blind@Bedroom", f"KADRILJ roller blind@{_I_LR}"
_I_PRAKT = "PRAKTLYSING cellular blind@Office"
_I_STARK = "STARKVIND air purifier@Bedroom"
_I_INSP, _I_TRETAKT = "INSPELNING plug@Office", f"TRETAKT plug@{_I_LR}"
_I_OUTLET = "TRADFRI control outlet@Kitchen"
_I_TEMP, _I_HUM = f"VINDSTYRKA temperature@{_I_LR}", f"VINDSTYRKA humidity@{_I_LR}"
_I_CO2 = "ALPSTUGA carbon dioxide@Bedroom"
_I_PAR_BED, _I_PAR_BAL = "PARASOLL door/window sensor@Bedroom", "PARASOLL door/window sensor@Balcony"
_I_MOTION, _I_LEAK = "VALLHORN motion sensor@Hall", "BADRING water leakage sensor@Kitchen"
_I_LOCK = "Nuki Smart Lock@Hall"

IKEA = TrustHome(
    Home(
        "f4_ikea",
        (
            Device("TRADFRI bulb E27 WS globe", "light", _I_LR, features=_WHITE, state="OFF"),
            Device("TRADFRI bulb E27 WS globe", "light", "Bedroom", features=_WHITE, state="OFF"),
            Device("TRADFRI bulb GU10 WS", "light", "Kitchen", features=_WHITE, state="ON"),
            Device("TRADFRI bulb E14 CWS", "light", "Kids room", features=_COLOR, state="OFF"),
            Device("FLOALT panel WS 60x60", "light", "Office", features=_WHITE, state="OFF"),
            Device("STOFTMOLN ceiling/wall lamp", "light", "Hall", features=_DIM, state="ON"),
            Device("ORMANÄS LED strip", "light", _I_LR, features=_COLOR, state="OFF"),
            Device("FYRTUR block-out roller blind", "cover", "Bedroom", "blind", _POSITION, "open"),
            Device("KADRILJ roller blind", "cover", _I_LR, "blind", _POSITION, "open"),
            Device("PRAKTLYSING cellular blind", "cover", "Office", "blind", _POSITION, "open"),
            Device("STARKVIND air purifier", "fan", "Bedroom", features=_SPEED, state="OFF"),
            Device("INSPELNING plug", "switch", "Office", "outlet", state="OFF"),
            Device("TRETAKT plug", "switch", _I_LR, "outlet", state="ON"),
            Device("TRADFRI control outlet", "switch", "Kitchen", "outlet", state="OFF"),
            Device("VINDSTYRKA temperature", "sensor", _I_LR, "temperature", state="21.2"),
            Device("VINDSTYRKA humidity", "sensor", _I_LR, "humidity", state="48"),
            Device(
                "ALPSTUGA carbon dioxide", "sensor", "Bedroom", "carbon_dioxide", state="1100", unit="ppm"
            ),
            Device("PARASOLL door/window sensor", "binary_sensor", "Bedroom", "window", state="ON"),
            Device("PARASOLL door/window sensor", "binary_sensor", "Balcony", "door", state="OFF"),
            Device("VALLHORN motion sensor", "binary_sensor", "Hall", "motion", state="OFF"),
            Device("BADRING water leakage sensor", "binary_sensor", "Kitchen", "moisture", state="OFF"),
            Device("Nuki Smart Lock", "lock", "Hall", state="LOCKED"),
        ),
    ),
    here="",
)

_I_LIGHTS = (_I_GLOBE, _I_GLOBE_BED, _I_GU10, _I_E14, _I_FLOALT, _I_ORMANAS)  # all but the hall's

_IKEA = _in(
    IKEA,
    [
        act(POLITE, "could you turn on the tradfri in the kids room?", "turn_on", _I_E14),
        act(TERSE, "floalt on", "turn_on", _I_FLOALT),
        act(UNITS, "floalt panel to 80 percent", "brightness", _I_FLOALT, value=80),
        act(MISHEARD, "turn on the flow alt panel", "turn_on", _I_FLOALT),
        act(MISHEARD, "turn off the stuff moln", "turn_off", _I_STOFT),
        act(POLITE, "could you switch the ormanäs strip on please", "turn_on", _I_ORMANAS),
        act(MISHEARD, "turn on the or mannis led strip", "turn_on", _I_ORMANAS),
        act(TERSE, "fyrtur down", "close", _I_FYRTUR),
        act(UNITS, "fyrtur to 30 percent", "position", _I_FYRTUR, value=30),
        act(MISHEARD, "close the fear tour blind", "close", _I_FYRTUR),
        act(UNITS, "kadrilj halfway please", "position", _I_KADRILJ, value=50),
        act(
            PLAIN,
            "close all the blinds except the office one",
            "close",
            _I_FYRTUR,
            _I_KADRILJ,
            kind=TRAP,
            but=(_I_PRAKT,),
        ),
        act(MISHEARD, "set stark wind to 40 percent", "percentage", _I_STARK, value=40),
        act(
            INDIRECT,
            "I'm sneezing like mad in here, the air purifier should be on",
            "turn_on",
            _I_STARK,
            here="Bedroom",
        ),
        act(MISHEARD, "turn on the in spelling plug in the office", "turn_on", _I_INSP),
        act(TERSE, "tretakt off", "turn_off", _I_TRETAKT),
        act(POLITE, "please turn on the control outlet in the kitchen", "turn_on", _I_OUTLET),
        act(PLAIN, "turn on the globe in the bedroom", "turn_on", _I_GLOBE_BED),
        act(UNITS, "living room globe bulb to 45%", "brightness", _I_GLOBE, value=45),
        act(TERSE, "kitchen spots off", "turn_off", _I_GU10),
        act(
            PLAIN,
            "turn on the lights in the living room apart from the globe",
            "turn_on",
            _I_ORMANAS,
            kind=TRAP,
            but=(_I_GLOBE,),
        ),
        act(
            PLAIN,
            "turn off every light except the one in the hall",
            "turn_off",
            *_I_LIGHTS,
            kind=TRAP,
            but=(_I_STOFT,),
        ),
        act(PLAIN, "turn on the kitchen, no, the kids room light", "turn_on", _I_E14, kind=TRAP),
        ask(POLITE, "can you unlock the nuki for me", _I_LOCK),
        ask(INDIRECT, "my friend's at the door, let her in", _I_LOCK),
        answer(PLAIN, "what's the humidity in the living room", _I_HUM, "48"),
        answer(TERSE, "living room temperature?", _I_TEMP, "21.2"),
        answer(PLAIN, "what's the co2 level in the bedroom", _I_CO2, "1100"),
        answer(INDIRECT, "is the bedroom window still open", _I_PAR_BED, *_OPEN),
        answer(PLAIN, "is the balcony door closed", _I_PAR_BAL, *_IS_CLOSED),
        answer(POLITE, "could you check whether there's any water under the kitchen sink", _I_LEAK, *_CLEAR),
        answer(MISHEARD, "is the tree takt plug on", _I_TRETAKT, *_ON),
        clarify(PLAIN, "turn on the tradfri globe"),
        clarify(TERSE, "tradfri on"),
        clarify(PLAIN, "open the blinds in the kids room"),
        clarify(UNITS, "set the starkvind to 150 percent"),
        clarify(PLAIN, "turn up the heating"),
        nothing(PLAIN, "I just put the fyrtur battery on charge", kind=TRAP),
        nothing(INDIRECT, "the dirigera app says the starkvind filter needs changing", kind=TRAP),
        nothing(PLAIN, "don't close the kadrilj yet, the plants need the sun", kind=TRAP),
        nothing(POLITE, "could you remind me what inspelning means in swedish"),
        nothing(PLAIN, "if it gets dark before six, put the hall light on", kind=TRAP),
        nothing(INDIRECT, "yeah sure, leave the balcony door open all night, what could go wrong", kind=TRAP),
        nothing(TERSE, "cheers"),
    ],
)


# ---- a Zigbee2MQTT house, some devices never renamed

_Z_LR = "Living Room"
_Z_LAMP, _Z_SPOTS = f"Living Room Lamp@{_Z_LR}", "Kitchen Spots@Kitchen"
_Z_LANDING, _Z_BEDROOM = "0x00158d0008a1b2c3@Landing", "0x0017880104e45521@Bedroom"
_Z_FAN = "0x84fd27fffe6b1c5a@Bathroom"
_Z_PLUG_OFFICE, _Z_PLUG_GARAGE = "TS011F plug@Office", "TS011F plug@Garage"
_Z_MAGNET, _Z_MAGNET2 = "lumi.sensor_magnet@Hallway", "lumi.sensor_magnet.aq2@Bathroom"
_Z_WEATHER_T, _Z_WEATHER_H = "lumi.weather temperature@Bedroom", "lumi.weather humidity@Bedroom"
_Z_BATH_T, _Z_BATH_H = "Bathroom TH temperature@Bathroom", "Bathroom TH humidity@Bathroom"
_Z_GARAGE_T = "SNZB-02 temperature@Garage"
_Z_TRV, _Z_TS0601 = "TRV Office@Office", f"TS0601_thermostat@{_Z_LR}"
_Z_BLIND, _Z_CURTAIN = "Office Blind@Office", "TS130F@Kitchen"
_Z_TAP, _Z_MOTION, _Z_GARAGE = "Garden Tap@Garden", "RTCGQ11LM@Landing", "Garage Door@Garage"

Z2M = TrustHome(
    Home(
        "f4_z2m",
        (
            Device("Living Room Lamp", "light", _Z_LR, features=_DIM, state="OFF"),
            Device("Kitchen Spots", "light", "Kitchen", features=_DIM, state="ON"),
            Device("0x00158d0008a1b2c3", "light", "Landing", features=_DIM, state="OFF"),
            Device("0x0017880104e45521", "light", "Bedroom", features=_WHITE, state="ON"),
            Device("0x84fd27fffe6b1c5a", "fan", "Bathroom", state="OFF"),
            Device("TS011F plug", "switch", "Office", "outlet", state="OFF"),
            Device("TS011F plug", "switch", "Garage", "outlet", state="OFF"),
            Device("lumi.sensor_magnet", "binary_sensor", "Hallway", "door", state="OFF"),
            Device("lumi.sensor_magnet.aq2", "binary_sensor", "Bathroom", "window", state="ON"),
            Device("lumi.weather temperature", "sensor", "Bedroom", "temperature", state="17.8"),
            Device("lumi.weather humidity", "sensor", "Bedroom", "humidity", state="58"),
            Device("Bathroom TH temperature", "sensor", "Bathroom", "temperature", state="22.1"),
            Device("Bathroom TH humidity", "sensor", "Bathroom", "humidity", state="77"),
            Device("SNZB-02 temperature", "sensor", "Garage", "temperature", state="9.5"),
            Device("TRV Office", "climate", "Office"),
            Device("TS0601_thermostat", "climate", _Z_LR),
            Device("Office Blind", "cover", "Office", "blind", _POSITION, "closed"),
            Device("TS130F", "cover", "Kitchen", "curtain", _POSITION, "open"),
            Device("Garden Tap", "valve", "Garden", "water", state="closed"),
            Device("RTCGQ11LM", "binary_sensor", "Landing", "motion", state="ON"),
            Device("Garage Door", "cover", "Garage", "garage", state="closed"),
        ),
        floors={
            "downstairs": (_Z_LR, "Kitchen", "Hallway", "Garage"),
            "upstairs": ("Landing", "Bedroom", "Office", "Bathroom"),
            "outside": ("Garden",),
        },
    ),
    here="",
    discovery={_Z_TRV: _celsius(5, 30), _Z_TS0601: _celsius(5, 30)},
    states={
        _Z_TRV: {"current_temperature": 18.5, "target_temperature": 19},
        _Z_TS0601: {"current_temperature": 20, "target_temperature": 21},
    },
)

_Z2M = _in(
    Z2M,
    [
        act(PLAIN, "turn on the landing light", "turn_on", _Z_LANDING),
        act(UNITS, "landing light to 40 percent", "brightness", _Z_LANDING, value=40),
        act(PLAIN, "turn off the bedroom light", "turn_off", _Z_BEDROOM),
        act(TERSE, "night night, lights off", "turn_off", _Z_BEDROOM, here="Bedroom"),
        act(PLAIN, "turn on the ts011f plug in the office", "turn_on", _Z_PLUG_OFFICE),
        act(MISHEARD, "turn on the t s zero one one f plug in the garage", "turn_on", _Z_PLUG_GARAGE),
        act(UNITS, "living room heating to twenty two degrees", "target_temperature", _Z_TS0601, value=22),
        act(MISHEARD, "set the t r v in the office to 20", "target_temperature", _Z_TRV, value=20),
        act(POLITE, "can you open the office blind please", "open", _Z_BLIND),
        act(UNITS, "office blind to 75%", "position", _Z_BLIND, value=75),
        act(UNITS, "set the TS130F to a quarter open", "position", _Z_CURTAIN, value=25),
        act(PLAIN, "turn on the garden tap", "open", _Z_TAP),
        act(INDIRECT, "the veg patch is bone dry, can it have some water", "open", _Z_TAP),
        act(MISHEARD, "turn on the extractor fan in the bath room", "turn_on", _Z_FAN),
        act(PLAIN, "turn on all the lights upstairs", "turn_on", _Z_LANDING, _Z_BEDROOM),
        act(
            PLAIN,
            "turn off all the lights except the kitchen spots",
            "turn_off",
            _Z_LAMP,
            _Z_LANDING,
            _Z_BEDROOM,
            kind=TRAP,
            but=(_Z_SPOTS,),
        ),
        act(
            TERSE,
            "all lights off but the bedroom",
            "turn_off",
            _Z_LAMP,
            _Z_SPOTS,
            _Z_LANDING,
            kind=TRAP,
            but=(_Z_BEDROOM,),
        ),
        act(
            PLAIN, "turn off the light, not the bedroom one, the kitchen one", "turn_off", _Z_SPOTS, kind=TRAP
        ),
        act(POLITE, "could you dim the kitchen spots to 20 percent please", "brightness", _Z_SPOTS, value=20),
        act(MISHEARD, "turn on the living room lamb", "turn_on", _Z_LAMP),
        ask(PLAIN, "open the garage door", _Z_GARAGE),
        ask(TERSE, "garage open", _Z_GARAGE),
        answer(PLAIN, "what's the humidity in the bathroom", _Z_BATH_H, "77"),
        answer(INDIRECT, "how cold is it in the bedroom", _Z_WEATHER_T, "17.8"),
        answer(PLAIN, "is the bathroom window open", _Z_MAGNET2, *_OPEN),
        answer(TERSE, "front door closed?", _Z_MAGNET, *_IS_CLOSED),
        answer(PLAIN, "how warm is it in the garage", _Z_GARAGE_T, "9.5"),
        answer(PLAIN, "is anyone on the landing", _Z_MOTION, *_MOVING),
        answer(POLITE, "what's the office radiator set to", _Z_TRV, "19"),
        clarify(PLAIN, "turn on the ts011f plug"),
        clarify(PLAIN, "turn on the light in the loft"),
        clarify(UNITS, "set the office radiator to 35"),
        clarify(TERSE, "garden lights on"),
        nothing(PLAIN, "I still need to rename the landing bulb in zigbee2mqtt", kind=TRAP),
        nothing(INDIRECT, "the garden tap was left running all afternoon yesterday", kind=TRAP),
        nothing(PLAIN, "don't open the garage door, the bikes are blocking it", kind=TRAP),
        nothing(MISHEARD, "what would happen if i re paired the bedroom bulb", kind=TRAP),
        nothing(PLAIN, "once the kids are asleep turn off the landing light", kind=TRAP),
        nothing(POLITE, "you definitely closed the office blind this morning, didn't you", kind=TRAP),
    ],
)


# ---- a Shelly house

_S_LR, _S_MB = "Living Room", "Master Bedroom"
_S_1PM_KITCHEN, _S_1PM_GARAGE = "Shelly Plus 1PM@Kitchen", "Shelly Plus 1PM@Garage"
_S_DIM_LR, _S_DIM_MB = f"Shelly Dimmer 2@{_S_LR}", f"Shelly Dimmer 2@{_S_MB}"
_S_ROLLER_LR, _S_ROLLER_MB = f"Shelly 2.5 roller@{_S_LR}", f"Shelly 2.5 roller@{_S_MB}"
_S_PLUG, _S_MINI = "Shelly Plus Plug S@Utility", "Shelly 1 Mini@Porch"
_S_HT_T, _S_HT_H = "Shelly H&T temperature@Loft", "Shelly H&T humidity@Loft"
_S_DOOR, _S_WINDOW = "Shelly Door/Window 2@Utility", "Shelly BLU Door/Window@Bathroom"
_S_FLOOD, _S_POWER = "Shelly Flood@Utility", "Shelly Pro 3EM power@Utility"
_S_TRV, _S_DUO, _S_VINTAGE = "Shelly TRV@Dining Room", "Shelly Bulb Duo@Dining Room", "Shelly Vintage@Kitchen"
_S_PLUS1, _S_FAN = "Shelly Plus 1@Bathroom", "Extractor Fan@Bathroom"
_S_SKYLIGHT, _S_GARAGE = "Shelly Plus 2PM@Loft", "Meross Garage Door Opener@Garage"

SHELLY = TrustHome(
    Home(
        "f4_shelly",
        (
            Device("Shelly Plus 1PM", "switch", "Kitchen", state="OFF"),
            Device("Shelly Plus 1PM", "switch", "Garage", state="OFF"),
            Device("Shelly Dimmer 2", "light", _S_LR, features=_DIM, state="OFF"),
            Device("Shelly Dimmer 2", "light", _S_MB, features=_DIM, state="OFF"),
            Device("Shelly 2.5 roller", "cover", _S_LR, "shutter", _POSITION, "open"),
            Device("Shelly 2.5 roller", "cover", _S_MB, "shutter", _POSITION, "open"),
            Device("Shelly Plus Plug S", "switch", "Utility", "outlet", state="OFF"),
            Device("Shelly 1 Mini", "light", "Porch", state="OFF"),
            Device("Shelly H&T temperature", "sensor", "Loft", "temperature", state="26.5"),
            Device("Shelly H&T humidity", "sensor", "Loft", "humidity", state="40"),
            Device("Shelly Door/Window 2", "binary_sensor", "Utility", "door", state="OFF"),
            Device("Shelly BLU Door/Window", "binary_sensor", "Bathroom", "window", state="ON"),
            Device("Shelly Flood", "binary_sensor", "Utility", "moisture", state="OFF"),
            Device("Shelly Pro 3EM power", "sensor", "Utility", "power", state="2350", unit="W"),
            Device("Shelly TRV", "climate", "Dining Room"),
            Device("Shelly Bulb Duo", "light", "Dining Room", features=_WHITE, state="ON"),
            Device("Shelly Vintage", "light", "Kitchen", features=_DIM, state="OFF"),
            Device("Shelly Plus 1", "switch", "Bathroom", state="OFF"),
            Device("Extractor Fan", "fan", "Bathroom", state="OFF"),
            Device("Shelly Plus 2PM", "cover", "Loft", "window", _POSITION, "closed"),
            Device("Meross Garage Door Opener", "cover", "Garage", "garage", state="closed"),
        ),
        floors={
            "downstairs": ("Kitchen", _S_LR, "Dining Room", "Utility", "Porch", "Garage"),
            "upstairs": (_S_MB, "Bathroom", "Loft"),
        },
    ),
    here="",
    discovery={_S_TRV: _celsius(4, 31)},
    states={_S_TRV: {"current_temperature": 19, "target_temperature": 20}},
)

_SHELLY = _in(
    SHELLY,
    [
        act(PLAIN, "turn on the shelly dimmer 2 in the living room", "turn_on", _S_DIM_LR, kind=TRAP),
        act(UNITS, "set the dimmer in the bedroom to 30 percent", "brightness", _S_DIM_MB, value=30),
        act(MISHEARD, "turn on shelly dimmer too in the living room", "turn_on", _S_DIM_LR),
        act(TERSE, "bedroom dimmer on", "turn_on", _S_DIM_MB),
        act(
            PLAIN,
            "set the shelly 2.5 roller in the bedroom to 70 percent",
            "position",
            _S_ROLLER_MB,
            value=70,
            kind=TRAP,
        ),
        act(PLAIN, "close the living room shutters", "close", _S_ROLLER_LR),
        act(INDIRECT, "it's getting dark, can we shut the bedroom shutters", "close", _S_ROLLER_MB),
        act(PLAIN, "turn on the shelly in the garage", "turn_on", _S_1PM_GARAGE),
        act(POLITE, "could you switch on the shelly plus 1pm in the kitchen", "turn_on", _S_1PM_KITCHEN),
        act(MISHEARD, "turn on the shelley plug s", "turn_on", _S_PLUG),
        act(INDIRECT, "the washing machine won't start, it's on the utility room plug", "turn_on", _S_PLUG),
        act(TERSE, "shelly mini on", "turn_on", _S_MINI),
        act(
            POLITE,
            "would you mind setting the dining room radiator to 22",
            "target_temperature",
            _S_TRV,
            value=22,
        ),
        act(UNITS, "shelly trv to eighteen and a half degrees", "target_temperature", _S_TRV, value=18.5),
        act(MISHEARD, "turn off the shelly bold duo", "turn_off", _S_DUO),
        act(UNITS, "shelly vintage 60%", "brightness", _S_VINTAGE, value=60),
        act(PLAIN, "switch on the shelly in the bathroom", "turn_on", _S_PLUS1),
        act(INDIRECT, "the bathroom is all steamed up", "turn_on", _S_FAN),
        act(UNITS, "loft window to 20 percent", "position", _S_SKYLIGHT, value=20),
        act(
            PLAIN,
            "turn on every light downstairs except the porch",
            "turn_on",
            _S_DIM_LR,
            _S_DUO,
            _S_VINTAGE,
            kind=TRAP,
            but=(_S_MINI,),
        ),
        act(
            PLAIN,
            "close all the shutters apart from the living room",
            "close",
            _S_ROLLER_MB,
            kind=TRAP,
            but=(_S_ROLLER_LR,),
        ),
        act(PLAIN, "turn on the porch, I mean the kitchen light", "turn_on", _S_VINTAGE, kind=TRAP),
        ask(PLAIN, "open the garage", _S_GARAGE),
        ask(MISHEARD, "open the meros garage door", _S_GARAGE),
        answer(PLAIN, "how hot is it in the loft", _S_HT_T, "26.5"),
        answer(TERSE, "loft humidity?", _S_HT_H, "40"),
        answer(PLAIN, "is the utility room door open", _S_DOOR, *_NO),
        answer(INDIRECT, "did I leave the bathroom window open", _S_WINDOW, *_OPEN),
        answer(PLAIN, "any leak in the utility room", _S_FLOOD, *_CLEAR),
        answer(POLITE, "how much power are we using at the moment", _S_POWER, "2350"),
        answer(PLAIN, "what's the dining room radiator set to", _S_TRV, "20"),
        clarify(PLAIN, "turn on the shelly dimmer 2"),
        clarify(PLAIN, "close the shelly 2.5 roller"),
        clarify(TERSE, "shelly plus 1pm on"),
        clarify(UNITS, "set the shelly trv to 35"),
        clarify(PLAIN, "turn on the light in the loft"),
        nothing(PLAIN, "I flashed new firmware on the shelly dimmer 2 last night", kind=TRAP),
        nothing(INDIRECT, "the electrician reckons the shelly in the garage is wired wrong", kind=TRAP),
        nothing(PLAIN, "don't touch the bedroom shutters, the baby's asleep", kind=TRAP),
        nothing(PLAIN, "close the living room shutters at sunset", kind=TRAP),
        nothing(POLITE, "you turned the shelly in the bathroom off after my shower, didn't you", kind=TRAP),
        nothing(TERSE, "nice one"),
    ],
)


# ---- a German family home, spoken to mostly in English

_H_WZ, _H_SZ = "Wohnzimmer", "Schlafzimmer"
_H_STEH, _H_DECKE_WZ = f"Stehlampe@{_H_WZ}", f"Deckenlampe@{_H_WZ}"
_H_DECKE_K, _H_DECKE_SZ = "Deckenlampe@Küche", f"Deckenlampe@{_H_SZ}"
_H_LESE, _H_NACHT = f"Leselampe@{_H_SZ}", "Nachtlicht@Kinderzimmer"
_H_SPIEGEL, _H_GARTEN = "Spiegelschrank@Bad", "Gartenbeleuchtung@Garten"
_H_SCHREIB = "Schreibtischlampe@Arbeitszimmer"
_H_ROLL_K, _H_ROLL_WZ = "Rollladen Küche@Küche", f"Rollladen Wohnzimmer@{_H_WZ}"
_H_ROLL_SZ = f"Rollladen Schlafzimmer@{_H_SZ}"
_H_HZ_WZ, _H_HZ_BAD = f"Heizung Wohnzimmer@{_H_WZ}", "Heizung Bad@Bad"
_H_KAFFEE, _H_ENTF, _H_VENT = "Kaffeemaschine@Küche", "Luftentfeuchter@Keller", "Ventilator@Arbeitszimmer"
_H_TUER, _H_TOR, _H_FENSTER = "Haustür@Flur", "Garagentor@Garage", "Fenster Küche@Küche"
_H_TK, _H_FK, _H_TKZ = (
    "Temperatur Keller@Keller",
    "Luftfeuchtigkeit Keller@Keller",
    "Temperatur Kinderzimmer@Kinderzimmer",
)
_H_MAEH, _H_SAUG = "Mähroboter@Garten", f"Saugroboter@{_H_WZ}"

HAUS = TrustHome(
    Home(
        "f4_haus",
        (
            Device("Stehlampe", "light", _H_WZ, features=_DIM, state="OFF"),
            Device("Deckenlampe", "light", _H_WZ, features=_DIM, state="ON"),
            Device("Deckenlampe", "light", "Küche", state="ON"),
            Device("Deckenlampe", "light", _H_SZ, features=_DIM, state="OFF"),
            Device("Leselampe", "light", _H_SZ, features=_DIM, state="OFF"),
            Device("Nachtlicht", "light", "Kinderzimmer", features=_DIM, state="OFF"),
            Device("Spiegelschrank", "light", "Bad", state="OFF"),
            Device("Gartenbeleuchtung", "light", "Garten", state="OFF"),
            Device("Schreibtischlampe", "light", "Arbeitszimmer", features=_DIM, state="OFF"),
            Device("Rollladen Küche", "cover", "Küche", "shutter", _POSITION, "open"),
            Device("Rollladen Wohnzimmer", "cover", _H_WZ, "shutter", _POSITION, "open"),
            Device("Rollladen Schlafzimmer", "cover", _H_SZ, "shutter", _POSITION, "closed"),
            Device("Heizung Wohnzimmer", "climate", _H_WZ),
            Device("Heizung Bad", "climate", "Bad"),
            Device("Kaffeemaschine", "switch", "Küche", "outlet", state="OFF"),
            Device("Luftentfeuchter", "switch", "Keller", state="OFF"),
            Device("Ventilator", "fan", "Arbeitszimmer", features=_SPEED, state="OFF"),
            Device("Haustür", "lock", "Flur", state="LOCKED"),
            Device("Garagentor", "cover", "Garage", "garage", state="closed"),
            Device("Fenster Küche", "binary_sensor", "Küche", "window", state="ON"),
            Device("Temperatur Keller", "sensor", "Keller", "temperature", state="14.2"),
            Device("Luftfeuchtigkeit Keller", "sensor", "Keller", "humidity", state="68"),
            Device("Temperatur Kinderzimmer", "sensor", "Kinderzimmer", "temperature", state="19.6"),
            Device("Mähroboter", "lawn_mower", "Garten"),
            Device("Saugroboter", "vacuum", _H_WZ),
        ),
        floors={
            "Erdgeschoss": (_H_WZ, "Küche", "Flur", "Arbeitszimmer"),
            "Obergeschoss": (_H_SZ, "Kinderzimmer", "Bad"),
            "Keller": ("Keller",),
        },
    ),
    here="",
    discovery={_H_HZ_WZ: _celsius(5, 28), _H_HZ_BAD: _celsius(5, 28)},
    states={
        _H_HZ_WZ: {"current_temperature": 20.5, "target_temperature": 21},
        _H_HZ_BAD: {"current_temperature": 21, "target_temperature": 22},
    },
)

_H_LIGHTS_BUT_STEH = (
    _H_DECKE_WZ,
    _H_DECKE_K,
    _H_DECKE_SZ,
    _H_LESE,
    _H_NACHT,
    _H_SPIEGEL,
    _H_GARTEN,
    _H_SCHREIB,
)

_HAUS = _in(
    HAUS,
    [
        act(MISHEARD, "turn on the shtay lamp", "turn_on", _H_STEH),
        act(UNITS, "stehlampe to 40 percent", "brightness", _H_STEH, value=40),
        act(PLAIN, "mach die stehlampe an", "turn_on", _H_STEH),
        act(MISHEARD, "turn on the decken lamp in the schlaf zimmer", "turn_on", _H_DECKE_SZ),
        act(PLAIN, "turn off the kitchen light", "turn_off", _H_DECKE_K),
        act(POLITE, "could you switch on the reading lamp in the bedroom please", "turn_on", _H_LESE),
        act(UNITS, "nachtlicht to 10 percent", "brightness", _H_NACHT, value=10),
        act(MISHEARD, "turn on the nacht light in the kinder zimmer", "turn_on", _H_NACHT),
        act(TERSE, "gartenbeleuchtung an", "turn_on", _H_GARTEN),
        act(PLAIN, "turn on the light in the arbeitszimmer", "turn_on", _H_SCHREIB),
        act(PLAIN, "close the rollladen in the küche", "close", _H_ROLL_K),
        act(MISHEARD, "close rolladen kuche", "close", _H_ROLL_K),
        act(UNITS, "rollladen wohnzimmer halfway", "position", _H_ROLL_WZ, value=50),
        act(PLAIN, "open the rollladen schlafzimmer", "open", _H_ROLL_SZ),
        act(
            PLAIN,
            "close every rollladen but the one in the schlafzimmer",
            "close",
            _H_ROLL_K,
            _H_ROLL_WZ,
            kind=TRAP,
            but=(_H_ROLL_SZ,),
        ),
        act(PLAIN, "set the heizung wohnzimmer to 22", "target_temperature", _H_HZ_WZ, value=22),
        act(UNITS, "bathroom heating to twenty four degrees", "target_temperature", _H_HZ_BAD, value=24),
        act(MISHEARD, "set the heights ung bad to 23", "target_temperature", _H_HZ_BAD, value=23),
        act(INDIRECT, "I need a coffee before I can do anything", "turn_on", _H_KAFFEE),
        act(PLAIN, "switch on the luftentfeuchter in the keller", "turn_on", _H_ENTF),
        act(UNITS, "ventilator to 50 percent", "percentage", _H_VENT, value=50),
        act(PLAIN, "start the lawn mower", "start", _H_MAEH),
        act(POLITE, "please send the saugroboter back to its station", "dock", _H_SAUG),
        act(
            PLAIN,
            "turn off all the lights except the stehlampe",
            "turn_off",
            *_H_LIGHTS_BUT_STEH,
            kind=TRAP,
            but=(_H_STEH,),
        ),
        act(PLAIN, "turn on the spiegelschrank, ah no, the leselampe", "turn_on", _H_LESE, kind=TRAP),
        ask(PLAIN, "unlock the haustür", _H_TUER),
        ask(POLITE, "could you open the garagentor please", _H_TOR),
        answer(PLAIN, "what's the humidity in the keller", _H_FK, "68"),
        answer(INDIRECT, "how warm is it in the kinderzimmer", _H_TKZ, "19.6"),
        answer(PLAIN, "is the kitchen window open", _H_FENSTER, *_OPEN),
        answer(TERSE, "keller temperature?", _H_TK, "14.2"),
        answer(PLAIN, "is the haustür locked", _H_TUER, *_LOCKED),
        answer(POLITE, "what is the bathroom heating set to", _H_HZ_BAD, "22"),
        clarify(PLAIN, "set the deckenlampe to 50 percent"),
        clarify(PLAIN, "turn on the light in the dachboden"),
        clarify(UNITS, "set the heizung wohnzimmer to 35"),
        clarify(TERSE, "heizung 20"),
        nothing(PLAIN, "the rollladen in the schlafzimmer has been squeaking all week", kind=TRAP),
        nothing(INDIRECT, "my mother-in-law always says we should turn down the heizung", kind=TRAP),
        nothing(PLAIN, "don't start the mähroboter, the grass is wet", kind=TRAP),
        nothing(PLAIN, "if it rains tomorrow close the rollladen in the küche", kind=TRAP),
        nothing(TERSE, "danke schön"),
        nothing(POLITE, "you did lock the haustür last night, didn't you", kind=TRAP),
    ],
)


# ---- a student house share, rooms named after people

_R_TOM, _R_PRIYA, _R_JAMAL, _R_ANA = "Tom's Room", "Priya's Room", "Jamal's Room", "Ana's Room"
_R_KITCHEN = "Shared Kitchen"
_R_TOMS_LAMP, _R_PS = "Tom's Lamp@Lounge", "Jamal's PlayStation@Lounge"
_R_CL_TOM, _R_CL_PRIYA = f"Ceiling Light@{_R_TOM}", f"Ceiling Light@{_R_PRIYA}"
_R_CL_JAMAL, _R_CL_ANA = f"Ceiling Light@{_R_JAMAL}", f"Ceiling Light@{_R_ANA}"
_R_DESK, _R_FAIRY = f"Desk Lamp@{_R_PRIYA}", f"Fairy Lights@{_R_ANA}"
_R_KITCHEN_L, _R_LOUNGE_L = f"Kitchen Light@{_R_KITCHEN}", "Lounge Light@Lounge"
_R_HALL_L, _R_BATH_L = "Hall Light@Hallway", "Bathroom Light@Bathroom"
_R_HEAT_TOM, _R_HEAT_JAMAL = f"Heater@{_R_TOM}", f"Heater@{_R_JAMAL}"
_R_KETTLE, _R_WASHER = f"Kettle@{_R_KITCHEN}", f"Washing Machine@{_R_KITCHEN}"
_R_FAN, _R_THERMO = "Extractor Fan@Bathroom", "House Thermostat@Hallway"
_R_FRONT, _R_GATE, _R_DOOR_S = "Front Door@Hallway", "Back Gate@Garden", "Front Door Sensor@Hallway"
_R_WINDOW, _R_SMOKE = f"Kitchen Window@{_R_KITCHEN}", f"Kitchen Smoke Alarm@{_R_KITCHEN}"
_R_BATH_H, _R_LOUNGE_T, _R_CO2 = (
    "Bathroom Humidity@Bathroom",
    "Lounge Temperature@Lounge",
    "Lounge CO2@Lounge",
)
_R_BLINDS = "Lounge Blinds@Lounge"

SHARE = TrustHome(
    Home(
        "f4_share",
        (
            Device("Tom's Lamp", "light", "Lounge", features=_DIM, state="ON"),
            Device("Ceiling Light", "light", _R_TOM, state="ON"),
            Device("Ceiling Light", "light", _R_PRIYA, state="OFF"),
            Device("Ceiling Light", "light", _R_JAMAL, state="OFF"),
            Device("Ceiling Light", "light", _R_ANA, state="OFF"),
            Device("Desk Lamp", "light", _R_PRIYA, features=_DIM, state="OFF"),
            Device("Fairy Lights", "light", _R_ANA, state="OFF"),
            Device("Kitchen Light", "light", _R_KITCHEN, state="ON"),
            Device("Lounge Light", "light", "Lounge", features=_DIM, state="OFF"),
            Device("Hall Light", "light", "Hallway", state="OFF"),
            Device("Bathroom Light", "light", "Bathroom", state="OFF"),
            Device("Heater", "switch", _R_TOM, state="OFF"),
            Device("Heater", "switch", _R_JAMAL, state="OFF"),
            Device("Jamal's PlayStation", "switch", "Lounge", "outlet", state="ON"),
            Device("Kettle", "switch", _R_KITCHEN, "outlet", state="OFF"),
            Device("Washing Machine", "switch", _R_KITCHEN, "outlet", state="ON"),
            Device("Extractor Fan", "fan", "Bathroom", state="OFF"),
            Device("House Thermostat", "climate", "Hallway"),
            Device("Front Door", "lock", "Hallway", state="LOCKED"),
            Device("Back Gate", "cover", "Garden", "gate", state="closed"),
            Device("Front Door Sensor", "binary_sensor", "Hallway", "door", state="OFF"),
            Device("Kitchen Window", "binary_sensor", _R_KITCHEN, "window", state="ON"),
            Device("Kitchen Smoke Alarm", "binary_sensor", _R_KITCHEN, "smoke", state="OFF"),
            Device("Bathroom Humidity", "sensor", "Bathroom", "humidity", state="81"),
            Device("Lounge Temperature", "sensor", "Lounge", "temperature", state="19.1"),
            Device("Lounge CO2", "sensor", "Lounge", "carbon_dioxide", state="1240", unit="ppm"),
            Device("Lounge Blinds", "cover", "Lounge", "blind", _POSITION, "open"),
        ),
        floors={
            "downstairs": (_R_KITCHEN, "Lounge", "Hallway"),
            "upstairs": (_R_TOM, _R_PRIYA, _R_JAMAL, _R_ANA, "Bathroom"),
            "outside": ("Garden",),
        },
    ),
    here="",
    discovery={_R_THERMO: _celsius(10, 24)},
    states={_R_THERMO: {"current_temperature": 17.5, "target_temperature": 18}},
)

_SHARE = _in(
    SHARE,
    [
        act(PLAIN, "turn off the light in Tom's room", "turn_off", _R_CL_TOM, kind=TRAP),
        act(PLAIN, "turn off Tom's lamp", "turn_off", _R_TOMS_LAMP, kind=TRAP),
        act(TERSE, "priya's ceiling light on", "turn_on", _R_CL_PRIYA),
        act(UNITS, "desk lamp in priya's room to 70 percent", "brightness", _R_DESK, value=70),
        act(MISHEARD, "turn on the light in jamals room", "turn_on", _R_CL_JAMAL),
        act(MISHEARD, "turn on the fairy lights in anna's room", "turn_on", _R_FAIRY),
        act(POLITE, "could you turn on the heater in Jamal's room", "turn_on", _R_HEAT_JAMAL),
        act(TERSE, "heater on", "turn_on", _R_HEAT_TOM, here=_R_TOM),
        act(PLAIN, "turn off Jamal's playstation", "turn_off", _R_PS),
        act(PLAIN, "put the kettle on", "turn_on", _R_KETTLE),
        act(POLITE, "can you put the hall light on please", "turn_on", _R_HALL_L),
        act(INDIRECT, "the bathroom's like a sauna after Jamal's shower", "turn_on", _R_FAN),
        act(UNITS, "heating up to twenty one degrees", "target_temperature", _R_THERMO, value=21),
        act(MISHEARD, "set the thermo stat to 19", "target_temperature", _R_THERMO, value=19),
        act(UNITS, "lounge light to 30%", "brightness", _R_LOUNGE_L, value=30),
        act(UNITS, "lounge blinds half way", "position", _R_BLINDS, value=50),
        act(
            PLAIN,
            "turn off all the lights downstairs except Tom's lamp",
            "turn_off",
            _R_KITCHEN_L,
            _R_LOUNGE_L,
            _R_HALL_L,
            kind=TRAP,
            but=(_R_TOMS_LAMP,),
        ),
        act(
            INDIRECT,
            "everyone's out, switch off every light apart from the hall",
            "turn_off",
            _R_TOMS_LAMP,
            _R_CL_TOM,
            _R_CL_PRIYA,
            _R_CL_JAMAL,
            _R_CL_ANA,
            _R_DESK,
            _R_FAIRY,
            _R_KITCHEN_L,
            _R_LOUNGE_L,
            _R_BATH_L,
            kind=TRAP,
            but=(_R_HALL_L,),
        ),
        act(PLAIN, "turn off the hall, no, the kitchen light", "turn_off", _R_KITCHEN_L, kind=TRAP),
        act(PLAIN, "turn on the ceiling light", "turn_on", _R_CL_JAMAL, here=_R_JAMAL),
        ask(PLAIN, "unlock the front door", _R_FRONT),
        ask(INDIRECT, "Priya's locked herself out, can you let her in", _R_FRONT),
        ask(PLAIN, "open the back gate", _R_GATE),
        answer(PLAIN, "what's the humidity in the bathroom", _R_BATH_H, "81"),
        answer(PLAIN, "how warm is it in the lounge", _R_LOUNGE_T, "19.1"),
        answer(INDIRECT, "is the air ok in the lounge, what's the co2 at", _R_CO2, "1240"),
        answer(TERSE, "kitchen window open?", _R_WINDOW, *_OPEN),
        answer(PLAIN, "is Tom's lamp on", _R_TOMS_LAMP, *_ON),
        answer(POLITE, "is the washing machine still on", _R_WASHER, *_ON),
        answer(PLAIN, "what's the thermostat set to", _R_THERMO, "18"),
        clarify(PLAIN, "turn on the heater"),
        clarify(PLAIN, "turn off the plug in Jamal's room"),
        clarify(TERSE, "garden lights on"),
        clarify(UNITS, "set the thermostat to 28"),
        clarify(PLAIN, "turn on the light in Sam's room"),
        nothing(INDIRECT, "Tom left his lamp on all weekend again", kind=TRAP),
        nothing(PLAIN, "Priya said to turn the heating down", kind=TRAP),
        nothing(PLAIN, "don't turn off the washing machine, it's mid cycle", kind=TRAP),
        nothing(PLAIN, "when the washing finishes turn off the washing machine", kind=TRAP),
        nothing(INDIRECT, "oh yeah, great idea Jamal, leave the kitchen window open in january", kind=TRAP),
        nothing(POLITE, "did the heating go off at midnight like it's supposed to", kind=TRAP),
        nothing(TERSE, "ta"),
    ],
)


# ---- a narrowboat

_B_SALOON, _B_GALLEY, _B_CABIN = "Saloon Lights@Saloon", "Galley Lights@Galley", "Cabin Light@Cabin"
_B_READING, _B_DECK = "Reading Lights@Cabin", "Deck Lights@Stern Deck"
_B_BOW, _B_TUNNEL = "Bow Light@Bow", "Tunnel Light@Bow"
_B_BILGE, _B_WATER = "Bilge Pump@Engine Bay", "Water Pump@Galley"
_B_FRIDGE, _B_INVERTER = "12V Fridge@Galley", "Inverter@Engine Bay"
_B_IMMERSION, _B_HEATER = "Immersion Heater@Bathroom", "Cabin Heater@Cabin"
_B_FAN, _B_HATCH, _B_SIDE = "Saloon Fan@Saloon", "Roof Hatch@Saloon", "Side Hatch@Galley"
_B_BATTERY, _B_BILGE_ALARM = "Leisure Battery@Engine Bay", "Bilge Alarm@Engine Bay"
_B_CABIN_T, _B_OUTSIDE_T = "Cabin Temperature@Cabin", "Outside Temperature@Stern Deck"
_B_HUM, _B_LOCK, _B_CO = "Saloon Humidity@Saloon", "Stern Doors@Stern Deck", "CO Alarm@Saloon"

BOAT = TrustHome(
    Home(
        "f4_boat",
        (
            Device("Saloon Lights", "light", "Saloon", features=_DIM, state="ON"),
            Device("Galley Lights", "light", "Galley", state="OFF"),
            Device("Cabin Light", "light", "Cabin", features=_DIM, state="OFF"),
            Device("Reading Lights", "light", "Cabin", state="OFF"),
            Device("Deck Lights", "light", "Stern Deck", state="OFF"),
            Device("Bow Light", "light", "Bow", state="OFF"),
            Device("Tunnel Light", "light", "Bow", state="OFF"),
            Device("Bilge Pump", "switch", "Engine Bay", state="OFF"),
            Device("Water Pump", "switch", "Galley", state="OFF"),
            Device("12V Fridge", "switch", "Galley", state="ON"),
            Device("Inverter", "switch", "Engine Bay", state="OFF"),
            Device("Immersion Heater", "switch", "Bathroom", state="OFF"),
            Device("Cabin Heater", "climate", "Cabin"),
            Device("Saloon Fan", "fan", "Saloon", features=_SPEED, state="OFF"),
            Device("Roof Hatch", "cover", "Saloon", "window", _POSITION, "closed"),
            Device("Side Hatch", "binary_sensor", "Galley", "door", state="OFF"),
            Device("Leisure Battery", "sensor", "Engine Bay", "battery", state="78"),
            Device("Bilge Alarm", "binary_sensor", "Engine Bay", "moisture", state="OFF"),
            Device("Cabin Temperature", "sensor", "Cabin", "temperature", state="15.4"),
            Device("Outside Temperature", "sensor", "Stern Deck", "temperature", state="6.5"),
            Device("Saloon Humidity", "sensor", "Saloon", "humidity", state="72"),
            Device("Stern Doors", "lock", "Stern Deck", state="LOCKED"),
            Device("CO Alarm", "binary_sensor", "Saloon", "carbon_monoxide", state="OFF"),
        ),
    ),
    here="",
    discovery={_B_HEATER: _celsius(8, 26)},
    states={_B_HEATER: {"current_temperature": 15.4, "target_temperature": 16}},
)

_BOAT = _in(
    BOAT,
    [
        act(PLAIN, "turn on the bilge pump", "turn_on", _B_BILGE),
        act(MISHEARD, "turn on the bilge pomp", "turn_on", _B_BILGE),
        act(INDIRECT, "there's water sloshing about under the engine boards", "turn_on", _B_BILGE),
        act(PLAIN, "turn on the water pump", "turn_on", _B_WATER),
        act(TERSE, "inverter on", "turn_on", _B_INVERTER),
        act(POLITE, "be a love and switch the immersion on", "turn_on", _B_IMMERSION),
        act(INDIRECT, "I fancy a hot shower tonight, get the water heating", "turn_on", _B_IMMERSION),
        act(PLAIN, "set the cabin heater to 19", "target_temperature", _B_HEATER, value=19),
        act(UNITS, "cabin heater up to twenty degrees", "target_temperature", _B_HEATER, value=20),
        act(UNITS, "cabin heater to 59 fahrenheit", "target_temperature", _B_HEATER, value=15),
        act(MISHEARD, "turn on the dec lights", "turn_on", _B_DECK),
        act(INDIRECT, "we're coming up to the Harecastle tunnel now", "turn_on", _B_TUNNEL),
        act(TERSE, "bow light on", "turn_on", _B_BOW),
        act(UNITS, "saloon lights to 20 percent", "brightness", _B_SALOON, value=20),
        act(MISHEARD, "turn off the salon lights", "turn_off", _B_SALOON),
        act(UNITS, "roof hatch open a quarter", "position", _B_HATCH, value=25),
        act(UNITS, "saloon fan at 30 percent", "percentage", _B_FAN, value=30),
        act(POLITE, "would you pop the galley lights on please", "turn_on", _B_GALLEY),
        act(
            PLAIN,
            "turn off all the lights except the reading lights",
            "turn_off",
            _B_SALOON,
            _B_GALLEY,
            _B_CABIN,
            _B_DECK,
            _B_BOW,
            _B_TUNNEL,
            kind=TRAP,
            but=(_B_READING,),
        ),
        act(
            INDIRECT,
            "mooring up for the night, leave the saloon lights on and turn all the other lights off",
            "turn_off",
            _B_GALLEY,
            _B_CABIN,
            _B_READING,
            _B_DECK,
            _B_BOW,
            _B_TUNNEL,
            kind=TRAP,
            but=(_B_SALOON,),
        ),
        act(PLAIN, "turn on the cabin light, not the reading lights", "turn_on", _B_CABIN, kind=TRAP),
        act(TERSE, "fridge off", "turn_off", _B_FRIDGE),
        act(UNITS, "turn off the twelve volt fridge", "turn_off", _B_FRIDGE, kind=TRAP),
        ask(PLAIN, "unlock the stern doors", _B_LOCK),
        ask(MISHEARD, "un lock the stern door", _B_LOCK),
        answer(PLAIN, "what's the leisure battery at", _B_BATTERY, "78"),
        answer(INDIRECT, "how cold is it outside on the deck", _B_OUTSIDE_T, "6.5"),
        answer(PLAIN, "what's the humidity in the saloon", _B_HUM, "72"),
        answer(TERSE, "cabin temperature?", _B_CABIN_T, "15.4"),
        answer(PLAIN, "is there water in the bilge", _B_BILGE_ALARM, *_CLEAR),
        answer(POLITE, "is the side hatch shut", _B_SIDE, *_IS_CLOSED),
        answer(PLAIN, "is the fridge on", _B_FRIDGE, *_ON),
        clarify(PLAIN, "turn on the light in the engine bay"),
        clarify(UNITS, "set the cabin heater to 30"),
        clarify(PLAIN, "turn on the light in the wheelhouse"),
        clarify(TERSE, "saloon heater on"),
        nothing(PLAIN, "the bilge pump ran for ages this morning", kind=TRAP),
        nothing(PLAIN, "don't run the water pump, the tank's nearly empty", kind=TRAP),
        nothing(INDIRECT, "the lock keeper said to keep the tunnel light on through the tunnel", kind=TRAP),
        nothing(PLAIN, "when we moor up, switch the inverter off", kind=TRAP),
        nothing(MISHEARD, "what if the bilge pomp fails while we're away", kind=TRAP),
        nothing(TERSE, "cheers mate"),
    ],
)


# ---- an assisted-living flat

_C_BED_L, _C_CL_BED = "Bed Light@Bedroom", "Ceiling Light@Bedroom"
_C_CL_LOUNGE, _C_READ = "Ceiling Light@Lounge", "Reading Lamp@Lounge"
_C_KITCHEN_L, _C_WET_L = "Kitchenette Light@Kitchenette", "Wet Room Light@Wet Room"
_C_PATH, _C_CALL = "Night Path Light@Hallway", "Nurse Call@Bedroom"
_C_DOOR_S, _C_LOCK = "Door Sensor@Hallway", "Flat Door@Hallway"
_C_RAD, _C_BED_RAD = "Radiator@Lounge", "Bedroom Radiator@Bedroom"
_C_BLINDS, _C_CURTAINS = "Electric Blinds@Lounge", "Bedroom Curtains@Bedroom"
_C_KETTLE, _C_FAN, _C_TV = "Kettle@Kitchenette", "Fan@Bedroom", "TV@Lounge"
_C_LOUNGE_T, _C_BED_T = "Lounge Temperature@Lounge", "Bedroom Temperature@Bedroom"
_C_WET_H, _C_FLOOR = "Wet Room Humidity@Wet Room", "Wet Room Floor@Wet Room"
_C_FRIDGE = "Fridge Door@Kitchenette"

CARE = TrustHome(
    Home(
        "f4_care",
        (
            Device("Bed Light", "light", "Bedroom", features=_DIM, state="OFF"),
            Device("Ceiling Light", "light", "Bedroom", features=_DIM, state="ON"),
            Device("Ceiling Light", "light", "Lounge", features=_DIM, state="OFF"),
            Device("Reading Lamp", "light", "Lounge", features=_DIM, state="OFF"),
            Device("Kitchenette Light", "light", "Kitchenette", state="ON"),
            Device("Wet Room Light", "light", "Wet Room", state="OFF"),
            Device("Night Path Light", "light", "Hallway", features=_DIM, state="OFF"),
            Device("Nurse Call", "switch", "Bedroom", state="OFF"),
            Device("Door Sensor", "binary_sensor", "Hallway", "door", state="OFF"),
            Device("Flat Door", "lock", "Hallway", state="LOCKED"),
            Device("Radiator", "climate", "Lounge"),
            Device("Bedroom Radiator", "climate", "Bedroom"),
            Device("Electric Blinds", "cover", "Lounge", "blind", _POSITION, "open"),
            Device("Bedroom Curtains", "cover", "Bedroom", "curtain", _POSITION, "closed"),
            Device("Kettle", "switch", "Kitchenette", "outlet", state="OFF"),
            Device("Fan", "fan", "Bedroom", features=_SPEED, state="OFF"),
            Device("TV", "switch", "Lounge", "outlet", state="ON"),
            Device("Lounge Temperature", "sensor", "Lounge", "temperature", state="20.5"),
            Device("Bedroom Temperature", "sensor", "Bedroom", "temperature", state="19"),
            Device("Wet Room Humidity", "sensor", "Wet Room", "humidity", state="65"),
            Device("Wet Room Floor", "binary_sensor", "Wet Room", "moisture", state="OFF"),
            Device("Fridge Door", "binary_sensor", "Kitchenette", "door", state="ON"),
        ),
    ),
    here="",
    discovery={_C_RAD: _celsius(16, 26), _C_BED_RAD: _celsius(16, 26)},
    states={
        _C_RAD: {"current_temperature": 20.5, "target_temperature": 21},
        _C_BED_RAD: {"current_temperature": 19, "target_temperature": 19},
    },
)

_CARE = _in(
    CARE,
    [
        act(POLITE, "would you be a dear and put the bed light on", "turn_on", _C_BED_L),
        act(PLAIN, "turn the big light off in the bedroom", "turn_off", _C_CL_BED),
        act(UNITS, "bed light to ten percent please", "brightness", _C_BED_L, value=10),
        act(INDIRECT, "I can't see well enough to read my paper", "turn_on", _C_READ, here="Lounge"),
        act(PLAIN, "press the nurse call", "turn_on", _C_CALL),
        act(INDIRECT, "I need someone to come and help me, please call the nurse", "turn_on", _C_CALL),
        act(TERSE, "hall light on", "turn_on", _C_PATH),
        act(UNITS, "night path light to 20 percent", "brightness", _C_PATH, value=20),
        act(
            POLITE,
            "would you turn the lounge radiator up to 23 for me",
            "target_temperature",
            _C_RAD,
            value=23,
        ),
        act(UNITS, "bedroom radiator to twenty degrees", "target_temperature", _C_BED_RAD, value=20),
        act(
            INDIRECT,
            "I'm feeling the cold a bit, could the lounge be warmer, say 22",
            "target_temperature",
            _C_RAD,
            value=22,
        ),
        act(PLAIN, "close the blinds", "close", _C_BLINDS, here="Lounge"),
        act(POLITE, "please open the bedroom curtains, love", "open", _C_CURTAINS),
        act(UNITS, "open the curtains half way", "position", _C_CURTAINS, value=50, here="Bedroom"),
        act(MISHEARD, "put the cattle on", "turn_on", _C_KETTLE),
        act(UNITS, "fan to 25 percent", "percentage", _C_FAN, value=25),
        act(MISHEARD, "turn on the wet rum light", "turn_on", _C_WET_L),
        act(PLAIN, "turn off the telly", "turn_off", _C_TV),
        act(
            PLAIN,
            "turn off all the lights except the bed light",
            "turn_off",
            _C_CL_BED,
            _C_CL_LOUNGE,
            _C_READ,
            _C_KITCHEN_L,
            _C_WET_L,
            _C_PATH,
            kind=TRAP,
            but=(_C_BED_L,),
        ),
        act(
            INDIRECT,
            "I'm off to bed now, leave the night path light on and switch the others off",
            "turn_off",
            _C_BED_L,
            _C_CL_BED,
            _C_CL_LOUNGE,
            _C_READ,
            _C_KITCHEN_L,
            _C_WET_L,
            kind=TRAP,
            but=(_C_PATH,),
        ),
        act(
            PLAIN,
            "turn on the ceiling light in the lounge, not the bedroom one",
            "turn_on",
            _C_CL_LOUNGE,
            kind=TRAP,
        ),
        act(MISHEARD, "turn of the kitchen net light", "turn_off", _C_KITCHEN_L),
        ask(POLITE, "could you unlock the door for the carer please", _C_LOCK),
        ask(MISHEARD, "on lock the flat door", _C_LOCK),
        answer(PLAIN, "how warm is it in the lounge", _C_LOUNGE_T, "20.5"),
        answer(PLAIN, "what's the humidity in the wet room", _C_WET_H, "65"),
        answer(INDIRECT, "did I leave the fridge door open", _C_FRIDGE, *_OPEN),
        answer(POLITE, "is my front door locked, dear", _C_LOCK, *_LOCKED),
        answer(TERSE, "bedroom temperature?", _C_BED_T, "19"),
        answer(PLAIN, "is the floor wet in the wet room", _C_FLOOR, *_CLEAR),
        answer(PLAIN, "is the nurse call on", _C_CALL, *_OFF),
        clarify(PLAIN, "set the ceiling light to 40 percent"),
        clarify(PLAIN, "turn on the light in the garden"),
        clarify(UNITS, "set the bedroom radiator to 30"),
        clarify(PLAIN, "open the blinds in the wet room"),
        nothing(PLAIN, "the nurse came at ten and turned my radiator down", kind=TRAP),
        nothing(INDIRECT, "my daughter says I shouldn't leave the reading lamp on all night", kind=TRAP),
        nothing(PLAIN, "don't press the nurse call, I'm alright now", kind=TRAP),
        nothing(POLITE, "could you turn the bed light on when my programme finishes", kind=TRAP),
        nothing(POLITE, "you did lock the door after the carer left, didn't you", kind=TRAP),
        nothing(TERSE, "thank you dear"),
        nothing(INDIRECT, "what would I do if the power went off"),
    ],
)


# ---- a bakery

_K_DECK, _K_CONV, _K_PROOF = "Deck Oven@Bakehouse", "Convection Oven@Bakehouse", "Proofing Cabinet@Bakehouse"
_K_HOOD, _K_BAKE_L = "Extraction Hood@Bakehouse", "Bakehouse Lights@Bakehouse"
_K_SHOP_L, _K_DISPLAY = "Shop Lights@Shop", "Window Display Lights@Shop"
_K_SIGN, _K_COFFEE, _K_AWNING = "Open Sign@Shop", "Coffee Machine@Shop", "Awning@Shop"
_K_GATE, _K_BACK = "Delivery Gate@Yard", "Back Door Lock@Bakehouse"
_K_COLD_T, _K_COLD_D = "Cold Room Temperature@Cold Room", "Cold Room Door@Cold Room"
_K_BAKE_T, _K_BAKE_H = "Bakehouse Temperature@Bakehouse", "Bakehouse Humidity@Bakehouse"
_K_DEHUM, _K_FLOOD = "Dehumidifier@Stockroom", "Yard Floodlight@Yard"
_K_OFFICE_HEAT, _K_OFFICE_L = "Office Heater@Office", "Office Light@Office"
_K_SMOKE, _K_STOCK_L = "Smoke Detector@Bakehouse", "Stockroom Light@Stockroom"

BAKERY = TrustHome(
    Home(
        "f4_bakery",
        (
            Device("Deck Oven", "climate", "Bakehouse"),
            Device("Convection Oven", "climate", "Bakehouse"),
            Device("Proofing Cabinet", "climate", "Bakehouse"),
            Device("Extraction Hood", "fan", "Bakehouse", features=_SPEED, state="OFF"),
            Device("Bakehouse Lights", "light", "Bakehouse", state="ON"),
            Device("Shop Lights", "light", "Shop", features=_DIM, state="OFF"),
            Device("Window Display Lights", "light", "Shop", state="OFF"),
            Device("Open Sign", "switch", "Shop", state="OFF"),
            Device("Coffee Machine", "switch", "Shop", "outlet", state="OFF"),
            Device("Awning", "cover", "Shop", "awning", _POSITION, "closed"),
            Device("Delivery Gate", "cover", "Yard", "gate", state="closed"),
            Device("Back Door Lock", "lock", "Bakehouse", state="LOCKED"),
            Device("Cold Room Temperature", "sensor", "Cold Room", "temperature", state="3.2"),
            Device("Cold Room Door", "binary_sensor", "Cold Room", "door", state="ON"),
            Device("Bakehouse Temperature", "sensor", "Bakehouse", "temperature", state="29.5"),
            Device("Bakehouse Humidity", "sensor", "Bakehouse", "humidity", state="55"),
            Device("Dehumidifier", "switch", "Stockroom", state="OFF"),
            Device("Yard Floodlight", "light", "Yard", state="OFF"),
            Device("Office Heater", "switch", "Office", state="OFF"),
            Device("Office Light", "light", "Office", features=_DIM, state="OFF"),
            Device("Smoke Detector", "binary_sensor", "Bakehouse", "smoke", state="OFF"),
            Device("Stockroom Light", "light", "Stockroom", state="OFF"),
        ),
    ),
    here="",
    discovery={_K_DECK: _celsius(50, 280), _K_CONV: _celsius(50, 250), _K_PROOF: _celsius(20, 40)},
    states={
        _K_DECK: {"current_temperature": 228, "target_temperature": 230},
        _K_CONV: {"current_temperature": 176, "target_temperature": 180},
        _K_PROOF: {"current_temperature": 26.5, "target_temperature": 27},
    },
)

_BAKERY = _in(
    BAKERY,
    [
        act(PLAIN, "set the deck oven to 250", "target_temperature", _K_DECK, value=250),
        act(UNITS, "deck oven two hundred and forty degrees", "target_temperature", _K_DECK, value=240),
        act(TERSE, "convection oven 160", "target_temperature", _K_CONV, value=160),
        act(MISHEARD, "set the convention oven to 190", "target_temperature", _K_CONV, value=190),
        act(MISHEARD, "set the roofing cabinet to 32", "target_temperature", _K_PROOF, value=32),
        act(
            UNITS,
            "proofing cabinet to twenty eight and a half degrees",
            "target_temperature",
            _K_PROOF,
            value=28.5,
        ),
        act(UNITS, "extraction to 80 percent", "percentage", _K_HOOD, value=80),
        act(
            INDIRECT,
            "it's roasting back here, can we get some air moving",
            "turn_on",
            _K_HOOD,
            here="Bakehouse",
        ),
        act(PLAIN, "turn on the shop lights", "turn_on", _K_SHOP_L),
        act(UNITS, "shop lights to 70%", "brightness", _K_SHOP_L, value=70),
        act(TERSE, "open sign on", "turn_on", _K_SIGN),
        act(MISHEARD, "turn on the coffee mashing", "turn_on", _K_COFFEE),
        act(PLAIN, "put the awning out", "open", _K_AWNING),
        act(UNITS, "awning out half way", "position", _K_AWNING, value=50),
        act(TERSE, "display lights on", "turn_on", _K_DISPLAY),
        act(
            PLAIN,
            "turn on all the lights in the shop except the window display",
            "turn_on",
            _K_SHOP_L,
            kind=TRAP,
            but=(_K_DISPLAY,),
        ),
        act(
            PLAIN,
            "turn on every light except the yard floodlight",
            "turn_on",
            _K_BAKE_L,
            _K_SHOP_L,
            _K_DISPLAY,
            _K_OFFICE_L,
            _K_STOCK_L,
            kind=TRAP,
            but=(_K_FLOOD,),
        ),
        act(PLAIN, "turn on the dehumidifier in the stockroom", "turn_on", _K_DEHUM),
        act(INDIRECT, "the flour sacks are getting damp in the stockroom", "turn_on", _K_DEHUM),
        act(POLITE, "could you turn the office heater on for me", "turn_on", _K_OFFICE_HEAT),
        act(PLAIN, "turn on the stockroom, no, the office light", "turn_on", _K_OFFICE_L, kind=TRAP),
        act(PLAIN, "turn off the bakehouse lights", "turn_off", _K_BAKE_L),
        ask(PLAIN, "open the delivery gate", _K_GATE),
        ask(INDIRECT, "the flour delivery's here, let the lorry into the yard", _K_GATE),
        ask(PLAIN, "unlock the back door", _K_BACK),
        answer(PLAIN, "what's the temperature in the cold room", _K_COLD_T, "3.2"),
        answer(PLAIN, "is the cold room door shut", _K_COLD_D, *_NOT_SHUT),
        answer(INDIRECT, "how hot is the deck oven right now", _K_DECK, "228"),
        answer(PLAIN, "what's the proofing cabinet set to", _K_PROOF, "27"),
        answer(POLITE, "how humid is it in the bakehouse", _K_BAKE_H, "55"),
        answer(TERSE, "open sign on?", _K_SIGN, *_OFF),
        clarify(PLAIN, "set the oven to 200"),
        clarify(UNITS, "set the proofing cabinet to 60"),
        clarify(PLAIN, "turn on the lights in the cafe"),
        clarify(TERSE, "cold room light on"),
        nothing(PLAIN, "the deck oven took ages to heat up this morning", kind=TRAP),
        nothing(PLAIN, "don't turn the extraction on yet, it blows the flour everywhere", kind=TRAP),
        nothing(
            INDIRECT, "Marco reckons we should set the convection oven to 170 for the croissants", kind=TRAP
        ),
        nothing(PLAIN, "put the open sign on at seven", kind=TRAP),
        nothing(POLITE, "you did turn the ovens off last night, didn't you", kind=TRAP),
        nothing(TERSE, "lovely, cheers"),
    ],
)


# ---- a two-storey family home, one name in many rooms

_F_DH, _F_UH = "Downstairs Hall", "Upstairs Hall"
_F_CL_K, _F_CL_LR, _F_CL_DR = (
    "Ceiling Light@Kitchen",
    "Ceiling Light@Living Room",
    "Ceiling Light@Dining Room",
)
_F_CL_B1, _F_CL_B2, _F_CL_B3 = "Ceiling Light@Bedroom 1", "Ceiling Light@Bedroom 2", "Ceiling Light@Bedroom 3"
_F_HALL_D, _F_HALL_U = f"Hall Light@{_F_DH}", f"Hall Light@{_F_UH}"
_F_LAMP_LR, _F_LAMP_B1, _F_LAMP_B2 = "Lamp@Living Room", "Lamp@Bedroom 1", "Lamp@Bedroom 2"
_F_MIRROR, _F_TOILET_L, _F_STRIP = (
    "Mirror Light@Bathroom",
    "Toilet Light@Downstairs Toilet",
    "Strip Light@Garage",
)
_F_HEAT_B3, _F_HEAT_G = "Heater@Bedroom 3", "Heater@Garage"
_F_FAN_B1, _F_FAN_B2, _F_EXTRACTOR = "Fan@Bedroom 1", "Fan@Bedroom 2", "Extractor@Bathroom"
_F_BLIND_B2, _F_BLIND_B3, _F_CURTAINS = "Blind@Bedroom 2", "Blind@Bedroom 3", "Curtains@Living Room"
_F_HEATING, _F_HOT_WATER = f"Heating@{_F_DH}", f"Hot Water@{_F_UH}"
_F_GARAGE, _F_FRONT, _F_BACK = "Garage Door@Garage", f"Front Door@{_F_DH}", "Back Door@Kitchen"
_F_UP_T, _F_BATH_H = f"Upstairs Temperature@{_F_UH}", "Bathroom Humidity@Bathroom"
_F_W_B2, _F_W_B3, _F_W_K = "Window@Bedroom 2", "Window@Bedroom 3", "Window@Kitchen"
_F_ROOMBA = "Roomba@Living Room"

_F_DOWNSTAIRS = ("Kitchen", "Living Room", "Dining Room", _F_DH, "Downstairs Toilet", "Garage")
_F_UPSTAIRS = ("Bedroom 1", "Bedroom 2", "Bedroom 3", "Bathroom", _F_UH)

HOUSE = TrustHome(
    Home(
        "f4_house",
        (
            Device("Ceiling Light", "light", "Kitchen", features=_DIM, state="ON"),
            Device("Ceiling Light", "light", "Living Room", features=_DIM, state="OFF"),
            Device("Ceiling Light", "light", "Dining Room", state="OFF"),
            Device("Ceiling Light", "light", "Bedroom 1", features=_DIM, state="OFF"),
            Device("Ceiling Light", "light", "Bedroom 2", state="OFF"),
            Device("Ceiling Light", "light", "Bedroom 3", state="ON"),
            Device("Hall Light", "light", _F_DH, state="OFF"),
            Device("Hall Light", "light", _F_UH, state="OFF"),
            Device("Lamp", "light", "Living Room", features=_DIM, state="OFF"),
            Device("Lamp", "light", "Bedroom 1", features=_DIM, state="OFF"),
            Device("Lamp", "light", "Bedroom 2", features=_DIM, state="OFF"),
            Device("Mirror Light", "light", "Bathroom", state="OFF"),
            Device("Toilet Light", "light", "Downstairs Toilet", state="OFF"),
            Device("Strip Light", "light", "Garage", state="OFF"),
            Device("Heater", "switch", "Bedroom 3", state="OFF"),
            Device("Heater", "switch", "Garage", state="OFF"),
            Device("Fan", "fan", "Bedroom 1", features=_SPEED, state="OFF"),
            Device("Fan", "fan", "Bedroom 2", features=_SPEED, state="OFF"),
            Device("Extractor", "fan", "Bathroom", state="OFF"),
            Device("Blind", "cover", "Bedroom 2", "blind", _POSITION, "open"),
            Device("Blind", "cover", "Bedroom 3", "blind", _POSITION, "open"),
            Device("Curtains", "cover", "Living Room", "curtain", _POSITION, "open"),
            Device("Heating", "climate", _F_DH),
            Device("Hot Water", "switch", _F_UH, state="OFF"),
            Device("Garage Door", "cover", "Garage", "garage", state="closed"),
            Device("Front Door", "lock", _F_DH, state="LOCKED"),
            Device("Back Door", "lock", "Kitchen", state="UNLOCKED"),
            Device("Upstairs Temperature", "sensor", _F_UH, "temperature", state="21.3"),
            Device("Bathroom Humidity", "sensor", "Bathroom", "humidity", state="62"),
            Device("Window", "binary_sensor", "Bedroom 2", "window", state="ON"),
            Device("Window", "binary_sensor", "Bedroom 3", "window", state="OFF"),
            Device("Window", "binary_sensor", "Kitchen", "window", state="OFF"),
            Device("Roomba", "vacuum", "Living Room"),
        ),
        floors={"Downstairs": _F_DOWNSTAIRS, "Upstairs": _F_UPSTAIRS},
    ),
    here="",
    discovery={_F_HEATING: _celsius(5, 32)},
    states={_F_HEATING: {"current_temperature": 19.5, "target_temperature": 19}},
)

_HOUSE = _in(
    HOUSE,
    [
        act(PLAIN, "turn off the bedroom 3 light", "turn_off", _F_CL_B3, kind=TRAP),
        act(UNITS, "set the lamp in bedroom 2 to 30 percent", "brightness", _F_LAMP_B2, value=30, kind=TRAP),
        act(PLAIN, "turn on the ceiling light", "turn_on", _F_CL_LR, here="Living Room"),
        act(TERSE, "lamp on", "turn_on", _F_LAMP_B1, here="Bedroom 1"),
        act(PLAIN, "turn on the heater in bedroom 3", "turn_on", _F_HEAT_B3, kind=TRAP),
        act(MISHEARD, "switch on the heater in the garridge", "turn_on", _F_HEAT_G),
        act(UNITS, "fan in bedroom 1 to 40 percent", "percentage", _F_FAN_B1, value=40, kind=TRAP),
        act(POLITE, "can you close the blind in bedroom 2 please", "close", _F_BLIND_B2),
        act(UNITS, "bedroom three blind to 20 percent", "position", _F_BLIND_B3, value=20),
        act(UNITS, "heating to sixty eight fahrenheit", "target_temperature", _F_HEATING, value=20),
        act(PLAIN, "lock the back door", "lock", _F_BACK),
        act(
            PLAIN,
            "turn on all the lights upstairs",
            "turn_on",
            _F_CL_B1,
            _F_CL_B2,
            _F_CL_B3,
            _F_HALL_U,
            _F_LAMP_B1,
            _F_LAMP_B2,
            _F_MIRROR,
        ),
        act(
            PLAIN,
            "turn off all the lights downstairs except the hall light",
            "turn_off",
            _F_CL_K,
            _F_CL_LR,
            _F_CL_DR,
            _F_LAMP_LR,
            _F_TOILET_L,
            _F_STRIP,
            kind=TRAP,
            but=(_F_HALL_D,),
        ),
        act(
            INDIRECT,
            "kids are in bed, leave the upstairs hall light on and switch off the rest upstairs",
            "turn_off",
            _F_CL_B1,
            _F_CL_B2,
            _F_CL_B3,
            _F_LAMP_B1,
            _F_LAMP_B2,
            _F_MIRROR,
            kind=TRAP,
            but=(_F_HALL_U,),
        ),
        act(PLAIN, "turn on the hall light upstairs", "turn_on", _F_HALL_U),
        act(PLAIN, "turn on the kitchen, no, the dining room light", "turn_on", _F_CL_DR, kind=TRAP),
        act(
            PLAIN,
            "turn on the lamp in the living room, not the bedroom one",
            "turn_on",
            _F_LAMP_LR,
            kind=TRAP,
        ),
        act(MISHEARD, "turn on the light in the dinning room", "turn_on", _F_CL_DR),
        act(PLAIN, "start the roomba", "start", _F_ROOMBA),
        act(MISHEARD, "send the room bar home", "dock", _F_ROOMBA),
        act(TERSE, "toilet light on", "turn_on", _F_TOILET_L),
        act(INDIRECT, "it's so stuffy in bedroom 2", "turn_on", _F_FAN_B2),
        act(POLITE, "could you put the extractor on in the bathroom please", "turn_on", _F_EXTRACTOR),
        act(UNITS, "living room lamp to 15%", "brightness", _F_LAMP_LR, value=15),
        ask(PLAIN, "open the garage door", _F_GARAGE),
        ask(POLITE, "can you unlock the front door please", _F_FRONT),
        answer(PLAIN, "how warm is it upstairs", _F_UP_T, "21.3"),
        answer(PLAIN, "how warm is it downstairs", _F_HEATING, "19.5"),
        answer(PLAIN, "what's the humidity in the bathroom", _F_BATH_H, "62"),
        answer(PLAIN, "is any window open in the kitchen", _F_W_K, *_NO),
        answer(INDIRECT, "is the window open in bedroom 2", _F_W_B2, *_OPEN),
        answer(TERSE, "back door locked?", _F_BACK, *_UNLOCKED),
        answer(POLITE, "could you tell me if the hot water is on", _F_HOT_WATER, *_OFF),
        clarify(PLAIN, "turn on the heater"),
        clarify(PLAIN, "turn on the hall light"),
        clarify(PLAIN, "turn on the light in bedroom 4"),
        clarify(TERSE, "fan on"),
        clarify(UNITS, "set the heating to 40"),
        nothing(PLAIN, "the kids left the light on in bedroom 3 again", kind=TRAP),
        nothing(PLAIN, "don't open the garage door, the car's right up against it", kind=TRAP),
        nothing(INDIRECT, "my husband said to turn the heating up to 22", kind=TRAP),
        nothing(PLAIN, "turn the hot water on at six tomorrow morning", kind=TRAP),
        nothing(INDIRECT, "wow, thanks for turning every light on at 3am, really helpful", kind=TRAP),
        nothing(POLITE, "you did lock the back door when we went out, didn't you", kind=TRAP),
        nothing(TERSE, "never mind"),
    ],
)


HOMES: dict[str, TrustHome] = {
    h.name: h for h in (TUYA, IKEA, Z2M, SHELLY, HAUS, SHARE, BOAT, CARE, BAKERY, HOUSE)
}

CASES: list[UnseenCase] = [
    *_TUYA,
    *_IKEA,
    *_Z2M,
    *_SHELLY,
    *_HAUS,
    *_SHARE,
    *_BOAT,
    *_CARE,
    *_BAKERY,
    *_HOUSE,
]
