"""Withheld names out of every public text.

A ``Redactor`` knows the names of every person whose name the registry withholds, in
each stored variant, and finds them in any text in any script and case form: each word
of a text is read as the name matcher reads a name part (``vigil.names``), so
"Хідданава", "Хидданавой" (a Russian case form) and "Hiddenau" (another romanization)
all meet "Hiddenava". A surname found this way is replaced, together with the given
names, patronymics and initials written next to it, by ``MARKER``.

It errs on the side of the person: a surname shared with a relative is redacted for
the relative too, and a word that merely reads like a withheld surname is redacted.
A given name on its own is redacted only when it is rare (not in the matcher's table of
given names), because "Volha" alone identifies nobody and "Wmarker" alone may.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from vigil.names.parse import parse_uncached, word_keys

__all__ = ["MARKER", "Redactor", "RedactorCache"]

MARKER = "[name withheld]"

_WORD = re.compile(r"\w+", re.UNICODE)
# What may stand between the parts of one written name: spaces, a hyphen, an initial's dot.
_JOINER = re.compile(r"[\s.\-‐'’]{1,3}")
#: Phonetic keys shorter than this match too many words; such parts must match as written.
MIN_KEY = 4


@dataclass(frozen=True, slots=True)
class _Part:
    keys: frozenset[str]  # phonetic keys of the part (surname family keys, given-name keys)
    literal: str  # the part as written, case-folded


class Redactor:
    """Finds and replaces the withheld names in texts."""

    def __init__(self, names: Iterable[Sequence[str]]) -> None:
        """``names``: for each withheld person, every written variant of their name."""
        self._anchors: set[str] = set()  # keys that mark a name wherever they stand
        self._companions: set[str] = set()  # keys redacted only next to an anchor
        self._literals: set[str] = set()
        for variants in names:
            for variant in variants:
                for token in parse_uncached(variant, keep_words=False).tokens:
                    self._add(token.text, token.role)
        self._cache: dict[str, tuple[bool, bool]] = {}

    def _add(self, word: str, role: str) -> None:
        folded = word.casefold()
        if role == "initial":
            return
        keys = word_keys(folded)
        if role in ("given", "patronymic"):
            self._companions.update(keys)
            self._companions.add(folded)
            return
        # a surname, or a given name the matcher does not know: rare enough to identify
        self._literals.add(folded)
        self._anchors.update(k for k in keys if len(k) >= MIN_KEY)

    @property
    def empty(self) -> bool:
        return not self._literals and not self._companions

    def _kind(self, word: str) -> tuple[bool, bool]:
        """(anchor, companion) for one word of a text."""
        folded = word.casefold()
        hit = self._cache.get(folded)
        if hit is not None:
            return hit
        anchor = folded in self._literals
        companion = folded in self._companions
        if not anchor and len(folded) >= 2 and not folded.isdigit():
            keys = word_keys(folded)
            anchor = bool(keys & self._anchors)
            companion = companion or bool(keys & self._companions)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[folded] = (anchor, companion)
        return anchor, companion

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where withheld names stand in ``text``, as merged (start, end) spans."""
        words = list(_WORD.finditer(text))
        kinds = [self._kind(m.group()) for m in words]
        marked = [anchor for anchor, _ in kinds]
        # A given name, patronymic or initial joined to a marked surname goes with it.
        for direction in (range(1, len(words)), range(len(words) - 2, -1, -1)):
            for i in direction:
                j = i - 1 if direction.step == 1 else i + 1
                if marked[i] or not marked[j]:
                    continue
                a, b = (words[j], words[i]) if j < i else (words[i], words[j])
                joined = _JOINER.fullmatch(text, a.end(), b.start()) is not None
                initial = len(words[i].group()) == 1 and words[i].group().isupper()
                if joined and (kinds[i][1] or initial):
                    marked[i] = True
        spans: list[tuple[int, int]] = []
        for m, hit in zip(words, marked, strict=True):
            if not hit:
                continue
            if spans and _JOINER.fullmatch(text, spans[-1][1], m.start()):
                spans[-1] = (spans[-1][0], m.end())
            else:
                spans.append((m.start(), m.end()))
        return spans

    def redact(self, text: str) -> str:
        """``text`` with every withheld name replaced by ``MARKER``."""
        if self.empty or not text:
            return text
        out, last = [], 0
        for start, end in self.spans(text):
            out += [text[last:start], MARKER]
            last = end
        out.append(text[last:])
        return "".join(out)

    def names_in(self, text: str) -> bool:
        """Whether ``text`` names a withheld person."""
        return not self.empty and bool(text) and bool(self.spans(text))


class RedactorCache:
    """One ``Redactor`` per registry version, shared by the requests of a process.

    Built from the withheld names when the registry's data version (its last audit log
    entry) moves, so a name withheld a moment ago is redacted from the next response.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: object = None
        self._redactor: Redactor | None = None

    def get(self, version: object, load: Callable[[], Iterable[Sequence[str]]]) -> Redactor:
        with self._lock:
            if self._redactor is not None and version == self._version:
                return self._redactor
        redactor = Redactor(load())
        with self._lock:
            self._version, self._redactor = version, redactor
        return redactor
