"""Read an export back with each format's own library, and check it as a tool would:
csv (with its BOM), openpyxl, frictionless validate, the followthemoney model."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from vigil.publish.export import TABLES

HEADERS = {t.name: list(t.header) for t in TABLES}
#: FtM topics that would mark a person as a criminal, wanted or sanctioned.
FORBIDDEN_TOPICS = "topics"


def read_csv(data: bytes, *, bom: bool = True) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf") == bom, "a BOM only where Excel needs one"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def check_rows(name: str, rows: list[dict[str, str]], header: list[str]) -> None:
    assert header == HEADERS[name], name
    for row in rows:
        for column, value in row.items():
            kind = next(c.kind.value for t in TABLES if t.name == name for c in t.columns
                        if c.name == column)  # fmt: skip
            if kind == "boolean":
                assert value in ("true", "false"), (name, column, value)
            elif kind == "url" and value:
                assert value.startswith(("http://", "https://")), (name, column, value)
            elif kind == "integer" and value:
                assert value.isdigit(), (name, column, value)


def csv_zip(data: bytes) -> tuple[str, dict[str, list[dict[str, str]]]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        assert names[0] == "README.txt"
        readme = zf.read("README.txt").decode()
        tables = {}
        for t in TABLES:
            raw = zf.read(f"{t.name}.csv")
            rows = read_csv(raw)
            header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
            check_rows(t.name, rows, header)
            tables[t.name] = rows
    return readme, tables


def xlsx(data: bytes) -> tuple[list[str], dict[str, list[dict[str, Any]]], Any]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True)
    assert book.sheetnames == ["About", *HEADERS]
    about = [str(r[0]) for r in book["About"].iter_rows(values_only=True) if r[0]]
    tables = {}
    for name, header in HEADERS.items():
        rows = list(book[name].iter_rows(values_only=True))
        assert list(rows[0]) == header
        # A row's empty cells at its end are not stored.
        tables[name] = [dict(zip(header, (*r, *[None] * (len(header) - len(r))), strict=True))
                        for r in rows[1:]]  # fmt: skip
    return about, tables, book.properties


def datapackage(data: bytes, where: Path) -> dict[str, Any]:
    """Unpack it and run ``frictionless validate``; returns the descriptor."""
    from frictionless import validate

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        zf.extractall(where)
    report = validate(str(where / "datapackage.json"))
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors][:5]
    assert report.valid, errors
    descriptor: dict[str, Any] = json.loads((where / "datapackage.json").read_text())
    return descriptor


def ftm(data: bytes) -> list[dict[str, Any]]:
    """Every line one entity the followthemoney model accepts as it is."""
    from followthemoney import model

    entities = []
    for line in data.decode().splitlines():
        entity = json.loads(line)
        schema = model.get(entity["schema"])
        assert schema is not None, entity["schema"]
        assert not schema.abstract, entity["schema"]
        proxy = model.get_proxy(entity, cleaned=False)  # unknown properties raise
        cleaned = proxy.to_dict()["properties"]
        assert cleaned == entity["properties"], f"values the model drops: {entity}"
        missing = [n for n in schema.required if not proxy.has(n)]
        assert not missing, (entity["schema"], missing)
        assert FORBIDDEN_TOPICS not in entity["properties"], entity
        entities.append(entity)
    return entities


def text_of(name: str, data: bytes) -> str:
    """Everything a file says, as text (zips and workbooks opened)."""
    if name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "\n".join(zf.read(n).decode("utf-8-sig") for n in zf.namelist())
    if name.endswith(".xlsx"):
        about, tables, props = xlsx(data)
        cells = [str(v) for rows in tables.values() for r in rows for v in r.values()]
        return "\n".join([*about, *cells, str(props.title), str(props.creator)])
    if name.endswith(".json"):
        return json.dumps(json.loads(data), ensure_ascii=False)
    if name.endswith(".pdf"):
        return "\n".join(pdf_pages(data))
    return data.decode("utf-8-sig")


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page (pypdfium2's extraction)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
