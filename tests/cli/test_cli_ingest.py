"""A documenter's day: ingest the founding report, review it, see the registry change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli

SEED = Path(__file__).resolve().parents[2] / "src/vigil/demo/data/seed_000_af915d7ba50896bb.txt"


@pytest.mark.slow
def test_ingest_review_and_count(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    out = cli("ingest", str(SEED)).out
    assert "new source 1" in out
    assert "claims proposed" in out
    again = cli("ingest", str(SEED)).out
    assert "0 claims proposed" in again

    bulk = cli("review", "--accept-all").out
    assert "left for review" in bulk
    assert "gives no date for the detained event" in bulk  # "... and imprisoned", no date
    people = json.loads(cli("person", "list", "--format", "json").out)
    assert [p["name"] for p in people] == ["Syarhey Tsikhanouski"]  # advocates, officials: no

    # skip the incommunicado claim, give the detention its year, accept
    cli("review", stdin="s\ne\n\n2020\n\n\n")
    cli("review", stdin="a\n")
    shown = json.loads(cli("person", "show", "1", "--as-of", "2024-08-16", "--format", "json").out)[
        0
    ]
    assert shown["days_incommunicado"] == 527
    assert shown["incommunicado"] is True
    assert [e["type"] for e in shown["events"]] == ["detained", "incommunicado"]
    assert shown["events"][1]["date"] == "2023-03-08"
    assert "out of public sight for 527 days" in shown["events"][1]["claims"][0]["quote"]
    assert "status: detained since 2020-01-01" in cli("person", "show", "1").out


def test_ingest_reports_bad_files_and_ingests_the_rest(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00")
    football = tmp_path / "football.txt"
    football.write_text(
        "Dynamo Brest beat BATE Borisov 2-1 on Saturday. The striker scored twice.",
        encoding="utf-8",
    )
    result = cli("ingest", str(bad), str(football), ok=False)
    assert result.code == 2
    assert "bad.txt: not ingested" in result.err
    assert "football.txt: new source" in result.out
    assert "0 claims proposed" in result.out
