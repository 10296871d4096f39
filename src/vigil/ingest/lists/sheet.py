"""Reading a spreadsheet a documenter keeps: CSV (any common encoding, ``,``, ``;`` or
tab, with or without a BOM) or XLSX (every sheet, Excel dates as dates).

A file becomes a ``Table`` per sheet (one for a CSV): its rows, each with where it is
(``RowRef``: the CSV record and the line it starts on, or the sheet and the Excel row)
and the characters of the source text it occupies. The source text is the file as a
person reads it: a CSV's decoded text, or for XLSX one line per row
(``Sheet!row: cell | cell``), so that every claim quotes the row it rests on.

Rows are produced by generators; nothing keeps more than the text of the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vigil.errors import SourceFormatError, TooLarge
from vigil.model import normalize_text

__all__ = [
    "MAX_LIST_BYTES",
    "Cell",
    "RowRef",
    "Sheet",
    "SheetRow",
    "Table",
    "open_sheet",
    "read_sheet",
]

#: The largest list file read (tens of thousands of rows fit in far less), and the
#: longest text an XLSX may expand to as a source.
MAX_LIST_BYTES = 20 * 1024 * 1024
MAX_LIST_TEXT = 64 * 1024 * 1024

#: A cell as read: text, or a date for a date cell of XLSX, or nothing.
Cell = str | dt.date | None

_XLSX_MAGIC = b"PK\x03\x04"
_XLS_MAGIC = b"\xd0\xcf\x11\xe0"


@dataclass(frozen=True, slots=True)
class RowRef:
    """Where a row is: the physical line a CSV record starts on, or a sheet and its
    Excel row (both 1-based)."""

    sheet: str | None
    row: int  # the Excel row, or the CSV physical line the record starts on

    def __str__(self) -> str:
        return f"{self.sheet} row {self.row}" if self.sheet else f"line {self.row}"


@dataclass(frozen=True, slots=True)
class SheetRow:
    ref: RowRef
    cells: tuple[Cell, ...]
    start: int  # characters of the source text the row occupies
    end: int

    def blank(self) -> bool:
        return not any(cell_text(c) for c in self.cells)


def cell_text(cell: Cell) -> str:
    """A cell as a person reads it: dates as ISO, spaces tidied."""
    if cell is None:
        return ""
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return " ".join(cell.split())


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet of the file (the whole of a CSV)."""

    name: str | None
    sheet: Sheet

    def rows(self) -> Iterator[SheetRow]:
        return self.sheet.rows_of(self.name)


class Sheet:
    """An opened list file: its source text, its tables, and the facts of how it was read."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        self.sha256 = hashlib.sha256(data).hexdigest()
        self.kind = "xlsx" if data.startswith(_XLSX_MAGIC) else "csv"
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self._data = data
        self._names: list[str] = []
        if self.kind == "xlsx":
            self.text = self._xlsx_text()
        else:
            self.text = self._csv_text(data)

    # CSV --------------------------------------------------------------------------

    def _csv_text(self, data: bytes) -> str:
        text, self.encoding = _decode(data, self.name)
        text = normalize_text(text)
        if not text.strip():
            raise SourceFormatError(
                f"{self.name} has no rows", hint="export the list with its rows"
            )
        self.delimiter = _delimiter(text)
        return text

    def _csv_rows(self) -> Iterator[SheetRow]:
        lines = self.text.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))
        reader = csv.reader(iter(lines), delimiter=self.delimiter or ",")
        done = 0  # physical lines consumed so far
        try:
            for record in reader:
                first, done = done, reader.line_num
                start, end = offsets[first], offsets[done]
                while end > start and self.text[end - 1] in "\r\n":
                    end -= 1
                cells = tuple(c if c.strip() else None for c in record)
                yield SheetRow(RowRef(None, first + 1), cells, start, end)
        except csv.Error as exc:
            raise SourceFormatError(
                f"{self.name} line {reader.line_num}: {exc}",
                hint="check the quotes on that line, or save the list again as CSV",
            ) from None

    # XLSX -------------------------------------------------------------------------

    def _workbook(self) -> Any:
        import openpyxl

        try:
            return openpyxl.load_workbook(io.BytesIO(self._data), read_only=True, data_only=True)
        except Exception as exc:  # a damaged or disguised file: openpyxl raises many kinds
            raise SourceFormatError(
                f"{self.name} is not a readable XLSX workbook ({type(exc).__name__})",
                hint="open it in a spreadsheet program and save it again as .xlsx or CSV",
            ) from None

    def _xlsx_text(self) -> str:
        parts: list[str] = []
        size = 0
        for row in self._xlsx_rows(None, text_only=True):
            parts.append(_xlsx_line(row.ref, row.cells))
            size += len(parts[-1]) + 1
            if size > MAX_LIST_TEXT:
                raise TooLarge(
                    f"{self.name} holds over {MAX_LIST_TEXT // (1024 * 1024)} MB of text",
                    hint="split the workbook into several files",
                )
        text = "".join(line + "\n" for line in parts)
        if not text.strip():
            raise SourceFormatError(
                f"{self.name} has no rows", hint="check that the list is in the workbook"
            )
        return text

    def _xlsx_rows(self, only: str | None, *, text_only: bool = False) -> Iterator[SheetRow]:
        book = self._workbook()
        offset = 0
        try:
            names = list(book.sheetnames)
            if not self._names:
                self._names = names
            for name in names:
                sheet = book[name]
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    cells = tuple(_xlsx_cell(v) for v in values)
                    while cells and cells[-1] is None:
                        cells = cells[:-1]
                    if not cells:
                        continue
                    ref = RowRef(name, number)
                    line = _xlsx_line(ref, cells)
                    if only is None or only == name or text_only:
                        yield SheetRow(ref, cells, offset, offset + len(line))
                    offset += len(line) + 1
        finally:
            book.close()

    # Both -------------------------------------------------------------------------

    def tables(self) -> list[Table]:
        if self.kind == "csv":
            return [Table(None, self)]
        if not self._names:
            book = self._workbook()
            self._names = list(book.sheetnames)
            book.close()
        return [Table(name, self) for name in self._names]

    def rows_of(self, name: str | None) -> Iterator[SheetRow]:
        if self.kind == "csv":
            return self._csv_rows()
        return (r for r in self._xlsx_rows(name) if r.ref.sheet == name)


def _xlsx_cell(value: object) -> Cell:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if text.strip() else None


def _xlsx_line(ref: RowRef, cells: tuple[Cell, ...]) -> str:
    return f"{ref.sheet}!{ref.row}: " + " | ".join(cell_text(c) for c in cells)


def open_sheet(path: Path) -> Sheet:
    """Open a list file; each reason it cannot be read is one line saying what to do."""
    try:
        size = path.stat().st_size
    except OSError:
        raise SourceFormatError(
            f"{path} cannot be read", hint="check the path to the list file"
        ) from None
    if path.is_dir():
        raise SourceFormatError(f"{path} is a folder", hint="give one CSV or XLSX file")
    _check_size(path.name, size)
    return read_sheet(path.name, path.read_bytes())


def _check_size(name: str, size: int) -> None:
    if size > MAX_LIST_BYTES:
        raise TooLarge(
            f"{name} is {size // (1024 * 1024)} MB",
            hint=f"split the list; the limit is {MAX_LIST_BYTES // (1024 * 1024)} MB",
        )


def read_sheet(name: str, data: bytes) -> Sheet:
    """A list from the bytes of a file called ``name`` (an upload, or a file read)."""
    _check_size(name, len(data))
    if not data.strip():
        raise SourceFormatError(f"{name} is empty", hint="export the list again with its rows")
    if data.startswith(_XLS_MAGIC):
        raise SourceFormatError(
            f"{name} is an old Excel .xls workbook",
            hint="open it and save it as .xlsx (Excel Workbook) or as CSV",
        )
    return Sheet(name, data)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV and the encoding it was in: a BOM says it; else UTF-8 if it is
    valid; else the one-byte Cyrillic or Western code page whose letters read best."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:4096]:
        raise SourceFormatError(
            f"{name} is a binary file, not a CSV list",
            hint="save the list from the spreadsheet program as CSV (UTF-8) or XLSX",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = max(("cp1251", "koi8-r", "cp1252"), key=lambda enc: _letters(data, enc))
    text = data.decode(best, errors="replace")
    if text.count("\ufffd") > len(text) // 100 or _letters(data, best) <= 0:
        raise SourceFormatError(
            f"{name} is in an encoding Vigil cannot tell",
            hint="save it as CSV UTF-8 from the spreadsheet program",
        )
    return text, best


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise SourceFormatError(
            f"{name} says it is {encoding} but is not",
            hint="save it again as CSV UTF-8 from the spreadsheet program",
        ) from None


def _letters(data: bytes, encoding: str) -> int:
    """A score of how much ``data`` reads as words in ``encoding``: lower-case letters
    count, upper-case inside words (the mark of a wrong Cyrillic code page) and control
    characters count against."""
    text = data[:65536].decode(encoding, errors="replace")
    score = 0
    for prev, char in zip(" " + text, text, strict=False):
        if char.islower():
            score += 1
        elif char.isupper() and prev.isalpha():
            score -= 2
        elif char == "\ufffd" or (not char.isprintable() and char not in "\r\n\t"):
            score -= 5
    return score


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of cells, most
    of them; ``,`` when nothing tells."""
    head = text.splitlines()[:30]
    best, best_score = ",", 0
    for delim in (",", ";", "\t"):
        counts = [len(row) for row in csv.reader(head, delimiter=delim) if any(row)]
        wide = [n for n in counts if n > 1]
        if not wide:
            continue
        most = max(set(wide), key=wide.count)
        score = wide.count(most) * most
        if score > best_score:
            best, best_score = delim, score
    return best
