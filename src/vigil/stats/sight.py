"""Who is held out of sight (incommunicado), since when and for how many days, and how
many each organisation recognizes: the read models behind the incommunicado list and
the per-organisation counts.

The persons and counts come from the status cache (``status_segments``), on a day and
as known now or on a past day; the days out of sight come from the fold of each
person's events as known then (``vigil.status.spans.incommunicado_days``), so a figure
published on a past day is reproduced exactly: an incommunicado event of 2023-03-08,
recorded by 2024-08-16, gives 527 days on that day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Connection, func, or_, select, true

from vigil.errors import InvalidInput
from vigil.model import EventType, PartialDate
from vigil.status import Fold, fold
from vigil.status.fold import HELD
from vigil.status.recognition import UNATTRIBUTED, UNATTRIBUTED_LABEL, decode_organisations
from vigil.status.spans import DayCount, incommunicado_days, opening_date
from vigil.store.event_reads import load_events
from vigil.store.segments import known_filter
from vigil.store.tables import status_segments

__all__ = [
    "OutOfSight",
    "Sight",
    "count_out_of_sight",
    "count_recognized_by",
    "organisation_counts",
    "organisations",
    "out_of_sight",
    "out_of_sight_of",
    "recognized_by",
    "recognizes",
    "resolve_organisation",
    "sight_filter",
]

S = status_segments.c
_HELD = [c.value for c in HELD]


class Sight(StrEnum):
    """Which persons held out of sight: every one held incommunicado, or only those
    whose place of detention the registry does not know ("whereabouts unknown")."""

    INCOMMUNICADO = "incommunicado"
    WHEREABOUTS_UNKNOWN = "whereabouts_unknown"


@dataclass(frozen=True, slots=True)
class OutOfSight:
    """A person held incommunicado on ``day``: since when (as precisely as known), and
    the days out of sight before ``day`` (a lower bound when the date is partial)."""

    person_id: int
    since: PartialDate
    days: DayCount
    facility_id: int | None


def _on(day: dt.date, known_at: dt.date | None) -> list[ColumnElement[bool]]:
    return [S.start <= day, or_(S.end.is_(None), S.end > day), known_filter(known_at)]


def sight_filter(which: Sight) -> list[ColumnElement[bool]]:
    """Segments of persons held out of sight, as ``which`` says."""
    found: list[ColumnElement[bool]] = [S.incommunicado.is_(True) == true(), S.custody.in_(_HELD)]
    if which is Sight.WHEREABOUTS_UNKNOWN:
        found.append(S.facility_id.is_(None))
    return found


def count_out_of_sight(
    conn: Connection,
    day: dt.date,
    known_at: dt.date | None = None,
    which: Sight = Sight.INCOMMUNICADO,
) -> int:
    """Persons held incommunicado on ``day`` (recognized or not), as known now or then."""
    query = select(func.count(func.distinct(S.person_id))).where(
        *_on(day, known_at), *sight_filter(which)
    )
    return int(conn.execute(query).scalar_one())


def out_of_sight_of(
    conn: Connection,
    person_ids: Sequence[int],
    day: dt.date,
    known_at: dt.date | None = None,
) -> dict[int, OutOfSight]:
    """Of these persons, those held incommunicado on ``day``, with their days."""
    if not person_ids:
        return {}
    history = load_events(conn, list(person_ids))
    found: dict[int, OutOfSight] = {}
    for person_id, events in history.items():
        known = [e for e in events if known_at is None or e.recorded_at.date() <= known_at]
        f = fold(known)
        seg = f.at(day)
        if seg is None or not seg.incommunicado:
            continue
        start = seg.start
        for earlier in reversed([s for s in f.segments if s.start < seg.start]):
            if not earlier.incommunicado or earlier.end != start:
                break
            start = earlier.start
        since = opening_date(known, start, frozenset({EventType.INCOMMUNICADO}))
        # The present spell's days only: an earlier spell out of sight has ended.
        spell = Fold(tuple(s for s in f.segments if start <= s.start <= seg.start))
        found[person_id] = OutOfSight(
            person_id, since, incommunicado_days(spell, known, day), seg.facility_id
        )
    return found


def out_of_sight(
    conn: Connection,
    day: dt.date,
    known_at: dt.date | None = None,
    which: Sight = Sight.INCOMMUNICADO,
) -> list[OutOfSight]:
    """Everyone held incommunicado on ``day``, as known now or then, the longest out of
    sight first."""
    query = select(S.person_id).where(*_on(day, known_at), *sight_filter(which))
    ids = sorted(set(conn.execute(query).scalars()))
    found = out_of_sight_of(conn, ids, day, known_at)
    return sorted(found.values(), key=lambda o: (-o.days.days, o.person_id))


def _organisation_rows(
    conn: Connection, day: dt.date, known_at: dt.date | None
) -> list[tuple[str, int]]:
    query = (
        select(S.recognized_by, func.count())
        .where(*_on(day, known_at), S.custody.in_(_HELD), S.recognized_by != "")
        .group_by(S.recognized_by)
    )
    return [(str(by), int(n)) for by, n in conn.execute(query)]


def organisation_counts(
    conn: Connection, day: dt.date, known_at: dt.date | None = None
) -> list[tuple[str, int]]:
    """Persons held on ``day`` recognized by each organisation, as each counts them
    (largest first; the unattributed recognitions under ``UNATTRIBUTED``)."""
    counts: Counter[str] = Counter()
    for by, n in _organisation_rows(conn, day, known_at):
        counts.update(dict.fromkeys(decode_organisations(by), n))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


def organisations(conn: Connection) -> list[str]:
    """Every organisation that recognizes or has recognized someone, as known now."""
    rows = conn.execute(select(S.recognized_by).where(S.recognized_by != "").distinct()).scalars()
    names = {n for by in rows for n in decode_organisations(by)}
    return sorted(names, key=str.casefold)


def resolve_organisation(conn: Connection, name: str) -> str:
    """The organisation ``name`` (any case) as the registry writes it."""
    wanted = " ".join(name.split()).casefold()
    if wanted == UNATTRIBUTED_LABEL:
        return UNATTRIBUTED
    known = organisations(conn)
    for org in known:
        if org.casefold() == wanted:
            return org
    listed = ", ".join(o or UNATTRIBUTED_LABEL for o in known) or "none yet"
    raise InvalidInput(
        f"no one has been recognized by {name!r}",
        hint=f"organisations with recognitions: {listed}",
    )


def recognizes(organisation: str) -> ColumnElement[bool]:
    """Segments in which ``organisation`` recognizes the person."""
    return S.recognized_by.contains(f"|{organisation}|", autoescape=True)


def recognized_by(
    conn: Connection, organisation: str, day: dt.date, known_at: dt.date | None = None
) -> list[int]:
    """Persons held on ``day`` whom ``organisation`` recognizes, as known now or then."""
    query = select(S.person_id).where(*_on(day, known_at), S.custody.in_(_HELD),
                                      recognizes(organisation))  # fmt: skip
    return sorted(set(conn.execute(query).scalars()))


def count_recognized_by(
    conn: Connection, organisation: str, day: dt.date, known_at: dt.date | None = None
) -> int:
    """How many ``recognized_by`` gives."""
    query = select(func.count(func.distinct(S.person_id))).where(
        *_on(day, known_at), S.custody.in_(_HELD), recognizes(organisation)
    )
    return int(conn.execute(query).scalar_one())
