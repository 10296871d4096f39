"""A documenter's day: ingest the founding report, review it, see the registry change;
folders of pages, exports and feeds; bad inputs, one line each."""

from __future__ import annotations

import datetime as dt
import json
import shutil
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
    assert "known source 1, not extracted again" in again
    assert "0 claims proposed" in cli("ingest", "--again", str(SEED)).out

    bulk = cli("review", "--accept-all").out
    assert "left for review" in bulk
    assert "gives no date for the detained event" in bulk  # "... and imprisoned", no date
    people = json.loads(cli("person", "list", "--format", "json").out)
    assert [p["name"] for p in people] == ["Syarhey Tsikhanouski"]  # advocates, officials: no

    # the queue puts the detention before incommunicado: give it its year, accept
    cli("review", stdin="e\n\n2020\n\n\n")
    cli("review", stdin="a\n")
    shown = json.loads(cli("person", "show", "1", "--as-of", "2024-08-16", "--format", "json").out)[
        0
    ]
    assert shown["days_incommunicado"] == 527
    assert shown["incommunicado"] is True
    assert [e["type"] for e in shown["events"]] == ["detained", "incommunicado"]
    assert shown["events"][1]["date"] == "2023-03-08"
    assert "out of public sight for 527 days" in shown["events"][1]["claims"][0]["quote"]
    # "in 2020" is a year, not 1 January: its days are a lower bound from 31 December.
    assert shown["status_since"] == "2020"
    assert (shown["days_held"], shown["days_held_at_least"]) == (
        (dt.date(2024, 8, 16) - dt.date(2020, 12, 31)).days,
        True,
    )
    table = cli("person", "show", "1").out
    assert "status: detained since 2020;" in table
    assert "2020-01-01" not in table


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


DATA = Path(__file__).resolve().parents[1] / "ingest" / "data"


def _sources(cli: Cli) -> list[dict[str, object]]:
    from vigil.store.db import make_engine, transaction
    from vigil.store.sources import list_sources

    engine = make_engine(cli.url)
    try:
        with transaction(engine) as conn:
            return [
                {"origin": s.origin, "language": s.language, "kind": (s.meta or {}).get("kind")}
                for s in list_sources(conn, limit=1000)
            ]
    finally:
        engine.dispose()


@pytest.mark.slow
def test_ingest_a_folder_of_pages_exports_and_feeds(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    inbox = tmp_path / "inbox"
    shutil.copytree(DATA, inbox)
    first = cli("ingest", str(inbox))
    assert first.err == ""  # no progress bar when stderr is not a terminal
    out = first.out
    export = inbox / "telegram_export" / "result.json"
    assert f"{export}#1234567890/2: new source" in out  # proposed claims: a line of its own
    assert f"{export}: 5 new sources" in out
    assert "4 skipped (service message: 2, message without text: 1, unsupported message: 1)" in out
    assert "note (1 source): the text is in Ukrainian (uk)" in out
    assert f"{inbox / 'page_ru.html'}: new source" in out
    assert f"{inbox / 'feed.rss'}: 2 new sources" in out
    assert f"{inbox}: 1 skipped (not a kind of file Vigil reads: 1)" in out
    stored = _sources(cli)
    assert len(stored) == 10
    assert {"origin": "telegram:1234567890/9", "language": "uk", "kind": "telegram"} in stored

    again = cli("ingest", str(inbox)).out
    assert f"{export}: 0 new sources, 5 known" in again
    assert "not extracted again" in again
    assert "claims proposed" not in again
    assert len(_sources(cli)) == 10


def test_bad_inputs_are_one_line_each_and_the_rest_go_in(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cut = tmp_path / "result.json"
    export = json.loads((DATA / "telegram_export" / "result.json").read_text(encoding="utf-8"))
    data = json.dumps(export, ensure_ascii=False).encode()
    cut.write_bytes(data[: data.index(b'"id": 6')])  # truncated inside message 6
    scan = tmp_path / "scan.html"
    scan.write_bytes(b"%PDF-1.4\n%\xe2\xe3")
    good = tmp_path / "good.txt"
    good.write_text("A quiet day in Hrodna: nobody was detained.", encoding="utf-8")
    result = cli("ingest", str(cut), str(scan), "file:///etc/passwd", str(good), ok=False)
    assert result.code == 2
    assert result.err.splitlines() == [
        f"error: {cut}: the JSON ends early, after 5 messages: the export is incomplete "
        "(the 5 messages before the break were read; "
        "export the chat again with Telegram Desktop, format JSON)",
        f"error: {scan}: not ingested: not a page, export, feed or text: a PDF document "
        "(save the text as a .txt file and ingest that)",
        "error: file:///etc/passwd: not ingested: only http and https URLs are fetched, "
        "not file (give an http(s) address, or save the page and ingest the file)",
    ]
    assert f"{good}: new source" in result.out
    assert f"{cut}: 3 new sources" in result.out  # messages 2, 3, 4; 1 failed (the file)
    assert len(_sources(cli)) == 4


def test_a_loopback_url_is_refused(cli: Cli) -> None:
    from tests.ingest.loopback import html, serve

    cli("init")
    with serve({"/": html("<p>hello</p>")}) as server:
        result = cli("ingest", server.url(), ok=False)
        assert server.seen == []
    assert result.code == 2
    assert result.err == (
        f"error: {server.url()}: not ingested: refused: 127.0.0.1 is a loopback address "
        "(only public addresses are fetched; save the page and ingest the file)\n"
    )
    assert _sources(cli) == []


def test_ingest_names_the_extractor_version(cli: Cli) -> None:
    cli("init")
    assert "vigil.extract.en.v2" in cli("ingest", str(SEED)).out  # the default
    new = cli("ingest", "--again", "--extractor", "vigil.extract.en.v1", str(SEED)).out
    assert "vigil.extract.en.v1" in new
    bad = cli("ingest", "--extractor", "vigil.extract.en.v9", str(SEED), ok=False)
    assert bad.code != 0
    assert "unknown extractor 'vigil.extract.en.v9'" in bad.err
