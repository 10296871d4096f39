"""``vigil case``: a group trial opened, joined and sentenced from the command line, read
back as a person would (80 columns) and as a script would (JSON); courts and judges
listed with what they decided; bad input gets one line."""

from __future__ import annotations

import json

from tests.conftest import Cli


def test_a_group_trial_from_the_command_line(cli: Cli) -> None:
    cli("init")
    for name in ("Ihar Losik", "Katsiaryna Andreyeva", "Ihar Ilyash"):
        cli("person", "add", "--name", name)
    made = cli("case", "add", "--title", "Case of Belsat journalists", "-d", "1", "-d", "2",
               "--article", "342", "--court", "Minsk City Court", "--judge", "Natallia Buhuk",
               "--activity", "live streams of a protest", "--hearing", "2021-02-09")  # fmt: skip
    assert made.out.strip() == "added case 1: Case of Belsat journalists (2 defendants)"
    cli("case", "join", "1", "3")
    cli("case", "verdict", "1", "2", "--date", "2021-02-18", "--term", "2y", "--regime",
        "general", "--appeal", "upheld", "--appeal-date", "2021-04-23")  # fmt: skip
    shown = cli("case", "show", "1").out
    for words in ("Minsk City Court", "Natallia Buhuk", "live streams of a protest",
                  "3 defendants", "Katsiaryna Andreyeva", "2021-02-18: 2 y; general regime",
                  "upheld (2021-04-23)"):  # fmt: skip
        assert words in shown
    rows = json.loads(cli("case", "show", "1", "--format", "json").out)
    assert [r["person"] for r in rows] == [1, 2, 3]
    listed = json.loads(cli("case", "list", "--person", "3", "--format", "json").out)
    assert [(c["id"], c["defendants"]) for c in listed] == [(1, 3)]
    (court,) = json.loads(cli("case", "courts", "--format", "json").out)
    assert (court["name"], court["cases"], court["defendants"], court["sentenced"]) == (
        "Minsk City Court", 1, 3, 1)  # fmt: skip
    (judge,) = json.loads(cli("case", "judges", "--format", "json").out)
    assert judge["years"] == 2.0

    again = cli("case", "join", "1", "3", ok=False)
    assert again.code != 0
    assert again.err.strip() == "error: person 3 is already a defendant in case 1 (nothing to add)"
    bad = cli("case", "verdict", "1", "1", "--appeal", "won", ok=False)
    assert bad.err.count("\n") == 1
    assert "the appeal cannot be 'won'" in bad.err
    nobody = cli("case", "add", "--title", "X", "-d", "9", ok=False)
    assert "no person with id 9" in nobody.err
    assert len(json.loads(cli("case", "list", "--format", "json").out)) == 1
