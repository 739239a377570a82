"""PortAudio's device list is re-read only while no stream is open: idle speakers step aside."""

from __future__ import annotations

import threading

from edgeagent.audio.devices import PortAudioOwner


class FakePortAudio:
    """The two calls a rescan makes, counted."""

    def __init__(self) -> None:
        self.rescans = 0

    def _terminate(self) -> None:
        self.rescans += 1

    def _initialize(self) -> None:
        """Nothing to set up."""


def test_no_rescan_while_a_stream_is_open() -> None:
    owner, portaudio = PortAudioOwner(), FakePortAudio()
    owner.opened()
    assert owner.rescan(portaudio) is False and portaudio.rescans == 0
    owner.closed()
    assert owner.rescan(portaudio) is True and portaudio.rescans == 1


def test_an_idle_output_closes_for_a_rescan_and_a_busy_one_postpones_it() -> None:
    owner, portaudio = PortAudioOwner(), FakePortAudio()
    busy = threading.Event()

    def release_if_idle() -> bool:
        if busy.is_set():
            return False
        owner.closed()
        return True

    owner.release_when_rescanning(release_if_idle)
    owner.opened()  # the speaker's stream
    busy.set()
    assert owner.rescan(portaudio) is False  # it is playing a sentence: not now
    busy.clear()
    assert owner.rescan(portaudio) is True  # idle: closed, rescanned; it reopens on its next write
    assert portaudio.rescans == 1
