"""PortAudio (sounddevice) access shared by the microphone and the speaker."""

from __future__ import annotations

from typing import Any

from edgeagent.errors import AudioError


def device_arg(device: str) -> str | int | None:
    if not device:
        return None
    return int(device) if device.isdigit() else device


def import_sounddevice() -> Any:
    try:
        import sounddevice as sd
    except OSError as exc:  # the PortAudio library itself is missing
        raise AudioError(
            "portaudio_missing",
            f"PortAudio is not installed ({exc}); on Debian/Raspberry Pi OS: apt-get install libportaudio2",
        ) from exc
    return sd


def device_hint(direction: str, device: str | int | None, exc: Exception) -> str:
    name = "the default device" if device is None else f"device {device!r}"
    return (
        f"cannot open {direction} {name}: {exc}. "
        f"List devices with `python -m sounddevice`; set audio.{direction}_device, "
        f"or use --{direction} FILE.wav"
    )
