"""A source's details are corrected by one service call, audited, with history; its text
and hash never change (the database refuses it), and `vigil audit verify` replays the
corrections and catches a detail changed behind the log's back. On both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError

from vigil.model import Source
from vigil.model.source_edit import FieldChange, SourceCorrection
from vigil.store import audit
from vigil.store.db import transaction
from vigil.store.sources import add_source, correct_source, get_source, source_history
from vigil.store.tables import audit_log

TEXT = "Minsk, 2 June 2021. A teacher was detained on May 28."


def _stored(engine: Engine) -> int:
    with transaction(engine) as conn:
        source_id, _ = add_source(conn, Source(text=TEXT, title="Draft"), by="tester")
    return source_id


def test_a_correction_changes_the_details_and_never_the_text(engine: Engine) -> None:
    sid = _stored(engine)
    with transaction(engine) as conn:
        before = get_source(conn, sid)
        values = {"title": "Teacher detained", "published": "2021-06-02",
                  "url": "https://example.org/1"}  # fmt: skip
        correction = SourceCorrection.parse(values)
        changed = correct_source(conn, sid, correction, by="maryia", why="the page's own headline")
        after = get_source(conn, sid)
    assert [c.field for c in changed] == ["title", "url", "published"]
    assert (after.title, after.url, after.published) == (
        "Teacher detained", "https://example.org/1", dt.date(2021, 6, 2))  # fmt: skip
    assert (after.text, after.hash) == (before.text, before.hash)
    with transaction(engine) as conn:
        history = source_history(conn, sid)
        entry = audit.entries(conn, target=f"source:{sid}", limit=1)[0]
    assert [r.action for r in history] == ["source.edit", "source.add"]
    assert history[0].by == "maryia"
    assert history[0].why == "the page's own headline"
    assert FieldChange("title", "Draft", "Teacher detained") in history[0].changes
    assert str(history[0]).startswith("title 'Draft' → 'Teacher detained'")
    assert entry.before == {"title": "Draft", "url": None, "published": None}


def test_the_same_values_write_nothing(engine: Engine) -> None:
    sid = _stored(engine)
    with transaction(engine) as conn:
        entries = len(audit.entries(conn, limit=None))
        assert correct_source(conn, sid, SourceCorrection.parse({"title": "Draft"}), by="x") == ()
        assert len(audit.entries(conn, limit=None)) == entries


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE sources SET text = 'another text'",
        "UPDATE sources SET content_hash = 'abc'",
        "UPDATE sources SET origin = 'elsewhere'",
        "DELETE FROM sources",
    ],
)
def test_the_database_refuses_to_change_a_sources_text(engine: Engine, statement: str) -> None:
    _stored(engine)
    with pytest.raises(DBAPIError, match="append-only"), transaction(engine) as conn:
        conn.execute(text(statement))


def test_verify_replays_corrections_and_finds_one_made_behind_its_back(engine: Engine) -> None:
    sid = _stored(engine)
    with transaction(engine) as conn:
        correct_source(conn, sid, SourceCorrection.parse({"publisher": "RFE/RL"}), by="x")
    with transaction(engine) as conn:
        assert audit.verify(conn).ok
        assert conn.execute(select(audit_log.c.action)).scalars().all()[-1] == "source.edit"
    with transaction(engine) as conn:  # a detail, now updatable, changed without an entry
        conn.execute(text("UPDATE sources SET title = 'forged'"))
    with transaction(engine) as conn:
        found = audit.verify(conn)
    assert not found.ok
    assert any(f"source:{sid} changed without an audit entry" in r for r in found.records)
