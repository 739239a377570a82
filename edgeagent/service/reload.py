"""A new configuration applied to the running daemon (SIGHUP, on the upkeep thread).

The file is read again with the same command-line overrides. An invalid one is logged and the
running configuration kept. What changed is rebuilt where that is possible live, and swapped in
between turns:
- intents, intent, security: a new understanding, built first (if building it fails, nothing has
  changed) and handed to the responder for the next turn;
- devices: the configured devices replaced in the catalog (the catalog tells the upkeep, which
  re-primes the language model after this reload);
- wake: the threshold; feedback: the sounds and the chime time the listener skips; log: the level.
Everything else is named in the log as needing a restart.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass

from edgeagent.catalog.config_devices import entities_from_config
from edgeagent.catalog.model import Catalog
from edgeagent.config import Config
from edgeagent.errors import ConfigError
from edgeagent.intent.responder import ActingResponder
from edgeagent.intent.understand import Understanding
from edgeagent.pipeline.runner import Engines

logger = logging.getLogger(__name__)

LIVE_SECTIONS = frozenset({"devices", "intents", "intent", "security", "wake", "feedback", "log"})


@dataclass(frozen=True)
class Running:
    """What a reload changes in place, and how the daemon rebuilds what it cannot change in place."""

    engines: Engines
    responder: ActingResponder
    catalog: Catalog
    understanding: Callable[[Config, Understanding], Understanding]  # (new config, the one running)
    feedback: Callable[[Config], None]  # the feedback sounds and the listening chime, from a config


class Reloader:
    def __init__(self, config: Config, reread: Callable[[], Config], running: Running) -> None:
        self._config = config
        self._reread = reread  # the config file again, with the same command-line overrides
        self._running = running

    @property
    def config(self) -> Config:
        """The configuration in force."""
        return self._config

    def reload(self) -> None:
        try:
            new = self._reread()
        except ConfigError as exc:
            logger.error("reload: %s; keeping the running configuration", exc)
            return
        old, running = self._config, self._running
        changed = {f.name for f in dataclasses.fields(Config) if getattr(new, f.name) != getattr(old, f.name)}
        if changed & {"intents", "intent", "security"}:  # built first: if it fails, nothing has changed
            running.responder.use(running.understanding(new, running.responder.understanding))
        self._config = new
        if "devices" in changed:
            running.catalog.replace_source("config", "config:", entities_from_config(new.devices))
        if "wake" in changed:
            running.engines.wake.set_threshold(new.wake.threshold)
        if "feedback" in changed:
            running.feedback(new)
        if "log" in changed:
            logging.getLogger().setLevel(new.log.level)
        _log_reload(old, new, changed)


def _log_reload(old: Config, new: Config, changed: set[str]) -> None:
    needs_restart = sorted(changed - LIVE_SECTIONS)
    if "wake" in changed and old.wake.models != new.wake.models:
        needs_restart.append("wake.models")
    logger.info(
        "reloaded: %s changed%s",
        ", ".join(sorted(changed)) or "nothing",
        f"; restart to apply {', '.join(needs_restart)}" if needs_restart else "",
    )
