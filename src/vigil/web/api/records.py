"""``/api/v1``: persons, their events, sources and figures. Public fields only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from vigil.publish import (
    EventView,
    FacilityDetail,
    FacilitySummary,
    FigureView,
    PersonDetail,
    PersonSummary,
    Publication,
    QuoteView,
    Redirect,
    SourceView,
)
from vigil.web.deps import (
    AsOf,
    ListParams,
    PersonDay,
    Pub,
    RecordId,
    list_params,
    public_rows,
    today,
)

router = APIRouter(prefix="/api/v1")


class PersonList(BaseModel):
    total: int
    page: int
    per_page: int
    pages: int
    items: list[PersonSummary]


class SourceList(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[SourceView]


class SourceDetail(BaseModel):
    source: SourceView
    quotes: list[QuoteView]
    figures: list[FigureView]


@router.get("/persons", tags=["persons"])
def api_persons(pub: Pub, params: Annotated[ListParams, Depends(list_params)]) -> PersonList:
    """Persons: search by any name variant in any script, filter, sort, page. A person
    whose name is withheld is listed as "name withheld", with fewer details."""
    rows, total, pages = public_rows(pub, params)
    return PersonList(total=total, page=params.page, per_page=params.per_page, pages=pages,
                      items=rows)  # fmt: skip


def _detail(
    pub: Publication, person_id: RecordId, when: AsOf | None = None
) -> PersonDetail | RedirectResponse:
    found = (
        pub.person(person_id, when.day, when.known_at) if when else pub.person(person_id, today())
    )
    if isinstance(found, Redirect):
        return RedirectResponse(f"/api/v1/persons/{found.to}", status_code=301)
    return found


@router.get("/persons/{person_id}", tags=["persons"], response_model=PersonDetail)
def api_person(pub: Pub, person_id: RecordId, when: PersonDay) -> Response | PersonDetail:
    """One person: status today (or on ``as_of``, as known on ``known_at``), days held,
    facility, and the events with their sources. A record merged into another redirects
    to it."""
    return _detail(pub, person_id, when)


@router.get("/persons/{person_id}/events", tags=["persons"], response_model=list[EventView])
def api_person_events(pub: Pub, person_id: RecordId) -> Response | list[EventView]:
    """A person's events in date order, superseded ones marked."""
    found = _detail(pub, person_id)
    if isinstance(found, RedirectResponse):
        found.headers["location"] += "/events"
        return found
    return found.events


@router.get("/sources", tags=["sources"])
def api_sources(
    pub: Pub,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> SourceList:
    """Sources, newest published first (their full text is not published)."""
    rows = pub.sources(limit=per_page, offset=(page - 1) * per_page)
    return SourceList(total=pub.source_count(), page=page, per_page=per_page,
                      items=rows)  # fmt: skip


@router.get("/sources/{source_id}", tags=["sources"])
def api_source(pub: Pub, source_id: RecordId) -> SourceDetail:
    """One source with the quotes the registry relies on and the figures it states."""
    c = pub.source(source_id)
    return SourceDetail(source=c.source, quotes=c.quotes, figures=c.figures)


@router.get("/figures", tags=["figures"])
def api_figures(pub: Pub, category: Annotated[str, Query(max_length=40)] = "") -> list[FigureView]:
    """Figures that sources published (held, pardoned, ...), newest first."""
    return pub.figures(category=category or None)


@router.get("/facilities", tags=["facilities"])
def api_facilities(pub: Pub) -> list[FacilitySummary]:
    """Places of detention with their postal address for letters and how many are held
    in each today (persons whose names are withheld are counted, never named)."""
    return pub.facility_list(today())


@router.get("/facilities/{facility_id}", tags=["facilities"])
def api_facility(pub: Pub, facility_id: RecordId) -> FacilityDetail:
    """A place of detention: its names, postal address, who is held there today and
    how many on the first day of each of the last 24 months."""
    return pub.facility(facility_id, today())
