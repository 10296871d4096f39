"""Russian and Belarusian extraction, shared by ``vigil.extract.ru.v1`` and ``be.v1``.

natasha (``nlp``) gives sentences and named entities; the rest is rules, one concern per
module: word lists per language as data (``extract/data/words_ru.toml``, ``words_be.toml``,
read by ``words``, compiled by ``lexicon``),
numbers (``numerals``), dates, terms and articles, facilities and organizations
(``places``), figures, names in the nominative with their gender (``names``), person
mentions (``persons``), event triggers and whom they are about (``events``,
``subjects``), events and their merging (``happenings``), dates carried between
sentences (``carry``), quotes, and the run over one text (``run``). natasha is imported
lazily.
"""

from __future__ import annotations

import datetime as dt

from vigil.extract.types import Extraction

__all__ = ["SlavicExtractor"]


class SlavicExtractor:
    """An extractor for one language ("ru" or "be"), under its versioned name."""

    def __init__(self, language: str, name: str, *, structured: bool = False) -> None:
        self.language = language
        self.name = name
        self.structured = structured  # v2: the dependency tree beside the token rules

    def __call__(self, text: str, *, published: dt.date | None = None) -> Extraction:
        if self.language == "be":
            from vigil.extract.slavic.lacinka import back, latin_majority, respell

            # Belarusian in Latin letters is Łacinka (a short post may have one "ŭ" or
            # none): read in Cyrillic, given back in the source's letters
            if latin_majority(text):
                respelled = respell(text)
                return back(self._run(respelled.text, published), respelled)
        return self._run(text, published)

    def _run(self, text: str, published: dt.date | None) -> Extraction:
        from vigil.extract.slavic.nlp import parse
        from vigil.extract.slavic.run import Run

        if self.structured:
            from vigil.extract.slavic.structured import StructuredRun

            run: Run = StructuredRun(text, parse(text), published, self.language, self.name)
        else:
            run = Run(text, parse(text), published, self.language, self.name)
        return run.extraction()
