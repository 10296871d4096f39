"""Dependency trees of single sentences, from natasha's syntax parser and morphology tagger.

natasha ships one syntax model (``NewsSyntaxParser``, Russian news, Universal Dependencies
relations) and one morphology tagger; both load once per process, on first use. Belarusian
has no model of its own: the Russian one reads its shared words and word order well
enough for the relations used here (subject, object, conjunct, apposition, flat names),
and the rules that use a tree fall back to the token rules where it fails. Only sentences
that hold a trigger or a list are parsed, so the cost grows with what a text reports.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Tree", "Word", "parse_sentence"]


@dataclass(frozen=True, slots=True)
class Word:
    """One token: character offsets in the whole text, head (index in the sentence, -1 at
    the root), relation to the head, part of speech and morphological features."""

    start: int
    end: int
    text: str
    head: int
    rel: str
    pos: str
    feats: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Tree:
    """The words of one sentence with their dependency relations."""

    words: tuple[Word, ...]

    def at(self, start: int, end: int) -> int | None:
        """The index of the first word that overlaps ``[start, end)``."""
        for i, w in enumerate(self.words):
            if w.start < end and start < w.end:
                return i
        return None

    def children(self, i: int, *rels: str) -> list[int]:
        return [
            k for k, w in enumerate(self.words)
            if w.head == i and (not rels or w.rel in rels or w.rel.split(":")[0] in rels)
        ]  # fmt: skip

    def ancestors(self, i: int) -> Iterator[int]:
        seen = {i}
        while (i := self.words[i].head) >= 0 and i not in seen:
            seen.add(i)
            yield i

    def closure(self, i: int, rels: frozenset[str]) -> list[int]:
        """``i`` and the words reached from it down relations in ``rels``."""
        out, todo = [i], [i]
        while todo:
            k = todo.pop()
            for c in self.children(k):
                if (self.words[c].rel in rels) and c not in out:
                    out.append(c)
                    todo.append(c)
        return sorted(out)


_LOCK = threading.Lock()
_MODELS: list[tuple[Any, Any]] = []


def _models() -> tuple[Any, Any]:
    with _LOCK:
        if not _MODELS:
            from natasha import NewsEmbedding, NewsMorphTagger, NewsSyntaxParser

            from vigil.extract.slavic.nlp import embedding

            emb: NewsEmbedding = embedding()
            _MODELS.append((NewsSyntaxParser(emb), NewsMorphTagger(emb)))
        return _MODELS[0]


# Belarusian letters respelled as Russian before parsing (same length, so offsets hold):
# the Russian model then knows more of the words. On the Belarusian golden texts the tree
# names a trigger's participants in 0.35 of the triggers instead of 0.26 (Russian: 0.74);
# respelling э and soft ц as well did worse (0.33).
_RESPELL = str.maketrans({"і": "и", "І": "И", "ў": "в", "Ў": "В", "’": "ъ", "'": "ъ"})


def parse_sentence(text: str, start: int, end: int, language: str = "ru") -> Tree:
    """The tree of ``text[start:end]`` (razdel's tokens; one tree even where razdel would
    cut the span into two sentences: the roots are then two words with head -1). Words
    keep their own spelling; Belarusian is parsed respelled (``_RESPELL``)."""
    from razdel import tokenize

    syntax, tagger = _models()
    span = text[start:end]
    read = span.translate(_RESPELL) if language == "be" else span
    tokens = list(tokenize(read))
    if not tokens:
        return Tree(())
    words = [t.text for t in tokens]  # as parsed (respelled)
    parsed = next(iter(syntax.map([words])))
    tagged = next(iter(tagger.map([words])))
    out: list[Word] = []
    for tok, dep, tag in zip(tokens, parsed.tokens, tagged.tokens, strict=True):
        head = int(dep.head_id) - 1
        out.append(Word(start + tok.start, start + tok.stop, span[tok.start : tok.stop], head,
                        dep.rel or "", tag.pos or "", dict(tag.feats or {})))  # fmt: skip
    return Tree(tuple(out))
