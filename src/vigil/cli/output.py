"""Printing rows for people (Rich tables) and for scripts (JSON, CSV)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table

__all__ = ["Format", "console", "emit", "err_console"]

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: Format,
    *,
    title: str | None = None,
    columns: Sequence[str] | None = None,
) -> None:
    """Print ``rows`` as a table, a JSON array or CSV with a header line."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt is Format.JSON:
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is Format.CSV:
        writer = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _flat(v) for k, v in row.items()})
    else:
        table = Table()
        for col in cols:
            table.add_column(col.replace("_", " "))
        for row in rows:
            table.add_row(*(_flat(row.get(c)) for c in cols))
        if title:
            console.print(f"[bold]{title}[/bold]", soft_wrap=True)
        if not rows:
            console.print("[dim]nothing to show[/dim]")
        else:
            console.print(table)


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list | tuple):
        return "; ".join(_flat(v) for v in value)
    return str(value)
