"""Each organisation's recognition is its own record; the headline says whose count it
is; those held incommunicado are listed and counted with their days out of sight."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import Cli


def _registry(cli: Cli, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Three people detained; Viasna and Memorial spoke.\n", encoding="utf-8")
    cli("init")
    cli("source", "add", str(article))
    for name in ("Ales Bialiatski", "Maria Kalesnikava", "Ihar Losik"):
        cli("person", "add", "--name", name)
    for person in ("1", "2", "3"):
        cli("event", "add", person, "detained", "2021-01-10", "--source", "1")
    rec = ("event", "add")
    cli(*rec, "1", "recognized_political_prisoner", "2021-02-01", "--source", "1",
        "--recognized-by", "Viasna", "--criterion", "PACE Resolution 1900 §3.b")  # fmt: skip
    cli(*rec, "1", "recognized_political_prisoner", "2021-03-01", "--source", "1",
        "--recognized-by", "Memorial")  # fmt: skip
    # Memorial withdraws its recognition: Viasna's stands, and so does the headline's.
    cli(*rec, "1", "recognized_political_prisoner", "2021-06-01", "--source", "1",
        "--recognized-by", "Memorial", "--recognition", "withdrawn")  # fmt: skip
    cli(*rec, "2", "recognized_political_prisoner", "2021-02-01", "--source", "1",
        "--recognized-by", "Memorial")  # fmt: skip
    cli(*rec, "3", "recognized_political_prisoner", "2021-02-01", "--source", "1",
        "--recognized-by", "Viasna", "--recognition", "under_monitoring")  # fmt: skip
    cli("event", "add", "2", "incommunicado", "2023-03-08", "--source", "1")
    # Losik: an earlier spell out of sight, ended; only the present one is counted.
    cli("event", "add", "3", "incommunicado", "2021-03-01", "--source", "1")
    cli("event", "add", "3", "contact_restored", "2021-04-01", "--source", "1")
    cli("event", "add", "3", "incommunicado", "2024-01", "--source", "1")


def _held(cli: Cli, *args: str) -> int:
    rows = json.loads(cli("stats", "--at", "2024-08-16", *args, "--format", "json").out)
    return int(rows[0]["held"])


@pytest.mark.slow
def test_per_organisation_counts_and_the_headline(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _registry(cli, tmp_path)
    assert _held(cli) == 2  # any organisation: Viasna's (1) and Memorial's (2)
    assert _held(cli, "--recognized-by", "viasna") == 1
    assert _held(cli, "--recognized-by", "Memorial") == 1
    orgs = json.loads(cli("stats", "--organisations", "--format", "json").out)
    assert orgs == [{"organisation": "Memorial", "held": 1}, {"organisation": "Viasna", "held": 1}]
    listed = json.loads(
        cli("stats", "--recognized-by", "Memorial", "--list", "--format", "json").out
    )
    assert [p["name"] for p in listed] == ["Maria Kalesnikava"]
    # Before the withdrawal, Memorial counted Bialiatski too.
    assert _held(cli, "--recognized-by", "Memorial", "--at", "2021-04-01") == 2
    assert (
        "1 held on 2024-08-16, recognized by Viasna"
        in cli("stats", "--at", "2024-08-16", "--recognized-by", "Viasna").out
    )

    monkeypatch.setenv("VIGIL_HEADLINE", "Viasna")
    assert _held(cli) == 1
    assert "recognized by Viasna" in cli("stats", "--at", "2024-08-16").out
    monkeypatch.setenv("VIGIL_HEADLINE", "all:Viasna,Memorial")
    assert _held(cli) == 0
    assert _held(cli, "--at", "2021-04-01") == 1
    monkeypatch.delenv("VIGIL_HEADLINE")
    assert _held(cli) == 0  # unset: the registry keeps the last one it was given

    shown = json.loads(cli("person", "show", "1", "--format", "json").out)[0]
    assert [(p["organisation"], p["status"], p["date"]) for p in shown["recognitions"]] == [
        ("Memorial", "recognized", "2021-03-01"),
        ("Memorial", "withdrawn", "2021-06-01"),
        ("Viasna", "recognized", "2021-02-01"),
    ]
    assert shown["recognitions"][2]["criterion"] == "PACE Resolution 1900 §3.b"

    bad = cli("stats", "--recognized-by", "Amnesty", ok=False)
    assert bad.code != 0
    assert "no one has been recognized by 'Amnesty'" in bad.err
    assert "Memorial, Viasna" in bad.err
    assert "Traceback" not in bad.err
    monkeypatch.setenv("VIGIL_HEADLINE", "most:Viasna")
    assert "unknown headline rule" in cli("stats", ok=False).err


@pytest.mark.slow
def test_incommunicado_list_and_count_with_days(cli: Cli, tmp_path: Path) -> None:
    _registry(cli, tmp_path)
    rows = json.loads(cli("stats", "--incommunicado", "--at", "2024-08-16", "--format", "json").out)
    # The founding report's count: incommunicado since 2023-03-08, 527 days on 2024-08-16.
    assert [(r["name"], r["since"], r["days"], r["at_least"]) for r in rows] == [
        ("Maria Kalesnikava", "2023-03-08", 527, False),
        # From 31 January, the last day "2024-01" allows: a lower bound.
        ("Ihar Losik", "2024-01", (dt.date(2024, 8, 16) - dt.date(2024, 1, 31)).days, True),
    ]
    before = json.loads(
        cli("stats", "--incommunicado", "--at", "2023-12-01", "--format", "json").out
    )
    assert [r["name"] for r in before] == ["Maria Kalesnikava"]
    assert json.loads(cli("stats", "--whereabouts-unknown", "--format", "json").out) != []
    table = cli("stats", "--incommunicado", "--at", "2024-08-16").out
    assert "held incommunicado on 2024-08-16: 2" in table
    assert "at least 198" in table
