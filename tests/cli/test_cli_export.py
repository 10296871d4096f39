"""``vigil export``: public for anyone, full for editors only and audited with the
file's hash; written whole or not at all."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.conftest import Cli
from tests.publish.readback import csv_zip, ftm, xlsx
from tests.web.conftest import RESTRICTED, WITHHELD, Seeded, seed
from vigil.auth.roles import Role
from vigil.model import Case, Court, Defendant, PartialDate, Verdict
from vigil.store import accounts
from vigil.store.audit import entries
from vigil.store.cases import add_case
from vigil.store.db import transaction


@pytest.fixture
def seeded(cli: Cli, db_url: str) -> Seeded:
    return seed(db_url)


def test_a_public_export_for_anyone(cli: Cli, seeded: Seeded, tmp_path: Path) -> None:
    done = cli("export", "--format", "csv", "--public", "--out", "pub.csv.zip")
    assert "public" in done.out
    data = (tmp_path / "pub.csv.zip").read_bytes()
    assert hashlib.sha256(data).hexdigest() in done.out
    readme, tables = csv_zip(data)
    assert readme.startswith("Vigil registry: public data")
    text = json.dumps(tables, ensure_ascii=False).casefold()
    assert not [s for s in (*WITHHELD, *RESTRICTED) if s.casefold() in text]
    assert {r["name"] for r in tables["persons"]} >= {"Volha Krumenka", "name withheld"}
    assert tables["persons"][0]["url"].startswith("http://127.0.0.1:8000/persons/")
    entities = ftm(_export(cli, tmp_path, "ftm", "--public"))
    assert {e["schema"] for e in entities} >= {"Person", "Organization", "Address"}


def _export(cli: Cli, where: Path, fmt: str, *more: str) -> bytes:
    out = where / f"x.{fmt}"
    cli("export", "--format", fmt, "--out", str(out), *more)
    return out.read_bytes()


def test_a_full_export_needs_an_editor_and_is_audited(
    cli: Cli, seeded: Seeded, engine: Engine, tmp_path: Path
) -> None:
    refused = cli("export", "--format", "xlsx", "--out", "full.xlsx", ok=False)
    assert refused.code == 7
    assert "editor" in refused.err
    assert "--public" in refused.err
    assert not list(tmp_path.glob("*.xlsx"))
    assert not list(tmp_path.glob(".vigil-export-*"))
    with transaction(engine) as conn:
        accounts.add_user(conn, username="tester", password="correct horse battery",
                          role=Role.EDITOR, by="admin")  # fmt: skip
        # A trial of the withheld person alone: the full export has it, with her verdict.
        case = add_case(conn, Case("Case of one", (Defendant(seeded.withheld, Verdict(
            PartialDate.parse("~2021-10-12"), 60, note="her verdict")),),
            court=Court("Minsk city court")), by="tester")  # fmt: skip
    done = cli("export", "--format", "xlsx", "--out", "full.xlsx")
    assert "do not publish" in done.out
    data = (tmp_path / "full.xlsx").read_bytes()
    about, sheets, props = xlsx(data)
    assert "FULL EXPORT, NOT FOR PUBLICATION" in about[0]
    assert "tester" not in (props.creator, props.lastModifiedBy)
    names = {r["name"] for r in sheets["persons"]}
    assert "Wmarker7f3 Hiddenava" in names
    withheld = next(r for r in sheets["persons"] if r["id"] == seeded.withheld)
    assert withheld["name_withheld"] is True
    assert not any(s in json.dumps(sheets, default=str) for s in RESTRICTED)
    (trial,) = sheets["cases"]
    assert (trial["id"], trial["court"], trial["withheld_defendants"]) == (
        case, "Minsk city court", 1)  # fmt: skip
    (hers,) = sheets["defendants"]
    assert (hers["person_id"], hers["verdict_date"], hers["verdict_estimate"]) == (
        seeded.withheld, "2021-10-12", True)  # fmt: skip
    assert hers["verdict_note"] == "her verdict"
    with transaction(engine) as conn:
        (entry,) = entries(conn, action="export.full")
    assert entry.actor == "tester"
    assert entry.after["sha256"] == hashlib.sha256(data).hexdigest()
    assert entry.after["format"] == "xlsx"


def test_known_at_leaves_out_what_came_later(
    cli: Cli, seeded: Seeded, engine: Engine, tmp_path: Path
) -> None:
    # The seed records everything on 2024-06-01; the case is recorded today.
    with transaction(engine) as conn:
        case = add_case(conn, Case("Case of Krumenka", (Defendant(seeded.named),)), by="tester")
    early = json.loads(_export(cli, tmp_path, "json", "--public", "--known-at", "2024-05-31"))
    late = json.loads(_export(cli, tmp_path, "json", "--public", "--known-at", "2024-06-01"))
    assert early["about"]["known_at"] == "2024-05-31"
    assert early["tables"]["events"] == []
    assert early["tables"]["figures"] == []
    assert len(late["tables"]["events"]) == 8
    assert (late["tables"]["cases"], late["tables"]["defendants"]) == ([], [])
    now = json.loads(_export(cli, tmp_path, "json", "--public"))
    assert [c["id"] for c in now["tables"]["cases"]] == [case]
    assert [d["person_id"] for d in now["tables"]["defendants"]] == [seeded.named]


def test_bad_input_is_one_line(cli: Cli, seeded: Seeded, tmp_path: Path) -> None:
    bad = cli("export", "--format", "csv", "--public", "--table", "prisons", ok=False)
    assert bad.code == 2
    assert "no table 'prisons'" in bad.err
    assert "persons, events" in bad.err
    missing = cli("export", "--format", "csv", "--public", "--out", "nowhere/x.zip", ok=False)
    assert missing.code == 2
    assert "no directory" in missing.err
