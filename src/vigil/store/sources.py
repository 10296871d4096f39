"""Sources: stored once, never changed, found again by the hash of their text."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError

from vigil.errors import InvalidInput, NotFound
from vigil.model import Connection as SourceConnection
from vigil.model import Reliability, Source, content_hash, normalize_text
from vigil.store.tables import sources

__all__ = ["add_source", "count_sources", "get_source", "list_sources"]


def add_source(conn: Connection, source: Source, *, by: str) -> tuple[int, bool]:
    """Store ``source`` unless its text is already stored; returns (id, created)."""
    text = normalize_text(source.text)
    if not text.strip():
        raise InvalidInput("the source has no text", hint="give a file with the article's text")
    digest = content_hash(text)
    existing = conn.execute(
        select(sources.c.id).where(sources.c.content_hash == digest)
    ).scalar_one_or_none()
    if existing is not None:
        return int(existing), False
    row = {
        "content_hash": digest,
        "text": text,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "published": source.published,
        "language": source.language,
        "reliability": source.reliability.value,
        "connection": source.connection.value if source.connection else None,
        "added_at": dt.datetime.now(dt.UTC),
        "added_by": by,
    }
    try:
        with conn.begin_nested():  # a concurrent writer may store the same text first
            new_id = conn.execute(insert(sources).returning(sources.c.id), row).scalar_one()
    except IntegrityError:
        same = select(sources.c.id).where(sources.c.content_hash == digest)
        return int(conn.execute(same).scalar_one()), False
    return int(new_id), True


def _source(row: object) -> Source:
    return Source(
        text=row.text,  # type: ignore[attr-defined]
        url=row.url,  # type: ignore[attr-defined]
        title=row.title,  # type: ignore[attr-defined]
        publisher=row.publisher,  # type: ignore[attr-defined]
        published=row.published,  # type: ignore[attr-defined]
        language=row.language,  # type: ignore[attr-defined]
        reliability=Reliability(row.reliability),  # type: ignore[attr-defined]
        connection=SourceConnection(row.connection) if row.connection else None,  # type: ignore[attr-defined]
        id=row.id,  # type: ignore[attr-defined]
        added_at=row.added_at,  # type: ignore[attr-defined]
    )


def get_source(conn: Connection, source_id: int) -> Source:
    row = conn.execute(select(sources).where(sources.c.id == source_id)).first()
    if row is None:
        raise NotFound(
            f"no source with id {source_id}", hint="list sources with `vigil source list`"
        )
    return _source(row)


def list_sources(conn: Connection, *, limit: int = 50, offset: int = 0) -> list[Source]:
    rows = conn.execute(select(sources).order_by(sources.c.id).limit(limit).offset(offset))
    return [_source(r) for r in rows]


def count_sources(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(sources)).scalar_one())
