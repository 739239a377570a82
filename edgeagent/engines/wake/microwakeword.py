"""microWakeWord (TFLite) through pymicro-wakeword; several wake words at once."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edgeagent.engines.wake.base import Detection
from edgeagent.errors import WakeError

logger = logging.getLogger(__name__)


@dataclass
class _Model:
    name: str
    detector: Any  # pymicro_wakeword.MicroWakeWord
    features: Any  # pymicro_wakeword.MicroWakeWordFeatures (stateful: one per model)
    threshold: float


class MicroWakeWordEngine:
    """Each model has its own feature extractor; the most probable detection wins."""

    def __init__(self, config_paths: dict[str, Path], *, threshold: float = 0.0) -> None:
        from pymicro_wakeword import MicroWakeWord, MicroWakeWordFeatures

        self._models: list[_Model] = []
        for name, path in config_paths.items():
            try:
                detector = MicroWakeWord.from_config(path)
            except (OSError, ValueError, KeyError) as exc:
                self.close()
                raise WakeError(
                    "model_load_failed", f"cannot load wake model {name} from {path}: {exc}"
                ) from exc
            cutoff = threshold or detector.probability_cutoff
            self._models.append(_Model(name, detector, MicroWakeWordFeatures(), cutoff))
            logger.info("wake word %s loaded (threshold %.2f)", name, cutoff)

    def process(self, frame: bytes) -> Detection | None:
        best: Detection | None = None
        for model in self._models:
            for features in model.features.process_streaming(frame):
                probability = model.detector.process_streaming_prob(features)
                if probability is None or probability <= model.threshold:
                    continue
                if best is None or probability > best.probability:
                    best = Detection(model.name, float(probability))
        return best

    def set_threshold(self, threshold: float) -> None:
        """A new probability cutoff for every model (0 = each model's own)."""
        for model in self._models:
            model.threshold = threshold or model.detector.probability_cutoff

    @property
    def threshold(self) -> float:
        return min((m.threshold for m in self._models), default=0.0)

    def reset(self) -> None:
        for model in self._models:
            model.features.reset()
            model.detector.reset()

    def close(self) -> None:
        for model in self._models:
            model.detector.close()
        self._models = []
