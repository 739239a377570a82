"""The bench's paced sources: what a run hears, block by block, in 30 ms blocks of wall time."""

import threading

from edgeagent.bench.paced import CuedSource, PacedSource
from edgeagent.pipeline.events import Event

BLOCK = 960  # 30 ms of 16 kHz s16le


def heard(source: PacedSource, *, cue_after_blocks: int = 0) -> list[bytes]:
    """Every block the source hands over; the pipeline's `speech_end` arrives after `cue_after_blocks`."""
    blocks: list[bytes] = []

    def on_pcm(pcm: bytes) -> None:
        blocks.append(pcm)
        if len(blocks) == cue_after_blocks:
            source.hear(Event("speech_end", 1, 0, {}))

    source.run(on_pcm, threading.Event())
    return blocks


def test_a_paced_source_hands_over_its_audio_in_microphone_blocks() -> None:
    pcm = bytes(range(256)) * 8  # 2048 bytes: two whole blocks and a short last one
    blocks = heard(PacedSource(pcm))
    assert [len(block) for block in blocks] == [BLOCK, BLOCK, 128]
    assert b"".join(blocks) == pcm


def test_the_second_part_waits_in_silence_for_the_cue() -> None:
    first, second = b"\x01" * BLOCK * 2, b"\x02" * BLOCK
    blocks = heard(CuedSource(first, second, cue_event="speech_end"), cue_after_blocks=5)
    assert blocks == [first[:BLOCK], first[BLOCK:], bytes(BLOCK), bytes(BLOCK), bytes(BLOCK), second]


def test_a_cue_that_never_comes_gives_up_after_the_longest_wait() -> None:
    first, second = b"\x01" * BLOCK, b"\x02" * BLOCK
    blocks = heard(CuedSource(first, second, cue_event="speech_end", max_wait_ms=90))
    assert blocks == [first, bytes(BLOCK), bytes(BLOCK), bytes(BLOCK), second]


def test_stopping_ends_the_run_at_once() -> None:
    stop = threading.Event()
    stop.set()
    blocks: list[bytes] = []
    CuedSource(b"\x01" * BLOCK, b"\x02" * BLOCK, cue_event="speech_end").run(blocks.append, stop)
    assert blocks == []
