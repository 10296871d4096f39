"""A learned linear model: plain JSON weights, checked against a pinned SHA-256.

The file ``data/<name>.json`` holds ``{"name", "version", "bias", "threshold",
"weights": {feature: weight}, "trained": {...}}``; ``data/models.sha256`` pins the
SHA-256 of each shipped file (``sha256sum`` format). A file whose hash differs is
refused with a one-line error; applying the model is ``1 / (1 + exp(-(bias + Σ w)))``
over the features present, in plain Python.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from vigil.errors import VigilError

__all__ = ["DATA", "MANIFEST", "LinearModel", "ModelTampered", "load_model", "pinned"]

DATA = Path(__file__).parent / "data"
MANIFEST = DATA / "models.sha256"


class ModelTampered(VigilError):
    """A learned model's file differs from the one whose hash the repository pins."""


@dataclass(frozen=True)
class LinearModel:
    name: str  # "en-event-v1"
    bias: float
    threshold: float  # a probability at or above it decides "yes"
    weights: dict[str, float]

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))


def pinned(manifest: Path = MANIFEST) -> dict[str, str]:
    """File name → the SHA-256 the manifest pins for it."""
    found: dict[str, str] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split(maxsplit=1)
            found[name.strip()] = digest
    return found


def read_model(path: Path, manifest: Path = MANIFEST) -> LinearModel:
    """The model in ``path``, refused unless its SHA-256 is the one ``manifest`` pins."""
    hint = "restore the shipped file or retrain with `make train`"
    try:
        raw = path.read_bytes()
        want = pinned(manifest).get(path.name)
    except OSError as e:
        raise ModelTampered(f"learned model {path.name} cannot be read: {e.strerror}",
                            hint=hint) from None  # fmt: skip
    digest = hashlib.sha256(raw).hexdigest()
    if want is None:
        raise ModelTampered(f"learned model {path.name} has no pinned SHA-256 in "
                            f"{manifest.name}", hint=hint)  # fmt: skip
    if digest != want:
        raise ModelTampered(f"learned model {path.name} has SHA-256 {digest[:12]}…, not the "
                            f"pinned {want[:12]}…", hint=hint)  # fmt: skip
    data: dict[str, Any] = json.loads(raw)
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return LinearModel(str(data["name"]), float(data["bias"]), float(data["threshold"]), weights)


@cache
def load_model(name: str) -> LinearModel:
    """The shipped model ``name`` (``en-event-v1``), checked once per process."""
    return read_model(DATA / f"{name}.json")
