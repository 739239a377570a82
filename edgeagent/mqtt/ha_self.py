"""Home Assistant discovery of the assistant itself (device-based discovery).

One device with: state and last-transcript sensors, a mute switch, a "say"
text entity, a "listen" button, and the wake-word threshold and the volume as numbers.
"""

from __future__ import annotations

from typing import Any

from edgeagent import __version__


def device_id(site: str) -> str:
    return f"edgeagent_{site}".replace("-", "_").replace(".", "_")


def discovery(site: str, base: str, prefix: str = "homeassistant") -> tuple[str, dict[str, Any]]:
    ident = device_id(site)

    def component(platform: str, key: str, name: str, **options: Any) -> dict[str, Any]:
        return {"p": platform, "name": name, "uniq_id": f"{ident}_{key}", **options}

    components = {
        "state": component("sensor", "state", "State", stat_t=f"{base}/state", ic="mdi:account-voice"),
        "transcript": component(
            "sensor",
            "transcript",
            "Last transcript",
            stat_t=f"{base}/event/transcript",
            val_tpl="{{ value_json.text }}",
        ),
        "mute": component("switch", "mute", "Mute", cmd_t=f"{base}/mute/set", stat_t=f"{base}/mute"),
        "say": component("text", "say", "Say", cmd_t=f"{base}/say", max=255),
        "listen": component("button", "listen", "Listen", cmd_t=f"{base}/listen"),
        "wake_threshold": component(
            "number",
            "wake_threshold",
            "Wake word threshold",
            cmd_t=f"{base}/wake_threshold/set",
            stat_t=f"{base}/wake_threshold",
            min=0.5,
            max=1.0,
            step=0.01,
            mode="slider",
        ),
        "volume": component(
            "number",
            "volume",
            "Volume",
            cmd_t=f"{base}/volume/set",
            stat_t=f"{base}/volume",
            min=0,
            max=100,
            step=1,
            unit_of_meas="%",
            mode="slider",
        ),
    }
    payload = {
        "dev": {"ids": [ident], "name": f"edgeagent {site}", "mf": "edgeagent", "sw": __version__},
        "o": {"name": "edgeagent", "sw": __version__},
        "avty_t": f"{base}/availability",
        "cmps": components,
    }
    return f"{prefix}/device/{ident}/config", payload
