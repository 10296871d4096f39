"""Staff manual work on sources: the list of sources to work on, and a source's text to
select a span of and make a claim of any kind from it (what the extractor missed).

The selection fills the start and end characters (``/static/select.js``); without
JavaScript a documenter types them, or the words themselves. The claim is proposed by
``vigil.ingest.manual.propose_span`` (as ``vigil source claim`` and the staff API do) and
then waits in the review queue like any other: the page sends the documenter to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection
from starlette.datastructures import FormData

from vigil.auth.roles import Role, can
from vigil.errors import VigilError
from vigil.extract.types import Role as PersonRole
from vigil.ingest.evidence import describe
from vigil.ingest.manual import FIELDS
from vigil.ingest.manual import propose_span as propose
from vigil.model import Claim, ClaimKind, EventType, Qualifier, Regime, Source
from vigil.store.claims import count_pending, source_claims
from vigil.store.sources import get_source, list_sources
from vigil.web.deps import Conn, RecordId
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Documenter, Staff, Viewer, WriteConn

__all__ = ["router"]

router = APIRouter(prefix="/staff/sources")

PER_PAGE = 50

#: Choices offered for the fields that take one of a few values.
OPTIONS: dict[str, tuple[str, ...]] = {
    "type": ("", *(t.value for t in EventType)),
    "regime": ("", *(r.value for r in Regime)),
    "qualifier": tuple(q.value for q in Qualifier),
    "role": tuple(r.value for r in PersonRole),
    "gender": ("", "female", "male"),
}
HINTS = {
    "name": "empty: the selected words",
    "date": "YYYY, YYYY-MM or YYYY-MM-DD; ~ in front for an estimate",
    "as_of": "YYYY, YYYY-MM or YYYY-MM-DD",
    "person": "the name as the source writes it; empty: an unnamed group",
    "articles": "criminal-code articles, separated by commas",
    "term": "5y, 2y6m or 18m",
    "value": "a whole number",
    "category": "e.g. political_prisoners_held, pardoned, released, detained",
}


@dataclass(frozen=True, slots=True)
class SourceRow:
    source: Source
    pending: int


@dataclass(frozen=True, slots=True)
class SourcesContext:
    rows: list[SourceRow]
    page: int
    more: bool

    def page_params(self, page: int) -> dict[str, object]:
        return {"page": page if page > 1 else ""}


@router.get("", response_class=HTMLResponse, include_in_schema=False)
def sources_page(
    request: Request,
    staff: Viewer,
    conn: Conn,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    found = list_sources(conn, limit=PER_PAGE + 1, offset=(page - 1) * PER_PAGE)
    rows = [SourceRow(s, count_pending(conn, source_id=s.id)) for s in found[:PER_PAGE]]
    return render(request, "staff_sources.html", SourcesContext(rows, page, len(found) > PER_PAGE))


@dataclass(frozen=True, slots=True)
class FieldRow:
    name: str
    value: str
    options: tuple[str, ...] = ()
    hint: str = ""


@dataclass(frozen=True, slots=True)
class ClaimForm:
    source: Source
    claims: list[tuple[Claim, str]]  # every claim on the source, with what it proposes
    kind: str
    fields: dict[str, list[FieldRow]]  # per kind, the fields it takes
    can_claim: bool
    start: str = ""
    end: str = ""
    words: str = ""
    problem: ErrorBody | None = None
    kinds: tuple[str, ...] = tuple(k.value for k in ClaimKind)
    values: dict[str, str] = field(default_factory=dict)

    @property
    def selected(self) -> str:
        """The words of the span as posted, to show it back after an error."""
        s, e = self.start, self.end
        if s.isdigit() and e.isdigit() and int(s) < int(e) <= len(self.source.text):
            return self.source.text[int(s) : int(e)]
        return ""


def _form(conn: Connection, source_id: int, staff: Staff, kind: str = "event",
          values: dict[str, str] | None = None, *, start: str = "", end: str = "",
          words: str = "", problem: ErrorBody | None = None) -> ClaimForm:  # fmt: skip
    source = get_source(conn, source_id)
    given = values or {}
    rows = {
        k.value: [FieldRow(n, given.get(f"{k.value}.{n}", ""), OPTIONS.get(n, ()),
                           HINTS.get(n, "")) for n in names]
        for k, names in FIELDS.items()
    }  # fmt: skip
    claims = [(c, describe(c)) for c in source_claims(conn, source_id)]
    return ClaimForm(source, claims, kind, rows, can(staff.role, Role.DOCUMENTER), start,
                     end, words, problem, values=given)  # fmt: skip


@router.get("/{source_id}/claim", response_class=HTMLResponse, include_in_schema=False)
def claim_form(request: Request, source_id: RecordId, staff: Viewer, conn: Conn) -> HTMLResponse:
    return render(request, "staff_source_claim.html", _form(conn, source_id, staff))


async def posted(request: Request) -> FormData:
    """The form as posted: each kind's fields are named ``kind.field``."""
    return await request.form()


@router.post("/{source_id}/claim", include_in_schema=False)
def claim_post(
    request: Request,
    source_id: RecordId,
    staff: Documenter,
    conn: WriteConn,
    form: Annotated[FormData, Depends(posted)],
    kind: Annotated[str, Form(max_length=20)] = "",
    start: Annotated[str, Form(max_length=12)] = "",
    end: Annotated[str, Form(max_length=12)] = "",
    words: Annotated[str, Form(max_length=5000)] = "",
) -> Response:
    # Each kind has its own fieldset; only the chosen kind's fields are the claim's.
    values = {k: v for k, v in form.items() if "." in k and isinstance(v, str)}
    mine = {k.partition(".")[2]: v for k, v in values.items() if k.startswith(f"{kind}.")}
    try:
        claim_id = propose(conn, source_id, kind, mine, by=staff.username, start=start, end=end,
                           words=words)  # fmt: skip
    except VigilError as exc:
        problem = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
        page = _form(conn, source_id, staff, kind or "event", values, start=start, end=end,
                     words=words, problem=problem)  # fmt: skip
        return render(request, "staff_source_claim.html", page, status=exc.http_status)
    return RedirectResponse(f"/staff/review/{claim_id}?source={source_id}", status_code=303)
