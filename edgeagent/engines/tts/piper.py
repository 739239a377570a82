"""Piper voices (ONNX) with our own session options, one chunk per sentence."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from edgeagent.engines.tts.base import AudioChunk, split_sentences
from edgeagent.errors import TtsError

logger = logging.getLogger(__name__)


class PiperTts:
    def __init__(
        self,
        model_path: Path,
        *,
        threads: int,
        length_scale: float,
        volume: float,
        noise_scale: float | None = None,
        noise_w_scale: float | None = None,
    ) -> None:
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig, SynthesisConfig

        config_path = Path(f"{model_path}.json")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        try:
            config = PiperConfig.from_dict(json.loads(config_path.read_text(encoding="utf-8")))
            session = onnxruntime.InferenceSession(
                str(model_path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # missing/corrupt JSON or ONNX: all a load failure
            raise TtsError("model_load_failed", f"cannot load Piper voice {model_path}: {exc}") from exc
        self._voice = PiperVoice(session=session, config=config)
        # noise_scale / noise_w_scale None: the voice's own; 0 makes synthesis repeatable (tests).
        self._syn = SynthesisConfig(
            length_scale=length_scale, volume=volume, noise_scale=noise_scale, noise_w_scale=noise_w_scale
        )
        self.sample_rate_hz = config.sample_rate

    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        for sentence in split_sentences(text):
            try:
                parts = [c.audio_int16_array for c in self._voice.synthesize(sentence, self._syn)]
            except Exception as exc:  # phonemizer or onnxruntime failure
                raise TtsError("synthesis_failed", f"cannot synthesize {sentence!r}: {exc}") from exc
            if parts:
                pcm = np.concatenate(parts).astype("<i2").tobytes()
                yield AudioChunk(sentence, pcm, self.sample_rate_hz)

    def close(self) -> None:
        self._voice = None  # type: ignore[assignment]
