"""The status cache: every version of every person's folded status, as rows.

``rematerialize`` rebuilds a person's rows from their events (the fold is the truth);
the counting queries read only these rows. ``verify`` checks cache against fold.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    delete,
    insert,
    inspect,
    or_,
    select,
    true,
)

from vigil.status import Headline, Segment, StatusConflict, Version, versions
from vigil.status.fold import Custody
from vigil.status.recognition import decode_organisations, encode_organisations
from vigil.store import headline as stored_headline
from vigil.store import knowledge
from vigil.store.db import add_to, lock_for_writes, transaction
from vigil.store.event_reads import load_events
from vigil.store.tables import (
    count_deltas,
    events,
    registry_settings,
    status_conflicts,
    status_segments,
)

__all__ = [
    "follow_headline",
    "follow_setting",
    "known_filter",
    "rematerialize",
    "rematerialize_all",
    "stored_segments",
]

_CHUNK = 2000


def _row(
    person_id: int, s: Segment, known_from: dt.date, known_until: dt.date | None
) -> dict[str, Any]:
    return {
        "person_id": person_id,
        "known_from": known_from,
        "known_until": known_until,
        "start": s.start,
        "end": s.end,
        "custody": s.custody.value,
        "counted": s.counted,
        "recognized": s.recognized,
        "incommunicado": s.incommunicado,
        "facility_id": s.facility_id,
        "articles": ",".join(s.articles),
        "case_ids": ",".join(str(c) for c in s.case_ids),
        "recognized_by": encode_organisations(s.recognized_by),
    }


def _compacted(person_id: int, history: list[Version]) -> list[dict[str, Any]]:
    """One row per segment per unbroken stretch of knowledge: a segment that stays the
    same from one version to the next is stored once, known from the first version
    until the first version without it."""
    rows: list[dict[str, Any]] = []
    open_since: dict[Segment, dt.date] = {}
    for version in history:
        present = set(version.fold.segments)
        for segment in [s for s in open_since if s not in present]:
            rows.append(_row(person_id, segment, open_since.pop(segment), version.known_from))
        for segment in version.fold.segments:
            open_since.setdefault(segment, version.known_from)
    last = history[-1].known_until if history else None
    rows.extend(_row(person_id, seg, since, last) for seg, since in open_since.items())
    return rows


def rematerialize(conn: Connection, person_ids: Sequence[int]) -> dict[int, list[StatusConflict]]:
    """Rebuild the cache of these persons from their events; returns current conflicts."""
    found: dict[int, list[StatusConflict]] = {}
    rule = stored_headline.stored(conn)
    stale: list[dt.date] = []  # earliest known day touched: snapshots after it are rebuilt
    for chunk in range(0, len(person_ids), _CHUNK):
        part = list(person_ids[chunk : chunk + _CHUNK])
        history = load_events(conn, part)
        changes: Counter[dt.date] = Counter()
        known: knowledge.Change = Counter()
        S = status_segments.c
        old = conn.execute(
            select(S.start, S.end, S.known_from, S.known_until).where(
                S.person_id.in_(part), S.counted == true()
            )
        ).all()
        for start, end, _, known_until in old:
            if known_until is None:
                changes[start] -= 1
                if end is not None:
                    changes[end] += 1
        knowledge.contributions(known, ((r[0], r[1], r[2], r[3]) for r in old), -1)
        conn.execute(delete(status_segments).where(status_segments.c.person_id.in_(part)))
        conn.execute(delete(status_conflicts).where(status_conflicts.c.person_id.in_(part)))
        seg_rows: list[dict[str, Any]] = []
        conflict_rows: list[dict[str, Any]] = []
        for person_id, person_events in history.items():
            all_versions = versions(person_events, rule)
            seg_rows.extend(_compacted(person_id, all_versions))
            current = all_versions[-1].fold.conflicts if all_versions else ()
            found[person_id] = list(current)
            conflict_rows.extend(
                {
                    "person_id": person_id,
                    "event_id": c.event_id,
                    "related_event_id": c.related_event_id,
                    "reason": c.reason,
                }
                for c in current
            )
        for row in seg_rows:
            if row["known_until"] is None and row["counted"]:
                changes[row["start"]] += 1
                if row["end"] is not None:
                    changes[row["end"]] -= 1
        knowledge.contributions(
            known,
            (
                (r["start"], r["end"], r["known_from"], r["known_until"])
                for r in seg_rows
                if r["counted"]
            ),
            +1,
        )
        touched = knowledge.apply(conn, known)
        if touched is not None:
            stale.append(touched)
        add_to(conn, count_deltas, "day", "delta",
               [{"day": day, "delta": n} for day, n in sorted(changes.items()) if n])  # fmt: skip
        if seg_rows:
            conn.execute(insert(status_segments), seg_rows)
        if conflict_rows:
            conn.execute(insert(status_conflicts), conflict_rows)
    if stale and min(stale) < dt.date.today().replace(day=1):
        knowledge.rebuild(conn, since=min(stale))
    return found


def rematerialize_all(conn: Connection) -> int:
    """Rebuild the whole cache; returns the number of persons with events."""
    ids = list(conn.execute(select(events.c.person_id).distinct()).scalars())
    rematerialize(conn, sorted(ids))
    return len(ids)


def follow_headline(conn: Connection, headline: Headline | None) -> int | None:
    """Make the cache count ``headline``'s recognitions (None: keep the stored one, any
    organisation when none is stored): when it is not the one the cache was built with,
    or none is stored yet (as after the migration that added ``recognized_by``), store
    it and rebuild every person's segments. Returns the number of persons rebuilt, or
    None when nothing had to change."""
    wanted = headline

    def unchanged() -> bool:
        current = stored_headline.stored_text(conn)
        return current is not None if wanted is None else current == str(wanted)

    if unchanged():
        return None
    # Another process may be rebuilding for the same setting: wait for it, look again.
    lock_for_writes(conn, registry_settings.name)
    if unchanged():
        return None
    headline = headline or Headline()
    stored_headline.save(conn, headline)
    return rematerialize_all(conn)


def follow_setting(engine: Engine, headline: Headline | None) -> int | None:
    """``follow_headline`` in its own transaction, once a registry has its tables."""
    with transaction(engine) as conn:
        if not inspect(conn).has_table("registry_settings"):
            return None
        return follow_headline(conn, headline)


def known_filter(known_at: dt.date | None) -> ColumnElement[bool]:
    """Rows of the versions known now, or as known at the end of ``known_at``."""
    if known_at is None:
        return status_segments.c.known_until.is_(None)
    return and_(
        status_segments.c.known_from <= known_at,
        or_(status_segments.c.known_until.is_(None), status_segments.c.known_until > known_at),
    )


def stored_segments(conn: Connection, person_id: int, known_at: dt.date | None) -> list[Segment]:
    """The cached segments of one person as known at a day (or now), in date order."""
    rows = conn.execute(
        select(status_segments)
        .where(status_segments.c.person_id == person_id, known_filter(known_at))
        .order_by(status_segments.c.start)
    )
    return [
        Segment(
            r.start,
            r.end,
            Custody(r.custody),
            r.recognized,
            r.incommunicado,
            r.facility_id,
            tuple(a for a in r.articles.split(",") if a),
            tuple(int(c) for c in r.case_ids.split(",") if c),
            decode_organisations(r.recognized_by),
        )
        for r in rows
    ]
