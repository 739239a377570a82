"""PortAudio (sounddevice) access shared by the microphone and the speaker."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from edgeagent.errors import AudioError

logger = logging.getLogger(__name__)


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


class PortAudioOwner:
    """The one owner of PortAudio's device list, shared by the microphone and the speaker.

    PortAudio reads its device list once, at initialisation; finding a re-plugged
    microphone means terminating and initialising it again, which would pull the
    rug from under any open stream. So streams are opened and closed through here,
    and a rescan happens only when none is open: idle output streams are asked to
    close first (they reopen on their next write); a busy one makes the rescan wait
    for the next retry.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._open_streams = 0
        self._releasers: list[Callable[[], bool]] = []

    @contextmanager
    def opening(self) -> Iterator[None]:
        """Hold while creating a stream: no rescan can start meanwhile. Call `opened()` once it exists."""
        with self._lock:
            yield

    def opened(self) -> None:
        with self._lock:
            self._open_streams += 1

    def closed(self) -> None:
        with self._lock:
            self._open_streams = max(0, self._open_streams - 1)

    def release_when_rescanning(self, release_if_idle: Callable[[], bool]) -> None:
        """`release_if_idle` closes an idle stream (True) or says it is busy (False)."""
        with self._lock:
            self._releasers.append(release_if_idle)

    def rescan(self, sd: Any) -> bool:
        """Re-read the device list if no stream is open (after asking idle ones to close)."""
        with self._lock:
            for release in self._releasers:
                release()
            if self._open_streams:
                logger.debug("PortAudio rescan postponed: %d stream(s) open", self._open_streams)
                return False
            try:
                sd._terminate()
                sd._initialize()
            except Exception as exc:  # PortAudioError: keep the old list, the next retry tries again
                logger.debug("PortAudio rescan failed: %s", exc)
                return False
            return True


PORTAUDIO = PortAudioOwner()
