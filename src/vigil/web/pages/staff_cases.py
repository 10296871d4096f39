"""Staff case pages: the list of cases with a form to open one, and one case with forms
to add a defendant, record a verdict and appeal, and add a hearing.

Every form calls the verb of ``vigil.ingest.cases`` that ``vigil case add/join/verdict/
hearing`` and the staff API call, so each change is the same whichever way it was made,
and each is in the audit log. A bad field is answered on the form, which keeps what was
typed; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection
from starlette.datastructures import FormData

from vigil.errors import VigilError
from vigil.ingest.cases import (
    CaseInput,
    VerdictInput,
    add_case_hearing,
    join_case,
    open_case,
    parse_id,
    record_verdict,
)
from vigil.model import Appeal, Case, Regime
from vigil.store import cases as store
from vigil.store.persons import get_persons
from vigil.web.deps import Conn, RecordId
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Documenter, Viewer, WriteConn

__all__ = ["router"]

router = APIRouter(prefix="/staff")

REGIMES = ("", *(r.value for r in Regime))
APPEALS = ("", *(a.value for a in Appeal))


async def _posted(request: Request) -> FormData:
    return await request.form()


Posted = Annotated[FormData, Depends(_posted)]


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _values(form: FormData) -> dict[str, str]:
    return {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}


def _problem(exc: VigilError) -> ErrorBody:
    return ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)


_DONE = {"added": "Case opened.", "joined": "Defendant added.", "verdict": "Verdict saved.",
         "unchanged": "Nothing changed.", "hearing": "Hearing added."}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CasesPage:
    cases: list[Case]
    names: dict[int, str]
    values: dict[str, str] = field(default_factory=dict)
    problem: ErrorBody | None = None
    done: str = ""

    def value(self, name: str, default: str = "") -> str:
        return self.values.get(name, default)


@dataclass(frozen=True, slots=True)
class CasePage:
    case: Case
    names: dict[int, str]
    values: dict[str, str] = field(default_factory=dict)
    problem: ErrorBody | None = None
    form: str = ""  # which form the problem is about: join, verdict or hearing
    done: str = ""
    regimes: tuple[str, ...] = REGIMES
    appeals: tuple[str, ...] = APPEALS

    def value(self, name: str, default: str = "") -> str:
        return self.values.get(name, default)


def _names(conn: Connection, cases: list[Case]) -> dict[int, str]:
    ids = sorted({p for c in cases for p in c.person_ids})
    return {p.id: p.display_name for p in get_persons(conn, ids) if p.id is not None}


def _list(conn: Connection, **kw: object) -> CasesPage:
    found = store.list_cases(conn)
    return CasesPage(found, _names(conn, found), **kw)  # type: ignore[arg-type]


@router.get("/cases", response_class=HTMLResponse, include_in_schema=False)
def cases_page(request: Request, staff: Viewer, conn: Conn, done: str = "") -> HTMLResponse:
    return render(request, "staff_cases.html", _list(conn, done=_DONE.get(done, "")))


def _case_input(form: FormData) -> CaseInput:
    defendants = _text(form, "defendants").replace(",", " ").split()
    return CaseInput.parse(
        title=_text(form, "title"), defendants=defendants, articles=_text(form, "articles"),
        activity=_text(form, "activity"), court=_text(form, "court"), judge=_text(form, "judge"),
        prosecutor=_text(form, "prosecutor"),
        hearings=_text(form, "hearings").replace(",", " ").split(),
    )  # fmt: skip


@router.post("/cases", include_in_schema=False)
def case_add(request: Request, staff: Documenter, conn: WriteConn, form: Posted) -> Response:
    try:
        case_id = open_case(conn, _case_input(form), by=staff.username)
    except VigilError as exc:
        page = _list(conn, values=_values(form), problem=_problem(exc))
        return render(request, "staff_cases.html", page, status=exc.http_status)
    return RedirectResponse(f"/staff/cases/{case_id}?done=added", status_code=303)


def _case(conn: Connection, case_id: int, **kw: object) -> CasePage:
    case = store.get_case(conn, case_id)
    return CasePage(case, _names(conn, [case]), **kw)  # type: ignore[arg-type]


@router.get("/cases/{case_id}", response_class=HTMLResponse, include_in_schema=False)
def case_page(
    request: Request, case_id: RecordId, staff: Viewer, conn: Conn, done: str = ""
) -> HTMLResponse:
    return render(request, "staff_case.html", _case(conn, case_id, done=_DONE.get(done, "")))


def _answer(request: Request, conn: Connection, case_id: int, form: FormData, which: str,
            exc: VigilError) -> Response:  # fmt: skip
    page = _case(conn, case_id, values=_values(form), problem=_problem(exc), form=which)
    return render(request, "staff_case.html", page, status=exc.http_status)


@router.post("/cases/{case_id}/defendants", include_in_schema=False)
def case_join(
    request: Request, case_id: RecordId, staff: Documenter, conn: WriteConn, form: Posted
) -> Response:
    try:
        person = parse_id(_text(form, "person_id"), "the person")
        join_case(conn, case_id, person, by=staff.username)
    except VigilError as exc:
        return _answer(request, conn, case_id, form, "join", exc)
    return RedirectResponse(f"/staff/cases/{case_id}?done=joined", status_code=303)


@router.post("/cases/{case_id}/verdict", include_in_schema=False)
def case_verdict(
    request: Request, case_id: RecordId, staff: Documenter, conn: WriteConn, form: Posted
) -> Response:
    try:
        person = parse_id(_text(form, "person_id"), "the defendant")
        given = VerdictInput.parse(
            date=_text(form, "date"), term=_text(form, "term"), regime=_text(form, "regime"),
            note=_text(form, "note"), appeal=_text(form, "appeal"),
            appeal_date=_text(form, "appeal_date"),
        )  # fmt: skip
        changed = record_verdict(conn, case_id, person, given, by=staff.username)
    except VigilError as exc:
        return _answer(request, conn, case_id, form, "verdict", exc)
    done = "verdict" if changed else "unchanged"
    return RedirectResponse(f"/staff/cases/{case_id}?done={done}", status_code=303)


@router.post("/cases/{case_id}/hearings", include_in_schema=False)
def case_hearing(
    request: Request, case_id: RecordId, staff: Documenter, conn: WriteConn, form: Posted
) -> Response:
    try:
        add_case_hearing(conn, case_id, _text(form, "date"), by=staff.username)
    except VigilError as exc:
        return _answer(request, conn, case_id, form, "hearing", exc)
    return RedirectResponse(f"/staff/cases/{case_id}?done=hearing", status_code=303)
