"""An event that makes a later event contradict the record is refused like one that
contradicts it itself: a release dated before a later "held incommunicado" (a report
that would have slipped in silently, leaving the contradiction on the public page)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.store.helpers import claim, event, person
from vigil.errors import Conflict
from vigil.model import EventType
from vigil.store.db import transaction
from vigil.store.events import add_event, load_events


def test_a_release_before_a_later_incommunicado_is_refused(engine: Engine) -> None:
    with transaction(engine) as conn:
        p = person(conn)
        add_event(conn, event(p, EventType.DETAINED, "2020", claim(conn)))
        later = add_event(conn, event(p, EventType.INCOMMUNICADO, "2023-03-08", claim(conn)))
    with transaction(engine) as conn, pytest.raises(Conflict) as refused:
        add_event(conn, event(p, EventType.RELEASED, "2021-01-05", claim(conn)))
    assert "incommunicado while not held" in refused.value.message
    assert f"(see event {later})" in refused.value.message
    assert "record it anyway" in (refused.value.hint or "")
    with transaction(engine) as conn:
        assert len(load_events(conn, [p])[p]) == 2  # nothing written
        add_event(conn, event(p, EventType.RELEASED, "2021-01-05", claim(conn)),
                  allow_conflict=True)  # fmt: skip
        assert len(load_events(conn, [p])[p]) == 3


def test_an_old_contradiction_does_not_refuse_an_unrelated_event(engine: Engine) -> None:
    with transaction(engine) as conn:
        p = person(conn)
        add_event(conn, event(p, EventType.INCOMMUNICADO, "2021-02-01", claim(conn)),
                  allow_conflict=True)  # fmt: skip
        add_event(conn, event(p, EventType.DETAINED, "2022-05-01", claim(conn)))
        add_event(conn, event(p, EventType.SENTENCED, "2022-11-01", claim(conn)))
        assert len(load_events(conn, [p])[p]) == 3
