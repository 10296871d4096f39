"""Public views of records: the only shapes in which persons, events, sources and figures
leave through a page, a download, a feed or the API.

Each view is built from a store record by one function here, field by field, so a new
field on a record is never published by accident. Restricted fields are never read.
Every free text (quotes, titles, addresses, notes, attributions) passes the
``Redactor``; a person whose name is withheld shows what the ``PublicationPolicy``
allows: by default that they are held and counted, with dates to the month, and no
name, quote, source, region, facility, birth year, occupation or sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from pydantic import BaseModel

from vigil.model import (
    EventDetail,
    EventType,
    Facility,
    Grade,
    NameVariant,
    PartialDate,
    Person,
    Precision,
)
from vigil.names.spelling import spelling_for
from vigil.publish.cases import CaseRef
from vigil.publish.policy import DatePrecision, PublicationPolicy, WithheldField
from vigil.publish.queries.persons import PersonRow
from vigil.publish.queries.sources import SourceQuote, SourceRow
from vigil.publish.queries.stats import FigureRow
from vigil.publish.redact import Redactor
from vigil.read.dossier import Dossier
from vigil.stats.sight import OutOfSight
from vigil.status import HELD
from vigil.status.recognition import UNATTRIBUTED_LABEL
from vigil.status.release import ReleaseEstimate

__all__ = [
    "EventView",
    "FacilityDetail",
    "FacilityPoint",
    "FacilitySummary",
    "FacilityView",
    "FigureView",
    "GradeView",
    "HeldCount",
    "OutOfSightView",
    "PersonDetail",
    "PersonSummary",
    "Projection",
    "QuoteView",
    "RecognitionView",
    "SentenceView",
    "SourceRef",
    "SourceView",
    "event_label",
    "grade_view",
    "status_label",
]

_EVENT_LABELS = {
    EventType.DETAINED: "detained",
    EventType.CHARGED: "charged",
    EventType.SENTENCED: "sentenced",
    EventType.TRANSFERRED: "transferred",
    EventType.RECOGNIZED_POLITICAL_PRISONER: "recognized as a political prisoner",
    EventType.INCOMMUNICADO: "held incommunicado",
    EventType.CONTACT_RESTORED: "contact restored",
    EventType.PARDONED: "pardoned",
    EventType.RELEASED: "released",
    EventType.SENTENCE_COMPLETED: "released at the end of the sentence",
    EventType.DIED_IN_CUSTODY: "died in custody",
    EventType.CONVICTED_IN_ABSENTIA: "convicted in absentia",
    EventType.APPEAL_REJECTED: "appeal rejected",
    EventType.EXILED: "exiled",
}

_STATUS_LABELS = {
    "detained": "in pre-trial detention",
    "imprisoned": "imprisoned",
    "released": "released",
    "died": "died in custody",
    "at_liberty": "at liberty",
}


def event_label(kind: EventType | str) -> str:
    return _EVENT_LABELS.get(EventType(kind), str(kind).replace("_", " "))


def status_label(status: str | None) -> str:
    return _STATUS_LABELS.get(status or "", "no custody recorded")


LANGUAGES = ("be", "ru", "en")
# Where an extractor found an event's date: its working note, for reviewers only.
_EXTRACTOR_NOTE = re.compile(r'(?:^|;\s*)date from "[^"]*"(?: \(earlier sentence\))?')


def public_note(note: str | None) -> str | None:
    """An event's note without the extractor's record of where it found the date
    (``date from "the day of publication"``): that is for reviewers, not readers."""
    return _EXTRACTOR_NOTE.sub("", note or "").strip("; ") or None


def spellings(names: Sequence[NameVariant | str]) -> dict[str, str]:
    """The recorded spelling for readers of each language, where there is one."""
    found = {lang: spelling_for(names, lang) for lang in LANGUAGES}
    return {lang: text for lang, text in found.items() if text}


class PersonSummary(BaseModel):
    """One row of the public list."""

    id: int
    name: str
    name_withheld: bool
    gender: str | None  # None: not published for this person
    birth_year: int | None
    region: str | None
    status: str | None
    recognized: bool
    # As precisely as the date is known (2020-05-28, 2020-05 or 2020), and no more
    # precisely than the policy allows for a withheld person (YYYY-MM by default).
    held_since: str | None
    held_since_precision: str | None  # "day", "month" or "year": what held_since gives
    held_since_estimate: bool  # the date is an estimate ("about")
    facility: str | None
    facility_url: str | None
    articles: list[str]
    # The sentence in force (months) and its expected end, as precisely as its start is
    # known (see docs/counting.md); None for a withheld person unless the policy shows
    # their sentence, and the release None once they are out.
    sentence_months: int | None = None
    expected_release: str | None = None
    expected_release_estimate: bool = False
    url: str
    recognized_by: list[str]  # the organisations recognizing them today
    incommunicado: bool
    # Held incommunicado today: since when (as precisely as known and the policy allows)
    # and the days out of sight before today (None where it would give away a withheld
    # person's exact date; at_least: a lower bound from a partial date).
    incommunicado_since: str | None
    days_incommunicado: int | None
    days_incommunicado_at_least: bool
    # The recorded spelling of the name for readers of each language ("be", "ru", "en"),
    # where one is written in its script; empty when the name is withheld.
    spellings: dict[str, str] = {}


class OutOfSightView(BaseModel):
    """One person held incommunicado on a day, with the days out of sight before it."""

    id: int
    name: str  # "name withheld" when withheld
    name_withheld: bool
    incommunicado_since: str  # as precisely as known and the policy allows
    days_incommunicado: int | None  # None where it would give away a withheld person's day
    days_incommunicado_at_least: bool
    url: str


class RecognitionView(BaseModel):
    """One organisation's position on a person, from ``date`` until ``until``."""

    organisation: str  # "unattributed" for a recognition recorded without one
    status: str  # recognized, under_monitoring, not_recognized, withdrawn
    label: str
    date: str
    until: str | None
    criterion: str | None


class GradeView(BaseModel):
    """A source's grade (Admiralty code): reliability A–F, credibility 1–6; each null
    until a documenter grades it."""

    reliability: str | None
    credibility: str | None
    code: str  # "B2"; "" when not graded
    label: str  # "B2 — usually reliable, probably true"; "not graded"


def grade_view(grade: Grade) -> GradeView:
    return GradeView(
        reliability=grade.reliability.value if grade.reliability else None,
        credibility=grade.credibility.value if grade.credibility else None,
        code=grade.code,
        label=grade.label,
    )


class SourceRef(BaseModel):
    source_id: int
    title: str
    quote: str
    url: str
    grade: GradeView  # the source's grade, shown beside the quote


class EventView(BaseModel):
    id: int
    type: str
    label: str
    date: str
    estimate: bool
    facility: str | None
    detail: str  # in English: articles, term, regime, recognition, note
    articles: list[str] = []  # the detail's parts, for a reader's own language
    term_months: int | None = None
    regime: str | None = None
    note: str | None = None
    superseded: bool
    sources: list[SourceRef]


class FacilityView(BaseModel):
    id: int
    name: str
    kind: str
    region: str | None
    postal_address: str | None
    url: str


class HeldCount(BaseModel):
    """How many are held at a place on a day. Persons whose names are withheld are
    counted but not named; fewer of them than the smallest published cell are not told
    apart from none, so then the count is only "at least" the named ones."""

    count: int | None  # None: only a lower bound can be published
    at_least: int
    named: int
    withheld: int | None  # None: fewer than the smallest cell (which may be none)


class FacilitySummary(BaseModel):
    id: int
    name: str
    kind: str
    region: str | None
    postal_address: str | None
    held_now: HeldCount
    url: str


class FacilityPoint(BaseModel):
    month: dt.date
    held: HeldCount


class FacilityDetail(BaseModel):
    """A place of detention's public page."""

    id: int
    name: str
    other_names: list[str]
    kind: str
    region: str | None
    postal_address: str | None
    as_of: dt.date
    held_now: HeldCount
    persons: list[PersonSummary]  # held here now, named (and withheld ones if the
    # policy publishes a withheld person's facility)
    series: list[FacilityPoint]  # the first day of each month, oldest first
    smallest_cell: int  # fewer withheld persons than this are not told apart from none


class SentenceView(BaseModel):
    """The sentence in force: its term, what it is counted from, the days served and
    the expected release (see docs/counting.md for the rule)."""

    term_months: int
    counted_from: str  # as precisely as known (YYYY-MM-DD, YYYY-MM or YYYY)
    counted_from_estimate: bool
    served_days: int | None  # None where it would give away a withheld person's dates
    served_at_least: bool
    expected_release: str | None  # None once the person is out of that spell
    expected_release_estimate: bool


class PersonDetail(BaseModel):
    """A person's public page."""

    id: int
    name: str
    name_withheld: bool
    other_names: list[str]
    spellings: dict[str, str]  # as in the list: the name for readers of be, ru, en
    gender: str | None
    birth_year: int | None
    region: str | None
    occupation: str | None
    status: str | None
    status_label: str
    status_since: str | None  # as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY
    status_since_precision: str | None  # "day", "month" or "year"
    status_since_estimate: bool
    recognized: bool
    incommunicado: bool
    days_held: int | None  # None where it would give away a withheld person's exact date
    # True: days_held is a lower bound ("at least"), counted from the last day a date
    # known only to a month or a year allows.
    days_held_at_least: bool
    days_incommunicado: int | None
    days_incommunicado_at_least: bool
    as_of: dt.date
    facility: FacilityView | None
    sentence: SentenceView | None
    events: list[EventView]
    conflicts: list[str]
    recognitions: list[RecognitionView]  # each organisation's positions, with dates
    headline: str  # whose recognitions ``recognized`` (the headline count) counts
    cases: list[CaseRef] = []  # the cases in which a named person is a defendant


class FigureView(BaseModel):
    id: int
    value: int
    qualifier: str
    category: str
    as_of: str | None
    breakdown: dict[str, int]
    attributed_to: str | None
    source_id: int
    source_title: str
    quote: str
    source_url: str
    sources: list[SourceRef]  # every source that states it, the first one first


class QuoteView(BaseModel):
    claim_id: int
    quote: str
    person_id: int | None
    person_name: str | None
    event: str | None
    figure_id: int | None


class SourceView(BaseModel):
    id: int
    title: str
    original_url: str | None
    publisher: str | None
    published: dt.date | None
    language: str | None
    grade: GradeView
    connection: str | None
    url: str


def coarse(day: dt.date, precision: DatePrecision) -> str:
    """A day as precisely as ``precision`` allows: 2021-05-28, 2021-05 or 2021."""
    if precision is DatePrecision.DAY:
        return day.isoformat()
    if precision is DatePrecision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


_KEEP = {DatePrecision.DAY: 10, DatePrecision.MONTH: 7, DatePrecision.YEAR: 4}
_PRECISION_OF = {10: Precision.DAY, 7: Precision.MONTH, 4: Precision.YEAR}


def _coarse_partial(date: PartialDate, precision: DatePrecision) -> str:
    """A partial date as precisely as it is known and ``precision`` allows, without
    the estimate mark (which views carry as a flag)."""
    return str(date).lstrip("~").rstrip("?")[: _KEEP[precision]]


class Projection:
    """Store records → public views, under one policy and one redactor."""

    def __init__(self, policy: PublicationPolicy, redactor: Redactor) -> None:
        self.policy = policy
        self.redactor = redactor

    def text(self, value: str) -> str:
        return self.redactor.redact(value)

    def optional(self, value: str | None) -> str | None:
        return self.redactor.redact(value) if value else value

    def _shows(self, withheld: bool, field: WithheldField) -> bool:
        return not withheld or self.policy.shows(field)

    def _date(
        self, withheld: bool, date: PartialDate | None
    ) -> tuple[str | None, str | None, bool]:
        """A date as shown: its text, the precision that text has, and the estimate."""
        if date is None:
            return None, None, False
        text = _coarse_partial(date, self.policy.withheld_dates if withheld else DatePrecision.DAY)
        return text, _PRECISION_OF[len(text)].value, date.estimate

    def held(self, named: int, withheld: int) -> HeldCount:
        """A count of persons held, withheld ones counted and never told apart when
        they are fewer than the smallest cell (``HeldCount``)."""
        if self.policy.shows(WithheldField.FACILITY) or withheld >= self.policy.min_cell:
            total = named + withheld
            return HeldCount(count=total, at_least=total, named=named, withheld=withheld)
        return HeldCount(count=None, at_least=named, named=named, withheld=None)

    def facility_summary(self, f: Facility, named: int, withheld: int) -> FacilitySummary:
        assert f.id is not None
        return FacilitySummary(id=f.id, name=self.text(f.name), kind=f.kind.value,
                               region=f.region, postal_address=self.optional(f.postal_address),
                               held_now=self.held(named, withheld),
                               url=f"/facilities/{f.id}")  # fmt: skip

    def person_summary(self, row: PersonRow) -> PersonSummary:
        w = row.name_withheld
        since, precision, estimate = self._date(w, row.held_since)
        out = row.out_of_sight
        exact = not w or self.policy.withheld_dates is DatePrecision.DAY
        out_since = self._date(w, out.since)[0] if out is not None else None
        return PersonSummary(
            id=row.id,
            name=row.name,
            name_withheld=w,
            gender=row.gender if self._shows(w, WithheldField.GENDER) else None,
            birth_year=row.birth_year if self._shows(w, WithheldField.BIRTH_YEAR) else None,
            region=row.region if self._shows(w, WithheldField.REGION) else None,
            status=row.status,
            recognized=row.recognized,
            held_since=since,
            held_since_precision=precision,
            held_since_estimate=estimate,
            facility=row.facility if self._shows(w, WithheldField.FACILITY) else None,
            facility_url=f"/facilities/{row.facility_id}"
            if row.facility_id is not None and self._shows(w, WithheldField.FACILITY)
            else None,
            articles=list(row.articles) if self._shows(w, WithheldField.ARTICLES) else [],
            **self._release(w, row.release),
            url=f"/persons/{row.id}",
            recognized_by=[self.text(o) if o else UNATTRIBUTED_LABEL for o in row.recognized_by],
            incommunicado=row.incommunicado,
            incommunicado_since=out_since,
            days_incommunicado=out.days.days if out is not None and exact else None,
            days_incommunicado_at_least=out is not None and exact and out.days.at_least,
            spellings={} if w else spellings(row.names),
        )

    def _release(self, withheld: bool, r: ReleaseEstimate | None) -> dict[str, Any]:
        """A list row's sentence and expected release, as the policy allows."""
        if r is None or not self._shows(withheld, WithheldField.ARTICLES):
            return {}
        precision = self.policy.withheld_dates if withheld else DatePrecision.DAY
        release = _coarse_partial(r.release, precision) if r.held else None
        return {"sentence_months": r.term_months, "expected_release": release,
                "expected_release_estimate": r.held and r.estimate}  # fmt: skip

    def sentence(self, withheld: bool, r: ReleaseEstimate | None) -> SentenceView | None:
        if r is None or not self._shows(withheld, WithheldField.ARTICLES):
            return None
        precision = self.policy.withheld_dates if withheld else DatePrecision.DAY
        exact = not withheld or precision is DatePrecision.DAY
        return SentenceView(
            term_months=r.term_months,
            counted_from=_coarse_partial(r.start, precision),
            counted_from_estimate=r.start.estimate,
            served_days=r.served.days if exact else None,
            served_at_least=exact and r.served.at_least,
            expected_release=_coarse_partial(r.release, precision) if r.held else None,
            expected_release_estimate=r.held and r.estimate,
        )

    def out_of_sight_view(self, o: OutOfSight, person: Person) -> OutOfSightView:
        w = person.name_withheld
        exact = not w or self.policy.withheld_dates is DatePrecision.DAY
        return OutOfSightView(
            id=o.person_id,
            name=person.public_name,
            name_withheld=w,
            incommunicado_since=self._date(w, o.since)[0] or "",
            days_incommunicado=o.days.days if exact else None,
            days_incommunicado_at_least=exact and o.days.at_least,
            url=f"/persons/{o.person_id}",
        )

    def _public(self, detail: EventDetail, withheld: bool) -> EventDetail:
        """What the public sees of an event's detail: never where the extractor found
        the date (its working note), and less for a person whose name is withheld."""
        detail = replace(detail, note=public_note(detail.note))
        if withheld:
            # A note is free text about the person; the sentence identifies them.
            detail = replace(detail, note=None)
            if not self.policy.shows(WithheldField.ARTICLES):
                detail = replace(detail, articles=(), term_months=None, regime=None)
        return detail

    def _detail(self, detail: EventDetail, withheld: bool) -> str:
        return self.text(self._public(detail, withheld).describe())

    def person_detail(self, d: Dossier) -> PersonDetail:
        p = d.person
        assert p.id is not None
        w = p.name_withheld
        seg = d.fold.at(d.as_of) or d.fold.current
        facility = None
        held_in = seg is not None and seg.custody in HELD and seg.facility_id in d.facilities
        if held_in and seg is not None and self._shows(w, WithheldField.FACILITY):
            f = d.facilities[seg.facility_id]  # type: ignore[index]
            assert f.id is not None
            facility = FacilityView(id=f.id, name=f.name, kind=f.kind.value, region=f.region,
                                    postal_address=f.postal_address,
                                    url=f"/facilities/{f.id}")  # fmt: skip
        events = []
        precision = self.policy.withheld_dates if w else DatePrecision.DAY
        for e in d.events:
            assert e.id is not None
            refs = []
            if not w:
                for cid in e.claim_ids:
                    claim = d.claims[cid]
                    title = d.source_titles.get(claim.source_id, f"source {claim.source_id}")
                    grade = d.source_grades.get(claim.source_id, Grade())
                    refs.append(SourceRef(source_id=claim.source_id, title=self.text(title),
                                          quote=self.text(claim.quote),
                                          url=f"/sources/{claim.source_id}",
                                          grade=grade_view(grade)))  # fmt: skip
            where = d.facilities[e.facility_id].name if e.facility_id in d.facilities else None
            shown = self._public(e.detail, w)
            events.append(
                EventView(
                    id=e.id,
                    type=e.type.value,
                    label=event_label(e.type),
                    date=_coarse_partial(e.date, precision),
                    estimate=e.date.estimate,
                    facility=where if self._shows(w, WithheldField.FACILITY) else None,
                    detail=self._detail(e.detail, w),
                    articles=list(shown.articles),
                    term_months=shown.term_months,
                    regime=shown.regime.value if shown.regime else None,
                    note=self.optional(shown.note),
                    superseded=e.id in d.superseded,
                    sources=refs,
                )
            )
        exact = not w or precision is DatePrecision.DAY
        since, since_precision, since_estimate = self._date(w, d.since)
        return PersonDetail(
            id=p.id,
            name=p.public_name,
            name_withheld=w,
            other_names=[] if w else [n.text for n in p.names if n.text != p.display_name],
            spellings={} if w else spellings(p.names),
            gender=p.gender.value if self._shows(w, WithheldField.GENDER) else None,
            birth_year=p.birth_date.year
            if p.birth_date and self._shows(w, WithheldField.BIRTH_YEAR)
            else None,
            region=p.region if self._shows(w, WithheldField.REGION) else None,
            occupation=self.optional(p.occupation)
            if self._shows(w, WithheldField.OCCUPATION)
            else None,
            status=seg.custody.value if seg else None,
            status_label=status_label(seg.custody.value if seg else None),
            status_since=since,
            status_since_precision=since_precision,
            status_since_estimate=since_estimate,
            recognized=bool(seg and seg.recognized),
            incommunicado=bool(seg and seg.incommunicado),
            days_held=d.held.days if exact else None,
            days_held_at_least=exact and d.held.at_least,
            days_incommunicado=d.incommunicado.days if exact else None,
            days_incommunicado_at_least=exact and d.incommunicado.at_least,
            as_of=d.as_of,
            facility=facility,
            sentence=self.sentence(w, d.release),
            events=events,
            # The reasons quote dates and details.
            conflicts=[] if w else [c.reason for c in d.fold.conflicts],
            recognitions=[
                RecognitionView(
                    organisation=self.text(r.organisation) or UNATTRIBUTED_LABEL,
                    status=r.status.value,
                    label=r.status.value.replace("_", " "),
                    date=_coarse_partial(r.date, precision),
                    until=_coarse_partial(r.until, precision) if r.until else None,
                    criterion=self.optional(r.criterion),
                )
                for r in d.positions
            ],
            headline=d.headline.describe(),
        )

    def figure_view(self, f: FigureRow) -> FigureView:
        return FigureView(
            id=f.id,
            value=f.value,
            qualifier=f.qualifier.value,
            category=f.category,
            as_of=str(f.as_of) if f.as_of else None,
            breakdown=f.breakdown,
            attributed_to=self.optional(f.attributed_to),
            source_id=f.source_id,
            source_title=self.text(f.source_title),
            quote=self.text(f.quote),
            source_url=f"/sources/{f.source_id}",
            sources=[
                SourceRef(source_id=sid, title=self.text(title), quote=self.text(quote),
                          url=f"/sources/{sid}", grade=grade_view(grade))
                for sid, title, quote, grade in f.sources
            ],
        )  # fmt: skip

    def quote_view(self, q: SourceQuote) -> QuoteView:
        return QuoteView(
            claim_id=q.claim_id,
            quote=self.text(q.quote),
            person_id=q.person_id,
            person_name=self.optional(q.person_name),
            event=event_label(q.event_type) if q.event_type else None,
            figure_id=q.figure_id,
        )

    def source_view(self, s: SourceRow) -> SourceView:
        url = s.url if s.url and s.url.startswith(("https://", "http://")) else None
        # An address that names a withheld person is not shown at all: a marker in a
        # link would lead nowhere, and the rest of the address may still identify them.
        if url and self.redactor.names_in(url):
            url = None
        title = s.title or (s.url if s.url and not self.redactor.names_in(s.url) else None)
        return SourceView(
            id=s.id,
            title=self.text(title) if title else f"source {s.id}",
            original_url=url,
            publisher=self.optional(s.publisher),
            published=s.published,
            language=s.language,
            grade=grade_view(s.grade),
            connection=s.connection.value if s.connection else None,
            url=f"/sources/{s.id}",
        )
