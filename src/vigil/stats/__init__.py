"""The public numbers: counts, how they moved, and how they were known at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection

from vigil.stats import counts
from vigil.store import headline as stored_headline

__all__ = ["Summary", "summary"]


@dataclass(frozen=True, slots=True)
class Summary:
    """The headline number on ``at``; ``known_at`` variants reproduce a past figure."""

    at: dt.date
    held: int
    held_month_before: int
    known_at: dt.date | None = None
    held_as_known: int | None = None
    cases: int | None = None
    #: Whose count it is: "recognized by Viasna", "recognized by any organisation".
    headline: str = "recognized by any organisation"

    @property
    def back_filled(self) -> int | None:
        """Persons counted now for ``at`` who were not known to be held at ``known_at``."""
        return None if self.held_as_known is None else self.held - self.held_as_known


def _month_before(day: dt.date) -> dt.date:
    year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    while True:
        try:
            return day.replace(year=year, month=month)
        except ValueError:
            day = day - dt.timedelta(days=1)


def summary(
    conn: Connection,
    at: dt.date,
    *,
    known_at: dt.date | None = None,
    with_cases: bool = False,
) -> Summary:
    return Summary(
        at=at,
        held=counts.count_at(conn, at),
        held_month_before=counts.count_at(conn, _month_before(at)),
        known_at=known_at,
        held_as_known=counts.count_at(conn, at, known_at) if known_at else None,
        cases=counts.count_cases_at(conn, at) if with_cases else None,
        headline=stored_headline.stored(conn).describe(),
    )
