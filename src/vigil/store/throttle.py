"""Failed sign-ins, counted in the database so every server process sees the same.

The policy (how many failures are free, how long to wait after them) is
``vigil.auth.throttle``; this module keeps the failures, one row each, per account and
per client address, and forgets them after the window. A sign-in attempt holds
``lock`` for its account and address until its transaction ends, so attempts that
arrive together are checked one after another and each sees the failures before it.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import Connection, delete, func, insert, select, text

from vigil.auth.throttle import ACCOUNT, ADDRESS, WINDOW, Limit, retry_after
from vigil.store.db import is_postgres
from vigil.store.tables import signin_failures

__all__ = ["failed", "lock", "succeeded", "wait_s"]

_KEY_LENGTH = 200


def _keys(username: str, address: str) -> tuple[tuple[Limit, str], ...]:
    return ((ACCOUNT, username.strip().casefold()[:_KEY_LENGTH]), (ADDRESS, address[:_KEY_LENGTH]))


def _lock_id(scope: str, key: str) -> int:
    digest = hashlib.sha256(f"vigil-signin:{scope}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def lock(conn: Connection, username: str, address: str) -> None:
    """Serialize attempts on this account and from this address until the transaction
    ends (SQLite: its writers are serialized already by ``BEGIN IMMEDIATE``)."""
    if not is_postgres(conn):
        return
    for limit, key in _keys(username, address):  # always account first: no deadlock
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _lock_id(limit.scope, key)})


def wait_s(conn: Connection, username: str, address: str, now: dt.datetime) -> int | None:
    """Seconds before this attempt may be checked, or None when it may be now."""
    waits = []
    for limit, key in _keys(username, address):
        count, last = conn.execute(
            select(func.count(), func.max(signin_failures.c.at)).where(
                signin_failures.c.scope == limit.scope,
                signin_failures.c.key == key,
                signin_failures.c.at > now - WINDOW,
            )
        ).one()
        if last is not None and last.tzinfo is None:
            last = last.replace(tzinfo=dt.UTC)
        wait = retry_after(limit, int(count), last, now)
        if wait is not None:
            waits.append(wait)
    return max(waits) if waits else None


def failed(conn: Connection, username: str, address: str, now: dt.datetime) -> None:
    """Count a failure against the account and the address; forget expired ones."""
    conn.execute(delete(signin_failures).where(signin_failures.c.at <= now - WINDOW))
    conn.execute(
        insert(signin_failures),
        [{"scope": limit.scope, "key": key, "at": now} for limit, key in _keys(username, address)],
    )


def succeeded(conn: Connection, username: str) -> None:
    """The account signed in fully: its failures are forgotten (the address's are not,
    or one good account would wipe a spray's trail)."""
    (limit, key), _ = _keys(username, "")
    conn.execute(
        delete(signin_failures).where(
            signin_failures.c.scope == limit.scope, signin_failures.c.key == key
        )
    )
