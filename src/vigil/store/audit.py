"""The append-only, hash-chained audit log: every change made by a person.

``record`` is called inside the transaction of the change it describes, so the entry
and the change commit together or not at all. Writers are serialized while they read
the last hash (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-level advisory
lock), so the chain never forks. What is stored is the canonical JSON form of
``before`` and ``after`` (dates as text), which is also what the hash covers.

Each entry is keyed: its hash is an HMAC under the audit key, and it states what the
records it touched look like after the change (``vigil.store.replay``). The key comes
from the key file through the engine (``make_engine`` gives every engine a
``KeySource``): without the key file nothing can be recorded, and the change is refused
with a one-line error.

``verify`` walks the chain from the first entry, then replays the log against the
registry: a record changed, added or removed without an entry is reported, and so is an
empty log beside a registry that holds records. Given an anchor (a count and a head hash
noted earlier, elsewhere) it also sees entries cut off the end and a log rewritten with
fresh hashes by someone who holds the key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from vigil.auth.chain import GENESIS, KEYED, AuditEntry, canonical, entry_hash
from vigil.auth.keyring import Keyring, KeySource
from vigil.errors import InvalidInput, StorageError
from vigil.store import replay
from vigil.store.db import KEYS_OPTION, is_postgres
from vigil.store.tables import audit_log

__all__ = [
    "KEYS_OPTION",
    "Verification",
    "baseline",
    "data_version",
    "entries",
    "keys_of",
    "record",
    "verify",
]

_LOCK_KEY = 0x56494749  # "VIGI": the audit chain's advisory lock on PostgreSQL


def keys_of(conn: Connection) -> KeySource:
    """Where this connection's engine finds the key file."""
    source = conn.get_execution_options().get(KEYS_OPTION)
    return source if isinstance(source, KeySource) else KeySource(None)


def record(
    conn: Connection,
    *,
    actor: str,
    action: str,
    target: str,
    before: Any = None,
    after: Any = None,
    ranges: Mapping[str, tuple[int, int] | None] | None = None,
) -> AuditEntry:
    """Append one entry after the last one; returns it with its id and hash.

    Call it on the connection of the change it describes, after the change: the entry
    commits with the change, or is rolled back with it, and states the records the change
    touched as they are now (read from ``target`` and ``after``). A bulk operation names
    the id ranges it wrote in ``ranges`` (kind -> (first, last), or None for every record
    of the kind), and the entry states every record in them."""
    keyring = keys_of(conn).require("the audit log needs")  # before anything: no key, no change
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
        select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
    ).first()
    # The id is part of what the hash covers; writers are serialized, so it is known.
    entry_id = (int(last.id) if last else 0) + 1
    after = canonical(after)
    rows = replay.state_rows(conn, replay_key(keyring), replay.touched(conn, target, after), ranges)
    count, digest = replay.write_rows(conn, entry_id, rows)
    entry = AuditEntry(
        at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        actor=actor,
        action=action,
        target=target,
        before=canonical(before),
        after=after,
        prev_hash=last.hash if last else GENESIS,
        id=entry_id,
        scheme=KEYED,
        state={"v": replay.VERSION, "records": count, "rows": digest},
    )
    entry = replace(entry, hash=entry_hash(entry, keyring))
    conn.execute(
        insert(audit_log),
        {
            "id": entry.id,
            "at": entry.at,
            "actor": entry.actor,
            "action": entry.action,
            "target": entry.target,
            "before": entry.before,
            "after": entry.after,
            "prev_hash": entry.prev_hash,
            "hash": entry.hash,
            "scheme": entry.scheme,
            "state": entry.state,
        },
    )
    return entry


def replay_key(keyring: Keyring) -> bytes:
    """The key of the records' tags: derived from the audit key, never the key itself."""
    return hashlib.blake2b(b"vigil audit records v1", key=keyring.audit_key).digest()


def baseline(conn: Connection, *, by: str, why: str) -> AuditEntry:
    """One entry that states every record of the registry as it is now: after upgrading
    a registry whose log was written before keying (or after restoring one whose log was
    lost), so that later direct changes show. It vouches for the registry as it is: run
    ``verify`` first and read what it reports."""
    if not why.strip():
        raise InvalidInput("say why", hint="give --why: e.g. 'upgraded to the keyed log'")
    counts = replay.counts(conn)
    return record(
        conn,
        actor=by,
        action="audit.baseline",
        target="registry",
        after={"why": why.strip(), "records": counts},
        ranges=dict.fromkeys(replay.KINDS),
    )


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
        scheme=row.scheme,
        state=row.state,
    )


def entries(
    conn: Connection,
    *,
    actor: str | None = None,
    target: str | None = None,
    action: str | None = None,
    table: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = 100,
    offset: int = 0,
    newest_first: bool = True,
) -> list[AuditEntry]:
    """Entries, newest first unless asked otherwise, filtered by actor, target (exact),
    action (a prefix: ``claim.`` finds every decision on claims), table (the kind of
    record a target names: ``person`` finds ``person:12``) and the days ``since`` to
    ``until`` (both included, UTC); ``offset`` skips that many."""
    if since is not None and until is not None and since > until:
        raise InvalidInput(
            f"the days run from {since} back to {until}", hint="give the earlier day first"
        )
    query = select(audit_log)
    if actor:
        query = query.where(audit_log.c.actor == actor)
    if target:
        query = query.where(audit_log.c.target == target)
    if action:
        query = query.where(audit_log.c.action.startswith(action, autoescape=True))
    if table:
        query = query.where(audit_log.c.target.startswith(f"{table}:", autoescape=True))
    if since is not None:
        query = query.where(audit_log.c.at >= dt.datetime.combine(since, dt.time(), dt.UTC))
    if until is not None:
        end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), dt.UTC)
        query = query.where(audit_log.c.at < end)
    order = audit_log.c.id.desc() if newest_first else audit_log.c.id
    query = query.order_by(order)
    if offset:
        query = query.offset(offset)
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
    """The result of checking the chain and replaying it: how many entries fit from the
    first, the hash of the last of them (the head), and what does not fit, if anything.

    ``first_bad_id`` is the id of the first entry that does not fit; for entries cut off
    the end it is the id after the last one; None when the chain holds or when the
    place cannot be told (an anchored head hash that is nowhere in the log, records
    changed without an entry). ``records`` lists the first records the replay found
    changed without an entry; ``unrecorded`` counts them all."""

    checked: int
    head: str = GENESIS
    first_bad_id: int | None = None
    problem: str = ""
    records: tuple[str, ...] = ()
    unrecorded: int = 0
    registry: int = 0  # registry records checked against the log

    @property
    def ok(self) -> bool:
        return not self.problem


def _entries(n: int) -> str:
    return f"{n} entry" if n == 1 else f"{n} entries"


def _records(n: int) -> str:
    return f"{n} record" if n == 1 else f"{n} records"


class _Keys:
    """The keyring, read only when a keyed entry or the replay needs it."""

    def __init__(self, source: KeySource) -> None:
        self.source = source
        self._ring: Keyring | None = None

    def ring(self) -> Keyring:
        if self._ring is None:
            self._ring = self.source.require("the audit log needs")
        return self._ring


def _chain(
    conn: Connection, keys: _Keys, expect_count: int | None, expect_head: str | None
) -> Verification:
    prev = GENESIS
    checked = 0
    previous_id = 0
    keyed_from: int | None = None
    anchor: tuple[int, str] = (0, GENESIS)  # (id, hash) of entry number expect_count
    head_seen = expect_head in (None, GENESIS)
    stated = replay.entry_digests(conn)
    rows = next(stated, None)
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
        if entry.scheme is None and keyed_from is not None:
            return Verification(
                checked, prev, entry.id,
                f"it is not keyed, but keying began at entry {keyed_from}: it was "
                "written without the audit key",
            )  # fmt: skip
        if entry.scheme not in (None, KEYED):
            return Verification(
                checked, prev, entry.id, f"its hash scheme {entry.scheme!r} is unknown"
            )
        if entry.scheme == KEYED:
            keyed_from = keyed_from or entry.id
            if entry_hash(entry, keys.ring()) != entry.hash:
                return Verification(
                    checked, prev, entry.id,
                    "its content was altered after it was written, or it was written "
                    "without the audit key",
                )  # fmt: skip
        elif entry_hash(entry) != entry.hash:
            return Verification(
                checked, prev, entry.id, "its content was altered after it was written"
            )
        # The record statements stored for this entry must be the ones its hash covers.
        if rows is not None and rows[0] < entry.id:
            return Verification(
                checked, prev, rows[0],
                f"record statements are stored for entry {rows[0]}, which is not a keyed "
                "entry of the log",
            )  # fmt: skip
        mine = rows if rows is not None and rows[0] == entry.id else (entry.id, 0, None)
        if entry.scheme == KEYED:
            state = entry.state if isinstance(entry.state, dict) else {}
            expected = (state.get("records"), state.get("rows"))
            found = (mine[1], mine[2] if mine[1] else replay.rows_digest(())[1])
            if expected != found:
                return Verification(
                    checked, prev, entry.id,
                    "the records it states were altered, added or removed "
                    f"({mine[1]} stored, {expected[0]} written)",
                )  # fmt: skip
        elif mine[1]:
            return Verification(
                checked, prev, entry.id, "record statements are stored for an unkeyed entry"
            )
        if mine[1]:
            rows = next(stated, None)
        prev = entry.hash
        previous_id = entry.id
        checked += 1
        if checked == expect_count:
            anchor = (entry.id, entry.hash)
        head_seen = head_seen or entry.hash == expect_head
    if rows is not None:
        return Verification(
            checked, prev, rows[0],
            f"record statements are stored for entry {rows[0]}, which is not in the log",
        )  # fmt: skip
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


def verify(
    conn: Connection,
    *,
    expect_count: int | None = None,
    expect_head: str | None = None,
    registry: bool = True,
) -> Verification:
    """Walk the chain from the start; stop at the first altered, missing or moved entry.
    Then (``registry``) replay the log against the registry tables: every record must be
    as the last entry about it says.

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
    keys = _Keys(keys_of(conn))
    chain = _chain(conn, keys, expect_count, expect_head)
    if not chain.ok or not registry:
        return chain
    if not replay.any_record(conn):
        return chain
    found = replay.replay(conn, replay_key(keys.ring()))
    if not found.total:
        return replace(chain, registry=found.records)
    if chain.checked == 0:
        problem = (
            f"the log is empty, but the registry holds {_records(found.records)}: the log "
            "was deleted, or the records were written around it"
        )
    else:
        problem = f"{_records(found.total)} changed without an audit entry"
    return replace(
        chain,
        problem=problem,
        records=found.problems,
        unrecorded=found.total,
        registry=found.records,
    )
