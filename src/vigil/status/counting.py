"""Counts, series, breakdowns and durations computed from folded segments.

These pure functions define what every number means; the store computes the same
numbers in SQL over materialized segments, and tests check that the two agree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum

from vigil.errors import InvalidInput
from vigil.model import PartialDate
from vigil.status.fold import Fold, Segment

__all__ = [
    "AGE_BANDS",
    "Step",
    "age_band",
    "breakdown_at",
    "count_at",
    "days_held",
    "days_incommunicado",
    "series",
    "series_points",
]

AGE_BANDS = ("under 18", "18-29", "30-44", "45-59", "60+", "unknown")


class Step(StrEnum):
    DAILY = "daily"
    MONTHLY = "monthly"


def count_at(folds: Iterable[Fold], day: dt.date) -> int:
    """Political prisoners held on ``day``: in custody and recognized."""
    return sum(1 for f in folds if (s := f.at(day)) is not None and s.counted)


def series_points(start: dt.date, end: dt.date, step: Step) -> list[dt.date]:
    """The days a series is given for: every day, or the first of every month."""
    if end < start:
        raise InvalidInput(f"--from {start} is after --to {end}", hint="swap the two dates")
    if step is Step.DAILY:
        return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    points = []
    year, month = start.year, start.month
    if start.day != 1:
        month += 1
        if month == 13:
            year, month = year + 1, 1
    while (day := dt.date(year, month, 1)) <= end:
        points.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return points


def series(
    folds: Iterable[Fold], start: dt.date, end: dt.date, step: Step
) -> list[tuple[dt.date, int]]:
    """The count at every point of the series."""
    counted = [s for f in folds for s in f.segments if s.counted]
    return [
        (day, sum(1 for s in counted if s.covers(day))) for day in series_points(start, end, step)
    ]


def age_band(birth: PartialDate | None, day: dt.date) -> str:
    """The age band on ``day``; a birth year alone is read as 1 January of that year."""
    if birth is None:
        return "unknown"
    born = birth.effective
    age = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    if age < 0:
        return "unknown"
    if age < 18:
        return "under 18"
    if age < 30:
        return "18-29"
    if age < 45:
        return "30-44"
    if age < 60:
        return "45-59"
    return "60+"


def breakdown_at(
    folds: Mapping[int, Fold],
    day: dt.date,
    key: Callable[[int, Segment], Iterable[str]],
) -> dict[str, int]:
    """Counted persons on ``day`` grouped by ``key`` (which may give several groups,
    as a person charged under two articles counts under each)."""
    groups: Counter[str] = Counter()
    for person_id, f in folds.items():
        segment = f.at(day)
        if segment is not None and segment.counted:
            groups.update(set(key(person_id, segment)))
    return dict(groups)


def days_held(f: Fold, as_of: dt.date) -> int:
    """Days in custody, all spells, up to ``as_of`` (detention day to the day before
    release; ``as_of`` itself not counted)."""
    return sum(s.days_until(as_of) for s in f.segments if s.held)


def days_incommunicado(f: Fold, as_of: dt.date) -> int:
    """Days held incommunicado up to ``as_of``, counted like ``days_held``."""
    return sum(s.days_until(as_of) for s in f.segments if s.incommunicado)
