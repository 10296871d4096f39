"""Events read back: rows to ``Event`` records, merges and splits applied. Below the
status cache (``segments`` rebuilds a person's rows from these), ``events`` (the writes)
and ``identity``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, Row, bindparam, select

from vigil.errors import NotFound
from vigil.model import Event, EventDetail, EventType, PartialDate, Precision
from vigil.model.identity import Identity
from vigil.store.person_links import load_identity
from vigil.store.tables import event_claims, events

__all__ = ["get_event", "load_events"]

_CHUNK = 5000  # ids per IN (...): SQLite allows 32766 parameters

# Built once: making a statement costs several times more than running it on a page.
_EVENTS_OF = select(events).where(events.c.person_id.in_(bindparam("ids", expanding=True)))
_EVENTS_BY_ID = select(events).where(events.c.id.in_(bindparam("ids", expanding=True)))
_CLAIM_LINKS = select(event_claims).where(
    event_claims.c.event_id.in_(bindparam("ids", expanding=True))
)


def _utc(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; PostgreSQL aware ones in the session's zone.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _event(row: object, claim_ids: Iterable[int]) -> Event:
    return Event(
        person_id=row.person_id,  # type: ignore[attr-defined]
        type=EventType(row.type),  # type: ignore[attr-defined]
        date=PartialDate.from_parts(
            row.date,  # type: ignore[attr-defined]
            Precision(row.date_precision),  # type: ignore[attr-defined]
            row.date_estimate,  # type: ignore[attr-defined]
        ),
        recorded_at=_utc(row.recorded_at),  # type: ignore[attr-defined]
        facility_id=row.facility_id,  # type: ignore[attr-defined]
        case_id=row.case_id,  # type: ignore[attr-defined]
        detail=EventDetail.from_json(row.detail),  # type: ignore[attr-defined]
        claim_ids=tuple(sorted(claim_ids)),
        supersedes=row.supersedes,  # type: ignore[attr-defined]
        recorded_by=row.recorded_by,  # type: ignore[attr-defined]
        id=row.id,  # type: ignore[attr-defined]
    )


def load_events(
    conn: Connection, person_ids: Sequence[int], identity: Identity | None = None
) -> dict[int, list[Event]]:
    """All events (superseded ones included) of each person, by id order.

    Identity decisions apply: a person's events include those of records merged into
    it and of events split to it, and exclude events split away; a record merged into
    another has none. Each event's ``person_id`` is the record it belongs to now.
    """
    if identity is None:
        identity = load_identity(conn)
    wanted = set(person_ids)
    raw_ids = set(wanted)
    for pid in wanted:
        raw_ids |= identity.members(pid)
    moved_in = [e for e, p in identity.moved.items() if identity.canonical(p) in wanted]
    result: dict[int, list[Event]] = {p: [] for p in person_ids}
    rows: list[Row[Any]] = []
    raw = sorted(raw_ids)
    for chunk in range(0, len(raw), _CHUNK):
        part = raw[chunk : chunk + _CHUNK]
        rows.extend(conn.execute(_EVENTS_OF, {"ids": part}))
    for chunk in range(0, len(moved_in), _CHUNK):
        part = moved_in[chunk : chunk + _CHUNK]
        rows.extend(conn.execute(_EVENTS_BY_ID, {"ids": part}))
    unique = {r.id: r for r in rows}
    links: dict[int, list[int]] = defaultdict(list)
    ids = sorted(unique)
    for chunk in range(0, len(ids), _CHUNK):
        for link in conn.execute(_CLAIM_LINKS, {"ids": ids[chunk : chunk + _CHUNK]}):
            links[link.event_id].append(link.claim_id)
    for event_id in ids:
        row = unique[event_id]
        owner = identity.owner(event_id, row.person_id)
        if owner in wanted:
            result[owner].append(replace(_event(row, links[event_id]), person_id=owner))
    return result


def get_event(conn: Connection, event_id: int) -> Event:
    """One event as it was written (its ``person_id`` is the record it was written on)."""
    row = conn.execute(_EVENTS_BY_ID, {"ids": [event_id]}).first()
    if row is None:
        raise NotFound(f"no event with id {event_id}", hint="see the person's events")
    links = conn.execute(_CLAIM_LINKS, {"ids": [event_id]})
    return _event(row, [link.claim_id for link in links])
