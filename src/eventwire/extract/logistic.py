"""The learned steps' model: a logistic score over named cues and the threshold it is read
against, stored as JSON beside the code (`data/*.json`, written by the trainers in
`benchmarks/`)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LogisticModel:
    """Weights over a step's cues, in the step's order, a bias and the step's threshold."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: list[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features))
        return 1.0 / (1.0 + math.exp(-z))


def read_model(path: Path, features: tuple[str, ...]) -> LogisticModel:
    """The model stored at `path`; its feature names must be `features`, in order (a model trained
    on other cues would weigh the wrong ones)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != features:
        raise ValueError(f"{path}: the model's features {data['features']} are not {list(features)}")
    return LogisticModel(tuple(data["weights"]), data["bias"], data["threshold"])
