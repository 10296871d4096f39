"""Names across scripts and identity decisions, through the console script."""

from __future__ import annotations

import json

from tests.conftest import Cli


def test_names_and_merge(cli: Cli) -> None:
    cli("init")
    cli("person", "add", "--name", "Syarhey Tsikhanouski", "--gender", "male")
    cli("person", "add", "--name", "Сергей Тихановский", "--gender", "male")
    cli("person", "add", "--name", "Sviatlana Tsikhanouskaya", "--gender", "female")
    found = json.loads(cli("person", "search", "Ціханоўскі", "--format", "json").out)
    assert [p["id"] for p in found][:2] == [1, 2]
    scored = json.loads(cli("names", "find", "Сергея Тихановского", "--format", "json").out)
    assert [r["person"] for r in scored if r["same"]] == [1, 2]  # case endings undone
    assert all("reason" in r for r in scored)
    verdict = json.loads(
        cli("names", "match", "Tsikhanouski", "Tsikhanouskaya", "--format", "json").out
    )[0]
    assert verdict["same"] is False
    assert verdict["matcher"] == "vigil.names.v3"
    assert "p:" in cli("names", "key", "Ціханоўскі").out

    refused = cli("person", "merge", "1", "3", "--why", "same surname", ok=False)
    assert refused.code == 4
    assert "is male and person 3 is female" in refused.err
    cli("person", "merge", "1", "2", "--why", "one man, two spellings")
    people = json.loads(cli("person", "list", "--format", "json").out)
    assert [p["id"] for p in people] == [1, 3]
    assert people[0]["other_names"] == ["Сергей Тихановский"]
    cli("person", "undo", "1", "--why", "checking")
    history = json.loads(cli("person", "history", "1", "--format", "json").out)
    assert [h["kind"] for h in history] == ["merge", "undo"]
    assert history[0]["why"] == "one man, two spellings"
    assert len(json.loads(cli("person", "list", "--format", "json").out)) == 3
