"""Silero VAD v6 (the ONNX file bundled with faster-whisper), run as a stream.

faster-whisper's own wrapper resets the recurrent state on every call; this one
carries `h`/`c` and the 64-sample context from window to window, so each 32 ms
window costs one small inference.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from edgeagent.audio.frames import Float32Array, pcm16_to_float
from edgeagent.errors import VadError

WINDOW_SAMPLES = 512  # 32 ms at 16 kHz
CONTEXT_SAMPLES = 64


def bundled_model_path() -> Path:
    import faster_whisper

    return Path(faster_whisper.__file__).parent / "assets" / "silero_vad_v6.onnx"


class SileroVad:
    def __init__(self, model_path: Path | None = None) -> None:
        import onnxruntime

        path = model_path or bundled_model_path()
        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = 1
        options.enable_cpu_mem_arena = False
        options.log_severity_level = 4
        try:
            self._session = onnxruntime.InferenceSession(
                str(path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own exception types
            raise VadError("model_load_failed", f"cannot load Silero VAD from {path}: {exc}") from exc
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context: Float32Array = np.zeros(CONTEXT_SAMPLES, dtype=np.float32)
        self._pending: Float32Array = np.zeros(0, dtype=np.float32)
        self._probability = 0.0

    def speech_probability(self, frame: bytes) -> float:
        self._pending = np.concatenate([self._pending, pcm16_to_float(frame)])
        while len(self._pending) >= WINDOW_SAMPLES:
            window = self._pending[:WINDOW_SAMPLES]
            self._pending = self._pending[WINDOW_SAMPLES:]
            self._probability = self._run(window)
        return self._probability

    def _run(self, window: Float32Array) -> float:
        batch = np.concatenate([self._context, window])[np.newaxis, :]
        out, self._h, self._c = self._session.run(None, {"input": batch, "h": self._h, "c": self._c})
        self._context = window[-CONTEXT_SAMPLES:]
        return float(np.asarray(out).reshape(-1)[0])

    def close(self) -> None:
        self._session = None  # type: ignore[assignment]
