"""``/api/v1``: persons, their events, sources and figures. Public fields only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from vigil.store.dossier import dossier
from vigil.store.public_sources import count_public_sources, list_source_rows
from vigil.store.public_stats import list_figures
from vigil.web.deps import Conn, ListParams, RecordId, list_params, today
from vigil.web.pages.persons import public_rows
from vigil.web.pages.sources import source_context
from vigil.web.views import (
    EventView,
    FigureView,
    PersonDetail,
    PersonSummary,
    QuoteView,
    SourceView,
    figure_view,
    person_detail,
    source_view,
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
def api_persons(conn: Conn, params: Annotated[ListParams, Depends(list_params)]) -> PersonList:
    """Persons: search by any name variant in any script, filter, sort, page."""
    rows, total, pages = public_rows(conn, params)
    return PersonList(total=total, page=params.page, per_page=params.per_page, pages=pages,
                      items=rows)  # fmt: skip


def _detail(conn: Conn, person_id: RecordId) -> PersonDetail | RedirectResponse:
    d = dossier(conn, person_id, as_of=today())
    if d.person.merged_into is not None:
        return RedirectResponse(f"/api/v1/persons/{d.person.merged_into}", status_code=301)
    return person_detail(d)


@router.get("/persons/{person_id}", tags=["persons"], response_model=PersonDetail)
def api_person(conn: Conn, person_id: RecordId) -> Response | PersonDetail:
    """One person: status today, days held, facility, and the events with their sources.
    A record merged into another redirects to it."""
    return _detail(conn, person_id)


@router.get("/persons/{person_id}/events", tags=["persons"], response_model=list[EventView])
def api_person_events(conn: Conn, person_id: RecordId) -> Response | list[EventView]:
    """A person's events in date order, superseded ones marked."""
    found = _detail(conn, person_id)
    if isinstance(found, RedirectResponse):
        found.headers["location"] += "/events"
        return found
    return found.events


@router.get("/sources", tags=["sources"])
def api_sources(
    conn: Conn,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> SourceList:
    """Sources, newest published first (their full text is not published)."""
    rows = list_source_rows(conn, limit=per_page, offset=(page - 1) * per_page)
    return SourceList(total=count_public_sources(conn), page=page, per_page=per_page,
                      items=[source_view(r) for r in rows])  # fmt: skip


@router.get("/sources/{source_id}", tags=["sources"])
def api_source(conn: Conn, source_id: RecordId) -> SourceDetail:
    """One source with the quotes the registry relies on and the figures it states."""
    c = source_context(conn, source_id)
    return SourceDetail(source=c.source, quotes=c.quotes, figures=c.figures)


@router.get("/figures", tags=["figures"])
def api_figures(
    conn: Conn, category: Annotated[str, Query(max_length=40)] = ""
) -> list[FigureView]:
    """Figures that sources published (held, pardoned, ...), newest first."""
    return [figure_view(f) for f in list_figures(conn, category=category or None)]
