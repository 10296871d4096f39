"""Sources: stored once, found again by their origin or the hash of their text. The text
never changes; the details (title, URL, publisher, published date, language, grade) can be
corrected, each correction an audit entry (``source.edit``) with the values before and
after, which is the source's history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from vigil.errors import InvalidInput, NotFound
from vigil.model import Connection as SourceConnection
from vigil.model import Credibility, Reliability, Source, content_hash, normalize_text
from vigil.model.source import UNGRADED
from vigil.model.source_edit import SOURCE_FIELDS, FieldChange, SourceCorrection
from vigil.store import audit
from vigil.store.tables import sources

__all__ = [
    "ORIGIN_MAX",
    "SourceRevision",
    "add_source",
    "correct_source",
    "count_sources",
    "get_source",
    "grade_columns",
    "list_sources",
    "source_history",
]

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
        **grade_columns(source.reliability, source.credibility),
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
            **({"grade": source.grade.code} if source.grade.graded else {}),
        },
    )
    return new_id, True


def grade_columns(
    reliability: Reliability | None, credibility: Credibility | None
) -> dict[str, str | None]:
    """The ``sources`` columns that hold a grade (an ungraded source as before 0015)."""
    return {
        "reliability": reliability.value if reliability else UNGRADED,
        "credibility": credibility.value if credibility else None,
    }


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
        reliability=Reliability.stored(row.reliability),  # type: ignore[attr-defined]
        credibility=Credibility(row.credibility) if row.credibility else None,  # type: ignore[attr-defined]
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


def _plain(value: str | dt.date | None) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def correct_source(
    conn: Connection,
    source_id: int,
    correction: SourceCorrection,
    *,
    by: str,
    why: str | None = None,
) -> tuple[FieldChange, ...]:
    """Apply ``correction`` to the stored source's details; returns what changed (nothing
    for values it already has, and then no audit entry). Its text and hash never change.

    The one verb behind ``vigil source edit``, the staff page, the staff API and the
    details a re-ingested text brings; written to the audit log as ``source.edit``."""
    stored = get_source(conn, source_id)
    changes = correction.changes(stored)
    if not changes:
        return ()
    values: dict[str, object] = {c.field: c.after for c in changes}
    if "reliability" in values:  # NOT NULL: a cleared grade is stored as never graded
        values["reliability"] = values["reliability"] or UNGRADED
    conn.execute(update(sources).where(sources.c.id == source_id).values(values))
    after: dict[str, object] = {c.field: _plain(c.after) for c in changes}
    if why:
        after["why"] = why
    audit.record(
        conn,
        actor=by,
        action="source.edit",
        target=f"source:{source_id}",
        before={c.field: _plain(c.before) for c in changes},
        after=after,
    )
    return changes


@dataclass(frozen=True, slots=True)
class SourceRevision:
    """One change of a source's details: stored (``source.add``) or corrected."""

    entry_id: int
    at: dt.datetime
    by: str
    action: str  # source.add, source.edit
    changes: tuple[FieldChange, ...]
    why: str | None

    def __str__(self) -> str:
        if self.action == "source.add":
            return "stored"
        text = "; ".join(str(c) for c in self.changes)
        return text + (f" ({self.why})" if self.why else "")


def source_history(conn: Connection, source_id: int) -> list[SourceRevision]:
    """The source's details over time, newest first, from the audit log."""
    get_source(conn, source_id)  # NotFound for an unknown id
    found = []
    for e in audit.entries(conn, target=f"source:{source_id}", action="source.", limit=None):
        before = e.before if isinstance(e.before, dict) else {}
        after = e.after if isinstance(e.after, dict) else {}
        changes = tuple(
            FieldChange(f, before.get(f), after.get(f))
            for f in SOURCE_FIELDS
            if f in after and e.action == "source.edit"
        )
        why = after.get("why") if e.action == "source.edit" else None
        assert e.id is not None
        found.append(SourceRevision(e.id, e.at, e.actor, e.action, changes,
                                    why if isinstance(why, str) else None))  # fmt: skip
    return found
