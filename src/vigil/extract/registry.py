"""Extractors by language, each under a versioned name (``vigil.extract.en.v1``).

English, Russian and Belarusian are extracted; for another language the "extractor" says
which language it saw and that it is not handled yet, in the Extraction's notes.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Protocol

from vigil.extract.types import Extraction

__all__ = ["EXTRACTORS", "KNOWN", "Extractor", "extractor_for", "extractor_named"]

# The default extractor of each language; ``KNOWN`` lists every version selectable by
# name (``vigil extract --extractor vigil.extract.ru.v1``), the defaults included.
EXTRACTORS = {"en": "vigil.extract.en.v2", "ru": "vigil.extract.ru.v2", "be": "vigil.extract.be.v2"}
KNOWN = {
    "vigil.extract.en.v1": "en",
    "vigil.extract.en.v2": "en",
    "vigil.extract.ru.v1": "ru",
    "vigil.extract.ru.v2": "ru",
    "vigil.extract.be.v1": "be",
    "vigil.extract.be.v2": "be",
}
_NAMES = {"be": "Belarusian", "ru": "Russian", "uk": "Ukrainian", "en": "English"}


class Extractor(Protocol):
    def __call__(self, text: str, *, published: dt.date | None = None) -> Extraction: ...


class _Unsupported:
    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, text: str, *, published: dt.date | None = None) -> Extraction:
        name = _NAMES.get(self.language, self.language)
        return Extraction(
            extractor="vigil.extract.none",
            language=self.language,
            notes=(f"the text is in {name} ({self.language}); only English, Russian and "
                   "Belarusian are extracted for now, so nothing was extracted",),
        )  # fmt: skip


class _Detecting:
    """Guesses the language from the script, then hands over."""

    def __call__(self, text: str, *, published: dt.date | None = None) -> Extraction:
        from vigil.extract.language import detect_language

        language = detect_language(text) or "en"
        return _by_language(language)(text, published=published)


@cache
def _by_language(language: str) -> Extractor:
    if language in EXTRACTORS:
        return _named(EXTRACTORS[language])
    return _Unsupported(language)


@cache
def _named(name: str) -> Extractor:
    if name == "vigil.extract.en.v1":
        from vigil.extract.en_v1 import EnglishV1

        return EnglishV1()
    if name == "vigil.extract.en.v2":
        from vigil.extract.en.v2 import EnglishV2

        return EnglishV2()
    if name == "vigil.extract.ru.v1":
        from vigil.extract.ru_v1 import RussianV1

        return RussianV1()
    if name == "vigil.extract.ru.v2":
        from vigil.extract.ru_v2 import RussianV2

        return RussianV2()
    if name == "vigil.extract.be.v1":
        from vigil.extract.be_v1 import BelarusianV1

        return BelarusianV1()
    if name == "vigil.extract.be.v2":
        from vigil.extract.be_v2 import BelarusianV2

        return BelarusianV2()
    raise KeyError(name)


def extractor_named(name: str) -> Extractor:
    """The extractor ``name`` (one of ``KNOWN``), for its language only."""
    if name not in KNOWN:
        from vigil.errors import InvalidInput

        raise InvalidInput(f"unknown extractor {name!r}", hint=f"use one of: {', '.join(KNOWN)}")
    return _named(name)


def extractor_for(language: str | None) -> Extractor:
    """The extractor for ``language`` (ISO 639-1), or one that detects it when None."""
    if language is None:
        return _Detecting()
    return _by_language(language.strip().lower()[:2])
