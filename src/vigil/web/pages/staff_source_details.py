"""Staff: a source's details (title, URL, publisher, published date, language, grade),
their correction and their history. The text never changes. A correction is the same call as
``vigil source edit`` and the staff API (``store.sources.correct_source``), audited.

The form names the details it carries (``form_fields``), so a detail left out is kept
and a detail sent empty is cleared: the edit form sends all five, the "apply" button of
the ingest page only those it offers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from vigil.errors import InvalidInput, VigilError
from vigil.model import Credibility, Reliability, Source
from vigil.model.source_edit import SOURCE_FIELDS, SourceCorrection
from vigil.store import sources as store
from vigil.store.sources import SourceRevision
from vigil.web.deps import Conn, RecordId
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Documenter, WriteConn

__all__ = ["router"]

router = APIRouter(prefix="/staff/sources")

_LABELS = {
    "title": "Title",
    "url": "Original address",
    "publisher": "Publisher",
    "published": "Published (YYYY-MM-DD)",
    "language": "Language (en, ru, be, uk, ...)",
    "reliability": "Reliability of the source",
    "credibility": "Credibility of the information",
}

#: The choices of the grade's two selects: (value, label); "" is not graded.
GRADE_CHOICES = {
    "reliability": (
        ("", "not graded"),
        *((r.value, f"{r.value} — {r.label}") for r in Reliability),
    ),
    "credibility": (
        ("", "not graded"),
        *((c.value, f"{c.value} — {c.label}") for c in Credibility),
    ),
}


@dataclass(frozen=True, slots=True)
class DetailsPage:
    source: Source
    history: list[SourceRevision]
    notice: str = ""
    problem: ErrorBody | None = None
    values: dict[str, str] = field(default_factory=dict)  # as posted, after an error
    why: str = ""
    fields: tuple[str, ...] = SOURCE_FIELDS
    labels: dict[str, str] = field(default_factory=lambda: dict(_LABELS))
    choices: dict[str, tuple[tuple[str, str], ...]] = field(
        default_factory=lambda: dict(GRADE_CHOICES)
    )

    @property
    def form_fields(self) -> str:
        return " ".join(self.fields)

    def value(self, name: str) -> str:
        if name in self.values:
            return self.values[name]
        stored = getattr(self.source, name)
        return "" if stored is None else str(stored)


def _page(
    conn: Conn,
    source_id: int,
    *,
    notice: str = "",
    problem: ErrorBody | None = None,
    values: dict[str, str] | None = None,
    why: str = "",
) -> DetailsPage:
    source = store.get_source(conn, source_id)
    history = store.source_history(conn, source_id)
    return DetailsPage(source, history, notice, problem, values or {}, why)


@router.get("/{source_id}/details", response_class=HTMLResponse, include_in_schema=False)
def details(
    request: Request, source_id: RecordId, staff: Documenter, conn: Conn, done: str = ""
) -> HTMLResponse:
    notice = {"saved": "Saved.", "same": "Nothing changed: the source has these details."}
    return render(request, "staff_source_details.html",
                  _page(conn, source_id, notice=notice.get(done, "")))  # fmt: skip


async def _posted(request: Request) -> FormData:
    # FastAPI's Form parameters read empty text as not sent; an emptied detail clears.
    return await request.form()


def correction_from_form(form: FormData) -> tuple[SourceCorrection, str]:
    """The correction a form carries (the details it names in ``form_fields``)."""
    named = str(form.get("form_fields") or "").split()
    unknown = [f for f in named if f not in SOURCE_FIELDS]
    if not named or unknown:
        raise InvalidInput(
            "the form does not say which details it carries",
            hint="nothing was saved: reload the page and save again",
        )
    values: dict[str, object] = {}
    for name in named:
        value = form.get(name)
        if not isinstance(value, str):
            raise InvalidInput(
                f"the form lacks the detail {name!r} it says it carries",
                hint="nothing was saved: reload the page and save again",
            )
        values[name] = value
    why = form.get("why")
    return SourceCorrection.parse(values), (why.strip() if isinstance(why, str) else "")


@router.post("/{source_id}/details", include_in_schema=False)
def correct(
    request: Request,
    source_id: RecordId,
    staff: Documenter,
    conn: WriteConn,
    form: Annotated[FormData, Depends(_posted)],
) -> Response:
    try:
        correction, why = correction_from_form(form)
        changed = store.correct_source(conn, source_id, correction, by=staff.username,
                                       why=why or None)  # fmt: skip
    except VigilError as exc:
        values = {k: v for k, v in form.items() if k in SOURCE_FIELDS and isinstance(v, str)}
        sent = form.get("why")
        problem = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
        page = _page(conn, source_id, problem=problem, values=values,
                     why=sent if isinstance(sent, str) else "")  # fmt: skip
        return render(request, "staff_source_details.html", page, status=exc.http_status)
    done = "saved" if changed else "same"
    return RedirectResponse(f"/staff/sources/{source_id}/details?done={done}", status_code=303)
