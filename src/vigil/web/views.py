"""Public views of records: the only shapes in which persons, events, sources and figures
leave through a page, a download or the API.

Each view is built from a store record by one function here, field by field, so a new
field on a record is never published by accident. Restricted fields are never read.
A person whose name is withheld shows no name, no occupation, and no quote or source
for their events (quotes name people).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pydantic import BaseModel

from vigil.model import EventType
from vigil.status import HELD, Fold
from vigil.store.dossier import Dossier
from vigil.store.public_list import PersonRow
from vigil.store.public_sources import SourceQuote, SourceRow
from vigil.store.public_stats import FigureRow

__all__ = [
    "EventView",
    "FacilityView",
    "FigureView",
    "PersonDetail",
    "PersonSummary",
    "QuoteView",
    "SourceRef",
    "SourceView",
    "event_label",
    "figure_view",
    "person_detail",
    "person_summary",
    "quote_view",
    "source_view",
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


class PersonSummary(BaseModel):
    """One row of the public list."""

    id: int
    name: str
    name_withheld: bool
    gender: str
    birth_year: int | None
    region: str | None
    status: str | None
    recognized: bool
    held_since: dt.date | None
    facility: str | None
    articles: list[str]
    url: str


def person_summary(row: PersonRow) -> PersonSummary:
    return PersonSummary(
        id=row.id,
        name=row.name,
        name_withheld=row.name_withheld,
        gender=row.gender,
        birth_year=row.birth_year,
        region=row.region,
        status=row.status,
        recognized=row.recognized,
        held_since=row.held_since,
        facility=row.facility,
        articles=list(row.articles),
        url=f"/persons/{row.id}",
    )


class SourceRef(BaseModel):
    source_id: int
    title: str
    quote: str
    url: str


class EventView(BaseModel):
    id: int
    type: str
    label: str
    date: str
    estimate: bool
    facility: str | None
    detail: str
    superseded: bool
    sources: list[SourceRef]


class FacilityView(BaseModel):
    id: int
    name: str
    kind: str
    region: str | None
    postal_address: str | None


class PersonDetail(BaseModel):
    """A person's public page."""

    id: int
    name: str
    name_withheld: bool
    other_names: list[str]
    gender: str
    birth_year: int | None
    region: str | None
    occupation: str | None
    status: str | None
    status_label: str
    status_since: dt.date | None
    recognized: bool
    incommunicado: bool
    days_held: int
    days_incommunicado: int
    as_of: dt.date
    facility: FacilityView | None
    events: list[EventView]
    conflicts: list[str]


def _custody_since(fold: Fold) -> dt.date | None:
    seg = fold.current
    if seg is None:
        return None
    since = seg.start
    for earlier in reversed(fold.segments[:-1]):
        same = earlier.custody is seg.custody or (earlier.held and seg.held)
        if not same or earlier.end != since:
            break
        since = earlier.start
    return since


def person_detail(d: Dossier) -> PersonDetail:
    p = d.person
    assert p.id is not None
    withheld = p.name_withheld
    seg = d.fold.at(d.as_of) or d.fold.current
    facility = None
    if seg is not None and seg.custody in HELD and seg.facility_id in d.facilities:
        f = d.facilities[seg.facility_id]
        assert f.id is not None
        facility = FacilityView(
            id=f.id,
            name=f.name,
            kind=f.kind.value,
            region=f.region,
            postal_address=f.postal_address,
        )
    events = []
    for e in d.events:
        assert e.id is not None
        refs = []
        if not withheld:
            for cid in e.claim_ids:
                claim = d.claims[cid]
                refs.append(
                    SourceRef(
                        source_id=claim.source_id,
                        title=d.source_titles.get(claim.source_id, f"source {claim.source_id}"),
                        quote=claim.quote,
                        url=f"/sources/{claim.source_id}",
                    )
                )
        where = d.facilities[e.facility_id].name if e.facility_id in d.facilities else None
        events.append(
            EventView(
                id=e.id,
                type=e.type.value,
                label=event_label(e.type),
                date=str(e.date).lstrip("~").rstrip("?"),
                estimate=e.date.estimate,
                facility=where,
                # A note is free text and may name the person.
                detail=(replace(e.detail, note=None) if withheld else e.detail).describe(),
                superseded=e.id in d.superseded,
                sources=refs,
            )
        )
    return PersonDetail(
        id=p.id,
        name=p.public_name,
        name_withheld=withheld,
        other_names=[] if withheld else [n.text for n in p.names if n.text != p.display_name],
        gender=p.gender.value,
        birth_year=p.birth_date.year if p.birth_date else None,
        region=p.region,
        occupation=None if withheld else p.occupation,
        status=seg.custody.value if seg else None,
        status_label=status_label(seg.custody.value if seg else None),
        status_since=_custody_since(d.fold),
        recognized=bool(seg and seg.recognized),
        incommunicado=bool(seg and seg.incommunicado),
        days_held=d.days_held,
        days_incommunicado=d.days_incommunicado,
        as_of=d.as_of,
        facility=facility,
        events=events,
        conflicts=[c.reason for c in d.fold.conflicts],
    )


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


def figure_view(f: FigureRow) -> FigureView:
    return FigureView(
        id=f.id,
        value=f.value,
        qualifier=f.qualifier.value,
        category=f.category,
        as_of=str(f.as_of) if f.as_of else None,
        breakdown=f.breakdown,
        attributed_to=f.attributed_to,
        source_id=f.source_id,
        source_title=f.source_title,
        quote=f.quote,
        source_url=f"/sources/{f.source_id}",
    )


class QuoteView(BaseModel):
    claim_id: int
    quote: str
    person_id: int | None
    person_name: str | None
    event: str | None
    figure_id: int | None


def quote_view(q: SourceQuote) -> QuoteView:
    return QuoteView(
        claim_id=q.claim_id,
        quote=q.quote,
        person_id=q.person_id,
        person_name=q.person_name,
        event=event_label(q.event_type) if q.event_type else None,
        figure_id=q.figure_id,
    )


class SourceView(BaseModel):
    id: int
    title: str
    original_url: str | None
    publisher: str | None
    published: dt.date | None
    language: str | None
    reliability: str
    connection: str | None
    url: str


def source_view(s: SourceRow) -> SourceView:
    return SourceView(
        id=s.id,
        title=s.title or s.url or f"source {s.id}",
        original_url=s.url if s.url and s.url.startswith(("https://", "http://")) else None,
        publisher=s.publisher,
        published=s.published,
        language=s.language,
        reliability=s.reliability.value,
        connection=s.connection.value if s.connection else None,
        url=f"/sources/{s.id}",
    )
