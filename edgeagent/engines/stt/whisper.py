"""faster-whisper (CTranslate2): int8, beam search (`stt.beam_size`), no timestamps, from a local folder.

Commands go through a shorter window than Whisper's 30 s (short_window.py); longer
clips, other languages' detection and short-window loops go through faster-whisper's
own transcription. A short-window transcript Whisper is unsure of says so (`Transcript.sure`), and
`transcribe_again` hears the clip over the full window. One warm-up transcription at load.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from edgeagent.audio.frames import SAMPLE_RATE_HZ, pcm16_to_float
from edgeagent.engines.stt import short_window
from edgeagent.engines.stt.base import Transcript
from edgeagent.errors import SttError

logger = logging.getLogger(__name__)

_WORD_WINDOW_S = 10
_WORD_PAD_BEFORE = SAMPLE_RATE_HZ // 5
_WORD_PAD_AFTER = SAMPLE_RATE_HZ * 3 // 10
# Below this average log probability a short-window transcript is not sure (Transcript.sure): on the
# bench's ten voices, hearing those that are no command again over 30 s takes the word error rate
# from 0.084 to 0.071, under the 30 s window's own 0.079 (docs/performance.md).
_SURE_AVG_LOG_PROB = -0.2
_WARM_UP_RUNS = 1
_WARM_UP_LEVEL = 0.01
_WARM_UP_PROMPT = "Turn on the light. " * 30  # as long as a home's prompt can be (vocabulary.py)


class WhisperStt:
    def __init__(
        self,
        model_dir: Path,
        *,
        threads: int,
        compute_type: str,
        beam_size: int,
        window_seconds: int = short_window.FULL_WINDOW_SECONDS,
    ) -> None:
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
        self._window_seconds = window_seconds
        try:
            self._warm_up()
        except (RuntimeError, ValueError) as exc:
            raise SttError("model_load_failed", f"Whisper model from {model_dir} fails: {exc}") from exc

    def _warm_up(self) -> None:
        """A process's first transcriptions are the slowest (CTranslate2 sizes its buffers, the caches
        fill): pay that at start-up, not on the first command. Quiet noise, through the short window,
        with a prompt as long as the home's (a 30 s window has none to warm: it is the rarer path then)."""
        noise = np.random.default_rng(0).normal(0.0, _WARM_UP_LEVEL, SAMPLE_RATE_HZ * 2).astype(np.float32)
        for _ in range(_WARM_UP_RUNS):
            self._short(noise, "en", _WARM_UP_PROMPT)

    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        audio = pcm16_to_float(pcm)
        if audio.size == 0:
            return Transcript("", language)
        try:
            heard = self._short(audio, language, initial_prompt)
            if heard is not None:
                sure = not heard.text or heard.avg_log_prob >= _SURE_AVG_LOG_PROB
                return Transcript(
                    heard.text,
                    language,
                    sure=sure,
                    log_prob=heard.avg_log_prob,
                    alternatives=heard.alternatives,
                )
            return self._full(audio, language, initial_prompt)
        except (RuntimeError, ValueError) as exc:
            raise SttError("transcription_failed", f"transcription failed: {exc}") from exc

    def transcribe_again(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        """Over Whisper's own 30 s window, as it was trained."""
        audio = pcm16_to_float(pcm)
        if audio.size == 0:
            return Transcript("", language)
        try:
            return self._full(audio, language, initial_prompt)
        except (RuntimeError, ValueError) as exc:
            raise SttError("transcription_failed", f"transcription failed: {exc}") from exc

    def transcribe_word(self, pcm: bytes, language: str) -> Transcript:
        """A 10 s window: about half the time of a command's 15 s here (110 vs 210 ms for "stop"),
        with a little silence around the word (a word cut tight is misheard); a loop there gets
        the usual transcription."""
        audio = pcm16_to_float(pcm)
        padded = np.concatenate([np.zeros(_WORD_PAD_BEFORE), audio, np.zeros(_WORD_PAD_AFTER)])
        if (
            not audio.size
            or not language
            or not short_window.fits(padded.size / SAMPLE_RATE_HZ, _WORD_WINDOW_S)
        ):
            return self.transcribe(pcm, language)
        try:
            heard = short_window.transcribe(
                self._model,
                padded.astype(np.float32),
                language=language,
                window_seconds=_WORD_WINDOW_S,
                beam_size=self._beam_size,
                initial_prompt="",
            )
        except (RuntimeError, ValueError) as exc:
            raise SttError("transcription_failed", f"transcription failed: {exc}") from exc
        return Transcript(heard.text, language) if heard is not None else self.transcribe(pcm, language)

    def _short(self, audio: np.ndarray, language: str, initial_prompt: str) -> short_window.Heard | None:
        """The short window's words, or None: the clip is too long, the language unknown, or it looped."""
        if not language or not short_window.fits(audio.size / SAMPLE_RATE_HZ, self._window_seconds):
            return None
        heard = short_window.transcribe(
            self._model,
            audio,
            language=language,
            window_seconds=self._window_seconds,
            beam_size=self._beam_size,
            initial_prompt=initial_prompt,
        )
        if heard is None:
            logger.info(
                "the %d s window looped on a %.1f s clip; transcribing over 30 s",
                self._window_seconds,
                audio.size / SAMPLE_RATE_HZ,
            )
        return heard

    def _full(self, audio: np.ndarray, language: str, initial_prompt: str) -> Transcript:
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
        heard = list(segments)
        text = " ".join(segment.text.strip() for segment in heard).strip()
        log_prob = min((s.avg_logprob for s in heard), default=0.0)
        if short_window.loops_over(text):
            logger.warning("the 30 s window looped too (%r): nothing usable was heard", text[:80])
            return Transcript("", info.language, sure=False, log_prob=log_prob, looped=True)
        return Transcript(text, info.language, log_prob=log_prob)

    def close(self) -> None:
        self._model = None  # type: ignore[assignment]  # CTranslate2 frees on release
