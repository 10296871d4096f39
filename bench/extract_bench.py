"""Speed of ``vigil.extract.en.v1`` beside the bare spaCy pipeline it runs on.

Reads the English articles of the dev corpus, repeats them to at least --words words,
and times (1) bare ``nlp.pipe`` over the texts and (2) the whole extraction (the same
``nlp.pipe`` plus every rule), in the same process with the pipeline loaded once.
Prints articles/s, words/s and the ratio (target: at most 1.5).

    .venv/bin/python bench/extract_bench.py [--corpus ../shared/corpus/dev] [--words 200000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from vigil.extract.en_v1 import EnglishV1
from vigil.extract.pipeline import pipeline
from vigil.ingest import read_source

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--words", type=int, default=200_000)
    args = ap.parse_args()
    sources = [read_source(p) for p in sorted((args.corpus / "articles").glob("*.txt"))]
    english = [s for s in sources if (s.language or "en") == "en"]
    words_each = sum(len(s.text.split()) for s in english)
    repeat = -(-args.words // words_each)
    texts = [s.text for s in english] * repeat
    dates = [s.published for s in english] * repeat
    words = words_each * repeat
    loaded = pipeline()
    nlp = loaded.nlp
    extractor = EnglishV1()
    print(f"model: {'statistical' if loaded.statistical else 'blank (rules only)'}, "
          f"components {nlp.pipe_names}")  # fmt: skip
    print(f"{len(texts)} articles, {words:,} words ({len(english)} English articles x {repeat})")
    list(nlp.pipe(texts[: len(english)]))  # warm up

    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    found = 0
    for doc, published in zip(nlp.pipe(texts), dates, strict=True):
        found += len(extractor.from_doc(doc, published=published).persons)
    full = time.perf_counter() - start

    for name, seconds in (("bare nlp.pipe", bare), ("vigil extract", full)):
        print(f"{name:<14} {seconds:7.2f} s  {len(texts) / seconds:8.1f} articles/s  "
              f"{words / seconds:10,.0f} words/s")  # fmt: skip
    print(f"ratio extract / bare: {full / bare:.2f} (target <= 1.5); {found} persons found")


if __name__ == "__main__":
    main()
