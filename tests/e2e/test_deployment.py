"""The deployment files: the systemd unit verifies, the Pi install script works in a scratch root."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from edgeagent.config import load_config

pytestmark = pytest.mark.e2e
REPO = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def scratch_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """deploy/install-pi.sh --with-mosquitto into a temporary root (no apt, no systemctl, no new users)."""
    root = tmp_path_factory.mktemp("piroot")
    env = {**os.environ, "ROOT": str(root), "SKIP_APT": "1", "SKIP_SYSTEM": "1", "PIP_ARGS": "--no-deps"}
    subprocess.run(
        ["bash", "deploy/install-pi.sh", "--with-mosquitto"], cwd=REPO, env=env, check=True, timeout=600
    )
    return root


def test_the_install_lays_out_venv_config_unit_and_broker(scratch_root: Path) -> None:
    assert (scratch_root / "opt/edgeagent/venv/bin/edgeagent").exists()
    assert (scratch_root / "etc/systemd/system/edgeagent.service").exists()
    assert "allow_anonymous false" in (scratch_root / "etc/mosquitto/conf.d/edgeagent.conf").read_text()
    secret = scratch_root / "etc/edgeagent/mqtt-password"
    assert oct(secret.stat().st_mode & 0o777) == "0o640" and len(secret.read_text().strip()) >= 20
    config = load_config(scratch_root / "etc/edgeagent/edgeagent.toml")
    assert (config.mqtt.host, config.mqtt.username) == ("127.0.0.1", "edgeagent")
    assert config.mqtt.password_file == "/etc/edgeagent/mqtt-password"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here")
def test_the_unit_verifies(scratch_root: Path, tmp_path: Path) -> None:
    unit = (scratch_root / "etc/systemd/system/edgeagent.service").read_text()
    assert "Type=notify" in unit and "WatchdogSec=" in unit and "NoNewPrivileges=yes" in unit
    # Point ExecStart at the scratch install so verify can check the binary exists.
    local = tmp_path / "edgeagent.service"
    local.write_text(unit.replace("/opt/edgeagent", str(scratch_root / "opt/edgeagent")))
    done = subprocess.run(
        ["systemd-analyze", "verify", str(local)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == ""
