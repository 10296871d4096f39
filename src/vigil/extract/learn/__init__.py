"""Small classifiers learned from the work part of the dev corpus (``make train``).

Where a decision needs many weak cues at once (is this person the one the sentence's
event is about, or a judge, a lawyer, a relative, a speaker?), a linear model weighs
them. It is trained with scikit-learn (``vigil.extract.learn.train``), shipped as plain
JSON (feature → weight, no pickle: loading it runs no code) and pinned by its SHA-256 in
``data/models.sha256``, checked on every load; applying it is a sum of weights.
"""

from vigil.extract.learn.model import LinearModel, ModelTampered, load_model

__all__ = ["LinearModel", "ModelTampered", "load_model"]
