"""Everything known about one person, assembled for a page or a terminal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, select

from vigil.errors import NotFound
from vigil.model import Claim, Event, Facility, Grade, PartialDate, Person
from vigil.status import Fold, Headline, Position, fold, positions
from vigil.status.release import ReleaseEstimate, expected_release
from vigil.status.spans import DayCount, held_days, incommunicado_days, spell_start
from vigil.store import headline as stored_headline
from vigil.store.claims import get_claims
from vigil.store.events import load_events
from vigil.store.facilities import get_facilities
from vigil.store.identity import load_identity
from vigil.store.persons import get_person
from vigil.store.tables import sources

__all__ = ["Dossier", "dossier"]

#: Record ids are 32-bit integers on PostgreSQL; an id beyond that names nobody, and
#: must not reach the database (which would fail on it rather than find nothing).
MAX_ID = 2**31 - 1


_SOURCE_LABELS = select(
    sources.c.id, sources.c.title, sources.c.url, sources.c.reliability, sources.c.credibility
).where(sources.c.id.in_(bindparam("ids", expanding=True)))


@dataclass(frozen=True, slots=True)
class Dossier:
    person: Person
    events: tuple[Event, ...]  # every event, superseded ones too, in date order
    superseded: frozenset[int]
    fold: Fold
    claims: dict[int, Claim]
    source_titles: dict[int, str]
    facilities: dict[int, Facility]
    held: DayCount  # days in custody up to ``as_of``; a lower bound from partial dates
    incommunicado: DayCount
    as_of: dt.date
    since: PartialDate | None  # the start of the present status, as precisely as known
    headline: Headline  # whose recognitions ``fold``'s "recognized" counts
    positions: tuple[Position, ...]  # each organisation's positions, with dates
    source_grades: dict[int, Grade] = field(default_factory=dict)
    release: ReleaseEstimate | None = None  # the sentence in force and its expected end

    @property
    def days_held(self) -> int:
        return self.held.days

    @property
    def days_incommunicado(self) -> int:
        return self.incommunicado.days


def dossier(
    conn: Connection,
    person_id: int,
    *,
    restricted: bool = False,
    as_of: dt.date | None = None,
    known_at: dt.date | None = None,
) -> Dossier:
    """The person, their events with claims and sources, and their status as of a day;
    with ``known_at``, only from the events the registry had recorded by that day."""
    day = as_of or dt.date.today()
    if not 0 < person_id <= MAX_ID:
        raise NotFound(f"no person with id {person_id}", hint="check the id in the address")
    identity = load_identity(conn)
    person = get_person(conn, person_id, restricted=restricted, identity=identity)
    events = load_events(conn, [person_id], identity)[person_id]
    if known_at is not None:
        events = [e for e in events if e.recorded_at.date() <= known_at]
    claim_ids = sorted({c for e in events for c in e.claim_ids})
    claims = {c.id: c for c in get_claims(conn, claim_ids) if c.id is not None}
    source_ids = sorted({c.source_id for c in claims.values()})
    labels = conn.execute(_SOURCE_LABELS, {"ids": source_ids}).all()
    titles = {r.id: r.title or r.url or f"source {r.id}" for r in labels}
    grades = {r.id: Grade.stored(r.reliability, r.credibility) for r in labels}
    facilities = get_facilities(conn, [e.facility_id for e in events if e.facility_id is not None])
    headline = stored_headline.stored(conn)
    status = fold(events, headline=headline)
    superseded = frozenset(e.supersedes for e in events if e.supersedes is not None)
    ordered = tuple(sorted(events, key=lambda e: (e.date.sort_key(), e.id or 0)))
    return Dossier(
        person,
        ordered,
        superseded,
        status,
        claims,
        titles,
        facilities,
        held_days(status, events, day),
        incommunicado_days(status, events, day),
        day,
        spell_start(status, events),
        headline,
        tuple(positions(events)),
        grades,
        expected_release(status, events, day),
    )
