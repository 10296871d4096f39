"""The append-only, hash-chained audit log: every change made by a person.

``record`` is called inside the transaction of the change it describes, so the entry
and the change commit together or not at all. Writers are serialized while they read
the last hash (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-level advisory
lock), so the chain never forks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, insert, select, text

from vigil.auth.chain import GENESIS, AuditEntry, entry_hash
from vigil.store.db import is_postgres
from vigil.store.tables import audit_log

__all__ = ["Verification", "entries", "record", "verify"]

_LOCK_KEY = 0x56494749  # "VIGI": the audit chain's advisory lock on PostgreSQL


def record(
    conn: Connection,
    *,
    actor: str,
    action: str,
    target: str,
    before: Any = None,
    after: Any = None,
) -> AuditEntry:
    """Append one entry after the last one; returns it with its id and hash."""
    if is_postgres(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
    last = conn.execute(
        select(audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
    ).scalar_one_or_none()
    entry = AuditEntry(
        at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        actor=actor,
        action=action,
        target=target,
        before=before,
        after=after,
        prev_hash=last or GENESIS,
    )
    entry = replace(entry, hash=entry_hash(entry))
    new_id = conn.execute(
        insert(audit_log).returning(audit_log.c.id),
        {
            "at": entry.at,
            "actor": entry.actor,
            "action": entry.action,
            "target": entry.target,
            "before": entry.before,
            "after": entry.after,
            "prev_hash": entry.prev_hash,
            "hash": entry.hash,
        },
    ).scalar_one()
    return replace(entry, id=int(new_id))


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        at=row.at,
        actor=row.actor,
        action=row.action,
        target=row.target,
        before=row.before,
        after=row.after,
        prev_hash=row.prev_hash,
        hash=row.hash,
        id=row.id,
    )


def entries(
    conn: Connection,
    *,
    actor: str | None = None,
    target: str | None = None,
    action: str | None = None,
    limit: int | None = 100,
    newest_first: bool = True,
) -> list[AuditEntry]:
    """Entries, filtered by actor, target or action prefix."""
    query = select(audit_log)
    if actor:
        query = query.where(audit_log.c.actor == actor)
    if target:
        query = query.where(audit_log.c.target == target)
    if action:
        query = query.where(audit_log.c.action.startswith(action, autoescape=True))
    order = audit_log.c.id.desc() if newest_first else audit_log.c.id
    query = query.order_by(order)
    if limit is not None:
        query = query.limit(limit)
    return [_entry(r) for r in conn.execute(query)]


def _all(conn: Connection, batch: int = 5000) -> Iterator[AuditEntry]:
    after = 0
    while True:
        rows = conn.execute(
            select(audit_log).where(audit_log.c.id > after).order_by(audit_log.c.id).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield _entry(row)
        after = rows[-1].id


@dataclass(frozen=True, slots=True)
class Verification:
    """The result of checking the chain: how many entries fit, and the first that does
    not (with why), or None when the whole chain holds."""

    checked: int
    first_bad_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def verify(conn: Connection) -> Verification:
    """Walk the chain from the start; stop at the first altered, missing or moved entry."""
    prev = GENESIS
    checked = 0
    previous_id = 0
    for entry in _all(conn):
        assert entry.id is not None
        if entry.prev_hash != prev:
            gap = entry.id - previous_id - 1
            why = (
                f"{gap} entr{'y' if gap == 1 else 'ies'} before it missing"
                if gap > 0
                else "the entry before it was altered or removed"
            )
            return Verification(checked, entry.id, f"it does not follow the chain: {why}")
        if entry_hash(entry) != entry.hash:
            return Verification(checked, entry.id, "its content was altered after it was written")
        prev = entry.hash
        previous_id = entry.id
        checked += 1
    return Verification(checked)
