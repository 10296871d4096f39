"""Counts as they were known on a past day, fast: deltas by (known day, day), and a
snapshot of them at the start of each month.

``count_known(D, K)`` = the snapshot of the latest month start M <= K, summed up to D,
plus the deltas recorded from M to K, summed up to D. Both reads are small whatever the
size of the registry. Snapshots never decide a number, they only save work: a change
recorded on a past day rebuilds the snapshots after it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, insert, select

from vigil.store.db import add_to
from vigil.store.tables import known_deltas, known_snapshots

__all__ = ["Change", "apply", "changes_known", "contributions", "count_known", "rebuild"]

Change = Counter[tuple[dt.date, dt.date]]  # (known_day, day) -> delta


def contributions(
    into: Change,
    spans: Iterable[tuple[dt.date, dt.date | None, dt.date, dt.date | None]],
    sign: int,
) -> None:
    """Add (or, with ``sign`` -1, take away) what counted rows contribute: each row is
    (start, end, known_from, known_until)."""
    for start, end, known_from, known_until in spans:
        into[(known_from, start)] += sign
        if end is not None:
            into[(known_from, end)] -= sign
        if known_until is not None:
            into[(known_until, start)] -= sign
            if end is not None:
                into[(known_until, end)] += sign


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def apply(conn: Connection, change: Change) -> dt.date | None:
    """Store the changes; returns the earliest known day they touch (snapshots after it
    are stale), or None when nothing changed."""
    kept = sorted((key, n) for key, n in change.items() if n)
    rows = [{"known_day": k, "day": d, "delta": n} for (k, d), n in kept]
    add_to(conn, known_deltas, ["known_day", "day"], "delta", rows)
    return kept[0][0][0] if kept else None


def rebuild(conn: Connection, since: dt.date | None = None, today: dt.date | None = None) -> int:
    """Rebuild the snapshots of months after ``since`` (all when None), up to this month;
    returns the number of snapshots written."""
    last = _month(today or dt.date.today())
    first_known = conn.execute(select(func.min(known_deltas.c.known_day))).scalar_one()
    stale_from = _next_month(since) if since is not None else None
    delete_stale = delete(known_snapshots)
    if stale_from is not None:
        delete_stale = delete_stale.where(known_snapshots.c.month >= stale_from)
    conn.execute(delete_stale)
    if first_known is None:
        return 0
    months = []
    month = _next_month(first_known)
    while month <= last:
        if stale_from is None or month >= stale_from:
            months.append(month)
        month = _next_month(month)
    if not months:
        return 0
    running: Counter[dt.date] = Counter()
    rows = conn.execute(
        select(known_deltas.c.known_day, known_deltas.c.day, known_deltas.c.delta)
        .where(known_deltas.c.known_day < months[-1])
        .order_by(known_deltas.c.known_day)
    )
    pending = iter(months)
    target: dt.date | None = next(pending)
    written = 0
    batch: list[dict[str, object]] = []

    def snapshot(at: dt.date) -> None:
        nonlocal written
        batch.extend({"month": at, "day": d, "delta": n} for d, n in running.items() if n)
        written += 1

    for known_day, day, delta in rows:
        while target is not None and known_day >= target:
            snapshot(target)
            target = next(pending, None)
        running[day] += delta
    while target is not None:
        snapshot(target)
        target = next(pending, None)
    for i in range(0, len(batch), 5000):
        conn.execute(insert(known_snapshots), batch[i : i + 5000])
    return written


def _base(conn: Connection, known_at: dt.date) -> dt.date | None:
    """The latest snapshot month at or before ``known_at``."""
    found = conn.execute(
        select(func.max(known_snapshots.c.month)).where(known_snapshots.c.month <= known_at)
    ).scalar_one()
    return found  # type: ignore[no-any-return]


def changes_known(conn: Connection, upto: dt.date, known_at: dt.date) -> list[tuple[dt.date, int]]:
    """The count's changes by day up to ``upto``, as known at the end of ``known_at``."""
    base = _base(conn, known_at)
    merged: Counter[dt.date] = Counter()
    if base is not None:
        for day, n in conn.execute(
            select(known_snapshots.c.day, known_snapshots.c.delta).where(
                known_snapshots.c.month == base, known_snapshots.c.day <= upto
            )
        ):
            merged[day] += int(n)
    recent = select(known_deltas.c.day, func.sum(known_deltas.c.delta)).where(
        known_deltas.c.known_day <= known_at, known_deltas.c.day <= upto
    )
    if base is not None:
        recent = recent.where(known_deltas.c.known_day >= base)
    for day, n in conn.execute(recent.group_by(known_deltas.c.day)):
        merged[day] += int(n)
    return sorted((d, n) for d, n in merged.items() if n)


def count_known(conn: Connection, day: dt.date, known_at: dt.date) -> int:
    """Held on ``day`` as known at the end of ``known_at``."""
    return sum(n for _, n in changes_known(conn, day, known_at))
