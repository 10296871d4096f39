"""natasha for Russian (and, weakly, Belarusian) text: sentences and named entities.

The models ship inside the natasha wheel (navec embeddings, slovnet NER); they load once
per process, lazily, on first use. The morphology dictionary (pymorphy2, through
natasha's ``MorphVocab``) loads separately, only when a Russian name is normalised.
natasha is imported here and in nowhere else, never at ``import vigil.extract``.

pymorphy2 warns about ``pkg_resources`` on import; that warning is silenced here only.
Never ``repr()`` an analyzer: pymorphy2's repr calls ``inspect.getargspec``, gone in 3.11.
"""

from __future__ import annotations

import re
import threading
import warnings
from dataclasses import dataclass
from typing import Any

__all__ = ["Entity", "Parsed", "bare", "embedding", "morph", "parse", "tagger"]


@dataclass(frozen=True, slots=True)
class Entity:
    type: str  # PER, ORG, LOC
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Parsed:
    """What natasha gives for one text: sentence spans and entities, in character offsets."""

    sentences: list[tuple[int, int]]
    entities: list[Entity]


@dataclass(frozen=True)
class _Tagger:
    segmenter: Any
    ner: Any


_LOCK = threading.Lock()
_TAGGER: list[_Tagger] = []
_MORPH: list[Any] = []
_EMBEDDING: list[Any] = []


def embedding() -> Any:
    """natasha's navec word embedding, shared by the NER tagger and the syntax models."""
    with _EMB_LOCK:
        if not _EMBEDDING:
            from natasha import NewsEmbedding

            _EMBEDDING.append(NewsEmbedding())
        return _EMBEDDING[0]


_EMB_LOCK = threading.Lock()


def tagger() -> _Tagger:
    """The process-wide segmenter and NER tagger (loaded on first use, about 0.7 s)."""
    with _LOCK:
        if not _TAGGER:
            from natasha import NewsNERTagger, Segmenter

            _TAGGER.append(_Tagger(Segmenter(), NewsNERTagger(embedding())))
        return _TAGGER[0]


def morph() -> Any:
    """natasha's MorphVocab (a pymorphy2 analyzer with a cached ``parse``)."""
    with _LOCK:
        if not _MORPH:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # pkg_resources deprecation in pymorphy2
                from natasha import MorphVocab

                _MORPH.append(MorphVocab())
        return _MORPH[0]


def bare(text: str) -> Any:
    """Segment and NER-tag ``text`` with natasha alone (the benchmark's baseline)."""
    from natasha import Doc

    loaded = tagger()
    doc = Doc(text)
    doc.segment(loaded.segmenter)
    doc.tag_ner(loaded.ner)
    return doc


def parse(text: str) -> Parsed:
    """Sentences (also cut at line breaks that end a heading or paragraph) and entities."""
    doc = bare(text)
    sentences: list[tuple[int, int]] = []
    for sent in doc.sents:
        cut = sent.start
        for m in re.finditer(r"\n+", text[sent.start : sent.stop]):
            line = text[cut : sent.start + m.start()].rstrip()
            if line and (line[-1] in '.!?:»")' or len(line) < 60 or m.group(0).count("\n") > 1):
                sentences.append((cut, sent.start + m.start()))
                cut = sent.start + m.end()
        if text[cut : sent.stop].strip():
            sentences.append((cut, sent.stop))
    entities = [Entity(s.type, s.start, s.stop, s.text) for s in doc.spans]
    return Parsed(_joined(text, sentences), entities)


# Abbreviations razdel may take for a sentence end ("паводле арт. 228", "ч. 1 ст. 342").
_ABBREVIATION = re.compile(
    r"(?<![\w-])(?:арт|ст|ч|п|г|гг|ул|вул|пр|им|т|д|тыс|млн|руб|пос|пас|в|вв|р|ж|вёск|дер|"
    r"Ч|Ст|Арт)\.$"
)


def _joined(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut after an abbreviation or before a lower-case word, joined again."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        if out:
            prev_start, prev_end = out[-1]
            head = text[start : start + 1]
            gap = text[prev_end:start]
            if (
                "\n" not in gap
                and (
                    _ABBREVIATION.search(text[max(prev_start, prev_end - 6) : prev_end])
                    or head.islower()
                )
            ) or re.fullmatch(r"\s*\d{1,3}[.)]\s*", text[prev_start:prev_end]):
                # also "1." alone: the number of a list item, cut off from its item
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out
