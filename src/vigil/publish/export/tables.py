"""The tables of an export and their rows: persons, events, cases, defendants,
facilities, sources, figures. Each table is declared once (its columns, types and
meaning) and every format writes the same rows; ``docs/data.md`` describes the columns
(a test keeps it true).

A public ``Dataset`` builds its rows through the publication boundary's ``Projection``:
withheld names redacted from every text, a withheld person's details held back as the
policy says. A full one (``public=False``) shows everything but the restricted fields,
which no export reads. Rows are read in batches (``vigil.publish.queries.export``), so
memory stays flat whatever the size of the registry.

To add a table: declare it in ``TABLES`` and give ``Dataset`` a method of its name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import Connection

from vigil.model import PartialDate
from vigil.publish.cases import published
from vigil.publish.policy import DatePrecision, PublicationPolicy, WithheldField
from vigil.publish.queries.export import (
    CaseRow,
    DefendantRow,
    case_batches,
    event_batches,
    person_id_batches,
    source_batches,
)
from vigil.publish.queries.persons import facility_labels, person_rows
from vigil.publish.queries.stats import list_figures
from vigil.publish.redact import Redactor
from vigil.publish.views import Projection, _coarse_partial, event_label
from vigil.store.facilities import list_facilities

__all__ = ["FULL_POLICY", "TABLES", "Column", "Dataset", "Kind", "Row", "Table", "Value"]

Value = int | str | bool | None | tuple[str, ...]
Row = tuple[Value, ...]

#: What a full export shows of a person whose name is withheld: everything.
FULL_POLICY = PublicationPolicy(DatePrecision.DAY, frozenset(WithheldField), 1)


class Kind(StrEnum):
    """A column's type, as every format writes it."""

    INTEGER = "integer"
    STRING = "string"
    BOOLEAN = "boolean"  # true / false
    DATE = "date"  # ISO 8601 at its precision: 2021-05-28, 2021-05 or 2021
    URL = "url"  # an absolute address
    LIST = "list"  # several strings; "; " between them in CSV


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Kind
    description: str


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    #: (column, other table, its column): every value is an id of that table.
    foreign_keys: tuple[tuple[str, str, str], ...] = ()

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _c(name: str, kind: Kind, description: str) -> Column:
    return Column(name, kind, description)


INT, STR, BOOL, DATE, URL, LIST = (Kind.INTEGER, Kind.STRING, Kind.BOOLEAN, Kind.DATE, Kind.URL,
                                   Kind.LIST)  # fmt: skip
_DATE_NOTE = "; day, month or year precision as known"

TABLES: tuple[Table, ...] = (
    Table(
        "persons",
        "Persons",
        "Every person in the registry, with their status on the export's date.",
        (
            _c("id", INT, "The person's id (stable; merged records are left out)"),
            _c("name", STR, 'The name as published; "name withheld" when it is withheld'),
            _c("name_withheld", BOOL, "The name is withheld from publication"),
            _c("other_names", LIST, "Other spellings: scripts, romanizations, earlier names"),
            _c("gender", STR, "female, male or unknown; empty when not published"),
            _c("birth_year", INT, "Year of birth; empty when unknown or not published"),
            _c("region", STR, "Region the person comes from"),
            _c(
                "status",
                STR,
                "Custody on the date: detained, imprisoned, released, died, "
                "at_liberty; empty with no custody recorded",
            ),
            _c("recognized", BOOL, "Recognized as a political prisoner on the date"),
            _c("held_since", DATE, "First day of the present spell in custody" + _DATE_NOTE),
            _c("held_since_precision", STR, "day, month or year: what held_since gives"),
            _c("held_since_estimate", BOOL, "held_since is an estimate"),
            _c("facility", STR, "Where the person is held on the date"),
            _c("articles", LIST, "Criminal-code articles of the present case"),
            _c("url", URL, "The person's public page"),
        ),
    ),
    Table(
        "events",
        "Events",
        "Every event on a person, corrections included (a correction supersedes).",
        (
            _c("id", INT, "The event's id"),
            _c("person_id", INT, "The person (persons.id)"),
            _c(
                "type",
                STR,
                "detained, charged, sentenced, transferred, "
                "recognized_political_prisoner, incommunicado, contact_restored, "
                "pardoned, released, sentence_completed, died_in_custody, "
                "convicted_in_absentia, appeal_rejected, exiled",
            ),
            _c("label", STR, "The type in words"),
            _c("date", DATE, "When it happened" + _DATE_NOTE),
            _c("date_precision", STR, "day, month or year"),
            _c("date_estimate", BOOL, "The date is an estimate"),
            _c("facility_id", INT, "The facility (facilities.id)"),
            _c("facility", STR, "The facility's name"),
            _c("case_id", INT, "The case (cases.id)"),
            _c("articles", LIST, "Criminal-code articles"),
            _c("term_months", INT, "The sentence in months"),
            _c("regime", STR, "The regime of the sentence"),
            _c("detail", STR, "Articles, term, regime, recognition and note in words"),
            _c("supersedes", INT, "The event this one corrects (events.id)"),
            _c("superseded", BOOL, "A later event corrects this one"),
            _c("recorded_on", DATE, "When the registry learnt of it"),
            _c("source_ids", LIST, "The sources it rests on (sources.id)"),
        ),
        foreign_keys=(("person_id", "persons", "id"), ("facility_id", "facilities", "id")),
    ),
    Table(
        "cases",
        "Cases",
        "Prosecutions (a group trial is one case): the articles, the activity punished, "
        "court, judge, prosecutor and hearings; the defendants are in defendants.",
        (
            _c("id", INT, "The case's id"),
            _c("title", STR, "The case's name"),
            _c("articles", LIST, "Criminal-code articles charged"),
            _c("activity", STR, "What the defendants actually did, apart from the charge"),
            _c("court", STR, "The court that heard it"),
            _c("judge", STR, "The judge"),
            _c("prosecutor", STR, "The prosecutor"),
            _c("hearings", LIST, "Days of its hearings (ISO 8601 at the precision known)"),
            _c("defendants", INT, "How many defendants, named or not"),
            _c(
                "withheld_defendants",
                INT,
                "How many of them have their name withheld (counted, never named)",
            ),
            _c("url", URL, "The case's public page"),
        ),
    ),
    Table(
        "defendants",
        "Defendants",
        "Each defendant of each case, with their verdict and appeal.",
        (
            _c("id", INT, "The row's id: one person in one case"),
            _c("case_id", INT, "The case (cases.id)"),
            _c("person_id", INT, "The defendant (persons.id)"),
            _c("verdict_date", DATE, "When the verdict was given" + _DATE_NOTE),
            _c("verdict_estimate", BOOL, "verdict_date is an estimate"),
            _c("term_months", INT, "The sentence in months"),
            _c("regime", STR, "The regime of the sentence"),
            _c("verdict_note", STR, 'What a term cannot say, e.g. "acquitted"'),
            _c("appeal", STR, "pending, upheld, reduced, increased, overturned or retrial"),
            _c("appeal_date", DATE, "When the appeal court decided" + _DATE_NOTE),
        ),
        foreign_keys=(("case_id", "cases", "id"), ("person_id", "persons", "id")),
    ),
    Table(
        "facilities",
        "Facilities",
        "Places of detention.",
        (
            _c("id", INT, "The facility's id"),
            _c("name", STR, "Its name"),
            _c("other_names", LIST, "Other names and spellings"),
            _c("kind", STR, "pre_trial_centre, penal_colony, prison, ..."),
            _c("region", STR, "Its region"),
            _c("postal_address", STR, "Its postal address (for letters)"),
        ),
    ),
    Table(
        "sources",
        "Sources",
        "The documents facts rest on (their text is not published).",
        (
            _c("id", INT, "The source's id"),
            _c("title", STR, "Its title"),
            _c("publisher", STR, "Who published it"),
            _c("published", DATE, "When"),
            _c("language", STR, "Its language (en, be, ru, ...)"),
            _c("reliability", STR, "The source's reliability grade, A to F (Admiralty code)"),
            _c("credibility", STR, "The credibility of its information, 1 to 6"),
            _c("connection", STR, "Its connection to the facts (witness, lawyer, NGO, ...)"),
            _c("original_url", URL, "Where it was published"),
            _c("url", URL, "Its page on this site"),
        ),
    ),
    Table(
        "figures",
        "Figures",
        "Counts that sources published, kept beside the registry's own.",
        (
            _c("id", INT, "The figure's id"),
            _c("value", INT, "The number stated"),
            _c("qualifier", STR, "exact, more_than, at_least, about or up_to"),
            _c("category", STR, "What it counts (held, pardoned, released, ...)"),
            _c("as_of", DATE, "The day it is for" + _DATE_NOTE),
            _c("breakdown", STR, 'Parts stated with it, e.g. "women=14; men=16"'),
            _c("attributed_to", STR, "Who stated it"),
            _c("source_id", INT, "The source it was first recorded from (sources.id)"),
            _c("source_title", STR, "That source's title"),
            _c("quote", STR, "The words that state it"),
            _c("source_ids", LIST, "Every source that states it (sources.id)"),
            _c("source_url", URL, "The first source's page on this site"),
        ),
        foreign_keys=(("source_id", "sources", "id"),),
    ),
)


def table(name: str) -> Table:
    return next(t for t in TABLES if t.name == name)


class Dataset:
    """The rows of every table, public or full, on a date (as known now or then)."""

    def __init__(
        self,
        conn: Connection,
        *,
        public: bool,
        policy: PublicationPolicy,
        redactor: Redactor,
        at: dt.date,
        known_at: dt.date | None,
        base_url: str,
    ) -> None:
        self.conn = conn
        self.public = public
        self.view = Projection(policy if public else FULL_POLICY,
                               redactor if public else Redactor(()))  # fmt: skip
        self.at = at
        self.known_at = known_at
        self.base = base_url.rstrip("/")
        self._facilities: dict[int, str] | None = None

    def rows(self, name: str) -> Iterator[Row]:
        """The rows of table ``name``, in id order."""
        make: Callable[[], Iterator[Row]] = getattr(self, name)
        return make()

    def _hidden(self, withheld: bool, field: WithheldField) -> bool:
        return self.public and withheld and not self.view.policy.shows(field)

    def persons(self) -> Iterator[Row]:
        for ids in person_id_batches(self.conn, self.known_at):
            for r in person_rows(self.conn, ids, self.at, self.known_at):
                v = self.view.person_summary(r)
                shown = not (self.public and r.name_withheld)
                name = v.name if self.public else (r.all_names[0] if r.all_names else v.name)
                yield (
                    v.id, name, v.name_withheld, tuple(r.all_names[1:]) if shown else (),
                    v.gender, v.birth_year, v.region, v.status, v.recognized, v.held_since,
                    v.held_since_precision, v.held_since_estimate, v.facility,
                    tuple(v.articles), self.base + v.url,
                )  # fmt: skip

    def _facility_names(self) -> dict[int, str]:
        if self._facilities is None:
            found = list_facilities(self.conn)
            self._facilities = facility_labels(self.conn, [f.id for f in found if f.id])
        return self._facilities

    def events(self) -> Iterator[Row]:
        names = self._facility_names()
        for batch in event_batches(self.conn, self.known_at):
            for e in batch:
                w = e.name_withheld and self.public
                precision = self.view.policy.withheld_dates if w else DatePrecision.DAY
                date = _coarse_partial(e.date, precision)
                hide_place = self._hidden(e.name_withheld, WithheldField.FACILITY)
                hide_term = self._hidden(e.name_withheld, WithheldField.ARTICLES)
                detail = e.detail
                recorded = e.recorded_on.isoformat()[: len(date)] if w else None
                yield (
                    e.id, e.person_id, e.type.value, event_label(e.type), date,
                    _PRECISION[len(date)], e.date.estimate,
                    None if hide_place else e.facility_id,
                    None if hide_place or e.facility_id is None else names.get(e.facility_id),
                    # Her case would be named by its id: she is counted there, never named.
                    None if w else e.case_id, () if hide_term else detail.articles,
                    None if hide_term else detail.term_months,
                    None if hide_term or detail.regime is None else detail.regime.value,
                    self.view._detail(detail, w),
                    e.supersedes, e.superseded_by is not None,
                    recorded or e.recorded_on.isoformat(),
                    () if w else tuple(str(s) for s in e.source_ids),
                )  # fmt: skip

    def _case_rows(self) -> Iterator[tuple[CaseRow, tuple[DefendantRow, ...]]]:
        """Each case with the defendants shown: in a public export only the cases
        published on the site (``vigil.publish.cases.published``) and their named
        defendants; those whose name is withheld are counted, never listed."""
        for batch in case_batches(self.conn, self.known_at):
            for c in batch:
                if not self.public:
                    yield c, c.defendants
                elif published(d.name_withheld for d in c.defendants):
                    yield c, tuple(d for d in c.defendants if not d.name_withheld)

    def cases(self) -> Iterator[Row]:
        text = self.view.optional
        for c, _ in self._case_rows():
            k = c.case
            withheld = sum(d.name_withheld for d in c.defendants)
            # Its texts as the case page shows them: withheld names redacted.
            yield (
                k.id, text(k.title), k.articles, text(k.activity),
                text(k.court.name) if k.court else None, text(k.judge.name) if k.judge else None,
                text(k.prosecutor), tuple(_iso(h) for h in k.hearings), len(c.defendants),
                withheld, f"{self.base}/cases/{k.id}",
            )  # fmt: skip

    def defendants(self) -> Iterator[Row]:
        text = self.view.optional
        for c, shown in self._case_rows():
            for row in shown:
                d, v = row.defendant, row.defendant.verdict
                yield (
                    row.id, c.case.id, row.person_id,
                    _iso(v.date) if v and v.date else None, bool(v and v.date and v.date.estimate),
                    v.term_months if v else None, v.regime.value if v and v.regime else None,
                    text(v.note) if v else None, d.appeal.value if d.appeal else None,
                    _iso(d.appeal_date) if d.appeal_date else None,
                )  # fmt: skip

    def facilities(self) -> Iterator[Row]:
        text = self.view.optional
        for f in list_facilities(self.conn):
            assert f.id is not None
            yield (f.id, f.name, tuple(n for n in f.names if n != f.name), f.kind.value,
                   text(f.region), text(f.postal_address))  # fmt: skip

    def sources(self) -> Iterator[Row]:
        for batch in source_batches(self.conn, self.known_at):
            for s in batch:
                v = self.view.source_view(s)
                yield (v.id, v.title, v.publisher,
                       v.published.isoformat() if v.published else None, v.language,
                       v.grade.reliability, v.grade.credibility, v.connection, v.original_url,
                       self.base + v.url)  # fmt: skip

    def figures(self) -> Iterator[Row]:
        for f in list_figures(self.conn):
            if self.known_at and f.recorded_on and f.recorded_on > self.known_at:
                continue
            v = self.view.figure_view(f)
            breakdown = "; ".join(f"{k}={n}" for k, n in v.breakdown.items())
            yield (v.id, v.value, v.qualifier, v.category, v.as_of.lstrip("~").rstrip("?")
                   if v.as_of else None, breakdown or None, v.attributed_to, v.source_id,
                   v.source_title, v.quote, tuple(str(s.source_id) for s in v.sources),
                   self.base + v.source_url)  # fmt: skip


_PRECISION = {10: "day", 7: "month", 4: "year"}


def _iso(day: PartialDate) -> str:
    """ISO 8601 at its precision, without the estimate's mark."""
    return str(replace(day, estimate=False))
