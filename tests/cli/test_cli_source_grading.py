"""A source's grade from the terminal: front matter (``reliability: B``,
``credibility: 2``), ``vigil ingest --reliability --credibility`` and ``vigil source
edit``; bad grades are one-line errors that store nothing; every change is in the
source's history and the audit log replays; ``vigil review --grade`` filters the queue."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli

TEXT = "Minsk, 2 June 2021. Volha Krumenka, a teacher, was detained on May 28."


def _text(tmp_path: Path, name: str, front: str = "") -> Path:
    path = tmp_path / name
    path.write_text(f"---\n{front}---\n{TEXT} ({name})\n" if front else f"{TEXT} ({name})\n",
                    encoding="utf-8")  # fmt: skip
    return path


def _grades(cli: Cli) -> list[object]:
    return [s["grade"] for s in json.loads(cli("source", "list", "--format", "json").out)]


def test_graded_by_front_matter_flags_and_edit(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    front = _text(tmp_path, "front.txt", "title: Detained\nreliability: b\ncredibility: 2\n")
    cli("source", "add", str(front))
    cli("ingest", str(_text(tmp_path, "flags.txt")), "--reliability", "A", "--credibility", "1")
    cli("source", "add", str(_text(tmp_path, "plain.txt")))
    assert _grades(cli) == ["B2", "A1", None]
    assert "grade: B2 — usually reliable, probably true" in cli("source", "show", "1").out
    assert "grade: not graded" in cli("source", "show", "3").out

    done = cli("source", "edit", "3", "--reliability", "D", "--why", "state media").out
    assert "source 3: reliability empty → 'D'" in done
    assert _grades(cli)[2] == "D–"
    cli("source", "edit", "3", "--credibility", "4", "--clear", "reliability")
    assert _grades(cli)[2] == "–4"
    history = json.loads(cli("source", "history", "3", "--format", "json").out)
    assert [h["action"] for h in history] == ["source.edit", "source.edit", "source.add"]
    assert "reliability 'D' → empty" in history[0]["changes"]
    assert "(state media)" in history[1]["changes"]
    assert "audit log intact" in cli("audit", "verify").out


def test_bad_grades_are_one_line_and_store_nothing(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    bad = cli("source", "add", str(_text(tmp_path, "bad.txt", "reliability: X\n")), ok=False)
    assert bad.code == 2
    assert "bad.txt: reliability cannot be 'X'" in bad.err
    assert bad.err.count("\n") == 1
    bad = cli("ingest", str(_text(tmp_path, "ok.txt")), "--credibility", "0", ok=False)
    assert bad.code == 2
    assert "credibility cannot be '0'" in bad.err
    assert "1 (confirmed by other sources) to 5 (improbable)" in bad.err
    assert json.loads(cli("source", "list", "--format", "json").out) == []
    cli("source", "add", str(_text(tmp_path, "ok.txt")))
    bad = cli("source", "edit", "1", "--reliability", "AB", ok=False)
    assert bad.code == 2
    assert "reliability cannot be 'AB'" in bad.err
    bad = cli("review", "--grade", "G7", ok=False)
    assert bad.code == 2
    assert "grade cannot be 'G7'" in bad.err
    assert "nothing to review" in cli("review", "--grade", "ungraded").out


def test_person_show_gives_the_sentence_and_each_quotes_grade(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    cli("source", "add", str(_text(tmp_path, "a.txt", "reliability: B\ncredibility: 2\n")))
    cli("person", "add", "--name", "Volha Krumenka", "--gender", "female")
    cli("event", "add", "1", "detained", "2021-05", "--source", "1")
    cli("event", "add", "1", "sentenced", "2022-01-10", "--source", "1", "--term", "5y")
    shown = cli("person", "show", "1").out
    assert "sentence: 5 y 0 m from 2021-05; served at least" in shown
    assert "expected release ~2026-05" in shown
    assert "(source 1, B2, claim" in shown
    (data,) = json.loads(cli("person", "show", "1", "--format", "json").out)
    assert (data["sentence_months"], data["expected_release"]) == (60, "~2026-05")
