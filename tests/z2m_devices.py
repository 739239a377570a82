"""A Zigbee2MQTT `bridge/devices` list in the shape Zigbee2MQTT publishes it."""

from __future__ import annotations

from typing import Any


def _feature(kind: str, name: str, access: int = 7, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "name": name, "property": name, "access": access, **extra}


def _on_off(**extra: Any) -> dict[str, Any]:
    return _feature("binary", "state", value_on="ON", value_off="OFF", **extra)


def light(name: str, *, color: bool = True) -> dict[str, Any]:
    features = [
        _on_off(value_toggle="TOGGLE"),
        _feature("numeric", "brightness", value_min=0, value_max=254),
        _feature("numeric", "color_temp", unit="mired"),
    ]
    if color:
        features.append({**_feature("composite", "color_xy"), "property": "color"})
    return _device(name, [{"type": "light", "features": features}])


def cover(name: str) -> dict[str, Any]:
    features = [
        _feature("enum", "state", access=3, values=["OPEN", "CLOSE", "STOP"]),
        _feature("numeric", "position", value_min=0, value_max=100),
    ]
    return _device(name, [{"type": "cover", "features": features}])


def thermometer(name: str) -> dict[str, Any]:
    return _device(
        name,
        [
            _feature("numeric", "temperature", access=1, unit="°C"),
            _feature("numeric", "humidity", access=1, unit="%"),
        ],
    )


def plug(name: str) -> dict[str, Any]:
    return _device(name, [{"type": "switch", "features": [_on_off()]}])


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
