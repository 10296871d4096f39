"""Status as it was known over time: one fold per day on which a person's record changed.

A figure published on a past date used the events recorded by then. For each day on
which new events about a person were recorded, the person's status is folded again
from the events known that day; each fold holds until the next such day. The store
materializes these versions so that "held on D, as known on K" is one query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from vigil.model import Event
from vigil.status.fold import Fold, fold
from vigil.status.recognition import Headline

__all__ = ["Version", "versions"]


@dataclass(frozen=True, slots=True)
class Version:
    """The fold of a person's events as known from ``known_from`` until ``known_until``
    (exclusive; None while current)."""

    known_from: dt.date
    known_until: dt.date | None
    fold: Fold


def versions(events: Sequence[Event], headline: Headline | None = None) -> list[Version]:
    """Every version of a person's status, oldest first."""
    days = sorted({e.recorded_at.date() for e in events})
    result: list[Version] = []
    for i, day in enumerate(days):
        until = days[i + 1] if i + 1 < len(days) else None
        result.append(Version(day, until, fold(events, known_at=day, headline=headline)))
    return result
