"""The append-only, hash-chained audit log: every change made by a person.

``record`` is called inside the transaction of the change it describes, so the entry
and the change commit together or not at all. Writers are serialized while they read
the last hash (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-level advisory
lock), so the chain never forks. What is stored is the canonical JSON form of
``before`` and ``after`` (dates as text), which is also what the hash covers.

``verify`` walks the chain from the first entry; given an anchor (a count and a head
hash noted earlier, elsewhere) it also sees entries cut off the end and a log rewritten
with fresh hashes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from vigil.auth.chain import GENESIS, AuditEntry, canonical, entry_hash
from vigil.errors import InvalidInput, StorageError
from vigil.store.db import is_postgres
from vigil.store.tables import audit_log

__all__ = ["Verification", "data_version", "entries", "record", "verify"]

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
    """Append one entry after the last one; returns it with its id and hash.

    Call it on the connection of the change it describes: the entry commits with the
    change, or is rolled back with it."""
    if is_postgres(conn):
        # Held until the transaction ends: the next writer reads this entry's hash. That
        # needs READ COMMITTED, where each statement sees what committed before it
        # started; a snapshot taken earlier (REPEATABLE READ) would fork the chain.
        isolation = conn.execute(
            text("SELECT current_setting('transaction_isolation'), pg_advisory_xact_lock(:k)"),
            {"k": _LOCK_KEY},
        ).scalar_one()
        if isolation != "read committed":
            raise StorageError(
                f"the audit log cannot be written in a {isolation} transaction",
                hint="write changes in READ COMMITTED transactions (the default)",
            )
    last = conn.execute(
        select(audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
    ).scalar_one_or_none()
    entry = AuditEntry(
        at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        actor=actor,
        action=action,
        target=target,
        before=canonical(before),
        after=canonical(after),
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


def data_version(conn: Connection) -> int:
    """The id of the last entry (0 when the log is empty): it grows with every change.

    Every change made by a person, and every bulk or demo build, writes an entry in its
    own transaction, and writers are serialized until they commit, so ids appear in
    commit order: whoever saw the same version saw the same registry."""
    return int(conn.execute(select(func.max(audit_log.c.id))).scalar_one_or_none() or 0)


def _utc(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes (written in UTC); PostgreSQL aware ones.
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        at=_utc(row.at),
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
    """Entries, newest first unless asked otherwise, filtered by actor, target (exact)
    or action (a prefix: ``claim.`` finds every decision on claims)."""
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


HASH = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Verification:
    """The result of checking the chain: how many entries fit from the first, the hash
    of the last of them (the head), and what does not fit, if anything.

    ``first_bad_id`` is the id of the first entry that does not fit; for entries cut off
    the end it is the id after the last one; None when the chain holds or when the
    place cannot be told (an anchored head hash that is nowhere in the log)."""

    checked: int
    head: str = GENESIS
    first_bad_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def _entries(n: int) -> str:
    return f"{n} entry" if n == 1 else f"{n} entries"


def verify(
    conn: Connection, *, expect_count: int | None = None, expect_head: str | None = None
) -> Verification:
    """Walk the chain from the start; stop at the first altered, missing or moved entry.

    ``expect_count`` and ``expect_head`` are an anchor noted earlier (what ``verify``
    returned then): the log must still hold at least that many entries, and the entry
    at that position (or, without a count, some entry) must have that hash."""
    if expect_count is not None and expect_count < 0:
        raise InvalidInput("the expected count cannot be negative", hint="give 0 or more")
    if expect_head is not None:
        expect_head = expect_head.strip().lower()
        if not HASH.fullmatch(expect_head):
            raise InvalidInput(
                f"{expect_head[:80]!r} is not an entry hash",
                hint="give the 64 hex digits that `vigil audit verify` printed",
            )
    prev = GENESIS
    checked = 0
    previous_id = 0
    anchor: tuple[int, str] = (0, GENESIS)  # (id, hash) of entry number expect_count
    head_seen = expect_head in (None, GENESIS)
    for entry in _all(conn):
        assert entry.id is not None
        if entry.prev_hash != prev:
            gap = entry.id - previous_id - 1
            why = (
                f"{_entries(gap)} before it {'is' if gap == 1 else 'are'} missing"
                if gap > 0
                else "an entry was altered, removed or moved here"
            )
            return Verification(checked, prev, entry.id, f"it does not follow the chain: {why}")
        if entry_hash(entry) != entry.hash:
            return Verification(
                checked, prev, entry.id, "its content was altered after it was written"
            )
        prev = entry.hash
        previous_id = entry.id
        checked += 1
        if checked == expect_count:
            anchor = (entry.id, entry.hash)
        head_seen = head_seen or entry.hash == expect_head
    if expect_count is not None and checked < expect_count:
        return Verification(
            checked,
            prev,
            previous_id + 1,
            f"the log ends after {_entries(checked)} but {expect_count} were anchored: "
            f"the last {_entries(expect_count - checked)} were removed",
        )
    if expect_head is not None and expect_count is not None:
        if anchor[1] != expect_head:
            return Verification(
                checked,
                prev,
                anchor[0] or None,
                f"entry number {expect_count} has hash {anchor[1]}, the anchor says "
                f"{expect_head}: the log was rewritten up to there",
            )
    elif not head_seen:
        return Verification(
            checked,
            prev,
            None,
            f"no entry has the anchored hash {expect_head}: entries were removed from the "
            "end, or the log was rewritten",
        )
    return Verification(checked, prev)
