"""Partial dates: a day, a month or a year, possibly an estimate.

Sources rarely give exact days ("in March 2021", "in 2020", "around May"). A
PartialDate keeps what the source said and nothing more. The rules for comparing and
counting them are written here once, and every count in Vigil follows them:

1. A partial date stands for a period: a day, a whole month or a whole year.
   ``earliest`` and ``latest`` are its first and last day.
2. For status and counting, an event takes effect on its ``earliest`` day
   (``effective``). Released "in March 2021" stops counting on 1 March 2021; detained
   "in 2020" counts from 1 January 2020. The choice is conservative for releases and
   the same for everyone, so published counts can be reproduced exactly.
3. Ordering (``sort_key``): by ``earliest`` day, then by precision, finer first
   (a day inside a month sorts before the month as a whole), then by estimate
   (exact before estimated). Callers add their own tie-breaks after this key.
4. ``definitely_before(a, b)`` is true only when a's period ends before b's begins;
   overlapping periods (2021-03 and 2021-03-15) have no certain order.
5. The estimate flag never changes a day; it is carried through so pages can say
   "about" and reviewers can see which dates are guesses.
6. ``days_until`` counts from the effective day. A number of days *shown* (days held,
   days incommunicado) is a lower bound from a partial start: counted from its
   ``latest`` day (``vigil.status.spans``), and marked "at least".
7. ``str()`` gives the date as precisely as it is known (``2020``, ``2020-05``,
   ``~2020-05``); every display uses it, never ``earliest`` alone.
8. Two dates are *compatible* (``compatible``) when their periods overlap: 2020 and
   2020-05-29 may be the same day; 2020-05 and 2020-06-02 cannot. A second report of a
   fact with a compatible date confirms it (docs/counting.md, "One fact, several
   reports"). The estimate flag does not widen a period.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from vigil.errors import InvalidInput

__all__ = ["PartialDate", "Precision"]

_PATTERN = re.compile(r"^(~)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(\?)?$")


class Precision(StrEnum):
    """How much of a date the source gave."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a day, a month or a year; ``estimate`` marks a guess."""

    year: int
    month: int | None = None
    day: int | None = None
    estimate: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise InvalidInput(f"year {self.year} is out of range", hint="use a four-digit year")
        if self.day is not None and self.month is None:
            raise InvalidInput("a day needs a month", hint="write YYYY-MM-DD")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidInput(f"month {self.month} does not exist", hint="months run 01 to 12")
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise InvalidInput(
                    f"{self.year:04d}-{self.month:02d} has no day {self.day}",
                    hint=f"days in that month run 1 to {last}",
                )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a leading ``~`` or trailing
        ``?`` marks an estimate."""
        match = _PATTERN.match(text.strip())
        if match is None:
            raise InvalidInput(
                f"{text!r} is not a date",
                hint="write YYYY, YYYY-MM or YYYY-MM-DD (prefix ~ for an estimate)",
            )
        approx, year, month, day, question = match.groups()
        return cls(
            int(year),
            int(month) if month else None,
            int(day) if day else None,
            estimate=bool(approx or question),
        )

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        """The exact day ``day``."""
        return cls(day.year, day.month, day.day)

    @classmethod
    def from_parts(cls, earliest: dt.date, precision: Precision, estimate: bool) -> PartialDate:
        """Rebuild a partial date from its stored first day and precision."""
        if precision is Precision.DAY:
            return cls(earliest.year, earliest.month, earliest.day, estimate)
        if precision is Precision.MONTH:
            return cls(earliest.year, earliest.month, None, estimate)
        return cls(earliest.year, None, None, estimate)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def earliest(self) -> dt.date:
        """The first day of the period."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """The last day of the period."""
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    @property
    def effective(self) -> dt.date:
        """The day on which an event with this date takes effect (rule 2)."""
        return self.earliest

    def sort_key(self) -> tuple[dt.date, int, bool]:
        """Ordering of rule 3."""
        return (self.earliest, _PRECISION_RANK[self.precision], self.estimate)

    def definitely_before(self, other: PartialDate) -> bool:
        """Rule 4: true only when this period ends before ``other`` begins."""
        return self.latest < other.earliest

    def compatible(self, other: PartialDate) -> bool:
        """Rule 7: the two periods overlap, so both may name the same day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def contains(self, day: dt.date) -> bool:
        return self.earliest <= day <= self.latest

    def days_until(self, day: dt.date) -> int:
        """Days from the effective day to ``day`` (rule 6); negative if ``day`` is before."""
        return (day - self.effective).days

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return f"~{text}" if self.estimate else text
