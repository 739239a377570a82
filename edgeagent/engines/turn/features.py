"""Whisper's log-mel spectrogram, the input Smart Turn v3 was trained on, in numpy alone.

The same numbers as Hugging Face's `WhisperFeatureExtractor` (80 bands, 25 ms windows every 10 ms,
the waveform first scaled to zero mean and unit variance): the spectrum is taken in float64 as that
reference does, because the quantized model is touchy: a float32 spectrum, 5e-6 away, moved one
answer from 0.93 to 0.83.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from edgeagent.audio.frames import SAMPLE_RATE_HZ, Float32Array

Float64Array = npt.NDArray[np.float64]

FFT_SAMPLES = 400  # 25 ms
HOP_SAMPLES = 160  # 10 ms: one feature frame per 10 ms of audio
MEL_BANDS = 80
_NORMALIZE_EPSILON = 1e-7
_POWER_FLOOR = 1e-10
_RANGE_LOG10 = 8.0  # bands more than 80 dB below the loudest are raised to that floor


def log_mel(audio: Float32Array) -> Float32Array:
    """(MEL_BANDS, len(audio) // HOP_SAMPLES) features of 16 kHz audio, roughly within [-1, 1]."""
    scaled = (audio - audio.mean()) / np.sqrt(audio.var() + _NORMALIZE_EPSILON)
    power = _power_spectrum(scaled)[:-1]  # the centred frame past the end is dropped, as Whisper does
    bands = np.log10(np.maximum(power @ _MEL_FILTERS, _POWER_FLOOR)).T
    bands = np.maximum(bands, bands.max() - _RANGE_LOG10)
    return np.asarray((bands + 4.0) / 4.0, dtype=np.float32)


def _power_spectrum(audio: Float32Array) -> Float64Array:
    """|FFT|² of Hann-windowed frames centred every HOP_SAMPLES (edges mirrored): (frames, bins)."""
    edge = FFT_SAMPLES // 2
    padded = np.pad(audio.astype(np.float64), edge, mode="reflect")
    frames = sliding_window_view(padded, FFT_SAMPLES)[::HOP_SAMPLES]
    spectrum = np.fft.rfft(frames * _HANN, axis=-1)
    return np.asarray(spectrum.real**2 + spectrum.imag**2, dtype=np.float64)


def _hz_to_mel(hz: Float64Array) -> Float64Array:
    """Slaney's mel scale: linear (3 mels per 200 Hz) up to 1 kHz, logarithmic above."""
    log_step = np.log(6.4) / 27.0
    return np.where(hz < 1000.0, hz * 3.0 / 200.0, 15.0 + np.log(np.maximum(hz, 1e-9) / 1000.0) / log_step)


def _mel_to_hz(mel: Float64Array) -> Float64Array:
    log_step = np.log(6.4) / 27.0
    return np.where(mel < 15.0, mel * 200.0 / 3.0, 1000.0 * np.exp(log_step * (mel - 15.0)))


def _mel_filters() -> Float64Array:
    """Triangles evenly spaced in mels from 0 Hz to Nyquist, each scaled to equal area: (bins, bands)."""
    nyquist = SAMPLE_RATE_HZ / 2
    edges = _mel_to_hz(np.linspace(0.0, float(_hz_to_mel(np.array(nyquist))), MEL_BANDS + 2))
    bins = np.fft.rfftfreq(FFT_SAMPLES, 1.0 / SAMPLE_RATE_HZ)
    rising = (bins[:, None] - edges[None, :-2]) / np.diff(edges)[None, :-1]
    falling = (edges[None, 2:] - bins[:, None]) / np.diff(edges)[None, 1:]
    triangles = np.maximum(0.0, np.minimum(rising, falling))
    return np.asarray(triangles * (2.0 / (edges[2:] - edges[:-2]))[None, :], dtype=np.float64)


_HANN = np.hanning(FFT_SAMPLES + 1)[:-1]  # periodic, as torch.hann_window
_MEL_FILTERS = _mel_filters()
