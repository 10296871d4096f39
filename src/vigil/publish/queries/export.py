"""Queries behind the exports: every record of a table, read in batches by id (a keyset
walk, so memory stays bounded and a late batch costs what the first one did).

Nothing here joins ``person_restricted``. Events and defendants are returned under the
record they are merged into; whether a person's name is withheld is read from both the
record and the one it is merged into, as the source page's quotes do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from vigil.model import Case, Defendant, EventDetail, EventType, PartialDate, Precision
from vigil.model.identity import Identity
from vigil.publish.queries.sources import _SOURCE_COLUMNS, SourceRow, _source_row
from vigil.store.cases import get_cases
from vigil.store.identity import load_identity
from vigil.store.tables import (
    case_defendants,
    cases,
    claims,
    event_claims,
    events,
    persons,
    sources,
)

__all__ = [
    "BATCH",
    "CaseRow",
    "DefendantRow",
    "EventRow",
    "case_batches",
    "event_batches",
    "person_id_batches",
    "source_batches",
]

#: Records read per query: small enough to keep memory flat, large enough to be fast.
BATCH = 1000


def _end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)


def person_id_batches(
    conn: Connection, known_at: dt.date | None = None, batch: int = BATCH
) -> Iterator[list[int]]:
    """The ids of every person record not merged into another (with ``known_at``, those
    recorded by the end of that day), in id order."""
    merged = set(load_identity(conn).redirect)
    last = 0
    while True:
        query = select(persons.c.id).where(persons.c.id > last)
        if known_at is not None:
            query = query.where(persons.c.created_at < _end_of(known_at))
        ids = list(conn.execute(query.order_by(persons.c.id).limit(batch)).scalars())
        if not ids:
            return
        last = ids[-1]
        kept = [i for i in ids if i not in merged]
        if kept:
            yield kept


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event as stored, under the record it belongs to now."""

    id: int
    person_id: int  # the record it belongs to (merges and splits applied)
    name_withheld: bool  # of that record, or of the record it was written on
    type: EventType
    date: PartialDate
    facility_id: int | None
    case_id: int | None
    detail: EventDetail
    supersedes: int | None
    superseded_by: int | None
    recorded_on: dt.date
    source_ids: tuple[int, ...]


def _withheld(conn: Connection, ids: set[int]) -> dict[int, bool]:
    if not ids:
        return {}
    rows = conn.execute(select(persons.c.id, persons.c.name_withheld).where(persons.c.id.in_(ids)))
    return {r.id: bool(r.name_withheld) for r in rows}


def _withheld_of(identity: Identity, flags: dict[int, bool], raw: int, owner: int) -> bool:
    return (
        flags.get(raw, False)
        or flags.get(owner, False)
        or flags.get(identity.canonical(raw), False)
    )


def event_batches(
    conn: Connection, known_at: dt.date | None = None, batch: int = BATCH
) -> Iterator[list[EventRow]]:
    """Every event (with ``known_at``, those recorded by the end of that day), in id
    order, with the sources of the claims it rests on."""
    identity = load_identity(conn)
    last = 0
    while True:
        query = select(events).where(events.c.id > last)
        if known_at is not None:
            query = query.where(events.c.recorded_at < _end_of(known_at))
        rows = conn.execute(query.order_by(events.c.id).limit(batch)).all()
        if not rows:
            return
        last = rows[-1].id
        ids = [r.id for r in rows]
        later = events.alias("later")
        by = {
            r.supersedes: r.id
            for r in conn.execute(
                select(later.c.supersedes, later.c.id).where(later.c.supersedes.in_(ids))
            )
        }
        cited: dict[int, list[int]] = {}
        for event_id, source_id in conn.execute(
            select(event_claims.c.event_id, claims.c.source_id)
            .join(claims, claims.c.id == event_claims.c.claim_id)
            .where(event_claims.c.event_id.in_(ids))
            .order_by(event_claims.c.event_id, claims.c.id)
        ):
            found = cited.setdefault(event_id, [])
            if source_id not in found:
                found.append(source_id)
        owners = {r.id: identity.owner(r.id, r.person_id) for r in rows}
        flags = _withheld(conn, {r.person_id for r in rows} | set(owners.values()))
        yield [_event_row(r, owners[r.id], identity, flags, by, cited) for r in rows]


def _event_row(
    r: Any,
    owner: int,
    identity: Identity,
    flags: dict[int, bool],
    by: dict[int, int],
    cited: dict[int, list[int]],
) -> EventRow:
    recorded = r.recorded_at
    return EventRow(
        id=r.id,
        person_id=owner,
        name_withheld=_withheld_of(identity, flags, r.person_id, owner),
        type=EventType(r.type),
        date=PartialDate.from_parts(r.date, Precision(r.date_precision), r.date_estimate),
        facility_id=r.facility_id,
        case_id=r.case_id,
        detail=EventDetail.from_json(r.detail),
        supersedes=r.supersedes,
        superseded_by=by.get(r.id),
        recorded_on=recorded.date() if isinstance(recorded, dt.datetime) else recorded,
        source_ids=tuple(cited.get(r.id, ())),
    )


@dataclass(frozen=True, slots=True)
class DefendantRow:
    """One defendant of a case, under the record they belong to now."""

    id: int  # the defendant's row: one person in one case
    person_id: int  # the record they belong to (merges applied)
    name_withheld: bool  # of that record, or of the record named in the case
    defendant: Defendant  # their verdict and appeal, as stored


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One prosecution as stored (``vigil.store.cases``), with its defendants."""

    case: Case
    defendants: tuple[DefendantRow, ...]


def case_batches(
    conn: Connection, known_at: dt.date | None = None, batch: int = BATCH
) -> Iterator[list[CaseRow]]:
    """Every case (with ``known_at``, those recorded by the end of that day, and only
    their defendants recorded by then), in id order."""
    identity = load_identity(conn)
    last = 0
    while True:
        query = select(cases.c.id).where(cases.c.id > last)
        if known_at is not None:
            query = query.where(cases.c.created_at < _end_of(known_at))
        ids = list(conn.execute(query.order_by(cases.c.id).limit(batch)).scalars())
        if not ids:
            return
        last = ids[-1]
        dc = case_defendants.c
        row_ids = {
            (r.case_id, r.person_id): r.id
            for r in conn.execute(
                select(dc.id, dc.case_id, dc.person_id).where(dc.case_id.in_(ids))
            )
        }
        found = get_cases(conn, ids)
        raw = {d.person_id for c in found for d in c.defendants}
        owners = {p: identity.canonical(p) for p in raw}
        pc = persons.c
        known = {
            r.id: (bool(r.name_withheld), r.created_at)
            for r in conn.execute(
                select(pc.id, pc.name_withheld, pc.created_at).where(
                    pc.id.in_(raw | set(owners.values()))
                )
            )
        }
        out = []
        for c in found:
            assert c.id is not None
            rows = []
            for d in c.defendants:
                owner = owners[d.person_id]
                if known_at is not None and not _recorded_by(known[owner][1], known_at):
                    continue
                withheld = known[d.person_id][0] or known[owner][0]
                rows.append(DefendantRow(row_ids[(c.id, d.person_id)], owner, withheld, d))
            out.append(CaseRow(c, tuple(rows)))
        yield out


def _recorded_by(moment: dt.datetime | None, day: dt.date) -> bool:
    if moment is None:
        return True
    if moment.tzinfo is None:  # SQLite hands back naive datetimes (written in UTC)
        moment = moment.replace(tzinfo=dt.UTC)
    return moment < _end_of(day)


def source_batches(
    conn: Connection, known_at: dt.date | None = None, batch: int = BATCH
) -> Iterator[list[SourceRow]]:
    """Every source's public columns (never its text), in id order."""
    last = 0
    while True:
        query = select(*_SOURCE_COLUMNS).where(sources.c.id > last)
        if known_at is not None:
            query = query.where(sources.c.added_at < _end_of(known_at))
        rows = conn.execute(query.order_by(sources.c.id).limit(batch)).all()
        if not rows:
            return
        last = rows[-1].id
        yield [_source_row(r) for r in rows]
