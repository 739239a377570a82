"""The state file: what a person set survives a restart; a broken file is set aside, never fatal."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from edgeagent.service import state
from edgeagent.service.state import Keeper, Kept


def test_saved_settings_read_back(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "state.json"
    assert state.save(path, Kept(muted=True, wake_threshold=0.8, volume_percent=40))
    assert state.load(path) == Kept(True, 0.8, 40)
    assert not list(tmp_path.rglob("*.tmp"))


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    assert state.load(tmp_path / "none.json") == Kept()


@pytest.mark.parametrize(
    "text",
    ["{not json", "[]", '{"muted": "yes"}', '{"wake_threshold": 3}', '{"volume_percent": 150}'],
)
def test_a_broken_file_is_set_aside_and_the_defaults_run(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "state.json"
    path.write_text(text)
    assert state.load(path) == Kept()
    assert (tmp_path / "state.json.broken").read_text() == text
    assert str(path) in caplog.text


def test_the_path_follows_the_config_then_systemd_then_home(monkeypatch: pytest.MonkeyPatch) -> None:
    assert state.default_path("/etc/x/s.json") == Path("/etc/x/s.json")
    monkeypatch.setenv("STATE_DIRECTORY", "/var/lib/edgeagent")
    assert state.default_path("") == Path("/var/lib/edgeagent/state.json")
    monkeypatch.delenv("STATE_DIRECTORY")
    assert state.default_path("") == Path.home() / ".local/state/edgeagent/state.json"


def test_the_keeper_saves_a_change_once_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    now = [Kept()]
    told: list[Kept] = []
    keeper = Keeper(path, lambda: now[0], lambda: told.append(now[0]), saved=Kept())
    keeper.check()
    assert not path.exists() and told == []
    now[0] = Kept(volume_percent=30)
    keeper.check()
    keeper.check()
    assert json.loads(path.read_text())["volume_percent"] == 30
    assert told == [Kept(volume_percent=30)]


def test_the_keeper_keeps_a_change_made_just_before_the_end(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    keeper = Keeper(path, lambda: Kept(muted=True), lambda: None, saved=Kept())
    stop = threading.Event()
    stop.set()
    keeper.run(stop)
    assert state.load(path).muted
