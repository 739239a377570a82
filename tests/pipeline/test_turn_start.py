"""The command starts when the person starts it: right after the wake word, or after a pause.

The real VAD and Whisper hear Piper's voice through the listener, frame by frame. The wake word's
detection is scripted (a `WakeEngine` that detects at a set frame): a real detection comes 130-300
ms after the wake word ends, and sometimes before its last syllable did, which is what lost the
first word of real commands.
"""

from __future__ import annotations

import pytest

from edgeagent.engines.stt.base import SttEngine
from edgeagent.engines.vad.base import VadEngine
from edgeagent.pipeline.listener import ListenerSettings, Utterance
from edgeagent.pipeline.segmenter import SegmenterSettings
from tests import speech
from tests.bench.turn_start import EarlyWake, at_level, listen, voiced, with_room_noise, words

COMMAND = "turn on the lamp"  # before, "on the lap" with no pause
SETTINGS = ListenerSettings(  # the product's listening defaults
    preroll_ms=300,
    segmenter=SegmenterSettings(speech_start_ms=60, end_silence_ms=700, no_speech_timeout_ms=5000),
)


def heard(vad: VadEngine, pcm: bytes, detect_at_ms: int, *, chime_ms: int = 0) -> list[Utterance]:
    return listen(EarlyWake(detect_at_ms // 10), vad, SETTINGS, pcm, chime_ms=chime_ms)


def said(pause_ms: int, command_dbfs: float) -> tuple[bytes, int, int]:
    """Wake word, pause, command, 2 s of quiet room; where the wake word and the command end (ms)."""
    wake = at_level(voiced(speech.piper("okay nabu")), -25.0)
    command = at_level(voiced(speech.piper(COMMAND)), command_dbfs)
    pcm = wake + bytes(pause_ms * 32) + command + bytes(2000 * 32)
    wake_ms = len(wake) // 32
    return with_room_noise(pcm, 7), wake_ms, wake_ms + pause_ms + len(command) // 32


@pytest.mark.parametrize("detect_after_ms", [150, 250])
def test_a_command_said_with_no_pause_after_the_wake_word_is_heard_from_its_first_word(
    vad: VadEngine, stt: SttEngine, detect_after_ms: int
) -> None:
    pcm, wake_ms, _ = said(pause_ms=0, command_dbfs=-25.0)
    utterances = heard(vad, pcm, wake_ms + detect_after_ms)
    assert len(utterances) == 1
    assert words(COMMAND) <= words(stt.transcribe(utterances[0].pcm, "en").text)


def test_the_wake_words_tail_heard_after_an_early_detection_is_not_the_command(
    vad: VadEngine, stt: SttEngine
) -> None:
    """Detected at 70 % of "okay nabu", then a 300 ms pause and a quiet (-45 dBFS) command: the tail
    of "nabu" must not start the command (its silence would end it before the command came)."""
    pcm, wake_ms, command_end_ms = said(pause_ms=300, command_dbfs=-45.0)
    utterances = heard(vad, pcm, wake_ms * 7 // 10)
    assert len(utterances) == 1
    assert words(COMMAND) <= words(stt.transcribe(utterances[0].pcm, "en").text)
    assert utterances[0].speech_end_t_ms >= command_end_ms


def test_a_command_started_while_the_chime_plays_is_heard_from_its_first_word(
    vad: VadEngine, stt: SttEngine
) -> None:
    pcm, wake_ms, _ = said(pause_ms=100, command_dbfs=-30.0)
    utterances = heard(vad, pcm, wake_ms + 200, chime_ms=300)
    assert len(utterances) == 1
    assert words(COMMAND) <= words(stt.transcribe(utterances[0].pcm, "en").text)
