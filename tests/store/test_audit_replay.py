"""The keyed audit log against an attacker who can write to the database but does not
hold the key file: a forged entry does not verify, and a record changed, added or
removed around the log is reported by the replay. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, func, insert, select, text, update

from tests.store.helpers import claim, event, person
from vigil.auth.chain import GENESIS, KEYED, AuditEntry, entry_hash
from vigil.auth.keyring import KeyringMissing, KeySource, new_keyring, read_keyring
from vigil.auth.roles import Role
from vigil.errors import StorageError
from vigil.ingest.cases import CaseInput, VerdictInput, open_case, record_verdict
from vigil.model import EventType, Facility, PersonEdit
from vigil.store import audit
from vigil.store.accounts import add_user, set_password, set_role, start_session
from vigil.store.db import is_sqlite, make_engine, transaction
from vigil.store.events import add_event
from vigil.store.facilities import add_facility
from vigil.store.identity import merge, split
from vigil.store.persons import add_person, update_person
from vigil.store.tables import audit_log, audit_records, case_defendants, events, judges, persons


def _verify(engine: Engine, **anchor: object) -> audit.Verification:
    with transaction(engine) as conn:
        return audit.verify(conn, **anchor)  # type: ignore[arg-type]


def _unprotect(conn: Connection, *tables: str) -> None:
    """What an attacker with access to the database does first."""
    for table in tables:
        if is_sqlite(conn):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_update"))
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_delete"))
        else:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}"))


def _history(engine: Engine) -> dict[str, int]:
    """A small history written through the services, as the CLI and the pages do."""
    from vigil.model import Gender, NameVariant, Person

    with transaction(engine) as conn:
        a = add_person(conn, Person(names=(NameVariant.of("Ales Bialiatski"),),
                                    gender=Gender.MALE, region="Minsk"), by="ed")  # fmt: skip
        b = add_person(conn, Person(names=(NameVariant.of("Алесь Бяляцкі"),),
                                    gender=Gender.MALE), by="ed")  # fmt: skip
        cid = claim(conn)
        first = add_event(conn, event(a, EventType.DETAINED, "2021-07-14", cid))
        add_facility(conn, Facility(("Colony No. 9",)), by="ed")
    with transaction(engine) as conn:
        edit = PersonEdit.parse({"region": "Homiel", "occupation": "human-rights defender"})
        update_person(conn, a, edit, by="ed")
        merge(conn, a, b, by="ed", why="same person")
    with transaction(engine) as conn:
        second = add_event(conn, event(a, EventType.SENTENCED, "2023-03-03", cid))
        split(conn, a, [second], "Other Man", by="ed", why="a namesake")
    with transaction(engine) as conn:
        add_user(conn, username="vera", password="a long passphrase 1", role=Role.DOCUMENTER,
                 by="admin")  # fmt: skip
        set_role(conn, "vera", Role.EDITOR, by="admin")
        set_password(conn, "vera", "another long passphrase", by="admin")
    with transaction(engine) as conn:
        start_session(conn, _user_id(conn, "vera"))
    return {"a": a, "b": b, "event": first}


def _user_id(conn: Connection, name: str) -> int:
    from vigil.store.accounts import find_user

    found = find_user(conn, name)
    assert found is not None
    assert found.id is not None
    return found.id


def test_a_history_of_changes_verifies_and_states_what_it_touched(engine: Engine) -> None:
    ids = _history(engine)
    result = _verify(engine)
    assert result.ok, (result.problem, result.records)
    assert result.registry > 8  # persons, events, links, facility, claim, source, user
    with transaction(engine) as conn:
        stated = set(conn.execute(select(audit_records.c.kind, audit_records.c.rid)).all())
        keyed = set(conn.execute(select(audit_log.c.scheme)).scalars())
    assert {("person", ids["a"]), ("person", ids["b"]), ("event", ids["event"])} <= stated
    assert {"link", "facility", "claim", "source", "user"} <= {k for k, _ in stated}
    assert keyed == {KEYED}


def _forge(conn: Connection, keyring: object | None) -> int:
    """Append an entry with database access only: the hash chained to the last one,
    computed with plain SHA-256 (no key), or with a key that is not the registry's."""
    last = conn.execute(select(audit_log).order_by(audit_log.c.id.desc()).limit(1)).one()
    entry = AuditEntry(
        dt.datetime.now(dt.UTC).replace(microsecond=0), "admin", "person.edit", "person:1",
        {"region": "Homiel"}, {"region": "Minsk"}, last.hash, id=last.id + 1,
        scheme=KEYED if keyring else None,
        state={"v": 1, "records": 0, "rows": audit_records_digest()} if keyring else None,
    )  # fmt: skip
    forged = entry_hash(entry, keyring)  # type: ignore[arg-type]
    conn.execute(
        insert(audit_log),
        {"id": entry.id, "at": entry.at, "actor": entry.actor, "action": entry.action,
         "target": entry.target, "before": entry.before, "after": entry.after,
         "prev_hash": entry.prev_hash, "hash": forged, "scheme": entry.scheme,
         "state": entry.state},
    )  # fmt: skip
    return int(entry.id or 0)


def audit_records_digest() -> str:
    from vigil.store.replay import rows_digest

    return rows_digest(())[1]


@pytest.mark.parametrize("key", ["none", "wrong"], ids=["unkeyed", "wrong-key"])
def test_an_entry_forged_without_the_key_fails_even_against_an_anchor(
    engine: Engine, key: str
) -> None:
    _history(engine)
    anchor = _verify(engine)
    with transaction(engine) as conn:
        conn.execute(update(persons).where(persons.c.id == 1).values(region="Minsk"))
        forged = _forge(conn, new_keyring() if key == "wrong" else None)
    anchored = _verify(engine, expect_count=anchor.checked, expect_head=anchor.head)
    for result in (_verify(engine), anchored):
        assert (result.ok, result.first_bad_id) == (False, forged)
        want = "written without the audit key" if key == "wrong" else "not keyed"
        assert want in result.problem
        assert result.checked == anchor.checked


def test_a_direct_change_to_a_person_is_reported_with_its_field(engine: Engine) -> None:
    ids = _history(engine)
    count = _verify(engine).checked
    with transaction(engine) as conn:
        conn.execute(update(persons).where(persons.c.id == ids["a"]).values(region="Brest"))
    result = _verify(engine)
    assert not result.ok
    assert result.checked == count  # the chain itself holds
    assert result.problem == "1 record changed without an audit entry"
    assert result.records == (
        f"record person:{ids['a']} changed without an audit entry (field region; last "
        f"stated by entry {_last_about(engine, 'person', ids['a'])})",
    )
    with transaction(engine) as conn:  # a name changed too: both fields are named
        conn.execute(text("UPDATE person_names SET text = 'Ales B.' WHERE person_id = :p"),
                     {"p": ids["a"]})  # fmt: skip
        conn.execute(update(persons).where(persons.c.id == ids["b"]).values(name_withheld=True))
    found = _verify(engine).records
    assert any(f"person:{ids['a']} changed" in r and "fields region, names" in r for r in found)
    assert any(f"person:{ids['b']} changed" in r and "field name_withheld" in r for r in found)


def _last_about(engine: Engine, kind: str, rid: int) -> int:
    with transaction(engine) as conn:
        return int(
            conn.execute(
                select(func.max(audit_records.c.entry_id)).where(
                    audit_records.c.kind == kind, audit_records.c.rid == rid
                )
            ).scalar_one()
        )


def test_an_event_inserted_directly_is_reported(engine: Engine) -> None:
    ids = _history(engine)
    with transaction(engine) as conn:
        new = conn.execute(
            insert(events).returning(events.c.id),
            {"person_id": ids["a"], "type": "released", "date": dt.date(2024, 1, 1),
             "date_precision": "day", "date_estimate": False, "detail": {},
             "recorded_at": dt.datetime.now(dt.UTC), "recorded_by": "mallory"},
        ).scalar_one()  # fmt: skip
    result = _verify(engine)
    assert result.records == (f"record event:{new} has no audit entry",)


def test_an_emptied_log_is_reported_not_passed(engine: Engine) -> None:
    _history(engine)
    with transaction(engine) as conn:
        _unprotect(conn, "audit_log", "audit_records")
        conn.execute(text("DELETE FROM audit_records"))
        conn.execute(text("DELETE FROM audit_log"))
    result = _verify(engine)
    assert not result.ok
    assert result.checked == 0
    assert result.problem.startswith("the log is empty, but the registry holds")
    assert "record person:1 has no audit entry" in result.records
    assert result.unrecorded == result.registry > 8


def test_a_removed_record_and_altered_statements_are_reported(engine: Engine) -> None:
    ids = _history(engine)
    with transaction(engine) as conn:
        _unprotect(conn, "audit_records")
        facility = conn.execute(text("SELECT max(id) FROM facilities")).scalar_one()
        conn.execute(text("DELETE FROM facility_names WHERE facility_id = :f"), {"f": facility})
        conn.execute(text("DELETE FROM facilities WHERE id = :f"), {"f": facility})
    removed = _verify(engine).records
    assert removed[0].startswith(f"record facility:{facility} was removed without an audit")
    with transaction(engine) as conn:  # cover it up by restating the person in the table
        conn.execute(
            update(audit_records)
            .where(audit_records.c.kind == "person", audit_records.c.rid == ids["a"])
            .values(tags="0" * 64)
        )
    result = _verify(engine)
    assert result.first_bad_id is not None
    assert "the records it states were altered" in result.problem


def test_old_unkeyed_entries_still_verify_and_a_baseline_starts_the_replay(
    engine: Engine,
) -> None:
    with transaction(engine) as conn:  # a registry written before keying began
        _unprotect(conn, "audit_log")
        pid = conn.execute(
            insert(persons).returning(persons.c.id),
            {"gender": "female", "region": "Minsk", "name_withheld": False,
             "created_at": dt.datetime.now(dt.UTC), "created_by": "old"},
        ).scalar_one()  # fmt: skip
        prev = GENESIS
        for i in (1, 2):
            old = AuditEntry(dt.datetime(2025, 1, i, tzinfo=dt.UTC), "old", "person.add",
                             f"person:{pid}", None, {"n": i}, prev)  # fmt: skip
            prev = entry_hash(old)
            conn.execute(insert(audit_log), {"id": i, "at": old.at, "actor": "old",
                         "action": old.action, "target": old.target, "after": old.after,
                         "prev_hash": old.prev_hash, "hash": prev})  # fmt: skip
    before = _verify(engine)
    assert before.checked == 2  # the old chain holds ...
    assert before.records == (f"record person:{pid} has no audit entry",)  # ... unreplayed
    with transaction(engine) as conn:
        base = audit.baseline(conn, by="admin", why="upgraded to the keyed log")
    assert base.id == 3
    assert base.after["records"]["person"] == 1
    with transaction(engine) as conn:
        update_person(conn, pid, PersonEdit.parse({"region": "Hrodna"}), by="ed")
    after = _verify(engine)
    assert after.ok, after.records
    assert after.checked == 4
    with transaction(engine) as conn:  # an unkeyed entry after keying began: forged
        _forge(conn, None)
    late = _verify(engine)
    assert (late.ok, late.first_bad_id) == (False, 5)
    assert "keying began at entry 3" in late.problem


def test_a_demo_build_states_what_it_wrote(engine: Engine) -> None:
    from vigil.demo.build import write_plan
    from vigil.demo.generator import generate

    with transaction(engine) as conn:
        write_plan(conn, generate(30, seed=5, today=dt.date(2025, 1, 1)))
    assert _verify(engine).ok
    with transaction(engine) as conn:
        _unprotect(conn, "events")
        conn.execute(update(events).where(events.c.id == 7).values(date=dt.date(2020, 1, 1)))
    assert (
        _verify(engine)
        .records[0]
        .startswith("record event:7 changed without an audit entry (field date;")
    )


def test_without_the_key_file_nothing_is_recorded(engine: Engine, tmp_path: Path) -> None:
    url = engine.url.render_as_string(hide_password=False)
    keyless = make_engine(url, keys=KeySource(tmp_path / "absent.keys"))
    with pytest.raises(KeyringMissing) as caught, transaction(keyless) as conn:
        person(conn)
    assert "\n" not in caught.value.one_line()
    assert f"there is none at {tmp_path / 'absent.keys'}" in caught.value.message
    assert isinstance(caught.value, StorageError)
    with transaction(engine) as conn:
        assert conn.execute(select(func.count()).select_from(persons)).scalar_one() == 0
    keyless.dispose()


def test_the_engine_finds_the_key_file_of_its_settings(db_url: str, key_file: Path) -> None:
    from vigil.settings import Settings

    ring = read_keyring(key_file)
    assert ring is not None
    engine = make_engine(Settings(database_url=db_url, key_file=key_file))
    with transaction(engine) as conn:
        entry = audit.record(conn, actor="a", action="test.write", target="t:1")
    assert entry.hash == entry_hash(entry, ring)
    assert json.dumps(entry.state)
    engine.dispose()


def test_a_direct_change_to_a_case_is_reported(engine: Engine) -> None:
    with transaction(engine) as conn:
        a, b = person(conn, "Ales A"), person(conn, "Barys B")
        given = CaseInput.parse(title="Case of two", defendants=[a, b], court="Court",
                                judge="Judge J", hearings=["2021-05-01"])  # fmt: skip
        case_id = open_case(conn, given, by="ed")
        record_verdict(conn, case_id, a, VerdictInput.parse(term="5y"), by="ed")
    assert _verify(engine).ok
    with transaction(engine) as conn:  # a term shortened, a judge renamed, by hand
        conn.execute(update(case_defendants).where(case_defendants.c.person_id == a)
                     .values(term_months=12))  # fmt: skip
        conn.execute(update(judges).values(name="Someone Else"))
    found = _verify(engine).records
    assert any(f"case:{case_id} changed" in r and "field defendants" in r for r in found)
    assert any("judge:1 changed" in r and "field name" in r for r in found)
