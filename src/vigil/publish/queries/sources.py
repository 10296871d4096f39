"""Queries behind the public pages of sources: their public description (never their
text) and the quotes the registry takes from them.

Nothing here joins ``person_restricted``. A person whose name is withheld never has a
quote shown (quotes name people).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from vigil.model import Connection as SourceConnection
from vigil.model import EventType, Grade, ReviewState
from vigil.store.identity import load_identity
from vigil.store.persons import get_persons
from vigil.store.tables import claim_reviews, claims, event_claims, events, figures, sources

__all__ = [
    "SourceQuote",
    "SourceRow",
    "count_public_sources",
    "get_source_row",
    "list_source_rows",
    "source_quotes",
]


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A source's public description (its full text is not published)."""

    id: int
    title: str | None
    url: str | None
    publisher: str | None
    published: dt.date | None
    language: str | None
    grade: Grade
    connection: SourceConnection | None


def _source_row(r: object) -> SourceRow:
    return SourceRow(
        id=r.id,  # type: ignore[attr-defined]
        title=r.title,  # type: ignore[attr-defined]
        url=r.url,  # type: ignore[attr-defined]
        publisher=r.publisher,  # type: ignore[attr-defined]
        published=r.published,  # type: ignore[attr-defined]
        language=r.language,  # type: ignore[attr-defined]
        grade=Grade.stored(r.reliability, r.credibility),  # type: ignore[attr-defined]
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
    sources.c.credibility,
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
