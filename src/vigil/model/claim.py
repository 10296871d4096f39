"""Claims: statements taken from a source, with the exact span they rest on."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum

from vigil.model.payloads import Decision, Payload

__all__ = ["MANUAL_EXTRACTOR", "Claim", "ClaimKind", "Review", "ReviewState", "fingerprint"]

#: The extractor version recorded when a person cites a source by hand.
MANUAL_EXTRACTOR = "manual.v1"


class ClaimKind(StrEnum):
    PERSON = "person"
    EVENT = "event"
    FIGURE = "figure"
    FACILITY = "facility"
    ORGANIZATION = "organization"
    QUOTE = "quote"
    CASE = "case"  # a prosecution naming its defendants (a group trial)


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
    decision: Decision | None = None  # what accepting did, with the fields edited


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
    payload: Payload | None = None  # None: nothing beyond its quote (cited by hand)
    review: Review | None = None
    fingerprint: str | None = None
    id: int | None = None

    @property
    def state(self) -> ReviewState:
        return self.review.state if self.review else ReviewState.PROPOSED


def fingerprint(source_id: int, kind: ClaimKind, start: int, end: int, key: object) -> str:
    """Identity of what a claim says: same source, kind, span and key facts (an event's
    type and date, a figure's value and category, a name). Wording of reasons and
    confidences, or the extractor's version, do not change it."""
    data = json.dumps([source_id, kind.value, start, end, key], sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
