"""Queries behind the public site and API: the filtered list, figures, recent events,
monthly flows, sources and the quotes they lend.

Nothing here joins ``person_restricted``. A person whose name is withheld is never found
by name, never ordered by name, and never has a quote shown (quotes name people).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Subquery,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import aliased

from vigil.model import Connection as SourceConnection
from vigil.model import EventType, PartialDate, Precision, Qualifier, Reliability, ReviewState
from vigil.model.identity import Identity
from vigil.status.fold import Custody
from vigil.store.facilities import list_facilities
from vigil.store.identity import load_identity
from vigil.store.persons import get_persons
from vigil.store.tables import (
    claim_reviews,
    claims,
    event_claims,
    events,
    facility_names,
    figures,
    person_names,
    persons,
    sources,
    status_segments,
)

__all__ = [
    "FigureRow",
    "Flow",
    "PersonQuery",
    "PersonRow",
    "PersonSort",
    "PersonsPage",
    "RecentEvent",
    "SourceQuote",
    "SourceRow",
    "StatusFilter",
    "count_public_sources",
    "facility_choices",
    "get_source_row",
    "list_figures",
    "list_public_persons",
    "list_source_rows",
    "monthly_flows",
    "recent_events",
    "region_choices",
    "source_quotes",
]

S = status_segments.c
_HELD = (Custody.DETAINED.value, Custody.IMPRISONED.value)
_DETENTIONS = (EventType.DETAINED,)
_RELEASES = (EventType.RELEASED, EventType.SENTENCE_COMPLETED, EventType.EXILED)
_PARDONS = (EventType.PARDONED,)


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
    names = _facility_names(conn, facility_ids)
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


def _facility_names(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
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


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A figure a source published, with where it comes from."""

    id: int
    value: int
    qualifier: Qualifier
    category: str
    as_of: PartialDate | None
    breakdown: dict[str, int]
    attributed_to: str | None
    source_id: int
    source_title: str
    quote: str


def list_figures(
    conn: Connection, *, category: str | None = None, source_id: int | None = None
) -> list[FigureRow]:
    """Published figures, newest first."""
    query = (
        select(figures, claims.c.source_id, claims.c.quote, sources.c.title, sources.c.url)
        .join(claims, claims.c.id == figures.c.claim_id)
        .join(sources, sources.c.id == claims.c.source_id)
        .order_by(figures.c.as_of.desc(), figures.c.id.desc())
    )
    if category:
        query = query.where(figures.c.category == category)
    if source_id is not None:
        query = query.where(claims.c.source_id == source_id)
    return [
        FigureRow(
            id=r.id,
            value=r.value,
            qualifier=Qualifier(r.qualifier),
            category=r.category,
            as_of=PartialDate.from_parts(r.as_of, Precision(r.as_of_precision), r.as_of_estimate)
            if r.as_of is not None
            else None,
            breakdown=dict(r.breakdown or {}),
            attributed_to=r.attributed_to,
            source_id=r.source_id,
            source_title=r.title or r.url or f"source {r.source_id}",
            quote=r.quote,
        )
        for r in conn.execute(query)
    ]


def _not_superseded() -> ColumnElement[bool]:
    later = aliased(events)
    return ~exists(select(later.c.id).where(later.c.supersedes == events.c.id))


def _recognized_records(conn: Connection, identity: Identity) -> ColumnElement[bool]:
    """A condition on ``events.person_id``: the record belongs to a person who is (or
    was) recognized as a political prisoner, as known now."""
    recognized = select(S.person_id).where(S.known_until.is_(None), S.recognized.is_(True))
    merged = [m for m, kept in identity.redirect.items() if kept != m]
    wanted = events.c.person_id.in_(recognized.distinct().scalar_subquery())
    if not merged:
        return wanted
    kept_recognized = set(
        conn.execute(recognized.where(S.person_id.in_(set(identity.redirect.values())))).scalars()
    )
    extra = [m for m in merged if identity.canonical(m) in kept_recognized]
    return or_(wanted, events.c.person_id.in_(extra)) if extra else wanted


@dataclass(frozen=True, slots=True)
class RecentEvent:
    event_id: int
    person_id: int
    name: str  # "name withheld" when withheld
    name_withheld: bool
    type: EventType
    date: PartialDate
    facility: str | None


def recent_events(
    conn: Connection, kinds: Sequence[EventType], today: dt.date, *, limit: int = 10
) -> list[RecentEvent]:
    """The latest events of these kinds on recognized political prisoners."""
    identity = load_identity(conn)
    rows = conn.execute(
        select(events.c.id, events.c.person_id, events.c.type, events.c.date)
        .add_columns(events.c.date_precision, events.c.date_estimate, events.c.facility_id)
        .where(
            events.c.type.in_([k.value for k in kinds]),
            events.c.date <= today,
            _not_superseded(),
            _recognized_records(conn, identity),
        )
        .order_by(events.c.date.desc(), events.c.id.desc())
        .limit(limit)
    ).all()
    owners = [identity.owner(r.id, r.person_id) for r in rows]
    people = {p.id: p for p in get_persons(conn, sorted(set(owners)))}
    places = _facility_names(conn, sorted({r.facility_id for r in rows if r.facility_id}))
    return [
        RecentEvent(
            event_id=r.id,
            person_id=owner,
            name=people[owner].public_name,
            name_withheld=people[owner].name_withheld,
            type=EventType(r.type),
            date=PartialDate.from_parts(r.date, Precision(r.date_precision), r.date_estimate),
            facility=places.get(r.facility_id) if r.facility_id else None,
        )
        for r, owner in zip(rows, owners, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class Flow:
    """New detentions, releases and pardons of political prisoners in one month."""

    month: dt.date  # the first day of the month
    detained: int
    released: int
    pardoned: int


def monthly_flows(conn: Connection, start: dt.date, end: dt.date) -> list[Flow]:
    """Per month from ``start``'s month to ``end``'s: events by the first day of their
    date (as for counting), on persons recognized as political prisoners."""
    first = start.replace(day=1)
    kinds = [k.value for k in (*_DETENTIONS, *_RELEASES, *_PARDONS)]
    identity = load_identity(conn)
    rows = conn.execute(
        select(events.c.type, events.c.date, func.count())
        .where(
            events.c.type.in_(kinds),
            events.c.date >= first,
            events.c.date <= end,
            _not_superseded(),
            _recognized_records(conn, identity),
        )
        .group_by(events.c.type, events.c.date)
    )
    tally: dict[str, Counter[dt.date]] = {"d": Counter(), "r": Counter(), "p": Counter()}
    for kind, day, n in rows:
        bucket = "d" if kind in _DETENTIONS else "p" if kind in _PARDONS else "r"
        tally[bucket][day.replace(day=1)] += n
    flows = []
    month = first
    while month <= end:
        flows.append(Flow(month, tally["d"][month], tally["r"][month], tally["p"][month]))
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return flows


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A source's public description (its full text is not published)."""

    id: int
    title: str | None
    url: str | None
    publisher: str | None
    published: dt.date | None
    language: str | None
    reliability: Reliability
    connection: SourceConnection | None


def _source_row(r: object) -> SourceRow:
    return SourceRow(
        id=r.id,  # type: ignore[attr-defined]
        title=r.title,  # type: ignore[attr-defined]
        url=r.url,  # type: ignore[attr-defined]
        publisher=r.publisher,  # type: ignore[attr-defined]
        published=r.published,  # type: ignore[attr-defined]
        language=r.language,  # type: ignore[attr-defined]
        reliability=Reliability(r.reliability),  # type: ignore[attr-defined]
        connection=SourceConnection(r.connection) if r.connection else None,  # type: ignore[attr-defined]
    )


_SOURCE_COLUMNS = (
    sources.c.id,
    sources.c.title,
    sources.c.url,
    sources.c.publisher,
    sources.c.published,
    sources.c.language,
    sources.c.reliability,
    sources.c.connection,
)


def list_source_rows(conn: Connection, *, limit: int = 50, offset: int = 0) -> list[SourceRow]:
    """Sources, newest published first."""
    query = (
        select(*_SOURCE_COLUMNS)
        .order_by(sources.c.published.is_(None), sources.c.published.desc(), sources.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [_source_row(r) for r in conn.execute(query)]


def count_public_sources(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(sources)).scalar_one())


def get_source_row(conn: Connection, source_id: int) -> SourceRow | None:
    row = conn.execute(select(*_SOURCE_COLUMNS).where(sources.c.id == source_id)).first()
    return _source_row(row) if row is not None else None


@dataclass(frozen=True, slots=True)
class SourceQuote:
    """A quote the registry relies on, with the person or figure it supports."""

    claim_id: int
    quote: str
    person_id: int | None
    person_name: str | None
    event_type: EventType | None
    figure_id: int | None


def source_quotes(conn: Connection, source_id: int, *, limit: int = 500) -> list[SourceQuote]:
    """Accepted claims of a source that support an event of a named person or a figure."""
    latest = (
        select(claim_reviews.c.claim_id, func.max(claim_reviews.c.id).label("rid"))
        .group_by(claim_reviews.c.claim_id)
        .subquery()
    )
    accepted = (
        select(claim_reviews.c.claim_id)
        .join(latest, latest.c.rid == claim_reviews.c.id)
        .where(claim_reviews.c.state == ReviewState.ACCEPTED.value)
    )
    identity = load_identity(conn)
    event_rows = conn.execute(
        select(claims.c.id, claims.c.quote, events.c.id.label("event_id"), events.c.person_id)
        .add_columns(events.c.type)
        .join(event_claims, event_claims.c.claim_id == claims.c.id)
        .join(events, events.c.id == event_claims.c.event_id)
        .where(claims.c.source_id == source_id, claims.c.id.in_(accepted.scalar_subquery()))
        .order_by(claims.c.span_start, claims.c.id)
        .limit(limit)
    ).all()
    raw = {r.person_id for r in event_rows}
    owners = {r.event_id: identity.owner(r.event_id, r.person_id) for r in event_rows}
    people = {p.id: p for p in get_persons(conn, sorted(raw | set(owners.values())))}
    found = []
    for r in event_rows:
        owner = owners[r.event_id]
        if people[r.person_id].name_withheld or people[owner].name_withheld:
            continue  # the quote would name them
        found.append(
            SourceQuote(r.id, r.quote, owner, people[owner].public_name, EventType(r.type), None)
        )
    figure_rows = conn.execute(
        select(claims.c.id, claims.c.quote, figures.c.id.label("figure_id"))
        .join(figures, figures.c.claim_id == claims.c.id)
        .where(claims.c.source_id == source_id)
        .order_by(claims.c.span_start, claims.c.id)
    )
    found += [SourceQuote(r.id, r.quote, None, None, None, r.figure_id) for r in figure_rows]
    return found
