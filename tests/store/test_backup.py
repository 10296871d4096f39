"""Backup and restore on both databases: the drill (a restored registry is the same
registry, counts as known then and the audit log included), a backup taken while
another connection writes, and the refusals that leave the target untouched."""

from __future__ import annotations

import datetime as dt
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from tests.conftest import TEST_KEYS
from vigil.demo.build import add_seed_article, write_plan
from vigil.demo.generator import generate
from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.model import (
    MANUAL_EXTRACTOR,
    ClaimKind,
    NameVariant,
    Person,
    PersonEdit,
    RestrictedInfo,
    Source,
)
from vigil.stats.counts import count_at
from vigil.store import audit
from vigil.store.backup import backup, contents, restore
from vigil.store.claims import cite
from vigil.store.db import connect, is_sqlite, make_engine, transaction
from vigil.store.events import corroborate_event, load_events
from vigil.store.facilities import corroborate_figure, figure_claim_ids
from vigil.store.persons import add_person, get_persons, update_person
from vigil.store.sources import add_source
from vigil.store.tables import events as events_table
from vigil.store.tables import figures as figures_table
from vigil.store.tables import persons as persons_table

DAYS = [dt.date(2021, 1, 1), dt.date(2022, 6, 30), dt.date(2024, 1, 1), dt.date(2026, 1, 1)]


def _build(engine: Engine) -> None:
    with transaction(engine) as conn:
        write_plan(conn, generate(60, seed=7))
        add_seed_article(conn)
        pid = add_person(
            conn,
            Person(names=(NameVariant.of("Drill Person"),),
                   restricted=RestrictedInfo("drill notes", "drill health", None)),
            by="tester",
        )  # fmt: skip
        update_person(
            conn, pid, PersonEdit.parse({"health": "better", "region": "Minsk"}), by="tester"
        )
        # Corroboration: a second report of an event and of a figure (append-only links).
        source, _ = add_source(conn, Source("A second report of both."), by="tester")
        event = conn.execute(select(events_table.c.id).order_by(events_table.c.id)).scalar()
        figure = conn.execute(select(figures_table.c.id).order_by(figures_table.c.id)).scalar()
        assert event is not None
        assert figure is not None
        for kind, fact in ((ClaimKind.EVENT, event), (ClaimKind.FIGURE, figure)):
            claim = cite(conn, source, None, kind=kind, extractor=MANUAL_EXTRACTOR, by="tester")
            if kind is ClaimKind.EVENT:
                corroborate_event(conn, fact, claim, by="tester")
            else:
                corroborate_figure(conn, fact, claim, by="tester")


def _snapshot(engine: Engine) -> dict[str, Any]:
    """Everything the drill compares."""
    with connect(engine) as conn:
        ids = list(conn.execute(select(persons_table.c.id).order_by(persons_table.c.id)).scalars())
        checked = audit.verify(conn)
        return {
            "persons": get_persons(conn, ids, restricted=True),
            "events": load_events(conn, ids),
            "figure_claims": figure_claim_ids(
                conn, list(conn.execute(select(figures_table.c.id)).scalars())
            ),
            "counts": [
                count_at(conn, d, k) for d in DAYS for k in (None, *DAYS) if not k or k >= d
            ],
            "audit": audit.entries(conn, limit=None),
            "verify": (checked.ok, checked.checked, checked.head),
        }


def test_drill_restores_the_same_registry(engine: Engine, empty_url: str, tmp_path: Path) -> None:
    _build(engine)
    before = _snapshot(engine)
    assert before["verify"][0]
    assert len(before["persons"]) == 61
    assert max(len(c) for c in before["figure_claims"].values()) == 2
    assert sum(before["counts"]) > 0
    file = tmp_path / "registry.backup"
    assert backup(engine, file) > 0
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    with pytest.raises(Conflict, match="already exists"):
        backup(engine, file)
    target = make_engine(empty_url, keys=TEST_KEYS)
    try:
        held = restore(target, file)
        assert held.persons == 61
        assert held.audit_entries == len(before["audit"])
        assert _snapshot(target) == before
        if is_sqlite(target):
            restored = Path(empty_url.removeprefix("sqlite:///"))
            assert stat.S_IMODE(restored.stat().st_mode) == 0o600
        # A second restore over it needs --force, and then gives the same registry again.
        with pytest.raises(Conflict, match="not empty"):
            restore(target, file)
        restore(target, file, force=True)
        assert _snapshot(target) == before
    finally:
        target.dispose()


def test_garbage_is_refused_and_the_target_untouched(
    engine: Engine, tmp_path: Path, db_url: str
) -> None:
    _build(engine)
    before = contents(engine)
    garbage = tmp_path / "garbage.backup"
    garbage.write_bytes(b"PGDMP not really\x00" * 100)
    with pytest.raises(InvalidInput, match=r"garbage\.backup is not a") as refused:
        restore(engine, garbage, force=True)
    assert "\n" not in refused.value.one_line()
    with pytest.raises(NotFound, match="no backup file"):
        restore(engine, tmp_path / "absent.backup", force=True)
    # A real database that is not a registry is refused too.
    other = tmp_path / "other.backup"
    empty = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        with transaction(empty) as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
        if is_sqlite(engine):
            backup(empty, other)
            with pytest.raises(InvalidInput, match="not a Vigil registry"):
                restore(engine, other, force=True)
    finally:
        empty.dispose()
    assert contents(engine) == before
    assert _snapshot(engine)["verify"][0]


def test_backup_while_another_connection_writes(
    engine: Engine, empty_url: str, tmp_path: Path
) -> None:
    _build(engine)
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        while not stop.is_set():
            with transaction(engine) as conn:
                written.append(
                    add_person(
                        conn, Person(names=(NameVariant.of(f"Writer {len(written)}"),)), by="writer"
                    )
                )

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 5:
            threading.Event().wait(0.01)
        file = tmp_path / "live.backup"
        backup(engine, file)
        at_backup = len(written)
        while len(written) < at_backup + 5:
            threading.Event().wait(0.01)
    finally:
        stop.set()
        thread.join()
    target = make_engine(empty_url, keys=TEST_KEYS)
    try:
        held = restore(target, file)
        with connect(target) as conn:
            checked = audit.verify(conn)
            assert checked.ok
            # Every person in the copy has its audit entry, and the reverse: one snapshot.
            assert held.audit_entries == checked.checked
            assert (
                held.persons
                == 61
                + sum(1 for e in audit.entries(conn, limit=None) if e.action == "person.add")
                - 1
            )
        assert 5 <= held.persons - 61 <= len(written)
    finally:
        target.dispose()
