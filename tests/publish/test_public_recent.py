"""The latest detentions and releases of recognized political prisoners (the home page),
read newest first from the events and checked afterwards: the same answer as joining
everything, on SQLite and PostgreSQL, however deep the first match lies."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine
from tests.store.helpers import claim, event

from vigil.model import EventDetail, EventType, NameVariant, Person, Recognition
from vigil.publish.queries.stats import recent_events, recent_events_by_group
from vigil.store.bulk import bulk_events, bulk_persons
from vigil.store.db import transaction
from vigil.store.events import add_event
from vigil.store.identity import merge
from vigil.store.segments import rematerialize

TODAY = dt.date(2025, 1, 1)
RECOGNIZED = EventDetail(recognition=Recognition(by="Viasna"))
RELEASES = (EventType.RELEASED, EventType.PARDONED)


def test_the_latest_events_of_recognized_persons_only(engine: Engine) -> None:
    with transaction(engine) as conn:
        cid = claim(conn)
        # 600 newer detentions of persons nobody recognized: more than one batch deep.
        crowd = bulk_persons(
            conn, [Person(names=(NameVariant.of(f"Crowd {i}"),)) for i in range(600)], by="t"
        )
        bulk_events(conn, [event(p, EventType.DETAINED, "2024-06-01", cid) for p in crowd])
        rematerialize(conn, crowd)
        kept, other, late = bulk_persons(
            conn, [Person(names=(NameVariant.of(n),)) for n in ("Kept", "Other", "Late")],
            by="t",
        )  # fmt: skip
        wrong = add_event(conn, event(kept, EventType.DETAINED, "2021-02-01", cid))
        fixed = add_event(conn, event(kept, EventType.DETAINED, "2021-01-15", cid,
                                      supersedes=wrong))  # fmt: skip
        add_event(conn, event(kept, EventType.RECOGNIZED_POLITICAL_PRISONER, "2021-03-01",
                              cid, detail=RECOGNIZED))  # fmt: skip
        merged = add_event(conn, event(other, EventType.DETAINED, "2021-01-20", cid))
        merge(conn, kept, other, by="editor", why="one person")
        released = add_event(conn, event(kept, EventType.RELEASED, "2023-05-05", cid))
        add_event(conn, event(late, EventType.DETAINED, "2022-01-01", cid))  # not recognized
    with transaction(engine) as conn:
        groups = recent_events_by_group(
            conn, {"in": [EventType.DETAINED], "out": RELEASES}, TODAY, limit=5
        )
        one = recent_events(conn, [EventType.DETAINED], TODAY, limit=1)
        nothing = recent_events(conn, [EventType.DETAINED], dt.date(2020, 1, 1), limit=5)
    assert [(e.event_id, e.person_id) for e in groups["in"]] == [(merged, kept), (fixed, kept)]
    assert [(e.event_id, e.type) for e in groups["out"]] == [(released, EventType.RELEASED)]
    assert [e.event_id for e in one] == [merged]
    assert groups["in"][0].name == "Kept"
    assert nothing == []
