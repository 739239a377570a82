"""What a person set survives a restart: mute, the wake threshold and the volume.

They change over MQTT (`mute/set`, `wake_threshold/set`, `volume/set`) or by voice
("set the volume to 40 %"). The `Keeper`, a background worker of the pipeline,
looks at them twice a second and writes a small JSON file when they changed (so
no turn or MQTT callback ever waits for a disk), then has the retained topics
republished. At start the daemon reads the file back. A missing file is the
defaults; a broken one is named in the log, set aside as `*.broken`, and the
defaults run.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class Kept:
    muted: bool = False
    wake_threshold: float = 0.0  # set over MQTT; 0 = the config's (the model's own when that is 0 too)
    volume_percent: int = 100


def default_path(configured: str) -> Path:
    """`conversation.state_file`, else systemd's $STATE_DIRECTORY, else ~/.local/state/edgeagent."""
    if configured:
        return Path(configured).expanduser()
    state_dir = os.environ.get("STATE_DIRECTORY", "").split(":")[0]
    folder = Path(state_dir) if state_dir else Path.home() / ".local" / "state" / "edgeagent"
    return folder / "state.json"


def load(path: Path) -> Kept:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Kept()
    except OSError as exc:
        logger.warning("cannot read %s (%s): starting from the defaults", path, exc.strerror)
        return Kept()
    try:
        return _parsed(json.loads(text))
    except (ValueError, TypeError) as exc:
        broken = path.with_suffix(path.suffix + ".broken")
        logger.warning("%s is not a saved state (%s): set aside as %s, defaults used", path, exc, broken)
        try:
            path.replace(broken)
        except OSError as move:
            logger.warning("could not set %s aside: %s", path, move.strerror)
        return Kept()


def _parsed(data: Any) -> Kept:
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    muted, threshold, volume = (
        data.get("muted", False),
        data.get("wake_threshold", 0.0),
        data.get("volume_percent", 100),
    )
    if not isinstance(muted, bool):
        raise ValueError("muted: expected true or false")
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
        raise ValueError("wake_threshold: expected a number from 0 to 1")
    if isinstance(volume, bool) or not isinstance(volume, int) or not 0 <= volume <= 100:
        raise ValueError("volume_percent: expected a whole number from 0 to 100")
    return Kept(muted, float(threshold), volume)


def save(path: Path, kept: Kept) -> bool:
    """Write atomically (a crash leaves the old file or the new one, never half of one)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("w", encoding="utf-8") as out:
            out.write(json.dumps(asdict(kept)) + "\n")
            out.flush()
            os.fsync(out.fileno())  # a power cut leaves the old file or the new one, never an empty one
        temporary.replace(path)
    except OSError as exc:
        logger.warning("cannot save the settings to %s (%s): they last until the restart", path, exc.strerror)
        return False
    return True


class Keeper:
    """A pipeline worker: saves what `current()` reads whenever it changed, then calls `changed`."""

    name = "state"

    def __init__(
        self, path: Path, current: Callable[[], Kept], changed: Callable[[], None], *, saved: Kept
    ) -> None:
        self._path = path
        self._current = current
        self._changed = changed
        self._saved = saved
        self._closed = threading.Event()

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set() and not self._closed.wait(_POLL_SECONDS):
            self.check()
        self.check()  # a change made just before the end is kept too

    def check(self) -> None:
        try:
            now = self._current()
            if now == self._saved:
                return
            if save(self._path, now):
                logger.info("settings kept in %s: %s", self._path, now)
            self._saved = now
            self._changed()
        except Exception:  # keeping settings must never stop the assistant
            logger.exception("keeping the settings failed; trying again")

    def close(self) -> None:
        self._closed.set()
