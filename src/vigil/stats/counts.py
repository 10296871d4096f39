"""Counting queries over the status cache: counts, series, breakdowns."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from enum import StrEnum

from sqlalchemy import ColumnElement, Connection, func, or_, select, true

from vigil.errors import InvalidInput
from vigil.model import PartialDate, Precision
from vigil.status import Step, age_band, series_points
from vigil.store import knowledge
from vigil.store.segments import known_filter
from vigil.store.tables import (
    case_defendants,
    cases,
    count_deltas,
    facility_names,
    persons,
    status_segments,
)

__all__ = ["BreakdownField", "Step", "breakdown", "count_at", "count_cases_at", "series"]

S = status_segments.c


class BreakdownField(StrEnum):
    GENDER = "gender"
    AGE = "age"
    REGION = "region"
    FACILITY = "facility"
    ARTICLE = "article"


def _held_on(day: dt.date, known_at: dt.date | None) -> list[ColumnElement[bool]]:
    return [
        S.counted == true(),  # "= 1" / "= true": the form the partial index is written in
        S.start <= day,
        or_(S.end.is_(None), S.end > day),
        known_filter(known_at),
    ]


def count_at(conn: Connection, day: dt.date, known_at: dt.date | None = None) -> int:
    """Recognized political prisoners held on ``day``, as known now or at ``known_at``.

    As known now, it is the sum of the daily changes up to ``day`` (``count_deltas``);
    as known at a past day, it is counted from that day's versions of the segments.
    """
    if known_at is None:
        total = conn.execute(
            select(func.coalesce(func.sum(count_deltas.c.delta), 0)).where(
                count_deltas.c.day <= day
            )
        ).scalar_one()
        return int(total)
    return knowledge.count_known(conn, day, known_at)


def count_cases_at(conn: Connection, day: dt.date, known_at: dt.date | None = None) -> int:
    """Prosecutions of the persons counted on ``day``: each case with a defendant held
    counts once however many of its defendants are held (a group trial is one
    prosecution), and a person held with no case recorded counts as one. As known at
    ``known_at``, only the cases recorded by then."""
    held = select(S.person_id).where(*_held_on(day, known_at)).distinct().subquery()
    dc = case_defendants.c
    known = (
        select(dc.case_id, dc.person_id)
        .join(cases, cases.c.id == dc.case_id)
        .where(dc.person_id.in_(select(held.c.person_id)))
    )
    if known_at is not None:
        recorded = dt.datetime.combine(known_at + dt.timedelta(days=1), dt.time(), dt.UTC)
        known = known.where(or_(cases.c.created_at.is_(None), cases.c.created_at < recorded))
    rows = conn.execute(known).all()
    prosecutions = len({r.case_id for r in rows})
    with_case = {r.person_id for r in rows}
    persons_held = conn.execute(select(func.count()).select_from(held)).scalar_one()
    return prosecutions + int(persons_held) - len(with_case)


def series(
    conn: Connection,
    start: dt.date,
    end: dt.date,
    step: Step,
    known_at: dt.date | None = None,
) -> list[tuple[dt.date, int]]:
    """The count at each point from ``start`` to ``end``."""
    points = series_points(start, end, step)
    if not points:
        return []
    changes: list[tuple[dt.date, int]]
    if known_at is None:
        rows = conn.execute(
            select(count_deltas.c.day, count_deltas.c.delta)
            .where(count_deltas.c.day <= points[-1])
            .order_by(count_deltas.c.day)
        )
        changes = [(day, int(n)) for day, n in rows]
    else:
        changes = knowledge.changes_known(conn, points[-1], known_at)
    result, running, i = [], 0, 0
    for point in points:
        while i < len(changes) and changes[i][0] <= point:
            running += changes[i][1]
            i += 1
        result.append((point, running))
    return result


def breakdown(
    conn: Connection,
    day: dt.date,
    by: BreakdownField,
    known_at: dt.date | None = None,
) -> list[tuple[str, int]]:
    """Counted persons on ``day`` grouped by ``by``, largest group first."""
    held = _held_on(day, known_at)
    groups: Counter[str] = Counter()
    if by in (BreakdownField.GENDER, BreakdownField.REGION):
        column = persons.c.gender if by is BreakdownField.GENDER else persons.c.region
        query = (
            select(column, func.count())
            .select_from(status_segments.join(persons, persons.c.id == S.person_id))
            .where(*held)
            .group_by(column)
        )
        for key, n in conn.execute(query):
            groups[key or "unknown"] += n
    elif by is BreakdownField.FACILITY:
        names = (
            select(facility_names.c.facility_id, func.min(facility_names.c.text).label("name"))
            .where(facility_names.c.position == 0)
            .group_by(facility_names.c.facility_id)
            .subquery()
        )
        query = (
            select(names.c.name, func.count())
            .select_from(status_segments.outerjoin(names, names.c.facility_id == S.facility_id))
            .where(*held)
            .group_by(names.c.name)
        )
        for key, n in conn.execute(query):
            groups[key or "unknown"] += n
    elif by is BreakdownField.AGE:
        query = (
            select(persons.c.birth_date, persons.c.birth_precision, persons.c.birth_estimate)
            .select_from(status_segments.join(persons, persons.c.id == S.person_id))
            .where(*held)
        )
        for born, precision, estimate in conn.execute(query):
            birth = PartialDate.from_parts(born, Precision(precision), estimate) if born else None
            groups[age_band(birth, day)] += 1
    elif by is BreakdownField.ARTICLE:
        for articles in conn.execute(select(S.articles).where(*held)).scalars():
            found = {a for a in articles.split(",") if a}
            groups.update(found or {"unknown"})
    else:  # pragma: no cover - the enum is exhaustive
        raise InvalidInput(f"cannot break down by {by}", hint="see `vigil stats --help`")
    return sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))
