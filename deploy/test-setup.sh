#!/usr/bin/env bash
# Set up a checkout for the tests (what CI runs): everything deploy/dev-setup.sh installs for running,
# then the tests' own tools and servers. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash deploy/dev-setup.sh
# The tests speak with espeak-ng and sox, start their own mosquitto (its packaged service is not needed)
# and make TLS certificates with openssl; g++ and cmake compile llama-cpp-python's server below.
bash deploy/apt-install.sh espeak-ng sox mosquitto openssl g++ cmake
.venv/bin/pip install --quiet -e '.[test]'
# The end-of-turn model (Smart Turn v3.2, not yet used by `run`): one file out of the pipecat-ai wheel on
# PyPI, with its licence, into the model cache; kept when it is there already.
.venv/bin/edgeagent models path smart-turn-v3.2 >/dev/null 2>&1 || .venv/bin/edgeagent models pull smart-turn-v3.2
# The OpenAI-compatible LLM server the tests of llm.backend = "openai" start (compiled once, 7-10 minutes
# on 2 cores; pip keeps the built wheel).
bash deploy/llama-server.sh
# Home Assistant's Wyoming servers the tests of stt/tts.backend = "wyoming" start (a venv of their own).
bash deploy/wyoming-servers.sh
echo "ready for the tests: .venv/bin/python -m pytest"
