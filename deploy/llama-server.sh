#!/usr/bin/env bash
# An OpenAI-compatible LLM server for the "bigger box" (and for the tests of llm.backend = "openai"):
# llama-cpp-python's server, in a venv of its own. PyPI has only its source, so pip compiles
# llama.cpp once (about 5-10 minutes on 2 cores). Built for any x86-64/arm64 CPU, not tuned to this
# one (GGML_NATIVE=OFF): a native build segfaulted on its first reply on an AVX-512 Intel VM here
# (2026-12-07), and a wheel pip cached on one machine must not be taken on another (--no-cache-dir).
#
#   deploy/llama-server.sh [VENV]        (default ~/.cache/edgeagent/llama-server)
#   VENV/bin/python -m llama_cpp.server --model ~/.cache/edgeagent/models/gguf/qwen2.5-coder-1.5b.gguf \
#       --host 0.0.0.0 --port 8080 --n_ctx 4096
# then on each assistant: [llm] backend = "openai", url = "http://<that box>:8080/v1"
set -euo pipefail
VENV="${1:-$HOME/.cache/edgeagent/llama-server}"
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import llama_cpp.server" 2>/dev/null; then
  echo "llama-cpp-python server already in $VENV"; exit 0
fi
python3 -m venv "$VENV"
CMAKE_ARGS="-DGGML_NATIVE=OFF" "$VENV/bin/pip" install --quiet --no-cache-dir "llama-cpp-python[server]==0.3.36"
echo "llama-cpp-python server ready in $VENV"
