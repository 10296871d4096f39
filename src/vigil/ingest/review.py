"""Review: a person accepts, rejects or edits a proposed claim; accepting writes the
person, event, figure, facility or case it states, with the claim as its provenance.

Each decision is one savepoint: a claim that cannot be accepted (a contradiction, a
missing date, an ambiguous person) leaves nothing behind and says what is needed. Each
decision is also an entry of the audit log (``claim.accept``, ``claim.accept_edited``,
``claim.reject``) in the same savepoint, beside the entries of what accepting wrote.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection

from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.ingest import corroboration
from vigil.ingest.case_review import accept_case
from vigil.ingest.edits import apply_edits, form_values
from vigil.ingest.linking import link_person
from vigil.ingest.queue import KIND_ORDER, queue_order
from vigil.model import (
    CasePayload,
    Claim,
    ClaimKind,
    Decision,
    Edit,
    EditValue,
    Event,
    EventPayload,
    Facility,
    FacilityPayload,
    Figure,
    FigurePayload,
    Gender,
    NameVariant,
    Person,
    PersonPayload,
    PersonRole,
    Review,
    ReviewState,
    search_key,
)
from vigil.names.parse import word_keys
from vigil.store import audit
from vigil.store.claim_json import decision_to_json, payload_to_json
from vigil.store.claims import get_claims, review_claim, source_claims
from vigil.store.events import add_event
from vigil.store.facilities import (
    add_facility,
    add_figure,
    get_facility,
    list_facilities,
)
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


class NeedsDecision(InvalidInput):
    """The claim cannot be accepted without a person's decision (which person, a date)."""

    code = "needs_decision"


@dataclass(frozen=True, slots=True)
class Choice:
    """What the reviewer decided beyond "accept"."""

    person_id: int | None = None  # the registry person this claim is about
    new_person: bool = False  # the name is a person not yet in the registry
    edited: Mapping[str, EditValue] = field(default_factory=dict)  # corrected fields, parsed
    note: str = ""
    allow_conflict: bool = False  # record it although it contradicts the record (note: why)
    corroborates: int | None = None  # the event or figure the claim confirms
    supersedes: int | None = None  # the event the claim corrects (``note``: the reason)
    facility_id: int | None = None  # the registry facility a facility claim names
    new_facility: bool = False  # the facility is not yet in the registry
    case_id: int | None = None  # the registry case a case claim's defendants join
    new_case: bool = False  # the case claim names a case not yet in the registry


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
) -> Decision:
    """Accept a claim and write what it states; returns the decision recorded.

    An event or figure claim that states a known fact is added to the claims that fact
    rests on (``ingest.corroboration``; ``choice.corroborates`` says which when it
    confirms several); ``choice.supersedes`` records an event as the correction of one
    (the note: why). With ``choice.allow_conflict`` an event that contradicts the record
    or a known fact is recorded all the same (the conflict stays visible on the person's
    record); it needs a reason, the choice's note, which the review and the audit log
    keep."""
    assert claim.id is not None
    if claim.state is not ReviewState.PROPOSED:
        raise InvalidInput(
            f"claim {claim.id} is already {claim.state.value}", hint="review another claim"
        )
    if choice.allow_conflict and not choice.note.strip():
        raise InvalidInput(
            f"claim {claim.id}: recording a conflicting claim anyway needs a reason",
            hint="say why the source is right although it contradicts the record",
        )
    payload = apply_edits(claim.kind, claim.payload, choice.edited)
    decision: Decision
    with conn.begin_nested():
        match payload:
            case PersonPayload(role=role) if role is not PersonRole.DETAINEE:
                # The registry holds people held in political cases; an official, an
                # advocate or a journalist named in a source is reviewed but is no record.
                decision = Decision(role=role)
            case PersonPayload():
                person_id = _person(conn, claim, payload.name, payload.gender, choice, by)
                decision = Decision(person_id=person_id)
            case EventPayload():
                decision = _event(conn, claim, payload, choice, by)
            case FigurePayload():
                decision = _figure(conn, claim, payload, choice, by)
            case FacilityPayload(name=name) if name:
                decision = Decision(facility_id=_chosen_facility(conn, claim, name, choice, by))
            case FacilityPayload():
                raise NeedsDecision(
                    f"claim {claim.id} has no name", hint="edit it to give the name"
                )
            case CasePayload():
                decision = accept_case(conn, claim, payload, choice.case_id,
                                       new_case=choice.new_case, by=by)  # fmt: skip
            case _:
                decision = Decision()
        decision = replace(
            decision, edited=tuple(Edit(name, value) for name, value in choice.edited.items())
        )
        review_claim(
            conn,
            claim.id,
            Review(ReviewState.ACCEPTED, by, dt.datetime.now(dt.UTC), choice.note, bulk, decision),
        )
        before: dict[str, Any] = {"state": claim.state.value}
        if choice.edited:  # what the extractor proposed for the fields the reviewer changed
            before["payload"] = form_values(claim.kind, claim.payload, tuple(choice.edited))
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
                "payload": payload_to_json(payload, versioned=False),
                "written": decision_to_json(decision, versioned=False),
                "note": choice.note,
                "bulk": bulk,
                **({"allow_conflict": True} if choice.allow_conflict else {}),
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
    conn: Connection, claim: Claim, name: str | None, gender: Gender | None, choice: Choice,
    by: str,
) -> int:  # fmt: skip
    """The registry person a claim is about: the reviewer's choice, else a certain link
    (judged afresh: the registry may have grown since ingestion), else a new person when
    nobody resembles the name. Close candidates always go to a person to decide."""
    name = (name or "").strip()
    if not name:
        raise NeedsDecision(f"claim {claim.id} has no name", hint="edit it to give the name")
    if choice.person_id is not None:
        person_id = get_person(conn, choice.person_id).merged_into or choice.person_id
    elif choice.new_person:
        person_id = _new_person(conn, name, gender, by)
    else:
        link = link_person(conn, name, gender.value if gender else None)
        if link.person_id is not None:
            person_id = link.person_id
        elif link.candidates:
            listed = "; ".join(
                f"person {c.person_id} {c.name} ({c.score:.2f}: {c.reason})"
                for c in link.candidates
            )
            raise NeedsDecision(
                f"claim {claim.id}: {name!r} may be {listed}",
                hint="choose one of them, or say it is a new person",
            )
        else:
            person_id = _new_person(conn, name, gender, by)
    add_names(conn, person_id, [NameVariant.of(name)])  # the name as this source writes it
    return person_id


def _new_person(conn: Connection, name: str, gender: Gender | None, by: str) -> int:
    return add_person(
        conn,
        Person(names=(NameVariant.of(name, primary=True),), gender=gender or Gender.UNKNOWN),
        by=by,
    )


def _person_of_event(
    conn: Connection, claim: Claim, payload: EventPayload, choice: Choice, by: str
) -> int:
    if choice.person_id is not None or choice.new_person:
        return _person(conn, claim, payload.person, None, choice, by)
    if not payload.person:
        raise NeedsDecision(
            f"claim {claim.id} is about an unnamed group",
            hint="choose the person it is about, or accept it without an event",
        )
    decided = decided_person(conn, claim.source_id, payload.person)
    if decided is not None:
        return decided[0]
    return _person(conn, claim, payload.person, None, choice, by)


def decided_person(conn: Connection, source_id: int, name: str) -> tuple[int, int] | None:
    """The person an accepted person claim of the same source gave ``name``, and that
    claim's id: it decides who an event of the source naming them is about. A person
    claim accepted in another role (an official, a journalist) recorded nobody."""
    for other in source_claims(conn, source_id):
        review = other.review
        if (
            isinstance(other.payload, PersonPayload)
            and other.payload.name == name
            and review is not None
            and review.state is ReviewState.ACCEPTED
            and review.decision is not None
            and review.decision.person_id is not None
        ):
            return review.decision.person_id, other.id or 0
    return None


def known_person(
    conn: Connection, claim: Claim, payload: EventPayload, choice: Choice
) -> int | None:
    """The registry person an event claim is about, when that is known without asking or
    writing: the reviewer's choice, the person claim of the same source, or a certain
    link. None for a new person, or when a person must decide."""
    if choice.new_person:
        return None
    if choice.person_id is not None:
        person_id: int | None = choice.person_id
    else:
        name = (payload.person or "").strip()
        if not name:
            return None
        decided = decided_person(conn, claim.source_id, name)
        person_id = decided[0] if decided else link_person(conn, name).person_id
    if person_id is None:
        return None
    return get_person(conn, person_id).merged_into or person_id


def _event(
    conn: Connection, claim: Claim, payload: EventPayload, choice: Choice, by: str
) -> Decision:
    assert claim.id is not None
    if payload.type is None:
        raise NeedsDecision(
            f"claim {claim.id} gives no type of event",
            hint="edit it to give the type (detained, sentenced, ...)",
        )
    if not payload.person and choice.person_id is None:
        return Decision(group=True)  # an event of an unnamed group: reviewed, not registered
    stated = corroboration.stated_event(conn, payload)
    known = known_person(conn, claim, payload, choice)
    if known is not None:  # a report of a fact the registry holds adds a source to it
        matches = corroboration.judge_event(conn, known, stated)
        confirmed = corroboration.settle(
            matches,
            claim_id=claim.id,
            confirm=choice.corroborates,
            supersede=choice.supersedes,
            anyway=choice.allow_conflict,
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
    if payload.date is None:
        raise NeedsDecision(
            f"claim {claim.id} gives no date for the {payload.type.value} event",
            hint="edit it to add the date (YYYY, YYYY-MM or YYYY-MM-DD)",
        )
    person_id = _person_of_event(conn, claim, payload, choice, by)
    event_id = add_event(
        conn,
        Event(
            person_id,
            payload.type,
            payload.date,  # as precise as the source (or the reviewer) gave it, never more
            dt.datetime.now(dt.UTC),
            facility_id=(
                _chosen_facility(conn, claim, payload.facility, choice, by)
                if payload.facility
                else None
            ),
            detail=stated.detail,
            claim_ids=(claim.id,),
            supersedes=choice.supersedes,
            recorded_by=by,
        ),
        allow_conflict=choice.allow_conflict,
    )
    return Decision(
        person_id=person_id,
        event_id=event_id,
        supersedes=choice.supersedes,
        allow_conflict=choice.allow_conflict,
    )


def _figure(
    conn: Connection, claim: Claim, payload: FigurePayload, choice: Choice, by: str
) -> Decision:
    assert claim.id is not None
    matches = corroboration.judge_figure(conn, claim.source_id, payload)
    confirmed = corroboration.settle(matches, claim_id=claim.id, confirm=choice.corroborates)
    if confirmed is not None:  # the same statement, reported again
        return corroboration.link(conn, confirmed, claim.id, by=by)
    if payload.value is None or payload.qualifier is None:
        raise NeedsDecision(
            f"claim {claim.id} has no usable value or qualifier",
            hint="edit it: value is a whole number; qualifier exact, more_than, at_least, "
            "about or up_to",
        )
    figure_id = add_figure(
        conn,
        Figure(
            payload.value,
            payload.qualifier,
            payload.category or "other",
            as_of=payload.as_of,
            breakdown=dict(payload.breakdown),
            attributed_to=payload.attributed_to,
            claim_id=claim.id,
        ),
        by=by,
    )
    return Decision(figure_id=figure_id)


@dataclass(frozen=True, slots=True)
class FacilityMatch:
    """A registry facility a facility claim's name may be, and why."""

    facility_id: int
    name: str
    same: bool  # one of its names is the claim's name, written the same way
    reason: str


_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]{4,}")


#: Words every kind of facility shares: no evidence that two names are one place.
_GENERIC = """colony colonies penal prison jail detention centre center remand isolation
correctional facility trial temporary settlement region oblast voblast district city
колония колонии колонию колонией калонія калоніі калонію калоніяй исправительная
исправительной папраўчая папраўчай тюрьма тюрьме турма турме сізо сизо изолятор
изоляторе ізалятар ізалятары область области вобласць вобласці район раёна города
горада""".split()  # noqa: SIM905


def _keys(word: str) -> set[str]:
    return {k for k in word_keys(word) if len(k) >= 4}


_GENERIC_KEYS = frozenset(k for w in _GENERIC for k in _keys(w))


def _place_keys(name: str) -> set[str]:
    return {k for w in _WORD.findall(name) for k in _keys(w)} - _GENERIC_KEYS


def facility_matches(conn: Connection, name: str) -> list[FacilityMatch]:
    """Registry facilities ``name`` may be, the same name first: one of its names is
    ``name`` written the same way, or shares a place word with it in any script (the
    endings of a case form aside: "Наваполацкай калоніі" / "colony No. 1 in
    Novopolotsk") and no other number."""
    key, numbers, places = search_key(name), set(_NUMBER.findall(name)), _place_keys(name)
    found: list[FacilityMatch] = []
    for facility in list_facilities(conn):
        assert facility.id is not None
        if any(search_key(n) == key for n in facility.names):
            found.append(FacilityMatch(facility.id, facility.name, True, "the same name"))
            continue
        for variant in facility.names:
            theirs = set(_NUMBER.findall(variant))
            if numbers and theirs and not numbers & theirs:
                continue  # colony No. 1 is not colony No. 10 of the same town
            if shared := places & _place_keys(variant):
                why = f"the same place word ({', '.join(sorted(shared))})"
                found.append(FacilityMatch(facility.id, facility.name, False, why))
                break
    return sorted(found, key=lambda m: (not m.same, m.facility_id))


def _chosen_facility(conn: Connection, claim: Claim, name: str, choice: Choice, by: str) -> int:
    """The facility a facility claim (or an event claim's facility) names: the reviewer's
    choice, the facility of the same name, or a new one; a name that only resembles known
    facilities needs the reviewer to say which (or that it is new), so that no facility is
    made twice."""
    if choice.facility_id is not None:
        get_facility(conn, choice.facility_id)  # NotFound names the id
        return choice.facility_id
    if not choice.new_facility:
        matches = facility_matches(conn, name)
        same = [m for m in matches if m.same]
        if same:
            return same[0].facility_id
        if matches:
            known = "; ".join(f"#{m.facility_id} {m.name}" for m in matches[:3])
            raise NeedsDecision(
                f"claim {claim.id}: “{name}” may be a known facility ({known})",
                hint="choose the facility it names, or say it is a new one",
            )
    return add_facility(conn, Facility((name,)), by=by)
