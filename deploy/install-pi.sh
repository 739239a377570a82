#!/usr/bin/env bash
# Install edgeagent as a service on 64-bit Raspberry Pi OS (Debian Bookworm, aarch64, Python 3.11).
#
#   sudo deploy/install-pi.sh [--with-mosquitto]
#
# Puts a venv under /opt/edgeagent, the config under /etc/edgeagent, and enables the unit.
# --with-mosquitto also installs a local broker with authentication and points edgeagent at it.
# For trying it out in a scratch root: ROOT=/tmp/pi SKIP_APT=1 SKIP_SYSTEM=1 deploy/install-pi.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROOT="${ROOT:-}"
WITH_MOSQUITTO=0
[ "${1:-}" = "--with-mosquitto" ] && WITH_MOSQUITTO=1
PIP_ARGS="${PIP_ARGS:-}"
run_system() { [ -n "${SKIP_SYSTEM:-}" ] || "$@"; }

if [ -z "$ROOT" ] && [ "$(id -u)" -ne 0 ]; then echo "run as root (sudo $0)" >&2; exit 1; fi

if [ -z "${SKIP_APT:-}" ]; then
  apt-get update -qq
  packages=(python3-venv libportaudio2 libgomp1)
  [ "$WITH_MOSQUITTO" = 1 ] && packages+=(mosquitto mosquitto-clients)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
fi

run_system sh -c 'id edgeagent >/dev/null 2>&1 || useradd --system --home /var/lib/edgeagent --shell /usr/sbin/nologin edgeagent'
run_system usermod -a -G audio edgeagent

install -d "$ROOT/opt/edgeagent"
[ -x "$ROOT/opt/edgeagent/venv/bin/python" ] || python3 -m venv "$ROOT/opt/edgeagent/venv"
"$ROOT/opt/edgeagent/venv/bin/pip" install --quiet $PIP_ARGS .
install -m 0644 README.md "$ROOT/opt/edgeagent/README.md"

install -d -m 0755 "$ROOT/etc/edgeagent"
[ -e "$ROOT/etc/edgeagent/edgeagent.toml" ] || install -m 0644 deploy/edgeagent.example.toml "$ROOT/etc/edgeagent/edgeagent.toml"
install -d "$ROOT/etc/systemd/system"
install -m 0644 systemd/edgeagent.service "$ROOT/etc/systemd/system/edgeagent.service"

if [ "$WITH_MOSQUITTO" = 1 ]; then
  install -d "$ROOT/etc/mosquitto/conf.d"
  install -m 0644 deploy/mosquitto.conf "$ROOT/etc/mosquitto/conf.d/edgeagent.conf"
  secret="$ROOT/etc/edgeagent/mqtt-password"
  if [ ! -e "$secret" ]; then
    head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$secret"
    chmod 0640 "$secret"
    run_system chgrp edgeagent "$secret"
    run_system mosquitto_passwd -b /etc/mosquitto/passwd edgeagent "$(cat "$secret")"
    sed -i -e 's|^host = ""|host = "127.0.0.1"|' -e 's|^username = ""|username = "edgeagent"|' \
      -e "s|^password_file = \"\"|password_file = \"/etc/edgeagent/mqtt-password\"|" "$ROOT/etc/edgeagent/edgeagent.toml"
  fi
  run_system systemctl restart mosquitto
fi

run_system systemctl daemon-reload
run_system systemctl enable --now edgeagent
echo "edgeagent installed under ${ROOT:-/}; logs: journalctl -u edgeagent -f; check: edgeagent doctor"
