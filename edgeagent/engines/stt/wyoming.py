"""Speech-to-text on a Wyoming server (wyoming-faster-whisper on a bigger box), with a local fallback.

A request: `transcribe` {language}, `audio-start`, the command's audio in chunks,
`audio-stop`; the server answers `transcript` {text}. Any failure (refused, timed
out, closed) is an SttError; `FallbackStt` then asks the local engine and tells
`on_fallback`, which the daemon turns into an `error` event (code `remote_fallback`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from wyoming.event import Event

from edgeagent.engines.stt.base import SttEngine, Transcript
from edgeagent.engines.wyoming import Retry, Server, connect
from edgeagent.errors import SttError

logger = logging.getLogger(__name__)

_CHUNK_BYTES = 3200  # 100 ms of 16 kHz s16le
_FORMAT = {"rate": 16000, "width": 2, "channels": 1}


class WyomingStt:
    def __init__(self, server: Server) -> None:
        self.server = server

    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        chunks = [pcm[at : at + _CHUNK_BYTES] for at in range(0, len(pcm), _CHUNK_BYTES)]
        try:
            with connect(self.server) as connection:
                connection.send(Event("transcribe", {"language": language} if language else {}))
                connection.send(Event("audio-start", dict(_FORMAT)))
                connection.send(*(Event("audio-chunk", dict(_FORMAT), chunk) for chunk in chunks))
                connection.send(Event("audio-stop"))
                for event in connection.until("transcript"):
                    if event.type == "transcript":
                        return Transcript(str(event.data.get("text") or "").strip(), language)
        except OSError as exc:
            raise SttError("remote_failed", f"the Wyoming STT server at {self.server} failed: {exc}") from exc
        raise SttError("remote_failed", f"the Wyoming STT server at {self.server} sent no transcript")

    def transcribe_again(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        """The server has one way (and its transcripts are always `sure`)."""
        return self.transcribe(pcm, language, initial_prompt=initial_prompt)

    def transcribe_word(self, pcm: bytes, language: str) -> Transcript:
        return self.transcribe(pcm, language)

    def close(self) -> None:
        """One connection per request: nothing stays open."""


class FallbackStt:
    """The server, and the local engine whenever the server fails (then skipped for a while)."""

    def __init__(self, remote: WyomingStt, local: SttEngine | None, *, retry_after_s: float) -> None:
        self.remote, self.local = remote, local
        self._retry = Retry(retry_after_s)
        self.on_fallback: Callable[[str], None] = lambda _message: None

    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        return self._either(lambda engine: engine.transcribe(pcm, language, initial_prompt=initial_prompt))

    def transcribe_again(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        return self._either(
            lambda engine: engine.transcribe_again(pcm, language, initial_prompt=initial_prompt)
        )

    def transcribe_word(self, pcm: bytes, language: str) -> Transcript:
        return self._either(lambda engine: engine.transcribe_word(pcm, language))

    def _either(self, call: Callable[[SttEngine], Transcript]) -> Transcript:
        if not self._retry.skipping():
            try:
                transcript = call(self.remote)
            except SttError as exc:
                if self.local is None:
                    raise
                self.on_fallback(self._retry.failed("speech-to-text on the server", exc))
            else:
                self._retry.ok()
                return transcript
        if self.local is None:
            raise SttError("remote_unavailable", f"the Wyoming STT server at {self.remote.server} is skipped")
        return call(self.local)

    def close(self) -> None:
        self.remote.close()
        if self.local is not None:
            self.local.close()
