"""Events: appended, never changed; each write refreshes the person's status cache and
is an entry of the audit log (``event.add``) in the same transaction."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, Row, bindparam, insert, select

from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.model import Event, EventDetail, EventType, PartialDate, Precision, ReviewState
from vigil.model.identity import Identity
from vigil.store import audit
from vigil.store.claims import get_claims
from vigil.store.segments import rematerialize
from vigil.store.tables import (
    cases,
    event_claims,
    events,
    facilities,
    persons,
    status_conflicts,
)

__all__ = ["add_event", "corroborate_event", "get_event", "load_events"]

_CHUNK = 5000  # ids per IN (...): SQLite allows 32766 parameters

# Built once: making a statement costs several times more than running it on a page.
_EVENTS_OF = select(events).where(events.c.person_id.in_(bindparam("ids", expanding=True)))
_EVENTS_BY_ID = select(events).where(events.c.id.in_(bindparam("ids", expanding=True)))
_CLAIM_LINKS = select(event_claims).where(
    event_claims.c.event_id.in_(bindparam("ids", expanding=True))
)


def _check(conn: Connection, event: Event, today: dt.date) -> None:
    if conn.execute(select(persons.c.id).where(persons.c.id == event.person_id)).first() is None:
        raise NotFound(
            f"no person with id {event.person_id}",
            hint="find the id with `vigil person search NAME`",
        )
    if not event.claim_ids:
        raise InvalidInput(
            "an event must rest on a source", hint="cite one with --source ID or --claim ID"
        )
    for claim in get_claims(conn, event.claim_ids):
        if claim.state is ReviewState.REJECTED:
            raise InvalidInput(
                f"claim {claim.id} was rejected in review", hint="cite another claim or source"
            )
    if event.date.earliest > today:
        raise InvalidInput(f"the date {event.date} is in the future", hint="check the year")
    if (
        event.facility_id is not None
        and conn.execute(
            select(facilities.c.id).where(facilities.c.id == event.facility_id)
        ).first()
        is None
    ):
        raise NotFound(
            f"no facility with id {event.facility_id}",
            hint="list them with `vigil facility list`",
        )
    if event.case_id is not None:
        owner = conn.execute(
            select(cases.c.person_id).where(cases.c.id == event.case_id)
        ).scalar_one_or_none()
        if owner != event.person_id:
            raise InvalidInput(
                f"case {event.case_id} is not a case of person {event.person_id}",
                hint="check the case id",
            )
    if (
        event.type is EventType.SENTENCED
        and event.detail.term_months is not None
        and (event.detail.term_months <= 0)
    ):
        raise InvalidInput("a sentence term must be positive", hint="give the term in months")
    if event.supersedes is not None:
        old = conn.execute(
            select(events.c.person_id).where(events.c.id == event.supersedes)
        ).first()
        if old is None:
            raise NotFound(f"no event with id {event.supersedes}", hint="check the event id")
        if old.person_id != event.person_id:
            raise InvalidInput(
                f"event {event.supersedes} is about another person",
                hint="a correction must be about the same person",
            )
        if conn.execute(select(events.c.id).where(events.c.supersedes == event.supersedes)).first():
            raise Conflict(
                f"event {event.supersedes} has already been corrected",
                hint="correct the newest event instead",
            )


def _conflicts_of(conn: Connection, person_id: int) -> set[tuple[int | None, int | None, str]]:
    """The contradictions the status cache holds for a person now."""
    c = status_conflicts.c
    rows = conn.execute(
        select(c.event_id, c.related_event_id, c.reason).where(c.person_id == person_id)
    )
    return {(r.event_id, r.related_event_id, r.reason) for r in rows}


def add_event(
    conn: Connection,
    event: Event,
    *,
    allow_conflict: bool = False,
    refresh: bool = True,
) -> int:
    """Append ``event``; refuse it if it contradicts the person's history unless
    ``allow_conflict`` (sources do contradict each other; the conflict is then kept and
    reported). With ``refresh=False`` the caller rebuilds the status cache itself."""
    # A savepoint: a refused event leaves nothing behind even if the caller goes on.
    with conn.begin_nested():
        _check(conn, event, dt.date.today())
        had = _conflicts_of(conn, event.person_id) if refresh else set()
        event_id = int(
            conn.execute(
                insert(events).returning(events.c.id),
                {
                    "person_id": event.person_id,
                    "type": event.type.value,
                    "date": event.date.earliest,
                    "date_precision": event.date.precision.value,
                    "date_estimate": event.date.estimate,
                    "facility_id": event.facility_id,
                    "case_id": event.case_id,
                    "detail": event.detail.to_json(),
                    "supersedes": event.supersedes,
                    "recorded_at": event.recorded_at,
                    "recorded_by": event.recorded_by or "unknown",
                },
            ).scalar_one()
        )
        conn.execute(
            insert(event_claims), [{"event_id": event_id, "claim_id": c} for c in event.claim_ids]
        )
        if refresh:
            conflicts = rematerialize(conn, [event.person_id])
            # This event's own conflict, or one it makes of a later event (a release
            # before a later "held incommunicado"): either contradicts the record.
            now = conflicts.get(event.person_id, [])
            mine = [c for c in now if c.event_id == event_id] or [
                c for c in now if (c.event_id, c.related_event_id, c.reason) not in had
            ]
            if mine and not allow_conflict:
                first = mine[0]
                other = first.event_id if first.event_id != event_id else first.related_event_id
                raise Conflict(
                    f"the {event.type.value} event contradicts the record: {first.reason}"
                    + (f" (see event {other})" if other else ""),
                    hint="check the dates, or record it anyway with a reason "
                    "(Record anyway on the page, --allow-conflict in a terminal)",
                )
        audit.record(
            conn,
            actor=event.recorded_by or "unknown",
            action="event.add",
            target=f"person:{event.person_id}",
            before={"superseded_event": event.supersedes} if event.supersedes else None,
            after=_summary(event_id, event, allow_conflict=allow_conflict),
        )
    return event_id


def corroborate_event(conn: Connection, event_id: int, claim_id: int, *, by: str) -> int:
    """Add ``claim_id`` to the claims event ``event_id`` rests on: another report of the
    same fact (``vigil.ingest.corroboration``). Nothing about the event changes, so no
    count moves; the link is appended and audited (``event.corroborate``). Returns the
    person the event is about."""
    with conn.begin_nested():
        row = conn.execute(select(events.c.person_id).where(events.c.id == event_id)).one_or_none()
        if row is None:
            raise NotFound(f"no event with id {event_id}", hint="check the event id")
        if conn.execute(select(events.c.id).where(events.c.supersedes == event_id)).first():
            raise Conflict(
                f"event {event_id} has been corrected", hint="confirm the newest event instead"
            )
        claim = get_claims(conn, [claim_id])[0]
        if claim.state is ReviewState.REJECTED:
            raise InvalidInput(
                f"claim {claim_id} was rejected in review", hint="cite another claim or source"
            )
        linked = select(event_claims.c.claim_id).where(
            event_claims.c.event_id == event_id, event_claims.c.claim_id == claim_id
        )
        if conn.execute(linked).first() is not None:
            raise Conflict(
                f"event {event_id} already rests on claim {claim_id}", hint="nothing to add"
            )
        conn.execute(insert(event_claims), {"event_id": event_id, "claim_id": claim_id})
        audit.record(
            conn,
            actor=by,
            action="event.corroborate",
            target=f"event:{event_id}",
            after={"event": event_id, "claim": claim_id, "source": claim.source_id,
                   "person": row.person_id},
        )  # fmt: skip
    return int(row.person_id)


def _summary(event_id: int, event: Event, *, allow_conflict: bool) -> dict[str, Any]:
    """What the audit log keeps of a new event."""
    summary: dict[str, Any] = {
        "event": event_id,
        "person": event.person_id,
        "type": event.type.value,
        "date": str(event.date),
        "facility": event.facility_id,
        "case": event.case_id,
        "detail": event.detail.to_json(),
        "claims": list(event.claim_ids),
        "supersedes": event.supersedes,
    }
    if allow_conflict:
        summary["allow_conflict"] = True
    return summary


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
        from vigil.store.identity import load_identity

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
