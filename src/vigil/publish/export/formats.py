"""The export's files: CSV (UTF-8 with a BOM, so Excel reads Cyrillic), XLSX, JSON, a
Frictionless data package and FollowTheMoney entities. Every writer takes a binary file
and writes rows as the ``Dataset`` yields them, batch by batch.

Each file says what it is first: whether it is public or full, for which date, when it
was made (the README of a zip, the first sheet of a workbook, ``about`` in JSON and
``datapackage.json``). FollowTheMoney lines carry entities only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import IO, Any

from vigil.publish.cells import safe_cell
from vigil.publish.export.tables import TABLES, Dataset, Kind, Row, Table, Value

__all__ = ["BOM", "ExportFormat", "ExportInfo", "Value", "chunks", "csv_cell", "write", "write_csv"]

BOM = "\ufeff"
_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportFormat(StrEnum):
    CSV = "csv"  # a zip of one CSV per table (or one CSV with a table named)
    XLSX = "xlsx"
    JSON = "json"
    DATAPACKAGE = "datapackage"
    FTM = "ftm"

    @property
    def suffix(self) -> str:
        return {"csv": ".csv.zip", "xlsx": ".xlsx", "json": ".json",
                "datapackage": ".datapackage.zip", "ftm": ".ftm.jsonl"}[self.value]  # fmt: skip

    @property
    def media_type(self) -> str:
        return {
            "csv": "application/zip",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "json": "application/json",
            "datapackage": "application/zip",
            "ftm": "application/x-ndjson",
        }[self.value]


@dataclass(frozen=True, slots=True)
class ExportInfo:
    """What an export says about itself."""

    public: bool
    at: dt.date
    known_at: dt.date | None
    made_at: dt.datetime
    by: str | None = None  # who made a full export

    @property
    def title(self) -> str:
        kind = "public data" if self.public else "FULL EXPORT, NOT FOR PUBLICATION"
        return f"Vigil registry: {kind}, {self.at.isoformat()}"

    def lines(self) -> list[str]:
        known = (f"as the registry knew it on {self.known_at.isoformat()}"
                 if self.known_at else "as known when it was made")  # fmt: skip
        out = [self.title, ""]
        if self.public:
            out += [
                "The registry as the public sees it, through the publication boundary: a "
                'person whose name is withheld is listed as "name withheld", with dates to '
                "the month and no region, facility, birth year, sentence, note or source; "
                "withheld names are removed from every text. Restricted fields are never "
                "exported.",
            ]
        else:
            out += [
                "FULL EXPORT, NOT FOR PUBLICATION. It holds the names the registry withholds "
                "from the public and every detail of those persons (restricted fields such "
                "as health and family contacts are never exported). Its making is recorded "
                "in the audit log with this file's SHA-256 hash"
                + (f", by {self.by}." if self.by else "."),
            ]
        out += [
            f"Status on {self.at.isoformat()}, {known}. Made "
            f"{self.made_at.astimezone(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}.",
            "Dates are ISO 8601 at the precision known (2021-05-28, 2021-05 or 2021); "
            "booleans are true/false; lists are separated by '; '. Counts are verified "
            "minimums. The columns are described in docs/data.md and datapackage.json.",
        ]
        return out

    def json(self) -> dict[str, Any]:
        return {"title": self.title, "public": self.public, "at": self.at.isoformat(),
                "known_at": self.known_at.isoformat() if self.known_at else None,
                "made_at": self.made_at.isoformat(timespec="seconds"),
                "notice": " ".join(self.lines()[2:])}  # fmt: skip


# Cells ---------------------------------------------------------------------------------


def csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = "; ".join(value) if isinstance(value, tuple) else value
    if text[:1].isascii() and text[:1].isalnum():
        return text  # a letter or digit first: no spreadsheet reads a formula
    return safe_cell(text)


def _json_cell(value: Value) -> Any:
    return list(value) if isinstance(value, tuple) else value


def write_csv(
    out: IO[bytes], t: Table, rows: Iterable[Row], *, bom: bool = True, close: bool = False
) -> None:
    """One table as CSV (with a byte order mark unless ``bom`` is False)."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    if bom:
        text.write(BOM)
    writer = csv.writer(text)
    writer.writerow(t.header)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    text.flush()
    if close:
        text.close()
    else:
        text.detach()


def _zip_entry(zf: zipfile.ZipFile, name: str, when: dt.datetime) -> IO[bytes]:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return zf.open(info, "w", force_zip64=True)


def _csv_zip(out: IO[bytes], data: Dataset, info: ExportInfo, tables: Sequence[Table]) -> None:
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(zipfile.ZipInfo("README.txt", info.made_at.timetuple()[:6]),
                    "\n".join(info.lines()) + "\n")  # fmt: skip
        for t in tables:
            with _zip_entry(zf, f"{t.name}.csv", info.made_at) as entry:
                write_csv(entry, t, data.rows(t.name))


def _xlsx_cell(sheet: Any, value: Value) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, tuple):
        value = "; ".join(value)
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=_ILLEGAL.sub("", value))
        cell.data_type = "s"  # never a formula, whatever the text starts with
        return cell
    return value


def _xlsx(out: IO[bytes], data: Dataset, info: ExportInfo, tables: Sequence[Table]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    # Neutral document metadata: no user or machine name.
    props = book.properties
    props.creator = props.lastModifiedBy = "Vigil"
    props.title = info.title
    props.created = props.modified = info.made_at.astimezone(dt.UTC).replace(tzinfo=None)
    about = book.create_sheet("About")
    for line in info.lines():
        about.append([_xlsx_cell(about, line)])
    for t in tables:
        sheet = book.create_sheet(t.name)
        sheet.append(list(t.header))
        for row in data.rows(t.name):
            sheet.append([_xlsx_cell(sheet, v) for v in row])
    book.save(out)


def _json(out: IO[bytes], data: Dataset, info: ExportInfo, tables: Sequence[Table]) -> None:
    def put(text: str) -> None:
        out.write(text.encode("utf-8"))

    put('{"about": ' + json.dumps(info.json(), ensure_ascii=False) + ', "tables": {')
    for i, t in enumerate(tables):
        put(("," if i else "") + f'\n"{t.name}": [')
        for j, row in enumerate(data.rows(t.name)):
            item = {c: _json_cell(v) for c, v in zip(t.header, row, strict=True)}
            put(("," if j else "") + "\n " + json.dumps(item, ensure_ascii=False))
        put("\n]")
    put("\n}}\n")


def _field(column: Any) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "description": column.description}
    if column.kind is Kind.INTEGER:
        field["type"] = "integer"
    elif column.kind is Kind.BOOLEAN:
        field.update(type="boolean", trueValues=["true"], falseValues=["false"])
    elif column.kind is Kind.DATE:
        field.update(type="string", constraints={"pattern": _DATE_PATTERN})
    elif column.kind is Kind.URL:
        field.update(type="string", format="uri")
    else:
        field["type"] = "string"
    return field


def descriptor(info: ExportInfo, tables: Sequence[Table]) -> dict[str, Any]:
    """``datapackage.json``: one tabular resource per table, with its schema."""
    names = {t.name for t in tables}
    resources = []
    for t in tables:
        schema: dict[str, Any] = {
            "fields": [_field(c) for c in t.columns],
            "primaryKey": ["id"],
            "missingValues": [""],
        }
        keys = [{"fields": [col], "reference": {"resource": other, "fields": [ref]}}
                for col, other, ref in t.foreign_keys if other in names]  # fmt: skip
        if keys:
            schema["foreignKeys"] = keys
        resources.append({
            "name": t.name, "title": t.title, "description": t.description,
            "path": f"data/{t.name}.csv", "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "schema": schema,
        })  # fmt: skip
    return {
        "profile": "tabular-data-package",
        "name": "vigil-registry" if info.public else "vigil-registry-full",
        "title": info.title,
        "description": " ".join(info.lines()[2:]),
        "created": info.made_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "resources": resources,
    }


def _datapackage(out: IO[bytes], data: Dataset, info: ExportInfo, tables: Sequence[Table]) -> None:
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(zipfile.ZipInfo("datapackage.json", info.made_at.timetuple()[:6]),
                    json.dumps(descriptor(info, tables), ensure_ascii=False, indent=1))  # fmt: skip
        for t in tables:
            with _zip_entry(zf, f"data/{t.name}.csv", info.made_at) as entry:
                write_csv(entry, t, data.rows(t.name), bom=False)


def _ftm(out: IO[bytes], data: Dataset, info: ExportInfo, tables: Sequence[Table]) -> None:
    from vigil.publish.export.ftm import entities

    for entity in entities(data, {t.name for t in tables}):
        out.write((json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n").encode())


_WRITERS = {
    ExportFormat.CSV: _csv_zip,
    ExportFormat.XLSX: _xlsx,
    ExportFormat.JSON: _json,
    ExportFormat.DATAPACKAGE: _datapackage,
    ExportFormat.FTM: _ftm,
}


def write(
    out: IO[bytes],
    fmt: ExportFormat,
    data: Dataset,
    info: ExportInfo,
    tables: Sequence[Table] = TABLES,
) -> None:
    """The export in ``fmt`` of ``tables`` (every table by default) into ``out``."""
    _WRITERS[fmt](out, data, info, tables)


def chunks(stream: IO[bytes], size: int = 64 * 1024) -> Iterator[bytes]:
    """A file's bytes from its start, ``size`` at a time (for streaming responses)."""
    stream.seek(0)
    while block := stream.read(size):
        yield block
    stream.close()
