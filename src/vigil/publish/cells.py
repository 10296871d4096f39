"""Public tables: small cells suppressed, and cells a spreadsheet will not run.

Small cells. A breakdown row of 1 to 4 people can point at one person ("region Homiel:
1" was the withheld person alone). Such rows are not published on their own: they are
pooled into one row, ``OTHER``, without their labels (a label alone says that someone
from that region is held). If the pool is still under ``min_cell``, the smallest
published rows join it until it is not, so the pool is never a small cell itself and
no hidden row can be worked out from the total and the rows shown (complementary
suppression). Only a table whose whole total is under ``min_cell`` shows a pool of
"<5". Totals are unchanged: counts include everyone.

Spreadsheet cells. A CSV cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return (after leading spaces, full-width forms included) is a formula to
Excel, LibreOffice and Google Sheets. Such a cell is written with a leading apostrophe,
so the spreadsheet shows the text.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["ALL", "OTHER", "Cell", "csv_text", "safe_cell", "suppress", "suppress_count"]

OTHER = "other groups"
#: The pool when it holds every group: the table can only show its total.
ALL = "all groups (too few to show apart)"
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Cell:
    """One published row of a breakdown: ``count`` is None when it is under the minimum
    (shown as ``text``, e.g. "<5"); ``pooled`` is how many groups an ``OTHER`` row holds."""

    key: str
    count: int | None
    text: str
    pooled: int = 0


def suppress_count(n: int, min_cell: int) -> int | None:
    """``n``, or None when it is a small cell (1 to ``min_cell`` - 1)."""
    return None if 0 < n < min_cell else n


def _cell(key: str, n: int, min_cell: int, pooled: int = 0) -> Cell:
    shown = suppress_count(n, min_cell)
    return Cell(key, shown, f"<{min_cell}" if shown is None else f"{n:,}", pooled)


def suppress(groups: Sequence[tuple[str, int]], min_cell: int) -> list[Cell]:
    """``groups`` (largest first) with small cells pooled as described above."""
    rows = sorted(((k, n) for k, n in groups if n > 0), key=lambda kv: (-kv[1], kv[0]))
    if min_cell <= 1:
        return [_cell(k, n, 1) for k, n in rows]
    shown = [(k, n) for k, n in rows if n >= min_cell]
    pool = [(k, n) for k, n in rows if n < min_cell]
    if not pool:
        return [_cell(k, n, min_cell) for k, n in shown]
    while shown and (sum(n for _, n in pool) < min_cell or len(pool) < 2):
        pool.append(shown.pop())  # the smallest published row joins the pool
    cells = [_cell(k, n, min_cell) for k, n in shown]
    cells.append(_cell(OTHER if shown else ALL, sum(n for _, n in pool), min_cell, len(pool)))
    return cells


def safe_cell(value: object) -> str:
    """``value`` as CSV text that a spreadsheet shows as text, never runs."""
    if value is None:
        return ""
    text = ";".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    lead = unicodedata.normalize("NFKC", text.lstrip(" \u3000"))
    if lead.startswith(_FORMULA) or text.lstrip(" ").startswith(("\t", "\r")):
        return "'" + text
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV document whose every cell went through ``safe_cell``."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()
