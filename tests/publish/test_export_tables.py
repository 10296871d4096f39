"""The export's tables are documented column by column, and each has its rows."""

from __future__ import annotations

from pathlib import Path

from vigil.publish.export import TABLES, Dataset

DOC = (Path(__file__).resolve().parents[2] / "docs" / "data.md").read_text(encoding="utf-8")


def test_every_column_is_in_the_data_docs() -> None:
    for t in TABLES:
        section = DOC.split(f"## {t.name}\n", 1)[1].split("\n## ", 1)[0]
        for c in t.columns:
            assert f"| `{c.name}` | {c.kind.value} |" in section, (t.name, c.name)


def test_every_table_has_its_rows() -> None:
    names = [t.name for t in TABLES]
    assert names[:7] == ["persons", "events", "cases", "defendants", "facilities", "sources",
                         "figures"]  # fmt: skip
    assert all(callable(getattr(Dataset, name, None)) for name in names)
    assert all(t.header[0] == "id" for t in TABLES)


def test_cells_are_written_as_the_docs_say() -> None:
    from vigil.publish.export.formats import csv_cell

    assert [csv_cell(v) for v in (True, False, None, 42, ("342", "130"), "2021-05")] == [
        "true", "false", "", "42", "342; 130", "2021-05"]  # fmt: skip
    for payload in ("=1+1", "+1", "-2", "@SUM(1)", "\t=1", " =1", "＝1"):
        assert csv_cell(payload).startswith("'"), payload
    assert csv_cell(("=1", "x")) == "'=1; x"
