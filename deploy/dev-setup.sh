#!/usr/bin/env bash
# Set up a checkout for running and testing edgeagent on Debian / Raspberry Pi OS:
# the system libraries and test tools from apt, then the package and its test
# extras in ./.venv. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# g++ and cmake build llama-cpp-python's server (deploy/llama-server.sh) for the tests of llm.backend = "openai".
APT_PACKAGES=(python3-venv libportaudio2 espeak-ng sox mosquitto openssl g++ cmake)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
# mosquitto's packaged service is not needed: tests start their own broker.

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[test]'
# The offline language model the tests use (converted once, then cached in ~/.cache/edgeagent).
bash deploy/convert-llm.sh qwen2.5-coder-0.5b
# The OpenAI-compatible LLM server the tests of llm.backend = "openai" start (compiled once, then cached by pip).
bash deploy/llama-server.sh
# Home Assistant's Wyoming servers the tests of stt/tts.backend = "wyoming" start (a venv of their own).
bash deploy/wyoming-servers.sh
echo "ready: .venv/bin/edgeagent --version -> $(.venv/bin/edgeagent --version)"
