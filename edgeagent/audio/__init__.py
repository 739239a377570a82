"""Audio in and out: 16 kHz mono int16 frames of 10 ms, sources, sinks, buffers."""
