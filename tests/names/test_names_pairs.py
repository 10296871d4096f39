"""Golden name pairs: every matching rule has a row in tests/cases/names_*.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigil.names import match

CASES = Path(__file__).resolve().parents[1] / "cases"


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for table in sorted(CASES.glob("names_*.tsv")):
        for line in table.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                a, b, expected, why = line.split("\t")
                rows.append((a, b, expected, why))
    return rows


@pytest.mark.parametrize(("a", "b", "expected", "why"), _rows())
def test_pair(a: str, b: str, expected: str, why: str) -> None:
    result = match(a, b)
    assert expected in ("same", "different")
    assert result.same == (expected == "same"), f"{why}: {result.reason}"
    assert match(b, a).same == result.same, "match must be symmetric"
