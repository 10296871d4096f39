"""``/api/v1/staff/cases``: cases for staff scripts, every defendant shown (withheld ones
too), and the verbs of ``vigil.ingest.cases`` that ``vigil case`` and the staff pages
call: open a case, add a defendant, record a verdict and appeal, add a hearing. Each
write is audited (``case.add``, ``case.join``, ``case.verdict``, ``case.hearing``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Security
from pydantic import BaseModel, ConfigDict, Field

from vigil.ingest.cases import (
    CaseInput,
    VerdictInput,
    add_case_hearing,
    join_case,
    open_case,
    record_verdict,
)
from vigil.model import Case
from vigil.store import cases as store
from vigil.web.api.staff import bearer
from vigil.web.deps import Conn, RecordId
from vigil.web.security import Documenter, Viewer, WriteConn

__all__ = ["router"]

router = APIRouter(prefix="/api/v1/staff", tags=["staff"], dependencies=[Security(bearer)])

Id = Annotated[int, Field(ge=1, le=2**31 - 1)]


class DefendantOut(BaseModel):
    person_id: int
    verdict_date: str | None
    term_months: int | None
    regime: str | None
    verdict_note: str | None
    appeal: str | None
    appeal_date: str | None


class CaseOut(BaseModel):
    id: int
    title: str
    articles: list[str]
    activity: str | None
    court: str | None
    court_id: int | None
    judge: str | None
    judge_id: int | None
    prosecutor: str | None
    hearings: list[str]
    defendants: list[DefendantOut]
    url: str = Field(description="The case on the staff pages")


def case_out(c: Case) -> CaseOut:
    assert c.id is not None
    return CaseOut(
        id=c.id, title=c.title, articles=list(c.articles), activity=c.activity,
        court=c.court.name if c.court else None, court_id=c.court.id if c.court else None,
        judge=c.judge.name if c.judge else None, judge_id=c.judge.id if c.judge else None,
        prosecutor=c.prosecutor, hearings=[str(h) for h in c.hearings],
        defendants=[
            DefendantOut(
                person_id=d.person_id,
                verdict_date=str(d.verdict.date) if d.verdict and d.verdict.date else None,
                term_months=d.verdict.term_months if d.verdict else None,
                regime=d.verdict.regime.value if d.verdict and d.verdict.regime else None,
                verdict_note=d.verdict.note if d.verdict else None,
                appeal=d.appeal.value if d.appeal else None,
                appeal_date=str(d.appeal_date) if d.appeal_date else None,
            )
            for d in c.defendants
        ],
        url=f"/staff/cases/{c.id}",
    )  # fmt: skip


class CaseBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=300, description="'Case of the five'")
    defendants: list[Id] = Field(min_length=1, max_length=500, description="Person ids")
    articles: list[Annotated[str, Field(max_length=40)]] = Field(
        default_factory=list, max_length=30
    )
    activity: str = Field("", max_length=2000, description="What they actually did")
    court: str = Field("", max_length=300, description="By name; made when new")
    judge: str = Field("", max_length=300, description="By name; made when new")
    prosecutor: str = Field("", max_length=300)
    hearings: list[Annotated[str, Field(max_length=20)]] = Field(
        default_factory=list, max_length=200, description="YYYY, YYYY-MM or YYYY-MM-DD"
    )


class JoinBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    person_id: Id


class VerdictBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: str = Field("", max_length=20)
    term: str = Field("", max_length=20, description="5y, 2y6m, 18m or months")
    regime: str = Field("", max_length=40)
    note: str = Field("", max_length=1000)
    appeal: str = Field("", max_length=20, description="upheld, reduced, overturned, ...")
    appeal_date: str = Field("", max_length=20)


class HearingBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: str = Field(min_length=1, max_length=20)


@router.get("/cases")
def api_staff_cases(staff: Viewer, conn: Conn) -> list[CaseOut]:
    """Every case, by id, with every defendant."""
    return [case_out(c) for c in store.list_cases(conn)]


@router.get("/cases/{case_id}")
def api_staff_case(staff: Viewer, conn: Conn, case_id: RecordId) -> CaseOut:
    return case_out(store.get_case(conn, case_id))


@router.post("/cases", status_code=201)
def api_open_case(staff: Documenter, conn: WriteConn, body: CaseBody) -> CaseOut:
    """Open a case with its defendants (audited: ``case.add``)."""
    given = CaseInput.parse(
        title=body.title, defendants=body.defendants, articles=body.articles,
        activity=body.activity, court=body.court, judge=body.judge,
        prosecutor=body.prosecutor, hearings=body.hearings,
    )  # fmt: skip
    return case_out(store.get_case(conn, open_case(conn, given, by=staff.username)))


@router.post("/cases/{case_id}/defendants", status_code=201)
def api_join_case(staff: Documenter, conn: WriteConn, case_id: RecordId, body: JoinBody
                  ) -> CaseOut:  # fmt: skip
    """Add a defendant (audited: ``case.join``)."""
    join_case(conn, case_id, body.person_id, by=staff.username)
    return case_out(store.get_case(conn, case_id))


@router.put("/cases/{case_id}/defendants/{person_id}")
def api_case_verdict(
    staff: Documenter, conn: WriteConn, case_id: RecordId, person_id: RecordId, body: VerdictBody
) -> CaseOut:
    """Give a defendant this verdict and appeal (audited: ``case.verdict``, the values
    before and after)."""
    given = VerdictInput.parse(date=body.date, term=body.term, regime=body.regime,
                               note=body.note, appeal=body.appeal,
                               appeal_date=body.appeal_date)  # fmt: skip
    record_verdict(conn, case_id, person_id, given, by=staff.username)
    return case_out(store.get_case(conn, case_id))


@router.post("/cases/{case_id}/hearings", status_code=201)
def api_case_hearing(staff: Documenter, conn: WriteConn, case_id: RecordId, body: HearingBody
                     ) -> CaseOut:  # fmt: skip
    """Add a hearing (audited: ``case.hearing``)."""
    add_case_hearing(conn, case_id, body.date, by=staff.username)
    return case_out(store.get_case(conn, case_id))
