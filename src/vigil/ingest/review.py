"""Review: a person accepts, rejects or edits a proposed claim; accepting writes the
person, event, figure or facility it states, with the claim as its provenance.

Each decision is one savepoint: a claim that cannot be accepted (a contradiction, a
missing date, an ambiguous person) leaves nothing behind and says what is needed. Each
decision is also an entry of the audit log (``claim.accept``, ``claim.accept_edited``,
``claim.reject``) in the same savepoint, beside the entries of what accepting wrote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.ingest import corroboration
from vigil.ingest.linking import link_person
from vigil.model import (
    Claim,
    ClaimKind,
    Event,
    EventType,
    Facility,
    Figure,
    Gender,
    NameVariant,
    PartialDate,
    Person,
    Qualifier,
    Review,
    ReviewState,
    search_key,
)
from vigil.store import audit
from vigil.store.claims import get_claims, review_claim, source_claims
from vigil.store.events import add_event
from vigil.store.facilities import add_facility, add_figure, find_facility
from vigil.store.persons import add_names, add_person, get_person

__all__ = [
    "KIND_ORDER",
    "Bulk",
    "Choice",
    "Left",
    "NeedsDecision",
    "accept",
    "accept_many",
    "decided_person",
    "known_person",
    "queue_order",
    "reject",
    "reject_many",
]

#: Within a source, persons come first, so that the events naming them find the person
#: already decided. The CLI, the staff pages and the API review in this order.
KIND_ORDER = {
    ClaimKind.PERSON: 0,
    ClaimKind.FACILITY: 1,
    ClaimKind.EVENT: 2,
    ClaimKind.FIGURE: 3,
    ClaimKind.ORGANIZATION: 4,
    ClaimKind.QUOTE: 5,
}


def queue_order(claim: Claim) -> tuple[int, int, int, int]:
    """The sort key of the review queue: source, kind (persons first), position."""
    return (claim.source_id, KIND_ORDER[claim.kind], claim.start, claim.id or 0)


class NeedsDecision(InvalidInput):
    """The claim cannot be accepted without a person's decision (which person, a date)."""

    code = "needs_decision"


@dataclass(frozen=True, slots=True)
class Choice:
    """What the reviewer decided beyond "accept"."""

    person_id: int | None = None  # the registry person this claim is about
    new_person: bool = False  # the name is a person not yet in the registry
    edited: dict[str, Any] = field(default_factory=dict)  # corrected payload fields
    note: str = ""
    allow_conflict: bool = False
    corroborates: int | None = None  # the event or figure the claim confirms
    supersedes: int | None = None  # the event the claim corrects (``note``: the reason)


def reject(conn: Connection, claim: Claim, *, by: str, note: str = "", bulk: bool = False) -> None:
    """Reject a claim; it will not be proposed again when its source is re-ingested."""
    assert claim.id is not None
    if claim.state is not ReviewState.PROPOSED:
        raise InvalidInput(
            f"claim {claim.id} is already {claim.state.value}", hint="review another claim"
        )
    with conn.begin_nested():
        review_claim(
            conn, claim.id, Review(ReviewState.REJECTED, by, dt.datetime.now(dt.UTC), note, bulk)
        )
        audit.record(
            conn,
            actor=by,
            action="claim.reject",
            target=f"claim:{claim.id}",
            before={"state": claim.state.value},
            after={"state": ReviewState.REJECTED.value, "note": note, "bulk": bulk},
        )


def accept(
    conn: Connection, claim: Claim, choice: Choice, *, by: str, bulk: bool = False
) -> dict[str, Any]:
    """Accept a claim and write what it states; returns the decision recorded."""
    assert claim.id is not None
    if claim.state is not ReviewState.PROPOSED:
        raise InvalidInput(
            f"claim {claim.id} is already {claim.state.value}", hint="review another claim"
        )
    payload = {**claim.payload, **choice.edited}
    decision: dict[str, Any]
    with conn.begin_nested():
        if claim.kind is ClaimKind.PERSON and payload.get("role", "detainee") != "detainee":
            # The registry holds people held in political cases; an official, an advocate
            # or a journalist named in a source is reviewed but does not become a record.
            decision = {"role": payload.get("role")}
        elif claim.kind is ClaimKind.PERSON:
            decision = {"person_id": _person(conn, claim, payload, choice, by)}
        elif claim.kind is ClaimKind.EVENT:
            decision = _event(conn, claim, payload, choice, by)
        elif claim.kind is ClaimKind.FIGURE:
            decision = _figure(conn, claim, payload, choice, by)
        elif claim.kind is ClaimKind.FACILITY:
            decision = {"facility_id": _facility(conn, str(payload["name"]), by)}
        else:
            decision = {}
        if choice.edited:
            decision["edited"] = choice.edited
        review_claim(
            conn,
            claim.id,
            Review(ReviewState.ACCEPTED, by, dt.datetime.now(dt.UTC), choice.note, bulk, decision),
        )
        before: dict[str, Any] = {"state": claim.state.value}
        if choice.edited:  # what the extractor proposed for the fields the reviewer changed
            before["payload"] = {k: claim.payload.get(k) for k in choice.edited}
        audit.record(
            conn,
            actor=by,
            action="claim.accept_edited" if choice.edited else "claim.accept",
            target=f"claim:{claim.id}",
            before=before,
            after={
                "state": ReviewState.ACCEPTED.value,
                "kind": claim.kind.value,
                "source": claim.source_id,
                "payload": payload,
                "written": decision,
                "note": choice.note,
                "bulk": bulk,
            },
        )
    return decision


@dataclass(frozen=True, slots=True)
class Left:
    """A claim a bulk decision left for a person, and why (one line)."""

    claim_id: int
    kind: ClaimKind | None  # None: no such claim
    why: str
    code: str


@dataclass(frozen=True, slots=True)
class Bulk:
    """What a bulk decision did: the claims decided, and those left, each with why."""

    done: tuple[int, ...]
    left: tuple[Left, ...]


def accept_many(conn: Connection, claim_ids: Sequence[int], *, by: str) -> Bulk:
    """Accept each claim that needs no decision, in the order given, inside the caller's
    transaction: each accept is its own savepoint, so a claim that cannot be accepted (it
    needs a person, a date, or contradicts the record) is left with why, and the others
    stay accepted. Each claim is read afresh: an earlier accept may have decided its
    person."""
    return _many(conn, claim_ids, lambda claim: accept(conn, claim, Choice(), by=by, bulk=True))


def reject_many(conn: Connection, claim_ids: Sequence[int], *, by: str, note: str = "") -> Bulk:
    """Reject each claim (with one note), a savepoint each, as ``accept_many`` does."""
    return _many(conn, claim_ids, lambda claim: reject(conn, claim, by=by, note=note, bulk=True))


def _many(conn: Connection, claim_ids: Sequence[int], decide: Callable[[Claim], object]) -> Bulk:
    done: list[int] = []
    left: list[Left] = []
    for claim_id in claim_ids:
        try:
            claim = get_claims(conn, [claim_id])[0]
        except NotFound as exc:
            left.append(Left(claim_id, None, exc.one_line(), exc.code))
            continue
        try:
            decide(claim)
        except (InvalidInput, Conflict) as exc:
            left.append(Left(claim_id, claim.kind, exc.one_line(), exc.code))
        else:
            done.append(claim_id)
    return Bulk(tuple(done), tuple(left))


def _person(
    conn: Connection, claim: Claim, payload: dict[str, Any], choice: Choice, by: str
) -> int:
    """The registry person a claim is about: the reviewer's choice, else a certain link
    (judged afresh: the registry may have grown since ingestion), else a new person when
    nobody resembles the name. Close candidates always go to a person to decide."""
    name = str(payload.get("name") or "").strip()
    if not name:
        raise NeedsDecision(f"claim {claim.id} has no name", hint="edit it to give the name")
    if choice.person_id is not None:
        person_id = get_person(conn, choice.person_id).merged_into or choice.person_id
    elif choice.new_person:
        person_id = _new_person(conn, name, payload, by)
    else:
        gender = payload.get("gender")
        link = link_person(conn, name, gender if gender in ("female", "male") else None)
        if link.person_id is not None:
            person_id = link.person_id
        elif link.candidates:
            listed = "; ".join(
                f"person {c['person_id']} {c['name']} ({c['score']:.2f}: {c['reason']})"
                for c in link.candidates
            )
            raise NeedsDecision(
                f"claim {claim.id}: {name!r} may be {listed}",
                hint="choose one of them, or say it is a new person",
            )
        else:
            person_id = _new_person(conn, name, payload, by)
    add_names(conn, person_id, [NameVariant.of(name)])  # the name as this source writes it
    return person_id


def _new_person(conn: Connection, name: str, payload: dict[str, Any], by: str) -> int:
    gender = payload.get("gender")
    return add_person(
        conn,
        Person(
            names=(NameVariant.of(name, primary=True),),
            gender=Gender(gender) if gender in ("female", "male") else Gender.UNKNOWN,
        ),
        by=by,
    )


def _person_of_event(
    conn: Connection, claim: Claim, payload: dict[str, Any], choice: Choice, by: str
) -> int:
    if choice.person_id is not None or choice.new_person:
        return _person(conn, claim, {"name": payload.get("person"), **payload}, choice, by)
    name = payload.get("person")
    if not name:
        raise NeedsDecision(
            f"claim {claim.id} is about an unnamed group",
            hint="choose the person it is about, or accept it without an event",
        )
    decided = decided_person(conn, claim.source_id, str(name))
    if decided is not None:
        return decided[0]
    return _person(conn, claim, {"name": name, **payload}, choice, by)


def decided_person(conn: Connection, source_id: int, name: str) -> tuple[int, int] | None:
    """The person an accepted person claim of the same source gave ``name``, and that
    claim's id: it decides who an event of the source naming them is about. A person
    claim accepted in another role (an official, a journalist) recorded nobody."""
    for other in source_claims(conn, source_id):
        review = other.review
        if (
            other.kind is ClaimKind.PERSON
            and other.payload.get("name") == name
            and review is not None
            and review.state is ReviewState.ACCEPTED
            and review.decision
            and "person_id" in review.decision
        ):
            return int(review.decision["person_id"]), other.id or 0
    return None


def known_person(
    conn: Connection, claim: Claim, payload: dict[str, Any], choice: Choice
) -> int | None:
    """The registry person an event claim is about, when that is known without asking or
    writing: the reviewer's choice, the person claim of the same source, or a certain
    link. None for a new person, or when a person must decide."""
    if choice.new_person:
        return None
    if choice.person_id is not None:
        person_id: int | None = choice.person_id
    else:
        name = str(payload.get("person") or "").strip()
        if not name:
            return None
        decided = decided_person(conn, claim.source_id, name)
        person_id = decided[0] if decided else link_person(conn, name).person_id
    if person_id is None:
        return None
    return get_person(conn, person_id).merged_into or person_id


def _date(claim: Claim, payload: dict[str, Any]) -> PartialDate:
    raw = payload.get("date")
    if not raw:
        raise NeedsDecision(
            f"claim {claim.id} gives no date for the {payload.get('type')} event",
            hint="edit it to add the date (YYYY, YYYY-MM or YYYY-MM-DD)",
        )
    return PartialDate.parse(str(raw))


def _event(
    conn: Connection, claim: Claim, payload: dict[str, Any], choice: Choice, by: str
) -> dict[str, Any]:
    kind = EventType.parse(str(payload.get("type")))
    if not payload.get("person") and choice.person_id is None:
        return {"group": True}  # an event of an unnamed group: reviewed, not registered
    assert claim.id is not None
    stated = corroboration.stated_event(conn, payload)
    known = known_person(conn, claim, payload, choice)
    if known is not None:  # a report of a fact the registry holds adds a source to it
        matches = corroboration.judge_event(conn, known, stated)
        confirmed = corroboration.settle(
            matches, claim_id=claim.id, confirm=choice.corroborates, supersede=choice.supersedes
        )
        if confirmed is not None:
            return corroboration.link(conn, confirmed, claim.id, by=by)
    elif choice.corroborates is not None:
        raise NeedsDecision(
            f"claim {claim.id}: say whom it is about before it confirms {choice.corroborates}",
            hint="choose the person",
        )
    if choice.supersedes is not None and not choice.note.strip():
        raise InvalidInput(
            f"superseding event {choice.supersedes} needs a reason",
            hint="say in the note why this claim corrects it",
        )
    date = _date(claim, payload)
    person_id = _person_of_event(conn, claim, payload, choice, by)
    facility = payload.get("facility")
    detail = stated.detail
    event_id = add_event(
        conn,
        Event(
            person_id,
            kind,
            date,
            dt.datetime.now(dt.UTC),
            facility_id=_facility(conn, str(facility), by) if facility else None,
            detail=detail,
            claim_ids=(claim.id,),
            supersedes=choice.supersedes,
            recorded_by=by,
        ),
        allow_conflict=choice.allow_conflict,
    )
    if choice.supersedes is not None:
        return {"person_id": person_id, "event_id": event_id, "supersedes": choice.supersedes}
    return {"person_id": person_id, "event_id": event_id}


def _figure(
    conn: Connection, claim: Claim, payload: dict[str, Any], choice: Choice, by: str
) -> dict[str, Any]:
    assert claim.id is not None
    matches = corroboration.judge_figure(conn, claim.source_id, payload)
    confirmed = corroboration.settle(matches, claim_id=claim.id, confirm=choice.corroborates)
    if confirmed is not None:  # the same statement, reported again
        return corroboration.link(conn, confirmed, claim.id, by=by)
    try:
        value = int(payload["value"])
        qualifier = Qualifier(payload.get("qualifier") or "exact")
    except (KeyError, TypeError, ValueError):
        raise NeedsDecision(
            f"claim {claim.id} has no usable value or qualifier",
            hint="edit it: value is a whole number; qualifier exact, more_than, at_least, "
            "about or up_to",
        ) from None
    as_of = payload.get("as_of")
    figure_id = add_figure(
        conn,
        Figure(
            value,
            qualifier,
            str(payload.get("category") or "other"),
            as_of=PartialDate.parse(as_of) if as_of else None,
            breakdown=dict(payload.get("breakdown") or {}),
            attributed_to=payload.get("attributed_to"),
            claim_id=claim.id,
        ),
        by=by,
    )
    return {"figure_id": figure_id}


def _facility(conn: Connection, name: str, by: str) -> int:
    """An existing facility with exactly this name, or a new one."""
    for facility in find_facility(conn, name):
        if any(search_key(n) == search_key(name) for n in facility.names):
            assert facility.id is not None
            return facility.id
    return add_facility(conn, Facility((name,)), by=by)
