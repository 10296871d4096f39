"""Dependency trees of sentences, from natasha's syntax parser.

natasha ships one syntax model (``NewsSyntaxParser``, Russian news, Universal Dependencies
relations); it loads once per process, on first use, and parses a text's sentences in one
batch. Belarusian
has no model of its own: the Russian one reads its shared words and word order well
enough for the relations used here (subject, object, conjunct, apposition, flat names),
and the rules that use a tree fall back to the token rules where it fails. Only sentences
that hold a trigger or a list are parsed, so the cost grows with what a text reports.
(natasha's morphology tagger is not run: the trigger word lists already say voice and
form, and it doubled the time.)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

__all__ = ["Tree", "Word", "parse_sentence", "parse_sentences"]


@dataclass(frozen=True, slots=True)
class Word:
    """One token: character offsets in the whole text, head (index in the sentence, -1 at
    the root) and relation to the head."""

    start: int
    end: int
    text: str
    head: int
    rel: str


@dataclass(frozen=True)
class Tree:
    """The words of one sentence with their dependency relations."""

    words: tuple[Word, ...]

    @cached_property
    def _kids(self) -> dict[int, list[int]]:
        kids: dict[int, list[int]] = {}
        for k, w in enumerate(self.words):
            kids.setdefault(w.head, []).append(k)
        return kids

    def at(self, start: int, end: int) -> int | None:
        """The index of the first word that overlaps ``[start, end)``."""
        for i, w in enumerate(self.words):
            if w.start < end and start < w.end:
                return i
        return None

    def children(self, i: int, *rels: str) -> list[int]:
        return [
            k for k in self._kids.get(i, [])
            if not rels or self.words[k].rel in rels or self.words[k].rel.split(":")[0] in rels
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


MAX_WORDS = 300  # the longest sentence parsed, in tokens

_LOCK = threading.Lock()
_MODELS: list[Any] = []


def _parser() -> Any:
    with _LOCK:
        if not _MODELS:
            from natasha import NewsSyntaxParser

            from vigil.extract.slavic.nlp import embedding

            _MODELS.append(NewsSyntaxParser(embedding()))
        return _MODELS[0]


# Belarusian letters respelled as Russian before parsing (same length, so offsets hold):
# the Russian model then knows more of the words. On the Belarusian golden texts the tree
# names a trigger's participants in 0.35 of the triggers instead of 0.26 (Russian: 0.74);
# respelling э and soft ц as well did worse (0.33).
_RESPELL = str.maketrans({"і": "и", "І": "И", "ў": "в", "Ў": "В", "’": "ъ", "'": "ъ"})


def parse_sentences(text: str, spans: list[tuple[int, int]], language: str = "ru") -> list[Tree]:
    """The trees of ``text[start:end]`` for each span, parsed in one batch (razdel's
    tokens; one tree even where razdel would cut a span in two: it then has two roots).
    Words keep their own spelling; Belarusian is parsed respelled (``_RESPELL``)."""
    from razdel import tokenize

    pieces = [text[a:b] for a, b in spans]
    read = [p.translate(_RESPELL) if language == "be" else p for p in pieces]
    tokens = [list(tokenize(r)) for r in read]
    # A "sentence" longer than any news sentence (a list run together, hostile input) is
    # not parsed: the token rules read it alone, and the time stays linear.
    todo = [i for i, t in enumerate(tokens) if 0 < len(t) <= MAX_WORDS]
    parsed = iter(_parser().map([[t.text for t in tokens[i]] for i in todo]))
    trees = [Tree(()) for _ in spans]
    for i in todo:
        markup = next(parsed)
        start, piece = spans[i][0], pieces[i]
        trees[i] = Tree(tuple(
            Word(start + tok.start, start + tok.stop, piece[tok.start : tok.stop],
                 int(dep.head_id) - 1, dep.rel or "")
            for tok, dep in zip(tokens[i], markup.tokens, strict=True)))  # fmt: skip
    return trees


def parse_sentence(text: str, start: int, end: int, language: str = "ru") -> Tree:
    """The tree of one span (``parse_sentences``)."""
    return parse_sentences(text, [(start, end)], language)[0]
