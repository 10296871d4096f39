"""Queries behind the public pages of places of detention: the facilities, and who is
held in each, as known now.

Nothing here joins ``person_restricted``. Whether a person's name is withheld is read
so that the boundary can count them without naming them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select, true

from vigil.model import Facility
from vigil.status.fold import Custody
from vigil.store.facilities import get_facility, list_facilities
from vigil.store.identity import load_identity
from vigil.store.tables import persons, status_segments

__all__ = ["HeldSpell", "facility_spells", "held_now_by_facility", "public_facilities"]

S = status_segments.c
_HELD = (Custody.DETAINED.value, Custody.IMPRISONED.value)


@dataclass(frozen=True, slots=True)
class HeldSpell:
    """A stretch of days a person was held at the facility, as known now; ``end`` is
    the first day elsewhere (None: still there)."""

    person_id: int
    name_withheld: bool
    start: dt.date
    end: dt.date | None


def public_facilities(conn: Connection) -> list[Facility]:
    return list_facilities(conn)


def facility_spells(conn: Connection, facility_id: int) -> tuple[Facility, list[HeldSpell]]:
    """The facility (NotFound for an unknown id) and every spell held there."""
    facility = get_facility(conn, facility_id)
    merged = set(load_identity(conn).redirect)
    rows = conn.execute(
        select(S.person_id, persons.c.name_withheld, S.start, S.end)
        .join(persons, persons.c.id == S.person_id)
        .where(S.known_until.is_(None) == true(), S.custody.in_(_HELD),
               S.facility_id == facility_id)
        .order_by(S.person_id, S.start)
    )  # fmt: skip
    spells = [HeldSpell(r.person_id, bool(r.name_withheld), r.start, r.end)
              for r in rows if r.person_id not in merged]  # fmt: skip
    return facility, spells


def held_now_by_facility(conn: Connection, today: dt.date) -> dict[int, tuple[int, int]]:
    """Per facility: how many persons are held there today, (named, withheld)."""
    merged = sorted(load_identity(conn).redirect)
    query = (
        select(S.facility_id, persons.c.name_withheld, func.count(func.distinct(S.person_id)))
        .join(persons, persons.c.id == S.person_id)
        .where(S.known_until.is_(None) == true(), S.custody.in_(_HELD),
               S.facility_id.is_not(None), S.start <= today,
               (S.end.is_(None)) | (S.end > today))
        .group_by(S.facility_id, persons.c.name_withheld)
    )  # fmt: skip
    if merged:
        query = query.where(S.person_id.not_in(merged))
    found: dict[int, tuple[int, int]] = {}
    for facility_id, withheld, n in conn.execute(query):
        named, hidden = found.get(facility_id, (0, 0))
        found[facility_id] = (named, hidden + n) if withheld else (named + n, hidden)
    return found
