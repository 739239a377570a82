"""Smart Turn v3.2 (Daily's end-of-turn model, BSD-2): a small Whisper-style encoder that hears
whether the last seconds of an utterance sound finished, from their prosody, not their words.

The model reads the last 8 s of 16 kHz audio as an (80, 800) log-mel spectrogram; a shorter
utterance is preceded by silence up to 8 s, so every call costs the same whatever its length. It
answers the probability that the turn is complete; its makers take above 0.5 as complete. The file
comes out of the `pipecat-ai` wheel on PyPI (`edgeagent models pull smart-turn-v3.2`), with its
licence beside it: the framework is not needed at run time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from edgeagent import models
from edgeagent.audio.frames import BYTES_PER_SAMPLE, SAMPLE_RATE_HZ, Float32Array, pcm16_to_float
from edgeagent.engines.turn.base import TurnEndError
from edgeagent.engines.turn.features import log_mel

logger = logging.getLogger(__name__)

MODEL_NAME = "smart-turn-v3.2"
STAGE = "turn_end"
WINDOW_SECONDS = 8  # the model's input: the last 8 s, silence before a shorter utterance
WINDOW_SAMPLES = WINDOW_SECONDS * SAMPLE_RATE_HZ
COMPLETE_ABOVE = 0.5  # the model's makers' threshold


@dataclass(frozen=True)
class SmartTurnSettings:
    threads: int = 1  # onnxruntime intra-op threads: one keeps the listener's core free


def model_path(cache_dir: Path) -> Path:
    """The model file in the model cache, or a ModelError saying how to get it."""
    return models.resolve(MODEL_NAME, STAGE, cache_dir)


class SmartTurn:
    """`finished(pcm)`: one inference over the last 8 s of the utterance."""

    def __init__(self, model_path: Path, settings: SmartTurnSettings = SmartTurnSettings()) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = settings.threads
        options.log_severity_level = 3
        try:
            self._session = onnxruntime.InferenceSession(
                str(model_path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own exception types
            raise TurnEndError(
                "model_load_failed", f"cannot load Smart Turn from {model_path}: {exc}"
            ) from exc
        self._input = self._session.get_inputs()[0].name
        logger.info("end-of-turn model %s loaded (%d thread(s))", model_path.name, settings.threads)

    @classmethod
    def from_cache(cls, cache_dir: Path, settings: SmartTurnSettings = SmartTurnSettings()) -> SmartTurn:
        return cls(model_path(cache_dir), settings)

    def finished(self, pcm: bytes) -> float:
        if len(pcm) % BYTES_PER_SAMPLE:
            raise TurnEndError("audio_invalid", f"16-bit audio has an even byte count, not {len(pcm)}")
        features = log_mel(last_window(pcm16_to_float(pcm)))
        try:
            (probability,) = self._session.run(None, {self._input: features[np.newaxis]})
        except Exception as exc:  # onnxruntime raises its own exception types
            raise TurnEndError("inference_failed", f"Smart Turn failed: {exc}") from exc
        return float(np.asarray(probability).reshape(-1)[0])

    def close(self) -> None:
        self._session = None  # type: ignore[assignment]


def last_window(audio: Float32Array) -> Float32Array:
    """The last WINDOW_SAMPLES of `audio`, silence put before it when it is shorter."""
    tail = audio[-WINDOW_SAMPLES:]
    return np.pad(tail, (WINDOW_SAMPLES - len(tail), 0)).astype(np.float32, copy=False)
