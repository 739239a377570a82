"""A second set of unseen homes, split FRESH: homes and sentences nobody has tuned on.

Written by a stranger to the code under test (nothing under edgeagent/ was read), after reading only
the format of tests/bench/unseen_cases.py (its docstring, `UnseenCase`, its labels and builders), none
of its homes or sentences beyond their device shape. Nine homes of shapes that set has not:

- a houseboat (saloon, galley, wheelhouse, engine bay; a heater called by its brand, "Eberspächer");
- a shared student flat whose rooms are named after people ("Tom's Room") and each have a "Big Light";
- a bungalow set up in Italian and English ("Soggiorno / Lounge"), Italian device names in two rooms;
- a home office with a workshop (a roller door, a compressor, a dust extractor, two climates);
- a holiday cabin with a sauna (°C, up to 100) and a hot tub (°F), and two numbered bunk rooms;
- an elderly person's flat with plugs named by what they power ("Kettle Plug", "TV Socket");
- a Zigbee home whose devices keep their IEEE addresses and model codes ("0x00158d0001a2b3c4", "LWB010");
- a home with Home Assistant's default entity names ("Living Room Light 2", "Bedroom Ceiling"), in °F;
- a British terraced house (snug, box room, immersion, velux) with two floors.

The expectations mean what tests/bench/unseen_cases.py says (ACT / ASK_FIRST / ANSWER / CLARIFY /
NO_ACTION), with the same approaches and kinds. States are chosen so that every command changes
something (a light turned on is off or unknown; a lock unlocked is locked), so "already done" is never
the right reply. Every case is in the split FRESH.

NEVER TUNE ON THESE. `python -m tests.bench.unseen_homes --fresh` runs only them and prints aggregate
counts; their failures are listed only with `--list-held-out`, for the final measurement.
"""

from __future__ import annotations

from collections.abc import Iterable

from tests.bench.homes import Device, Home
from tests.bench.trust_cases import TrustHome
from tests.bench.unseen_cases import (  # the builders and answer words mean what they mean there
    _CLEAR,
    _DIM,
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

FRESH = "FRESH"

# ------------------------------------------------------------------------------------------ builders


def _in(home: TrustHome, cases: Iterable[UnseenCase]) -> list[UnseenCase]:
    return in_split(home, FRESH, cases)


_NO = ("closed", "no", "not", "shut")
_IS_CLOSED = ("closed", "yes", "shut")
_LOCKED = ("locked", "yes")
_UNLOCKED = ("unlocked", "no", "not")
_MOVING = ("yes", "motion", "movement", "detected", "someone")


def _celsius(low: float, high: float) -> dict[str, object]:
    return {"min_temp": low, "max_temp": high, "temperature_unit": "C"}


def _fahrenheit(low: float, high: float) -> dict[str, object]:
    return {"min_temp": low, "max_temp": high, "temperature_unit": "F"}


# ------------------------------------------------------------------------------------------ homes


HOUSEBOAT = TrustHome(
    Home(
        "f_houseboat",
        (
            Device("Saloon Lights", "light", "Saloon", features=_DIM, state="ON"),
            Device("Galley Strip", "light", "Galley", state="OFF"),
            Device("Cabin Reading Light", "light", "Cabin", features=_DIM, state="OFF"),
            Device("Deck Lights", "light", "Deck", state="OFF"),
            Device("Nav Lights", "light", "Wheelhouse", state="OFF"),
            Device("Bilge Pump", "switch", "Engine Bay", state="OFF"),
            Device("Shore Power", "switch", "Wheelhouse", state="ON"),
            Device("Cool Box", "switch", "Galley", "outlet", state="ON"),
            Device("Eberspächer", "climate", "Saloon"),
            Device("Cabin Hatch", "cover", "Cabin", "window", _POSITION, "closed"),
            Device("Saloon Blinds", "cover", "Saloon", "blind", _POSITION, "open"),
            Device("Companionway", "lock", "Deck", state="LOCKED"),
            Device("Grey Water Tank", "sensor", "Galley", state="85", unit="%"),
            Device("River Temperature", "sensor", "Deck", "temperature", state="12.5"),
            Device("House Battery", "sensor", "Wheelhouse", "battery", state="64"),
            Device("Bilge Alarm", "binary_sensor", "Engine Bay", "moisture", state="OFF"),
            Device("Cabin Fan", "fan", "Cabin", features=_SPEED, state="OFF"),
            Device("Deck Washdown", "valve", "Deck", "water"),
        ),
    ),
    here="",
    discovery={"Eberspächer@Saloon": _celsius(10, 28)},
    states={"Eberspächer@Saloon": {"current_temperature": 16, "target_temperature": 18}},
)

_HOUSEBOAT = _in(
    HOUSEBOAT,
    [
        act(PLAIN, "turn on the deck lights", "turn_on", "Deck Lights@Deck"),
        act(TERSE, "nav lights on", "turn_on", "Nav Lights@Wheelhouse"),
        act(PLAIN, "switch on the bilge pump", "turn_on", "Bilge Pump@Engine Bay"),
        act(POLITE, "could you open the cabin hatch please", "open", "Cabin Hatch@Cabin"),
        act(UNITS, "open the cabin hatch halfway", "position", "Cabin Hatch@Cabin", value=50),
        act(PLAIN, "set the heating to 20", "target_temperature", "Eberspächer@Saloon", value=20),
        act(
            UNITS,
            "warm the boat up to 68 degrees fahrenheit",
            "target_temperature",
            "Eberspächer@Saloon",
            value=20,
        ),
        act(MISHEARD, "turn off the salon lights", "turn_off", "Saloon Lights@Saloon"),
        act(MISHEARD, "set the eber specker to 19", "target_temperature", "Eberspächer@Saloon", value=19),
        act(INDIRECT, "it's pitch black out on deck", "turn_on", "Deck Lights@Deck"),
        act(INDIRECT, "I can't see a thing in the galley", "turn_on", "Galley Strip@Galley"),
        act(PLAIN, "close the saloon blinds", "close", "Saloon Blinds@Saloon"),
        act(UNITS, "run the cabin fan at 40 percent", "percentage", "Cabin Fan@Cabin", value=40),
        act(TERSE, "washdown on", "open", "Deck Washdown@Deck"),
        act(PLAIN, "turn off the deck washdown", "close", "Deck Washdown@Deck"),
        act(
            UNITS,
            "dim the cabin reading light to 20 percent",
            "brightness",
            "Cabin Reading Light@Cabin",
            value=20,
        ),
        act(PLAIN, "turn on the light", "turn_on", "Cabin Reading Light@Cabin", here="Cabin"),
        act(
            PLAIN,
            "turn on the nav lights but not the deck lights",
            "turn_on",
            "Nav Lights@Wheelhouse",
            kind=TRAP,
            but=("Deck Lights@Deck",),
        ),
        ask(PLAIN, "unlock the companionway", "Companionway@Deck"),
        ask(POLITE, "would you unlock the boat for me please", "Companionway@Deck"),
        answer(PLAIN, "how full is the grey water tank", "Grey Water Tank@Galley", "85"),
        answer(PLAIN, "is the bilge alarm going off", "Bilge Alarm@Engine Bay", *_CLEAR),
        answer(POLITE, "could you tell me the river temperature", "River Temperature@Deck", "12.5"),
        answer(TERSE, "shore power on?", "Shore Power@Wheelhouse", *_ON),
        answer(PLAIN, "is the companionway locked", "Companionway@Deck", *_LOCKED),
        answer(INDIRECT, "how warm is it in the saloon", "Eberspächer@Saloon", "16"),
        answer(UNITS, "what percentage is the house battery at", "House Battery@Wheelhouse", "64"),
        clarify(PLAIN, "turn on the lights in the garage"),
        clarify(PLAIN, "turn on the fan in the galley"),
        clarify(POLITE, "could you close the blinds in the cabin please"),
        nothing(PLAIN, "we're going through the next lock in ten minutes", kind=TRAP),
        nothing(PLAIN, "the bilge pump was making a funny noise yesterday", kind=TRAP),
        nothing(PLAIN, "don't turn on the nav lights yet", kind=TRAP),
        nothing(POLITE, "thanks, that's all for now"),
        nothing(PLAIN, "what a beautiful sunset over the river"),
    ],
)


_TOM, _PRIYA, _ALEX = "Tom's Room", "Priya's Room", "Alex's Room"

STUDENT = TrustHome(
    Home(
        "f_student",
        (
            Device("Big Light", "light", _TOM, state="ON"),
            Device("Big Light", "light", _PRIYA, state="ON"),
            Device("Big Light", "light", _ALEX, state="OFF"),
            Device("Desk Lamp", "light", _TOM, features=_DIM),
            Device("Fairy Lights", "light", _PRIYA, state="OFF"),
            Device("Lounge Light", "light", "Lounge", features=_DIM, state="ON"),
            Device("Kitchen Light", "light", "Kitchen", state="ON"),
            Device("Kettle", "switch", "Kitchen", "outlet", state="OFF"),
            Device("Toaster", "switch", "Kitchen", "outlet", state="OFF"),
            Device("Xbox Plug", "switch", "Lounge", "outlet", state="ON"),
            Device("Heater", "switch", _ALEX, state="OFF"),
            Device("Front Door", "lock", "Hallway", state="UNLOCKED"),
            Device("Radiator", "climate", "Lounge"),
            Device("Extractor", "fan", "Bathroom", state="OFF"),
            Device("Desk Fan", "fan", _TOM, features=_SPEED, state="OFF"),
            Device("Blind", "cover", _PRIYA, "blind", _POSITION, "closed"),
            Device("Bathroom Humidity", "sensor", "Bathroom", "humidity", state="78"),
            Device("Fridge Door", "binary_sensor", "Kitchen", "door", state="ON"),
            Device("Window", "binary_sensor", _ALEX, "window", state="OFF"),
            Device("Dusty", "vacuum", "Lounge"),
        ),
    ),
    here="",
    discovery={"Radiator@Lounge": _celsius(7, 28)},
    states={"Radiator@Lounge": {"current_temperature": 18, "target_temperature": 19}},
)

_STUDENT = _in(
    STUDENT,
    [
        act(PLAIN, "turn off the big light in Tom's room", "turn_off", f"Big Light@{_TOM}"),
        act(PLAIN, "turn off the big light", "turn_off", f"Big Light@{_PRIYA}", here=_PRIYA, kind=TRAP),
        act(MISHEARD, "turn on the big light in Alec's room", "turn_on", f"Big Light@{_ALEX}"),
        act(MISHEARD, "turn off the big light in prius room", "turn_off", f"Big Light@{_PRIYA}"),
        act(PLAIN, "turn on Priya's fairy lights", "turn_on", f"Fairy Lights@{_PRIYA}"),
        act(TERSE, "kettle on", "turn_on", "Kettle@Kitchen"),
        act(MISHEARD, "put the cattle on", "turn_on", "Kettle@Kitchen"),
        act(POLITE, "would you mind switching the Xbox plug off", "turn_off", "Xbox Plug@Lounge"),
        act(INDIRECT, "it's really steamy in the bathroom", "turn_on", "Extractor@Bathroom"),
        act(INDIRECT, "it's too dark to read in Alex's room", "turn_on", f"Big Light@{_ALEX}"),
        act(
            UNITS, "set the radiator to 21 degrees celsius", "target_temperature", "Radiator@Lounge", value=21
        ),
        act(UNITS, "put Tom's desk fan on 75 percent", "percentage", f"Desk Fan@{_TOM}", value=75),
        act(UNITS, "open Priya's blind to 30 percent", "position", f"Blind@{_PRIYA}", value=30),
        act(
            POLITE,
            "could you dim the lounge light to 40 percent please",
            "brightness",
            "Lounge Light@Lounge",
            value=40,
        ),
        act(PLAIN, "lock the front door", "lock", "Front Door@Hallway"),
        act(PLAIN, "start the hoover", "start", "Dusty@Lounge"),
        act(POLITE, "can you send Dusty back to its dock please", "dock", "Dusty@Lounge"),
        act(PLAIN, "turn off the light", "turn_off", "Kitchen Light@Kitchen", here="Kitchen"),
        act(
            PLAIN,
            "turn off the lights in Tom's room but leave the desk lamp on",
            "turn_off",
            f"Big Light@{_TOM}",
            kind=TRAP,
            but=(f"Desk Lamp@{_TOM}",),
        ),
        answer(PLAIN, "is the front door locked", "Front Door@Hallway", *_UNLOCKED),
        answer(PLAIN, "is the fridge door open", "Fridge Door@Kitchen", *_OPEN),
        answer(PLAIN, "how humid is the bathroom", "Bathroom Humidity@Bathroom", "78"),
        answer(TERSE, "xbox plug on?", "Xbox Plug@Lounge", *_ON),
        answer(PLAIN, "what's the temperature in the lounge", "Radiator@Lounge", "18"),
        answer(POLITE, "could you tell me if Alex's window is open", f"Window@{_ALEX}", *_NO),
        clarify(PLAIN, "turn off the big light"),
        clarify(TERSE, "big light on"),
        clarify(PLAIN, "turn on the light in Sam's room"),
        clarify(PLAIN, "turn on the heater in Tom's room"),
        nothing(PLAIN, "Priya's fairy lights were a birthday present", kind=TRAP),
        nothing(PLAIN, "don't touch the radiator, the landlord set it", kind=TRAP),
        nothing(PLAIN, "whose turn is it to take the bins out"),
        clarify(POLITE, "could you turn on the lamp in Jess's room please"),
        nothing(TERSE, "cheers"),
    ],
)


_SOGG, _CUC, _CAM = "Soggiorno / Lounge", "Cucina / Kitchen", "Camera / Bedroom"
_BAGNO, _ING, _GIAR = "Bagno / Bathroom", "Ingresso / Hall", "Giardino / Garden"

BUNGALOW = TrustHome(
    Home(
        "f_bungalow",
        (
            Device("Lampadario", "light", _SOGG, features=_DIM, state="ON"),
            Device("Floor Lamp", "light", _SOGG, features=_DIM, state="OFF"),
            Device("Plafoniera", "light", _CUC, state="ON"),
            Device("Plafoniera", "light", _CAM, state="OFF"),
            Device("Luce Specchio", "light", _BAGNO, state="OFF"),
            Device("Tapparella", "cover", _SOGG, "shutter", _POSITION, "open"),
            Device("Tapparella", "cover", _CAM, "shutter", _POSITION, "closed"),
            Device("Termostato", "climate", _SOGG),
            Device("Scaldasalviette", "switch", _BAGNO, state="OFF"),
            Device("Porta Blindata", "lock", _ING, state="LOCKED"),
            Device("Cancello", "cover", _GIAR, "gate"),
            Device("Basculante", "cover", "Garage", "garage", state="closed"),
            Device("Irrigazione", "valve", _GIAR, "water"),
            Device("Ventilatore", "fan", _CAM, features=_SPEED, state="OFF"),
            Device("Temperatura Esterna", "sensor", _GIAR, "temperature", state="28.5"),
            Device("Finestra Bagno", "binary_sensor", _BAGNO, "window", state="ON"),
        ),
    ),
    here="",
    discovery={f"Termostato@{_SOGG}": _celsius(5, 30)},
    states={f"Termostato@{_SOGG}": {"current_temperature": 20, "target_temperature": 21}},
)

_BUNGALOW = _in(
    BUNGALOW,
    [
        act(PLAIN, "turn on the floor lamp in the lounge", "turn_on", f"Floor Lamp@{_SOGG}"),
        act(PLAIN, "turn off the kitchen light", "turn_off", f"Plafoniera@{_CUC}"),
        act(PLAIN, "turn on the plafoniera", "turn_on", f"Plafoniera@{_CAM}", here=_CAM, kind=TRAP),
        act(PLAIN, "close the shutters in the lounge", "close", f"Tapparella@{_SOGG}"),
        act(UNITS, "open the bedroom shutter halfway", "position", f"Tapparella@{_CAM}", value=50),
        act(PLAIN, "set the thermostat to 22", "target_temperature", f"Termostato@{_SOGG}", value=22),
        act(
            UNITS,
            "set the thermostat to 68 fahrenheit",
            "target_temperature",
            f"Termostato@{_SOGG}",
            value=20,
        ),
        act(MISHEARD, "switch on the scalda salviette", "turn_on", f"Scaldasalviette@{_BAGNO}"),
        act(MISHEARD, "turn off the lamp a dario", "turn_off", f"Lampadario@{_SOGG}"),
        act(POLITE, "please dim the lampadario to 30 percent", "brightness", f"Lampadario@{_SOGG}", value=30),
        act(PLAIN, "turn on the irrigation", "open", f"Irrigazione@{_GIAR}"),
        act(UNITS, "set the bedroom fan to 60 percent", "percentage", f"Ventilatore@{_CAM}", value=60),
        act(TERSE, "bedroom fan on", "turn_on", f"Ventilatore@{_CAM}"),
        act(INDIRECT, "I can't see anything in the bathroom", "turn_on", f"Luce Specchio@{_BAGNO}"),
        act(PLAIN, "close the gate", "close", f"Cancello@{_GIAR}"),
        act(
            PLAIN,
            "turn off the lights in the lounge except the floor lamp",
            "turn_off",
            f"Lampadario@{_SOGG}",
            kind=TRAP,
            but=(f"Floor Lamp@{_SOGG}",),
        ),
        ask(PLAIN, "open the gate", f"Cancello@{_GIAR}"),
        ask(POLITE, "could you open the garage door please", "Basculante@Garage"),
        ask(PLAIN, "unlock the front door", f"Porta Blindata@{_ING}"),
        answer(PLAIN, "what's the temperature outside", f"Temperatura Esterna@{_GIAR}", "28.5"),
        answer(PLAIN, "is the bathroom window open", f"Finestra Bagno@{_BAGNO}", *_OPEN),
        answer(PLAIN, "is the front door locked", f"Porta Blindata@{_ING}", *_LOCKED),
        answer(TERSE, "lounge temperature?", f"Termostato@{_SOGG}", "20"),
        answer(
            POLITE, "could you tell me if the bedroom shutter is closed", f"Tapparella@{_CAM}", *_IS_CLOSED
        ),
        clarify(PLAIN, "turn on the plafoniera"),
        clarify(TERSE, "tapparella up"),
        clarify(PLAIN, "turn on the lights in the study"),
        clarify(PLAIN, "open the blinds in the kitchen"),
        nothing(PLAIN, "the gate was left open last night", kind=TRAP),
        nothing(POLITE, "grazie, perfetto"),
        clarify(MISHEARD, "turn on the plafoniere"),
        act(TERSE, "gate shut", "close", f"Cancello@{_GIAR}"),
    ],
)


WORKSHOP = TrustHome(
    Home(
        "f_workshop",
        (
            Device("Desk Light", "light", "Home Office", features=_DIM),
            Device("Office Ceiling", "light", "Home Office", state="ON"),
            Device("Shop Lights", "light", "Workshop"),
            Device("Bench Light", "light", "Workshop", features=_DIM),
            Device("Kitchen Light", "light", "Kitchen"),
            Device("Living Room Lamp", "light", "Living Room"),
            Device("Bedroom Light", "light", "Bedroom"),
            Device("Yard Floodlight", "light", "Yard"),
            Device("Compressor", "switch", "Workshop", state="OFF"),
            Device("Dust Extractor", "switch", "Workshop", state="OFF"),
            Device("Printer", "switch", "Home Office", "outlet", state="ON"),
            Device("Soldering Station", "switch", "Workshop", "outlet", state="ON"),
            Device("Workshop Heater", "climate", "Workshop"),
            Device("Office AC", "climate", "Home Office"),
            Device("Roller Door", "cover", "Workshop", "garage", state="closed"),
            Device("Office Blind", "cover", "Home Office", "blind", _POSITION, "open"),
            Device("Extraction Fan", "fan", "Workshop", features=_SPEED, state="OFF"),
            Device("Workshop Lock", "lock", "Workshop", state="LOCKED"),
            Device("Workshop Humidity", "sensor", "Workshop", "humidity", state="55"),
            Device("Workshop Smoke", "binary_sensor", "Workshop", "smoke", state="OFF"),
            Device("Focus Mode", "scene"),
        ),
    ),
    here="",
    discovery={"Workshop Heater@Workshop": _celsius(5, 25), "Office AC@Home Office": _celsius(16, 30)},
    states={
        "Workshop Heater@Workshop": {"current_temperature": 11, "target_temperature": 14},
        "Office AC@Home Office": {"current_temperature": 26, "target_temperature": 23},
    },
)

_WORKSHOP_LIGHTS = (
    "Desk Light@Home Office",
    "Office Ceiling@Home Office",
    "Shop Lights@Workshop",
    "Kitchen Light@Kitchen",
    "Living Room Lamp@Living Room",
    "Bedroom Light@Bedroom",
    "Yard Floodlight@Yard",
)

_WORKSHOP = _in(
    WORKSHOP,
    [
        act(PLAIN, "turn on the desk light", "turn_on", "Desk Light@Home Office"),
        act(PLAIN, "switch on the dust extractor", "turn_on", "Dust Extractor@Workshop"),
        act(MISHEARD, "turn on the dust attractor", "turn_on", "Dust Extractor@Workshop"),
        act(TERSE, "compressor on", "turn_on", "Compressor@Workshop"),
        act(
            POLITE,
            "could you turn off the soldering station please",
            "turn_off",
            "Soldering Station@Workshop",
        ),
        act(
            UNITS,
            "set the workshop heater to 16 degrees",
            "target_temperature",
            "Workshop Heater@Workshop",
            value=16,
        ),
        act(
            UNITS,
            "cool the office down to 21 degrees",
            "target_temperature",
            "Office AC@Home Office",
            value=21,
        ),
        act(UNITS, "set the bench light to 80 percent", "brightness", "Bench Light@Workshop", value=80),
        act(UNITS, "run the extraction fan at half speed", "percentage", "Extraction Fan@Workshop", value=50),
        act(MISHEARD, "turn off the shot lights", "turn_off", "Shop Lights@Workshop"),
        act(INDIRECT, "the yard is pitch dark", "turn_on", "Yard Floodlight@Yard"),
        act(PLAIN, "close the office blind", "close", "Office Blind@Home Office"),
        act(PLAIN, "start focus mode", "activate", "Focus Mode"),
        act(
            PLAIN,
            "turn on the lights",
            "turn_on",
            "Shop Lights@Workshop",
            "Bench Light@Workshop",
            here="Workshop",
        ),
        act(PLAIN, "turn off the light", "turn_off", "Bedroom Light@Bedroom", here="Bedroom"),
        act(
            PLAIN,
            "turn off all the lights except the bench light",
            "turn_off",
            *_WORKSHOP_LIGHTS,
            kind=TRAP,
            but=("Bench Light@Workshop",),
        ),
        ask(PLAIN, "open the roller door", "Roller Door@Workshop"),
        ask(PLAIN, "unlock the workshop", "Workshop Lock@Workshop"),
        answer(PLAIN, "is the printer on", "Printer@Home Office", *_ON),
        answer(PLAIN, "how humid is the workshop", "Workshop Humidity@Workshop", "55"),
        answer(PLAIN, "what's the temperature in the workshop", "Workshop Heater@Workshop", "11"),
        answer(PLAIN, "is the smoke alarm in the workshop going off", "Workshop Smoke@Workshop", *_CLEAR),
        answer(TERSE, "office temperature?", "Office AC@Home Office", "26"),
        answer(PLAIN, "is the workshop locked", "Workshop Lock@Workshop", *_LOCKED),
        clarify(PLAIN, "open the blind in the workshop"),
        clarify(PLAIN, "turn on the fan in the kitchen"),
        clarify(PLAIN, "turn on the lights in the basement"),
        nothing(PLAIN, "I bought a new compressor last week", kind=TRAP),
        nothing(PLAIN, "what would happen if the roller door got stuck halfway", kind=TRAP),
        nothing(PLAIN, "I'm on a call until three"),
        act(TERSE, "printer off", "turn_off", "Printer@Home Office"),
        clarify(TERSE, "workshop blind down"),
        nothing(PLAIN, "okay, never mind"),
    ],
)


CABIN = TrustHome(
    Home(
        "f_cabin",
        (
            Device("Sauna Light", "light", "Sauna", state="OFF"),
            Device("Sauna Heater", "climate", "Sauna"),
            Device("Hot Tub", "climate", "Hot Tub"),
            Device("Hot Tub Jets", "switch", "Hot Tub", state="OFF"),
            Device("Hot Tub Cover", "cover", "Hot Tub", state="closed"),
            Device("Hot Tub Light", "light", "Hot Tub", features=_DIM, state="OFF"),
            Device("Deck String Lights", "light", "Deck", state="OFF"),
            Device("Living Area Lights", "light", "Living Area", features=_DIM, state="ON"),
            Device("Kitchenette Light", "light", "Kitchenette", state="OFF"),
            Device("Loft Lamp", "light", "Loft Bedroom", features=_DIM, state="OFF"),
            Device("Bunk Light", "light", "Bunk Room 1", state="OFF"),
            Device("Bunk Light", "light", "Bunk Room 2", state="OFF"),
            Device("Wood Stove Fan", "fan", "Living Area", features=_SPEED, state="OFF"),
            Device("Cabin Door", "lock", "Deck", state="LOCKED"),
            Device("Driveway Gate", "cover", "Driveway", "gate", state="closed"),
            Device("Outdoor Shower", "valve", "Deck", "water"),
            Device("Lake Temperature", "sensor", "Deck", "temperature", state="17"),
            Device("Loft Skylight", "cover", "Loft Bedroom", "window", _POSITION, "closed"),
            Device("Propane Level", "sensor", "Kitchenette", state="35", unit="%"),
        ),
    ),
    here="",
    discovery={"Sauna Heater@Sauna": _celsius(40, 100), "Hot Tub@Hot Tub": _fahrenheit(60, 104)},
    states={
        "Sauna Heater@Sauna": {"current_temperature": 65, "target_temperature": 70},
        "Hot Tub@Hot Tub": {"current_temperature": 98, "target_temperature": 100},
    },
)

_CABIN = _in(
    CABIN,
    [
        act(PLAIN, "turn on the sauna light", "turn_on", "Sauna Light@Sauna"),
        act(UNITS, "set the sauna to 85 degrees", "target_temperature", "Sauna Heater@Sauna", value=85),
        act(UNITS, "set the sauna to 176 fahrenheit", "target_temperature", "Sauna Heater@Sauna", value=80),
        act(UNITS, "heat the hot tub to 102 degrees", "target_temperature", "Hot Tub@Hot Tub", value=102),
        act(
            UNITS, "set the hot tub to 40 degrees celsius", "target_temperature", "Hot Tub@Hot Tub", value=104
        ),
        act(TERSE, "jets on", "turn_on", "Hot Tub Jets@Hot Tub"),
        act(PLAIN, "open the hot tub cover", "open", "Hot Tub Cover@Hot Tub"),
        act(PLAIN, "turn on the bunk light in bunk room 2", "turn_on", "Bunk Light@Bunk Room 2"),
        act(
            PLAIN,
            "turn on the bunk light",
            "turn_on",
            "Bunk Light@Bunk Room 1",
            here="Bunk Room 1",
            kind=TRAP,
        ),
        act(MISHEARD, "turn on the light in bunk room to", "turn_on", "Bunk Light@Bunk Room 2"),
        act(
            UNITS,
            "open the loft skylight a quarter of the way",
            "position",
            "Loft Skylight@Loft Bedroom",
            value=25,
        ),
        act(PLAIN, "turn on the outdoor shower", "open", "Outdoor Shower@Deck"),
        act(
            UNITS,
            "set the wood stove fan to 30 percent",
            "percentage",
            "Wood Stove Fan@Living Area",
            value=30,
        ),
        act(INDIRECT, "it's getting dark out on the deck", "turn_on", "Deck String Lights@Deck"),
        act(
            POLITE,
            "would you dim the living area lights to 25 percent please",
            "brightness",
            "Living Area Lights@Living Area",
            value=25,
        ),
        act(
            INDIRECT, "I can't see to read up here", "turn_on", "Loft Lamp@Loft Bedroom", here="Loft Bedroom"
        ),
        act(MISHEARD, "turn on the kitchen net light", "turn_on", "Kitchenette Light@Kitchenette"),
        act(
            PLAIN,
            "turn on the deck lights but not the hot tub light",
            "turn_on",
            "Deck String Lights@Deck",
            kind=TRAP,
            but=("Hot Tub Light@Hot Tub",),
        ),
        ask(PLAIN, "open the driveway gate", "Driveway Gate@Driveway"),
        ask(POLITE, "could you unlock the cabin for us", "Cabin Door@Deck"),
        answer(PLAIN, "how hot is the sauna", "Sauna Heater@Sauna", "65"),
        answer(PLAIN, "what temperature is the hot tub", "Hot Tub@Hot Tub", "98"),
        answer(PLAIN, "how warm is the lake", "Lake Temperature@Deck", "17"),
        answer(PLAIN, "how much propane is left", "Propane Level@Kitchenette", "35"),
        answer(TERSE, "cabin door locked?", "Cabin Door@Deck", *_LOCKED),
        answer(PLAIN, "is the driveway gate closed", "Driveway Gate@Driveway", *_IS_CLOSED),
        clarify(PLAIN, "turn on the bunk light"),
        clarify(PLAIN, "turn on the light in bunk room 3"),
        clarify(PLAIN, "turn on the fan in the sauna"),
        nothing(PLAIN, "the sauna was amazing last night", kind=TRAP),
        nothing(PLAIN, "is a hot tub bad for your back", kind=TRAP),
        nothing(PLAIN, "we're heading down to the lake for a swim"),
        act(TERSE, "shower off", "close", "Outdoor Shower@Deck"),
        clarify(POLITE, "could you switch on the light in the boathouse please"),
        nothing(POLITE, "thank you, that's perfect"),
    ],
)


ELDERLY = TrustHome(
    Home(
        "f_elderly",
        (
            Device("Kettle Plug", "switch", "Kitchen", "outlet", state="OFF"),
            Device("TV Socket", "switch", "Living Room", "outlet", state="ON"),
            Device("Lamp Plug", "switch", "Living Room", "outlet", state="OFF"),
            Device("Radio Plug", "switch", "Kitchen", "outlet", state="ON"),
            Device("Electric Blanket", "switch", "Bedroom", state="ON"),
            Device("Fan Heater Socket", "switch", "Bedroom", "outlet", state="OFF"),
            Device("Hall Light", "light", "Hall", state="OFF"),
            Device("Bathroom Light", "light", "Bathroom", state="OFF"),
            Device("Bedroom Light", "light", "Bedroom", features=_DIM, state="ON"),
            Device("Kitchen Light", "light", "Kitchen", state="ON"),
            Device("Heating", "climate", "Hall"),
            Device("Front Door", "lock", "Hall", state="LOCKED"),
            Device("Bedroom Curtains", "cover", "Bedroom", "curtain", _POSITION, "open"),
            Device("Living Room Curtains", "cover", "Living Room", "curtain", _POSITION, "closed"),
            Device("Door Contact", "binary_sensor", "Hall", "door", state="OFF"),
            Device("Fridge Temperature", "sensor", "Kitchen", "temperature", state="4"),
            Device("Bedroom Fan", "fan", "Bedroom", features=_SPEED, state="OFF"),
        ),
    ),
    here="",
    discovery={"Heating@Hall": _celsius(10, 28)},
    states={"Heating@Hall": {"current_temperature": 21.5, "target_temperature": 21}},
)

_ELDERLY = _in(
    ELDERLY,
    [
        act(POLITE, "could you put the kettle on for me, love", "turn_on", "Kettle Plug@Kitchen"),
        act(PLAIN, "turn the telly off", "turn_off", "TV Socket@Living Room"),
        act(MISHEARD, "turn of the telly", "turn_off", "TV Socket@Living Room"),
        act(INDIRECT, "I'm off to bed now, the telly can go off", "turn_off", "TV Socket@Living Room"),
        act(PLAIN, "switch the lamp on", "turn_on", "Lamp Plug@Living Room"),
        act(TERSE, "radio off", "turn_off", "Radio Plug@Kitchen"),
        act(POLITE, "would you turn my electric blanket off please", "turn_off", "Electric Blanket@Bedroom"),
        act(PLAIN, "turn on the fan heater", "turn_on", "Fan Heater Socket@Bedroom"),
        act(MISHEARD, "switch on the fan eater", "turn_on", "Fan Heater Socket@Bedroom"),
        act(UNITS, "put the heating up to 23 degrees", "target_temperature", "Heating@Hall", value=23),
        act(UNITS, "turn the heating to 68 fahrenheit", "target_temperature", "Heating@Hall", value=20),
        act(PLAIN, "close the bedroom curtains", "close", "Bedroom Curtains@Bedroom"),
        act(POLITE, "please open the living room curtains", "open", "Living Room Curtains@Living Room"),
        act(
            UNITS,
            "open the living room curtains halfway",
            "position",
            "Living Room Curtains@Living Room",
            value=50,
        ),
        act(INDIRECT, "I can't see a thing in the bathroom", "turn_on", "Bathroom Light@Bathroom"),
        act(UNITS, "set the bedroom fan to 20 percent", "percentage", "Bedroom Fan@Bedroom", value=20),
        act(
            PLAIN,
            "turn on the bedroom fan, not the fan heater",
            "turn_on",
            "Bedroom Fan@Bedroom",
            kind=TRAP,
            but=("Fan Heater Socket@Bedroom",),
        ),
        ask(PLAIN, "unlock the front door", "Front Door@Hall"),
        ask(INDIRECT, "the carer is at the door, can you let her in", "Front Door@Hall"),
        answer(PLAIN, "is the electric blanket still on", "Electric Blanket@Bedroom", *_ON),
        answer(PLAIN, "did I lock the front door", "Front Door@Hall", *_LOCKED),
        answer(PLAIN, "is the front door shut", "Door Contact@Hall", *_IS_CLOSED),
        answer(PLAIN, "how cold is the fridge", "Fridge Temperature@Kitchen", "4"),
        answer(PLAIN, "what's the heating set to", "Heating@Hall", "21"),
        answer(TERSE, "kettle on?", "Kettle Plug@Kitchen", *_OFF),
        clarify(PLAIN, "turn on the light in the conservatory"),
        clarify(PLAIN, "turn off the radio in the bedroom"),
        nothing(PLAIN, "my grandson fixed the lamp plug for me", kind=TRAP),
        nothing(PLAIN, "the kettle takes ages to boil these days", kind=TRAP),
        nothing(PLAIN, "what a lovely morning it is"),
        clarify(POLITE, "could you turn on the light in the spare room, dear"),
        nothing(PLAIN, "my daughter is coming round at four"),
    ],
)


_HALL_LIGHT, _KITCHEN_LIGHT = "0x00158d0001a2b3c4", "0x0017880104e45517"
_KITCHEN_PLUG, _DOOR_CONTACT = "0x842e14fffe9a1b2c", "0x00124b0022aa1f3e"
_BATH_HUMIDITY, _BEDROOM_FAN = "0x00124b0022aa1f3f", "0xa4c1380b2f1e6d5a"

IEEE = TrustHome(
    Home(
        "f_ieee",
        (
            Device(_HALL_LIGHT, "light", "Hallway", state="OFF"),
            Device("LWB010", "light", "Bedroom", features=_DIM),
            Device("LCT015", "light", "Living Room", features=_DIM, state="ON"),
            Device(_KITCHEN_LIGHT, "light", "Kitchen", features=_DIM, state="ON"),
            Device("TS011F", "switch", "Living Room", "outlet", state="ON"),
            Device(_KITCHEN_PLUG, "switch", "Kitchen", "outlet", state="OFF"),
            Device("TS0601 thermostat", "climate", "Bedroom"),
            Device("BHT-002", "climate", "Living Room"),
            Device("E1757", "cover", "Bedroom", "blind", _POSITION, "closed"),
            Device("ZNCLDJ12LM", "cover", "Living Room", "curtain", _POSITION, "open"),
            Device(_DOOR_CONTACT, "binary_sensor", "Hallway", "door", state="OFF"),
            Device("WSDCGQ11LM", "sensor", "Bathroom", "temperature", state="23.5"),
            Device(_BATH_HUMIDITY, "sensor", "Bathroom", "humidity", state="71"),
            Device("SJCGQ11LM", "binary_sensor", "Kitchen", "moisture", state="OFF"),
            Device("SML001", "binary_sensor", "Hallway", "motion", state="ON"),
            Device("TS0601 valve", "valve", "Garden", "water"),
            Device(_BEDROOM_FAN, "fan", "Bedroom", features=_SPEED, state="OFF"),
            Device("YRD256", "lock", "Hallway", state="UNLOCKED"),
        ),
    ),
    here="",
    discovery={"TS0601 thermostat@Bedroom": _celsius(5, 30), "BHT-002@Living Room": _celsius(5, 35)},
    states={
        "TS0601 thermostat@Bedroom": {"current_temperature": 18, "target_temperature": 19},
        "BHT-002@Living Room": {"current_temperature": 20.5, "target_temperature": 21},
    },
)

_IEEE = _in(
    IEEE,
    [
        act(PLAIN, "turn on the hallway light", "turn_on", f"{_HALL_LIGHT}@Hallway"),
        act(PLAIN, "turn off the kitchen light", "turn_off", f"{_KITCHEN_LIGHT}@Kitchen"),
        act(UNITS, "set the bedroom light to 40 percent", "brightness", "LWB010@Bedroom", value=40),
        act(TERSE, "LWB010 on", "turn_on", "LWB010@Bedroom"),
        act(MISHEARD, "turn off the LWB 010", "turn_off", "LWB010@Bedroom"),
        act(
            UNITS,
            "set the bedroom thermostat to 20 degrees",
            "target_temperature",
            "TS0601 thermostat@Bedroom",
            value=20,
        ),
        act(
            PLAIN,
            "set the living room thermostat to 22",
            "target_temperature",
            "BHT-002@Living Room",
            value=22,
        ),
        act(
            PLAIN,
            "set the thermostat to 21",
            "target_temperature",
            "TS0601 thermostat@Bedroom",
            value=21,
            here="Bedroom",
            kind=TRAP,
        ),
        act(PLAIN, "open the bedroom blind", "open", "E1757@Bedroom"),
        act(PLAIN, "close the living room curtains", "close", "ZNCLDJ12LM@Living Room"),
        act(UNITS, "open the curtains to 70 percent", "position", "ZNCLDJ12LM@Living Room", value=70),
        act(PLAIN, "turn off the plug in the living room", "turn_off", "TS011F@Living Room"),
        act(TERSE, "kitchen plug on", "turn_on", f"{_KITCHEN_PLUG}@Kitchen"),
        act(PLAIN, "lock the front door", "lock", "YRD256@Hallway"),
        act(INDIRECT, "the garden needs watering", "open", "TS0601 valve@Garden"),
        act(UNITS, "set the bedroom fan to 50 percent", "percentage", f"{_BEDROOM_FAN}@Bedroom", value=50),
        act(
            PLAIN,
            "turn off the lights in the living room and the kitchen but not the hallway",
            "turn_off",
            "LCT015@Living Room",
            f"{_KITCHEN_LIGHT}@Kitchen",
            kind=TRAP,
            but=(f"{_HALL_LIGHT}@Hallway",),
        ),
        answer(PLAIN, "how warm is the bathroom", "WSDCGQ11LM@Bathroom", "23.5"),
        answer(PLAIN, "what's the humidity in the bathroom", f"{_BATH_HUMIDITY}@Bathroom", "71"),
        answer(PLAIN, "is there any movement in the hallway", "SML001@Hallway", *_MOVING),
        answer(PLAIN, "is the front door open", f"{_DOOR_CONTACT}@Hallway", *_NO),
        answer(PLAIN, "is the front door locked", "YRD256@Hallway", *_UNLOCKED),
        answer(TERSE, "any leaks in the kitchen?", "SJCGQ11LM@Kitchen", *_CLEAR),
        answer(PLAIN, "what's the bedroom thermostat set to", "TS0601 thermostat@Bedroom", "19"),
        clarify(PLAIN, "set the thermostat to 21"),
        clarify(PLAIN, "turn on the light in the garage"),
        clarify(PLAIN, "open the blind in the kitchen"),
        clarify(PLAIN, "turn on the light in bedroom 2"),
        nothing(PLAIN, "I paired the new TS011F plug yesterday", kind=TRAP),
        nothing(PLAIN, "zigbee is such a pain to set up"),
        act(POLITE, "could you please turn off LCT015", "turn_off", "LCT015@Living Room"),
        nothing(POLITE, "thanks a lot"),
    ],
)


HA_DEFAULT = TrustHome(
    Home(
        "f_ha_default",
        (
            Device("Living Room Light", "light", "Living Room", features=_DIM, state="ON"),
            Device("Living Room Light 2", "light", "Living Room", features=_DIM, state="OFF"),
            Device("Bedroom Ceiling", "light", "Bedroom", state="ON"),
            Device("Bedroom Lamp", "light", "Bedroom", features=_DIM),
            Device("Kitchen Light", "light", "Kitchen", state="OFF"),
            Device("Office Light", "light", "Office"),
            Device("Front Yard Light", "light", "Front Yard", state="OFF"),
            Device("Garage Light", "light", "Garage", state="OFF"),
            Device("Living Room Switch", "switch", "Living Room", state="ON"),
            Device("Kitchen Outlet", "switch", "Kitchen", "outlet", state="OFF"),
            Device("Garage Door", "cover", "Garage", "garage", state="closed"),
            Device("Front Door", "lock", "Living Room", state="LOCKED"),
            Device("Thermostat", "climate", "Living Room"),
            Device("Bedroom Fan", "fan", "Bedroom", features=_SPEED, state="OFF"),
            Device("Living Room Fan", "fan", "Living Room", features=_SPEED, state="ON"),
            Device("Living Room Shade", "cover", "Living Room", "shade", _POSITION, "open"),
            Device("Vacuum", "vacuum", "Living Room"),
            Device("Sprinkler", "valve", "Front Yard", "water"),
            Device("Outdoor Temperature", "sensor", "Front Yard", "temperature", state="54", unit="°F"),
        ),
    ),
    here="",
    discovery={"Thermostat@Living Room": _fahrenheit(50, 90)},
    states={"Thermostat@Living Room": {"current_temperature": 71, "target_temperature": 70}},
)

_HA_DEFAULT = _in(
    HA_DEFAULT,
    [
        act(PLAIN, "turn on living room light 2", "turn_on", "Living Room Light 2@Living Room"),
        act(TERSE, "light 2 on", "turn_on", "Living Room Light 2@Living Room"),
        act(PLAIN, "turn off the bedroom ceiling", "turn_off", "Bedroom Ceiling@Bedroom"),
        act(
            PLAIN,
            "turn off all the lights in the bedroom",
            "turn_off",
            "Bedroom Ceiling@Bedroom",
            "Bedroom Lamp@Bedroom",
        ),
        act(POLITE, "could you turn the bedroom lamp on please", "turn_on", "Bedroom Lamp@Bedroom"),
        act(MISHEARD, "turn on the bedroom lamb", "turn_on", "Bedroom Lamp@Bedroom"),
        act(
            UNITS,
            "set the thermostat to 72 degrees",
            "target_temperature",
            "Thermostat@Living Room",
            value=72,
        ),
        act(
            UNITS,
            "set the thermostat to 20 degrees celsius",
            "target_temperature",
            "Thermostat@Living Room",
            value=68,
        ),
        act(PLAIN, "start the vacuum", "start", "Vacuum@Living Room"),
        act(PLAIN, "send the vacuum back to its base", "dock", "Vacuum@Living Room"),
        act(
            UNITS,
            "set the living room fan to 33 percent",
            "percentage",
            "Living Room Fan@Living Room",
            value=33,
        ),
        act(PLAIN, "turn off the living room fan", "turn_off", "Living Room Fan@Living Room"),
        act(PLAIN, "turn on the sprinkler", "open", "Sprinkler@Front Yard"),
        act(
            UNITS,
            "lower the living room shade to 25 percent",
            "position",
            "Living Room Shade@Living Room",
            value=25,
        ),
        act(INDIRECT, "it's dark in the kitchen", "turn_on", "Kitchen Light@Kitchen"),
        act(
            PLAIN,
            "turn on the kitchen light and the garage light, not the front yard light",
            "turn_on",
            "Kitchen Light@Kitchen",
            "Garage Light@Garage",
            kind=TRAP,
            but=("Front Yard Light@Front Yard",),
        ),
        ask(PLAIN, "open the garage door", "Garage Door@Garage"),
        ask(TERSE, "garage door up", "Garage Door@Garage"),
        ask(PLAIN, "unlock the front door", "Front Door@Living Room"),
        answer(PLAIN, "is the garage door open", "Garage Door@Garage", *_NO),
        answer(PLAIN, "what's the temperature outside", "Outdoor Temperature@Front Yard", "54"),
        answer(PLAIN, "what is the thermostat set to", "Thermostat@Living Room", "70"),
        answer(TERSE, "living room switch on?", "Living Room Switch@Living Room", *_ON),
        answer(PLAIN, "is living room light 2 on", "Living Room Light 2@Living Room", *_OFF),
        clarify(PLAIN, "turn on living room light 3"),
        clarify(PLAIN, "turn on the light in the basement"),
        clarify(PLAIN, "turn on the fan in the kitchen"),
        nothing(PLAIN, "the living room switch controls the old stereo", kind=TRAP),
        nothing(PLAIN, "I wonder if the vacuum needs a new filter", kind=TRAP),
        nothing(PLAIN, "what a game last night"),
        act(INDIRECT, "the front yard is really dark", "turn_on", "Front Yard Light@Front Yard"),
        clarify(TERSE, "bedroom 2 light on"),
        nothing(PLAIN, "I'll be home late tonight"),
    ],
)


_DOWNSTAIRS = ("Front Room", "Snug", "Kitchen", "Conservatory", "Utility")
_UPSTAIRS = ("Box Room", "Main Bedroom", "Landing", "Bathroom")

TERRACE = TrustHome(
    Home(
        "f_terrace",
        (
            Device("Front Room Light", "light", "Front Room", features=_DIM, state="ON"),
            Device("Standard Lamp", "light", "Front Room"),
            Device("Snug Lamp", "light", "Snug", features=_DIM),
            Device("Kitchen Spotlights", "light", "Kitchen", state="ON"),
            Device("Conservatory Light", "light", "Conservatory"),
            Device("Box Room Light", "light", "Box Room", state="OFF"),
            Device("Bedroom Light", "light", "Main Bedroom", state="ON"),
            Device("Landing Light", "light", "Landing", state="OFF"),
            Device("Bathroom Light", "light", "Bathroom", state="OFF"),
            Device("Immersion", "switch", "Utility", state="OFF"),
            Device("Tumble Dryer", "switch", "Utility", "outlet", state="ON"),
            Device("Conservatory Blinds", "cover", "Conservatory", "blind", _POSITION, "open"),
            Device("Roof Vent", "cover", "Conservatory", "window", _POSITION, "closed"),
            Device("Velux", "cover", "Main Bedroom", "window", _POSITION, "open"),
            Device("Boiler", "climate", "Landing"),
            Device("Conservatory Heater", "climate", "Conservatory"),
            Device("Back Door", "lock", "Kitchen", state="UNLOCKED"),
            Device("Front Door", "lock", "Front Room", state="LOCKED"),
            Device("Extractor", "fan", "Bathroom", state="OFF"),
            Device("Conservatory Fan", "fan", "Conservatory", features=_SPEED, state="OFF"),
            Device("Washing Machine Leak", "binary_sensor", "Utility", "moisture", state="OFF"),
            Device("Loft Hatch", "binary_sensor", "Landing", "opening", state="OFF"),
            Device("Outside Temperature", "sensor", "", "temperature", state="9"),
        ),
        floors={"downstairs": _DOWNSTAIRS, "upstairs": _UPSTAIRS},
    ),
    here="",
    discovery={"Boiler@Landing": _celsius(7, 28), "Conservatory Heater@Conservatory": _celsius(5, 25)},
    states={
        "Boiler@Landing": {"current_temperature": 19, "target_temperature": 20},
        "Conservatory Heater@Conservatory": {"current_temperature": 14, "target_temperature": 16},
    },
)

_TERRACE = _in(
    TERRACE,
    [
        act(PLAIN, "put the immersion on", "turn_on", "Immersion@Utility"),
        act(PLAIN, "turn off the tumble dryer", "turn_off", "Tumble Dryer@Utility"),
        act(PLAIN, "close the velux", "close", "Velux@Main Bedroom"),
        act(UNITS, "open the roof vent halfway", "position", "Roof Vent@Conservatory", value=50),
        act(PLAIN, "turn on the standard lamp", "turn_on", "Standard Lamp@Front Room"),
        act(TERSE, "snug lamp on", "turn_on", "Snug Lamp@Snug"),
        act(MISHEARD, "turn on the snog lamp", "turn_on", "Snug Lamp@Snug"),
        act(POLITE, "could you pop the landing light on", "turn_on", "Landing Light@Landing"),
        act(UNITS, "set the boiler to 21 degrees", "target_temperature", "Boiler@Landing", value=21),
        act(
            UNITS,
            "set the conservatory heater to 18 degrees",
            "target_temperature",
            "Conservatory Heater@Conservatory",
            value=18,
        ),
        act(PLAIN, "lock the back door", "lock", "Back Door@Kitchen"),
        act(PLAIN, "turn on the fan", "turn_on", "Extractor@Bathroom", here="Bathroom"),
        act(INDIRECT, "the bathroom's all steamy", "turn_on", "Extractor@Bathroom"),
        act(UNITS, "conservatory fan to 70 percent", "percentage", "Conservatory Fan@Conservatory", value=70),
        act(PLAIN, "close the conservatory blinds", "close", "Conservatory Blinds@Conservatory"),
        act(MISHEARD, "turn on the conservative light", "turn_on", "Conservatory Light@Conservatory"),
        act(INDIRECT, "it's dark in the box room", "turn_on", "Box Room Light@Box Room"),
        act(
            PLAIN,
            "turn off the lights downstairs except the kitchen spotlights",
            "turn_off",
            "Front Room Light@Front Room",
            "Standard Lamp@Front Room",
            "Snug Lamp@Snug",
            "Conservatory Light@Conservatory",
            kind=TRAP,
            but=("Kitchen Spotlights@Kitchen",),
        ),
        ask(PLAIN, "unlock the front door", "Front Door@Front Room"),
        answer(PLAIN, "is the immersion on", "Immersion@Utility", *_OFF),
        answer(PLAIN, "is the back door locked", "Back Door@Kitchen", *_UNLOCKED),
        answer(POLITE, "can you check the front door is locked", "Front Door@Front Room", *_LOCKED),
        answer(PLAIN, "what's the temperature outside", "Outside Temperature", "9"),
        answer(PLAIN, "how warm is the conservatory", "Conservatory Heater@Conservatory", "14"),
        answer(PLAIN, "is the washing machine leaking", "Washing Machine Leak@Utility", *_CLEAR),
        answer(PLAIN, "is the loft hatch open", "Loft Hatch@Landing", *_NO),
        clarify(PLAIN, "lock the side door"),
        clarify(PLAIN, "turn on the light in the garage"),
        clarify(PLAIN, "open the blinds in the snug"),
        nothing(PLAIN, "the immersion has been playing up again", kind=TRAP),
        nothing(PLAIN, "it's chucking it down outside"),
        clarify(POLITE, "could you turn on the light in bedroom 3 please"),
        act(TERSE, "dryer off", "turn_off", "Tumble Dryer@Utility"),
        nothing(PLAIN, "the kettle's just boiled"),
    ],
)


HOMES: dict[str, TrustHome] = {
    h.name: h for h in (HOUSEBOAT, STUDENT, BUNGALOW, WORKSHOP, CABIN, ELDERLY, IEEE, HA_DEFAULT, TERRACE)
}

CASES: list[UnseenCase] = [
    *_HOUSEBOAT,
    *_STUDENT,
    *_BUNGALOW,
    *_WORKSHOP,
    *_CABIN,
    *_ELDERLY,
    *_IEEE,
    *_HA_DEFAULT,
    *_TERRACE,
]
