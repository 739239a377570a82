"""The voice pipeline: listener (wake + VAD), turns (STT -> respond -> TTS), events."""
