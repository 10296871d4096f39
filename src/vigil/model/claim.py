"""Claims: statements taken from a source, with the exact span they rest on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["MANUAL_EXTRACTOR", "Claim", "ClaimKind", "Review", "ReviewState"]

#: The extractor version recorded when a person cites a source by hand.
MANUAL_EXTRACTOR = "manual.v1"


class ClaimKind(StrEnum):
    PERSON = "person"
    EVENT = "event"
    FIGURE = "figure"
    FACILITY = "facility"
    QUOTE = "quote"


class ReviewState(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Review:
    """One decision on a claim; the latest decision is the claim's state."""

    state: ReviewState
    by: str
    at: dt.datetime
    note: str = ""
    bulk: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement in a source: ``text[start:end] == quote``."""

    source_id: int
    start: int
    end: int
    quote: str
    kind: ClaimKind
    extractor: str
    confidence: float = 1.0
    payload: dict[str, Any] = field(default_factory=dict)
    review: Review | None = None
    id: int | None = None

    @property
    def state(self) -> ReviewState:
        return self.review.state if self.review else ReviewState.PROPOSED
