"""The CLI end to end, through the real console script, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli

ARTICLE = """---
url: https://example.org/news/1
title: Teacher detained in Hrodna
publisher: Example News
published: 2021-06-02
language: en
---
Volha Krumenka, a teacher, was detained on May 28, 2021 and placed in Hrodna prison.
Human rights defenders recognized her as a political prisoner on June 1.
She was sentenced to five years in a general-regime colony under Article 342.
"""


def test_tour(cli: Cli, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    cli("init")
    cli("init")  # twice is fine
    out = cli("source", "add", str(article)).out
    assert "added source 1" in out
    assert "already stored as source 1" in cli("source", "add", str(article)).out
    out = cli(
        "person",
        "add",
        "--name",
        "Volha Krumenka",
        "--name",
        "Вольга Крумэнка",
        "--gender",
        "female",
        "--born",
        "1984",
        "--region",
        "Hrodna region",
        "--health",
        "SECRET-HEALTH",
    ).out
    assert "added person 1" in out
    cli(
        "facility",
        "add",
        "--name",
        "Prison No. 1, Hrodna",
        "--name",
        "Турма №1, Гродна",
        "--kind",
        "prison",
    )
    cli(
        "event",
        "add",
        "1",
        "detained",
        "2021-05-28",
        "--source",
        "1",
        "--quote",
        "was detained on May 28, 2021",
        "--facility",
        "1",
    )
    cli(
        "event",
        "add",
        "1",
        "recognized_political_prisoner",
        "2021-06-01",
        "--source",
        "1",
        "--quote",
        "recognized her as a political prisoner",
        "--recognized-by",
        "Viasna",
    )
    cli(
        "event",
        "add",
        "1",
        "sentenced",
        "2021-10",
        "--source",
        "1",
        "--quote",
        "sentenced to five years",
        "--term",
        "5y",
        "--regime",
        "general",
        "--article",
        "Art. 342",
    )

    shown = json.loads(cli("person", "show", "1", "--format", "json").out)[0]
    assert shown["status"] == "imprisoned"
    assert shown["recognized"] is True
    assert [e["type"] for e in shown["events"]] == [
        "detained",
        "recognized_political_prisoner",
        "sentenced",
    ]
    assert shown["events"][0]["claims"][0]["quote"] == "was detained on May 28, 2021"
    assert shown["events"][2]["detail"] == {
        "articles": ["342"],
        "term_months": 60,
        "regime": "general",
    }
    assert "restricted" not in shown
    assert "SECRET-HEALTH" not in json.dumps(shown)
    secret = cli("person", "show", "1", "--restricted", "--format", "json").out
    assert "SECRET-HEALTH" in secret
    table = cli("person", "show", "1").out
    assert "imprisoned since 2021-10," in table  # sentenced "2021-10": never 2021-10-01
    assert "2021-10-01" not in table
    assert "Prison No. 1, Hrodna" in table

    found = json.loads(cli("person", "search", "крумэ", "--format", "json").out)
    assert [p["id"] for p in found] == [1]
    csv_out = cli("person", "list", "--format", "csv").out.splitlines()
    assert csv_out[0].startswith("id,name,")
    assert csv_out[1].startswith("1,Volha Krumenka,")

    stats = json.loads(cli("stats", "--at", "2021-06-15", "--format", "json").out)[0]
    assert stats["held"] == 1
    before = json.loads(cli("stats", "--at", "2021-05-31", "--format", "json").out)[0]
    assert before["held"] == 0  # detained but not yet recognized
    known = json.loads(
        cli("stats", "--at", "2021-06-15", "--known-at", "2021-01-01", "--format", "json").out
    )[0]
    assert (known["held_as_known"], known["back_filled"]) == (0, 1)
    series = json.loads(
        cli(
            "stats",
            "--series",
            "monthly",
            "--from",
            "2021-04-01",
            "--to",
            "2021-08-01",
            "--format",
            "json",
        ).out
    )
    assert [r["held"] for r in series] == [0, 0, 1, 1, 1]
    by_article = json.loads(
        cli("stats", "--at", "2022-01-01", "--by", "article", "--format", "json").out
    )
    assert by_article == [{"article": "342", "held": 1, "share": "100.0%"}]
    by_gender = cli("stats", "--at", "2022-01-01", "--by", "gender", "--format", "csv").out
    assert by_gender.splitlines()[1] == "female,1,100.0%"
    cases = json.loads(cli("stats", "--at", "2022-01-01", "--cases", "--format", "json").out)
    assert cases[0]["prosecutions"] == 1

    # a correction supersedes, with a reason; the old event stays, marked
    refused = cli("event", "add", "1", "detained", "2021-05-27", "--supersedes", "1", ok=False)
    assert refused.code != 0
    assert "error: say why the event is corrected" in refused.err
    cli(
        "event",
        "correct",
        "1",
        "detained",
        "2021-05-27",
        "--reason",
        "the court record gives the 27th",
        "--source",
        "1",
        "--quote",
        "was detained",
        "--facility",
        "1",
    )
    events = json.loads(cli("event", "list", "1", "--format", "json").out)
    assert [e["id"] for e in events if e["superseded"]] == [1]
    assert (
        json.loads(cli("person", "show", "1", "--format", "json").out)[0]["events"][0]["date"]
        == "2021-05-27"
    )


def test_release_and_pardon_move_the_count(cli: Cli, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("A pardon list.", encoding="utf-8")
    cli("init")
    cli("source", "add", str(article))
    cli("person", "add", "--name", "A B")
    for kind, date in (
        ("detained", "2022-01-10"),
        ("recognized_political_prisoner", "2022-02"),
        ("pardoned", "2024-08-16"),
    ):
        cli("event", "add", "1", kind, date, "--source", "1")
    held = json.loads(cli("stats", "--at", "2024-08-15", "--format", "json").out)[0]["held"]
    after = json.loads(cli("stats", "--at", "2024-08-17", "--format", "json").out)[0]["held"]
    assert (held, after) == (1, 0)
    shown = json.loads(cli("person", "show", "1", "--format", "json").out)[0]
    assert shown["status"] == "released"
    assert shown["days_held"] == 949  # 2022-01-10 .. 2024-08-16
