"""Text-to-speech on a Wyoming server (wyoming-piper on a bigger box), with a local fallback.

Each sentence is one `synthesize` request; the server streams `audio-start`,
`audio-chunk`s and `audio-stop`, and the sentence is yielded as soon as it is
complete (the next one is asked for while it plays). Audio at another rate than
the local voice's is resampled, so the speaker stream stays one. A failure before
a sentence's audio is a TtsError; `FallbackTts` then says it with the local voice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from wyoming.event import Event

from edgeagent.audio.frames import float_to_pcm16, pcm16_to_float, resample
from edgeagent.engines.tts.base import AudioChunk, TtsEngine, split_sentences
from edgeagent.engines.wyoming import Retry, Server, connect
from edgeagent.errors import TtsError

logger = logging.getLogger(__name__)


class WyomingTts:
    def __init__(self, server: Server, sample_rate_hz: int, voice: str = "") -> None:
        self.server = server
        self.sample_rate_hz = sample_rate_hz  # what it yields (the local voice's rate)
        self._voice = voice

    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        for sentence in split_sentences(text):
            yield AudioChunk(sentence, self._sentence(sentence), self.sample_rate_hz)

    def _sentence(self, sentence: str) -> bytes:
        data: dict[str, object] = {"text": sentence}
        if self._voice:
            data["voice"] = {"name": self._voice}
        pcm, rate = b"", self.sample_rate_hz
        try:
            with connect(self.server) as connection:
                connection.send(Event("synthesize", data))
                for event in connection.until("audio-stop"):
                    if event.type == "audio-start":
                        rate = int(event.data.get("rate", rate))
                        if int(event.data.get("width", 2)) != 2 or int(event.data.get("channels", 1)) != 1:
                            raise TtsError(
                                "remote_bad_reply", f"{self.server} sent audio that is not mono 16-bit"
                            )
                    elif event.type == "audio-chunk" and event.payload:
                        pcm += event.payload
        except (OSError, ValueError, TypeError) as exc:  # a rate that is no number, too
            raise TtsError("remote_failed", f"the Wyoming TTS server at {self.server} failed: {exc}") from exc
        if len(pcm) % 2:
            logger.warning(
                "the Wyoming TTS server at %s sent %d bytes (half a sample at the end): the last is dropped",
                self.server,
                len(pcm),
            )
            pcm = pcm[:-1]
        if not pcm or rate <= 0:
            raise TtsError("remote_bad_reply", f"the Wyoming TTS server at {self.server} sent no audio")
        if rate != self.sample_rate_hz:
            pcm = float_to_pcm16(resample(pcm16_to_float(pcm), rate, self.sample_rate_hz))
        return pcm

    def close(self) -> None:
        """One connection per sentence: nothing stays open."""


class FallbackTts:
    """The server's voice, and the local one whenever the server fails (then skipped for a while)."""

    def __init__(self, remote: WyomingTts, local: TtsEngine | None, *, retry_after_s: float) -> None:
        self.remote, self.local = remote, local
        self.sample_rate_hz = remote.sample_rate_hz
        self._retry = Retry(retry_after_s)
        self.on_fallback: Callable[[str], None] = lambda _message: None

    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        for sentence in split_sentences(text):
            yield from self._one(sentence)

    def _one(self, sentence: str) -> Iterator[AudioChunk]:
        if not self._retry.skipping():
            try:
                chunks = list(self.remote.synthesize(sentence))
            except TtsError as exc:
                if self.local is None:
                    raise
                self.on_fallback(self._retry.failed("text-to-speech on the server", exc))
            else:
                self._retry.ok()
                yield from chunks
                return
        if self.local is None:
            raise TtsError("remote_unavailable", f"the Wyoming TTS server at {self.remote.server} is skipped")
        yield from self.local.synthesize(sentence)

    def close(self) -> None:
        self.remote.close()
        if self.local is not None:
            self.local.close()
