"""``vigil audit show/verify`` through the real console script, on SQLite and PostgreSQL:
changes made from the command line are in the log, the chain holds, and a tampered or
cut-off log makes ``verify`` fail with the entry and a non-zero exit code."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlalchemy import text

from tests.conftest import Cli
from vigil.store.db import is_sqlite, make_engine, transaction
from vigil.store.tables import audit_log, audit_records

INTACT = re.compile(r"^audit log intact: (\d+) entries, head ([0-9a-f]{64})$")


def _changes(cli: Cli, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Syarhey Tsikhanouski was detained on 29 May 2020.\n", encoding="utf-8")
    cli("init")
    cli("source", "add", str(article))
    cli("person", "add", "--name", "Syarhey Tsikhanouski", "--gender", "male")
    cli("person", "add", "--name", "Сергей Тихановский", "--gender", "male")
    cli("event", "add", "1", "detained", "2020-05-29", "--source", "1")
    cli("person", "merge", "1", "2", "--why", "same passport data")
    cli("person", "undo", "1", "--why", "two men after all")


def _intact(cli: Cli, *anchor: str) -> tuple[int, str]:
    out = cli("audit", "verify", *anchor).out.strip()
    found = INTACT.match(out)
    assert found, out
    return int(found.group(1)), found.group(2)


def test_show_lists_who_changed_what_and_verify_says_intact(cli: Cli, tmp_path: Path) -> None:
    _changes(cli, tmp_path)
    count, head = _intact(cli)
    shown = json.loads(cli("audit", "show", "--format", "json").out)
    assert len(shown) == count
    assert shown[0]["hash"] == head  # newest first
    assert [e["action"] for e in reversed(shown)] == [
        "source.add", "person.add", "person.add", "event.add", "person.merge", "person.undo",
    ]  # fmt: skip
    assert {e["actor"] for e in shown} == {"tester"}
    merged = next(e for e in shown if e["action"] == "person.merge")
    assert merged["target"] == "person:1"
    assert merged["before"]["other"] == 2
    assert merged["after"]["why"] == "same passport data"
    assert merged["at"].endswith("Z")
    lines = cli("audit", "show", "--action", "person.", "--limit", "2", "--format", "jsonl")
    assert [json.loads(x)["action"] for x in lines.out.splitlines()] == [
        "person.undo", "person.merge",
    ]  # fmt: skip
    mine = json.loads(cli("audit", "show", "--target", "person:2", "--format", "json").out)
    assert [e["action"] for e in mine] == ["person.add"]
    assert json.loads(cli("audit", "show", "--actor", "nobody", "--format", "json").out) == []
    table = cli("audit", "show").out
    assert "person.merge" in table
    assert head[:12] in table
    assert _intact(cli, "--expect-count", str(count), "--expect-head", head) == (count, head)


def test_verify_fails_on_a_tampered_or_cut_off_log(cli: Cli, tmp_path: Path) -> None:
    _changes(cli, tmp_path)
    count, head = _intact(cli)
    engine = make_engine(cli.url)
    with transaction(engine) as conn:  # an attacker with database access
        if is_sqlite(conn):
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
        conn.execute(audit_log.delete().where(audit_log.c.id == count))
    # The last entry is gone: the records it stated are left without their entry ...
    orphans = cli("audit", "verify", ok=False)
    assert orphans.code == 1
    assert f"record statements are stored for entry {count}, which is not in the" in orphans.err
    with transaction(engine) as conn:  # ... so the attacker removes them too
        if is_sqlite(conn):
            conn.execute(text("DROP TRIGGER audit_records_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER audit_records_append_only ON audit_records"))
        conn.execute(audit_records.delete().where(audit_records.c.entry_id == count))
    # The chain that is left holds by itself, but the undo it recorded has no entry now
    short = cli("audit", "verify", ok=False)
    assert short.code == 1
    assert short.err.splitlines() == [
        "record link:2 has no audit entry",
        "error: audit log does not match the registry: 1 record changed without an audit "
        "entry (someone wrote to the database around Vigil; compare with a backup, and find "
        "out who could write to it)",
    ]
    # ... and against the anchor noted before.
    cut = cli("audit", "verify", "--expect-count", str(count), ok=False)
    assert cut.code == 1
    assert f"audit log broken at entry {count}: the log ends after {count - 1} entries" in cut.err
    assert "restore from backup" in cut.err
    assert cli("audit", "verify", "--expect-head", head, ok=False).code == 1
    with transaction(engine) as conn:
        conn.execute(audit_log.update().where(audit_log.c.id == 2).values(actor="mallory"))
    broken = cli("audit", "verify", ok=False)
    assert broken.code == 1
    assert broken.err.startswith("error: audit log broken at entry 2: its content was altered")
    engine.dispose()


def test_verify_refuses_a_malformed_anchor(cli: Cli) -> None:
    cli("init")
    assert _intact(cli) == (0, "0" * 64)
    bad = cli("audit", "verify", "--expect-head", "not-a-hash", ok=False)
    assert bad.code == 2
    assert "is not an entry hash" in bad.err
    assert cli("audit", "verify", "--expect-count", "-1", ok=False).code == 2
