"""``/api/v1/cases`` and ``/api/v1/courts``: published cases, courts and judges (public
fields only, read through ``vigil.publish``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from vigil.publish import CaseDetail, CaseSummary, TallyView
from vigil.web.deps import FilterId, Pub, RecordId

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["cases"])


class CourtsAndJudges(BaseModel):
    courts: list[TallyView]
    judges: list[TallyView]


@router.get("/cases")
def api_cases(pub: Pub, court: FilterId = None, judge: FilterId = None) -> list[CaseSummary]:
    """Cases with at least one named defendant, newest first; ``court`` or ``judge`` (an
    id) gives those a court or a judge heard."""
    return pub.cases(court_id=court, judge_id=judge)


@router.get("/cases/{case_id}")
def api_case(pub: Pub, case_id: RecordId) -> CaseDetail:
    """One case: court, judge, prosecutor, articles, the activity punished, hearings, and
    each named defendant's verdict and appeal; defendants whose names are withheld are
    counted, not listed."""
    return pub.case(case_id)


@router.get("/courts")
def api_courts(
    pub: Pub, min_cases: Annotated[int, Query(ge=0, le=1_000_000)] = 0
) -> CourtsAndJudges:
    """Courts and judges, each with the cases heard, defendants tried and verdicts given;
    ``min_cases``: only those that heard at least that many cases."""
    courts, judges = pub.courts_and_judges()
    return CourtsAndJudges(courts=[c for c in courts if c.cases >= min_cases],
                           judges=[j for j in judges if j.cases >= min_cases])  # fmt: skip
