"""Events: appended, never changed; each write refreshes the person's status cache and
is an entry of the audit log (``event.add``) in the same transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, insert, select

from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.model import Event, EventType, ReviewState
from vigil.store import audit
from vigil.store.claims import get_claims
from vigil.store.event_reads import get_event, load_events
from vigil.store.segments import rematerialize
from vigil.store.tables import (
    case_defendants,
    event_claims,
    events,
    facilities,
    persons,
    status_conflicts,
)

# ``load_events`` and ``get_event`` are read in ``event_reads`` (below the status cache,
# which reads events to rebuild itself) and named here too, the home of events.
__all__ = ["add_event", "corroborate_event", "get_event", "load_events"]


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
        dc = case_defendants.c
        defendant = conn.execute(
            select(dc.id).where(dc.case_id == event.case_id, dc.person_id == event.person_id)
        ).first()
        if defendant is None:
            raise InvalidInput(
                f"person {event.person_id} is not a defendant in case {event.case_id}",
                hint=f"check the case id, or add them: `vigil case join {event.case_id} "
                f"{event.person_id}`",
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
