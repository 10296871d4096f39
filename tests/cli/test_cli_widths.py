"""CLI tables at 80 and 120 columns: key columns (dates, values, categories, events)
stay whole; quotes wrap beside them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import Cli, Result, run_in_process

SEED = Path(__file__).resolve().parents[2] / "src/vigil/demo/data/seed_000_af915d7ba50896bb.txt"
LIST = "№;ФИО;Статья;Приговор;Место отбывания;Дата задержания\n" + (
    "1;Ковалёв Дмитрий Сергеевич;342 ч.1, 130 ч.3;3 г. 6 мес.;ИК-9 Горки;22.03.2021\n"
)


def at_width(cli: Cli, width: int, *args: str) -> Result:
    env = {**os.environ, "VIGIL_DATABASE_URL": cli.url, "VIGIL_ACTOR": "tester",
           "COLUMNS": str(width), "NO_COLOR": "1"}  # fmt: skip
    result = run_in_process(args, env, cli.cwd)
    assert result.code == 0, result.err
    return result


@pytest.mark.parametrize("width", [80, 120])
def test_person_show_keeps_dates_whole(cli: Cli, tmp_path: Path, width: int) -> None:
    cli("init")
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    cli("import", str(path), "--recognized-by", "Viasna", "--as-of", "2024-03-01")
    lines = at_width(cli, width, "person", "show", "1").out.splitlines()
    assert all(len(line) <= width for line in lines)
    events = [line for line in lines if line[:1].isdigit() or line.startswith("~")]
    assert [line.split()[0] for line in events] == ["2021-03-22", "~2021-03-22", "2024-03-01"]
    quotes = [line for line in lines if "“" in line]
    assert quotes
    assert all(line.startswith(" " * 11) for line in quotes)


@pytest.mark.slow
@pytest.mark.parametrize("width", [80, 120])
def test_extract_keeps_its_key_columns_whole(cli: Cli, width: int) -> None:
    lines = at_width(cli, width, "extract", str(SEED)).out.splitlines()
    assert all(len(line) <= width for line in lines if "│" in line or "  " in line[:3])
    header = next(line for line in lines if "qualifier" in line)
    assert header.split()[:5] == ["value", "qualifier", "category", "as", "of"]
    row = next(line for line in lines if "1,400" in line)
    assert "more than" in row
    assert "political_prisoners_held" in row
    assert "2024-08-16" in row
    person = next(line for line in lines if "incommunicado" in line and "detainee" in line)
    assert "2023-03-08" in person


@pytest.mark.parametrize("width", [80, 120])
def test_help_joins_a_docstring_paragraph_into_lines_of_the_width(cli: Cli, width: int) -> None:
    """A docstring's line breaks inside a paragraph are not kept: at 80 columns
    `vigil review --help` read "for a" / "claim" on lines of their own."""
    lines = at_width(cli, width, "review", "--help").out.splitlines()
    text = [line.strip() for line in lines if line.strip() and "│" not in line]
    keys = text.index(next(line for line in text if line.startswith("Interactive keys")))
    paragraph = text[keys : text.index(next(t for t in text if t.startswith("With --accept-all")))]
    # Every line but a paragraph's last is filled to near the width.
    assert all(len(line) > width - 20 for line in paragraph[:-1]), paragraph
    assert "a claim that states a known fact" in " ".join(paragraph)


def test_extract_wraps_a_long_event_type_so_the_quote_keeps_whole_words(
    cli: Cli, tmp_path: Path
) -> None:
    """At 80 columns "recognized_political_prisoner" took the width and the quote was cut
    inside its words ("Puchaviča"): the type now wraps between its words."""
    path = tmp_path / "news.txt"
    quote = "Viasna recognized the blogger Anton Kavalenka as a political prisoner."
    path.write_text(f"---\npublished: 2024-05-06\n---\n{quote}\n", encoding="utf-8")
    lines = at_width(cli, 80, "extract", str(path)).out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    header = next(i for i, line in enumerate(lines) if line.split()[-1:] == ["quote"])
    at = lines[header].index("quote")
    column = " ".join(line[at:].strip() for line in lines[header + 1 :])
    assert quote in column  # every word whole, in order
    events = " ".join(line[: at - 1] for line in lines[header + 1 :]).split()
    assert "recognized" in events
    assert "prisoner" in events
