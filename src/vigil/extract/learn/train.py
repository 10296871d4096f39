"""``make train``: learn en.v2's two models from the work part of the dev corpus.

Every English work article (sorted by name) is extracted by en.v2 with its rules alone.

- ``en-event-v1``: each candidate (a person a trigger's sentence names,
  ``extract.en.cues``) is an example, positive when the gold annotation has that person
  (the scorer's name match) with an event of the trigger's type;
- ``en-org-v1``: each organisation the rules propose is an example, positive when the
  gold names it among the article's organisations.

Each is a logistic regression (scikit-learn, liblinear: no random state involved) chosen
by leave-articles-out cross-validation on those articles only: the regularisation ``C``
with the best log-loss; then, for events, the lowest threshold at which the events the
model would add to the rules' (candidates the rules left out) are right at least
``PRECISION`` of the time across folds, and for organisations the threshold with the
best held-out F1 of those kept. The check part is never read.

The result is written as plain JSON (sorted, weights rounded) and its SHA-256 pinned in
``data/models.sha256``; the same inputs give the same bytes.

    python -m vigil.extract.learn.train [--corpus DIR] [--scorer FILE] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from vigil.extract.learn.model import DATA, MANIFEST

__all__ = ["Row", "collect", "fit", "main", "write"]

NAME = "en-event-v1"
ORG_NAME = "en-org-v1"
C_GRID = (0.03, 0.1, 0.3, 1.0)
FOLDS = 5
MIN_COUNT = 2  # a feature seen in fewer examples is left out
PRECISION = 0.75  # of the events the model adds, across folds
SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents if (p / "shared").is_dir()),
    Path("../shared"),
)


@dataclass(frozen=True)
class Row:
    article: str
    kind: str  # "event" or "organisation"
    features: list[str]
    label: bool
    covered: bool  # the rules already gave the person an event of the type


NameMatch = Callable[[str, str], bool]


def _front_matter(path: Path) -> tuple[dict[str, str], str]:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    if text.startswith("---\n"):
        head, _, body = text[4:].partition("\n---\n")
        for line in head.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
        return meta, body
    return meta, text


def collect(corpus: Path, same_name: NameMatch, limit: int | None = None) -> list[Row]:
    """The examples of the English work articles of ``corpus`` (the first ``limit``)."""
    import datetime as dt

    from vigil.extract.chunks import extract_in_pieces
    from vigil.extract.en.v2 import EnglishV2, Example

    gold = {}
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            gold[obj["article"]] = obj
    check = set(json.loads((corpus / "split.json").read_text(encoding="utf-8"))["check"])
    rows: list[Row] = []
    done = 0
    for path in sorted((corpus / "articles").glob("*.txt")):
        if path.stem in check or path.stem not in gold:
            continue  # the check part is never read
        meta, body = _front_matter(path)
        if meta.get("language") != "en":
            continue
        if limit is not None and done >= limit:
            break
        done += 1
        published = dt.date.fromisoformat(meta["published"]) if meta.get("published") else None
        examples: list[Example] = []
        extractor = EnglishV2(learned=False, examples=examples)
        extract_in_pieces(partial(extractor, published=published), body)
        detainees = gold[path.stem].get("detainees") or []
        orgs = [o.get("name") or "" for o in gold[path.stem].get("others") or []
                if o.get("role") == "organization"]  # fmt: skip
        for ex in examples:
            if ex.type is None:
                label = any(same_name(ex.name, o) for o in orgs)
                rows.append(Row(path.stem, "organisation", ex.features, label, False))
                continue
            label = any(
                same_name(ex.name, d.get("name") or "")
                and any(e.get("type") == ex.type.value for e in d.get("events") or [])
                for d in detainees
            )
            rows.append(Row(path.stem, "event", ex.features, label, ex.covered))
    return rows


def _matrix(rows: list[Row], vocab: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    data: list[float] = []
    cols: list[int] = []
    ptr = [0]
    for r in rows:
        idx = sorted({vocab[f] for f in r.features if f in vocab})
        cols += idx
        data += [1.0] * len(idx)
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(rows), len(vocab)))


def _vocab(rows: list[Row]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r.features):
            counts[f] = counts.get(f, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    return {f: i for i, f in enumerate(kept)}


def fit(rows: list[Row], c: float) -> tuple[float, dict[str, float]]:
    """Bias and feature → weight of a logistic regression on ``rows``."""
    from sklearn.linear_model import LogisticRegression

    vocab = _vocab(rows)
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
    clf.fit(_matrix(rows, vocab), [int(r.label) for r in rows])
    coef = clf.coef_[0]
    weights = {f: round(float(coef[i]), 6) for f, i in vocab.items() if round(float(coef[i]), 6)}
    return round(float(clf.intercept_[0]), 6), weights


def _probability(bias: float, weights: dict[str, float], features: list[str]) -> float:
    import math

    return 1.0 / (1.0 + math.exp(-(bias + sum(weights.get(f, 0.0) for f in set(features)))))


def cross_validate(rows: list[Row], c: float) -> list[float]:
    """The held-out probability of every row, articles kept out together in ``FOLDS``
    folds (article names sorted, dealt round-robin)."""
    articles = sorted({r.article for r in rows})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    out = [0.0] * len(rows)
    for k in range(FOLDS):
        train = [r for r in rows if fold_of[r.article] != k]
        bias, weights = fit(train, c)
        for i, r in enumerate(rows):
            if fold_of[r.article] == k:
                out[i] = _probability(bias, weights, r.features)
    return out


def _report(rows: list[Row], held: list[float], threshold: float) -> dict[str, Any]:
    import math

    n = len(rows)
    right = sum((p >= 0.5) == r.label for p, r in zip(held, rows, strict=True))
    loss = -sum(
        math.log(max(1e-9, p if r.label else 1 - p)) for p, r in zip(held, rows, strict=True)
    )
    added = [(p, r) for p, r in zip(held, rows, strict=True) if not r.covered and p >= threshold]
    return {
        "examples": n,
        "positives": sum(r.label for r in rows),
        "accuracy": round(right / n, 4) if n else 0.0,
        "log_loss": round(loss / n, 4) if n else 0.0,
        "added": len(added),
        "added_right": sum(r.label for _, r in added),
        "uncovered_positives": sum(r.label for r in rows if not r.covered),
    }


def _threshold(rows: list[Row], held: list[float]) -> float:
    """The lowest threshold (0.50 … 0.95) at which the rows the rules left out and the
    model would add are right at least ``PRECISION`` of the time; 0.95 at worst."""
    for step in range(50, 96, 5):
        t = step / 100
        added = [r.label for p, r in zip(held, rows, strict=True) if not r.covered and p >= t]
        if added and sum(added) / len(added) >= PRECISION:
            return t
    return 0.95


def _kept_f1(rows: list[Row], held: list[float]) -> float:
    """The threshold (0.20 … 0.80) with the best held-out F1 of the rows kept."""
    best = (-1.0, 0.5)
    positives = sum(r.label for r in rows)
    for step in range(20, 81, 5):
        t = step / 100
        kept = [r.label for p, r in zip(held, rows, strict=True) if p >= t]
        tp = sum(kept)
        f1 = 2 * tp / (len(kept) + positives) if kept or positives else 0.0
        if f1 > best[0] + 1e-9:
            best = (f1, t)
    return best[1]


def train(rows: list[Row], kind: str = "event") -> dict[str, Any]:
    """The JSON content of the ``kind`` model: C and threshold chosen by
    cross-validation on ``rows`` of that kind."""
    rows = [r for r in rows if r.kind == kind]
    scored = []
    for c in C_GRID:
        held = cross_validate(rows, c)
        scored.append((_report(rows, held, 0.5)["log_loss"], c, held))
    _, c, held = min(scored, key=lambda x: (x[0], x[1]))
    threshold = _threshold(rows, held) if kind == "event" else _kept_f1(rows, held)
    bias, weights = fit(rows, c)
    about = {
        "event": "en.v2: is the event a trigger's sentence states about a person theirs",
        "organisation": "en.v2: is an organisation the rules propose one the text is about",
    }
    report = _report(rows, held, threshold)
    kept = [r.label for p, r in zip(held, rows, strict=True) if p >= threshold]
    report["kept"], report["kept_right"] = len(kept), sum(kept)
    return {
        "name": NAME if kind == "event" else ORG_NAME,
        "about": about[kind],
        "trained_on": "dev corpus, English articles of the work part",
        "C": c,
        "threshold": threshold,
        "cross_validation": {"folds": FOLDS, **report},
        "bias": bias,
        "weights": dict(sorted(weights.items())),
    }


def write(model: dict[str, Any], out: Path, manifest: Path) -> Path:
    """Writes ``<name>.json`` under ``out`` and pins its SHA-256 in ``manifest``."""
    path = out / f"{model['name']}.json"
    raw = (json.dumps(model, indent=0, sort_keys=True, ensure_ascii=False) + "\n").encode()
    path.write_bytes(raw)
    old = manifest.read_text(encoding="utf-8").splitlines() if manifest.exists() else []
    lines = [ln for ln in old if not ln.endswith(f"  {path.name}")]
    if not lines:
        lines = ["# SHA-256 of each learned model shipped here (written by `make train`)"]
    lines.append(f"{hashlib.sha256(raw).hexdigest()}  {path.name}")
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _scorer_same_name(scorer: Path) -> NameMatch:
    spec = importlib.util.spec_from_file_location("score_extraction", scorer)
    if spec is None or spec.loader is None or not scorer.exists():
        sys.exit(f"cannot load the scorer from {scorer}; give --scorer FILE")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    match: NameMatch = module.same_name
    return match


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score_extraction.py")
    ap.add_argument("--out", type=Path, default=DATA)
    ap.add_argument("--manifest", type=Path, default=MANIFEST)
    args = ap.parse_args(argv)
    if not (args.corpus / "split.json").exists():
        sys.exit(f"no dev corpus with a split.json at {args.corpus}; give --corpus DIR")
    rows = collect(args.corpus, _scorer_same_name(args.scorer))
    for kind in ("event", "organisation"):
        model = train(rows, kind)
        path = write(model, args.out, args.manifest)
        cv = model["cross_validation"]
        added = ""
        if kind == "event":
            added = (f"; adds {cv['added_right']} right of {cv['added']} to the rules' "
                     f"({cv['uncovered_positives']} they missed)")  # fmt: skip
        print(f"{path.name}: {len(model['weights'])} weights, C={model['C']}, threshold "
              f"{model['threshold']}; cross-validated on work ({cv['folds']} folds by "
              f"article): accuracy {cv['accuracy']} on {cv['examples']} examples, keeps "
              f"{cv['kept_right']} right of {cv['kept']}{added}")  # fmt: skip


if __name__ == "__main__":
    main()
