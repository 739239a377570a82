"""A third set of unseen homes, split FRESH2: homes and sentences nobody who tuned the code wrote or saw.

Written by a stranger to the code under test (nothing under edgeagent/ was read, no failure of any set
was looked at), after reading only the format of tests/bench/unseen_cases.py and
tests/bench/unseen_cases2.py (their docstrings, `UnseenCase`, labels and builders), none of their
sentences. Ten homes of shapes neither set has:

- a dental practice: reception, waiting room, two numbered surgeries sharing device names ("Operatory
  Light", "Surgery AC"), a plant room with the compressor and suction, a medicines cabinet lock;
- a shared office floor whose meeting rooms are named after planets ("Mercury" .. "Saturn"), four of
  them with the same "Meeting Room Lights", two with a "Display" and an "Occupancy Sensor";
- a farmhouse with a livery yard: stable block, tack room, hay barn, arena, paddock, foaling box;
- a home automated by ESPHome, its entities named "<node> <entity>" ("esp32-relay-3 Relay 1",
  "Living Room PIR Light", "athom-plug-7c4e Relay");
- a Tuya / Smart Life home with the app's default names ("Smart Plug 2", "Wi-Fi Curtain Motor",
  "Smart Bulb" in two rooms, a three-gang "Switch 1" / "Switch 2");
- a high-rise flat with a balcony (sunshade, wind speed), split AC units of one name in two rooms and
  the building's lobby door on the intercom;
- a small B&B with numbered guest rooms "Room 1" .. "Room 5": a "Ceiling Light" in all five, bedside
  lamps, radiators and ensuite fans in some of them only;
- a Dutch / English home ("Woonkamer / Living Room", "Zolder / Attic") with Dutch device names;
- a café: shop floor, counter, kitchen, a walk-in cooler (1-8 °C), terrace awning, opening and closing
  scenes;
- a narrowboat: front and back cabin, galley, cratch, bow, stern, engine room (calorifier, inverter,
  battery bank, a "Pigeon Box Vent").

The expectations mean what tests/bench/unseen_cases.py says (ACT / ASK_FIRST / ANSWER / CLARIFY /
NO_ACTION), with the same approaches and kinds: a room, a room number, a device or a device kind the
home (or the room) lacks is CLARIFY; a name several rooms share with no room said is CLARIFY; a
statement that names a device is NO_ACTION of kind TRAP. States are chosen so that every single-device
command changes something (a light turned on is off, a lock locked is unlocked, a thermostat is set
away from its target), and a clarify over a shared name never hinges on which of them is on. Every case
is in the split FRESH2.

NEVER TUNE ON THESE. `python -m tests.bench.unseen_homes --fresh2` runs only them and prints aggregate
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

FRESH2 = "FRESH2"

# ------------------------------------------------------------------------------------------ builders


def _in(home: TrustHome, cases: Iterable[UnseenCase]) -> list[UnseenCase]:
    return in_split(home, FRESH2, cases)


_IS_CLOSED = ("closed", "yes", "shut")
_LOCKED = ("locked", "yes")
_UNLOCKED = ("unlocked", "no", "not")
_RUNNING = ("yes", "running", "on")
_OCCUPIED = ("yes", "occupied", "someone", "detected", "in use")
_MOVING = ("yes", "motion", "movement", "detected")
_LEAK = ("yes", "wet", "leak", "detected")


def _celsius(low: float, high: float) -> dict[str, object]:
    return {"min_temp": low, "max_temp": high, "temperature_unit": "C"}


# ------------------------------------------------------------------------------------------ homes


_S1, _S2 = "Surgery 1", "Surgery 2"

DENTAL = TrustHome(
    Home(
        "g_dental",
        (
            Device("Reception Downlights", "light", "Reception", features=_DIM, state="ON"),
            Device("Waiting Room Lights", "light", "Waiting Room", features=_DIM, state="OFF"),
            Device("Operatory Light", "light", _S1, features=_DIM, state="OFF"),
            Device("Operatory Light", "light", _S2, features=_DIM, state="ON"),
            Device("Surgery Ceiling Panel", "light", _S1, state="OFF"),
            Device("Staff Room Light", "light", "Staff Room", state="ON"),
            Device("Car Park Lights", "light", "Car Park", state="OFF"),
            Device("Open Sign", "switch", "Reception", state="OFF"),
            Device("Dental Compressor", "switch", "Plant Room", state="OFF"),
            Device("Suction Pump", "switch", "Plant Room", state="OFF"),
            Device("Autoclave", "switch", "Decontamination Room", "outlet", state="OFF"),
            Device("Water Cooler", "switch", "Waiting Room", "outlet", state="ON"),
            Device("Waiting Room TV", "switch", "Waiting Room", state="OFF"),
            Device("Daikin FTXM", "climate", "Waiting Room"),
            Device("Surgery AC", "climate", _S1),
            Device("Surgery AC", "climate", _S2),
            Device("Reception Blinds", "cover", "Reception", "blind", _POSITION, "open"),
            Device("Main Entrance", "lock", "Reception", state="UNLOCKED"),
            Device("Medicines Cabinet", "lock", "Staff Room", state="LOCKED"),
            Device("Patient Toilet Fan", "fan", "Patient Toilet", state="OFF"),
            Device("Toilet Occupancy", "binary_sensor", "Patient Toilet", "occupancy", state="ON"),
            Device("Vaccine Fridge", "sensor", "Staff Room", "temperature", state="5.2"),
            Device("Waiting Room CO2", "sensor", "Waiting Room", "carbon_dioxide", state="1150", unit="ppm"),
            Device("Compressor Pressure", "sensor", "Plant Room", "pressure", state="7.4", unit="bar"),
        ),
    ),
    here="",
    discovery={
        "Daikin FTXM@Waiting Room": _celsius(16, 30),
        f"Surgery AC@{_S1}": _celsius(16, 30),
        f"Surgery AC@{_S2}": _celsius(16, 30),
    },
    states={
        "Daikin FTXM@Waiting Room": {"current_temperature": 24, "target_temperature": 23},
        f"Surgery AC@{_S1}": {"current_temperature": 23, "target_temperature": 22},
        f"Surgery AC@{_S2}": {"current_temperature": 22.5, "target_temperature": 22},
    },
)

_DENTAL = _in(
    DENTAL,
    [
        act(PLAIN, "switch on the waiting room lights", "turn_on", "Waiting Room Lights@Waiting Room"),
        act(
            INDIRECT,
            "first patient is due and the waiting room is still dark",
            "turn_on",
            "Waiting Room Lights@Waiting Room",
        ),
        act(TERSE, "dental compressor on", "turn_on", "Dental Compressor@Plant Room"),
        act(PLAIN, "switch on the suction pump", "turn_on", "Suction Pump@Plant Room"),
        act(POLITE, "could you switch the autoclave on please", "turn_on", "Autoclave@Decontamination Room"),
        act(MISHEARD, "turn on the auto clave", "turn_on", "Autoclave@Decontamination Room"),
        act(PLAIN, "turn the water cooler off", "turn_off", "Water Cooler@Waiting Room"),
        act(PLAIN, "put the TV on in the waiting room", "turn_on", "Waiting Room TV@Waiting Room"),
        act(TERSE, "open sign on", "turn_on", "Open Sign@Reception"),
        act(
            PLAIN, "turn on the operatory light in surgery 1", "turn_on", f"Operatory Light@{_S1}", kind=TRAP
        ),
        act(PLAIN, "turn off the operatory light", "turn_off", f"Operatory Light@{_S2}", here=_S2, kind=TRAP),
        act(MISHEARD, "switch off the operatory light in surgery too", "turn_off", f"Operatory Light@{_S2}"),
        act(
            UNITS,
            "set the operatory light in surgery 2 to 80 percent",
            "brightness",
            f"Operatory Light@{_S2}",
            value=80,
        ),
        act(
            PLAIN,
            "turn on the lights in surgery 1",
            "turn_on",
            f"Operatory Light@{_S1}",
            f"Surgery Ceiling Panel@{_S1}",
        ),
        act(
            PLAIN,
            "turn off the lights in reception and the staff room",
            "turn_off",
            "Reception Downlights@Reception",
            "Staff Room Light@Staff Room",
        ),
        act(
            UNITS,
            "set the waiting room air con to 21 degrees",
            "target_temperature",
            "Daikin FTXM@Waiting Room",
            value=21,
        ),
        act(
            UNITS,
            "set the waiting room to 77 fahrenheit",
            "target_temperature",
            "Daikin FTXM@Waiting Room",
            value=25,
        ),
        act(UNITS, "cool surgery 2 down to 20 degrees", "target_temperature", f"Surgery AC@{_S2}", value=20),
        act(
            PLAIN,
            "set the AC to 21",
            "target_temperature",
            f"Surgery AC@{_S1}",
            value=21,
            here=_S1,
            kind=TRAP,
        ),
        act(PLAIN, "close the reception blinds", "close", "Reception Blinds@Reception"),
        act(
            POLITE,
            "would you lower the reception blinds to 40 percent please",
            "position",
            "Reception Blinds@Reception",
            value=40,
        ),
        act(
            INDIRECT,
            "the patient toilet smells, get the fan going",
            "turn_on",
            "Patient Toilet Fan@Patient Toilet",
        ),
        act(
            INDIRECT,
            "patients are walking out to their cars in the dark",
            "turn_on",
            "Car Park Lights@Car Park",
        ),
        act(INDIRECT, "we're closing for lunch, lock the front entrance", "lock", "Main Entrance@Reception"),
        ask(PLAIN, "unlock the medicines cabinet", "Medicines Cabinet@Staff Room"),
        ask(POLITE, "could you open the drug cupboard for me", "Medicines Cabinet@Staff Room"),
        answer(PLAIN, "what temperature is the vaccine fridge at", "Vaccine Fridge@Staff Room", "5.2"),
        answer(PLAIN, "what's the CO2 reading in the waiting room", "Waiting Room CO2@Waiting Room", "1150"),
        answer(TERSE, "toilet occupied?", "Toilet Occupancy@Patient Toilet", *_OCCUPIED),
        answer(PLAIN, "is the main entrance locked", "Main Entrance@Reception", *_UNLOCKED),
        answer(INDIRECT, "how warm is it in surgery 1 right now", f"Surgery AC@{_S1}", "23"),
        answer(PLAIN, "what pressure is the compressor at", "Compressor Pressure@Plant Room", "7.4"),
        clarify(UNITS, "dim the operatory light to 50 percent"),
        clarify(PLAIN, "set the surgery AC to 21"),
        clarify(UNITS, "set the waiting room AC to 35 degrees"),
        clarify(PLAIN, "turn on the light in surgery 3"),
        clarify(PLAIN, "switch on the x-ray machine"),
        clarify(POLITE, "could you open the blinds in surgery 1 please"),
        nothing(PLAIN, "the suction pump sounded odd this morning", kind=TRAP),
        nothing(PLAIN, "Mrs Patel is running ten minutes late"),
        nothing(POLITE, "thank you, that's everything for now"),
    ],
)


_PLANETS = ("Mercury", "Venus", "Mars", "Jupiter")
_COWORK_LIGHTS = (
    *(f"Meeting Room Lights@{p}" for p in _PLANETS),
    "Boardroom Pendants@Saturn",
    "Open Plan Panels@Open Plan",
    "Kitchen Lights@Kitchen",
    "Reception Lights@Reception",
    "Booth Light@Phone Booth",
)

COWORK = TrustHome(
    Home(
        "g_cowork",
        (
            Device("Meeting Room Lights", "light", "Mercury", features=_DIM, state="OFF"),
            Device("Meeting Room Lights", "light", "Venus", features=_DIM, state="OFF"),
            Device("Meeting Room Lights", "light", "Mars", features=_DIM, state="ON"),
            Device("Meeting Room Lights", "light", "Jupiter", features=_DIM, state="OFF"),
            Device("Boardroom Pendants", "light", "Saturn", features=_DIM, state="OFF"),
            Device("Open Plan Panels", "light", "Open Plan", features=_DIM, state="ON"),
            Device("Kitchen Lights", "light", "Kitchen", state="ON"),
            Device("Reception Lights", "light", "Reception", state="OFF"),
            Device("Booth Light", "light", "Phone Booth", state="OFF"),
            Device("Booth Fan", "fan", "Phone Booth", features=_SPEED, state="OFF"),
            Device("Display", "switch", "Mars", state="OFF"),
            Device("Display", "switch", "Jupiter", state="OFF"),
            Device("Jupiter Blinds", "cover", "Jupiter", "blind", _POSITION, "open"),
            Device("Saturn Blinds", "cover", "Saturn", "blind", _POSITION, "closed"),
            Device("Fan Coil Unit", "climate", "Jupiter"),
            Device("Fan Coil Unit", "climate", "Saturn"),
            Device("Open Plan AC", "climate", "Open Plan"),
            Device("Coffee Machine", "switch", "Kitchen", "outlet", state="OFF"),
            Device("Water Boiler", "switch", "Kitchen", state="ON"),
            Device("Occupancy Sensor", "binary_sensor", "Venus", "occupancy", state="ON"),
            Device("Occupancy Sensor", "binary_sensor", "Mars", "occupancy", state="OFF"),
            Device("Main Door", "lock", "Reception", state="LOCKED"),
            Device("Open Plan CO2", "sensor", "Open Plan", "carbon_dioxide", state="980", unit="ppm"),
            Device("All Hands", "scene"),
        ),
    ),
    here="",
    discovery={
        "Fan Coil Unit@Jupiter": _celsius(16, 28),
        "Fan Coil Unit@Saturn": _celsius(16, 28),
        "Open Plan AC@Open Plan": _celsius(16, 28),
    },
    states={
        "Fan Coil Unit@Jupiter": {"current_temperature": 26, "target_temperature": 23},
        "Fan Coil Unit@Saturn": {"current_temperature": 22, "target_temperature": 22},
        "Open Plan AC@Open Plan": {"current_temperature": 23, "target_temperature": 21},
    },
)

_COWORK = _in(
    COWORK,
    [
        act(PLAIN, "turn on the lights in Jupiter", "turn_on", "Meeting Room Lights@Jupiter"),
        act(TERSE, "Venus lights on", "turn_on", "Meeting Room Lights@Venus"),
        act(PLAIN, "switch off the meeting room lights in Mars", "turn_off", "Meeting Room Lights@Mars"),
        act(
            PLAIN,
            "turn on the meeting room lights",
            "turn_on",
            "Meeting Room Lights@Mercury",
            here="Mercury",
            kind=TRAP,
        ),
        act(MISHEARD, "turn on the lights in venice", "turn_on", "Meeting Room Lights@Venus"),
        act(MISHEARD, "turn of the lights in mars", "turn_off", "Meeting Room Lights@Mars"),
        act(
            UNITS, "dim the lights in Mars to 30 percent", "brightness", "Meeting Room Lights@Mars", value=30
        ),
        act(PLAIN, "turn on the pendants in Saturn", "turn_on", "Boardroom Pendants@Saturn"),
        act(POLITE, "could you put the boardroom lights on please", "turn_on", "Boardroom Pendants@Saturn"),
        act(PLAIN, "turn on the display in Mars", "turn_on", "Display@Mars"),
        act(PLAIN, "close the blinds in Jupiter", "close", "Jupiter Blinds@Jupiter"),
        act(UNITS, "open the Saturn blinds halfway", "position", "Saturn Blinds@Saturn", value=50),
        act(
            UNITS,
            "set the fan coil in Saturn to 21 degrees",
            "target_temperature",
            "Fan Coil Unit@Saturn",
            value=21,
        ),
        act(
            INDIRECT,
            "it's roasting in Jupiter, bring it down to 20",
            "target_temperature",
            "Fan Coil Unit@Jupiter",
            value=20,
        ),
        act(PLAIN, "set the open plan AC to 22", "target_temperature", "Open Plan AC@Open Plan", value=22),
        act(
            MISHEARD, "set the open plan AC too 23", "target_temperature", "Open Plan AC@Open Plan", value=23
        ),
        act(TERSE, "coffee machine on", "turn_on", "Coffee Machine@Kitchen"),
        act(POLITE, "would you mind turning on the booth fan", "turn_on", "Booth Fan@Phone Booth"),
        act(UNITS, "booth fan to 40 percent", "percentage", "Booth Fan@Phone Booth", value=40),
        act(PLAIN, "start the all hands scene", "activate", "All Hands"),
        act(INDIRECT, "last one out, switch off every light on the floor", "turn_off", *_COWORK_LIGHTS),
        act(
            PLAIN,
            "turn on the lights in reception and the phone booth",
            "turn_on",
            "Reception Lights@Reception",
            "Booth Light@Phone Booth",
        ),
        ask(PLAIN, "unlock the main door", "Main Door@Reception"),
        ask(INDIRECT, "a client is waiting outside, let them in", "Main Door@Reception"),
        answer(PLAIN, "is anyone in Venus", "Occupancy Sensor@Venus", *_OCCUPIED),
        answer(INDIRECT, "is Mars free right now", "Occupancy Sensor@Mars", "yes", "free", "empty", "nobody"),
        answer(PLAIN, "what's the CO2 level in the open plan", "Open Plan CO2@Open Plan", "980"),
        answer(TERSE, "water boiler on?", "Water Boiler@Kitchen", *_ON),
        answer(PLAIN, "how warm is it in Jupiter", "Fan Coil Unit@Jupiter", "26"),
        clarify(PLAIN, "turn on the meeting room lights"),
        clarify(TERSE, "display on"),
        clarify(PLAIN, "turn on the lights in Neptune"),
        clarify(POLITE, "could you switch on the display in Venus please"),
        clarify(PLAIN, "set the fan coil unit to 20"),
        clarify(PLAIN, "turn on the fan in Mercury"),
        nothing(PLAIN, "the display in Mars keeps losing its signal", kind=TRAP),
        nothing(PLAIN, "the client from Acme is waiting in reception"),
    ],
)


_FARMHOUSE_LIGHTS = (
    "Kitchen Pendants@Farmhouse Kitchen",
    "Sitting Room Lamp@Sitting Room",
    "Stable Lights@Stable Block",
    "Tack Room Light@Tack Room",
    "Arena Floodlights@Arena",
    "Yard Floodlight@Yard",
    "Hay Barn Lights@Hay Barn",
)

LIVERY = TrustHome(
    Home(
        "g_livery",
        (
            Device("Kitchen Pendants", "light", "Farmhouse Kitchen", features=_DIM, state="ON"),
            Device("Sitting Room Lamp", "light", "Sitting Room", features=_DIM, state="OFF"),
            Device("Stable Lights", "light", "Stable Block", state="OFF"),
            Device("Foaling Box Light", "light", "Foaling Box", features=_DIM, state="OFF"),
            Device("Tack Room Light", "light", "Tack Room", state="OFF"),
            Device("Arena Floodlights", "light", "Arena", features=_DIM, state="OFF"),
            Device("Yard Floodlight", "light", "Yard", state="ON"),
            Device("Hay Barn Lights", "light", "Hay Barn", state="OFF"),
            Device("Tack Room Dehumidifier", "humidifier", "Tack Room", state="OFF"),
            Device("Water Trough", "valve", "Paddock", "water"),
            Device("Arena Sprinklers", "valve", "Arena", "water", _POSITION),
            Device("Horse Walker", "switch", "Yard", state="OFF"),
            Device("Electric Fence", "switch", "Paddock", state="ON"),
            Device("Stable Fans", "fan", "Stable Block", features=_SPEED, state="OFF"),
            Device("Yard Gate", "cover", "Yard", "gate"),
            Device("Tack Room Door", "lock", "Tack Room", state="LOCKED"),
            Device("Back Door", "lock", "Farmhouse Kitchen", state="UNLOCKED"),
            Device("Heating", "climate", "Sitting Room"),
            Device("Hay Barn Temperature", "sensor", "Hay Barn", "temperature", state="31"),
            Device("Hay Barn Smoke", "binary_sensor", "Hay Barn", "smoke", state="OFF"),
            Device("Trough Level", "sensor", "Paddock", state="40", unit="%"),
            Device("Foaling Box Temperature", "sensor", "Foaling Box", "temperature", state="9.5"),
        ),
    ),
    here="",
    discovery={"Heating@Sitting Room": _celsius(10, 26)},
    states={"Heating@Sitting Room": {"current_temperature": 18, "target_temperature": 19}},
)

_LIVERY = _in(
    LIVERY,
    [
        act(PLAIN, "turn on the stable lights", "turn_on", "Stable Lights@Stable Block"),
        act(
            MISHEARD,
            "switch on the table lights in the stable block",
            "turn_on",
            "Stable Lights@Stable Block",
        ),
        act(TERSE, "arena lights on", "turn_on", "Arena Floodlights@Arena"),
        act(
            UNITS,
            "set the arena floodlights to 60 percent",
            "brightness",
            "Arena Floodlights@Arena",
            value=60,
        ),
        act(PLAIN, "switch off the yard floodlight", "turn_off", "Yard Floodlight@Yard"),
        act(PLAIN, "switch on the horse walker", "turn_on", "Horse Walker@Yard"),
        act(MISHEARD, "turn on the horse walk her", "turn_on", "Horse Walker@Yard"),
        act(POLITE, "could you please turn the electric fence off", "turn_off", "Electric Fence@Paddock"),
        act(INDIRECT, "the horses have drunk the trough dry, fill it up", "open", "Water Trough@Paddock"),
        act(PLAIN, "turn off the water to the trough", "close", "Water Trough@Paddock"),
        act(UNITS, "open the arena sprinklers to 30 percent", "position", "Arena Sprinklers@Arena", value=30),
        act(INDIRECT, "the arena surface is really dusty, give it a water", "open", "Arena Sprinklers@Arena"),
        act(PLAIN, "turn on the tack room dehumidifier", "turn_on", "Tack Room Dehumidifier@Tack Room"),
        act(UNITS, "run the stable fans at 35 percent", "percentage", "Stable Fans@Stable Block", value=35),
        act(
            INDIRECT,
            "the horses are sweating in their stables, get some air moving",
            "turn_on",
            "Stable Fans@Stable Block",
        ),
        act(
            UNITS,
            "dim the foaling box light to 10 percent",
            "brightness",
            "Foaling Box Light@Foaling Box",
            value=10,
        ),
        act(
            PLAIN,
            "turn on the lights in the stable block and the tack room",
            "turn_on",
            "Stable Lights@Stable Block",
            "Tack Room Light@Tack Room",
        ),
        act(
            PLAIN,
            "turn off all the lights except the foaling box light",
            "turn_off",
            *_FARMHOUSE_LIGHTS,
            kind=TRAP,
            but=("Foaling Box Light@Foaling Box",),
        ),
        act(PLAIN, "shut the yard gate", "close", "Yard Gate@Yard"),
        act(PLAIN, "lock the farmhouse back door", "lock", "Back Door@Farmhouse Kitchen"),
        act(UNITS, "set the heating to 21 degrees", "target_temperature", "Heating@Sitting Room", value=21),
        act(
            UNITS, "drop the heating to 59 fahrenheit", "target_temperature", "Heating@Sitting Room", value=15
        ),
        ask(PLAIN, "open the yard gate", "Yard Gate@Yard"),
        ask(INDIRECT, "the farrier's van is at the gate, let him in", "Yard Gate@Yard"),
        ask(PLAIN, "unlock the tack room", "Tack Room Door@Tack Room"),
        answer(PLAIN, "what's the temperature in the hay barn", "Hay Barn Temperature@Hay Barn", "31"),
        answer(INDIRECT, "any sign of smoke in the hay barn", "Hay Barn Smoke@Hay Barn", *_CLEAR),
        answer(PLAIN, "how full is the trough", "Trough Level@Paddock", "40"),
        answer(TERSE, "fence on?", "Electric Fence@Paddock", *_ON),
        answer(PLAIN, "is the tack room locked", "Tack Room Door@Tack Room", *_LOCKED),
        answer(INDIRECT, "how cold is it in the foaling box", "Foaling Box Temperature@Foaling Box", "9.5"),
        clarify(PLAIN, "turn on the lights in the milking parlour"),
        clarify(PLAIN, "turn on the fan in the tack room"),
        clarify(TERSE, "paddock lights on"),
        nothing(PLAIN, "the grey mare threw a shoe this morning"),
        nothing(PLAIN, "the horse walker needs a new belt", kind=TRAP),
    ],
)


_RELAY1, _RELAY2, _RELAY3 = "esp32-relay-3 Relay 1", "esp32-relay-3 Relay 2", "esp32-relay-3 Relay 3"
_PLUG, _PLUG_POWER = "athom-plug-7c4e Relay", "athom-plug-7c4e Power"

ESPHOME = TrustHome(
    Home(
        "g_esphome",
        (
            Device("Living Room PIR Light", "light", "Living Room", features=_DIM, state="OFF"),
            Device("Living Room PIR Motion", "binary_sensor", "Living Room", "motion", state="ON"),
            Device("Kitchen LED Strip Light", "light", "Kitchen", features=_DIM, state="OFF"),
            Device("Hallway Node Night Light", "light", "Hallway", state="OFF"),
            Device(_RELAY1, "switch", "Garage", state="OFF"),
            Device(_RELAY2, "switch", "Garage", state="OFF"),
            Device(_RELAY3, "switch", "Garage", state="ON"),
            Device("Garage Controller Garage Door", "cover", "Garage", "garage"),
            Device("Bedroom Env BME280 Temperature", "sensor", "Bedroom", "temperature", state="19.4"),
            Device("Bedroom Env BME280 Humidity", "sensor", "Bedroom", "humidity", state="52"),
            Device("Bedroom Ceiling Fan", "fan", "Bedroom", features=_SPEED, state="OFF"),
            Device("Greenhouse Node Soil Moisture", "sensor", "Greenhouse", "moisture", state="23", unit="%"),
            Device("Greenhouse Node Pump", "switch", "Greenhouse", state="OFF"),
            Device("Greenhouse Node Vent Fan", "fan", "Greenhouse", features=_SPEED, state="OFF"),
            Device("Greenhouse Node Window", "cover", "Greenhouse", "window", _POSITION, "closed"),
            Device(_PLUG, "switch", "Office", "outlet", state="ON"),
            Device(_PLUG_POWER, "sensor", "Office", "power", state="86", unit="W"),
            Device("Living Room Thermostat", "climate", "Living Room"),
            Device("Front Door Lock", "lock", "Hallway", state="LOCKED"),
        ),
    ),
    here="",
    discovery={"Living Room Thermostat@Living Room": _celsius(10, 28)},
    states={"Living Room Thermostat@Living Room": {"current_temperature": 20, "target_temperature": 20.5}},
)

_ESPHOME = _in(
    ESPHOME,
    [
        act(PLAIN, "turn on the living room PIR light", "turn_on", "Living Room PIR Light@Living Room"),
        act(
            INDIRECT,
            "I can barely see the sofa, it's so dark in here",
            "turn_on",
            "Living Room PIR Light@Living Room",
            here="Living Room",
        ),
        act(
            UNITS,
            "set the PIR light to 45 percent",
            "brightness",
            "Living Room PIR Light@Living Room",
            value=45,
        ),
        act(PLAIN, "turn on relay 1", "turn_on", f"{_RELAY1}@Garage"),
        act(TERSE, "relay 2 on", "turn_on", f"{_RELAY2}@Garage"),
        act(PLAIN, "switch relay 3 off", "turn_off", f"{_RELAY3}@Garage"),
        act(MISHEARD, "turn of relay three", "turn_off", f"{_RELAY3}@Garage"),
        act(PLAIN, "turn on relays 1 and 2", "turn_on", f"{_RELAY1}@Garage", f"{_RELAY2}@Garage"),
        act(
            POLITE,
            "could you switch on the kitchen LED strip please",
            "turn_on",
            "Kitchen LED Strip Light@Kitchen",
        ),
        act(UNITS, "kitchen strip to 25 percent", "brightness", "Kitchen LED Strip Light@Kitchen", value=25),
        act(PLAIN, "turn on the greenhouse pump", "turn_on", "Greenhouse Node Pump@Greenhouse"),
        act(
            INDIRECT,
            "the tomatoes look thirsty, water the greenhouse",
            "turn_on",
            "Greenhouse Node Pump@Greenhouse",
        ),
        act(PLAIN, "open the greenhouse window", "open", "Greenhouse Node Window@Greenhouse"),
        act(
            UNITS,
            "open the greenhouse window to 20 percent",
            "position",
            "Greenhouse Node Window@Greenhouse",
            value=20,
        ),
        act(
            UNITS,
            "set the greenhouse vent fan to 70 percent",
            "percentage",
            "Greenhouse Node Vent Fan@Greenhouse",
            value=70,
        ),
        act(PLAIN, "turn off the plug in the office", "turn_off", f"{_PLUG}@Office"),
        act(MISHEARD, "turn on the hall way night light", "turn_on", "Hallway Node Night Light@Hallway"),
        act(
            UNITS,
            "set the thermostat to 21.5",
            "target_temperature",
            "Living Room Thermostat@Living Room",
            value=21.5,
        ),
        act(
            MISHEARD,
            "set the living room thermostat too 22",
            "target_temperature",
            "Living Room Thermostat@Living Room",
            value=22,
        ),
        act(UNITS, "ceiling fan to 30%", "percentage", "Bedroom Ceiling Fan@Bedroom", value=30),
        act(TERSE, "ceiling fan on", "turn_on", "Bedroom Ceiling Fan@Bedroom"),
        act(PLAIN, "shut the garage door", "close", "Garage Controller Garage Door@Garage"),
        ask(PLAIN, "raise the garage door", "Garage Controller Garage Door@Garage"),
        ask(INDIRECT, "I've forgotten my keys, can you open the front door", "Front Door Lock@Hallway"),
        answer(PLAIN, "how warm is the bedroom right now", "Bedroom Env BME280 Temperature@Bedroom", "19.4"),
        answer(PLAIN, "what's the bedroom humidity", "Bedroom Env BME280 Humidity@Bedroom", "52"),
        answer(PLAIN, "how moist is the greenhouse soil", "Greenhouse Node Soil Moisture@Greenhouse", "23"),
        answer(INDIRECT, "how much is the office plug drawing", f"{_PLUG_POWER}@Office", "86"),
        answer(TERSE, "motion in the living room?", "Living Room PIR Motion@Living Room", *_MOVING),
        answer(PLAIN, "is relay 3 on", f"{_RELAY3}@Garage", *_ON),
        clarify(PLAIN, "turn on relay 4"),
        clarify(PLAIN, "switch on the garage light"),
        clarify(PLAIN, "open the blinds in the office"),
        nothing(PLAIN, "I just flashed new firmware onto the relay board", kind=TRAP),
        nothing(POLITE, "cheers, that'll do"),
    ],
)


TUYA = TrustHome(
    Home(
        "g_tuya",
        (
            Device("Smart Plug", "switch", "Living Room", "outlet", state="OFF"),
            Device("Smart Plug 2", "switch", "Kitchen", "outlet", state="ON"),
            Device("Smart Plug 3", "switch", "Laundry", "outlet", state="OFF"),
            Device("Wi-Fi Curtain Motor", "cover", "Living Room", "curtain", _POSITION, "closed"),
            Device("Wi-Fi Curtain Motor 2", "cover", "Bedroom", "curtain", _POSITION, "open"),
            Device("Smart Bulb", "light", "Bedroom", features=_DIM, state="OFF"),
            Device("Smart Bulb 2", "light", "Bedroom", features=_DIM, state="OFF"),
            Device("Smart Bulb", "light", "Kids Room", features=_DIM, state="ON"),
            Device("LED Strip Lights", "light", "Living Room", features=_DIM, state="OFF"),
            Device("Switch 1", "light", "Kitchen", state="OFF"),
            Device("Switch 2", "light", "Kitchen", state="OFF"),
            Device("Smart Heater", "climate", "Kids Room"),
            Device("WiFi Thermostat", "climate", "Living Room"),
            Device("Smart Dehumidifier", "humidifier", "Laundry", state="OFF"),
            Device("Smart Garage Door Opener", "cover", "Garage", "garage", state="closed"),
            Device("Door Sensor", "binary_sensor", "Hallway", "door", state="OFF"),
            Device("PIR Sensor", "binary_sensor", "Hallway", "motion", state="OFF"),
            Device("T&H Sensor", "sensor", "Garage", "temperature", state="8.5"),
            Device("Smart Tower Fan", "fan", "Bedroom", features=_SPEED, state="OFF"),
            Device("Smart Robot Vacuum", "vacuum", "Living Room"),
            Device("Water Leak Detector", "binary_sensor", "Laundry", "moisture", state="ON"),
            Device("Smart Lock", "lock", "Hallway", state="LOCKED"),
        ),
    ),
    here="",
    discovery={"Smart Heater@Kids Room": _celsius(5, 35), "WiFi Thermostat@Living Room": _celsius(5, 35)},
    states={
        "Smart Heater@Kids Room": {"current_temperature": 18, "target_temperature": 20},
        "WiFi Thermostat@Living Room": {"current_temperature": 21, "target_temperature": 21},
    },
)

_TUYA = _in(
    TUYA,
    [
        act(PLAIN, "turn on smart plug 3", "turn_on", "Smart Plug 3@Laundry"),
        act(PLAIN, "turn off the smart plug in the kitchen", "turn_off", "Smart Plug 2@Kitchen"),
        act(MISHEARD, "turn of smart plug to", "turn_off", "Smart Plug 2@Kitchen"),
        act(TERSE, "living room plug on", "turn_on", "Smart Plug@Living Room"),
        act(PLAIN, "open the curtains in the living room", "open", "Wi-Fi Curtain Motor@Living Room"),
        act(
            UNITS,
            "set the bedroom curtains to 30 percent",
            "position",
            "Wi-Fi Curtain Motor 2@Bedroom",
            value=30,
        ),
        act(MISHEARD, "close the bed room curtains", "close", "Wi-Fi Curtain Motor 2@Bedroom"),
        act(PLAIN, "close wi-fi curtain motor 2", "close", "Wi-Fi Curtain Motor 2@Bedroom"),
        act(
            PLAIN,
            "turn on both smart bulbs in the bedroom",
            "turn_on",
            "Smart Bulb@Bedroom",
            "Smart Bulb 2@Bedroom",
        ),
        act(PLAIN, "turn off the smart bulb in the kids room", "turn_off", "Smart Bulb@Kids Room"),
        act(UNITS, "dim smart bulb 2 to 20 percent", "brightness", "Smart Bulb 2@Bedroom", value=20),
        act(PLAIN, "switch the light off", "turn_off", "Smart Bulb@Kids Room", here="Kids Room"),
        act(PLAIN, "turn on switch 1 in the kitchen", "turn_on", "Switch 1@Kitchen"),
        act(PLAIN, "put the lights on in the kitchen", "turn_on", "Switch 1@Kitchen", "Switch 2@Kitchen"),
        act(POLITE, "please turn on the LED strip", "turn_on", "LED Strip Lights@Living Room"),
        act(
            UNITS,
            "set the heater in the kids room to 19 degrees",
            "target_temperature",
            "Smart Heater@Kids Room",
            value=19,
        ),
        act(
            INDIRECT,
            "the kids are cold, warm their room up to 22",
            "target_temperature",
            "Smart Heater@Kids Room",
            value=22,
        ),
        act(
            UNITS,
            "turn the living room up to 24 degrees celsius",
            "target_temperature",
            "WiFi Thermostat@Living Room",
            value=24,
        ),
        act(
            PLAIN,
            "set the wifi thermostat to 23",
            "target_temperature",
            "WiFi Thermostat@Living Room",
            value=23,
        ),
        act(PLAIN, "turn on the dehumidifier in the laundry", "turn_on", "Smart Dehumidifier@Laundry"),
        act(UNITS, "tower fan to 60 percent", "percentage", "Smart Tower Fan@Bedroom", value=60),
        act(
            INDIRECT,
            "the living room floor is covered in crumbs, send the robot round",
            "start",
            "Smart Robot Vacuum@Living Room",
        ),
        act(POLITE, "could you send the robot vacuum home please", "dock", "Smart Robot Vacuum@Living Room"),
        ask(TERSE, "garage up", "Smart Garage Door Opener@Garage"),
        ask(PLAIN, "unlock the smart lock", "Smart Lock@Hallway"),
        answer(PLAIN, "is there a leak in the laundry", "Water Leak Detector@Laundry", *_LEAK),
        answer(INDIRECT, "how cold is it out in the garage", "T&H Sensor@Garage", "8.5"),
        answer(PLAIN, "is the hallway door shut", "Door Sensor@Hallway", *_IS_CLOSED),
        answer(TERSE, "movement in the hallway?", "PIR Sensor@Hallway", *_CLEAR),
        answer(PLAIN, "is smart plug 3 on", "Smart Plug 3@Laundry", *_OFF),
        clarify(PLAIN, "turn on smart plug 4"),
        clarify(UNITS, "set smart bulb 3 to 50 percent"),
        clarify(UNITS, "set the smart bulb to 50 percent"),
        clarify(PLAIN, "switch on the kitchen fan"),
        clarify(UNITS, "crank the heater up to 40 degrees"),
        nothing(PLAIN, "the smart life app logged me out again"),
        nothing(PLAIN, "smart plug 2 is the one the kettle is on", kind=TRAP),
    ],
)


_HIGHRISE_LIGHTS = (
    "Cove Lights@Living Room",
    "Dining Pendant@Living Room",
    "Bedroom Downlights@Bedroom",
    "Desk Light Bar@Study",
    "Kitchen Downlights@Kitchen",
)

HIGHRISE = TrustHome(
    Home(
        "g_highrise",
        (
            Device("Cove Lights", "light", "Living Room", features=_DIM, state="OFF"),
            Device("Dining Pendant", "light", "Living Room", features=_DIM, state="ON"),
            Device("Bedroom Downlights", "light", "Bedroom", features=_DIM, state="OFF"),
            Device("Desk Light Bar", "light", "Study", state="OFF"),
            Device("Kitchen Downlights", "light", "Kitchen", state="ON"),
            Device("Balcony Lights", "light", "Balcony", state="ON"),
            Device("Split AC", "climate", "Living Room"),
            Device("Split AC", "climate", "Bedroom"),
            Device("Motorised Curtains", "cover", "Living Room", "curtain", _POSITION, "open"),
            Device("Blackout Blind", "cover", "Bedroom", "blind", _POSITION, "open"),
            Device("Balcony Sunshade", "cover", "Balcony", "awning", _POSITION, "closed"),
            Device("Balcony Door", "binary_sensor", "Balcony", "door", state="ON"),
            Device("Wind Speed", "sensor", "Balcony", "wind_speed", state="38", unit="km/h"),
            Device("Digital Door Lock", "lock", "Entrance", state="LOCKED"),
            Device("Lobby Door", "lock", "Lobby", state="LOCKED"),
            Device("Air Purifier", "fan", "Bedroom", features=_SPEED, state="OFF"),
            Device("PM2.5", "sensor", "Living Room", "pm25", state="41", unit="µg/m³"),
            Device("Cooker Hood", "fan", "Kitchen", features=_SPEED, state="OFF"),
            Device("Heated Towel Rail", "switch", "Bathroom", state="OFF"),
            Device("Washer Dryer", "binary_sensor", "Kitchen", "running", state="ON"),
        ),
    ),
    here="",
    discovery={"Split AC@Living Room": _celsius(16, 30), "Split AC@Bedroom": _celsius(16, 30)},
    states={
        "Split AC@Living Room": {"current_temperature": 27, "target_temperature": 24},
        "Split AC@Bedroom": {"current_temperature": 25, "target_temperature": 23},
    },
)

_HIGHRISE = _in(
    HIGHRISE,
    [
        act(PLAIN, "turn on the cove lights", "turn_on", "Cove Lights@Living Room"),
        act(UNITS, "dim the cove lights to 15 percent", "brightness", "Cove Lights@Living Room", value=15),
        act(PLAIN, "switch the balcony lights off", "turn_off", "Balcony Lights@Balcony"),
        act(
            TERSE,
            "living room lights off",
            "turn_off",
            "Cove Lights@Living Room",
            "Dining Pendant@Living Room",
        ),
        act(
            PLAIN,
            "turn off all the lights except the balcony lights",
            "turn_off",
            *_HIGHRISE_LIGHTS,
            kind=TRAP,
            but=("Balcony Lights@Balcony",),
        ),
        act(PLAIN, "set the bedroom AC to 22", "target_temperature", "Split AC@Bedroom", value=22),
        act(
            PLAIN,
            "set the air con to 26",
            "target_temperature",
            "Split AC@Living Room",
            value=26,
            here="Living Room",
            kind=TRAP,
        ),
        act(
            UNITS,
            "set the living room AC to 77 degrees fahrenheit",
            "target_temperature",
            "Split AC@Living Room",
            value=25,
        ),
        act(MISHEARD, "set the bedroom AC too 24", "target_temperature", "Split AC@Bedroom", value=24),
        act(PLAIN, "turn off the AC in the bedroom", "turn_off", "Split AC@Bedroom"),
        act(PLAIN, "shut the curtains", "close", "Motorised Curtains@Living Room"),
        act(UNITS, "lower the blackout blind to 10 percent", "position", "Blackout Blind@Bedroom", value=10),
        act(INDIRECT, "the sun is blinding me in bed", "close", "Blackout Blind@Bedroom"),
        act(PLAIN, "extend the balcony sunshade", "open", "Balcony Sunshade@Balcony"),
        act(UNITS, "put the sunshade out halfway", "position", "Balcony Sunshade@Balcony", value=50),
        act(TERSE, "purifier on", "turn_on", "Air Purifier@Bedroom"),
        act(UNITS, "air purifier to 80 percent", "percentage", "Air Purifier@Bedroom", value=80),
        act(INDIRECT, "I'm frying fish, get the hood going", "turn_on", "Cooker Hood@Kitchen"),
        act(MISHEARD, "turn on the cooker hoot", "turn_on", "Cooker Hood@Kitchen"),
        act(MISHEARD, "turn on the heated tower rail", "turn_on", "Heated Towel Rail@Bathroom"),
        act(POLITE, "would you switch on the desk light bar please", "turn_on", "Desk Light Bar@Study"),
        ask(PLAIN, "unlock the flat door", "Digital Door Lock@Entrance"),
        ask(INDIRECT, "the courier is downstairs, buzz him in", "Lobby Door@Lobby"),
        ask(PLAIN, "unlock the lobby door", "Lobby Door@Lobby"),
        answer(PLAIN, "is the balcony door open", "Balcony Door@Balcony", *_OPEN),
        answer(PLAIN, "how windy is it on the balcony", "Wind Speed@Balcony", "38"),
        answer(PLAIN, "what's the PM2.5 in the living room", "PM2.5@Living Room", "41"),
        answer(PLAIN, "is the washer dryer still going", "Washer Dryer@Kitchen", *_RUNNING),
        answer(TERSE, "bedroom temperature?", "Split AC@Bedroom", "25"),
        clarify(PLAIN, "set the split AC to 22"),
        clarify(UNITS, "set the bedroom AC to 12 degrees"),
        clarify(PLAIN, "switch on the guest bedroom light"),
        clarify(PLAIN, "open the blinds in the study"),
        clarify(POLITE, "could you turn on the garden sprinklers please"),
        nothing(PLAIN, "the lift is out of order again"),
        nothing(PLAIN, "I left the balcony door open for the cat", kind=TRAP),
    ],
)


_R1, _R2, _R3, _R4, _R5 = "Room 1", "Room 2", "Room 3", "Room 4", "Room 5"
_OWNERS = "Owners' Flat"

BNB = TrustHome(
    Home(
        "g_bnb",
        (
            Device("Ceiling Light", "light", _R1, features=_DIM, state="OFF"),
            Device("Ceiling Light", "light", _R2, features=_DIM, state="ON"),
            Device("Ceiling Light", "light", _R3, features=_DIM, state="OFF"),
            Device("Ceiling Light", "light", _R4, features=_DIM, state="ON"),
            Device("Ceiling Light", "light", _R5, features=_DIM, state="ON"),
            Device("Bedside Lamp", "light", _R1, state="OFF"),
            Device("Bedside Lamp", "light", _R2, state="ON"),
            Device("Bedside Lamp", "light", _R4, state="OFF"),
            Device("Radiator", "climate", _R1),
            Device("Radiator", "climate", _R2),
            Device("Radiator", "climate", _R3),
            Device("Ensuite Fan", "fan", _R2, state="OFF"),
            Device("Ensuite Fan", "fan", _R3, state="OFF"),
            Device("Ensuite Fan", "fan", _R5, state="OFF"),
            Device("Room 3 Door", "lock", _R3, state="LOCKED"),
            Device("Window Contact", "binary_sensor", _R5, "window", state="ON"),
            Device("Breakfast Room Lights", "light", "Breakfast Room", features=_DIM, state="OFF"),
            Device("Coffee Machine", "switch", "Breakfast Room", "outlet", state="OFF"),
            Device("Reception Lamp", "light", "Reception", state="ON"),
            Device("Guest Entrance", "lock", "Reception", state="UNLOCKED"),
            Device("Car Park Barrier", "cover", "Car Park", "gate"),
            Device("Garden Lights", "light", "Garden", state="OFF"),
            Device("Lounge Lamp", "light", _OWNERS, state="OFF"),
            Device("Guest Washer", "binary_sensor", "Laundry", "running", state="ON"),
            Device("Hot Water Cylinder", "sensor", "Laundry", "temperature", state="58"),
        ),
    ),
    here="",
    discovery={f"Radiator@{r}": _celsius(7, 28) for r in (_R1, _R2, _R3)},
    states={
        f"Radiator@{_R1}": {"current_temperature": 17, "target_temperature": 18},
        f"Radiator@{_R2}": {"current_temperature": 19, "target_temperature": 19},
        f"Radiator@{_R3}": {"current_temperature": 18, "target_temperature": 20},
    },
)

_BNB = _in(
    BNB,
    [
        act(PLAIN, "turn on the ceiling light in room 3", "turn_on", f"Ceiling Light@{_R3}", kind=TRAP),
        act(PLAIN, "switch off the ceiling light", "turn_off", f"Ceiling Light@{_R4}", here=_R4, kind=TRAP),
        act(TERSE, "room 5 light off", "turn_off", f"Ceiling Light@{_R5}", kind=TRAP),
        act(MISHEARD, "turn of the ceiling light in room for", "turn_off", f"Ceiling Light@{_R4}"),
        act(
            POLITE,
            "could you dim the ceiling light in room 1 to 40 percent",
            "brightness",
            f"Ceiling Light@{_R1}",
            value=40,
        ),
        act(
            PLAIN,
            "turn off all the lights in room 2",
            "turn_off",
            f"Ceiling Light@{_R2}",
            f"Bedside Lamp@{_R2}",
        ),
        act(
            INDIRECT,
            "everyone's checked out, switch off the ceiling lights in all the rooms",
            "turn_off",
            *(f"Ceiling Light@{r}" for r in (_R1, _R2, _R3, _R4, _R5)),
        ),
        act(PLAIN, "turn on the bedside lamp in room 4", "turn_on", f"Bedside Lamp@{_R4}", kind=TRAP),
        act(PLAIN, "turn on the ensuite fan in room 5", "turn_on", f"Ensuite Fan@{_R5}", kind=TRAP),
        act(MISHEARD, "turn on the and suite fan in room 2", "turn_on", f"Ensuite Fan@{_R2}"),
        act(
            UNITS,
            "set the radiator in room 2 to 20 degrees",
            "target_temperature",
            f"Radiator@{_R2}",
            value=20,
        ),
        act(
            PLAIN,
            "set the radiator to 19",
            "target_temperature",
            f"Radiator@{_R1}",
            value=19,
            here=_R1,
            kind=TRAP,
        ),
        act(MISHEARD, "set room three radiator too 18", "target_temperature", f"Radiator@{_R3}", value=18),
        act(PLAIN, "turn on the breakfast room lights", "turn_on", "Breakfast Room Lights@Breakfast Room"),
        act(
            UNITS,
            "breakfast room lights at 70 percent",
            "brightness",
            "Breakfast Room Lights@Breakfast Room",
            value=70,
        ),
        act(
            INDIRECT,
            "breakfast is at eight, warm up the coffee machine",
            "turn_on",
            "Coffee Machine@Breakfast Room",
        ),
        act(PLAIN, "lock the guest entrance", "lock", "Guest Entrance@Reception"),
        act(TERSE, "garden lights on", "turn_on", "Garden Lights@Garden"),
        act(PLAIN, "turn on the lounge lamp in the owners' flat", "turn_on", f"Lounge Lamp@{_OWNERS}"),
        act(PLAIN, "lower the car park barrier", "close", "Car Park Barrier@Car Park"),
        ask(PLAIN, "unlock room 3", f"Room 3 Door@{_R3}"),
        ask(POLITE, "could you raise the car park barrier please", "Car Park Barrier@Car Park"),
        answer(INDIRECT, "did the guest in room 5 leave the window open", f"Window Contact@{_R5}", *_OPEN),
        answer(PLAIN, "how hot is the hot water cylinder", "Hot Water Cylinder@Laundry", "58"),
        answer(PLAIN, "is the washer in the laundry still running", "Guest Washer@Laundry", *_RUNNING),
        answer(TERSE, "room 1 temperature?", f"Radiator@{_R1}", "17"),
        answer(PLAIN, "is room 3 locked", f"Room 3 Door@{_R3}", *_LOCKED),
        clarify(PLAIN, "put the ceiling light on"),
        clarify(PLAIN, "turn on the light in room 6"),
        clarify(PLAIN, "turn on the bedside lamp in room 3"),
        clarify(PLAIN, "turn on the fan in room 1"),
        clarify(PLAIN, "turn the radiator up to 21"),
        clarify(UNITS, "set the radiator in room 4 to 21"),
        nothing(PLAIN, "the couple in room 2 are checking out late"),
        nothing(PLAIN, "the ensuite fan in room 3 is rattling", kind=TRAP),
        nothing(POLITE, "lovely, thanks"),
    ],
)


_WOON, _KEUKEN, _SLAAP = "Woonkamer / Living Room", "Keuken / Kitchen", "Slaapkamer / Bedroom"
_BADK, _ZOLDER, _TUIN = "Badkamer / Bathroom", "Zolder / Attic", "Tuin / Garden"
_GANG, _SCHUUR = "Gang / Hallway", "Schuur / Shed"

DUTCH = TrustHome(
    Home(
        "g_dutch",
        (
            Device("Plafondlamp", "light", _WOON, features=_DIM, state="ON"),
            Device("Plafondlamp", "light", _SLAAP, features=_DIM, state="OFF"),
            Device("Staande Lamp", "light", _WOON, features=_DIM, state="OFF"),
            Device("Keukenlamp", "light", _KEUKEN, state="OFF"),
            Device("Spiegelverlichting", "light", _BADK, state="OFF"),
            Device("Zolderlamp", "light", _ZOLDER, state="OFF"),
            Device("Tuinverlichting", "light", _TUIN, state="OFF"),
            Device("Rolluik", "cover", _SLAAP, "shutter", _POSITION, "closed"),
            Device("Zonnescherm", "cover", _TUIN, "awning", _POSITION, "closed"),
            Device("Dakraam", "cover", _ZOLDER, "window", _POSITION, "closed"),
            Device("Thermostaat", "climate", _WOON),
            Device("Vloerverwarming", "climate", _BADK),
            Device("Afzuigkap", "fan", _KEUKEN, features=_SPEED, state="OFF"),
            Device("Ventilatie", "fan", _BADK, state="OFF"),
            Device("Voordeur", "lock", _GANG, state="LOCKED"),
            Device("Schuurdeur", "lock", _SCHUUR, state="UNLOCKED"),
            Device("Wasmachine", "switch", _ZOLDER, state="ON"),
            Device("Buitentemperatuur", "sensor", _TUIN, "temperature", state="11.5"),
            Device("Raamsensor", "binary_sensor", _SLAAP, "window", state="ON"),
            Device("Rookmelder", "binary_sensor", _GANG, "smoke", state="OFF"),
        ),
    ),
    here="",
    discovery={f"Thermostaat@{_WOON}": _celsius(5, 30), f"Vloerverwarming@{_BADK}": _celsius(15, 30)},
    states={
        f"Thermostaat@{_WOON}": {"current_temperature": 19.5, "target_temperature": 20},
        f"Vloerverwarming@{_BADK}": {"current_temperature": 22, "target_temperature": 23},
    },
)

_DUTCH = _in(
    DUTCH,
    [
        act(PLAIN, "turn on the standing lamp in the living room", "turn_on", f"Staande Lamp@{_WOON}"),
        act(PLAIN, "turn on the bedroom ceiling light", "turn_on", f"Plafondlamp@{_SLAAP}"),
        act(PLAIN, "switch off the plafondlamp", "turn_off", f"Plafondlamp@{_WOON}", here=_WOON, kind=TRAP),
        act(TERSE, "woonkamer lights off", "turn_off", f"Plafondlamp@{_WOON}", f"Staande Lamp@{_WOON}"),
        act(PLAIN, "switch the keukenlamp on", "turn_on", f"Keukenlamp@{_KEUKEN}"),
        act(INDIRECT, "I can't see myself in the bathroom mirror", "turn_on", f"Spiegelverlichting@{_BADK}"),
        act(TERSE, "zolder light on", "turn_on", f"Zolderlamp@{_ZOLDER}"),
        act(
            PLAIN,
            "turn on the lights in the kitchen and the attic",
            "turn_on",
            f"Keukenlamp@{_KEUKEN}",
            f"Zolderlamp@{_ZOLDER}",
        ),
        act(
            INDIRECT,
            "we're eating outside tonight, put the garden lights on",
            "turn_on",
            f"Tuinverlichting@{_TUIN}",
        ),
        act(PLAIN, "raise the roller shutter in the bedroom", "open", f"Rolluik@{_SLAAP}"),
        act(UNITS, "set the rolluik to 60 percent", "position", f"Rolluik@{_SLAAP}", value=60),
        act(PLAIN, "roll out the sun awning", "open", f"Zonnescherm@{_TUIN}"),
        act(UNITS, "open the roof window a little, 15 percent", "position", f"Dakraam@{_ZOLDER}", value=15),
        act(MISHEARD, "open the dark ram", "open", f"Dakraam@{_ZOLDER}"),
        act(
            UNITS, "set the thermostaat to 21 degrees", "target_temperature", f"Thermostaat@{_WOON}", value=21
        ),
        act(
            UNITS,
            "set the bathroom floor heating to 25",
            "target_temperature",
            f"Vloerverwarming@{_BADK}",
            value=25,
        ),
        act(MISHEARD, "set the thermostat too 19", "target_temperature", f"Thermostaat@{_WOON}", value=19),
        act(TERSE, "cooker hood on", "turn_on", f"Afzuigkap@{_KEUKEN}"),
        act(UNITS, "afzuigkap to 75 percent", "percentage", f"Afzuigkap@{_KEUKEN}", value=75),
        act(
            POLITE,
            "could you switch on the ventilation in the bathroom please",
            "turn_on",
            f"Ventilatie@{_BADK}",
        ),
        act(MISHEARD, "turn of the wash machine on the attic", "turn_off", f"Wasmachine@{_ZOLDER}"),
        act(PLAIN, "lock the shed", "lock", f"Schuurdeur@{_SCHUUR}"),
        ask(PLAIN, "unlock the voordeur", f"Voordeur@{_GANG}"),
        answer(PLAIN, "is the washing machine still on", f"Wasmachine@{_ZOLDER}", *_ON),
        answer(PLAIN, "what's the buitentemperatuur", f"Buitentemperatuur@{_TUIN}", "11.5"),
        answer(INDIRECT, "did I leave the slaapkamer window open", f"Raamsensor@{_SLAAP}", *_OPEN),
        answer(TERSE, "shed locked?", f"Schuurdeur@{_SCHUUR}", *_UNLOCKED),
        answer(PLAIN, "how warm is the bathroom floor", f"Vloerverwarming@{_BADK}", "22"),
        answer(
            POLITE,
            "could you check whether the smoke alarm in the hall has gone off",
            f"Rookmelder@{_GANG}",
            *_CLEAR,
        ),
        clarify(UNITS, "dim the plafondlamp to 30 percent"),
        clarify(PLAIN, "turn on the light in the shed"),
        clarify(PLAIN, "close the shutter in the kitchen"),
        clarify(PLAIN, "turn on the light in the kinderkamer"),
        nothing(PLAIN, "the rolluik makes a grinding noise", kind=TRAP),
        nothing(POLITE, "dank je wel"),
    ],
)


_CAFE_LIGHTS = (
    "Pendant Lights@Shop Floor",
    "Counter Spots@Counter",
    "Stockroom Light@Stockroom",
    "Terrace Festoon@Terrace",
)

CAFE = TrustHome(
    Home(
        "g_cafe",
        (
            Device("Pendant Lights", "light", "Shop Floor", features=_DIM, state="OFF"),
            Device("Counter Spots", "light", "Counter", state="ON"),
            Device("Kitchen Lights", "light", "Kitchen", state="ON"),
            Device("Stockroom Light", "light", "Stockroom", state="OFF"),
            Device("Terrace Festoon", "light", "Terrace", state="OFF"),
            Device("Neon Sign", "switch", "Shop Floor", state="OFF"),
            Device("Music Amp", "switch", "Shop Floor", state="ON"),
            Device("Espresso Machine", "switch", "Counter", "outlet", state="OFF"),
            Device("Grinder", "switch", "Counter", "outlet", state="OFF"),
            Device("Display Fridge Temperature", "sensor", "Counter", "temperature", state="3.8"),
            Device("Walk-in Cooler", "climate", "Stockroom"),
            Device("Shop AC", "climate", "Shop Floor"),
            Device("Extraction Canopy", "fan", "Kitchen", features=_SPEED, state="OFF"),
            Device("Toilet Extractor", "fan", "Toilets", state="OFF"),
            Device("Terrace Awning", "cover", "Terrace", "awning", _POSITION, "closed"),
            Device("Back Door", "lock", "Stockroom", state="UNLOCKED"),
            Device("Shop Door", "lock", "Shop Floor", state="LOCKED"),
            Device("Dishwasher", "binary_sensor", "Kitchen", "running", state="OFF"),
            Device("Opening Up", "scene"),
            Device("Closing Down", "scene"),
        ),
    ),
    here="",
    discovery={"Walk-in Cooler@Stockroom": _celsius(1, 8), "Shop AC@Shop Floor": _celsius(16, 30)},
    states={
        "Walk-in Cooler@Stockroom": {"current_temperature": 4, "target_temperature": 3},
        "Shop AC@Shop Floor": {"current_temperature": 24, "target_temperature": 22},
    },
)

_CAFE = _in(
    CAFE,
    [
        act(PLAIN, "turn on the pendant lights", "turn_on", "Pendant Lights@Shop Floor"),
        act(UNITS, "pendants to 70 percent", "brightness", "Pendant Lights@Shop Floor", value=70),
        act(TERSE, "espresso machine on", "turn_on", "Espresso Machine@Counter"),
        act(POLITE, "could you turn the grinder on please", "turn_on", "Grinder@Counter"),
        act(
            INDIRECT,
            "we open in ten minutes, get the coffee machine heating",
            "turn_on",
            "Espresso Machine@Counter",
        ),
        act(TERSE, "neon sign on", "turn_on", "Neon Sign@Shop Floor"),
        act(PLAIN, "activate opening up", "activate", "Opening Up"),
        act(INDIRECT, "that's the last customer gone, run closing down", "activate", "Closing Down"),
        act(PLAIN, "turn off the music amp", "turn_off", "Music Amp@Shop Floor"),
        act(
            UNITS,
            "set the walk-in cooler to 2 degrees",
            "target_temperature",
            "Walk-in Cooler@Stockroom",
            value=2,
        ),
        act(PLAIN, "set the shop AC to 21", "target_temperature", "Shop AC@Shop Floor", value=21),
        act(MISHEARD, "set the shop a c too 23", "target_temperature", "Shop AC@Shop Floor", value=23),
        act(UNITS, "extraction canopy to 90 percent", "percentage", "Extraction Canopy@Kitchen", value=90),
        act(
            INDIRECT,
            "the grill is smoking a lot, get the extraction going",
            "turn_on",
            "Extraction Canopy@Kitchen",
        ),
        act(PLAIN, "turn on the fan in the toilets", "turn_on", "Toilet Extractor@Toilets"),
        act(PLAIN, "put the terrace awning out", "open", "Terrace Awning@Terrace"),
        act(UNITS, "terrace awning to 75 percent", "position", "Terrace Awning@Terrace", value=75),
        act(MISHEARD, "turn on the festival lights on the terrace", "turn_on", "Terrace Festoon@Terrace"),
        act(MISHEARD, "turn of the lights in the kitchen", "turn_off", "Kitchen Lights@Kitchen"),
        act(PLAIN, "lock the stockroom door", "lock", "Back Door@Stockroom"),
        act(PLAIN, "turn on the stockroom light", "turn_on", "Stockroom Light@Stockroom"),
        act(
            PLAIN,
            "turn off the lights behind the counter and in the kitchen",
            "turn_off",
            "Counter Spots@Counter",
            "Kitchen Lights@Kitchen",
        ),
        act(
            PLAIN,
            "turn off every light but the kitchen ones",
            "turn_off",
            *_CAFE_LIGHTS,
            kind=TRAP,
            but=("Kitchen Lights@Kitchen",),
        ),
        ask(PLAIN, "unlock the shop door", "Shop Door@Shop Floor"),
        ask(POLITE, "could you let me in the front, please", "Shop Door@Shop Floor"),
        answer(PLAIN, "what temperature is the display fridge", "Display Fridge Temperature@Counter", "3.8"),
        answer(PLAIN, "how cold is the walk-in", "Walk-in Cooler@Stockroom", "4"),
        answer(
            PLAIN,
            "has the dishwasher finished",
            "Dishwasher@Kitchen",
            "yes",
            "finished",
            "done",
            "not",
            "off",
        ),
        answer(TERSE, "shop door locked?", "Shop Door@Shop Floor", *_LOCKED),
        answer(PLAIN, "is the music amp on", "Music Amp@Shop Floor", *_ON),
        clarify(UNITS, "set the walk-in cooler to 15 degrees"),
        clarify(PLAIN, "turn on the oven"),
        clarify(PLAIN, "turn on the light in the toilets"),
        clarify(PLAIN, "open the blinds on the shop floor"),
        nothing(PLAIN, "table six wants the bill"),
        nothing(PLAIN, "the grinder is getting blunt", kind=TRAP),
    ],
)


_BOAT_LIGHTS = (
    "Front Cabin Lights@Front Cabin",
    "Galley Lights@Galley",
    "Shower Room Light@Shower Room",
    "Back Cabin Lamp@Back Cabin",
    "Tunnel Light@Bow",
    "Stern Light@Stern",
)

NARROWBOAT = TrustHome(
    Home(
        "g_narrowboat",
        (
            Device("Front Cabin Lights", "light", "Front Cabin", features=_DIM, state="OFF"),
            Device("Galley Lights", "light", "Galley", state="ON"),
            Device("Shower Room Light", "light", "Shower Room", state="OFF"),
            Device("Back Cabin Lamp", "light", "Back Cabin", features=_DIM, state="OFF"),
            Device("Tunnel Light", "light", "Bow", state="OFF"),
            Device("Stern Light", "light", "Stern", state="ON"),
            Device("Calorifier", "switch", "Engine Room", state="OFF"),
            Device("Inverter", "switch", "Engine Room", state="ON"),
            Device("Bow Thruster Isolator", "switch", "Bow", state="OFF"),
            Device("Webasto", "climate", "Front Cabin"),
            Device("Stove Flue Temperature", "sensor", "Front Cabin", "temperature", state="210"),
            Device("Pigeon Box Vent", "cover", "Galley", "window", _POSITION, "closed"),
            Device("Shower Extractor", "fan", "Shower Room", state="OFF"),
            Device("Meaco Dehumidifier", "humidifier", "Back Cabin", state="OFF"),
            Device("Front Doors", "lock", "Cratch", state="UNLOCKED"),
            Device("Rear Doors", "lock", "Stern", state="LOCKED"),
            Device("Battery Bank SOC", "sensor", "Engine Room", "battery", state="71"),
            Device("Solar Yield", "sensor", "Engine Room", "power", state="340", unit="W"),
            Device("Fresh Water Level", "sensor", "Galley", state="55", unit="%"),
            Device("CO Alarm", "binary_sensor", "Back Cabin", "carbon_monoxide", state="OFF"),
        ),
    ),
    here="",
    discovery={"Webasto@Front Cabin": _celsius(5, 30)},
    states={"Webasto@Front Cabin": {"current_temperature": 14, "target_temperature": 18}},
)

_NARROWBOAT = _in(
    NARROWBOAT,
    [
        act(PLAIN, "turn on the front cabin lights", "turn_on", "Front Cabin Lights@Front Cabin"),
        act(
            UNITS,
            "dim the front cabin lights to 35 percent",
            "brightness",
            "Front Cabin Lights@Front Cabin",
            value=35,
        ),
        act(TERSE, "tunnel light on", "turn_on", "Tunnel Light@Bow"),
        act(INDIRECT, "we're about to go into Harecastle tunnel", "turn_on", "Tunnel Light@Bow"),
        act(MISHEARD, "turn on the funnel light", "turn_on", "Tunnel Light@Bow"),
        act(MISHEARD, "turn of the stern light", "turn_off", "Stern Light@Stern"),
        act(PLAIN, "switch on the calorifier", "turn_on", "Calorifier@Engine Room"),
        act(INDIRECT, "I want a hot shower later, heat the water up", "turn_on", "Calorifier@Engine Room"),
        act(PLAIN, "turn off the inverter", "turn_off", "Inverter@Engine Room"),
        act(PLAIN, "turn on the bow thruster", "turn_on", "Bow Thruster Isolator@Bow"),
        act(
            POLITE,
            "could you turn the webasto up to 20 please",
            "target_temperature",
            "Webasto@Front Cabin",
            value=20,
        ),
        act(UNITS, "set the webasto to 22 degrees", "target_temperature", "Webasto@Front Cabin", value=22),
        act(MISHEARD, "set the web aster to 19", "target_temperature", "Webasto@Front Cabin", value=19),
        act(PLAIN, "open the pigeon box", "open", "Pigeon Box Vent@Galley"),
        act(UNITS, "open the pigeon box vent to 40 percent", "position", "Pigeon Box Vent@Galley", value=40),
        act(TERSE, "shower fan on", "turn_on", "Shower Extractor@Shower Room"),
        act(PLAIN, "turn on the dehumidifier in the back cabin", "turn_on", "Meaco Dehumidifier@Back Cabin"),
        act(
            INDIRECT,
            "there's condensation all over the back cabin portholes",
            "turn_on",
            "Meaco Dehumidifier@Back Cabin",
        ),
        act(PLAIN, "lock the front doors", "lock", "Front Doors@Cratch"),
        act(PLAIN, "turn off the galley lights", "turn_off", "Galley Lights@Galley"),
        act(POLITE, "lamp on please", "turn_on", "Back Cabin Lamp@Back Cabin", here="Back Cabin"),
        act(INDIRECT, "we're moored up for the night, lights out everywhere", "turn_off", *_BOAT_LIGHTS),
        act(
            PLAIN,
            "turn on the lights in the front cabin and the shower room",
            "turn_on",
            "Front Cabin Lights@Front Cabin",
            "Shower Room Light@Shower Room",
        ),
        ask(PLAIN, "unlock the rear doors", "Rear Doors@Stern"),
        ask(POLITE, "would you unlock the back doors for me", "Rear Doors@Stern"),
        answer(PLAIN, "what's the state of charge on the batteries", "Battery Bank SOC@Engine Room", "71"),
        answer(PLAIN, "how much is the solar making", "Solar Yield@Engine Room", "340"),
        answer(PLAIN, "how much fresh water have we got", "Fresh Water Level@Galley", "55"),
        answer(PLAIN, "how hot is the stove flue", "Stove Flue Temperature@Front Cabin", "210"),
        answer(TERSE, "CO alarm?", "CO Alarm@Back Cabin", *_CLEAR),
        answer(PLAIN, "are the rear doors locked", "Rear Doors@Stern", *_LOCKED),
        clarify(UNITS, "set the webasto to 34 degrees"),
        clarify(PLAIN, "turn on the bilge pump"),
        clarify(PLAIN, "turn on the light in the engine room"),
        nothing(PLAIN, "we need diesel at the next marina"),
        nothing(PLAIN, "the inverter beeped when the kettle went on", kind=TRAP),
    ],
)


HOMES: dict[str, TrustHome] = {
    h.name: h for h in (DENTAL, COWORK, LIVERY, ESPHOME, TUYA, HIGHRISE, BNB, DUTCH, CAFE, NARROWBOAT)
}

CASES: list[UnseenCase] = [
    *_DENTAL,
    *_COWORK,
    *_LIVERY,
    *_ESPHOME,
    *_TUYA,
    *_HIGHRISE,
    *_BNB,
    *_DUTCH,
    *_CAFE,
    *_NARROWBOAT,
]
