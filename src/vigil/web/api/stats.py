"""``/api/v1/stats``: the count on a day, series, breakdowns and monthly flows, each
as known now or, with ``known_at``, as the registry knew it on a past day."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from vigil.errors import InvalidInput
from vigil.stats import summary
from vigil.store import counts
from vigil.store.counts import BreakdownField, Step
from vigil.store.public_stats import monthly_flows
from vigil.web.deps import Conn, parse_day, today

router = APIRouter(prefix="/api/v1/stats", tags=["stats"])

Day = Annotated[str, Query(max_length=10, description="YYYY-MM-DD; today when empty")]
KnownAt = Annotated[
    str, Query(max_length=10, description="YYYY-MM-DD: count as the registry knew it then")
]
MAX_POINTS = 5000


class Count(BaseModel):
    at: dt.date
    held: int
    month_before: int
    known_at: dt.date | None
    held_as_known: int | None
    back_filled: int | None


class Point(BaseModel):
    date: dt.date
    count: int


class Series(BaseModel):
    step: Step
    known_at: dt.date | None
    points: list[Point]


class Group(BaseModel):
    key: str
    count: int


class Breakdown(BaseModel):
    by: BreakdownField
    at: dt.date
    known_at: dt.date | None
    groups: list[Group]


class FlowMonth(BaseModel):
    month: dt.date
    detained: int
    released: int
    pardoned: int


@router.get("/count")
def api_count(conn: Conn, at: Day = "", known_at: KnownAt = "") -> Count:
    """Recognized political prisoners held on a day."""
    day = parse_day(at, "at") or today()
    known = parse_day(known_at, "known_at")
    s = summary(conn, day, known_at=known)
    return Count(at=day, held=s.held, month_before=s.held_month_before, known_at=known,
                 held_as_known=s.held_as_known, back_filled=s.back_filled)  # fmt: skip


def _range(start: str, end: str, step: Step) -> tuple[dt.date, dt.date]:
    last = parse_day(end, "to") or today()
    first = parse_day(start, "from") or dt.date(last.year - 5, 1, 1)
    days = (last - first).days
    if days < 0:
        raise InvalidInput(f"from {first} is after to {last}", hint="swap the two dates")
    if (step is Step.DAILY and days > MAX_POINTS) or days > MAX_POINTS * 31:
        raise InvalidInput("the range is too long", hint="ask for a shorter range or monthly")
    return first, last


@router.get("/series")
def api_series(
    conn: Conn,
    from_: Annotated[str, Query(alias="from", max_length=10)] = "",
    to: Annotated[str, Query(max_length=10)] = "",
    step: Step = Step.MONTHLY,
    known_at: KnownAt = "",
) -> Series:
    """The count on every day or on the first of every month."""
    first, last = _range(from_, to, step)
    known = parse_day(known_at, "known_at")
    points = counts.series(conn, first, last, step, known)
    return Series(step=step, known_at=known,
                  points=[Point(date=d, count=n) for d, n in points])  # fmt: skip


@router.get("/breakdown")
def api_breakdown(
    conn: Conn, by: BreakdownField, at: Day = "", known_at: KnownAt = ""
) -> Breakdown:
    """Political prisoners held on a day, grouped by gender, age, region, facility or
    article (a person with several articles counts under each)."""
    day = parse_day(at, "at") or today()
    known = parse_day(known_at, "known_at")
    groups = counts.breakdown(conn, day, by, known)
    return Breakdown(by=by, at=day, known_at=known,
                     groups=[Group(key=k, count=n) for k, n in groups])  # fmt: skip


@router.get("/flows")
def api_flows(
    conn: Conn,
    from_: Annotated[str, Query(alias="from", max_length=10)] = "",
    to: Annotated[str, Query(max_length=10)] = "",
) -> list[FlowMonth]:
    """New detentions, releases and pardons of political prisoners per month."""
    first, last = _range(from_, to, Step.MONTHLY)
    return [
        FlowMonth(month=f.month, detained=f.detained, released=f.released, pardoned=f.pardoned)
        for f in monthly_flows(conn, first, last)
    ]
