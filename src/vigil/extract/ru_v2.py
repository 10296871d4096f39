"""``vigil.extract.ru.v2``: ``ru.v1``'s rules with natasha's dependency parse.

The tree gives each trigger its participants by voice (subject, object, the genitive of a
noun, the noun a participle or relative clause describes), through coordination,
apposition and role nouns; lists after "среди них", "в том числе", "включая" give their
members the group's event, quoting the group's statement; where a date came from is said
in the reason (``slavic.structured``).
"""

from __future__ import annotations

from vigil.extract.slavic import SlavicExtractor

__all__ = ["NAME", "RussianV2"]

NAME = "vigil.extract.ru.v2"


class RussianV2(SlavicExtractor):
    """The Russian extractor with the parse; natasha's models load once, on first use."""

    def __init__(self) -> None:
        super().__init__("ru", NAME, structured=True)
