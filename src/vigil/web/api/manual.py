"""``/api/v1/staff``, manual work: a claim from a span of a source, a person, an event
citing a source, the correction of an event, facilities, the undoing of a merge or split,
and the audit log.

Each route calls the verb its CLI command and staff page call (``vigil.ingest.manual``,
``vigil.ingest.records``, ``vigil.store.identity.undo``, ``vigil.store.audit.entries``),
and each write is in the audit log.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Security
from pydantic import BaseModel, ConfigDict, Field

from vigil.ingest.evidence import describe
from vigil.ingest.manual import propose_span
from vigil.ingest.records import (
    EventInput,
    FacilityInput,
    PersonInput,
    add_facility_by_hand,
    add_person_by_hand,
    correct_event,
    edit_facility,
    record_event,
)
from vigil.model import Facility
from vigil.store.audit import entries
from vigil.store.claims import get_claims
from vigil.store.events import get_event
from vigil.store.facilities import get_facility, list_facilities
from vigil.store.identity import undo
from vigil.web.api.staff import bearer
from vigil.web.deps import Conn, RecordId, parse_day
from vigil.web.security import Documenter, Editor, Viewer, WriteConn

__all__ = ["router"]

router = APIRouter(prefix="/api/v1/staff", tags=["staff"], dependencies=[Security(bearer)])


class SpanBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str = Field(description="person, event, figure, facility, organization, quote or case")
    start: int | None = Field(None, ge=0, le=2**31 - 1, description="First character (from 0)")
    end: int | None = Field(None, ge=0, le=2**31 - 1, description="The character after the span")
    words: str = Field(
        "", max_length=5000, description="Instead of start and end: the words, found in the text"
    )
    fields: dict[str, Annotated[str, Field(max_length=2000)]] = Field(
        default_factory=dict,
        description="What the span states, e.g. {'type': 'detained', 'date': '2020-05-29', "
        "'person': 'Ihar Losikau'}; a person's or facility's name defaults to the span",
    )


class ProposedOut(BaseModel):
    claim_id: int
    source_id: int
    kind: str
    start: int
    end: int
    quote: str
    summary: str
    review: str = Field(description="The claim on the staff review page")


@router.post("/sources/{source_id}/claims", status_code=201)
def api_propose(
    staff: Documenter, conn: WriteConn, source_id: RecordId, body: SpanBody
) -> ProposedOut:
    """Propose a claim on a span of a source (what the extractor missed); it waits in the
    review queue and is accepted or rejected like any other (audited: ``claim.propose``)."""
    claim_id = propose_span(conn, source_id, body.kind, body.fields, by=staff.username,
                            start=body.start, end=body.end, words=body.words)  # fmt: skip
    c = get_claims(conn, [claim_id])[0]
    return ProposedOut(claim_id=claim_id, source_id=source_id, kind=c.kind.value, start=c.start,
                       end=c.end, quote=c.quote, summary=describe(c),
                       review=f"/staff/review/{claim_id}")  # fmt: skip


class PersonBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    names: list[Annotated[str, Field(max_length=300)]] = Field(
        min_length=1, max_length=20, description="The first is the primary name"
    )
    gender: str = Field("", max_length=10, description="female, male or unknown")
    birth_date: str = Field("", max_length=20, description="YYYY, YYYY-MM or YYYY-MM-DD")
    region: str = Field("", max_length=200)
    occupation: str = Field("", max_length=200)
    name_withheld: bool = False
    notes: str = Field("", max_length=20_000)
    health: str = Field("", max_length=20_000)
    family_contacts: str = Field("", max_length=20_000)


class Created(BaseModel):
    id: int
    url: str = Field(description="The record on the staff pages")


@router.post("/persons", status_code=201)
def api_add_person(staff: Documenter, conn: WriteConn, body: PersonBody) -> Created:
    """Add a person (audited: ``person.add``; restricted fields sealed)."""
    given = PersonInput.parse(
        body.names, gender=body.gender, born=body.birth_date, region=body.region,
        occupation=body.occupation, name_withheld=body.name_withheld, notes=body.notes,
        health=body.health, family_contacts=body.family_contacts,
    )  # fmt: skip
    person_id = add_person_by_hand(conn, given, by=staff.username)
    return Created(id=person_id, url=f"/staff/persons/{person_id}")


class EventBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: str = Field(max_length=40, description="detained, sentenced, released, ...")
    date: str = Field(max_length=20, description="YYYY, YYYY-MM or YYYY-MM-DD; ~ estimates")
    source_id: int | None = Field(None, ge=1, le=2**31 - 1, description="The source it rests on")
    quote: str = Field("", max_length=5000, description="The exact words of the source")
    claim_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(
        default_factory=list, max_length=50, description="Accepted claims it rests on"
    )
    facility_id: int | None = Field(None, ge=1, le=2**31 - 1)
    case_id: int | None = Field(None, ge=1, le=2**31 - 1)
    articles: list[Annotated[str, Field(max_length=40)]] = Field(
        default_factory=list, max_length=30
    )
    term: str = Field("", max_length=20, description="5y, 2y6m, 18m or months")
    regime: str = Field("", max_length=40)
    recognized_by: str = Field("", max_length=200)
    recognition: str = Field("", max_length=40)
    criterion: str = Field("", max_length=200)
    note: str = Field("", max_length=2000)
    allow_conflict: bool = Field(False, description="Record it though it contradicts the record")

    def given(self, person_id: int) -> EventInput:
        return EventInput.parse(
            person_id=person_id, type=self.type, date=self.date, source_id=self.source_id,
            quote=self.quote, claim_ids=self.claim_ids, facility_id=self.facility_id,
            case_id=self.case_id, articles=self.articles, term=self.term, regime=self.regime,
            recognized_by=self.recognized_by, recognition=self.recognition,
            criterion=self.criterion, note=self.note, allow_conflict=self.allow_conflict,
        )  # fmt: skip


class NewEventBody(EventBody):
    person_id: int = Field(ge=1, le=2**31 - 1)


class CorrectionBody(EventBody):
    reason: str = Field(min_length=1, max_length=2000, description="Why (kept in the log)")


class EventOut(BaseModel):
    id: int
    person_id: int
    supersedes: int | None
    url: str


@router.post("/events", status_code=201)
def api_add_event(staff: Documenter, conn: WriteConn, body: NewEventBody) -> EventOut:
    """Record an event citing a source (with the words that say it) or accepted claims
    (audited: ``event.add``). A contradiction of the record answers 409 unless
    ``allow_conflict``."""
    event_id = record_event(conn, body.given(body.person_id), by=staff.username)
    return EventOut(id=event_id, person_id=body.person_id, supersedes=None,
                    url=f"/staff/persons/{body.person_id}")  # fmt: skip


@router.post("/events/{event_id}/correct", status_code=201)
def api_correct_event(
    staff: Documenter, conn: WriteConn, event_id: RecordId, body: CorrectionBody
) -> EventOut:
    """Correct an event: a new event supersedes it; the old one stays in the history
    (audited: ``event.add`` and ``event.correct`` with the reason)."""
    person_id = get_event(conn, event_id).person_id
    new_id = correct_event(conn, event_id, body.given(person_id), reason=body.reason,
                           by=staff.username)  # fmt: skip
    return EventOut(id=new_id, person_id=person_id, supersedes=event_id,
                    url=f"/staff/persons/{person_id}")  # fmt: skip


class FacilityOut(BaseModel):
    id: int
    names: list[str]
    kind: str
    region: str | None
    postal_address: str | None


def facility_out(f: Facility) -> FacilityOut:
    assert f.id is not None
    return FacilityOut(id=f.id, names=list(f.names), kind=f.kind.value, region=f.region,
                       postal_address=f.postal_address)  # fmt: skip


class FacilityBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    names: list[Annotated[str, Field(max_length=300)]] = Field(
        min_length=1, max_length=20, description="The first is the main name"
    )
    kind: str = Field("", max_length=40, description="penal_colony, prison, ...; empty: other")
    region: str = Field("", max_length=200)
    postal_address: str = Field("", max_length=1000, description="For letters")

    def given(self) -> FacilityInput:
        return FacilityInput.parse(self.names, kind=self.kind, region=self.region,
                                   postal_address=self.postal_address)  # fmt: skip


@router.get("/facilities")
def api_facilities(staff: Viewer, conn: Conn) -> list[FacilityOut]:
    """Every facility, by id."""
    return [facility_out(f) for f in list_facilities(conn)]


@router.post("/facilities", status_code=201)
def api_add_facility(staff: Documenter, conn: WriteConn, body: FacilityBody) -> FacilityOut:
    """Add a place of detention (audited: ``facility.add``)."""
    facility_id = add_facility_by_hand(conn, body.given(), by=staff.username)
    return facility_out(get_facility(conn, facility_id))


@router.put("/facilities/{facility_id}")
def api_edit_facility(
    staff: Documenter, conn: WriteConn, facility_id: RecordId, body: FacilityBody
) -> FacilityOut:
    """Give a facility these names, kind, region and postal address (audited:
    ``facility.edit``, with the values before and after)."""
    edit_facility(conn, facility_id, body.given(), by=staff.username)
    return facility_out(get_facility(conn, facility_id))


class UndoBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    why: str = Field(min_length=1, max_length=2000, description="Why it is undone")


class UndoOut(BaseModel):
    decision: int = Field(description="The undoing, itself a decision in the history")
    undoes: int


@router.post("/decisions/{decision_id}/undo", status_code=201)
def api_undo(staff: Editor, conn: WriteConn, decision_id: RecordId, body: UndoBody) -> UndoOut:
    """Undo a merge or a split (editors); both it and its undoing stay in the history
    (audited: ``person.undo``). A decision undone already, or one a later decision builds
    on, answers 409."""
    return UndoOut(decision=undo(conn, decision_id, by=staff.username, why=body.why),
                   undoes=decision_id)  # fmt: skip


class AuditOut(BaseModel):
    id: int
    at: dt.datetime
    actor: str
    action: str
    target: str
    before: Any
    after: Any
    hash: str


class AuditPage(BaseModel):
    page: int
    per_page: int
    more: bool = Field(description="Whether older entries follow")
    items: list[AuditOut]


@router.get("/audit")
def api_audit(
    staff: Editor,
    conn: Conn,
    actor: Annotated[str, Query(max_length=100)] = "",
    action: Annotated[
        str, Query(max_length=64, description="A prefix: claim. or person.merge")
    ] = "",
    table: Annotated[str, Query(max_length=32, description="person, event, claim, ...")] = "",
    record: Annotated[str, Query(max_length=200, description="One record: person:12")] = "",
    since: Annotated[str, Query(max_length=10, description="YYYY-MM-DD (UTC)")] = "",
    until: Annotated[str, Query(max_length=10, description="YYYY-MM-DD, included")] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> AuditPage:
    """The audit log, newest first, filtered (editors and admins). Restricted values
    stay sealed."""
    found = entries(
        conn, actor=actor.strip() or None, action=action.strip() or None,
        table=table.strip() or None, target=record.strip() or None,
        since=parse_day(since or None, "since"), until=parse_day(until or None, "until"),
        limit=per_page + 1, offset=(page - 1) * per_page,
    )  # fmt: skip
    items = [AuditOut(id=e.id or 0, at=e.at, actor=e.actor, action=e.action, target=e.target,
                      before=e.before, after=e.after, hash=e.hash or "")
             for e in found[:per_page]]  # fmt: skip
    return AuditPage(page=page, per_page=per_page, more=len(found) > per_page, items=items)
