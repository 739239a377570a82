#!/usr/bin/env bash
# Install edgeagent as a service on 64-bit Raspberry Pi OS (Debian Bookworm, aarch64, Python 3.11).
# Run from a checkout as root: sudo deploy/install-pi.sh
# Puts a venv under /opt/edgeagent, the config under /etc/edgeagent, and enables the unit.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "run as root (sudo $0)" >&2; exit 1; }

apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv libportaudio2 libgomp1

id edgeagent >/dev/null 2>&1 || useradd --system --home /var/lib/edgeagent --shell /usr/sbin/nologin edgeagent
usermod -a -G audio edgeagent

install -d /opt/edgeagent
[ -x /opt/edgeagent/venv/bin/python ] || python3 -m venv /opt/edgeagent/venv
/opt/edgeagent/venv/bin/pip install --quiet --upgrade pip
/opt/edgeagent/venv/bin/pip install --quiet .
install -m 0644 README.md /opt/edgeagent/README.md

install -d -m 0755 /etc/edgeagent
[ -e /etc/edgeagent/edgeagent.toml ] || install -m 0644 deploy/edgeagent.example.toml /etc/edgeagent/edgeagent.toml
install -m 0644 systemd/edgeagent.service /etc/systemd/system/edgeagent.service
systemctl daemon-reload
systemctl enable --now edgeagent
echo "edgeagent installed; logs: journalctl -u edgeagent -f"
