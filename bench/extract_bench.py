"""Speed of the English extractors beside the bare spaCy pipeline each runs on.

Reads the English articles of the dev corpus, repeats them to at least --words words,
and times, for each version (``--versions v1,v2``): (1) bare ``nlp.pipe`` of that
version's pipeline over the texts (en.v1: tok2vec, senter, ner; en.v2: the same model
with its dependency parser) and (2) the whole extraction (the same ``nlp.pipe`` plus
every rule and parse step), in one process with each pipeline loaded once. Prints
articles/s, words/s and the ratio (target: at most 1.5).

    .venv/bin/python bench/extract_bench.py [--corpus ../shared/corpus/dev] [--words 200000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path
from typing import Any

from vigil.extract.en.v2 import EnglishV2
from vigil.extract.en_v1 import EnglishV1
from vigil.extract.pipeline import pipeline
from vigil.ingest import read_source

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--versions", default="v1,v2", help="comma-separated: v1, v2")
    args = ap.parse_args()
    sources = [read_source(p) for p in sorted((args.corpus / "articles").glob("*.txt"))]
    english = [s for s in sources if (s.language or "en") == "en"]
    words_each = sum(len(s.text.split()) for s in english)
    if not words_each:
        raise SystemExit(f"no English articles under {args.corpus / 'articles'}: give --corpus")
    repeat = -(-args.words // words_each)
    texts = [s.text for s in english] * repeat
    dates = [s.published for s in english] * repeat
    words = words_each * repeat
    print(f"{len(texts)} articles, {words:,} words ({len(english)} English articles x {repeat})")
    for version in args.versions.split(","):
        parse = version.strip() == "v2"
        loaded = pipeline(parse=parse)
        extractor = EnglishV2() if parse else EnglishV1()
        _bench(extractor, loaded.nlp, loaded.statistical, texts, dates, words, len(english))


def _bench(
    extractor: EnglishV1,
    nlp: Any,
    statistical: bool,
    texts: list[str],
    dates: list[dt.date | None],
    words: int,
    warm: int,
) -> None:
    print(f"\n{extractor.name}: model {'statistical' if statistical else 'blank (rules only)'}, "
          f"components {nlp.pipe_names}")  # fmt: skip
    list(nlp.pipe(texts[:warm]))  # warm up

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
