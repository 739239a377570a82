"""Home Assistant MQTT discovery abbreviations for the keys edgeagent reads.

Discovery payloads may use short keys (`cmd_t` for `command_topic`); the full
list is in Home Assistant's MQTT documentation. Keys not listed here are kept
as they are (edgeagent does not use them).
"""

from __future__ import annotations

from typing import Any

ENTITY_KEYS = {
    "act_t": "action_topic",
    "act_tpl": "action_template",
    "bri_cmd_t": "brightness_command_topic",
    "bri_cmd_tpl": "brightness_command_template",
    "bri_scl": "brightness_scale",
    "bri_stat_t": "brightness_state_topic",
    "bri_val_tpl": "brightness_value_template",
    "clr_temp_cmd_t": "color_temp_command_topic",
    "clr_temp_k": "color_temp_kelvin",
    "clr_temp_stat_t": "color_temp_state_topic",
    "cmd_t": "command_topic",
    "cmd_tpl": "command_template",
    "cmps": "components",
    "curr_temp_t": "current_temperature_topic",
    "curr_temp_tpl": "current_temperature_template",
    "dev": "device",
    "dev_cla": "device_class",
    "def_ent_id": "default_entity_id",
    "dock_cmd_t": "dock_command_topic",
    "json_attr_t": "json_attributes_topic",
    "max_temp": "max_temp",
    "min_temp": "min_temp",
    "mode_cmd_t": "mode_command_topic",
    "mode_stat_t": "mode_state_topic",
    "modes": "modes",
    "obj_id": "object_id",
    "opt": "optimistic",
    "ops": "options",
    "p": "platform",
    "pause_cmd_t": "pause_command_topic",
    "pct_cmd_t": "percentage_command_topic",
    "pct_stat_t": "percentage_state_topic",
    "pl_cls": "payload_close",
    "pl_lock": "payload_lock",
    "pl_off": "payload_off",
    "pl_on": "payload_on",
    "pl_open": "payload_open",
    "pl_prs": "payload_press",
    "pl_ret": "payload_return_to_base",
    "pl_strt": "payload_start",
    "pl_stop": "payload_stop",
    "pl_unlk": "payload_unlock",
    "pos_clsd": "position_closed",
    "pos_open": "position_open",
    "pos_t": "position_topic",
    "pos_tpl": "position_template",
    "qos": "qos",
    "ret": "retain",
    "rgb_cmd_t": "rgb_command_topic",
    "rgb_stat_t": "rgb_state_topic",
    "set_pos_t": "set_position_topic",
    "spd_rng_max": "speed_range_max",
    "spd_rng_min": "speed_range_min",
    "start_mowing_cmd_t": "start_mowing_command_topic",
    "stat_cla": "state_class",
    "stat_clsd": "state_closed",
    "stat_locked": "state_locked",
    "stat_off": "state_off",
    "stat_on": "state_on",
    "stat_open": "state_open",
    "stat_t": "state_topic",
    "stat_tpl": "state_template",
    "stat_unlocked": "state_unlocked",
    "stat_val_tpl": "state_value_template",
    "sug_area": "suggested_area",
    "sup_clrm": "supported_color_modes",
    "sup_feat": "supported_features",
    "targ_hum_cmd_t": "target_humidity_command_topic",
    "temp_cmd_t": "temperature_command_topic",
    "temp_stat_t": "temperature_state_topic",
    "temp_unit": "temperature_unit",
    "uniq_id": "unique_id",
    "unit_of_meas": "unit_of_measurement",
    "val_tpl": "value_template",
}

DEVICE_KEYS = {
    "cns": "connections",
    "ids": "identifiers",
    "mf": "manufacturer",
    "mdl": "model",
    "name": "name",
    "sa": "suggested_area",
    "sw": "sw_version",
    "via_device": "via_device",
}


def expand(payload: dict[str, Any]) -> dict[str, Any]:
    """Full key names, for the entity and its `device`; `~` left for `resolve_base`."""
    config = {ENTITY_KEYS.get(key, key): value for key, value in payload.items()}
    device = config.get("device")
    if isinstance(device, dict):
        config["device"] = {DEVICE_KEYS.get(key, key): value for key, value in device.items()}
    return config


def resolve_base(config: dict[str, Any]) -> dict[str, Any]:
    """Replace `~` at the start or end of every topic value with the base topic."""
    base = config.get("~")
    if not isinstance(base, str):
        return config
    resolved = dict(config)
    for key, value in config.items():
        if not (isinstance(value, str) and key.endswith("topic")):
            continue
        if value.startswith("~"):
            resolved[key] = base + value[1:]
        elif value.endswith("~"):
            resolved[key] = value[:-1] + base
    return resolved
