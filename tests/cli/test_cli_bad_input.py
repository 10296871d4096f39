"""Bad input: one line saying what is wrong and what to do, a non-zero exit, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from tests.conftest import Cli
from vigil.ingest import parse_source
from vigil.model import NameVariant, Person
from vigil.store.db import make_engine, transaction
from vigil.store.persons import add_person
from vigil.store.sources import add_source
from vigil.store.tables import claims, events, persons, sources

GOOD = "---\ntitle: ok\n---\nA person was detained.\n"


@pytest.fixture
def ready(cli: Cli, engine: Engine) -> Cli:
    """A registry with source 1 and person 1 (set up in-process: only the command under
    test goes through the console script)."""
    with transaction(engine) as conn:
        add_source(conn, parse_source(GOOD), by="tester")
        add_person(conn, Person(names=(NameVariant.of("A Person"),)), by="tester")
    return cli


def _counts(cli: Cli) -> tuple[int, ...]:
    engine = make_engine(cli.url)
    try:
        with transaction(engine) as conn:
            return tuple(
                conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (persons, sources, events, claims)
            )
    finally:
        engine.dispose()


EVENT_CASES = [
    (["event", "add", "1", "arrested", "2021-01-01", "--source", "1"], "unknown event type"),
    (["event", "add", "1", "detained", "2021-02-30", "--source", "1"], "has no day 30"),
    (["event", "add", "1", "detained", "2021-13", "--source", "1"], "month 13 does not exist"),
    (["event", "add", "1", "detained", "yesterday", "--source", "1"], "is not a date"),
    (["event", "add", "1", "detained", "2999-01-01", "--source", "1"], "in the future"),
    (["event", "add", "1", "released", "2021-01-01", "--source", "1"], "with no detention"),
    (["event", "add", "1", "detained", "2021-01-01"], "must rest on a source"),
    (["event", "add", "7", "detained", "2021-01-01", "--source", "1"], "no person with id 7"),
    (["event", "add", "1", "detained", "2021-01-01", "--source", "9"], "no source with id 9"),
    (
        ["event", "add", "1", "detained", "2021-01-01", "--source", "1", "--quote", "not there"],
        "quote is not in source 1",
    ),
    (
        ["event", "add", "1", "sentenced", "2021-01-01", "--source", "1", "--term", "five"],
        "is not a term",
    ),
    (
        ["event", "add", "1", "sentenced", "2021-01-01", "--source", "1", "--regime", "harsh"],
        "unknown regime",
    ),
    (
        ["event", "add", "1", "charged", "2021-01-01", "--source", "1", "--article", "foo"],
        "not a criminal-code article",
    ),
    (["person", "show", "42"], "no person with id 42"),
    (["stats", "--at", "2021-05"], "--at needs a full date"),
    (["stats", "--from", "2021-01-01"], "--from and --to go with --series"),
    (
        ["stats", "--series", "monthly", "--from", "2022-01-01", "--to", "2021-01-01"],
        "is after --to",
    ),
]


@pytest.mark.parametrize(
    ("args", "words"), EVENT_CASES, ids=[" ".join(c[0][:4]) for c in EVENT_CASES]
)
def test_bad_commands(ready: Cli, args: list[str], words: str) -> None:
    before = _counts(ready)
    result = ready(*args, ok=False)
    assert result.code not in (0, 70), result
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert words in lines[0]
    assert "Traceback" not in result.err
    assert "(" in lines[0]  # says what to do
    assert _counts(ready) == before


FILE_CASES = [
    (b"", "no text"),
    (b"\n\n  \n", "no text"),
    (b"---\ntitle: x\n---\n", "no text"),
    (b"\xff\xfe\x00b\x00a\x00d", "binary file"),
    ("Лукашэнка памілаваў".encode("cp1251"), "not UTF-8"),
    (b"---\ntitle: x\nno end\n", "never ends"),
    (b"---\nthis line has no colon\n---\nText", "has no 'key: value'"),
    (b"---\nauthor: me\n---\nText", "unknown front matter key 'author'"),
    (b"---\npublished: last week\n---\nText", "is not a date"),
    (b"---\npublished: 2999-01-01\n---\nText", "in the future"),
]


@pytest.mark.parametrize(("content", "words"), FILE_CASES)
def test_bad_source_files_add_nothing(
    ready: Cli, tmp_path: Path, content: bytes, words: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    other = tmp_path / "other.txt"
    other.write_text("A different, valid article.", encoding="utf-8")
    before = _counts(ready)
    result = ready("source", "add", str(other), str(bad), ok=False)
    assert result.code == 2
    assert words in result.err
    assert str(bad) in result.err
    assert "Traceback" not in result.err
    assert _counts(ready) == before  # the good file was not added either
    assert json.loads(ready("source", "list", "--format", "json").out)[0]["id"] == 1


def test_missing_file_and_uninitialised_registry(cli: Cli, tmp_path: Path) -> None:
    fresh = Cli(f"sqlite:///{tmp_path / 'nothing-here.db'}", tmp_path)
    result = fresh("person", "list", ok=False)
    assert result.code == 5
    assert "vigil init" in result.err
    cli("init")
    result = cli("source", "add", str(tmp_path / "missing.txt"), ok=False)
    assert result.code == 2
    assert "no such file" in result.err


def test_conflict_can_be_recorded_on_purpose(ready: Cli) -> None:
    ready("event", "add", "1", "released", "2021-01-01", "--source", "1", "--allow-conflict")
    shown = json.loads(ready("person", "show", "1", "--format", "json").out)[0]
    assert shown["conflicts"] == [{"event_id": 1, "reason": "released with no detention"}]
    assert shown["status"] is None
