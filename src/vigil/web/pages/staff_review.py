"""Staff review: the queue of proposed claims, and one claim with its evidence (the
source text with the claim's span marked), the registry persons its name may be, and
the decisions ``vigil review`` offers: accept (choosing a person or a new one), edit then
accept, reject with a note, skip; and bulk accept or reject of the filtered queue. A claim
that states a known fact shows "confirms event #N (already from K sources)" with a
one-click Confirm; one that contradicts a fact is shown beside it, with Supersede (a
reason required) and Reject. The
queue, the evidence and the decisions are those of ``vigil.ingest`` (``queue``,
``evidence``, ``review``), so a decision made here is the same as one made in a terminal
or through the API.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection

from vigil.auth.roles import Role, can
from vigil.errors import Conflict, InvalidInput, VigilError
from vigil.ingest.corroboration import ContradictsFact, Match, Relation
from vigil.ingest.evidence import (
    HINTS,
    OPTIONS,
    Candidate,
    changed_edits,
    decision_words,
    describe,
    facts,
    form_values,
    reason,
    view,
)
from vigil.ingest.queue import QueueFilter, next_pending, position, queue_ids, queue_page
from vigil.ingest.review import (
    Choice,
    FacilityMatch,
    Left,
    accept,
    accept_many,
    reject,
    reject_many,
)
from vigil.model import (
    Claim,
    ClaimKind,
    EditValue,
    EventPayload,
    PersonPayload,
    PersonRole,
    ReviewState,
    Source,
)
from vigil.publish.queries.sources import get_source_row
from vigil.store.claims import get_claims
from vigil.web.deps import Conn, Filter, RecordId
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Documenter, Editor, Staff, Viewer, WriteConn

__all__ = ["choice_for", "router"]

router = APIRouter(prefix="/staff/review")

PER_PAGE = 50
BULK_LIMIT = 500


def choice_for(
    who: str, other_id: str, edited: Mapping[str, EditValue], note: str,
    allow_conflict: bool = False, *, confirm: int | None = None, supersede: int | None = None,
    facility: str = "auto", case: str = "",
) -> Choice:  # fmt: skip
    """The reviewer's choice of person: ``auto`` (a certain link, else a new person when
    nobody resembles the name), ``new``, a candidate's id, or ``other`` with an id; with
    ``allow_conflict``, recorded although it contradicts the record (``note``: why); and
    the fact the claim confirms or supersedes, if the reviewer named one; for a facility
    claim, ``facility``: ``auto``, ``new`` or a known facility's id; for a case claim,
    ``case``: ``new`` for a new case, the id of the case its defendants join, or empty
    (a new case unless a defendant is in one already)."""
    if case.strip() not in ("", "new") and not case.strip().isdigit():
        raise InvalidInput(f"the case to join must be an id, not {case.strip()[:20]!r}",
                           hint="e.g. 12; leave it empty to open a new case")  # fmt: skip
    choice = Choice(edited=edited, note=note.strip(), allow_conflict=allow_conflict,
                    corroborates=confirm, supersedes=supersede,
                    facility_id=int(facility) if facility.isdigit() else None,
                    new_facility=facility == "new",
                    case_id=int(case) if case.strip().isdigit() else None,
                    new_case=case.strip() == "new")  # fmt: skip
    if who == "new":
        return replace(choice, new_person=True)
    if who == "other":
        if not other_id.strip().isdigit():
            raise InvalidInput("give the id of the person", hint="e.g. 42; find it under Persons")
        return replace(choice, person_id=int(other_id))
    if who.isdigit():
        return replace(choice, person_id=int(who))
    return choice


@dataclass(frozen=True, slots=True)
class EditField:
    name: str
    value: str
    options: tuple[str, ...] = ()
    hint: str = ""


@dataclass(frozen=True, slots=True)
class ClaimPage:
    claim: Claim
    source: Source
    summary: str
    before: str
    after: str
    clipped_start: bool
    clipped_end: bool
    fields: list[tuple[str, str]]
    name: str | None
    candidates: tuple[Candidate, ...]
    decided_by: tuple[int, int] | None  # (person id, the accepted person claim's id)
    edit: list[EditField]
    facts: tuple[Match, ...]
    facilities: tuple[FacilityMatch, ...]
    filters: QueueFilter
    position: int
    pending: int
    can_decide: bool
    whole: bool = False
    done: str = ""
    problem: ErrorBody | None = None
    who: str = "auto"
    facility: str = "auto"
    other_id: str = ""
    note: str = ""
    reason: str = ""  # why the extractor proposed it
    not_detainee: str = ""  # the role of a person claim that would add nobody
    anyway: bool = False  # the reviewer asked to record it despite a conflict
    conflict_reason: str = ""

    @property
    def open_edit(self) -> bool:
        missing_date = isinstance(self.claim.payload, EventPayload) and not self.claim.payload.date
        return missing_date or self.problem is not None

    @property
    def confirms(self) -> list[Match]:
        return [m for m in self.facts if m.relation is Relation.CONFIRMS]

    @property
    def contradicts(self) -> list[Match]:
        return [m for m in self.facts if m.relation is Relation.CONTRADICTS]

    @property
    def conflict(self) -> bool:
        """The last accept was refused as contradicting the record (or a known fact):
        offer "record anyway"."""
        refused = self.problem.code if self.problem is not None else ""
        return self.anyway or refused in (Conflict.code, ContradictsFact.code)

    @property
    def decided(self) -> bool:
        return self.claim.state is not ReviewState.PROPOSED

    @property
    def decision(self) -> str:
        review = self.claim.review
        return ", ".join(decision_words(review.decision)) if review else ""


def done_message(conn: Connection, claim_id: int | None) -> str:
    """What the last decision did, read back from the registry."""
    if claim_id is None:
        return ""
    try:
        claim = get_claims(conn, [claim_id])[0]
    except VigilError:
        return ""
    review = claim.review
    if review is None or review.state is ReviewState.PROPOSED:
        return f"Claim {claim_id} was skipped; it stays in the queue."
    made = decision_words(review.decision)
    what = f"Claim {claim_id} {review.state.value} by {review.by}"
    return what + (": " + ", ".join(made) if made else "") + "."


def claim_page(
    conn: Connection, claim_id: RecordId, staff: Staff, f: QueueFilter, **extra: Any
) -> ClaimPage:
    whole = bool(extra.pop("whole", False))
    v = view(conn, claim_id, whole=whole)
    claim = v.claim
    submitted: dict[str, str] = extra.pop("submitted", {})
    values = {**form_values(claim.kind, claim.payload), **submitted}
    edit = [EditField(n, values[n], OPTIONS.get(n, ()), HINTS.get(n, "")) for n in v.editable]
    role = claim.payload.role if isinstance(claim.payload, PersonPayload) else None
    return ClaimPage(
        claim=claim,
        source=v.source,
        summary=v.summary,
        before=v.context.before,
        after=v.context.after,
        clipped_start=v.context.clipped_start,
        clipped_end=v.context.clipped_end,
        fields=facts(claim),
        name=v.name,
        candidates=v.candidates,
        decided_by=v.decided_by,
        edit=edit,
        facts=v.facts,
        facilities=v.facilities,
        filters=f,
        position=position(conn, f, claim),
        pending=queue_page(conn, f, 1, 1).total,
        can_decide=can(staff.role, Role.DOCUMENTER),
        whole=whole,
        reason=reason(claim),
        not_detainee=role.value if role not in (None, PersonRole.DETAINEE) else "",
        **extra,
    )


# Pages -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    claim: Claim
    summary: str
    source_title: str


@dataclass(frozen=True, slots=True)
class QueueContext:
    filters: QueueFilter
    rows: list[Row]
    total: int
    page: int
    pages: int
    kinds: tuple[str, ...] = tuple(k.value for k in ClaimKind)
    done: str = ""
    can_bulk: bool = False

    def page_params(self, page: int) -> dict[str, object]:
        return self.filters.params(page=page if page > 1 else None)


@router.get("", response_class=HTMLResponse, include_in_schema=False)
def queue_list(
    request: Request,
    staff: Viewer,
    conn: Conn,
    f: Filter,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    done: Annotated[int | None, Query()] = None,
) -> HTMLResponse:
    shown_page = queue_page(conn, f, page, PER_PAGE)
    titles: dict[int, str] = {}
    for c in shown_page.claims:
        if c.source_id not in titles:
            row = get_source_row(conn, c.source_id)
            titles[c.source_id] = (row.title or row.url if row else None) or f"source {c.source_id}"
    rows = [Row(c, describe(c), titles[c.source_id]) for c in shown_page.claims]
    context = QueueContext(f, rows, shown_page.total, page, shown_page.pages,
                           done=done_message(conn, done),
                           can_bulk=can(staff.role, Role.EDITOR))  # fmt: skip
    return render(request, "staff_review.html", context)


@dataclass(frozen=True, slots=True)
class BulkContext:
    filters: QueueFilter
    action: str  # accepted or rejected
    done: int
    left: tuple[Left, ...] = ()


@router.post("/bulk", response_class=HTMLResponse, include_in_schema=False)
def bulk_decide(
    request: Request,
    staff: Editor,
    conn: WriteConn,
    f: Filter,
    action: Annotated[Literal["accept", "reject"], Form()] = "accept",
    note: Annotated[str, Form(max_length=2000)] = "",
) -> HTMLResponse:
    """Accept every claim of the filtered queue that needs no decision, or reject them all
    with one note (bulk decisions are recorded as such); the claims left stay for a
    person, each with why."""
    ids = queue_ids(conn, f, BULK_LIMIT)
    if action == "reject":
        result = reject_many(conn, ids, by=staff.username, note=note.strip())
    else:
        result = accept_many(conn, ids, by=staff.username)
    context = BulkContext(f, f"{action}ed", len(result.done), result.left)
    return render(request, "staff_review_bulk.html", context)


@router.get("/{claim_id}", response_class=HTMLResponse, include_in_schema=False)
def review_claim_page(
    request: Request,
    claim_id: RecordId,
    staff: Viewer,
    conn: Conn,
    f: Filter,
    whole: Annotated[bool, Query(description="Show the whole source")] = False,
    done: Annotated[int | None, Query()] = None,
) -> HTMLResponse:
    page = claim_page(conn, claim_id, staff, f, whole=whole, done=done_message(conn, done))
    return render(request, "staff_review_claim.html", page)


class DecisionForm(BaseModel):
    """What the decision form posts (the edited fields are read from the form as posted:
    ``posted_edits``)."""

    model_config = ConfigDict(extra="ignore")

    action: Literal["accept", "confirm", "supersede", "record_anyway", "reject", "skip"] = "accept"
    fact: int | None = Field(None, ge=1, le=2**31 - 1)  # confirm, supersede: which fact
    who: str = "auto"
    facility: str = "auto"  # a facility claim: auto, new or a known facility's id
    join_case: str = Field("", max_length=12)  # a case claim: the case to join; "": a new one
    other_id: str = ""
    note: str = ""
    conflict_reason: str = Field("", max_length=2000)  # with record_anyway: why


async def posted_edits(request: Request) -> dict[str, str]:
    """The ``edit_*`` fields as posted: a field posted empty is cleared (""), a field not
    posted is absent (FastAPI's form models read both as absent)."""
    form = await request.form()
    return {
        key.removeprefix("edit_"): value
        for key, value in form.multi_items()
        if key.startswith("edit_") and isinstance(value, str)
    }


def _next_url(conn: Connection, f: QueueFilter, claim: Claim, done: int | None) -> str:
    following = next_pending(conn, f, claim)
    extra = {"done": done} if done is not None else {}
    if following is None:
        return "/staff/review" + f.query(**extra)
    return f"/staff/review/{following}" + f.query(**extra)


@router.post("/{claim_id}", include_in_schema=False)
def decide(
    request: Request,
    claim_id: RecordId,
    staff: Documenter,
    conn: WriteConn,
    f: Filter,
    form: Annotated[DecisionForm, Form()],
    submitted: Annotated[dict[str, str], Depends(posted_edits)],
) -> Response:
    claim = get_claims(conn, [claim_id])[0]
    if form.action == "skip":
        return RedirectResponse(_next_url(conn, f, claim, None), status_code=303)
    try:
        if form.action == "reject":
            reject(conn, claim, by=staff.username, note=form.note.strip())
        else:
            if form.action in ("confirm", "supersede") and form.fact is None:
                raise InvalidInput("say which fact", hint="use the button beside the fact")
            edited = changed_edits(claim, submitted)
            anyway = form.action == "record_anyway"
            why = form.conflict_reason if anyway else form.note
            confirm = form.fact if form.action == "confirm" else None
            supersede = form.fact if form.action == "supersede" else None
            choice = choice_for(form.who, form.other_id, edited, why, anyway, confirm=confirm,
                                supersede=supersede, facility=form.facility,
                                case=form.join_case)  # fmt: skip
            accept(conn, claim, choice, by=staff.username)
    except VigilError as exc:
        problem = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
        page = claim_page(conn, claim_id, staff, f, problem=problem, who=form.who,
                          other_id=form.other_id, note=form.note, facility=form.facility,
                          anyway=form.action == "record_anyway",
                          conflict_reason=form.conflict_reason,
                          submitted=submitted)  # fmt: skip
        return render(request, "staff_review_claim.html", page, status=exc.http_status)
    return RedirectResponse(_next_url(conn, f, claim, claim_id), status_code=303)
