"""``vigil.extract.be.v2``: ``be.v1``'s rules with natasha's (Russian) dependency parse.

Belarusian has no parser of its own; natasha's Russian syntax model reads the shared word
order and most endings of Belarusian news well enough for subjects, objects, conjuncts
and appositions, and the token rules of v1 stay beside it (``slavic.structured``).
"""

from __future__ import annotations

from vigil.extract.slavic import SlavicExtractor

__all__ = ["NAME", "BelarusianV2"]

NAME = "vigil.extract.be.v2"


class BelarusianV2(SlavicExtractor):
    """The Belarusian extractor with the parse; natasha's models load once, on first use."""

    def __init__(self) -> None:
        super().__init__("be", NAME, structured=True)
