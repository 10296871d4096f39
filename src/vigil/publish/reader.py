"""``Publication``: the registry as the public may see it.

Every public page, public API route and download reads through one ``Publication``:
it runs the store's read queries and returns public views only (``vigil.publish.views``),
with withheld names redacted from every text, withheld persons' details held back as the
``PublicationPolicy`` says, and small cells suppressed. Public web modules import
nothing from ``vigil.store`` (a test checks), so no view decides that on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import IO

from sqlalchemy import Connection

from vigil.errors import NotFound
from vigil.model import EventType, PartialDate
from vigil.publish.cases import (
    CaseDetail,
    CaseSummary,
    TallyView,
    person_cases,
    public_case,
    public_cases,
    public_tallies,
)
from vigil.publish.cells import Cell, suppress, suppress_count
from vigil.publish.export import ExportFormat, Table, write_public
from vigil.publish.policy import DatePrecision, PublicationPolicy, WithheldField
from vigil.publish.queries.facilities import (
    facility_spells,
    held_now_by_facility,
    public_facilities,
)
from vigil.publish.queries.persons import (
    PersonQuery,
    PersonSort,
    StatusFilter,
    facility_choices,
    list_public_persons,
    region_choices,
    withheld_names,
)
from vigil.publish.queries.sources import (
    count_public_sources,
    get_source_row,
    list_source_rows,
    source_quotes,
)
from vigil.publish.queries.stats import list_figures, monthly_flows, recent_events_by_group
from vigil.publish.redact import Redactor, RedactorCache
from vigil.publish.views import (
    FacilityDetail,
    FacilityPoint,
    FacilitySummary,
    FigureView,
    OutOfSightView,
    PersonDetail,
    PersonSummary,
    Projection,
    QuoteView,
    SourceView,
    spellings,
)
from vigil.read.dossier import dossier
from vigil.stats import Summary, counts, sight, summary
from vigil.stats.counts import BreakdownField, Step
from vigil.stats.sight import Sight
from vigil.status.recognition import UNATTRIBUTED_LABEL, Headline
from vigil.store import headline as stored_headline
from vigil.store import persons as person_store
from vigil.store.audit import data_version
from vigil.store.facilities import list_facilities

__all__ = [
    "FlowView",
    "OrganisationCount",
    "Publication",
    "PublishedPage",
    "RecentView",
    "Redirect",
    "SourceDetail",
]

#: A name search reads at most this many matches.
SEARCH_LIMIT = 1000
#: A facility's page lists at most this many of the persons held there.
FACILITY_LIST_LIMIT = 500
#: Record ids are 32-bit integers on PostgreSQL.
MAX_ID = 2**31 - 1

_HIDES = {
    WithheldField.REGION: "region",
    WithheldField.GENDER: "gender",
    WithheldField.FACILITY: "facility",
    WithheldField.ARTICLES: "article",
}


@dataclass(frozen=True, slots=True)
class PublishedPage:
    rows: list[PersonSummary]
    total: int
    pages: int


@dataclass(frozen=True, slots=True)
class SourceDetail:
    source: SourceView
    quotes: list[QuoteView]
    figures: list[FigureView]


@dataclass(frozen=True, slots=True)
class RecentView:
    """A recent detention or release on the home page."""

    person_id: int
    name: str
    name_withheld: bool
    type: EventType
    date: str  # as precise as the person's policy allows
    day: dt.date  # the first day it may be (for <time datetime>), at that precision
    facility: str | None
    # The recorded name for readers of be, ru, en (empty when withheld), and the gender
    # where the public may see it (labels agree with it).
    spellings: dict[str, str] = field(default_factory=dict)
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class FlowView:
    """New detentions, releases and pardons in a month; None is a suppressed small cell."""

    month: dt.date
    detained: int | None
    released: int | None
    pardoned: int | None


@dataclass(frozen=True, slots=True)
class OrganisationCount:
    """One organisation's own count (``organisation`` is also what the list's
    ``recognized_by`` filter takes)."""

    organisation: str
    held: int


@dataclass(frozen=True, slots=True)
class Redirect:
    """The record was merged into ``to``."""

    to: int


class Publication:
    """One request's public view of the registry (a connection, a policy, a redactor)."""

    def __init__(self, conn: Connection, policy: PublicationPolicy, redactor: Redactor) -> None:
        self.conn = conn
        self.policy = policy
        self.view = Projection(policy, redactor)

    @classmethod
    def open(
        cls, conn: Connection, policy: PublicationPolicy, cache: RedactorCache | None = None
    ) -> Publication:
        """A publication over ``conn``, its redactor from ``cache`` when one is given."""
        if cache is None:
            return cls(conn, policy, Redactor(withheld_names(conn)))
        redactor = cache.get(data_version(conn), lambda: withheld_names(conn))
        return cls(conn, policy, redactor)

    # Persons ---------------------------------------------------------------------------

    def _hides(self) -> frozenset[str]:
        hidden = {name for f, name in _HIDES.items() if not self.policy.shows(f)}
        if self.policy.withheld_dates is not DatePrecision.DAY:
            hidden.add("dates")
        return frozenset(hidden)

    def persons(self, query: PersonQuery, q: str, today: dt.date) -> PublishedPage:
        """A page of the public list; ``q`` is a name in any script (never matching a
        withheld name)."""
        query = replace(query, withheld_hides=self._hides())
        if query.recognized_by is not None:
            org = sight.resolve_organisation(self.conn, query.recognized_by)
            query = replace(query, recognized_by=org)
        if q.strip():
            found = person_store.search(self.conn, q, limit=SEARCH_LIMIT)
            query = replace(query, ids=tuple(p.id for p in found if p.id is not None))
        page = list_public_persons(self.conn, query, today)
        rows = [self.view.person_summary(r) for r in page.rows]
        return PublishedPage(rows, page.total, page.pages)

    def regions(self) -> list[str]:
        return region_choices(self.conn)

    def organisations(self) -> list[str]:
        """The organisations the list can be filtered by (who recognizes someone)."""
        return [o for o in sight.organisations(self.conn) if o]

    def facilities(self) -> list[tuple[int, str]]:
        return facility_choices(self.conn)

    def facility_spellings(self) -> dict[str, dict[str, str]]:
        """Each facility's name as shown (its first name) -> its recorded name for
        readers of be, ru and en, where one is written in their script."""
        return {f.name: spellings(f.names) for f in list_facilities(self.conn)}

    def person(
        self, person_id: int, today: dt.date, known_at: dt.date | None = None
    ) -> PersonDetail | Redirect:
        """A person's public page as of ``today`` (any day), from what was known by
        ``known_at`` (default: everything known now)."""
        d = dossier(self.conn, person_id, as_of=today, known_at=known_at)
        if d.person.merged_into is not None:
            return Redirect(d.person.merged_into)
        cases = person_cases(self.conn, d.person, self.view.redactor)
        return self.view.person_detail(d).model_copy(update={"cases": cases})

    # Cases, courts and judges ------------------------------------------------------------

    def cases(self, *, court_id: int | None = None, judge_id: int | None = None
              ) -> list[CaseSummary]:  # fmt: skip
        """The published cases (those with a named defendant), newest first."""
        return public_cases(self.conn, self.view.redactor, court_id=court_id, judge_id=judge_id)

    def case(self, case_id: int) -> CaseDetail:
        return public_case(self.conn, case_id, self.view.redactor)

    def courts_and_judges(self) -> tuple[list[TallyView], list[TallyView]]:
        return public_tallies(self.conn, self.view.redactor)

    # Places of detention -----------------------------------------------------------------

    def facility_list(self, today: dt.date) -> list[FacilitySummary]:
        """Every place of detention with how many are held there today, most first."""
        held = held_now_by_facility(self.conn, today)
        rows = [self.view.facility_summary(f, *held.get(f.id or 0, (0, 0)))
                for f in public_facilities(self.conn)]  # fmt: skip
        return sorted(rows, key=lambda r: (-r.held_now.at_least, r.name))

    def facility(self, facility_id: int, today: dt.date, *, months: int = 24) -> FacilityDetail:
        """A place of detention: its names and address, who is held there today (named
        persons listed, withheld ones counted), and the count on the first day of each
        of the last ``months`` months."""
        if not 0 < facility_id <= MAX_ID:
            raise NotFound(f"no facility with id {facility_id}", hint="see the list at /facilities")
        try:
            f, spells = facility_spells(self.conn, facility_id)
        except NotFound:
            raise NotFound(
                f"no facility with id {facility_id}", hint="see the list at /facilities"
            ) from None
        query = PersonQuery(status=StatusFilter.HELD, facility_id=facility_id,
                            per_page=FACILITY_LIST_LIMIT)  # fmt: skip
        listed = self.persons(query, "", today).rows

        def held_on(day: dt.date) -> tuple[int, int]:
            there = {(s.person_id, s.name_withheld) for s in spells
                     if s.start <= day and (s.end is None or s.end > day)}  # fmt: skip
            withheld = sum(1 for _, w in there if w)
            return len(there) - withheld, withheld

        first = dt.date(today.year, today.month, 1)
        days = [_months_before(first, n) for n in range(months - 1, -1, -1)]
        series = [FacilityPoint(month=d, held=self.view.held(*held_on(d))) for d in days]
        return FacilityDetail(
            id=facility_id,
            name=self.view.text(f.name),
            other_names=[self.view.text(n) for n in f.names[1:]],
            kind=f.kind.value,
            region=f.region,
            postal_address=self.view.optional(f.postal_address),
            as_of=today,
            held_now=self.view.held(*held_on(today)),
            persons=listed,
            series=series,
            smallest_cell=self.policy.min_cell,
        )

    # Sources and figures ----------------------------------------------------------------

    def source_count(self) -> int:
        return count_public_sources(self.conn)

    def sources(self, *, limit: int, offset: int) -> list[SourceView]:
        rows = list_source_rows(self.conn, limit=limit, offset=offset)
        return [self.view.source_view(r) for r in rows]

    def source(self, source_id: int) -> SourceDetail:
        row = get_source_row(self.conn, source_id)
        if row is None:
            raise NotFound(f"no source with id {source_id}", hint="see the list at /sources")
        figures = self.figures(source_id=source_id)
        quotes = [
            self.view.quote_view(q)
            for q in source_quotes(self.conn, source_id)
            if q.figure_id is None
        ]
        return SourceDetail(self.view.source_view(row), quotes, figures)

    def figures(
        self, *, category: str | None = None, source_id: int | None = None
    ) -> list[FigureView]:
        rows = list_figures(self.conn, category=category, source_id=source_id)
        return [self.view.figure_view(f) for f in rows]

    # Downloads -------------------------------------------------------------------------

    def version(self) -> object:
        """The registry's data version: what a download made before still holds while
        it stays the same."""
        return data_version(self.conn)

    def download(
        self, out: IO[bytes], what: ExportFormat | Table, day: dt.date, base_url: str
    ) -> None:
        """The whole public dataset in one format (or one table as CSV) into ``out``,
        status on ``day``, links under ``base_url``."""
        write_public(out, self.conn, what, policy=self.policy, redactor=self.view.redactor,
                     at=day, base_url=base_url)  # fmt: skip

    # Numbers ---------------------------------------------------------------------------

    def summary(self, day: dt.date, known_at: dt.date | None = None) -> Summary:
        return summary(self.conn, day, known_at=known_at)

    def headline(self) -> str:
        """Whose count the headline is: "recognized by Viasna"."""
        return self.headline_rule().describe()

    def headline_rule(self) -> Headline:
        """Whose recognitions the headline counts, for a page to word in its language."""
        return stored_headline.stored(self.conn)

    def organisation_counts(
        self, day: dt.date, known_at: dt.date | None = None
    ) -> list[OrganisationCount]:
        """Each organisation's own count of those held on ``day``, largest first."""
        return [
            OrganisationCount(org or UNATTRIBUTED_LABEL, n)
            for org, n in sight.organisation_counts(self.conn, day, known_at)
        ]

    def out_of_sight_on(
        self, day: dt.date, known_at: dt.date | None = None
    ) -> list[OutOfSightView]:
        """Everyone held incommunicado on ``day`` as known now or then, the longest out of
        sight first, with their days as known then."""
        found = sight.out_of_sight(self.conn, day, known_at)
        ids = [o.person_id for o in found]
        people = {p.id: p for p in person_store.get_persons(self.conn, ids)}
        return [self.view.out_of_sight_view(o, people[o.person_id]) for o in found]

    def count_out_of_sight(
        self, day: dt.date, known_at: dt.date | None = None, which: Sight = Sight.INCOMMUNICADO
    ) -> int:
        """Those held incommunicado on ``day`` (recognized or not)."""
        return sight.count_out_of_sight(self.conn, day, known_at, which)

    def out_of_sight(self, today: dt.date, *, limit: int) -> PublishedPage:
        """Those held incommunicado today, the longest out of sight first."""
        query = PersonQuery(status=StatusFilter.INCOMMUNICADO, sort=PersonSort.OUT_OF_SIGHT,
                            per_page=limit)  # fmt: skip
        return self.persons(query, "", today)

    def count_at(self, day: dt.date, known_at: dt.date | None = None) -> int:
        return counts.count_at(self.conn, day, known_at)

    def series(
        self, first: dt.date, last: dt.date, step: Step, known_at: dt.date | None = None
    ) -> list[tuple[dt.date, int]]:
        return counts.series(self.conn, first, last, step, known_at)

    def breakdown(
        self, day: dt.date, by: BreakdownField, known_at: dt.date | None = None
    ) -> list[Cell]:
        """Counted persons by ``by``, small cells pooled (``vigil.publish.cells``)."""
        return suppress(counts.breakdown(self.conn, day, by, known_at), self.policy.min_cell)

    def flows(self, start: dt.date, end: dt.date) -> list[FlowView]:
        m = self.policy.min_cell
        return [
            FlowView(
                f.month,
                suppress_count(f.detained, m),
                suppress_count(f.released, m),
                suppress_count(f.pardoned, m),
            )
            for f in monthly_flows(self.conn, start, end)
        ]

    def recent(
        self, groups: Mapping[str, Sequence[EventType]], today: dt.date, *, limit: int
    ) -> dict[str, list[RecentView]]:
        found = recent_events_by_group(self.conn, groups, today, limit=limit)
        precision = self.policy.withheld_dates
        shows_facility = self.policy.shows(WithheldField.FACILITY)
        shows_gender = self.policy.shows(WithheldField.GENDER)
        ids = sorted({e.person_id for events in found.values() for e in events})
        people = {p.id: p for p in person_store.get_persons(self.conn, ids)}
        out: dict[str, list[RecentView]] = {}
        for name, events in found.items():
            out[name] = []
            for e in events:
                w = e.name_withheld
                date = _at(e.date, precision) if w else e.date
                out[name].append(
                    RecentView(
                        person_id=e.person_id,
                        name=e.name,
                        name_withheld=w,
                        type=e.type,
                        date=str(date),
                        day=date.earliest,
                        facility=e.facility if not w or shows_facility else None,
                        spellings={}
                        if w or e.person_id not in people
                        else spellings(people[e.person_id].names),
                        gender=people[e.person_id].gender.value
                        if e.person_id in people and (not w or shows_gender)
                        else None,
                    )
                )
        return out


def _months_before(first: dt.date, n: int) -> dt.date:
    index = first.year * 12 + first.month - 1 - n
    return dt.date(index // 12, index % 12 + 1, 1)


def _at(date: PartialDate, precision: DatePrecision) -> PartialDate:
    """``date`` no more precise than ``precision``."""
    if precision is DatePrecision.DAY:
        return date
    month = date.month if precision is DatePrecision.MONTH else None
    return PartialDate(date.year, month, None, date.estimate)
