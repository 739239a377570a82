"""The bench's paced sources: what a run hears, block by block, in 30 ms blocks of wall time."""

import threading

from edgeagent.bench.paced import CuedSource, PacedSource

BLOCK = 960  # 30 ms of 16 kHz s16le


def heard(
    source: PacedSource, *, cue: threading.Event | None = None, cue_after_blocks: int = 0
) -> list[bytes]:
    blocks: list[bytes] = []

    def on_pcm(pcm: bytes) -> None:
        blocks.append(pcm)
        if cue is not None and len(blocks) == cue_after_blocks:
            cue.set()

    source.run(on_pcm, threading.Event())
    return blocks


def test_a_paced_source_hands_over_its_audio_in_microphone_blocks() -> None:
    pcm = bytes(range(256)) * 8  # 2048 bytes: two whole blocks and a short last one
    blocks = heard(PacedSource(pcm))
    assert [len(block) for block in blocks] == [BLOCK, BLOCK, 128]
    assert b"".join(blocks) == pcm


def test_the_second_part_waits_in_silence_for_the_cue() -> None:
    first, second = b"\x01" * BLOCK * 2, b"\x02" * BLOCK
    cue = threading.Event()
    blocks = heard(CuedSource(first, second, cue), cue=cue, cue_after_blocks=5)
    assert blocks == [first[:BLOCK], first[BLOCK:], bytes(BLOCK), bytes(BLOCK), bytes(BLOCK), second]


def test_a_cue_that_never_comes_gives_up_after_the_longest_wait() -> None:
    first, second = b"\x01" * BLOCK, b"\x02" * BLOCK
    blocks = heard(CuedSource(first, second, threading.Event(), max_wait_ms=90))
    assert blocks == [first, bytes(BLOCK), bytes(BLOCK), bytes(BLOCK), second]


def test_stopping_ends_the_run_at_once() -> None:
    stop = threading.Event()
    stop.set()
    blocks: list[bytes] = []
    CuedSource(b"\x01" * BLOCK, b"\x02" * BLOCK, threading.Event()).run(blocks.append, stop)
    assert blocks == []
