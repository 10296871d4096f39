"""The sources: a list, and one source with what the registry takes from it.

A source's full text is not published here: it names people whose names are withheld.
The page links to the original and shows the quotes the registry relies on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from vigil.errors import NotFound
from vigil.store.public_sources import (
    count_public_sources,
    get_source_row,
    list_source_rows,
    source_quotes,
)
from vigil.store.public_stats import list_figures
from vigil.web.deps import Conn, RecordId
from vigil.web.render import render
from vigil.web.views import (
    FigureView,
    QuoteView,
    SourceView,
    figure_view,
    quote_view,
    source_view,
)

router = APIRouter()

PER_PAGE = 50


@dataclass(frozen=True, slots=True)
class SourcesContext:
    sources: list[SourceView]
    total: int
    page: int
    pages: int

    @staticmethod
    def page_params(page: int) -> dict[str, object]:
        return {"page": page}


@dataclass(frozen=True, slots=True)
class SourceContext:
    source: SourceView
    quotes: list[QuoteView]
    figures: list[FigureView]


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(
    request: Request, conn: Conn, page: Annotated[int, Query(ge=1, le=100_000)] = 1
) -> HTMLResponse:
    total = count_public_sources(conn)
    rows = list_source_rows(conn, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    pages = max(1, -(-total // PER_PAGE))
    context = SourcesContext([source_view(r) for r in rows], total, page, pages)
    return render(request, "sources.html", context)


def source_context(conn: Conn, source_id: RecordId) -> SourceContext:
    row = get_source_row(conn, source_id)
    if row is None:
        raise NotFound(f"no source with id {source_id}", hint="see the list at /sources")
    figures = [figure_view(f) for f in list_figures(conn, source_id=source_id)]
    quotes = [quote_view(q) for q in source_quotes(conn, source_id) if q.figure_id is None]
    return SourceContext(source_view(row), quotes, figures)


@router.get("/sources/{source_id}", response_class=HTMLResponse, include_in_schema=False)
def source_page(request: Request, conn: Conn, source_id: RecordId) -> HTMLResponse:
    return render(request, "source.html", source_context(conn, source_id))
