"""Sources: stored once, never changed, found again by their origin or the hash of their text."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError

from vigil.errors import InvalidInput, NotFound
from vigil.model import Connection as SourceConnection
from vigil.model import Reliability, Source, content_hash, normalize_text
from vigil.store import audit
from vigil.store.tables import sources

__all__ = ["ORIGIN_MAX", "add_source", "count_sources", "get_source", "list_sources"]

ORIGIN_MAX = 500  # the width of sources.origin


def add_source(conn: Connection, source: Source, *, by: str) -> tuple[int, bool]:
    """Store ``source`` unless its origin or its text is already stored; (id, created).

    A new source is written to the audit log in the same transaction.
    """
    text = normalize_text(source.text)
    if not text.strip():
        raise InvalidInput("the source has no text", hint="give a file with the article's text")
    if source.origin is not None and len(source.origin) > ORIGIN_MAX:
        raise InvalidInput(
            f"the source's origin is {len(source.origin)} characters long",
            hint=f"shorten it to at most {ORIGIN_MAX}",
        )
    digest = content_hash(text)
    existing = _known(conn, digest, source.origin)
    if existing is not None:
        return existing, False
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
        "origin": source.origin,
        "meta": source.meta,
    }
    try:
        with conn.begin_nested():  # a concurrent writer may store the same text first
            new_id = int(conn.execute(insert(sources).returning(sources.c.id), row).scalar_one())
    except IntegrityError:
        same = _known(conn, digest, source.origin)
        if same is None:  # pragma: no cover - a constraint other than the two keys
            raise
        return same, False
    audit.record(
        conn,
        actor=by,
        action="source.add",
        target=f"source:{new_id}",
        after={
            "origin": source.origin,
            "url": source.url,
            "title": source.title,
            "language": source.language,
        },
    )
    return new_id, True


def _known(conn: Connection, digest: str, origin: str | None) -> int | None:
    """The id of the stored source with this origin or this text, if any."""
    if origin is not None:
        by_origin = conn.execute(
            select(sources.c.id).where(sources.c.origin == origin)
        ).scalar_one_or_none()
        if by_origin is not None:
            return int(by_origin)
    by_text = conn.execute(
        select(sources.c.id).where(sources.c.content_hash == digest)
    ).scalar_one_or_none()
    return None if by_text is None else int(by_text)


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
        origin=row.origin,  # type: ignore[attr-defined]
        meta=row.meta,  # type: ignore[attr-defined]
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
