"""Small builders for storage tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection

from vigil.model import (
    MANUAL_EXTRACTOR,
    ClaimKind,
    Event,
    EventDetail,
    EventType,
    NameVariant,
    PartialDate,
    Person,
    Source,
)
from vigil.store.claims import cite
from vigil.store.persons import add_person
from vigil.store.sources import add_source

NOW = dt.datetime(2025, 1, 10, 9, tzinfo=dt.UTC)


def person(conn: Connection, name: str = "Maryia Testava") -> int:
    return add_person(conn, Person(names=(NameVariant.of(name),)), by="tester")


def claim(conn: Connection, text: str = "A report on a detention.") -> int:
    source_id, _ = add_source(conn, Source(text=text), by="tester")
    return cite(
        conn, source_id, None, kind=ClaimKind.EVENT, extractor=MANUAL_EXTRACTOR, by="tester"
    )


def event(
    person_id: int,
    kind: EventType,
    date: str,
    claim_id: int,
    *,
    recorded: dt.datetime = NOW,
    supersedes: int | None = None,
    detail: EventDetail | None = None,
) -> Event:
    return Event(
        person_id,
        kind,
        PartialDate.parse(date),
        recorded,
        detail=detail or EventDetail(),
        claim_ids=(claim_id,),
        supersedes=supersedes,
        recorded_by="tester",
    )
