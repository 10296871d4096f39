"""Belarusian in the Latin script (Łacinka, as Naša Niva and Radyjo Svaboda print it).

natasha and the word lists read Cyrillic, so a Łacinka text is spelled in Cyrillic first
(``to_cyrillic``, keeping for each letter written the letters of the source it came
from), extracted, and the result brought back (``back``): every span onto the source
text, so that quotes are its own words, and every name the extractor wrote (persons,
speakers, facilities, organisations) spelled in Łacinka again (``to_lacinka``).
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from vigil.extract.types import Extraction, Span

__all__ = ["Respelled", "back", "is_lacinka", "latin_majority", "respell", "to_lacinka"]

T = TypeVar("T")

# Letters only Łacinka writes together: "ŭ" with "ł" or a consonant with an acute.
_LACINKA_ONLY = re.compile(r"[ŭŬ]")
_MARKED = re.compile(r"[łŁćĆśŚźŹńŃčČšŠžŽ]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
# Words only an English text is made of: an English report full of Belarusian names in
# Łacinka ("Aleś Bialacki", "Źmicier Sałaŭjoŭ") is English still.
_ENGLISH = re.compile(
    r"(?<![\w’'])(?:the|and|of|to|was|were|is|are|has|have|with|for|that)(?![\w’'])", re.I
)
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[Ѐ-ӿ]")
# Below this many Latin letters (a Telegram post), one "ŭ" is enough: no other language
# Vigil meets writes it.
_SHORT = 300

_VOWELS = "aeiouy"
# A vowel after a softness mark ("i" after a consonant, "j" after a vowel): я е ё ю і.
_IOTATED = {"a": "я", "e": "е", "o": "ё", "u": "ю", "i": "і"}
_PLAIN = {"a": "а", "e": "э", "o": "о", "u": "у", "y": "ы", "i": "і"}
_CONSONANTS = {
    "b": "б", "v": "в", "w": "в", "h": "г", "g": "ґ", "d": "д", "z": "з", "k": "к", "ł": "л",
    "m": "м", "n": "н", "p": "п", "r": "р", "s": "с", "t": "т", "f": "ф", "c": "ц", "č": "ч",
    "š": "ш", "ž": "ж", "ŭ": "ў", "ć": "ць", "ś": "сь", "ź": "зь", "ń": "нь", "x": "кс",
    "q": "к",
}  # fmt: skip
_DIGRAPHS = {"dź": "дзь", "dž": "дж", "dz": "дз", "ch": "х"}


def latin_majority(text: str) -> bool:
    """More Latin letters than Cyrillic: a text known to be Belarusian is then Łacinka,
    however few "ŭ" a short post has."""
    sample = text[:5000]
    return len(_LATIN.findall(sample)) > len(_CYRILLIC.findall(sample))


def is_lacinka(text: str) -> bool:
    """Whether ``text`` is Belarusian in Łacinka: more Latin letters than Cyrillic, and
    "ŭ" beside the marked consonants often enough (once, in a short post)."""
    sample = text[:5000]
    latin = len(_LATIN.findall(sample))
    if latin == 0 or latin <= len(_CYRILLIC.findall(sample)):
        return False
    if len(_ENGLISH.findall(sample)) >= 0.05 * len(_WORD.findall(sample)):
        return False
    u = len(_LACINKA_ONLY.findall(sample))
    if u < 2 and not (u == 1 and latin < _SHORT):
        return False
    return u / latin >= 0.004 and len(_MARKED.findall(sample)) >= 2


class Respelled:
    """A Łacinka text spelled in Cyrillic: ``text``, and for each of its letters the
    span of the source letters it came from (``source``)."""

    def __init__(self, text: str, source: list[tuple[int, int]], original: str = "") -> None:
        self.text = text
        self.source = source
        self.original = original

    def span(self, span: Span) -> Span:
        """``span`` of the Cyrillic text as a span of the source."""
        if span.end <= span.start or span.start >= len(self.source):
            return span
        end = min(span.end, len(self.source)) - 1
        return Span(self.source[span.start][0], self.source[end][1])


def respell(text: str) -> Respelled:
    """``text`` (Łacinka) in Cyrillic, letter by letter; what is no Łacinka letter stays."""
    out: list[str] = []
    source: list[tuple[int, int]] = []

    def put(cyr: str, start: int, end: int, upper: bool) -> None:
        for k, ch in enumerate(cyr):
            out.append(ch.upper() if upper and k == 0 else ch)
            source.append((start, end))

    i, n = 0, len(text)
    low = text.lower()
    while i < n:
        ch, lc = text[i], low[i]
        upper = ch != lc
        prev = low[i - 1] if i > 0 else " "
        after_vowel = not prev.isalpha() or prev in _VOWELS or prev in "ŭ'’"
        two = low[i : i + 2]
        if two in _DIGRAPHS:
            put(_DIGRAPHS[two], i, i + 2, upper)
            i += 2
        elif lc == "j" and i + 1 < n and low[i + 1] in _IOTATED and after_vowel:
            put(_IOTATED[low[i + 1]], i, i + 2, upper)  # "ja" → "я" at a word's start
            i += 2
        elif lc == "j" and i + 1 < n and low[i + 1] in "aeoui" and prev.isalpha():
            put("’" + _IOTATED[low[i + 1]], i, i + 2, False)  # "surjozny" → "сур’ёзны", "Darji"
            i += 2
        elif lc == "j":
            put("й", i, i + 1, upper)
            i += 1
        elif lc == "i" and i + 1 < n and low[i + 1] in "aeou" and not after_vowel:
            put(_IOTATED[low[i + 1]], i, i + 2, upper)  # "bie" → "бе", "sia" → "ся"
            i += 2
        elif lc == "l":
            nxt = low[i + 1] if i + 1 < n else " "
            if nxt in _IOTATED and nxt != "i":
                put("л" + _IOTATED[nxt], i, i + 2, upper)  # "la" → "ля"
                i += 2
            elif nxt == "i":
                put("л", i, i + 1, upper)
                i += 1
            else:
                put("ль", i, i + 1, upper)
                i += 1
        elif lc in _PLAIN:
            put(_PLAIN[lc], i, i + 1, upper)
            i += 1
        elif lc in _CONSONANTS:
            put(_CONSONANTS[lc], i, i + 1, upper)
            i += 1
        else:
            put(ch, i, i + 1, False)
            i += 1
    return Respelled("".join(out), source, text)


_BACK_SOFT = {"я": "a", "е": "e", "ё": "o", "ю": "u", "і": "i"}
_BACK_VOWELS = {"а": "a", "э": "e", "о": "o", "у": "u", "ы": "y"}
_BACK_CONS = {
    "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "ž", "з": "z", "й": "j", "к": "k",
    "м": "m", "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ў": "ŭ", "ф": "f", "х": "ch",
    "ц": "c", "ч": "č", "ш": "š",
}  # fmt: skip
_BACK_SOFTENED = {"с": "ś", "з": "ź", "ц": "ć", "н": "ń", "л": "l"}


def to_lacinka(text: str) -> str:
    """Cyrillic Belarusian (a name the extractor wrote) in Łacinka."""
    out: list[str] = []
    low = text.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i > 0 else " "
        nxt = low[i + 1] if i + 1 < len(low) else " "
        if ch == "ь" or ch in "’'":
            continue
        if ch in _BACK_SOFT:
            soft = prev.isalpha() and prev not in "аэоуыяеёюіўйь’'"
            if ch == "і":
                piece = "ji" if prev in "’'" else "i"  # "і" is "i" after a letter; "Дар’і"
            elif prev == "л":
                piece = _BACK_SOFT[ch]
            else:
                piece = ("i" if soft else "j") + _BACK_SOFT[ch]
        elif ch in _BACK_VOWELS:
            piece = _BACK_VOWELS[ch]
        elif ch == "л":
            piece = "l" if nxt in "яеёюіь" else "ł"
        elif ch in _BACK_SOFTENED and nxt == "ь":
            piece = _BACK_SOFTENED[ch]
        elif ch in _BACK_CONS:
            piece = _BACK_CONS[ch]
        else:
            piece = text[i]
        if text[i] != ch and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
    return "".join(out)


def back(extraction: Extraction, respelled: Respelled) -> Extraction:
    """``extraction`` of the respelled text as one of its Łacinka source."""
    return _back(extraction, respelled)


_NAMES = {"name", "speaker", "facility", "attributed_to"}


def _back(value: T, respelled: Respelled) -> T:
    if isinstance(value, Span):
        return respelled.span(value)  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_back(v, respelled) for v in value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type) and not _frozen_leaf(value):
        changes: dict[str, Any] = {}
        for f in fields(value):
            v = getattr(value, f.name)
            if f.name in _NAMES and isinstance(v, str):
                changes[f.name] = to_lacinka(v)
            elif f.name in {"reason", "detail"} and isinstance(v, str):
                quoted = _QUOTED.sub(lambda m: _quoted_back(m, respelled), v)
                changes[f.name] = _CYRILLIC_WORD.sub(lambda m: to_lacinka(m.group(0)), quoted)
            elif isinstance(v, Span | tuple) or (is_dataclass(v) and not _frozen_leaf(v)):
                changes[f.name] = _back(v, respelled)
        return replace(value, **changes)
    return value


_QUOTED = re.compile(r'"([^"]+)"')
_CYRILLIC_WORD = re.compile(r"[Ѐ-ӿ]+(?:[’'][Ѐ-ӿ]+)*")  # a detail's own words ("3 гады")


def _quoted_back(m: re.Match[str], respelled: Respelled) -> str:
    """A reason's quote of the respelled text as the source's own letters ("date from
    "16 červienia 2023 hoda""); a quote not found there (a name form) in Łacinka."""
    at = respelled.text.find(m.group(1))
    if at < 0 or not respelled.original:
        return f'"{to_lacinka(m.group(1))}"'
    return f'"{respelled.span(Span(at, at + len(m.group(1)))).of(respelled.original)}"'


def _frozen_leaf(value: object) -> bool:
    """Values carried as they are: dates and name forms (the matcher reads Cyrillic)."""
    return type(value).__name__ in {"PartialDate", "NameForm"}
