"""The command-line verbs of manual work call the same services as the staff pages: a
claim on a span of a source (then reviewed), a facility changed, the audit log read with
the new filters. One bad input each gets its one-line error."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.conftest import Cli

TEXT = "Minsk. Police detained the blogger Ihar Losikau on 1 March 2024 in Minsk."


def test_claim_facility_and_audit_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    cli("init")
    cli("source", "add", str(article))
    start = TEXT.index("Police detained")
    made = cli("source", "claim", "1", "event", "--start", str(start), "--end",
               str(TEXT.index(" in Minsk.")), "--field", "type=detained",
               "--field", "date=2024-03-01", "--field", "person=Ihar Losikau")  # fmt: skip
    assert made.out.startswith("proposed claim 1 on source 1")
    named = cli("source", "claim", "1", "person", "--words", "Ihar Losikau")
    assert "proposed claim 2" in named.out
    twice = cli("source", "claim", "1", "person", "--words", "Ihar Losikau", ok=False)
    assert twice.code != 0
    assert "was made before" in twice.err
    bad = cli("source", "claim", "1", "event", "--words", "Minsk", "--field", "type", ok=False)
    assert bad.code != 0
    assert "is not NAME=VALUE" in bad.err
    cli("review", "--source", "1", "--accept-all")
    shown = json.loads(cli("person", "show", "1", "--format", "json").out)[0]
    assert shown["name"] == "Ihar Losikau"
    assert [(e["type"], e["date"]) for e in shown["events"]] == [("detained", "2024-03-01")]

    cli("facility", "add", "--name", "Prison No. 8", "--kind", "prison")
    changed = cli("facility", "edit", "1", "--address", "222160, Zhodzina", "--name",
                  "Prison No. 8, Zhodzina", "--name", "Turma 8")  # fmt: skip
    assert "changed names, postal address" in changed.out
    listed = json.loads(cli("facility", "list", "--format", "json").out)
    assert listed[0]["other_names"] == ["Turma 8"]
    assert listed[0]["kind"] == "prison"
    assert "nothing changed" in cli("facility", "edit", "1", "--kind", "prison").out

    today = dt.date.today().isoformat()
    rows = json.loads(cli("audit", "show", "--table", "facility", "--since", today,
                          "--format", "json").out)  # fmt: skip
    assert [r["action"] for r in rows] == ["facility.edit", "facility.add"]
    assert rows[0]["before"]["postal_address"] is None
    older = json.loads(cli("audit", "show", "--until", "2020-01-01", "--format", "json").out)
    assert older == []
    paged = json.loads(cli("audit", "show", "--limit", "1", "--offset", "1", "--format",
                           "json").out)  # fmt: skip
    assert paged[0]["action"] == "facility.add"
    proposed = json.loads(cli("audit", "show", "--action", "claim.propose", "--format",
                              "json").out)  # fmt: skip
    assert [r["after"]["claim"] for r in proposed] == [2, 1]
    assert "audit log intact" in cli("audit", "verify").out
