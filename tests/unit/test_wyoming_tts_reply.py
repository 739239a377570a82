"""A Wyoming TTS server's reply with half a sample at the end (an odd byte count), over a real socket."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from wyoming.event import Event, read_event, write_event

from edgeagent.engines.tts.wyoming import WyomingTts
from edgeagent.engines.wyoming import Server


@contextmanager
def odd_server(rate_hz: int, payload: bytes) -> Iterator[Server]:
    """A one-request Wyoming server that answers `synthesize` with `payload` at `rate_hz`."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        connection, _ = listener.accept()
        with connection, connection.makefile("rwb") as stream:
            request = read_event(stream)  # type: ignore[arg-type]
            assert request is not None and request.type == "synthesize"
            for event in (
                Event("audio-start", {"rate": rate_hz, "width": 2, "channels": 1}),
                Event("audio-chunk", {"rate": rate_hz, "width": 2, "channels": 1}, payload),
                Event("audio-stop"),
            ):
                write_event(event, stream)  # type: ignore[arg-type]

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield Server("127.0.0.1", listener.getsockname()[1], 5000)
    finally:
        thread.join(timeout=5)
        listener.close()


def test_a_reply_with_an_odd_byte_count_is_cut_to_whole_samples() -> None:
    with odd_server(22050, bytes(2205 * 2 + 1)) as server:
        chunks = list(WyomingTts(server, 16000).synthesize("Hello."))
    assert len(chunks) == 1
    assert len(chunks[0].pcm) % 2 == 0
    assert 90 <= chunks[0].audio_ms <= 110  # 100 ms, resampled to the local voice's rate
