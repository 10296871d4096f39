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
from vigil.publish import SourceDetail, SourceView
from vigil.web.deps import Pub, RecordId
from vigil.web.render import render

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


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(
    request: Request, pub: Pub, page: Annotated[int, Query(ge=1, le=100_000)] = 1
) -> HTMLResponse:
    total = pub.source_count()
    rows = pub.sources(limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    pages = max(1, -(-total // PER_PAGE))
    if page > pages:
        raise NotFound(f"page {page} of {pages}", hint="the list starts at page 1")
    context = SourcesContext(rows, total, page, pages)
    return render(request, "sources.html", context)


@router.get("/sources/{source_id}", response_class=HTMLResponse, include_in_schema=False)
def source_page(request: Request, pub: Pub, source_id: RecordId) -> HTMLResponse:
    detail: SourceDetail = pub.source(source_id)
    return render(request, "source.html", detail)
