"""Staff ingest: paste a text or upload a file, store it as a source, extract from it and
propose claims for review, in one transaction. An upload goes to the reader its kind
needs (``vigil.ingest.readers``): a text with front matter, a saved web page, a Telegram
export or a feed, which may hold many sources.

A bad input (an empty text, broken front matter, a file that is not UTF-8 text, a date in
the future) is answered on the page with what to do, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse

from vigil.errors import VigilError
from vigil.ingest.paste import LANGUAGES, IngestFields, run_ingest, source_from, upload_sources
from vigil.ingest.pipeline import IngestReport, KnownDetails
from vigil.ingest.readers.sniff import EXTENSIONS
from vigil.ingest.text import MAX_SOURCE_BYTES
from vigil.web.bounded import BoundedRoute
from vigil.web.deps import Extract
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Documenter, WriteConn

__all__ = ["router"]

router = APIRouter(prefix="/staff", route_class=BoundedRoute)

_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class IngestContext:
    fields: IngestFields
    reports: list[IngestReport] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # items of an upload that were not read
    problem: ErrorBody | None = None
    languages: tuple[str, ...] = LANGUAGES
    max_mb: int = MAX_SOURCE_BYTES // _MB
    accept: str = ",".join(sorted(EXTENSIONS))
    shown: int = 50  # reports listed one by one

    @property
    def report(self) -> IngestReport | None:
        return self.reports[0] if len(self.reports) == 1 else None

    @property
    def proposed(self) -> int:
        return sum(r.proposed for r in self.reports)

    @property
    def new_sources(self) -> int:
        return sum(1 for r in self.reports if r.new_source)


@router.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
def ingest_form(request: Request, staff: Documenter) -> HTMLResponse:
    return render(request, "staff_ingest.html", IngestContext(IngestFields()))


def _read_upload(file: UploadFile | None) -> tuple[str, bytes] | None:
    if file is None or not file.filename:
        return None
    return Path(file.filename).name, file.file.read(MAX_SOURCE_BYTES + 1)


@router.post("/ingest", response_class=HTMLResponse, include_in_schema=False)
def ingest_post(
    request: Request,
    staff: Documenter,
    conn: WriteConn,
    extract: Extract,
    text: Annotated[str, Form()] = "",
    title: Annotated[str, Form(max_length=500)] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    publisher: Annotated[str, Form(max_length=500)] = "",
    published: Annotated[str, Form(max_length=20)] = "",
    language: Annotated[str, Form(max_length=8)] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> HTMLResponse:
    fields = IngestFields(text, title, url, publisher, published, language)
    upload = _read_upload(file)
    try:
        sources, unread = (upload_sources(*upload, fields) if upload
                           else ([source_from(fields)], []))  # fmt: skip
        reports, failed = [], []
        # One document: the details typed beside a text stored before are offered.
        known = KnownDetails.OFFER if len(sources) == 1 else KnownDetails.IGNORE
        for source in sources:
            try:
                reports.append(run_ingest(conn, source, extract, by=staff.username, known=known))
            except VigilError as exc:
                if len(sources) == 1:
                    raise
                failed.append(exc.one_line())
    except VigilError as exc:
        problem = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
        return render(request, "staff_ingest.html", IngestContext(fields, problem=problem),
                      status=exc.http_status)  # fmt: skip
    # A text stored before: what the person typed stays in the form, and the page says
    # which of it differs from the stored source, with a button to apply it there.
    kept = fields if len(reports) == 1 and not reports[0].new_source else IngestFields()
    context = IngestContext(kept, reports=reports, unread=unread + failed)
    return render(request, "staff_ingest.html", context)
