"""``vigil.extract.be.v1``: Belarusian news → persons, events, figures, facilities, quotes.

The rules of ``vigil.extract.slavic`` with Belarusian word lists
(``extract/data/words_be.toml``); natasha's Russian NER is a weak fallback for names,
beside rules for capitalised names with a known given name in any case ("Ігара Лосіка" →
Ігар Лосік). Names link to registry persons across scripts at ingest (``vigil.names``).
"""

from __future__ import annotations

from vigil.extract.slavic import SlavicExtractor

__all__ = ["NAME", "BelarusianV1"]

NAME = "vigil.extract.be.v1"


class BelarusianV1(SlavicExtractor):
    """The Belarusian extractor; natasha's models load once per process, on first use."""

    def __init__(self) -> None:
        super().__init__("be", NAME)
