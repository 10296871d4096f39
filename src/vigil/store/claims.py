"""Claims and the review decisions on them (both append-only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Select, bindparam, case, func, insert, literal, select, tuple_

from vigil.errors import InvalidInput, NotFound
from vigil.model import (
    Claim,
    ClaimKind,
    EventPayload,
    EventType,
    GradeFilter,
    Payload,
    Review,
    ReviewState,
)
from vigil.model.source import UNGRADED
from vigil.store.claim_json import (
    decision_from_json,
    decision_to_json,
    payload_from_json,
    payload_to_json,
)
from vigil.store.tables import claim_reviews, claims, sources

__all__ = [
    "add_claim",
    "cite",
    "count_pending",
    "event_stage",
    "fingerprints",
    "get_claims",
    "pending_claims",
    "review_claim",
    "source_claims",
]


def add_claim(conn: Connection, claim: Claim) -> int:
    """Store a claim after checking that its quote is exactly its span of the source."""
    text = conn.execute(
        select(sources.c.text).where(sources.c.id == claim.source_id)
    ).scalar_one_or_none()
    if text is None:
        raise NotFound(
            f"no source with id {claim.source_id}",
            hint="add it first with `vigil source add FILE`",
        )
    if not (0 <= claim.start < claim.end <= len(text)) or text[claim.start : claim.end] != (
        claim.quote
    ):
        raise InvalidInput(
            f"the quote is not the text of source {claim.source_id} at {claim.start}:{claim.end}",
            hint="quote the source exactly",
        )
    if not 0.0 <= claim.confidence <= 1.0:
        raise InvalidInput("confidence must be between 0 and 1", hint="e.g. 0.8")
    claim_id = conn.execute(
        insert(claims).returning(claims.c.id),
        {
            "source_id": claim.source_id,
            "span_start": claim.start,
            "span_end": claim.end,
            "quote": claim.quote,
            "kind": claim.kind.value,
            "payload": payload_to_json(claim.payload),
            "extractor": claim.extractor,
            "confidence": claim.confidence,
            "created_at": dt.datetime.now(dt.UTC),
            "fingerprint": claim.fingerprint,
        },
    ).scalar_one()
    if claim.review is not None:
        review_claim(conn, int(claim_id), claim.review)
    return int(claim_id)


def review_claim(conn: Connection, claim_id: int, review: Review) -> None:
    """Record a decision on a claim; the latest decision is its state."""
    conn.execute(
        insert(claim_reviews),
        {
            "claim_id": claim_id,
            "state": review.state.value,
            "by": review.by,
            "at": review.at,
            "note": review.note,
            "bulk": review.bulk,
            "decision": None if review.decision is None else decision_to_json(review.decision),
        },
    )


def cite(
    conn: Connection,
    source_id: int,
    quote: str | None,
    *,
    kind: ClaimKind,
    extractor: str,
    by: str,
    payload: Payload | None = None,
) -> int:
    """An accepted claim for a person citing a source by hand: the quote (or, without
    one, the whole text) becomes the span."""
    text = conn.execute(
        select(sources.c.text).where(sources.c.id == source_id)
    ).scalar_one_or_none()
    if text is None:
        raise NotFound(
            f"no source with id {source_id}", hint="add it first with `vigil source add FILE`"
        )
    if quote:
        start = text.find(quote)
        if start < 0:
            raise InvalidInput(
                f"the quote is not in source {source_id}",
                hint="copy the words exactly as the source writes them",
            )
    else:
        start, quote = 0, text
    now = dt.datetime.now(dt.UTC)
    claim = Claim(
        source_id=source_id,
        start=start,
        end=start + len(quote),
        quote=quote,
        kind=kind,
        extractor=extractor,
        payload=payload,
        review=Review(ReviewState.ACCEPTED, by, now, note="cited by hand"),
    )
    return add_claim(conn, claim)


_CLAIMS_BY_ID = select(claims).where(claims.c.id.in_(bindparam("ids", expanding=True)))
_LATEST_OF = (
    select(claim_reviews.c.claim_id, func.max(claim_reviews.c.id).label("rid"))
    .where(claim_reviews.c.claim_id.in_(bindparam("ids", expanding=True)))
    .group_by(claim_reviews.c.claim_id)
    .subquery()
)
_LATEST_REVIEWS = select(claim_reviews).join(_LATEST_OF, _LATEST_OF.c.rid == claim_reviews.c.id)


def get_claims(conn: Connection, ids: Sequence[int]) -> list[Claim]:
    """Claims with their latest review, in the order of ``ids``."""
    wanted = {"ids": list(ids)}
    rows = {r.id: r for r in conn.execute(_CLAIMS_BY_ID, wanted)}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFound(f"no claim with id {missing[0]}", hint="check the claim id")
    reviews = {
        r.claim_id: Review(
            ReviewState(r.state), r.by, r.at, r.note, r.bulk, decision_from_json(r.decision)
        )
        for r in conn.execute(_LATEST_REVIEWS, wanted)
    }
    return [
        Claim(
            source_id=rows[i].source_id,
            start=rows[i].span_start,
            end=rows[i].span_end,
            quote=rows[i].quote,
            kind=ClaimKind(rows[i].kind),
            extractor=rows[i].extractor,
            confidence=rows[i].confidence,
            payload=payload_from_json(ClaimKind(rows[i].kind), rows[i].payload),
            review=reviews.get(i),
            fingerprint=rows[i].fingerprint,
            id=i,
        )
        for i in ids
    ]


def fingerprints(conn: Connection, source_id: int) -> set[str]:
    """Fingerprints of every claim ever made on a source, whatever its review."""
    rows = conn.execute(
        select(claims.c.fingerprint).where(
            claims.c.source_id == source_id, claims.c.fingerprint.is_not(None)
        )
    ).scalars()
    return set(rows)


def _latest_reviews() -> Any:
    return (
        select(claim_reviews.c.claim_id, func.max(claim_reviews.c.id).label("rid"))
        .group_by(claim_reviews.c.claim_id)
        .subquery()
    )


def _pending(
    *,
    min_confidence: float,
    source_id: int | None,
    kind: ClaimKind | None,
    grade: GradeFilter | None = None,
) -> Select[tuple[int]]:
    """The ids of the proposed claims (never reviewed, or last set back to proposed)."""
    latest = _latest_reviews()
    state = (
        select(claim_reviews.c.claim_id, claim_reviews.c.state)
        .join(latest, latest.c.rid == claim_reviews.c.id)
        .subquery()
    )
    query = (
        select(claims.c.id)
        .outerjoin(state, state.c.claim_id == claims.c.id)
        .where(
            (state.c.state.is_(None)) | (state.c.state == ReviewState.PROPOSED.value),
            claims.c.confidence >= min_confidence,
        )
    )
    if source_id is not None:
        query = query.where(claims.c.source_id == source_id)
    if kind is not None:
        query = query.where(claims.c.kind == kind.value)
    if grade is not None:
        query = query.where(claims.c.source_id.in_(_graded(grade)))
    return query


def _graded(grade: GradeFilter) -> Select[tuple[int]]:
    """The ids of the sources whose grade ``grade`` keeps."""
    query = select(sources.c.id)
    if grade.ungraded:
        return query.where(sources.c.reliability == UNGRADED, sources.c.credibility.is_(None))
    if grade.reliabilities:
        query = query.where(sources.c.reliability.in_(sorted(grade.reliabilities)))
    if grade.credibilities:
        query = query.where(sources.c.credibility.in_(sorted(grade.credibilities)))
    return query


def pending_claims(
    conn: Connection,
    *,
    min_confidence: float = 0.0,
    source_id: int | None = None,
    kind: ClaimKind | None = None,
    grade: GradeFilter | None = None,
    kind_order: Mapping[ClaimKind, int] | None = None,
    event_order: Mapping[EventType, int] | None = None,
    after: Claim | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[Claim]:
    """Proposed claims by source, then by ``kind_order`` (when given), then events by the
    ``event_order`` of their type (when given; anything else after), then by position;
    ``after`` starts past a claim in that order; ``offset`` and ``limit`` page them in the
    database."""
    query = _pending(min_confidence=min_confidence, source_id=source_id, kind=kind, grade=grade)
    order = dict(kind_order or {})
    stages = dict(event_order or {})
    rank = (
        case({k.value: n for k, n in order.items()}, value=claims.c.kind, else_=len(order))
        if order
        else literal(0)
    )
    stage = (
        case(
            {t.value: n for t, n in stages.items()},
            value=claims.c.payload["type"].as_string(),
            else_=len(stages),
        )
        if stages
        else literal(0)
    )
    key = (claims.c.source_id, rank, stage, claims.c.span_start, claims.c.id)
    if after is not None:
        rank_after = order.get(after.kind, len(order)) if order else 0
        stage_after = event_stage(after, stages) if stages else 0
        values = (after.source_id, rank_after, stage_after, after.start, after.id or 0)
        query = query.where(tuple_(*key) > tuple_(*(literal(v) for v in values)))
    query = query.order_by(*key)
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return get_claims(conn, list(conn.execute(query).scalars()))


def event_stage(claim: Claim, stages: Mapping[EventType, int]) -> int:
    """The place of ``claim`` in ``stages`` as ``pending_claims`` orders it in the
    database (from its stored type; past the end for anything else)."""
    payload = claim.payload
    if isinstance(payload, EventPayload) and payload.type is not None:
        return stages.get(payload.type, len(stages))
    return len(stages)


def count_pending(
    conn: Connection,
    *,
    min_confidence: float = 0.0,
    source_id: int | None = None,
    kind: ClaimKind | None = None,
    grade: GradeFilter | None = None,
) -> int:
    """How many claims ``pending_claims`` would give without paging."""
    query = _pending(min_confidence=min_confidence, source_id=source_id, kind=kind, grade=grade)
    return int(conn.execute(select(func.count()).select_from(query.subquery())).scalar_one())


def source_claims(conn: Connection, source_id: int) -> list[Claim]:
    """Every claim on a source, with its latest review."""
    ids = conn.execute(
        select(claims.c.id).where(claims.c.source_id == source_id).order_by(claims.c.id)
    ).scalars()
    return get_claims(conn, list(ids))
