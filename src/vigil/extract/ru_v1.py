"""``vigil.extract.ru.v1``: Russian news → persons, events, figures, facilities, quotes.

natasha finds sentences and names; the rules of ``vigil.extract.slavic`` (Russian word
lists in ``extract/data/words_ru.toml``) find events, terms, figures, facilities and
dates. Names come out in the nominative with their gender (Марии Колесниковой → Мария Колесникова).
"""

from __future__ import annotations

from vigil.extract.slavic import SlavicExtractor

__all__ = ["NAME", "RussianV1"]

NAME = "vigil.extract.ru.v1"


class RussianV1(SlavicExtractor):
    """The Russian extractor; natasha's models load once per process, on first use."""

    def __init__(self) -> None:
        super().__init__("ru", NAME)
