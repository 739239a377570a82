"""How the pipeline is wired: fixed at construction (`PipelineWiring`), except what a reload changes
while it runs. A reload of `feedback` that turns the "listening" chime on must reach the listener that
is already running: the chime and its echo are our own sound, never the start of the next command."""

from __future__ import annotations

import threading

from edgeagent.audio.frames import BYTES_PER_FRAME
from edgeagent.audio.sinks import NullSink
from edgeagent.engines.fakes import FakeStt, FakeTts, FakeWake, silence_frames, wake_frames
from edgeagent.engines.stt.base import Transcript
from edgeagent.engines.vad.base import VadEngine
from edgeagent.pipeline.events import EventBus
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineWiring
from tests import speech
from tests.pipeline.responders import Scripted
from tests.pipeline.room import Cue, Microphone
from tests.pipeline.test_mute import SETTINGS

_CHIME_MS = 400
_SILENT = bytes(BYTES_PER_FRAME)


class _KeepsAudio(FakeStt):
    """A fake STT that keeps the audio of every command it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[bytes] = []

    def transcribe(self, pcm: bytes, language: str, *, initial_prompt: str = "") -> Transcript:
        self.heard.append(pcm)
        return super().transcribe(pcm, language, initial_prompt=initial_prompt)


def _silent_frames(pcm: bytes) -> int:
    frames = (pcm[i : i + BYTES_PER_FRAME] for i in range(0, len(pcm), BYTES_PER_FRAME))
    return sum(frame == _SILENT for frame in frames)


def test_a_reload_that_turns_the_listening_chime_on_masks_it_in_the_running_listener(vad: VadEngine) -> None:
    stt = _KeepsAudio()
    wiring = PipelineWiring(output_audible=True, listening_chime_ms=0)
    pipeline = Pipeline(
        Engines(FakeWake(), vad, stt, FakeTts()),
        Scripted(otherwise="Done."),
        EventBus(),
        SETTINGS,
        wiring=wiring,
    )
    command = speech.build(speech.piper("Turn on the kitchen light.")).pcm
    said = wake_frames() + silence_frames(100) + command + silence_frames(1500)
    mic = Microphone(
        pipeline.stream_t_ms,
        silence_frames(300) + said,
        Cue(lambda: pipeline.set_listening_chime_ms(_CHIME_MS)),  # SIGHUP with feedback.listening on
        said,
    )
    pipeline.run(mic, NullSink(), threading.Event())
    before, after = stt.heard
    # the same words, but after the reload the chime's time after the wake word is taken out
    assert _silent_frames(after) - _silent_frames(before) >= (_CHIME_MS - 100) // 10 - 5
