"""Staff review: the queue of proposed claims, and one claim with its evidence (the
source text with the claim's span marked), the registry persons its name may be, and
the decisions ``vigil review`` offers: accept (choosing a person or a new one), edit then
accept, reject with a note, skip. Both go through ``vigil.ingest.review``, so a decision
made here is the same as one made in a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict
from sqlalchemy import Connection

from vigil.auth.roles import Role, can
from vigil.errors import Conflict, InvalidInput, VigilError
from vigil.extract.types import Role as PersonRole
from vigil.ingest.linking import link_person
from vigil.ingest.review import Choice, accept, decided_person, queue_order, reject
from vigil.model import Claim, ClaimKind, EventType, Qualifier, Regime, ReviewState, Source
from vigil.store.claims import get_claims, pending_claims
from vigil.store.persons import get_persons
from vigil.store.public_sources import get_source_row
from vigil.store.sources import get_source
from vigil.web.deps import Conn, RecordId
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Documenter, Editor, Staff, Viewer, WriteConn

__all__ = [
    "EDIT_FIELDS",
    "Candidate",
    "QueueFilter",
    "candidates_for",
    "choice_for",
    "describe",
    "edits_from",
    "next_pending",
    "person_name",
    "queue",
    "queue_filter",
    "router",
    "span_context",
]

router = APIRouter(prefix="/staff/review")

PER_PAGE = 50
CONTEXT_CHARS = 500
BULK_LIMIT = 500

#: The payload fields a reviewer may correct, per kind of claim.
EDIT_FIELDS: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.EVENT: ("type", "date", "person", "facility", "articles", "term_months",
                      "regime", "detail"),
    ClaimKind.FIGURE: ("value", "qualifier", "category", "as_of", "attributed_to"),
    ClaimKind.PERSON: ("name", "role", "gender"),
    ClaimKind.FACILITY: ("name",),
}  # fmt: skip
_OPTIONS: dict[str, tuple[str, ...]] = {
    "type": tuple(t.value for t in EventType),
    "regime": ("", *(r.value for r in Regime)),
    "qualifier": tuple(q.value for q in Qualifier),
    "role": tuple(r.value for r in PersonRole),
    "gender": ("", "female", "male"),
}
_HINTS = {
    "date": "YYYY, YYYY-MM or YYYY-MM-DD; ~ in front for an estimate",
    "as_of": "YYYY, YYYY-MM or YYYY-MM-DD",
    "articles": "criminal-code articles, separated by commas",
    "term_months": "the term in months",
    "value": "a whole number",
    "person": "the name as the source writes it",
}
_INTEGERS = ("term_months", "value")
_HIDDEN_PAYLOAD = ("reason", "mentions", "candidates", "candidate_scores", "person_id")


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which pending claims the queue shows; carried from page to page."""

    source: int | None = None
    kind: str = ""
    min_confidence: float = 0.0

    def params(self, **more: object) -> dict[str, object]:
        values: dict[str, object] = {
            "source": self.source,
            "kind": self.kind,
            "min_confidence": self.min_confidence or None,
            **more,
        }
        return {k: v for k, v in values.items() if v not in (None, "")}

    def query(self, **more: object) -> str:
        params = self.params(**more)
        return "?" + urlencode(params) if params else ""


def queue_filter(
    source: Annotated[str, Query(max_length=12, description="Only claims on this source")] = "",
    kind: Annotated[str, Query(max_length=20, description="person, event, figure, ...")] = "",
    min_confidence: Annotated[
        str, Query(max_length=6, description="Only claims at least this confident (0 to 1)")
    ] = "",
) -> QueueFilter:
    if source and not source.isdigit():
        raise InvalidInput(f"source must be an id, not {source!r}", hint="e.g. source=3")
    if kind and kind not in {k.value for k in ClaimKind}:
        raise InvalidInput(
            f"kind cannot be {kind!r}", hint="use one of: " + ", ".join(k.value for k in ClaimKind)
        )
    try:
        confidence = float(min_confidence) if min_confidence else 0.0
    except ValueError:
        confidence = -1.0
    if not 0.0 <= confidence <= 1.0:
        raise InvalidInput(
            f"min_confidence cannot be {min_confidence!r}", hint="give a number from 0 to 1"
        )
    return QueueFilter(int(source) if source else None, kind, confidence)


Filter = Annotated[QueueFilter, Depends(queue_filter)]


def queue(conn: Connection, f: QueueFilter) -> list[Claim]:
    """The pending claims ``f`` selects, in review order."""
    pending = pending_claims(conn, min_confidence=f.min_confidence, source_id=f.source)
    if f.kind:
        pending = [c for c in pending if c.kind.value == f.kind]
    return sorted(pending, key=queue_order)


def next_pending(conn: Connection, f: QueueFilter, after: Claim | None = None) -> int | None:
    """The pending claim to review after ``after``: the next in order, else the first."""
    pending = queue(conn, f)
    if after is not None:
        later = [c for c in pending if queue_order(c) > queue_order(after)]
        pending = later or [c for c in pending if c.id != after.id]
    return pending[0].id if pending else None


def describe(claim: Claim) -> str:
    """What a claim proposes, in one line (as ``vigil review`` says it)."""
    p = claim.payload
    if not p:
        return "nothing beyond its quote (cited by hand)"
    if claim.kind is ClaimKind.EVENT:
        bits = [str(p.get("type", "")).replace("_", " "), f"on {p.get('date') or '(no date)'}"]
        bits.append(f"of {p['person']}" if p.get("person") else "of an unnamed group")
        bits += [f"{k}: {p[k]}" for k in ("facility", "detail") if p.get(k)]
        if p.get("articles"):
            bits.append("articles " + ", ".join(p["articles"]))
        return " ".join(bits)
    if claim.kind is ClaimKind.FIGURE:
        return " ".join(
            str(x)
            for x in (str(p.get("qualifier", "")).replace("_", " "), p.get("value"),
                      p.get("category"), f"as of {p['as_of']}" if p.get("as_of") else "",
                      f"said by {p['attributed_to']}" if p.get("attributed_to") else "")
            if x
        )  # fmt: skip
    if claim.kind is ClaimKind.PERSON:
        return f"{p.get('name')} ({p.get('role') or 'role unknown'})"
    if claim.kind is ClaimKind.QUOTE:
        return f"said by {p.get('speaker') or '?'}" + (
            f" on {p['channel']}" if p.get("channel") else ""
        )
    return str(p.get("name", ""))


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _parsed(name: str, text: str) -> Any:
    text = text.strip()
    if name == "articles":
        return [a.strip() for a in text.split(",") if a.strip()]
    if name in _INTEGERS:
        if not text:
            return None
        if not text.isdigit():
            raise InvalidInput(f"{name} must be a whole number, not {text!r}", hint=_HINTS[name])
        return int(text)
    return text or None


def edits_from(claim: Claim, submitted: dict[str, str | None]) -> dict[str, Any]:
    """The payload fields the reviewer changed (only those), parsed."""
    edited = {}
    for name in EDIT_FIELDS.get(claim.kind, ()):
        text = submitted.get(name)
        if text is not None and text.strip() != _shown(claim.payload.get(name)):
            edited[name] = _parsed(name, text)
    return edited


def choice_for(who: str, other_id: str, edited: dict[str, Any], note: str) -> Choice:
    """The reviewer's choice of person: ``auto`` (a certain link, else a new person when
    nobody resembles the name), ``new``, a candidate's id, or ``other`` with an id."""
    note = note.strip()
    if who == "new":
        return Choice(new_person=True, edited=edited, note=note)
    if who == "other":
        if not other_id.strip().isdigit():
            raise InvalidInput("give the id of the person", hint="e.g. 42; find it under Persons")
        return Choice(person_id=int(other_id), edited=edited, note=note)
    if who.isdigit():
        return Choice(person_id=int(who), edited=edited, note=note)
    return Choice(edited=edited, note=note)


@dataclass(frozen=True, slots=True)
class Candidate:
    person_id: RecordId
    name: str  # the person's primary name
    matched: str  # the variant the name matched
    score: float
    same: bool
    reason: str


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
    candidates: list[Candidate]
    decided_by: tuple[int, int] | None  # (person id, the accepted person claim's id)
    edit: list[EditField]
    filters: QueueFilter
    position: int
    pending: int
    can_decide: bool
    whole: bool = False
    done: str = ""
    problem: ErrorBody | None = None
    who: str = "auto"
    other_id: str = ""
    note: str = ""

    @property
    def open_edit(self) -> bool:
        missing_date = self.claim.kind is ClaimKind.EVENT and not self.claim.payload.get("date")
        return missing_date or self.problem is not None

    @property
    def decided(self) -> bool:
        return self.claim.state is not ReviewState.PROPOSED

    @property
    def decision(self) -> str:
        review = self.claim.review
        return ", ".join(decision_bits(review.decision or {})) if review else ""


def person_name(claim: Claim) -> tuple[str | None, str | None]:
    if claim.kind is ClaimKind.PERSON:
        return claim.payload.get("name"), claim.payload.get("gender")
    if claim.kind is ClaimKind.EVENT:
        return claim.payload.get("person"), None
    return None, None


def candidates_for(conn: Connection, name: str, gender: str | None) -> list[Candidate]:
    link = link_person(conn, name, gender if gender in ("female", "male") else None)
    names = {p.id: p.display_name for p in get_persons(conn, link.ids)}
    return [
        Candidate(int(c["person_id"]), names.get(int(c["person_id"]), ""), str(c["name"]),
                  float(c["score"]), bool(c["same"]), str(c["reason"]))
        for c in link.candidates
    ]  # fmt: skip


def span_context(text: str, start: int, end: int, whole: bool) -> tuple[str, str, bool, bool]:
    if whole:
        return text[:start], text[end:], False, False
    left = max(0, start - CONTEXT_CHARS)
    if left:  # start at a word
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(len(text), end + CONTEXT_CHARS)
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return text[left:start], text[end:right], left > 0, right < len(text)


def decision_bits(decision: dict[str, Any]) -> list[str]:
    """What accepting a claim wrote, in words: "person 12", "event 40", ..."""
    made = [f"{k.removesuffix('_id')} {v}" for k, v in decision.items() if k.endswith("_id")]
    if decision.get("role"):
        made.append(f"named as {decision['role']}, not a record of the registry")
    if decision.get("group"):
        made.append("an unnamed group, recorded on nobody")
    if decision.get("edited"):
        made.append("with edits")
    return made


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
    made = decision_bits(review.decision or {})
    what = f"Claim {claim_id} {review.state.value} by {review.by}"
    return what + (": " + ", ".join(made) if made else "") + "."


def claim_page(
    conn: Connection, claim_id: RecordId, staff: Staff, f: QueueFilter, **extra: Any
) -> ClaimPage:
    claim = get_claims(conn, [claim_id])[0]
    source = get_source(conn, claim.source_id)
    whole = bool(extra.pop("whole", False))
    before, after, clipped_start, clipped_end = span_context(
        source.text, claim.start, claim.end, whole
    )
    name, gender = person_name(claim)
    pending = queue(conn, f)
    ids = [c.id for c in pending]
    submitted: dict[str, str | None] = extra.pop("submitted", {})
    edit = [
        EditField(
            n,
            _shown(submitted[n] if submitted.get(n) is not None else claim.payload.get(n)),
            _OPTIONS.get(n, ()),
            _HINTS.get(n, ""),
        )
        for n in EDIT_FIELDS.get(claim.kind, ())
    ]
    return ClaimPage(
        claim=claim,
        source=source,
        summary=describe(claim),
        before=before,
        after=after,
        clipped_start=clipped_start,
        clipped_end=clipped_end,
        fields=[(k, _shown(v)) for k, v in claim.payload.items() if k not in _HIDDEN_PAYLOAD],
        name=name,
        candidates=candidates_for(conn, name, gender) if name else [],
        decided_by=decided_person(conn, claim.source_id, name)
        if name and claim.kind is ClaimKind.EVENT
        else None,
        edit=edit,
        filters=f,
        position=ids.index(claim.id) + 1 if claim.id in ids else 0,
        pending=len(pending),
        can_decide=can(staff.role, Role.DOCUMENTER),
        whole=whole,
        **extra,
    )  # fmt: skip


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
def queue_page(
    request: Request,
    staff: Viewer,
    conn: Conn,
    f: Filter,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    done: Annotated[int | None, Query()] = None,
) -> HTMLResponse:
    pending = queue(conn, f)
    shown = pending[(page - 1) * PER_PAGE : page * PER_PAGE]
    titles: dict[int, str] = {}
    for c in shown:
        if c.source_id not in titles:
            row = get_source_row(conn, c.source_id)
            titles[c.source_id] = (row.title or row.url if row else None) or f"source {c.source_id}"
    rows = [Row(c, describe(c), titles[c.source_id]) for c in shown]
    context = QueueContext(f, rows, len(pending), page, max(1, -(-len(pending) // PER_PAGE)),
                           done=done_message(conn, done),
                           can_bulk=can(staff.role, Role.EDITOR))  # fmt: skip
    return render(request, "staff_review.html", context)


@dataclass(frozen=True, slots=True)
class BulkContext:
    filters: QueueFilter
    accepted: int
    left: list[tuple[Claim, str]] = field(default_factory=list)


@router.post("/bulk", response_class=HTMLResponse, include_in_schema=False)
def bulk_accept(request: Request, staff: Editor, conn: WriteConn, f: Filter) -> HTMLResponse:
    """Accept every claim of the filtered queue that needs no decision (bulk decisions are
    recorded as such); the others stay for a person, each with why."""
    done, left = 0, []
    for queued in queue(conn, f)[:BULK_LIMIT]:
        assert queued.id is not None
        claim = get_claims(conn, [queued.id])[0]  # earlier accepts may link persons
        try:
            accept(conn, claim, Choice(), by=staff.username, bulk=True)
            done += 1
        except (InvalidInput, Conflict) as exc:
            left.append((claim, exc.one_line()))
    return render(request, "staff_review_bulk.html", BulkContext(f, done, left))


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
    """What the decision form posts."""

    model_config = ConfigDict(extra="ignore")

    action: Literal["accept", "reject", "skip"] = "accept"
    who: str = "auto"
    other_id: str = ""
    note: str = ""
    edit_type: str | None = None
    edit_date: str | None = None
    edit_person: str | None = None
    edit_facility: str | None = None
    edit_articles: str | None = None
    edit_term_months: str | None = None
    edit_regime: str | None = None
    edit_detail: str | None = None
    edit_value: str | None = None
    edit_qualifier: str | None = None
    edit_category: str | None = None
    edit_as_of: str | None = None
    edit_attributed_to: str | None = None
    edit_name: str | None = None
    edit_role: str | None = None
    edit_gender: str | None = None

    def submitted(self) -> dict[str, str | None]:
        return {k.removeprefix("edit_"): v for k, v in self if k.startswith("edit_")}


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
) -> Response:
    claim = get_claims(conn, [claim_id])[0]
    if form.action == "skip":
        return RedirectResponse(_next_url(conn, f, claim, None), status_code=303)
    try:
        if claim.state is not ReviewState.PROPOSED:
            raise InvalidInput(
                f"claim {claim_id} is already {claim.state.value}", hint="review another claim"
            )
        if form.action == "reject":
            reject(conn, claim, by=staff.username, note=form.note.strip())
        else:
            edited = edits_from(claim, form.submitted())
            accept(conn, claim, choice_for(form.who, form.other_id, edited, form.note),
                   by=staff.username)  # fmt: skip
    except VigilError as exc:
        problem = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
        page = claim_page(conn, claim_id, staff, f, problem=problem, who=form.who,
                          other_id=form.other_id, note=form.note,
                          submitted=form.submitted())  # fmt: skip
        return render(request, "staff_review_claim.html", page, status=exc.http_status)
    return RedirectResponse(_next_url(conn, f, claim, claim_id), status_code=303)
