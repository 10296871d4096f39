"""Queries behind the public list of persons: filters, sorting, paging, and the choices
the filters offer.

Nothing here joins ``person_restricted``. A person whose name is withheld is never found
by name and never ordered by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, Subquery, case, func, literal, or_, select

from vigil.status.fold import Custody
from vigil.store.facilities import list_facilities
from vigil.store.identity import load_identity
from vigil.store.persons import get_persons
from vigil.store.tables import facility_names, person_names, persons, status_segments

__all__ = [
    "PersonQuery",
    "PersonRow",
    "PersonSort",
    "PersonsPage",
    "StatusFilter",
    "facility_choices",
    "facility_labels",
    "list_public_persons",
    "region_choices",
]

S = status_segments.c
_HELD = (Custody.DETAINED.value, Custody.IMPRISONED.value)


class StatusFilter(StrEnum):
    """What a person's status is today, as the public list filters it."""

    POLITICAL_PRISONER = "political_prisoner"  # held and recognized: counted
    HELD = "held"  # detained or imprisoned, recognized or not
    DETAINED = "detained"
    IMPRISONED = "imprisoned"
    RELEASED = "released"
    DIED = "died"


class PersonSort(StrEnum):
    NAME = "name"
    HELD_SINCE = "held_since"  # longest held first
    REGION = "region"
    ADDED = "added"  # newest records first


@dataclass(frozen=True, slots=True)
class PersonQuery:
    """One page of the public list. ``ids`` limits it to the results of a name search."""

    ids: tuple[int, ...] | None = None
    status: StatusFilter | None = None
    region: str | None = None
    facility_id: int | None = None
    article: str | None = None
    gender: str | None = None
    sort: PersonSort = PersonSort.NAME
    page: int = 1
    per_page: int = 50


@dataclass(frozen=True, slots=True)
class PersonRow:
    """Public fields of one person in the list."""

    id: int
    name: str  # "name withheld" when withheld
    name_withheld: bool
    gender: str
    birth_year: int | None
    region: str | None
    status: str | None  # a Custody value, or None with no custody events
    recognized: bool
    held_since: dt.date | None
    facility: str | None
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PersonsPage:
    rows: list[PersonRow]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _current(today: dt.date) -> list[ColumnElement[bool]]:
    return [S.known_until.is_(None), S.start <= today, or_(S.end.is_(None), S.end > today)]


def _held_since(today: dt.date) -> Select[tuple[int, dt.date]]:
    """Per person held today: the first day of the present spell in custody."""
    cur = status_segments.alias("cur")
    free = (
        select(cur.c.person_id, func.max(cur.c.start).label("free_from"))
        .where(cur.c.known_until.is_(None), cur.c.custody.not_in(_HELD), cur.c.start <= today)
        .group_by(cur.c.person_id)
        .subquery()
    )
    held = status_segments.alias("held")
    return (
        select(held.c.person_id, func.min(held.c.start).label("since"))
        .outerjoin(free, free.c.person_id == held.c.person_id)
        .where(
            held.c.known_until.is_(None),
            held.c.custody.in_(_HELD),
            held.c.start <= today,
            or_(free.c.free_from.is_(None), held.c.start > free.c.free_from),
        )
        .group_by(held.c.person_id)
    )


def list_public_persons(conn: Connection, query: PersonQuery, today: dt.date) -> PersonsPage:
    """A filtered, sorted page of persons with public fields only."""
    identity = load_identity(conn)
    now = select(status_segments).where(*_current(today)).subquery("now")
    since = _held_since(today).subquery("since")
    name = (
        select(person_names.c.person_id, func.min(person_names.c.norm).label("norm"))
        .where(person_names.c.is_primary.is_(True))
        .group_by(person_names.c.person_id)
        .subquery("name")
    )
    base = (
        select(persons.c.id)
        .select_from(persons)
        .outerjoin(now, now.c.person_id == persons.c.id)
        .outerjoin(since, since.c.person_id == persons.c.id)
        .outerjoin(name, name.c.person_id == persons.c.id)
    )
    conditions: list[ColumnElement[bool]] = []
    if identity.redirect:
        conditions.append(persons.c.id.not_in(sorted(identity.redirect)))
    if query.ids is not None:
        # A name search never reveals that a withheld name matched.
        conditions += [persons.c.id.in_(query.ids), persons.c.name_withheld.is_(False)]
    if query.status is StatusFilter.POLITICAL_PRISONER:
        conditions.append(now.c.counted.is_(True))
    elif query.status is StatusFilter.HELD:
        conditions.append(now.c.custody.in_(_HELD))
    elif query.status is not None:
        conditions.append(now.c.custody == query.status.value)
    if query.region:
        conditions.append(persons.c.region == query.region)
    if query.gender:
        conditions.append(persons.c.gender == query.gender)
    if query.facility_id is not None:
        conditions.append(now.c.facility_id == query.facility_id)
    if query.article:
        padded = literal(",") + now.c.articles + literal(",")
        conditions.append(padded.contains(f",{query.article},", autoescape=True))
    filtered = base.where(*conditions)
    total = int(conn.execute(select(func.count()).select_from(filtered.subquery())).scalar_one())
    hidden_name = case((persons.c.name_withheld.is_(True), None), else_=name.c.norm)
    by_name: list[ColumnElement[Any]] = [persons.c.name_withheld, hidden_name, persons.c.id]
    orders: dict[PersonSort, list[ColumnElement[Any]]] = {
        PersonSort.NAME: by_name,
        PersonSort.HELD_SINCE: [since.c.since.is_(None), since.c.since, *by_name],
        PersonSort.REGION: [persons.c.region.is_(None), persons.c.region, *by_name],
        PersonSort.ADDED: [persons.c.id.desc()],
    }
    order = orders[query.sort]
    page = max(1, query.page)
    ids = list(
        conn.execute(
            filtered.order_by(*order).limit(query.per_page).offset((page - 1) * query.per_page)
        ).scalars()
    )
    return PersonsPage(_rows(conn, ids, today, since), total, page, query.per_page)


def _rows(conn: Connection, ids: list[int], today: dt.date, since: Subquery) -> list[PersonRow]:
    if not ids:
        return []
    people = {p.id: p for p in get_persons(conn, ids)}
    state = {
        r.person_id: r
        for r in conn.execute(select(status_segments).where(S.person_id.in_(ids), *_current(today)))
    }
    held: dict[int, dt.date] = {
        r.person_id: r.since
        for r in conn.execute(
            select(since.c.person_id, since.c.since).where(since.c.person_id.in_(ids))
        )
    }
    facility_ids = sorted({r.facility_id for r in state.values() if r.facility_id is not None})
    names = facility_labels(conn, facility_ids)
    rows = []
    for person_id in ids:
        p = people[person_id]
        seg = state.get(person_id)
        rows.append(
            PersonRow(
                id=person_id,
                name=p.public_name,
                name_withheld=p.name_withheld,
                gender=p.gender.value,
                birth_year=p.birth_date.year if p.birth_date else None,
                region=p.region,
                status=seg.custody if seg is not None else None,
                recognized=bool(seg is not None and seg.recognized),
                held_since=held.get(person_id),
                facility=names.get(seg.facility_id) if seg is not None else None,
                articles=tuple(a for a in seg.articles.split(",") if a) if seg else (),
            )
        )
    return rows


def facility_labels(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    """The names of the facilities ``ids``, by id."""
    if not ids:
        return {}
    rows = conn.execute(
        select(facility_names.c.facility_id, facility_names.c.text)
        .where(facility_names.c.facility_id.in_(ids))
        .order_by(facility_names.c.facility_id, facility_names.c.position.desc())
    )
    return {r.facility_id: r.text for r in rows}  # the last row wins: position 0


def region_choices(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(persons.c.region).where(persons.c.region.is_not(None)).distinct()
    ).scalars()
    return sorted(rows)


def facility_choices(conn: Connection) -> list[tuple[int, str]]:
    return [(f.id, f.name) for f in list_facilities(conn) if f.id is not None]
