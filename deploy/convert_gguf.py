"""A GGUF file -> a Hugging Face folder, for onnxruntime-genai's model builder.

Run by deploy/convert-llm.sh inside its own venv (torch, transformers, gguf, accelerate):
    python deploy/convert_gguf.py MODEL.gguf HF_OUT
The quantized weights are loaded as float16 (the builder then quantizes them to int4 itself).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf, out = Path(sys.argv[1]), Path(sys.argv[2])
    print(f"converting {gguf}", flush=True)
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float16)
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
