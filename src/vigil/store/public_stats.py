"""Queries behind the public numbers that are not counts: the figures sources published,
the latest events and the monthly flows of political prisoners.

Nothing here joins ``person_restricted``. Events are those of persons recognized as
political prisoners, under the record they are merged into.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, exists, func, or_, select
from sqlalchemy.orm import aliased

from vigil.model import EventType, PartialDate, Precision, Qualifier
from vigil.model.identity import Identity
from vigil.store.identity import load_identity
from vigil.store.persons import get_persons
from vigil.store.public_list import facility_labels
from vigil.store.tables import claims, events, figures, sources, status_segments

__all__ = [
    "FigureRow",
    "Flow",
    "RecentEvent",
    "list_figures",
    "monthly_flows",
    "recent_events",
]

S = status_segments.c
_DETENTIONS = (EventType.DETAINED,)
_RELEASES = (EventType.RELEASED, EventType.SENTENCE_COMPLETED, EventType.EXILED)
_PARDONS = (EventType.PARDONED,)


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
    places = facility_labels(conn, sorted({r.facility_id for r in rows if r.facility_id}))
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
