"""Speculative transcription: start speech-to-text at the first pause, before the end of speech.

The end-of-speech timer waits for a long silence (700 ms by default). Most of
that wait is spent after the last word, so when the listener sees a shorter
pause it hands the audio so far to the `Speculator`, which transcribes it on its
own thread. If nobody speaks again, the turn uses that transcript and saves most
of the transcription time; if speech resumes (for `vad.speech_start_ms`, what
starts a command: less is the tail of the last word), the listener cancels it and
a newer pause starts a new one.

The speculator also says whether the transcript is already a complete command
(the template recognizer matches it), so the listener may end the turn after a
shorter silence.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from edgeagent.audio.buffers import BoundedQueue, Closed
from edgeagent.audio.frames import BYTES_PER_FRAME, FRAME_MS
from edgeagent.engines.stt.base import SttEngine, Transcript
from edgeagent.errors import SttError
from edgeagent.pipeline.heartbeat import Heartbeat

logger = logging.getLogger(__name__)


class Speculation:
    """One early transcription: pending, then done with a transcript, an error, or cancelled."""

    def __init__(self, pcm: bytes, *, word: bool = False) -> None:
        self.pcm = pcm
        self.word = word  # a word or two (a stop phrase): the engine's fastest transcription
        self.transcript: Transcript | None = None
        self.complete = False  # the transcript is a whole command the templates understand
        self.error: SttError | None = None
        self._cancelled = threading.Event()
        self._done = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def done(self) -> bool:
        return self._done.is_set()

    def cancel(self) -> None:
        """Speech resumed (or a newer pause superseded this one): the result is not wanted."""
        self._cancelled.set()
        self._done.set()

    def wait(self) -> Transcript | None:
        """The transcript, once ready; None when cancelled. A failed transcription raises its error."""
        self._done.wait()
        if self.error is not None:
            raise self.error
        return None if self.cancelled else self.transcript

    def finish(self, transcript: Transcript | None, complete: bool, error: SttError | None) -> None:
        self.transcript, self.complete, self.error = transcript, complete, error
        self._done.set()


class Speculator:
    """Runs speculations one at a time; a newer one replaces (and cancels) one still waiting."""

    def __init__(
        self,
        stt: SttEngine,
        *,
        language: str,
        prompt: Callable[[], str],
        is_complete: Callable[[str], bool],
        heartbeat: Heartbeat | None = None,
    ) -> None:
        self._stt = stt
        self._heartbeat = heartbeat or Heartbeat("speculator")
        self._language = language
        self._prompt = prompt  # Whisper's prompt now (the home's names change with the catalog)
        self._is_complete = is_complete
        self._waiting: BoundedQueue[Speculation] = BoundedQueue(
            1, drop_oldest=True, on_drop=Speculation.cancel
        )

    @property
    def superseded(self) -> int:
        """Speculations replaced before they started."""
        return self._waiting.dropped

    def submit(self, pcm: bytes, *, word: bool = False) -> Speculation:
        speculation = Speculation(pcm, word=word)
        try:
            self._waiting.put(speculation)
        except Closed:
            speculation.cancel()
        return speculation

    def close(self) -> None:
        """No more speculations: the one waiting (the last turn may need it) still runs."""
        self._waiting.close()

    def run(self) -> None:
        """The speculator thread's body: until `close`, and the work submitted before it, is done."""
        try:
            while True:
                self._heartbeat.idle()
                speculation = self._waiting.get()
                if not speculation.cancelled:
                    self._transcribe(speculation)
        except Closed:
            return
        finally:  # on any exit, nobody may be left waiting
            self._waiting.close()
            for left in self._waiting.drain():
                left.cancel()

    def _transcribe(self, speculation: Speculation) -> None:
        started = time.monotonic()
        audio_ms = len(speculation.pcm) // BYTES_PER_FRAME * FRAME_MS
        self._heartbeat.busy(f"transcribing {audio_ms} ms of audio")
        try:
            if speculation.word:
                transcript = self._stt.transcribe_word(speculation.pcm, self._language)
            else:
                transcript = self._stt.transcribe(
                    speculation.pcm, self._language, initial_prompt=self._prompt()
                )
        except SttError as exc:
            speculation.finish(None, False, exc)
            return
        except Exception as exc:  # a bug in the engine: that turn fails (an error event), the next one works
            logger.error("speculative transcription failed", exc_info=exc)
            speculation.finish(None, False, SttError("transcription_failed", f"{type(exc).__name__}: {exc}"))
            return
        except BaseException:  # interpreter shutdown: the turn waiting on this one must not hang
            speculation.cancel()
            raise
        complete = bool(transcript.text.strip()) and self._complete(transcript.text)
        logger.debug(
            "speculative transcript %r in %d ms (complete: %s)",
            transcript.text,
            (time.monotonic() - started) * 1000,
            complete,
        )
        speculation.finish(transcript, complete, None)

    def _complete(self, text: str) -> bool:
        try:
            return self._is_complete(text)
        except Exception:  # a recognizer bug must not end speculation: the turn just waits longer
            logger.exception("checking %r for a complete command failed", text)
            return False
