"""Bulk appends for generated and imported registries: many rows, few statements.

The checks of ``add_event`` are left to the caller, who must hand over a consistent
history; the status cache is rebuilt once at the end with ``rematerialize``. So is the
audit log: these functions write no entry per row; the caller records one entry for the
whole bulk operation, with its counts, in the same transaction (``vigil.demo.build``
records ``demo.build``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Connection, insert, select

from vigil.errors import InvalidInput
from vigil.model import (
    Claim,
    Event,
    Facility,
    Person,
    Source,
    content_hash,
    normalize_text,
    search_key,
)
from vigil.names import sort_key
from vigil.store.claim_json import payload_to_json
from vigil.store.persons import insert_names
from vigil.store.sources import grade_columns
from vigil.store.tables import (
    claim_reviews,
    claims,
    event_claims,
    events,
    facilities,
    facility_names,
    persons,
    sources,
)

__all__ = ["bulk_claims", "bulk_events", "bulk_facilities", "bulk_persons", "bulk_sources"]

_BATCH = 5000


def _insert_ids(conn: Connection, table: object, rows: list[dict[str, object]]) -> list[int]:
    ids: list[int] = []
    for i in range(0, len(rows), _BATCH):
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)  # type: ignore[arg-type, attr-defined]
        ids.extend(int(r[0]) for r in conn.execute(stmt, rows[i : i + _BATCH]))
    return ids


def bulk_persons(conn: Connection, people: Sequence[Person], *, by: str) -> list[int]:
    now = dt.datetime.now(dt.UTC)
    ids = _insert_ids(
        conn,
        persons,
        [
            {
                "gender": p.gender.value,
                "birth_date": p.birth_date.earliest if p.birth_date else None,
                "birth_precision": p.birth_date.precision.value if p.birth_date else None,
                "birth_estimate": bool(p.birth_date and p.birth_date.estimate),
                "region": p.region,
                "occupation": p.occupation,
                "name_withheld": p.name_withheld,
                "created_at": now,
                "created_by": by,
            }
            for p in people
        ],
    )
    names = [
        {
            "person_id": pid,
            "text": n.text,
            "norm": search_key(n.text),
            "sort_key": sort_key(n.text),
            "script": n.script.value,
            "language": n.language,
            "system": n.system,
            "is_primary": i == 0,
        }
        for pid, p in zip(ids, people, strict=True)
        for i, n in enumerate(p.names)
    ]
    for i in range(0, len(names), _BATCH):
        insert_names(conn, names[i : i + _BATCH])
    return ids


def bulk_sources(conn: Connection, items: Sequence[Source], *, by: str) -> list[int]:
    """Append sources the registry does not hold yet (the caller makes sure: a text or
    origin stored already breaks a unique constraint), stored as ``add_source`` stores
    them."""
    now = dt.datetime.now(dt.UTC)
    rows: list[dict[str, object]] = []
    for s in items:
        text = normalize_text(s.text)
        if not text.strip():
            raise InvalidInput("a source has no text", hint="give every source its text")
        rows.append(
            {
                "content_hash": content_hash(text),
                "text": text,
                "url": s.url,
                "title": s.title,
                "publisher": s.publisher,
                "published": s.published,
                "language": s.language,
                **grade_columns(s.reliability, s.credibility),
                "connection": s.connection.value if s.connection else None,
                "added_at": now,
                "added_by": by,
                "origin": s.origin,
                "meta": s.meta,
            }
        )
    return _insert_ids(conn, sources, rows)


def bulk_facilities(conn: Connection, items: Sequence[Facility]) -> list[int]:
    """Append facilities with their name variants."""
    for f in items:
        if not f.names:
            raise InvalidInput("a facility needs a name", hint="give every facility a name")
    ids = _insert_ids(
        conn,
        facilities,
        [
            {"kind": f.kind.value, "region": f.region, "postal_address": f.postal_address}
            for f in items
        ],
    )
    names = [
        {"facility_id": fid, "text": n, "norm": search_key(n), "position": i}
        for fid, f in zip(ids, items, strict=True)
        for i, n in enumerate(f.names)
    ]
    for i in range(0, len(names), _BATCH):
        conn.execute(insert(facility_names), names[i : i + _BATCH])
    return ids


def bulk_claims(conn: Connection, items: Sequence[Claim]) -> list[int]:
    """Append claims (and their reviews) after checking every quote against its source."""
    wanted = select(sources.c.id, sources.c.text).where(
        sources.c.id.in_({c.source_id for c in items})
    )
    texts: dict[int, str] = {r.id: r.text for r in conn.execute(wanted)}
    for c in items:
        if texts.get(c.source_id, "")[c.start : c.end] != c.quote:
            raise InvalidInput(
                f"claim quote does not match source {c.source_id} at {c.start}:{c.end}",
                hint="quote the source exactly",
            )
    now = dt.datetime.now(dt.UTC)
    ids = _insert_ids(
        conn,
        claims,
        [
            {
                "source_id": c.source_id,
                "span_start": c.start,
                "span_end": c.end,
                "quote": c.quote,
                "kind": c.kind.value,
                "payload": payload_to_json(c.payload),
                "extractor": c.extractor,
                "confidence": c.confidence,
                "created_at": now,
            }
            for c in items
        ],
    )
    reviews = [
        {
            "claim_id": cid,
            "state": c.review.state.value,
            "by": c.review.by,
            "at": c.review.at,
            "note": c.review.note,
            "bulk": c.review.bulk,
        }
        for cid, c in zip(ids, items, strict=True)
        if c.review is not None
    ]
    for i in range(0, len(reviews), _BATCH):
        conn.execute(insert(claim_reviews), reviews[i : i + _BATCH])
    return ids


def bulk_events(conn: Connection, items: Sequence[Event]) -> list[int]:
    """Append events with their claim links; the caller rematerializes afterwards."""
    for e in items:
        if not e.claim_ids:
            raise InvalidInput("an event must rest on a claim", hint="give every event a claim")
    ids = _insert_ids(
        conn,
        events,
        [
            {
                "person_id": e.person_id,
                "type": e.type.value,
                "date": e.date.earliest,
                "date_precision": e.date.precision.value,
                "date_estimate": e.date.estimate,
                "facility_id": e.facility_id,
                "case_id": e.case_id,
                "detail": e.detail.to_json(),
                "supersedes": e.supersedes,
                "recorded_at": e.recorded_at,
                "recorded_by": e.recorded_by or "unknown",
            }
            for e in items
        ],
    )
    links = [
        {"event_id": eid, "claim_id": c}
        for eid, e in zip(ids, items, strict=True)
        for c in e.claim_ids
    ]
    for i in range(0, len(links), _BATCH):
        conn.execute(insert(event_claims), links[i : i + _BATCH])
    return ids
