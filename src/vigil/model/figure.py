"""Figures: aggregate counts that sources state."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from vigil.model.dates import PartialDate

__all__ = ["HELD_CATEGORIES", "Figure", "Qualifier", "is_held"]


class Qualifier(StrEnum):
    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    ABOUT = "about"
    UP_TO = "up_to"


#: Categories that state how many political prisoners are held: the registry's own
#: word, and the one the extractors use (their gold schema's).
HELD_CATEGORIES = frozenset({"held", "political_prisoners_held"})


def is_held(category: str) -> bool:
    """Whether a figure of ``category`` is comparable with the registry's count."""
    return category in HELD_CATEGORIES


@dataclass(frozen=True, slots=True)
class Figure:
    """ "More than 1,400 held", "30 pardoned: 14 women, 16 men" as said by someone."""

    value: int
    qualifier: Qualifier
    category: str  # held, pardoned, released, detained, ...
    as_of: PartialDate | None = None
    breakdown: dict[str, int] = field(default_factory=dict)
    attributed_to: str | None = None
    claim_id: int | None = None
    id: int | None = None
