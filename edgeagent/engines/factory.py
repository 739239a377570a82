"""Builds the configured engines; only the chosen backend's libraries are imported."""

from __future__ import annotations

from pathlib import Path

from edgeagent import models
from edgeagent.config import Config
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.tts.base import TtsEngine
from edgeagent.engines.vad.base import VadEngine
from edgeagent.engines.wake.base import WakeEngine


def cache_dir(config: Config) -> Path:
    return Path(config.models.cache_dir).expanduser()


def build_wake(config: Config) -> WakeEngine:
    from edgeagent.engines.wake.microwakeword import MicroWakeWordEngine

    paths = {Path(name).stem: models.resolve(name, "wake", cache_dir(config)) for name in config.wake.models}
    return MicroWakeWordEngine(paths, threshold=config.wake.threshold)


def build_vad(config: Config) -> VadEngine:
    if config.vad.backend == "micro":
        from edgeagent.engines.vad.micro import MicroVadEngine

        return MicroVadEngine()
    from edgeagent.engines.vad.silero import SileroVad

    return SileroVad()


def build_stt(config: Config) -> SttEngine:
    from edgeagent.engines.stt.whisper import WhisperStt

    model_dir = models.resolve(config.stt.model, "stt", cache_dir(config))
    return WhisperStt(
        model_dir,
        threads=config.stt.threads,
        compute_type=config.stt.compute_type,
        beam_size=config.stt.beam_size,
        window_seconds=config.stt.window_seconds,
    )


def build_tts(config: Config) -> TtsEngine:
    """The configured voice; `tts.variation = false` makes Piper say the same audio each run."""
    from edgeagent.engines.tts.piper import PiperTts

    model_path = models.resolve(config.tts.voice, "tts", cache_dir(config))
    noise = None if config.tts.variation else 0.0
    return PiperTts(
        model_path,
        threads=config.tts.threads,
        length_scale=config.tts.length_scale,
        volume=config.tts.volume,
        noise_scale=noise,
        noise_w_scale=noise,
    )
