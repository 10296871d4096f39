"""``/api/v1/staff``: the review queue, decisions on claims, ingest, persons with their
restricted fields, and merges, for scripts and tools.

Every call needs an API token (``Authorization: Bearer vgl_...``) or a staff session
(with its CSRF token in ``X-CSRF-Token`` on writes). The queue and the decisions are the
same as on the staff pages and in ``vigil review``: all go through ``vigil.ingest``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Security
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from vigil.ingest.corroboration import Match
from vigil.ingest.evidence import describe, edits, view
from vigil.ingest.paste import IngestFields, run_ingest, source_from
from vigil.ingest.pipeline import KnownDetails
from vigil.ingest.queue import QueueFilter, next_pending, queue_ids, queue_page
from vigil.ingest.review import Bulk, Choice, accept, accept_many, reject, reject_many
from vigil.ingest.text import MAX_SOURCE_BYTES
from vigil.model import Claim, Gender, Person, PersonEdit
from vigil.names import VERSION as MATCHER
from vigil.store import persons as person_store
from vigil.store.claim_json import decision_to_json, payload_to_json
from vigil.store.claims import get_claims
from vigil.store.identity import merge
from vigil.web.bounded import BoundedRoute
from vigil.web.deps import Conn, Extract, Filter, RecordId
from vigil.web.security import Documenter, Editor, Viewer, WriteConn

__all__ = ["router"]

bearer = HTTPBearer(
    scheme_name="bearer",
    description="A staff API token: `Authorization: Bearer vgl_...` (`vigil token create`).",
    auto_error=False,
)
router = APIRouter(
    prefix="/api/v1/staff",
    tags=["staff"],
    dependencies=[Security(bearer)],
    route_class=BoundedRoute,  # bodies over 64 MB refused before they are read
)


class ClaimOut(BaseModel):
    id: int
    source_id: RecordId
    kind: str
    state: str
    summary: str
    quote: str
    start: int
    end: int
    confidence: float
    extractor: str
    payload: dict[str, Any]
    reviewed_by: str | None
    reviewed_at: dt.datetime | None
    note: str | None
    decision: dict[str, Any] | None


def claim_out(c: Claim) -> ClaimOut:
    assert c.id is not None
    r = c.review
    return ClaimOut(
        id=c.id,
        source_id=c.source_id,
        kind=c.kind.value,
        state=c.state.value,
        summary=describe(c),
        quote=c.quote,
        start=c.start,
        end=c.end,
        confidence=c.confidence,
        extractor=c.extractor,
        payload=payload_to_json(c.payload, versioned=False),
        reviewed_by=r.by if r else None,
        reviewed_at=r.at if r else None,
        note=r.note if r else None,
        decision=decision_to_json(r.decision, versioned=False) if r and r.decision else None,
    )


class ClaimList(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[ClaimOut]


class SourceOut(BaseModel):
    id: int
    title: str | None
    url: str | None
    publisher: str | None
    published: dt.date | None
    language: str | None


class CandidateOut(BaseModel):
    person_id: RecordId
    name: str
    matched: str
    score: float
    same: bool
    reason: str


class DifferenceOut(BaseModel):
    field: str
    fact: str
    claim: str


class FactOut(BaseModel):
    """A fact of the registry the claim confirms or contradicts."""

    relation: str = Field(description="confirms or contradicts")
    kind: str = Field(description="event or figure")
    id: int
    person_id: int | None
    what: str = Field(description="The event type, or the figure's category")
    date: str
    detail: str
    sources: int = Field(description="How many sources the fact rests on now")
    claim_ids: list[int]
    differences: list[DifferenceOut]
    conflict: str | None = Field(description="The status fold's reason, for a contradiction")


def fact_out(m: Match) -> FactOut:
    f = m.fact
    return FactOut(relation=m.relation.value, kind=f.kind.value, id=f.id, person_id=f.person_id,
                   what=f.what, date=f.date, detail=f.detail, sources=f.sources,
                   claim_ids=list(f.claim_ids),
                   differences=[DifferenceOut(field=d.field, fact=d.fact, claim=d.claim)
                                for d in m.differences],
                   conflict=m.conflict)  # fmt: skip


class FacilityMatchOut(BaseModel):
    """A registry facility a facility claim's name may be."""

    facility_id: int
    name: str
    same: bool = Field(description="One of its names is the claim's name")
    reason: str


class ClaimDetail(BaseModel):
    claim: ClaimOut
    source: SourceOut
    before: str = Field(description="Up to 500 characters of the source before the span")
    after: str = Field(description="Up to 500 characters of the source after the span")
    candidates: list[CandidateOut] = Field(
        description="Registry persons the claim's name may be, best first"
    )
    editable: list[str] = Field(description="Payload fields an accept may correct")
    facts: list[FactOut] = Field(
        description="Known facts the claim confirms (accepting adds its source to the one it "
        "confirms) or contradicts (accept with `supersedes` and a note, or reject)"
    )
    facilities: list[FacilityMatchOut] = Field(
        default_factory=list,
        description="Registry facilities a facility claim may name (accept with "
        "`facility_id`, or `new_facility`)",
    )


class AcceptBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    person_id: int | None = Field(None, description="The registry person the claim is about")
    new_person: bool = Field(False, description="The name is a person not yet in the registry")
    edited: dict[str, Any] = Field(
        default_factory=dict, description="Corrected payload fields (see `editable`)"
    )
    note: str = Field("", max_length=2000)
    allow_conflict: bool = Field(
        False,
        description="Record it although it contradicts the record (the note says why; "
        "required); the conflict stays visible on the person's record",
    )
    corroborates: int | None = Field(
        None,
        ge=1,
        le=2**31 - 1,
        description="The event or figure the claim confirms, when it confirms several",
    )
    supersedes: int | None = Field(
        None,
        ge=1,
        le=2**31 - 1,
        description="The event the claim corrects; `note` must give the reason",
    )
    facility_id: int | None = Field(
        None, ge=1, le=2**31 - 1, description="The registry facility a facility claim names"
    )
    new_facility: bool = Field(False, description="The facility is not yet in the registry")
    case_id: int | None = Field(
        None, ge=1, le=2**31 - 1,
        description="A case claim: the case its defendants join",
    )  # fmt: skip
    new_case: bool = Field(False, description="A case claim: the case is not yet in the registry")


class RejectBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field("", max_length=2000)


class Decision(BaseModel):
    claim_id: RecordId
    state: str
    decision: dict[str, Any]
    next_claim_id: int | None = Field(description="The next claim waiting, in review order")


@router.get("/claims")
def api_claims(
    staff: Viewer,
    conn: Conn,
    f: Filter,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> ClaimList:
    """Claims waiting for review, in review order (by source; persons first)."""
    found = queue_page(conn, f, page, per_page)
    return ClaimList(total=found.total, page=page, per_page=per_page,
                     items=[claim_out(c) for c in found.claims])  # fmt: skip


@router.get("/claims/{claim_id}")
def api_claim(staff: Viewer, conn: Conn, claim_id: RecordId) -> ClaimDetail:
    """One claim with its context in the source and the candidate persons for its name."""
    v = view(conn, claim_id)
    s = v.source
    assert s.id is not None
    return ClaimDetail(
        claim=claim_out(v.claim),
        source=SourceOut(id=s.id, title=s.title, url=s.url, publisher=s.publisher,
                         published=s.published, language=s.language),
        before=v.context.before,
        after=v.context.after,
        candidates=[CandidateOut(person_id=c.person_id, name=c.name, matched=c.matched,
                                 score=c.score, same=c.same, reason=c.reason)
                    for c in v.candidates],
        editable=list(v.editable),
        facts=[fact_out(m) for m in v.facts],
        facilities=[FacilityMatchOut(facility_id=m.facility_id, name=m.name, same=m.same,
                                     reason=m.reason) for m in v.facilities],
    )  # fmt: skip


def _decision(conn: Conn, claim: Claim) -> Decision:
    assert claim.id is not None
    fresh = get_claims(conn, [claim.id])[0]
    review = fresh.review
    return Decision(
        claim_id=claim.id,
        state=fresh.state.value,
        decision=(
            decision_to_json(review.decision, versioned=False) if review and review.decision else {}
        ),
        next_claim_id=next_pending(conn, QueueFilter(), fresh),
    )


@router.post("/claims/{claim_id}/accept")
def api_accept(
    staff: Documenter, conn: WriteConn, claim_id: RecordId, body: AcceptBody
) -> Decision:
    """Accept a claim: write the person, event, figure or facility it states; a claim
    that states a known fact adds its source to it (``decision.corroborates``). A claim
    that needs a decision (which person, a missing date, which of several facts) answers
    422 ``needs_decision`` and writes nothing; a contradiction answers 409 (a known fact:
    ``contradicts_fact``; accept with ``supersedes`` and a note to correct it). With
    ``allow_conflict`` and a note, a contradicting claim is recorded anyway."""
    claim = get_claims(conn, [claim_id])[0]
    choice = Choice(person_id=body.person_id, new_person=body.new_person,
                    edited=edits(claim, body.edited), note=body.note.strip(),
                    allow_conflict=body.allow_conflict, corroborates=body.corroborates,
                    supersedes=body.supersedes, facility_id=body.facility_id,
                    new_facility=body.new_facility, case_id=body.case_id,
                    new_case=body.new_case)  # fmt: skip
    accept(conn, claim, choice, by=staff.username)
    return _decision(conn, claim)


@router.post("/claims/{claim_id}/reject")
def api_reject(
    staff: Documenter, conn: WriteConn, claim_id: RecordId, body: RejectBody
) -> Decision:
    """Reject a claim; re-ingesting its source will not propose it again."""
    claim = get_claims(conn, [claim_id])[0]
    reject(conn, claim, by=staff.username, note=body.note.strip())
    return _decision(conn, claim)


class BulkBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    claim_ids: list[RecordId] | None = Field(
        None,
        max_length=500,
        description="The claims to decide, in this order; left out: the first 500 of the "
        "queue as the query parameters filter it",
    )
    note: str = Field("", max_length=2000, description="Recorded on each rejection")


class LeftOut(BaseModel):
    claim_id: int
    kind: str | None
    code: str
    why: str


class BulkOut(BaseModel):
    action: str
    done: list[int] = Field(description="The claims decided")
    left: list[LeftOut] = Field(description="The claims left for a person, each with why")


def _bulk(conn: Conn, f: QueueFilter, body: BulkBody) -> list[int]:
    return list(body.claim_ids) if body.claim_ids is not None else queue_ids(conn, f, 500)


def _bulk_out(action: str, result: Bulk) -> BulkOut:
    left = [LeftOut(claim_id=x.claim_id, kind=x.kind.value if x.kind else None, code=x.code,
                    why=x.why) for x in result.left]  # fmt: skip
    return BulkOut(action=action, done=list(result.done), left=left)


@router.post("/claims/bulk-accept")
def api_bulk_accept(staff: Editor, conn: WriteConn, f: Filter, body: BulkBody) -> BulkOut:
    """Accept each claim that needs no decision (editors; recorded as bulk decisions).
    Each is its own savepoint: a claim that needs a person stays proposed and is listed
    with why, and the others are accepted."""
    return _bulk_out("accepted", accept_many(conn, _bulk(conn, f, body), by=staff.username))


@router.post("/claims/bulk-reject")
def api_bulk_reject(staff: Editor, conn: WriteConn, f: Filter, body: BulkBody) -> BulkOut:
    """Reject each claim with one note (editors; recorded as bulk decisions); a claim
    already decided is listed with why, and the others are rejected."""
    result = reject_many(conn, _bulk(conn, f, body), by=staff.username, note=body.note.strip())
    return _bulk_out("rejected", result)


class IngestBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=MAX_SOURCE_BYTES, description="Front matter optional")
    title: str = Field("", max_length=500)
    url: str = Field("", max_length=2000)
    publisher: str = Field("", max_length=500)
    published: str = Field("", max_length=10, description="YYYY-MM-DD")
    language: str = Field("", max_length=8, description="en, ru, be or uk; empty: detect")


class IngestOut(BaseModel):
    source_id: RecordId
    new_source: bool
    extractor: str = Field(
        description="The extractor that ran; empty when the text was stored before "
        "(it was extracted then, and is not extracted again)"
    )
    language: str | None
    proposed: int
    already_known: int
    linked: int
    notes: list[str]
    review: str = Field(description="The claims of this source waiting for review")
    offered: list[str] = Field(
        default_factory=list,
        description="A text stored before: the details sent that differ from the stored "
        "source's, not applied (`PATCH /api/v1/staff/sources/{id}` applies them)",
    )


@router.post("/ingest", status_code=201)
def api_ingest(staff: Documenter, conn: WriteConn, extract: Extract, body: IngestBody) -> IngestOut:
    """Store a text as a source (once), extract, and propose claims for review."""
    fields = IngestFields(body.text, body.title, body.url, body.publisher, body.published,
                          body.language)  # fmt: skip
    r = run_ingest(conn, source_from(fields), extract, by=staff.username,
                   known=KnownDetails.OFFER)  # fmt: skip
    return IngestOut(source_id=r.source_id, new_source=r.new_source, extractor=r.extractor,
                     language=r.language, proposed=r.proposed, already_known=r.already_known,
                     linked=r.linked, notes=list(r.notes),
                     review=f"/api/v1/staff/claims?source={r.source_id}",
                     offered=[str(c) for c in r.offered])  # fmt: skip


class NameOut(BaseModel):
    text: str
    script: str
    language: str | None
    system: str | None
    primary: bool


class RestrictedOut(BaseModel):
    notes: str | None
    health: str | None
    family_contacts: str | None


class StaffPerson(BaseModel):
    """A person with every field, restricted ones included."""

    id: int
    display_name: str
    names: list[NameOut]
    gender: str
    birth_date: str | None
    region: str | None
    occupation: str | None
    name_withheld: bool
    merged_into: int | None
    restricted: RestrictedOut
    public_url: str


def staff_person(p: Person) -> StaffPerson:
    assert p.id is not None
    r = p.restricted
    return StaffPerson(
        id=p.id,
        display_name=p.display_name,
        names=[NameOut(text=n.text, script=n.script.value, language=n.language,
                       system=n.system, primary=n.primary) for n in p.names],
        gender=p.gender.value,
        birth_date=str(p.birth_date) if p.birth_date else None,
        region=p.region,
        occupation=p.occupation,
        name_withheld=p.name_withheld,
        merged_into=p.merged_into,
        restricted=RestrictedOut(notes=r.notes, health=r.health, family_contacts=r.family_contacts),
        public_url=f"/api/v1/persons/{p.id}",
    )  # fmt: skip


@router.get("/persons/{person_id}")
def api_person(staff: Documenter, conn: Conn, person_id: RecordId) -> StaffPerson:
    """One person with the restricted fields (notes, health, family contacts)."""
    return staff_person(person_store.get_person(conn, person_id, restricted=True))


class PersonPatch(BaseModel):
    """The fields to change; fields left out stay as they are, null or "" clears one."""

    model_config = ConfigDict(extra="forbid")

    gender: Gender | None = None
    birth_date: str | None = Field(None, max_length=20, description="YYYY, YYYY-MM or YYYY-MM-DD")
    region: str | None = Field(None, max_length=200)
    occupation: str | None = Field(None, max_length=200)
    name_withheld: bool | None = Field(
        None, description="true withholds the name; publishing it is `POST .../publish-name`"
    )
    notes: str | None = Field(None, max_length=20_000)
    health: str | None = Field(None, max_length=20_000)
    family_contacts: str | None = Field(None, max_length=20_000)


@router.patch("/persons/{person_id}")
def api_person_patch(
    staff: Documenter, conn: WriteConn, person_id: RecordId, body: PersonPatch
) -> StaffPerson:
    """Change the fields the body names, and no other; the change is written to the
    audit log (restricted fields by name only). ``name_withheld: true`` withholds the
    name; a withheld name is published only by ``POST .../publish-name``."""
    changes = body.model_dump(exclude_unset=True)
    if changes.get("name_withheld") is None:
        changes.pop("name_withheld", None)
    edit = PersonEdit.parse(changes)
    person_store.update_person(conn, person_id, edit, by=staff.username)
    return staff_person(person_store.get_person(conn, person_id, restricted=True))


class PublishNameBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(max_length=2000, description="Why the name may now be published")


@router.post("/persons/{person_id}/publish-name")
def api_publish_name(
    staff: Editor, conn: WriteConn, person_id: RecordId, body: PublishNameBody
) -> StaffPerson:
    """Publish a withheld name (editors, with a reason; audited as
    ``person.publish_name``). A name that is not withheld answers 409."""
    person_store.publish_name(conn, person_id, by=staff.username, reason=body.reason)
    return staff_person(person_store.get_person(conn, person_id, restricted=True))


class MergeBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kept: int = Field(description="The record that stays")
    other: int = Field(description="The record merged into it")
    why: str = Field(min_length=1, max_length=2000, description="The evidence")


class MergeOut(BaseModel):
    link_id: int
    kept: int
    other: int
    matcher: str


@router.post("/merge", status_code=201)
def api_merge(staff: Editor, conn: WriteConn, body: MergeBody) -> MergeOut:
    """Record that two records are one person. Refused (409) for two genders or two forms
    of one family name (a husband and a wife)."""
    link = merge(conn, body.kept, body.other, by=staff.username, why=body.why)
    return MergeOut(link_id=link, kept=body.kept, other=body.other, matcher=MATCHER)
