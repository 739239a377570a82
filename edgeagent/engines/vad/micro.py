"""pymicro-vad: a tiny self-contained VAD. It needs ~0.76 s of audio before it
answers (it returns -1 until then) and lags 0.2-0.5 s, so it is kept running
and never reset at the wake word."""

from __future__ import annotations


class MicroVadEngine:
    def __init__(self) -> None:
        from pymicro_vad import MicroVad

        self._vad = MicroVad()

    def speech_probability(self, frame: bytes) -> float:
        return max(0.0, float(self._vad.process_10ms(frame)))

    def reset(self) -> None:
        """Deliberately a no-op: a reset costs 0.76 s of deafness."""

    def close(self) -> None:
        self._vad = None  # type: ignore[assignment]
