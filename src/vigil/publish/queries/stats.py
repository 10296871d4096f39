"""Queries behind the public numbers that are not counts: the figures sources published,
the latest events and the monthly flows of political prisoners.

Nothing here joins ``person_restricted``. Events are those of persons recognized as
political prisoners, under the record they are merged into.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, func, or_, select, true
from sqlalchemy.orm import aliased

from vigil.model import EventType, Grade, PartialDate, Precision, Qualifier
from vigil.model.identity import Identity
from vigil.publish.queries.persons import facility_labels
from vigil.store.facilities import figure_claim_ids
from vigil.store.identity import load_identity
from vigil.store.persons import get_persons
from vigil.store.tables import claims, events, figure_claims, figures, sources, status_segments

__all__ = [
    "FigureRow",
    "Flow",
    "RecentEvent",
    "list_figures",
    "longest_incommunicado",
    "monthly_flows",
    "period_counts",
    "recent_events",
    "recent_events_by_group",
    "recognizing_organizations",
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
    # Every claim it rests on (the first, then further reports): (source id, title, quote,
    # the source's grade).
    sources: tuple[tuple[int, str, str, Grade], ...] = ()
    recorded_on: dt.date | None = None  # when the registry recorded it


def _figure_sources(
    conn: Connection, figure_ids: list[int]
) -> dict[int, list[tuple[int, str, str, Grade]]]:
    """The sources each figure rests on, with the quote of each, the first one first."""
    linked = figure_claim_ids(conn, figure_ids)
    wanted = sorted({c for ids in linked.values() for c in ids})
    rows = {
        r.id: (
            r.source_id,
            r.title or r.url or f"source {r.source_id}",
            r.quote,
            Grade.stored(r.reliability, r.credibility),
        )
        for r in conn.execute(
            select(
                claims.c.id,
                claims.c.source_id,
                claims.c.quote,
                sources.c.title,
                sources.c.url,
                sources.c.reliability,
                sources.c.credibility,
            )
            .join(sources, sources.c.id == claims.c.source_id)
            .where(claims.c.id.in_(wanted))
        )
    }
    return {f: [rows[c] for c in ids if c in rows] for f, ids in linked.items()}


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
    if source_id is not None:  # the figures it states first, and those it confirms
        confirmed = (
            select(figure_claims.c.figure_id)
            .join(claims, claims.c.id == figure_claims.c.claim_id)
            .where(claims.c.source_id == source_id)
        )
        query = query.where(
            or_(claims.c.source_id == source_id, figures.c.id.in_(confirmed.scalar_subquery()))
        )
    found = conn.execute(query).all()
    every = _figure_sources(conn, [r.id for r in found])
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
            sources=tuple(every.get(r.id, ())),
            recorded_on=r.recorded_at.date() if r.recorded_at else None,
        )
        for r in found
    ]


def _not_superseded() -> ColumnElement[bool]:
    # NOT IN a (short) list built once, not a correlated lookup per event.
    later = aliased(events)
    return events.c.id.not_in(select(later.c.supersedes).where(later.c.supersedes.is_not(None)))


def _recognized_records(conn: Connection, identity: Identity) -> ColumnElement[bool]:
    """A condition on ``events.person_id``: the record belongs to a person who is (or
    was) recognized as a political prisoner, as known now."""
    # "(known_until IS NULL) = true" keeps SQLite from a skip-scan of
    # ix_status_segments_known (a table lookup per row); one pass over the table is
    # several times faster. An IN needs no DISTINCT: that made SQLite walk the
    # person_id index with a lookup per row too.
    recognized = select(S.person_id).where(
        S.known_until.is_(None) == true(), S.recognized.is_(True)
    )
    merged = [m for m, kept in identity.redirect.items() if kept != m]
    # "+ 0": read the events in one pass and look each one's person up in the list,
    # rather than the events of each recognized person through ix_events_person_id.
    wanted = (events.c.person_id + 0).in_(recognized.scalar_subquery())
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
    return recent_events_by_group(conn, {"": kinds}, today, limit=limit)[""]


def recent_events_by_group(
    conn: Connection,
    groups: Mapping[str, Sequence[EventType]],
    today: dt.date,
    *,
    limit: int = 10,
) -> dict[str, list[RecentEvent]]:
    """For each group of kinds (no kind in two groups), its ``limit`` latest events on
    recognized political prisoners (as ``recent_events`` gives them), from one pass over
    ``events``.

    The newest events of all the kinds are read first, keeping only the top rows, then
    checked: not superseded, on a recognized person. Only when a group has too few are
    more read, so a page does not wait for every event of every recognized person to be
    joined and sorted.
    """
    if limit <= 0:
        return {name: [] for name in groups}
    identity = load_identity(conn)
    group_of = {kind.value: name for name, kinds in groups.items() for kind in kinds}
    found: dict[str, list[Row[Any]]] = {}
    batch = max(500, limit * 50)
    while True:
        rows = conn.execute(
            select(events.c.id, events.c.person_id, events.c.type, events.c.date)
            .add_columns(events.c.date_precision, events.c.date_estimate, events.c.facility_id)
            .where(events.c.type.in_(list(group_of)), events.c.date <= today)
            .order_by(events.c.date.desc(), events.c.id.desc())
            .limit(batch)
        ).all()
        found = {name: [] for name in groups}
        for row in _kept(conn, identity, rows):
            found[group_of[row.type]].append(row)
        if len(rows) < batch or all(len(f) >= limit for f in found.values()):
            break
        batch *= 8
    kept = {name: rows[:limit] for name, rows in found.items()}
    every = [r for rows in kept.values() for r in rows]
    owners = {r.id: identity.owner(r.id, r.person_id) for r in every}
    people = {p.id: p for p in get_persons(conn, sorted(set(owners.values())))}
    places = facility_labels(conn, sorted({r.facility_id for r in every if r.facility_id}))
    return {
        name: [
            RecentEvent(
                event_id=r.id,
                person_id=owners[r.id],
                name=people[owners[r.id]].public_name,
                name_withheld=people[owners[r.id]].name_withheld,
                type=EventType(r.type),
                date=PartialDate.from_parts(r.date, Precision(r.date_precision), r.date_estimate),
                facility=places.get(r.facility_id) if r.facility_id else None,
            )
            for r in rows
        ]
        for name, rows in kept.items()
    }


def _kept(conn: Connection, identity: Identity, rows: Sequence[Row[Any]]) -> list[Row[Any]]:
    """The rows, in order, whose event is not superseded and whose record belongs to a
    person recognized as a political prisoner (as ``_recognized_records`` decides)."""
    if not rows:
        return []
    ids = [r.id for r in rows]
    superseded = set(
        conn.execute(select(events.c.supersedes).where(events.c.supersedes.in_(ids))).scalars()
    )
    records = {r.person_id for r in rows}
    merged = {m: identity.canonical(m) for m in records if identity.redirect.get(m, m) != m}
    asked = sorted(records | set(merged.values()))
    recognized = set(
        conn.execute(
            select(S.person_id)
            .where(S.person_id.in_(asked), S.known_until.is_(None), S.recognized.is_(True))
            .distinct()
        ).scalars()
    )
    return [
        r
        for r in rows
        if r.id not in superseded
        and (r.person_id in recognized or merged.get(r.person_id) in recognized)
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


def period_counts(
    conn: Connection, groups: Mapping[str, Sequence[EventType]], start: dt.date, end: dt.date
) -> dict[str, int]:
    """For each group of kinds, its events dated from ``start`` to ``end`` (both
    included, by the first day of their date) on persons recognized as political
    prisoners, not superseded."""
    identity = load_identity(conn)
    group_of = {kind.value: name for name, kinds in groups.items() for kind in kinds}
    rows = conn.execute(
        select(events.c.type, func.count())
        .where(
            events.c.type.in_(list(group_of)),
            events.c.date >= start,
            events.c.date <= end,
            _not_superseded(),
            _recognized_records(conn, identity),
        )
        .group_by(events.c.type)
    )
    found = dict.fromkeys(groups, 0)
    for kind, n in rows:
        found[group_of[kind]] += int(n)
    return found


def recognizing_organizations(conn: Connection, *, recent: int = 5000) -> list[tuple[str, int]]:
    """The organizations whose recognitions the registry records, with how many of the
    latest ``recent`` recognitions are theirs, most first."""
    rows = conn.execute(
        select(events.c.detail)
        .where(events.c.type == EventType.RECOGNIZED_POLITICAL_PRISONER.value)
        .order_by(events.c.id.desc())
        .limit(recent)
    ).scalars()
    tally: Counter[str] = Counter()
    for detail in rows:
        by = ((detail or {}).get("recognition") or {}).get("by")
        if by:
            tally[str(by)] += 1
    return tally.most_common()


def longest_incommunicado(conn: Connection, day: dt.date, *, limit: int) -> list[int]:
    """Persons held incommunicado on ``day`` (as known now), the longest out of sight
    first: by the first day of their present spell out of contact."""
    out = status_segments.alias("out")
    seen = (
        select(out.c.person_id, func.max(out.c.start).label("seen"))
        .where(out.c.known_until.is_(None) == true(), out.c.incommunicado.is_(False),
               out.c.start <= day)
        .group_by(out.c.person_id)
        .subquery()
    )  # fmt: skip
    now = select(S.person_id).where(
        S.known_until.is_(None) == true(), S.incommunicado.is_(True), S.start <= day,
        or_(S.end.is_(None), S.end > day),
    )  # fmt: skip
    dark = status_segments.alias("dark")
    rows = conn.execute(
        select(dark.c.person_id, func.min(dark.c.start).label("since"))
        .outerjoin(seen, seen.c.person_id == dark.c.person_id)
        .where(
            dark.c.known_until.is_(None) == true(),
            dark.c.incommunicado.is_(True),
            dark.c.start <= day,
            or_(seen.c.seen.is_(None), dark.c.start > seen.c.seen),
            dark.c.person_id.in_(now.scalar_subquery()),
        )
        .group_by(dark.c.person_id)
        .order_by(func.min(dark.c.start), dark.c.person_id)
        .limit(limit)
    )
    return [r.person_id for r in rows]
