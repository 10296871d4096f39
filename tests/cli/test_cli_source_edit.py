"""``vigil source edit/history`` and re-ingesting an undated source with ``--published``:
the date is filled in and said; a date the source has is reported, never changed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli

SEED = Path(__file__).resolve().parents[2] / "src/vigil/demo/data/seed_000_af915d7ba50896bb.txt"


def _undated(tmp_path: Path) -> Path:
    """The founding report without its front matter: a text with no date."""
    body = SEED.read_text(encoding="utf-8").split("---\n", 2)[2]
    path = tmp_path / "seed.txt"
    path.write_text(body, encoding="utf-8")
    return path


def _published(cli: Cli) -> object:
    return json.loads(cli("source", "list", "--format", "json").out)[0]["published"]


def test_reingesting_with_published_fills_in_the_missing_date(cli: Cli, tmp_path: Path) -> None:
    seed = _undated(tmp_path)
    cli("init")
    cli("ingest", str(seed))
    assert _published(cli) is None
    again = cli("ingest", str(seed), "--published", "2024-08-16").out
    assert "known source 1, not extracted again" in again
    assert "source 1 corrected: published empty → '2024-08-16'" in again
    assert _published(cli) == "2024-08-16"

    other = cli("ingest", str(seed), "--published", "2024-08-17").out
    assert "not changed (source 1 has them): published '2024-08-16' → '2024-08-17'" in other
    assert "vigil source edit 1 --published 2024-08-17" in other
    assert _published(cli) == "2024-08-16"

    history = json.loads(cli("source", "history", "1", "--format", "json").out)
    assert [h["action"] for h in history] == ["source.edit", "source.add"]
    assert "2024-08-16" in history[0]["changes"]
    assert "audit log intact" in cli("audit", "verify").out


def test_source_edit_corrects_details_and_refuses_bad_values(cli: Cli, tmp_path: Path) -> None:
    seed = _undated(tmp_path)
    cli("init")
    cli("source", "add", str(seed))
    done = cli("source", "edit", "1", "--title", "Pardon of 30", "--published", "2024-08-16",
               "--why", "the dateline").out  # fmt: skip
    assert "source 1: title empty → 'Pardon of 30'; published empty → '2024-08-16'" in done
    assert "nothing changed" in cli("source", "edit", "1", "--title", "Pardon of 30").out
    shown = cli("source", "show", "1").out
    assert "Pardon of 30" in shown
    assert "published: 2024-08-16" in shown
    for args, message in (
        (["--published", "2024-08"], "published needs a full date, not '2024-08'"),
        (["--url", "ftp://example.org"], "is not a web address"),
        (["--clear", "text"], "--clear text: no such detail"),
        (["--title", "x", "--clear", "title"], "title is both given and cleared"),
        ([], "nothing to change"),
    ):
        bad = cli("source", "edit", "1", *args, ok=False)
        assert bad.code == 2, args
        assert bad.err.startswith("error: "), args
        assert message in bad.err, args
        assert bad.err.count("\n") == 1, args
    assert cli("source", "edit", "9", "--title", "x", ok=False).code == 3
    cli("source", "edit", "1", "--clear", "title")
    log = json.loads(cli("audit", "show", "--action", "source.edit", "--format", "json").out)
    assert log[0]["after"] == {"title": None}
    assert log[1]["after"]["why"] == "the dateline"
