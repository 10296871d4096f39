"""The audit log: every change a person makes is one entry, chained by hashes, written in
the change's own transaction; tampering is found, and so is a cut-off tail (against an
anchor). Real databases: the chain must hold on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from tests.ingest.fake_extractor import TEXT, FakeExtractor
from tests.store.helpers import claim, event, person
from vigil.auth.chain import GENESIS
from vigil.auth.keyring import Keyring, read_keyring
from vigil.errors import Conflict, InvalidInput, StorageError
from vigil.ingest.pipeline import ingest_source
from vigil.ingest.review import Choice, accept, reject
from vigil.model import (
    Case,
    Court,
    Defendant,
    EventType,
    Facility,
    Figure,
    Gender,
    NameVariant,
    Person,
    Qualifier,
    Source,
)
from vigil.store import audit
from vigil.store.cases import add_case
from vigil.store.claims import get_claims, pending_claims
from vigil.store.db import is_sqlite, transaction
from vigil.store.events import add_event
from vigil.store.facilities import add_facility, add_figure
from vigil.store.identity import merge, split, undo
from vigil.store.persons import add_person
from vigil.store.tables import audit_log


def _actions(engine: Engine) -> list[tuple[str, str, str]]:
    with transaction(engine) as conn:
        found = audit.entries(conn, limit=None, newest_first=False)
    return [(e.actor, e.action, e.target) for e in found]


def _count(engine: Engine) -> int:
    with transaction(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(audit_log)).scalar_one())


def _verify(engine: Engine, **anchor: object) -> audit.Verification:
    with transaction(engine) as conn:
        return audit.verify(conn, **anchor)  # type: ignore[arg-type]


def test_every_write_path_leaves_one_entry_and_the_chain_holds(engine: Engine) -> None:
    with transaction(engine) as conn:
        assert audit.verify(conn) == audit.Verification(0, GENESIS)
        facility = add_facility(conn, Facility(("Colony No. 1",)), by="ed")
        a = add_person(conn, Person(names=(NameVariant.of("Syarhey Tsikhanouski"),),
                                    gender=Gender.MALE), by="ed")  # fmt: skip
        b = add_person(conn, Person(names=(NameVariant.of("Сергей Тихановский"),),
                                    gender=Gender.MALE), by="ed")  # fmt: skip
        cid = claim(conn)
        first = add_event(conn, event(a, EventType.DETAINED, "2020-05-29", cid))
        add_event(conn, event(a, EventType.DETAINED, "2020-05-28", cid, supersedes=first))
        case = add_case(conn, Case("Case of A", (Defendant(a),), articles=("342",),
                                   court=Court("Homiel regional court")), by="ed")  # fmt: skip
        add_figure(conn, Figure(1400, Qualifier.MORE_THAN, "held", claim_id=cid), by="ed")
    with transaction(engine) as conn:
        link = merge(conn, a, b, by="editor", why="same passport")
    with transaction(engine) as conn:
        undo(conn, link, by="editor", why="a namesake after all")
    with transaction(engine) as conn:
        detained = add_event(conn, event(b, EventType.DETAINED, "2021-01-02", cid))
        _, new_person = split(conn, b, [detained], "Siarhei Other", by="editor", why="2 men")
    entries = _actions(engine)
    mine = [(who, what, target) for who, what, target in entries
            if what.split(".")[0] in {"facility", "event", "case", "figure", "person"}
            and what != "person.add"]  # fmt: skip
    assert mine == [
        ("ed", "facility.add", f"facility:{facility}"),
        ("tester", "event.add", f"person:{a}"),
        ("tester", "event.add", f"person:{a}"),
        ("ed", "case.add", f"case:{case}"),
        ("ed", "figure.add", "figure:1"),
        ("editor", "person.merge", f"person:{a}"),
        ("editor", "person.undo", f"person:{a}"),
        ("tester", "event.add", f"person:{b}"),
        ("editor", "person.split", f"person:{b}"),
    ]
    with transaction(engine) as conn:
        split_entry = audit.entries(conn, action="person.split")[0]
        correction = audit.entries(conn, action="event.add", limit=None)[-2]
        undone = audit.entries(conn, action="person.undo")[0]
    assert split_entry.after["new_person"] == new_person
    assert split_entry.after["moved_events"] == [detained]
    assert split_entry.after["why"] == "2 men"
    assert correction.before == {"superseded_event": first}
    assert correction.after["date"] == "2020-05-28"
    assert undone.before["decision"] == link
    assert undone.before["kind"] == "merge"
    result = _verify(engine)
    assert result.ok
    assert result.checked == len(entries) == _count(engine)


def test_review_decisions_are_entries_with_what_they_wrote(engine: Engine) -> None:
    with transaction(engine) as conn:
        ingest_source(conn, Source(text=TEXT, published=dt.date(2021, 6, 3)), FakeExtractor(),
                      by="tester")  # fmt: skip
    with transaction(engine) as conn:
        pending = {c.quote: c for c in pending_claims(conn)}
        reject(conn, pending["Ivan Test was released"], by="rev", note="never detained")
        person_claim = next(c for q, c in pending.items() if q == "Volha Krumenka")
        decided = accept(conn, person_claim, Choice(), by="rev")
        detained = next(c for q, c in pending.items() if q.startswith("Volha Krumenka was"))
        written = accept(conn, detained, Choice(edited={"date": "2021-05-27"}), by="rev")
    released = pending["Ivan Test was released"]
    assert released.id is not None
    with transaction(engine) as conn:
        rejected = audit.entries(conn, action="claim.reject")
        accepted = audit.entries(conn, action="claim.accept", newest_first=False)
        facility = audit.entries(conn, action="facility.add")
        with pytest.raises(InvalidInput, match="already rejected"):
            reject(conn, get_claims(conn, [released.id])[0], by="rev")
    assert [(e.actor, e.target) for e in rejected] == [("rev", f"claim:{released.id}")]
    assert rejected[0].before == {"state": "proposed"}
    assert [(e.actor, e.after["names"]) for e in facility] == [("rev", ["Hrodna prison"])]
    assert rejected[0].after["note"] == "never detained"
    assert [e.action for e in accepted] == ["claim.accept", "claim.accept_edited"]
    assert accepted[0].after["written"] == {"person_id": decided.person_id}
    assert accepted[1].after["written"]["event_id"] == written.event_id
    assert accepted[1].after["payload"]["date"] == "2021-05-27"
    assert accepted[1].before["payload"] == {"date": "2021-05-28"}
    assert _verify(engine).ok


def test_an_entry_commits_with_its_change_or_not_at_all(engine: Engine) -> None:
    with transaction(engine) as conn:
        pid, cid = person(conn), claim(conn)
    before = _count(engine)
    with transaction(engine) as conn, pytest.raises(Conflict):
        add_event(conn, event(pid, EventType.RELEASED, "2021-01-01", cid))  # never detained
    assert _count(engine) == before

    def half_done() -> None:
        with transaction(engine) as conn:
            add_facility(conn, Facility(("Akrestsina",)), by="ed")
            raise RuntimeError("the rest of the change failed")

    with pytest.raises(RuntimeError):
        half_done()
    assert _count(engine) == before
    # The helper's claim, cited by hand, is stated by no entry until an event uses it.
    assert _verify(engine, registry=False).ok


def _entries(engine: Engine, n: int = 6) -> None:
    with transaction(engine) as conn:
        for i in range(1, n + 1):
            after = {"day": dt.date(2024, 1, i), "n": (i, i)}
            audit.record(conn, actor=f"user{i % 2}", action="test.change", target=f"t:{i}",
                         before={"i": i}, after=after)  # fmt: skip


def _unprotect(conn: Connection) -> None:
    """What an attacker with access to the database does first."""
    if is_sqlite(conn):
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
    else:
        conn.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))


def test_the_database_refuses_to_change_or_delete_entries(engine: Engine) -> None:
    _entries(engine, 2)
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), transaction(engine) as conn:
            conn.execute(text(statement))
    assert _verify(engine).checked == 2


def test_values_are_stored_as_they_are_hashed(engine: Engine) -> None:
    _entries(engine, 2)
    with transaction(engine) as conn:
        first = audit.entries(conn, newest_first=False)[0]
    assert first.after == {"day": "2024-01-01", "n": [1, 1]}
    assert first.at.tzinfo is not None
    assert _verify(engine).ok


def _row(conn: Connection, entry_id: int) -> dict[str, object]:
    row = conn.execute(select(audit_log).where(audit_log.c.id == entry_id)).one()
    return {k: v for k, v in row._mapping.items() if k != "id"}


def _set(conn: Connection, entry_id: int, **values: object) -> None:
    conn.execute(audit_log.update().where(audit_log.c.id == entry_id).values(**values))


def _alter(conn: Connection) -> None:
    _set(conn, 3, after={"day": "2024-01-03", "n": [3, 4]})


def _alter_time(conn: Connection) -> None:
    _set(conn, 3, at=_row(conn, 3)["at"] - dt.timedelta(hours=1))  # type: ignore[operator]


def _delete(conn: Connection) -> None:
    conn.execute(audit_log.delete().where(audit_log.c.id == 3))


def _swap(conn: Connection) -> None:
    third, fourth = _row(conn, 3), _row(conn, 4)
    _set(conn, 4, hash="f" * 64)  # the hash is unique: move it out of the way first
    _set(conn, 3, **fourth)
    _set(conn, 4, **third)


@pytest.mark.parametrize(
    ("tamper", "first_bad", "why"),
    [
        (_alter, 3, "content was altered"),
        (_alter_time, 3, "content was altered"),
        (_delete, 4, "1 entry before it is missing"),
        (_swap, 3, "does not follow the chain"),
    ],
    ids=["alter-after", "alter-time", "delete-middle", "swap-two"],
)
def test_tampering_is_found_at_the_first_entry_that_does_not_fit(
    engine: Engine, tamper: Callable[[Connection], None], first_bad: int, why: str
) -> None:
    _entries(engine)
    with transaction(engine) as conn:
        _unprotect(conn)
        tamper(conn)
    result = _verify(engine)
    assert not result.ok
    assert result.first_bad_id == first_bad
    assert why in result.problem
    assert result.checked == 2  # entries 1 and 2 still fit


def test_a_cut_off_tail_is_found_against_an_anchor(engine: Engine) -> None:
    _entries(engine, 4)
    anchor = _verify(engine)  # noted somewhere safe: 4 entries and the head hash
    _entries(engine, 2)  # the log grows afterwards: the old anchor still holds
    assert _verify(engine, expect_count=anchor.checked, expect_head=anchor.head).ok
    assert _verify(engine, expect_head=anchor.head).ok
    grown = _verify(engine)
    with transaction(engine) as conn:
        _unprotect(conn)
        conn.execute(audit_log.delete().where(audit_log.c.id > 4))
    assert _verify(engine).ok  # the chain alone cannot tell
    short = _verify(engine, expect_count=grown.checked)
    assert (short.ok, short.first_bad_id) == (False, 5)
    assert "the last 2 entries were removed" in short.problem
    assert not _verify(engine, expect_head=grown.head).ok
    assert _verify(engine, expect_count=anchor.checked, expect_head=anchor.head).ok


def _rewrite(conn: Connection, keyring: Keyring | None) -> None:
    """Rewrite the log with fresh hashes, entry 3 with another actor: with the audit key
    (someone who holds the key file), or as plain SHA-256 entries (someone who does not)."""
    from vigil.auth.chain import AuditEntry, entry_hash

    _unprotect(conn)
    prev = GENESIS
    for entry in audit.entries(conn, limit=None, newest_first=False):
        assert entry.id is not None
        actor = "nobody" if entry.id == 3 else entry.actor
        scheme, state = (entry.scheme, entry.state) if keyring else (None, None)
        forged = AuditEntry(entry.at, actor, entry.action, entry.target, entry.before,
                            entry.after, prev, id=entry.id, scheme=scheme, state=state)  # fmt: skip
        prev = entry_hash(forged, keyring)
        _set(conn, entry.id, actor=forged.actor, prev_hash=forged.prev_hash, hash=prev,
             scheme=scheme, state=state)  # fmt: skip


def test_a_log_rewritten_with_the_key_is_found_against_an_anchor(
    engine: Engine, key_file: Path
) -> None:
    _entries(engine)
    anchor = _verify(engine)
    with transaction(engine) as conn:
        _rewrite(conn, read_keyring(key_file))
    assert _verify(engine).ok  # fresh keyed hashes throughout: consistent by itself
    rewritten = _verify(engine, expect_count=anchor.checked, expect_head=anchor.head)
    assert (rewritten.ok, rewritten.first_bad_id) == (False, 6)
    assert "rewritten" in rewritten.problem
    assert not _verify(engine, expect_head=anchor.head).ok


def test_a_log_rewritten_without_the_key_is_found_without_an_anchor(engine: Engine) -> None:
    with transaction(engine) as conn:
        pid = person(conn)
    _entries(engine)
    with transaction(engine) as conn:
        _rewrite(conn, None)  # plain entries, as if written before keying began
    result = _verify(engine)
    assert (result.ok, result.first_bad_id) == (False, 1)
    assert "statements are stored for an unkeyed entry" in result.problem
    with transaction(engine) as conn:  # and without the statements it made
        if is_sqlite(conn):
            conn.execute(text("DROP TRIGGER audit_records_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER audit_records_append_only ON audit_records"))
        conn.execute(text("DELETE FROM audit_records"))
    result = _verify(engine)
    assert (result.ok, result.checked) == (False, 7)
    assert result.records == (f"record person:{pid} has no audit entry",)


def test_an_anchor_must_be_well_formed(engine: Engine) -> None:
    with pytest.raises(InvalidInput, match="not an entry hash"):
        _verify(engine, expect_head="abc")
    with pytest.raises(InvalidInput, match="negative"):
        _verify(engine, expect_count=-1)
    assert _verify(engine, expect_count=0, expect_head=GENESIS).ok


def test_concurrent_writers_do_not_fork_the_chain(engine: Engine) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def write(name: str) -> None:
        try:
            start.wait()
            for i in range(50):
                with transaction(engine) as conn:  # one transaction per entry
                    audit.record(conn, actor=name, action="test.write", target=f"t:{i}",
                                 after={"i": i})  # fmt: skip
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in ("left", "right")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    result = _verify(engine)
    assert result.ok, result.problem
    assert result.checked == 100
    with transaction(engine) as conn:
        prevs = conn.execute(select(audit_log.c.prev_hash)).scalars().all()
    assert len(set(prevs)) == 100  # no two entries follow the same one


def test_postgresql_refuses_a_snapshot_older_than_the_chain(engine: Engine) -> None:
    if is_sqlite(engine):
        pytest.skip("SQLite serializes writers with BEGIN IMMEDIATE; there is no snapshot")
    stale = engine.execution_options(isolation_level="REPEATABLE READ")
    with pytest.raises(StorageError, match="repeatable read"), stale.begin() as conn:
        audit.record(conn, actor="a", action="test.write", target="t:1")
    assert _count(engine) == 0


def test_a_bulk_build_is_one_entry_with_its_counts(engine: Engine) -> None:
    from vigil.demo.build import DEMO_ACTOR, write_plan
    from vigil.demo.generator import generate
    from vigil.store.tables import events, sources

    plan = generate(40, seed=3, today=dt.date(2025, 1, 1))
    with transaction(engine) as conn:
        write_plan(conn, plan)
    with transaction(engine) as conn:
        found = audit.entries(conn, limit=None)
        stored = {
            "events": conn.execute(select(func.count()).select_from(events)).scalar_one(),
            "sources": conn.execute(select(func.count()).select_from(sources)).scalar_one(),
        }
    assert [(e.actor, e.action, e.target) for e in found] == [
        (DEMO_ACTOR, "demo.build", "registry")
    ]
    after = found[0].after
    assert after["persons"] == 40
    assert after["events"] == after["claims"] == stored["events"]
    assert after["sources"] == stored["sources"]
    assert _verify(engine).checked == 1
