"""Migrations build exactly the schema the code declares, on both databases, and undo."""

from __future__ import annotations

import datetime as dt

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, select

from tests.store.helpers import claim, event, person
from vigil.model import EventDetail, EventType, Recognition
from vigil.stats.counts import count_at
from vigil.stats.sight import organisation_counts
from vigil.store.db import _alembic_config, migrate, transaction
from vigil.store.events import add_event
from vigil.store.headline import stored_text
from vigil.store.segments import follow_setting
from vigil.store.tables import metadata, person_names, status_segments


def test_migrated_schema_equals_tables(engine: Engine) -> None:
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_downgrade_to_nothing_and_back(engine: Engine) -> None:
    config = _alembic_config(engine)
    command.downgrade(config, "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    migrate(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_recognitions_migrate_and_count_as_before(engine: Engine) -> None:
    """A registry made before recognitions per organisation (0012): after the migration
    and the first opening, it counts as before, and knows who recognizes whom."""
    day = dt.date(2022, 1, 1)
    with transaction(engine) as conn:
        rec = EventType.RECOGNIZED_POLITICAL_PRISONER
        for name, by in (("Viasna Recognized", "Viasna"), ("Unattributed", None)):
            pid, cid = person(conn, name), claim(conn)
            add_event(conn, event(pid, EventType.DETAINED, "2021-01-01", cid))
            detail = EventDetail(recognition=Recognition(by=by)) if by else None
            add_event(conn, event(pid, rec, "2021-02-01", cid, detail=detail))
        before = count_at(conn, day)
    assert before == 2
    config = _alembic_config(engine)
    command.downgrade(config, "0012")
    command.upgrade(config, "head")
    with engine.connect() as conn:  # the cache as the migration leaves it
        assert set(conn.execute(select(status_segments.c.recognized_by)).scalars()) == {""}
    assert follow_setting(engine, None) == 2  # the first opening rebuilds it once
    assert follow_setting(engine, None) is None
    with transaction(engine) as conn:
        assert count_at(conn, day) == before
        assert organisation_counts(conn, day) == [("", 1), ("Viasna", 1)]
        assert stored_text(conn) == "any"


def test_names_get_their_sort_key_in_the_migration(engine: Engine) -> None:
    """Names stored before 0016 get their surname-first sort key; new ones get it as
    they are written."""
    with transaction(engine) as conn:
        before = person(conn, "Ales Bialiatski")
    config = _alembic_config(engine)
    command.downgrade(config, "0015")
    command.upgrade(config, "head")
    with transaction(engine) as conn:
        after = person(conn, "Колесникова Мария Александровна")
        keys = dict(conn.execute(select(person_names.c.person_id, person_names.c.sort_key)).all())
    assert keys == {before: "bialiatski ales", after: "колесникова мария александровна"}
