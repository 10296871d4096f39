"""A sentence's term, the time served and the expected release date.

The rule (``docs/counting.md`` states it for readers):

- The sentence is the person's latest custodial ``sentenced`` event with a term (one
  that a later record corrects does not count).
- It runs from the start of the spell in custody that the sentence falls in (time in
  pre-trial detention counts towards the term), or from the sentence's date when the
  person was not held before it.
- The expected release is that start plus the term in calendar months (the 31st plus a
  month is the last day of a shorter month). A start known only to a month or a year,
  or marked as an estimate, makes the release an estimate: it lies between the release
  from the first and from the last day the start allows.
- Time served is counted up to ``as_of`` from the last day the start allows: a lower
  bound when the start is partial (as ``held_days`` counts).

A pardon, release or transfer to another regime ends the spell; the expected release is
then no longer shown (``ReleaseEstimate.held`` is false).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from vigil.model import Event, EventType, PartialDate, Precision
from vigil.status.fold import Fold, active_events
from vigil.status.spans import OPENS_CUSTODY, DayCount, opening_date

__all__ = ["ReleaseEstimate", "add_months", "expected_release"]


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, kept within the month it lands in."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


@dataclass(frozen=True, slots=True)
class ReleaseEstimate:
    """A sentence and when it ends, as precisely as its dates allow."""

    term_months: int
    sentenced: PartialDate
    start: PartialDate  # what the term is counted from
    earliest: dt.date  # the expected release, from the first day the start allows
    latest: dt.date  # ... and from the last
    served: DayCount  # days served up to ``as_of``
    held: bool  # still in the spell the sentence falls in on ``as_of``

    @property
    def estimate(self) -> bool:
        """The release day is not certain: the start is partial or an estimate."""
        return self.earliest != self.latest or self.start.estimate

    @property
    def release(self) -> PartialDate:
        """The expected release at the precision its range allows: a day, a month or a
        year (an estimate unless the start is an exact day)."""
        a, b = self.earliest, self.latest
        if a == b:
            return PartialDate.from_parts(a, Precision.DAY, self.start.estimate)
        if (a.year, a.month) == (b.year, b.month):
            return PartialDate.from_parts(a.replace(day=1), Precision.MONTH, True)
        if a.year == b.year:
            return PartialDate.from_parts(dt.date(a.year, 1, 1), Precision.YEAR, True)
        # A year-precise start whose range straddles a year: the middle, as an estimate.
        middle = a + (b - a) / 2
        return PartialDate.from_parts(dt.date(middle.year, 1, 1), Precision.YEAR, True)


def _sentence(events: list[Event]) -> Event | None:
    chosen = [
        e
        for e in events
        if e.type is EventType.SENTENCED and e.detail.term_months and e.detail.custodial
    ]
    return chosen[-1] if chosen else None


def expected_release(fold: Fold, events: Iterable[Event], as_of: dt.date) -> ReleaseEstimate | None:
    """The sentence in force and its expected end, or None without a custodial
    sentence with a term."""
    every = list(events)
    sentence = _sentence(active_events(every))
    if sentence is None or sentence.detail.term_months is None:
        return None
    day = sentence.date.effective
    held = [s for s in fold.segments if s.held]
    covering = next((s for s in held if s.covers(day)), None)
    start = sentence.date
    end: dt.date | None = None
    if covering is not None:
        run_start, run_end = covering.start, covering.end
        for s in reversed(held):  # walk back through adjoining held segments
            if s.end == run_start:
                run_start = s.start
        for s in held:  # and forward
            if run_end is not None and s.start == run_end:
                run_end = s.end
        start = opening_date(every, run_start, OPENS_CUSTODY)
        end = run_end
    term = sentence.detail.term_months
    until = as_of if end is None else min(end, as_of)
    served = DayCount(max(0, (until - start.latest).days), start.precision is not Precision.DAY)
    return ReleaseEstimate(
        term_months=term,
        sentenced=sentence.date,
        start=start,
        earliest=add_months(start.earliest, term),
        latest=add_months(start.latest, term),
        served=served,
        held=covering is not None and (end is None or end > as_of),
    )
