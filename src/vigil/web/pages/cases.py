"""Public case pages: the list of cases (of a court or a judge when asked), one case
with its defendants, court, judge and verdicts, and the courts and judges with what each
decided. All read through ``vigil.publish``."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from vigil.publish import CaseDetail, CaseSummary, TallyView
from vigil.web.deps import FilterId, Pub, RecordId
from vigil.web.render import render

__all__ = ["router"]

router = APIRouter()


@dataclass(frozen=True, slots=True)
class CasesContext:
    cases: list[CaseSummary]
    court: str | None  # the court or judge the list is filtered by, by name
    judge: str | None


@dataclass(frozen=True, slots=True)
class CaseContext:
    case: CaseDetail


@dataclass(frozen=True, slots=True)
class CourtsContext:
    courts: list[TallyView]
    judges: list[TallyView]


def _name(tallies: list[TallyView], wanted: int | None) -> str | None:
    return next((t.name for t in tallies if t.id == wanted), None) if wanted else None


@router.get("/cases", response_class=HTMLResponse, include_in_schema=False)
def cases_page(
    request: Request, pub: Pub, court: FilterId = None, judge: FilterId = None
) -> HTMLResponse:
    courts, judges = pub.courts_and_judges() if court or judge else ([], [])
    found = pub.cases(court_id=court, judge_id=judge)
    context = CasesContext(found, _name(courts, court), _name(judges, judge))
    return render(request, "cases.html", context)


@router.get("/cases/{case_id}", response_class=HTMLResponse, include_in_schema=False)
def case_page(request: Request, pub: Pub, case_id: RecordId) -> HTMLResponse:
    return render(request, "case.html", CaseContext(pub.case(case_id)))


@router.get("/courts", response_class=HTMLResponse, include_in_schema=False)
def courts_page(request: Request, pub: Pub) -> HTMLResponse:
    courts, judges = pub.courts_and_judges()
    return render(request, "courts.html", CourtsContext(courts, judges))
