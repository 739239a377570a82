"""faster-whisper (CTranslate2): int8, beam 1, no timestamps, from a local folder."""

from __future__ import annotations

import logging
from pathlib import Path

from edgeagent.audio.frames import pcm16_to_float
from edgeagent.engines.stt.base import Transcript
from edgeagent.errors import SttError

logger = logging.getLogger(__name__)


class WhisperStt:
    def __init__(self, model_dir: Path, *, threads: int, compute_type: str, beam_size: int) -> None:
        from faster_whisper import WhisperModel

        # It logs every clip at INFO; with speculation that is every pause. Our own events say more.
        logging.getLogger("faster_whisper").setLevel(logging.WARNING)
        try:
            self._model = WhisperModel(
                str(model_dir), device="cpu", compute_type=compute_type, cpu_threads=threads, num_workers=1
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise SttError("model_load_failed", f"cannot load Whisper model from {model_dir}: {exc}") from exc
        self._beam_size = beam_size

    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        audio = pcm16_to_float(pcm)
        if audio.size == 0:
            return Transcript("", language)
        try:
            segments, info = self._model.transcribe(
                audio,
                language=language or None,
                beam_size=self._beam_size,
                without_timestamps=True,
                condition_on_previous_text=False,
                vad_filter=False,
                initial_prompt=initial_prompt or None,
            )
            # The generator does the real work: consume it here, on this thread.
            text = " ".join(segment.text.strip() for segment in segments).strip()
        except (RuntimeError, ValueError) as exc:
            raise SttError("transcription_failed", f"transcription failed: {exc}") from exc
        return Transcript(text, info.language)

    def close(self) -> None:
        self._model = None  # type: ignore[assignment]  # CTranslate2 frees on release
