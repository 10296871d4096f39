"""One row of a list read into a typed record (``ListRow``): who, and what the list
says happened to them, each fact as the events the registry keeps.

A row that describes no person (a title, a note, a total, a blank) is ``None``; a row
whose cells cannot be read raises ``InvalidInput`` naming the column and the cell.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from vigil.errors import InvalidInput
from vigil.ingest.lists.cells import (
    Article,
    FacilityName,
    ListName,
    Outcome,
    Reason,
    Sentence,
    State,
    parse_articles,
    parse_facility,
    parse_name,
    parse_outcome,
    parse_sentence,
    parse_sex,
)
from vigil.ingest.lists.columns import Column, ColumnMap
from vigil.ingest.lists.dates import parse_date
from vigil.ingest.lists.sheet import SheetRow
from vigil.model import EventType, Gender, PartialDate

__all__ = ["ListRow", "PlannedEvent", "read_row"]

T = TypeVar("T")
_TOTAL = re.compile(r"^(итого|всего|разам|усяго|total|sum)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PlannedEvent:
    """An event a row states, before it is written."""

    type: EventType
    date: PartialDate
    facility: FacilityName | None = None
    articles: tuple[str, ...] = ()
    term_months: int | None = None
    note: str | None = None
    regime: str | None = None


@dataclass(frozen=True, slots=True)
class ListRow:
    """What one row of a list says about one person."""

    row: SheetRow
    name: ListName
    gender: Gender
    birth: PartialDate | None
    age: int | None
    father: str | None
    region: str | None
    occupation: str | None
    articles: tuple[Article, ...]
    sentence: Sentence | None
    facility: FacilityName | None
    detention: PartialDate | None
    outcome: Outcome
    note: str | None

    def events(self, as_of: dt.date) -> list[PlannedEvent]:
        """The events the row states, dated as the list dates them. A list gives no day
        of sentence: a sentence is dated from the detention (an estimate, said in its
        note) or, with no detention, from the list's date."""
        listed = PartialDate(as_of.year, as_of.month, as_of.day, estimate=True)
        articles = tuple(a.vigil() for a in self.articles)
        state = self.outcome.state
        out: list[PlannedEvent] = []
        if state is State.HOUSE_ARREST and self.sentence is None:
            # The registry has no house-arrest status: charged, and not counted as held.
            return [PlannedEvent(EventType.CHARGED, self.detention or listed, None, articles,
                                 note="under house arrest")]  # fmt: skip
        absentia = state is State.IN_ABSENTIA
        held = self.detention is not None and not absentia
        sentence = self.sentence
        if held:
            assert self.detention is not None
            pretrial = sentence is None
            out.append(PlannedEvent(EventType.DETAINED, self.detention,
                                    self.facility if pretrial else None, articles))  # fmt: skip
        elif not absentia and sentence is None and state in (State.DETAINED, None):
            why = "held on the list's date; detention date not given"
            out.append(PlannedEvent(EventType.DETAINED, listed, self.facility, articles, note=why))
        if sentence is not None or absentia:
            s = sentence or Sentence()
            when = (
                listed
                if absentia or self.detention is None
                else PartialDate(
                    self.detention.year,
                    self.detention.month,
                    self.detention.day,
                    estimate=True,
                )
            )
            note = "; ".join(x for x in (s.note(), "date of the sentence not on the list") if x)
            out.append(PlannedEvent(
                EventType.CONVICTED_IN_ABSENTIA if absentia else EventType.SENTENCED,
                when, None if absentia else self.facility, articles, s.term_months, note,
                s.regime.value if s.regime else None,
            ))  # fmt: skip
        if self.outcome.released is not None or (
            state is State.RELEASED and self.outcome.reason is not None
        ):
            day = self.outcome.released or listed
            reason = self.outcome.reason or Reason.OTHER
            kind = {Reason.PARDONED: EventType.PARDONED,
                    Reason.SENTENCE_COMPLETED: EventType.SENTENCE_COMPLETED}.get(
                        reason, EventType.RELEASED)  # fmt: skip
            said = reason.value.replace("_", " ") if kind is EventType.RELEASED else None
            if self.outcome.released is None:
                said = "; ".join(x for x in (said, "date of release not on the list") if x)
            out.append(PlannedEvent(kind, day, note=said or None))
        if self.outcome.died is not None:
            out.append(PlannedEvent(EventType.DIED_IN_CUSTODY, self.outcome.died))
        return out


def _cell_error(column: Column, exc: InvalidInput) -> InvalidInput:
    return InvalidInput(f"{column.value}: {exc.message}", hint=exc.hint)


def read_row(row: SheetRow, cmap: ColumnMap) -> ListRow | None:
    """The person a row describes, or None for a row that describes nobody."""
    cells = row.cells

    def text(column: Column) -> str:
        return cmap.text(cells, column)

    full, surname = text(Column.NAME), text(Column.SURNAME)
    given, patronymic = text(Column.GIVEN), text(Column.PATRONYMIC)
    filled = sum(1 for c in cells if c is not None and str(c).strip())
    if _TOTAL.match(full or surname) or filled < 2:
        return None  # a total, a note, a title
    if re.fullmatch(r"[\d\s.,;:()\-–—]*", full + surname):
        return None  # a row of numbers where the name goes: a total or a page footer
    name = parse_name(full, surname, given, patronymic)
    if name is None:
        return None

    def read(column: Column, parse: Callable[[str], T]) -> T | None:
        value = text(column)
        if not value:
            return None
        try:
            return parse(value)
        except InvalidInput as exc:
            raise _cell_error(column, exc) from None

    def date(column: Column) -> PartialDate | None:
        try:
            return parse_date(cmap.cell(cells, column))
        except InvalidInput as exc:
            raise _cell_error(column, exc) from None

    sex = read(Column.SEX, parse_sex)
    birth = date(Column.BIRTH)
    age_text = text(Column.AGE)
    age = int(age_text) if age_text.isdigit() else None
    if birth is None and (m := re.search(r"(19|20)\d{2}", text(Column.BIRTH))):
        birth = PartialDate(int(m.group(0)))
    region = text(Column.REGION) or None
    address = text(Column.ADDRESS)
    if region is None and address:
        region = address.split(",")[-1].strip() or None
    try:
        outcome = parse_outcome(text(Column.STATUS), text(Column.NOTE))
    except InvalidInput as exc:
        raise _cell_error(Column.NOTE, exc) from None
    release = date(Column.RELEASE)
    if release is not None:
        outcome = Outcome(outcome.state or State.RELEASED, release,
                          outcome.reason or Reason.OTHER, outcome.died)  # fmt: skip
    return ListRow(
        row=row,
        name=name,
        gender=sex or name.gender,
        birth=birth,
        age=age,
        father=text(Column.FATHER) or None,
        region=region,
        occupation=text(Column.OCCUPATION) or None,
        articles=read(Column.ARTICLES, parse_articles) or (),
        sentence=read(Column.SENTENCE, parse_sentence),
        facility=read(Column.FACILITY, parse_facility),
        detention=date(Column.DETENTION),
        outcome=outcome,
        note=text(Column.NOTE) or None,
    )
