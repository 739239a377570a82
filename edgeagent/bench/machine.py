"""What the figures were measured on."""

from __future__ import annotations

import contextlib
import os
import platform
from importlib import metadata
from pathlib import Path

_PACKAGES = ("edgeagent", "onnxruntime", "onnxruntime-genai", "ctranslate2", "faster-whisper", "piper-tts")


def describe() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError, StopIteration):  # not Linux, or no model name: keep the fallback
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith(("model name", "Model"))
        )
    return {
        "cpu": cpu,
        "arch": platform.machine(),
        "cores": os.cpu_count(),
        "cores_used": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "packages": {name: _version(name) for name in _PACKAGES},
    }


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"
