"""Which column holds what: guessed from the header (English, Russian, Belarusian) or
given in a small mapping file (TOML) that ``vigil import --dry-run`` prints to edit.

The header need not be the first row: the row among the first ones whose cells name
the most known columns is the header; a header written over two rows (a merged
"Дата" above "задержания" and "освобождения") is read as one.

A mapping file::

    sheet = "PP List"            # optional: only this sheet
    header_row = 2               # optional: the header's row (line of a CSV)
    as_of = "2024-01-31"         # optional: the date the list speaks for
    [columns]
    name = "Name"                # FIELD = "the header as the file writes it"
    detention = "Date of Arrest"
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from vigil.errors import InvalidInput
from vigil.ingest.lists.sheet import Cell, SheetRow, Table, cell_text
from vigil.model import PartialDate

__all__ = ["Column", "ColumnMap", "MappingFile", "find_header", "read_mapping"]


class Column(StrEnum):
    """What a column of a list holds."""

    NUMBER = "number"
    NAME = "name"  # the whole name in one cell
    SURNAME = "surname"
    GIVEN = "given"
    PATRONYMIC = "patronymic"
    SEX = "sex"
    BIRTH = "birth"
    AGE = "age"
    FATHER = "father"
    OCCUPATION = "occupation"
    REGION = "region"
    ADDRESS = "address"
    ARTICLES = "articles"
    SENTENCE = "sentence"
    FACILITY = "facility"
    DETENTION = "detention"
    RELEASE = "release"
    STATUS = "status"
    NOTE = "note"


# The first rule a header matches decides; more precise rules come first.
_RULES: tuple[tuple[Column, str], ...] = (
    (Column.NUMBER, r"^(№|no|n|#|nr|num|number|номер|п ?п|№ ?п ?п|n ?п ?п)$"),
    (Column.FATHER, r"father|отец|отца|бацьк(а|і)$"),
    (Column.NAME, r"(фамилия|прозвішча|surname|last name).*(имя|імя|name)"),  # all in one
    (Column.PATRONYMIC, r"patronym|отчество|імя па бацьку|по батьку"),
    (Column.BIRTH, r"birth|born|dob|рожд|нарадж|г ?р$"),
    (Column.DETENTION, r"arrest|detain|detention|задерж|затрым|арешт|арышт|взят"),
    (Column.RELEASE, r"releas|освобож|вызвал"),
    (Column.SURNAME, r"surname|last ?name|family ?name|^фамилия$|^прозвішча$"),
    (Column.GIVEN, r"^(first ?name|given ?names?|forename|имя|імя)$"),
    (Column.NAME, r"name|фио|ф ?и ?о|фамилия|прозвішча|імя|имя|піб|person|prisoner"),
    (Column.SEX, r"^(sex|gender|пол|стать|m ?f|м ?ж)$"),
    (Column.AGE, r"^(age|возраст|узрост|гадоў)$"),
    (Column.ARTICLES, r"article|section|charge|law|статья|статьи|артыкул|обвинен|абвінавач|^ст$"),
    (Column.SENTENCE, r"sentence|term|verdict|приговор|срок|прысуд|тэрмін|наказан|пакаран"),
    (
        Column.FACILITY,
        r"prison|facility|place of|jail|колони|калоні|место|месца|учрежд|устан"
        r"|содерж|утрым|отбыва|адбыва|сизо|сізо",
    ),
    (Column.STATUS, r"condition|status|статус|положение|стан|situation"),
    (
        Column.OCCUPATION,
        r"position|occupation|profession|affiliation|job|профес|род занят"
        r"|прафес|занятие|работа|праца",
    ),
    (Column.REGION, r"region|state|oblast|регион|област|рэгіён|вобласц|район"),
    (Column.ADDRESS, r"address|township|адрес|адрас|город|горад|city|town"),
    (Column.NOTE, r"remark|note|comment|примечан|заўваг|камент|дополн|дадатк|инфо"),
)
_COMPILED = tuple((col, re.compile(pattern)) for col, pattern in _RULES)


def _clean(header: str) -> str:
    text = header.casefold().replace("ё", "е").replace("'", "").replace("’", "")
    text = re.sub(r"[^\w№#]+", " ", text)
    return " ".join(text.split())


def guess(header: str) -> Column | None:
    """The column a header names, or None."""
    clean = _clean(header)
    if not clean:
        return None
    for column, pattern in _COMPILED:
        if pattern.search(clean):
            return column
    return None


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Where each known column is (0-based index), and the headers as written."""

    headers: tuple[str, ...]
    at: dict[Column, int]
    header_rows: tuple[int, ...]  # the rows (CSV lines) the header takes

    def cell(self, cells: Sequence[Cell], column: Column) -> Cell:
        index = self.at.get(column)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    def text(self, cells: Sequence[Cell], column: Column) -> str:
        return cell_text(self.cell(cells, column))

    @property
    def has_name(self) -> bool:
        return Column.NAME in self.at or Column.SURNAME in self.at

    def unmapped(self) -> list[str]:
        used = set(self.at.values())
        return [h for i, h in enumerate(self.headers) if h and i not in used]

    def toml(self, table: str | None, as_of: PartialDate | None) -> str:
        """The mapping as a file a person can edit and give back with ``--mapping``."""
        lines = ['# vigil import mapping: FIELD = "the header as the file writes it"']
        lines.append("# fields: " + ", ".join(c.value for c in Column))
        if table:
            lines.append(f"sheet = {_quote(table)}")
        lines.append(f"header_row = {self.header_rows[-1]}")
        if as_of is not None:
            lines.append(f'as_of = "{as_of}"')
        lines.append("[columns]")
        for column, index in sorted(self.at.items(), key=lambda kv: kv[1]):
            lines.append(f"{column.value} = {_quote(self.headers[index])}")
        for header in self.unmapped():
            lines.append(f"# not imported: {_quote(header)}")
        return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True, slots=True)
class MappingFile:
    """What a mapping file says; every part optional."""

    columns: dict[Column, str] = field(default_factory=dict)
    sheet: str | None = None
    header_row: int | None = None
    as_of: PartialDate | None = None


def read_mapping(path: Path) -> MappingFile:
    """Read a mapping file; each mistake is named with the fix."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except OSError:
        raise InvalidInput(f"{path} cannot be read", hint="check the mapping file's path") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            f"{path.name} is not a TOML mapping: {str(exc).splitlines()[0]}",
            hint='write lines like name = "ФИО" under [columns]',
        ) from None
    known = {"columns", "sheet", "header_row", "as_of"}
    stray = sorted(set(data) - known)
    if stray:
        raise InvalidInput(
            f"{path.name}: {stray[0]!r} is not a setting of a mapping",
            hint="use sheet, header_row, as_of and [columns]",
        )
    columns: dict[Column, str] = {}
    for key, value in dict(data.get("columns", {})).items():
        try:
            column = Column(key)
        except ValueError:
            raise InvalidInput(
                f"{path.name}: {key!r} is not a field",
                hint="fields: " + ", ".join(c.value for c in Column),
            ) from None
        if not isinstance(value, str):
            raise InvalidInput(
                f"{path.name}: {key} must name a header in quotes", hint=f'{key} = "Header"'
            )
        columns[column] = value
    row = data.get("header_row")
    if row is not None and (not isinstance(row, int) or row < 1):
        raise InvalidInput(f"{path.name}: header_row must be a row number", hint="e.g. 2")
    as_of = data.get("as_of")
    return MappingFile(
        columns,
        str(data["sheet"]) if "sheet" in data else None,
        row,
        PartialDate.parse(str(as_of)) if as_of is not None else None,
    )


#: How far down a sheet the header is looked for.
HEADER_SEARCH = 30


def _mapped(headers: Sequence[str], given: MappingFile | None) -> dict[Column, int]:
    at: dict[Column, int] = {}
    if given is not None and given.columns:
        wanted = {_clean(h): c for c, h in given.columns.items()}
        for i, header in enumerate(headers):
            column = wanted.get(_clean(header))
            if column is not None and column not in at:
                at[column] = i
        return at
    for i, header in enumerate(headers):
        column = guess(header)
        if column is not None and column not in at:
            at[column] = i
    return at


def _joined(top: tuple[Cell, ...], bottom: tuple[Cell, ...]) -> tuple[str, ...]:
    """A header over two rows: the upper cells carried right over their merged span."""
    width = max(len(top), len(bottom))
    out: list[str] = []
    carried = ""
    for i in range(width):
        upper = cell_text(top[i]) if i < len(top) else ""
        lower = cell_text(bottom[i]) if i < len(bottom) else ""
        if upper:
            carried = upper
        elif not lower:
            carried = ""
        out.append(" ".join(x for x in ((upper or (carried if lower else "")), lower) if x))
    return tuple(out)


def find_header(
    table: Table, given: MappingFile | None
) -> tuple[ColumnMap, Iterator[SheetRow], list[SheetRow]] | None:
    """The header of a table, the rows after it (a generator), and the rows above it
    (titles, notes); None when no row of the first ones names a column of names."""
    rows = table.rows()
    seen: list[SheetRow] = []
    for row in rows:
        seen.append(row)
        if len(seen) >= HEADER_SEARCH:
            break
    best: tuple[int, int, ColumnMap] | None = None  # score, rows used, map
    for i, row in enumerate(seen):
        if given is not None and given.header_row not in (None, row.ref.row):
            continue
        headers = tuple(cell_text(c) for c in row.cells)
        at = _mapped(headers, given)
        single = ColumnMap(headers, at, (row.ref.row,))
        candidates = [(len(at), 1, single)]
        if i + 1 < len(seen):
            below = seen[i + 1]
            joined = _joined(row.cells, below.cells)
            at2 = _mapped(joined, given)
            if len(at2) > len(at) + 1 or (len(at2) > len(at) and not _looks_like_data(below)):
                two = ColumnMap(joined, at2, (row.ref.row, below.ref.row))
                candidates.append((len(at2), 2, two))
        for score, used, cmap in candidates:
            if cmap.has_name and score >= 2 and (best is None or score > best[0]):
                best = (score, i + used, cmap)
    if best is None:
        return None
    _, after, cmap = best
    header_at = after - len(cmap.header_rows)
    above = seen[:header_at]

    def rest() -> Iterator[SheetRow]:
        yield from seen[after:]
        yield from rows

    return cmap, rest(), above


def _looks_like_data(row: SheetRow) -> bool:
    """A row with a date or a number of four digits or more is data, not a header."""
    for cell in row.cells:
        text = cell_text(cell)
        if (not isinstance(cell, str) or re.search(r"\d{4}", text)) and cell is not None:
            return True
    return False
