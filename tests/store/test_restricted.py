"""Restricted fields at rest, on both databases: sealed in the tables, the log, the WAL and
backups; opened with the key, refused without it; re-sealed by a rotation."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, insert, select, text

from tests.conftest import TEST_KEYS, TEST_RING
from vigil.auth.keyring import KeyringMissing, KeySource, new_keyring
from vigil.errors import StorageError
from vigil.model import NameVariant, Person, PersonEdit, RestrictedInfo
from vigil.store.audit import entries, verify
from vigil.store.backup import _pg_env, _pg_tool, backup
from vigil.store.db import (
    _alembic_config,
    is_sqlite,
    make_engine,
    migrate,
    sqlite_path,
    transaction,
)
from vigil.store.persons import add_person, get_person, set_restricted, update_person
from vigil.store.restricted import census, reseal, reveal, rotate
from vigil.store.tables import audit_log, person_restricted

CANARIES = {
    "notes": "canary7q-notes",
    "health": "canary7q-health",
    "family_contacts": "canary7q-family",
}
EDITED = {f: v.replace("canary7q", "canary8r") for f, v in CANARIES.items()}


def _registry(engine: Engine) -> int:
    """A person whose restricted fields were added, edited and replaced."""
    with transaction(engine) as conn:
        pid = add_person(
            conn,
            Person(names=(NameVariant.of("Canary Person"),), restricted=RestrictedInfo(**CANARIES)),
            by="tester",
        )
        update_person(
            conn, pid, PersonEdit.parse({"notes": EDITED["notes"], "region": "Minsk"}), by="tester"
        )
        set_restricted(conn, pid, RestrictedInfo(**EDITED), by="tester")
    return pid


def _plain_dump(engine: Engine) -> bytes:
    done = subprocess.run([_pg_tool("pg_dump"), "--format=plain"], env=_pg_env(engine),
                          capture_output=True, check=True)  # fmt: skip
    return done.stdout


def _backup_text(engine: Engine, path: Path) -> bytes:
    if is_sqlite(engine):
        return path.read_bytes()
    done = subprocess.run([_pg_tool("pg_restore"), "--file=-", str(path)],
                          capture_output=True, check=True)  # fmt: skip
    return done.stdout


def test_canaries_are_nowhere_in_plaintext(engine: Engine, db_url: str, tmp_path: Path) -> None:
    pid = _registry(engine)
    with transaction(engine) as conn:
        assert get_person(conn, pid, restricted=True).restricted == RestrictedInfo(**EDITED)
        rows = conn.execute(select(person_restricted)).all()
        stored = [getattr(r, f) for r in rows for f in CANARIES]
        assert stored
        assert all(v.startswith("enc1:" + TEST_RING.current + ":") for v in stored)
        log = conn.execute(select(audit_log.c.before, audit_log.c.after)).all()
    assert "canary" not in repr(log)
    copy = tmp_path / "backup.bin"
    backup(engine, copy)
    seen = {"backup": _backup_text(engine, copy)}
    path = sqlite_path(db_url)
    if path is not None:
        # The engine's pool keeps connections open: the WAL still holds the writes.
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        assert wal.stat().st_size > 0
        seen |= {"database": path.read_bytes(), "wal": wal.read_bytes()}
    else:
        seen |= {"pg_dump": _plain_dump(engine)}
    for where, data in seen.items():
        for value in (*CANARIES.values(), *EDITED.values()):
            assert value.encode() not in data, (where, value)
    assert b"Canary Person" in seen["backup"]  # the check would see plaintext if it were there


def test_the_log_keeps_old_and_new_values_sealed(engine: Engine) -> None:
    pid = _registry(engine)
    with transaction(engine) as conn:
        log = entries(conn, target=f"person:{pid}", limit=None)
        assert verify(conn).ok
    added, edited, replaced = (reveal(e, TEST_RING) for e in reversed(log))
    assert added.after["sealed"] == CANARIES
    assert edited.before == {"region": None, "sealed": {"notes": CANARIES["notes"]}}
    assert edited.after["sealed"] == {"notes": EDITED["notes"]}
    assert edited.after["restricted"] == ["notes"]
    assert replaced.before["sealed"] == {f: CANARIES[f] for f in ("health", "family_contacts")}
    assert replaced.after["sealed"] == {f: EDITED[f] for f in ("health", "family_contacts")}
    # Without the key the entry says which key sealed each value, and nothing more.
    hidden = reveal(log[1], None)
    assert hidden.after["sealed"] == {"notes": f"(sealed with key {TEST_RING.current})"}


def test_a_value_moved_to_another_record_does_not_open(engine: Engine) -> None:
    pid = _registry(engine)
    with transaction(engine) as conn:
        other = add_person(conn, Person(names=(NameVariant.of("Other Person"),)), by="tester")
        notes = conn.execute(
            select(person_restricted.c.notes).where(person_restricted.c.person_id == pid)
        ).scalar_one()
        conn.execute(insert(person_restricted), {"person_id": other, "notes": notes})
    with transaction(engine) as conn, pytest.raises(StorageError, match="does not open"):
        get_person(conn, other, restricted=True)


def test_without_keys_public_reads_work_and_restricted_reads_fail(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    pid = _registry(engine)
    bare = make_engine(db_url, keys=KeySource(tmp_path / "absent.keys"))
    try:
        with transaction(bare) as conn:
            assert get_person(conn, pid).display_name == "Canary Person"
            with pytest.raises(KeyringMissing) as missing:
                get_person(conn, pid, restricted=True)
            with pytest.raises(KeyringMissing):
                update_person(conn, pid, PersonEdit.parse({"health": "x"}), by="tester")
            # A public edit needs the key too: the audit log is keyed.
            with pytest.raises(KeyringMissing, match="audit log"):
                update_person(conn, pid, PersonEdit.parse({"occupation": "x"}), by="tester")
    finally:
        bare.dispose()
    line = missing.value.one_line()
    assert "\n" not in line
    assert "absent.keys" in line
    assert "VIGIL_KEY_FILE" in line


def test_rotation_reseals_every_value_and_keeps_what_the_log_needs(
    db_url: str, tmp_path: Path
) -> None:
    key_file = tmp_path / "vigil.keys"
    first = new_keyring(key_file)
    first.save(key_file)
    key_file.chmod(0o644)  # a rotation writes it 0600 whatever it was
    source = KeySource(key_file)
    engine = make_engine(db_url, keys=source)
    try:
        pid = _registry(engine)
        done = rotate(engine, source)
        ring = source.require()
        assert ring.current == done.current != first.current
        assert done.resealed == 3
        assert done.kept == (first.current,)  # audit entries were sealed with it
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(done.previous_file.stat().st_mode) == 0o600
        with transaction(engine) as conn:
            assert get_person(conn, pid, restricted=True).restricted == RestrictedInfo(**EDITED)
            counted = census(conn)
            raw = conn.execute(text("SELECT notes, health, family_contacts FROM person_restricted"))
            assert not any(first.current in v for row in raw for v in row)
            assert counted.fields == {done.current: 3}
            assert counted.audit == {first.current: 9}
            log = entries(conn, target=f"person:{pid}", limit=None)
            assert reveal(log[-1], ring).after["sealed"] == CANARIES
            assert verify(conn).ok
        # Without any audit values, the old key goes.
        with transaction(engine) as conn:
            conn.execute(person_restricted.delete())
        second = rotate(engine, source)
        assert second.kept == (first.current,)
        assert second.dropped == (done.current,)
        assert set(source.require().data_keys) == {first.current, second.current}
    finally:
        engine.dispose()


def test_environment_keys_cannot_be_rotated(engine: Engine) -> None:
    with pytest.raises(Exception, match="VIGIL_KEYS"):
        rotate(engine, KeySource(None, TEST_RING.to_json()))


def test_plaintext_from_before_is_sealed_by_the_migration(engine: Engine, db_url: str) -> None:
    with transaction(engine) as conn:
        pid = add_person(conn, Person(names=(NameVariant.of("Old Record"),)), by="tester")
    command.downgrade(_alembic_config(engine), "0007")
    with transaction(engine) as conn:
        conn.execute(insert(person_restricted), {"person_id": pid, "health": "old plaintext"})
    keyless = make_engine(db_url, keys=KeySource(None))
    try:
        migrate(keyless)  # no keys: the value waits for them
    finally:
        keyless.dispose()
    with transaction(engine) as conn:
        assert census(conn).plaintext == 1
        with pytest.raises(Exception, match="not encrypted"):
            get_person(conn, pid, restricted=True)
        assert reseal(conn, TEST_RING, rotate=False) == 1
        assert get_person(conn, pid, restricted=True).restricted.health == "old plaintext"
    command.downgrade(_alembic_config(engine), "0007")  # with keys: opened again
    with transaction(engine) as conn:
        assert conn.execute(select(person_restricted.c.health)).scalar_one() == "old plaintext"
    migrate(engine)  # with keys: sealed at once
    with transaction(engine) as conn:
        assert conn.execute(select(person_restricted.c.health)).scalar_one().startswith("enc1:")
        assert census(conn).plaintext == 0


def test_database_files_are_created_private(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    engine = make_engine(f"sqlite:///{path}", keys=TEST_KEYS)
    try:
        migrate(engine)
        _registry(engine)
        files = [path, path.with_name("new.db-wal"), path.with_name("new.db-shm")]
        assert all(f.exists() for f in files)
        assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}
    finally:
        engine.dispose()
