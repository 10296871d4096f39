"""``/api/v1/stats``: the count on a day, series, breakdowns and monthly flows, each
as known now or, with ``known_at``, as the registry knew it on a past day."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from vigil.errors import InvalidInput
from vigil.publish import BreakdownField, OutOfSightView, Sight, Step
from vigil.web.deps import Pub, parse_day, today

router = APIRouter(prefix="/api/v1/stats", tags=["stats"])

Day = Annotated[str, Query(max_length=10, description="YYYY-MM-DD; today when empty")]
KnownAt = Annotated[
    str, Query(max_length=10, description="YYYY-MM-DD: count as the registry knew it then")
]
MAX_POINTS = 5000


class Count(BaseModel):
    at: dt.date
    held: int
    headline: str  # whose recognitions ``held`` counts: "recognized by Viasna"
    month_before: int
    known_at: dt.date | None
    held_as_known: int | None
    back_filled: int | None


class OrganisationHeld(BaseModel):
    organisation: str  # as the persons list's ``recognized_by`` filter takes it
    held: int


class Organisations(BaseModel):
    at: dt.date
    known_at: dt.date | None
    headline: str
    organisations: list[OrganisationHeld]


class OutOfSight(BaseModel):
    at: dt.date
    known_at: dt.date | None
    incommunicado: int  # held incommunicado, recognized or not
    whereabouts_unknown: int  # of them, with no place of detention known
    items: list[OutOfSightView]  # who, longest out of sight first, days as known then


class Point(BaseModel):
    date: dt.date
    count: int


class Series(BaseModel):
    step: Step
    known_at: dt.date | None
    points: list[Point]


class Group(BaseModel):
    key: str  # "other groups" / "all groups (...)": groups pooled (see docs/publication.md)
    count: int | None  # None: fewer than min_cell (only when the whole table is)
    groups_pooled: int  # how many groups an "other groups" row holds; 0 otherwise


class Breakdown(BaseModel):
    by: BreakdownField
    at: dt.date
    known_at: dt.date | None
    min_cell: int
    groups: list[Group]


class FlowMonth(BaseModel):
    month: dt.date
    detained: int | None  # None: a small cell (1 to min_cell - 1), suppressed
    released: int | None
    pardoned: int | None


@router.get("/count")
def api_count(pub: Pub, at: Day = "", known_at: KnownAt = "") -> Count:
    """Recognized political prisoners held on a day."""
    day = parse_day(at, "at") or today()
    known = parse_day(known_at, "known_at")
    s = pub.summary(day, known)
    return Count(at=day, held=s.held, headline=s.headline, month_before=s.held_month_before,
                 known_at=known, held_as_known=s.held_as_known,
                 back_filled=s.back_filled)  # fmt: skip


@router.get("/organisations")
def api_organisations(pub: Pub, at: Day = "", known_at: KnownAt = "") -> Organisations:
    """Each organisation's own count of those held on a day (recognized by it), as known
    now or then; the headline counts those its ``headline`` names."""
    day = parse_day(at, "at") or today()
    known = parse_day(known_at, "known_at")
    found = [OrganisationHeld(organisation=o.organisation, held=o.held)
             for o in pub.organisation_counts(day, known)]  # fmt: skip
    return Organisations(at=day, known_at=known, headline=pub.headline(), organisations=found)


@router.get("/incommunicado")
def api_incommunicado(pub: Pub, at: Day = "", known_at: KnownAt = "") -> OutOfSight:
    """Those held incommunicado on a day, as known now or then, with their days out of
    sight before it as known then (the founding report's 527 days on 2024-08-16: ``at``
    and ``known_at`` that day)."""
    day = parse_day(at, "at") or today()
    known = parse_day(known_at, "known_at")
    items = pub.out_of_sight_on(day, known)
    return OutOfSight(at=day, known_at=known, incommunicado=len(items), items=items,
                      whereabouts_unknown=pub.count_out_of_sight(
                          day, known, Sight.WHEREABOUTS_UNKNOWN))  # fmt: skip


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
    pub: Pub,
    from_: Annotated[str, Query(alias="from", max_length=10)] = "",
    to: Annotated[str, Query(max_length=10)] = "",
    step: Step = Step.MONTHLY,
    known_at: KnownAt = "",
) -> Series:
    """The count on every day or on the first of every month."""
    first, last = _range(from_, to, step)
    known = parse_day(known_at, "known_at")
    points = pub.series(first, last, step, known)
    return Series(step=step, known_at=known,
                  points=[Point(date=d, count=n) for d, n in points])  # fmt: skip


@router.get("/breakdown")
def api_breakdown(pub: Pub, by: BreakdownField, at: Day = "", known_at: KnownAt = "") -> Breakdown:
    """Political prisoners held on a day, grouped by gender, age, region, facility or
    article (a person with several articles counts under each). Groups of fewer than
    ``min_cell`` people are pooled into one "other groups" row."""
    day = parse_day(at, "at") or today()
    known = parse_day(known_at, "known_at")
    cells = pub.breakdown(day, by, known)
    groups = [Group(key=c.key, count=c.count, groups_pooled=c.pooled) for c in cells]
    return Breakdown(by=by, at=day, known_at=known, min_cell=pub.policy.min_cell,
                     groups=groups)  # fmt: skip


@router.get("/flows")
def api_flows(
    pub: Pub,
    from_: Annotated[str, Query(alias="from", max_length=10)] = "",
    to: Annotated[str, Query(max_length=10)] = "",
) -> list[FlowMonth]:
    """New detentions, releases and pardons of political prisoners per month; a month's
    count under ``min_cell`` (but not 0) is null."""
    first, last = _range(from_, to, Step.MONTHLY)
    return [
        FlowMonth(month=f.month, detained=f.detained, released=f.released, pardoned=f.pardoned)
        for f in pub.flows(first, last)
    ]
