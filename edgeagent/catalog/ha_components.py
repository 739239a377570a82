"""Per-component command and state mapping for Home Assistant MQTT discovery.

Each builder takes an expanded discovery config and returns the operations the
entity accepts (topic + payload, with that component's defaults) and the state
topics to track. Operations are percentages, kelvin and degrees as voice gives
them; the builders convert to what the device expects (brightness_scale,
mireds, speed ranges, position ranges).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from edgeagent.catalog import templates
from edgeagent.catalog.model import Command, Limit, Render, StateReader

Built = tuple[dict[str, Command], tuple[StateReader, ...]]


def _topic(config: dict[str, Any], key: str) -> str | None:
    value = config.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value or "+" in value or "#" in value:
        raise ValueError(f"{key} must be a topic name, got {value!r}")
    return value


def _payload(config: dict[str, Any], key: str, default: str) -> str | None:
    value = config.get(key, default)
    return None if value is None else str(value)


def _const(payload: str) -> Render:
    return lambda _value: payload


def _number(config: dict[str, Any], key: str, default: float) -> float:
    value = config.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key} must be a number, got {value!r}")
    return float(value)


def _percent_to(low: float, high: float, template: str | None = None) -> Render:
    return lambda pct: templates.render_command(template, round(low + (high - low) * float(pct) / 100))


def _retain(config: dict[str, Any]) -> bool:
    return bool(config.get("retain", False))


def _on_off(config: dict[str, Any], on: str = "turn_on", off: str = "turn_off") -> dict[str, Command]:
    topic = _topic(config, "command_topic")
    if topic is None:
        return {}
    commands = {}
    for operation, key, default in ((on, "payload_on", "ON"), (off, "payload_off", "OFF")):
        payload = _payload(config, key, default)
        if payload is not None:
            commands[operation] = Command(
                topic,
                _const(templates.render_command(config.get("command_template"), payload)),
                _retain(config),
            )
    return commands


def _state(
    config: dict[str, Any],
    key: str,
    parse: Callable[[Any], dict[str, Any]],
    template_key: str = "value_template",
) -> tuple[StateReader, ...]:
    topic = _topic(config, key)
    if topic is None:
        return ()
    template = config.get(template_key) or config.get("value_template")
    if template is not None and not isinstance(template, str):
        raise ValueError(f"{template_key} must be a template string, got {template!r}")
    return (StateReader(topic, lambda payload: parse(templates.read_value(template, payload))),)


_OPEN_CLOSE_STOP = (
    ("open", "payload_open", "OPEN"),
    ("close", "payload_close", "CLOSE"),
    ("stop", "payload_stop", "STOP"),
)


def _payloads(config: dict[str, Any], table: tuple[tuple[str, str, str], ...]) -> dict[str, Command]:
    """Operations sent as fixed payloads on `command_topic`; a payload set to null disables its operation."""
    topic = _topic(config, "command_topic")
    if topic is None:
        return {}
    return {
        operation: Command(topic, _const(payload))
        for operation, key, default in table
        if (payload := _payload(config, key, default)) is not None
    }


def _on_off_state(config: dict[str, Any]) -> Callable[[Any], dict[str, Any]]:
    on = str(config.get("state_on", config.get("payload_on", "ON")))
    off = str(config.get("state_off", config.get("payload_off", "OFF")))

    def parse(value: Any) -> dict[str, Any]:
        text = str(value)
        return {"state": "on"} if text == on else {"state": "off"} if text == off else {"state": text.lower()}

    return parse


def _raw_value(key: str) -> Callable[[Any], dict[str, Any]]:
    return lambda value: {key: value}


def light(config: dict[str, Any]) -> Built:
    if config.get("schema") == "json":
        return _json_light(config)
    commands = _on_off(config)
    scale = _number(config, "brightness_scale", 255)
    if topic := _topic(config, "brightness_command_topic"):
        commands["brightness"] = Command(
            topic, _percent_to(0, scale, config.get("brightness_command_template"))
        )
    if topic := _topic(config, "color_temp_command_topic"):
        kelvin = bool(config.get("color_temp_kelvin", False))
        commands["color_temp"] = Command(topic, lambda k: str(round(k if kelvin else 1_000_000 / k)))
    if topic := _topic(config, "rgb_command_topic"):
        commands["color"] = Command(topic, lambda rgb: ",".join(str(c) for c in rgb))
    states = _state(config, "state_topic", _on_off_state(config), "state_value_template")
    states += _state(
        config,
        "brightness_state_topic",
        lambda v: {"brightness": _pct(v, scale)},
        "brightness_value_template",
    )
    return commands, states


def _json_light(config: dict[str, Any]) -> Built:
    topic = _topic(config, "command_topic")
    if topic is None:
        raise ValueError("command_topic is required for a JSON light")
    scale = _number(config, "brightness_scale", 255)
    modes = config.get("supported_color_modes") or []

    def body(extra: dict[str, Any]) -> Render:
        def render(value: Any) -> str:
            fields = {key: (field(value) if callable(field) else field) for key, field in extra.items()}
            return json.dumps({"state": "ON", **fields})

        return render

    commands = {
        "turn_on": Command(topic, body({})),
        "turn_off": Command(topic, lambda _v: json.dumps({"state": "OFF"})),
    }
    if config.get("brightness") or any(m != "onoff" for m in modes):
        commands["brightness"] = Command(topic, body({"brightness": lambda pct: round(scale * pct / 100)}))
    if {"rgb", "rgbw", "rgbww", "hs", "xy"} & set(modes):
        commands["color"] = Command(topic, body({"color": lambda rgb: dict(zip("rgb", rgb, strict=True))}))
    if "color_temp" in modes:
        kelvin = bool(config.get("color_temp_kelvin", False))
        commands["color_temp"] = Command(
            topic, body({"color_temp": lambda k: round(k if kelvin else 1_000_000 / k)})
        )
    states = _state(config, "state_topic", lambda v: _json_light_state(v, scale))
    return commands, states


def _json_light_state(value: Any, scale: float) -> dict[str, Any]:
    data = value if isinstance(value, dict) else templates.json_or_empty(value)
    state: dict[str, Any] = {}
    if "state" in data:
        state["state"] = str(data["state"]).lower()
    if isinstance(data.get("brightness"), int | float):
        state["brightness"] = _pct(data["brightness"], scale)
    return state


def _pct(value: Any, scale: float) -> int | None:
    try:
        return round(float(value) * 100 / scale)
    except (TypeError, ValueError):
        return None


def switch(config: dict[str, Any]) -> Built:
    return _on_off(config), _state(config, "state_topic", _on_off_state(config))


def fan(config: dict[str, Any]) -> Built:
    commands = _on_off(config)
    if topic := _topic(config, "percentage_command_topic"):
        low = _number(config, "speed_range_min", 1)
        high = _number(config, "speed_range_max", 100)
        commands["percentage"] = Command(topic, _percent_to(low - 1 if low > 0 else 0, high))
    return commands, _state(config, "state_topic", _on_off_state(config))


def cover(config: dict[str, Any]) -> Built:
    commands = _payloads(config, _OPEN_CLOSE_STOP)
    if topic := _topic(config, "set_position_topic"):
        closed, opened = _number(config, "position_closed", 0), _number(config, "position_open", 100)
        commands["position"] = Command(topic, _percent_to(closed, opened))
    states = _state(config, "state_topic", lambda v: {"state": str(v).lower()})
    states += _state(config, "position_topic", _raw_value("position"), "position_template")
    return commands, states


def valve(config: dict[str, Any]) -> Built:
    topic = _topic(config, "command_topic")
    commands: dict[str, Command] = {}
    if topic and config.get("reports_position"):
        commands["position"] = Command(
            topic, _percent_to(_number(config, "position_closed", 0), _number(config, "position_open", 100))
        )
        commands["open"] = Command(topic, _const(str(round(_number(config, "position_open", 100)))))
        commands["close"] = Command(topic, _const(str(round(_number(config, "position_closed", 0)))))
    elif topic:
        commands = _payloads(config, _OPEN_CLOSE_STOP)
    return commands, _state(config, "state_topic", lambda v: {"state": str(v).lower()})


def climate(config: dict[str, Any]) -> Built:
    commands: dict[str, Command] = {}
    if topic := _topic(config, "temperature_command_topic"):
        commands["target_temperature"] = Command(topic, lambda degrees: _format_number(degrees))
    if (topic := _topic(config, "mode_command_topic")) is not None:
        modes = config.get("modes") or ["auto", "off", "cool", "heat", "dry", "fan_only"]
        if "off" in modes:
            commands["turn_off"] = Command(topic, _const("off"))
        on_mode = next((m for m in ("heat", "auto", "cool") if m in modes), None)
        if on_mode:
            commands["turn_on"] = Command(topic, _const(on_mode))
    states = _state(
        config, "current_temperature_topic", _raw_value("current_temperature"), "current_temperature_template"
    )
    states += _state(config, "temperature_state_topic", _raw_value("target_temperature"))
    return commands, states


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{float(value):.1f}"


def lock(config: dict[str, Any]) -> Built:
    commands: dict[str, Command] = {}
    if topic := _topic(config, "command_topic"):
        commands["lock"] = Command(topic, _const(str(config.get("payload_lock", "LOCK"))))
        commands["unlock"] = Command(topic, _const(str(config.get("payload_unlock", "UNLOCK"))))
    locked, unlocked = (
        str(config.get("state_locked", "LOCKED")),
        str(config.get("state_unlocked", "UNLOCKED")),
    )

    def parse(value: Any) -> dict[str, Any]:
        text = str(value)
        return {"state": "locked" if text == locked else "unlocked" if text == unlocked else text.lower()}

    return commands, _state(config, "state_topic", parse)


def vacuum(config: dict[str, Any]) -> Built:
    table = (
        ("start", "payload_start", "start"),
        ("dock", "payload_return_to_base", "return_to_base"),
        ("stop", "payload_stop", "stop"),
    )
    return _payloads(config, table), _state(
        config, "state_topic", lambda v: {"state": str((templates.json_or_empty(v) or {}).get("state", v))}
    )


def lawn_mower(config: dict[str, Any]) -> Built:
    commands: dict[str, Command] = {}
    for operation, key, payload in (
        ("start", "start_mowing_command_topic", "start_mowing"),
        ("dock", "dock_command_topic", "dock"),
        ("pause", "pause_command_topic", "pause"),
    ):
        if topic := _topic(config, key):
            commands[operation] = Command(topic, _const(payload))
    return commands, _state(config, "activity_state_topic", lambda v: {"state": str(v).lower()})


def scene(config: dict[str, Any]) -> Built:
    topic = _topic(config, "command_topic")
    return ({"activate": Command(topic, _const(str(config.get("payload_on", "ON"))))} if topic else {}), ()


def button(config: dict[str, Any]) -> Built:
    topic = _topic(config, "command_topic")
    return (
        {"activate": Command(topic, _const(str(config.get("payload_press", "PRESS"))))} if topic else {}
    ), ()


def number(config: dict[str, Any]) -> Built:
    topic = _topic(config, "command_topic")
    commands = {"value": Command(topic, lambda v: _format_number(v))} if topic else {}
    return commands, _state(config, "state_topic", _raw_value("value"))


def select(config: dict[str, Any]) -> Built:
    topic = _topic(config, "command_topic")
    commands = {"option": Command(topic, lambda option: str(option))} if topic else {}
    return commands, _state(config, "state_topic", _raw_value("option"))


def humidifier(config: dict[str, Any]) -> Built:
    commands = _on_off(config)
    if topic := _topic(config, "target_humidity_command_topic"):
        commands["humidity"] = Command(topic, lambda pct: str(round(pct)))
    return commands, _state(config, "state_topic", _on_off_state(config))


def sensor(config: dict[str, Any]) -> Built:
    return {}, _state(config, "state_topic", _raw_value("state"))


def binary_sensor(config: dict[str, Any]) -> Built:
    return {}, _state(config, "state_topic", _on_off_state(config))


# Home Assistant's defaults where discovery gives no limits (climate: 7-35 °C, 44.6-95 °F).
_DEFAULT_TEMPERATURES = {"C": (7.0, 35.0), "F": (44.6, 95.0)}


def limits(component: str, config: dict[str, Any]) -> tuple[Limit, ...]:
    """The values a device accepts, from its discovery config (Home Assistant's defaults where absent)."""
    if component == "climate":
        unit = str(config.get("temperature_unit") or "C").upper().lstrip("°")
        low, high = _DEFAULT_TEMPERATURES.get(unit, _DEFAULT_TEMPERATURES["C"])
        return (
            Limit(
                "target_temperature",
                _number(config, "min_temp", low),
                _number(config, "max_temp", high),
                unit if unit in _DEFAULT_TEMPERATURES else "C",
            ),
        )
    if component == "humidifier":
        return (
            Limit("humidity", _number(config, "min_humidity", 0), _number(config, "max_humidity", 100), "%"),
        )
    return ()


BUILDERS: dict[str, Callable[[dict[str, Any]], Built]] = {
    "light": light,
    "switch": switch,
    "fan": fan,
    "cover": cover,
    "valve": valve,
    "climate": climate,
    "lock": lock,
    "vacuum": vacuum,
    "lawn_mower": lawn_mower,
    "scene": scene,
    "button": button,
    "number": number,
    "select": select,
    "humidifier": humidifier,
    "sensor": sensor,
    "binary_sensor": binary_sensor,
}
