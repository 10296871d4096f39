"""``/briefing``: the one-page briefing on a day (``?at=``), printable, and as a PDF."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from vigil.publish.briefing import briefing
from vigil.web.briefing import briefing_context, briefing_pdf
from vigil.web.deps import Pub, parse_day, today
from vigil.web.render import chrome, render

router = APIRouter()

At = Annotated[str, Query(max_length=10, description="YYYY-MM-DD; today when empty")]


@router.get("/briefing", response_class=HTMLResponse, include_in_schema=False)
def briefing_page(request: Request, pub: Pub, at: At = "") -> HTMLResponse:
    day = parse_day(at, "at") or today()
    b = briefing(pub, day)
    lang = chrome(request).lang
    return render(request, "briefing.html", briefing_context(b, lang, "", pub.policy.min_cell))


@router.get("/briefing.pdf", include_in_schema=False)
def briefing_pdf_file(request: Request, pub: Pub, at: At = "") -> Response:
    day = parse_day(at, "at") or today()
    lang = chrome(request).lang
    base = str(request.base_url).rstrip("/")
    pdf = briefing_pdf(briefing(pub, day), lang, base, pub.policy.min_cell)
    name = f"vigil-briefing-{day.isoformat()}-{lang}.pdf"
    return Response(pdf, media_type="application/pdf",
                    headers={"content-disposition": f'attachment; filename="{name}"'})  # fmt: skip
