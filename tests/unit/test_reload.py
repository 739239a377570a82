"""A reload applies what changed where it can change live, keeps everything on a bad file, and names
what needs a restart."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, cast

import pytest

from edgeagent.catalog.model import Catalog
from edgeagent.config import Config, DeviceSettings, FeedbackSettings, IntentRecognitionSettings, WakeSettings
from edgeagent.errors import ConfigError
from edgeagent.intent.responder import ActingResponder
from edgeagent.intent.understand import Understanding
from edgeagent.pipeline.runner import Engines
from edgeagent.service.reload import Reloader, Running


class Wake:
    def __init__(self) -> None:
        self.thresholds: list[float] = []

    def set_threshold(self, threshold: float) -> None:
        self.thresholds.append(threshold)


class Responder:
    def __init__(self) -> None:
        self.understanding = cast(Understanding, "understanding at start")
        self.used: list[Any] = []

    def use(self, understanding: Understanding) -> None:
        self.used.append(understanding)


@dataclasses.dataclass
class Daemon:
    """What a reload reaches: the running engines, responder and catalog, and the daemon's builders."""

    wake: Wake = dataclasses.field(default_factory=Wake)
    responder: Responder = dataclasses.field(default_factory=Responder)
    catalog: Catalog = dataclasses.field(default_factory=Catalog)
    built: list[tuple[Config, Understanding]] = dataclasses.field(default_factory=list)
    feedback: list[FeedbackSettings] = dataclasses.field(default_factory=list)

    def reloader(self, start: Config, reread: Any) -> Reloader:
        def understanding(new: Config, running: Understanding) -> Understanding:
            self.built.append((new, running))
            return cast(Understanding, "new understanding")

        engines = cast(Engines, dataclasses.make_dataclass("E", ["wake"])(self.wake))
        responder = cast(ActingResponder, self.responder)
        running = Running(
            engines, responder, self.catalog, understanding, lambda new: self.feedback.append(new.feedback)
        )
        return Reloader(start, reread, running)


def test_what_changed_is_applied_live_and_nothing_else_is_touched(caplog: pytest.LogCaptureFixture) -> None:
    daemon, start = Daemon(), Config()
    new = dataclasses.replace(
        start,
        wake=WakeSettings(threshold=0.7),
        feedback=FeedbackSettings(done=True),
        devices=(DeviceSettings(name="Desk fan", area="Office", command_topic="office/fan/set"),),
    )
    reloader = daemon.reloader(start, lambda: new)
    with caplog.at_level(logging.INFO):
        reloader.reload()
    assert daemon.wake.thresholds == [0.7]
    assert daemon.feedback == [FeedbackSettings(done=True)]
    assert [e.name for e in daemon.catalog.entities()] == ["Desk fan"]
    assert daemon.responder.used == []  # neither intents, intent nor security changed
    assert reloader.config is new
    assert "reloaded: devices, feedback, wake changed" in caplog.text


def test_a_new_understanding_is_built_from_the_running_one_and_used_from_the_next_turn() -> None:
    daemon, start = Daemon(), Config()
    new = dataclasses.replace(start, intent=IntentRecognitionSettings(area="Kitchen"))
    daemon.reloader(start, lambda: new).reload()
    assert daemon.built == [(new, cast(Understanding, "understanding at start"))]
    assert daemon.responder.used == ["new understanding"]


def test_a_bad_file_keeps_the_running_configuration(caplog: pytest.LogCaptureFixture) -> None:
    daemon, start = Daemon(), Config()

    def bad() -> Config:
        raise ConfigError("wake.threshold", "must be between 0 and 1")

    reloader = daemon.reloader(start, bad)
    reloader.reload()
    assert reloader.config is start
    assert daemon.wake.thresholds == [] and daemon.feedback == [] and daemon.responder.used == []
    assert "wake.threshold: must be between 0 and 1; keeping the running configuration" in caplog.text


def test_what_cannot_change_live_is_named_as_needing_a_restart(caplog: pytest.LogCaptureFixture) -> None:
    start = Config()
    new = dataclasses.replace(start, wake=WakeSettings(models=("hey_jarvis",)))
    with caplog.at_level(logging.INFO):
        Daemon().reloader(start, lambda: new).reload()
    assert "restart to apply wake.models" in caplog.text
