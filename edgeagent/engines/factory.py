"""Builds the configured engines; only the chosen backend's libraries are imported."""

from __future__ import annotations

import os
from pathlib import Path

from edgeagent import models
from edgeagent.config import Config
from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.tts.base import TtsEngine
from edgeagent.engines.vad.base import VadEngine
from edgeagent.engines.wake.base import WakeEngine

# On a 2-core VM one thread transcribes a command faster than two, even alone (docs/performance.md);
# a 4-core board keeps the two threads measured before.
_AUTO_STT_THREADS = 2


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
    """The local Whisper, or a Wyoming server with the local one as its fallback."""
    if config.stt.backend == "wyoming":
        from edgeagent.engines.stt.wyoming import FallbackStt, WyomingStt
        from edgeagent.engines.wyoming import Server

        remote = WyomingStt(Server.parse(config.stt.uri, config.stt.timeout_ms))
        local = _local_stt(config) if config.stt.fallback else None
        return FallbackStt(remote, local, retry_after_s=config.stt.retry_after_seconds)
    return _local_stt(config)


def stt_threads(setting: int, cores: int | None = None) -> int:
    """Whisper's threads: the setting, or for 0 one fewer than the cores this process may use
    (`cores`, else its CPU affinity), at most `_AUTO_STT_THREADS`: the listener's thread needs a
    core of its own while a command is transcribed."""
    if setting:
        return setting
    usable = len(os.sched_getaffinity(0)) if cores is None else cores
    return max(1, min(_AUTO_STT_THREADS, usable - 1))


def _local_stt(config: Config) -> SttEngine:
    from edgeagent.engines.stt.whisper import WhisperStt

    model_dir = models.resolve(config.stt.model, "stt", cache_dir(config))
    return WhisperStt(
        model_dir,
        threads=stt_threads(config.stt.threads),
        compute_type=config.stt.compute_type,
        beam_size=config.stt.beam_size,
        window_seconds=config.stt.window_seconds,
    )


def build_tts(config: Config) -> TtsEngine:
    """The configured voice, or a Wyoming server's with the local voice as its fallback (the local
    voice's rate is the speaker's either way: without a fallback, 22050 Hz)."""
    if config.tts.backend == "wyoming":
        from edgeagent.engines.tts.wyoming import FallbackTts, WyomingTts
        from edgeagent.engines.wyoming import Server

        local = _local_tts(config) if config.tts.fallback else None
        rate = local.sample_rate_hz if local is not None else _REMOTE_RATE_HZ
        server = Server.parse(config.tts.uri, config.tts.timeout_ms)
        remote = WyomingTts(server, rate, config.tts.remote_voice)
        return FallbackTts(remote, local, retry_after_s=config.tts.retry_after_seconds)
    return _local_tts(config)


_REMOTE_RATE_HZ = 22050  # Piper's medium voices


def _local_tts(config: Config) -> TtsEngine:
    """`tts.variation = false` makes Piper say the same audio each run."""
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
