"""A Zigbee2MQTT `bridge/devices` list in the shape Zigbee2MQTT publishes it."""

from __future__ import annotations

from typing import Any


def light(name: str, *, color: bool = True) -> dict[str, Any]:
    features: list[dict[str, Any]] = [
        {
            "type": "binary",
            "name": "state",
            "property": "state",
            "access": 7,
            "value_on": "ON",
            "value_off": "OFF",
            "value_toggle": "TOGGLE",
        },
        {
            "type": "numeric",
            "name": "brightness",
            "property": "brightness",
            "access": 7,
            "value_min": 0,
            "value_max": 254,
        },
        {"type": "numeric", "name": "color_temp", "property": "color_temp", "access": 7, "unit": "mired"},
    ]
    if color:
        features.append({"type": "composite", "name": "color_xy", "property": "color", "access": 7})
    return _device(name, [{"type": "light", "features": features}])


def cover(name: str) -> dict[str, Any]:
    return _device(
        name,
        [
            {
                "type": "cover",
                "features": [
                    {
                        "type": "enum",
                        "name": "state",
                        "property": "state",
                        "access": 3,
                        "values": ["OPEN", "CLOSE", "STOP"],
                    },
                    {
                        "type": "numeric",
                        "name": "position",
                        "property": "position",
                        "access": 7,
                        "value_min": 0,
                        "value_max": 100,
                    },
                ],
            }
        ],
    )


def thermometer(name: str) -> dict[str, Any]:
    return _device(
        name,
        [
            {"type": "numeric", "name": "temperature", "property": "temperature", "access": 1, "unit": "°C"},
            {"type": "numeric", "name": "humidity", "property": "humidity", "access": 1, "unit": "%"},
        ],
    )


def plug(name: str) -> dict[str, Any]:
    return _device(
        name,
        [
            {
                "type": "switch",
                "features": [
                    {
                        "type": "binary",
                        "name": "state",
                        "property": "state",
                        "access": 7,
                        "value_on": "ON",
                        "value_off": "OFF",
                    },
                ],
            }
        ],
    )


def coordinator() -> dict[str, Any]:
    return {"friendly_name": "Coordinator", "type": "Coordinator", "ieee_address": "0x00", "definition": None}


def _device(name: str, exposes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "friendly_name": name,
        "type": "Router",
        "ieee_address": f"0x{abs(hash(name)):016x}",
        "supported": True,
        "disabled": False,
        "definition": {"model": "X", "vendor": "Y", "description": "test device", "exposes": exposes},
    }
