"""Accepting a case claim: a source names a trial of several people; the reviewer opens
it as a new case, or joins its defendants to a case the registry holds.

Each name is read as the review reads an event's person: the person an accepted person
claim of the same source gave that name, else a certain link to the registry. A name
that is neither waits for the reviewer (accept or decide its person claim first), so no
defendant is guessed. Called by ``vigil.ingest.review.accept`` inside its savepoint.
"""

from __future__ import annotations

from sqlalchemy import Connection

from vigil.errors import InvalidInput
from vigil.ingest.cases import CaseInput, join_case, open_case
from vigil.ingest.linking import link_person
from vigil.model import CasePayload, Claim, ClaimKind, Decision, fingerprint, search_key
from vigil.store import cases as store
from vigil.store.persons import get_person

__all__ = ["CaseKnown", "DefendantUndecided", "accept_case", "case_claim", "defendant_ids"]


class DefendantUndecided(InvalidInput):
    """A defendant's name is not yet a decided registry person."""

    code = "needs_decision"


class CaseKnown(InvalidInput):
    """A defendant is already in a case: the reviewer says which case, or that the claim
    names a new one."""

    code = "needs_decision"

    def __init__(self, message: str, *, cases: tuple[int, ...], hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.cases = cases


def case_claim(
    source_id: int, text: str, start: int, end: int, payload: CasePayload, *,
    extractor: str, confidence: float,
) -> Claim:  # fmt: skip
    """A case claim on characters ``start``-``end`` of a source. What identifies it (its
    fingerprint) is the span and the defendants named, however the title is worded."""
    key = sorted(search_key(n) for n in payload.defendants if n.strip())
    return Claim(
        source_id=source_id, start=start, end=end, quote=text[start:end], kind=ClaimKind.CASE,
        extractor=extractor, confidence=max(0.0, min(1.0, confidence)), payload=payload,
        fingerprint=fingerprint(source_id, ClaimKind.CASE, start, end, key),
    )  # fmt: skip


def defendant_ids(conn: Connection, claim: Claim, payload: CasePayload) -> list[int]:
    """The registry persons a case claim's defendants are, in the order named."""
    from vigil.ingest.review import decided_person  # review calls this module

    found: list[int] = []
    for name in (n.strip() for n in payload.defendants):
        if not name:
            continue
        decided = decided_person(conn, claim.source_id, name)
        person_id = decided[0] if decided else link_person(conn, name).person_id
        if person_id is None:
            raise DefendantUndecided(
                f"claim {claim.id}: who {name!r} is in the registry is not decided",
                hint="accept (or decide) the person claim naming them first, or edit the "
                "defendants",
            )
        person_id = get_person(conn, person_id).merged_into or person_id
        if person_id not in found:
            found.append(person_id)
    if not found:
        raise DefendantUndecided(f"claim {claim.id} names no defendant",
                            hint="edit it to give the defendants' names")  # fmt: skip
    return found


def accept_case(
    conn: Connection, claim: Claim, payload: CasePayload, case_id: int | None, *,
    new_case: bool = False, by: str,
) -> Decision:  # fmt: skip
    """Open the case a claim names, or (``case_id``) join its defendants to that case:
    those not yet its defendants are added, and nothing else about it changes. When a
    defendant is already in a case and the reviewer said neither which case nor that it
    is a new one, the reviewer decides: no trial is recorded twice."""
    people = defendant_ids(conn, claim, payload)
    if case_id is None and not new_case:
        held = tuple(sorted({c for p in people for c in store.case_ids_of(conn, p)}))
        if held:
            listed = ", ".join(f"case {c}" for c in held[:5])
            raise CaseKnown(
                f"claim {claim.id}: its defendants are already in {listed}",
                cases=held,
                hint="say which case it is (to join its defendants to it), or that it is a "
                "new case",
            )
    if case_id is not None:
        known = store.get_case(conn, case_id)
        new = [p for p in people if p not in known.person_ids]
        for person_id in new:
            join_case(conn, case_id, person_id, by=by)
        return Decision(case_id=case_id, joined=tuple(new))
    title = payload.title or "Case of " + ", ".join(n for n in payload.defendants if n.strip())
    try:
        given = CaseInput.parse(
            title=title[:300], defendants=people, articles=payload.articles,
            activity=payload.activity or "", court=payload.court or "",
            judge=payload.judge or "",
        )  # fmt: skip
    except InvalidInput as exc:
        raise InvalidInput(f"claim {claim.id}: {exc.message}", hint=exc.hint) from None
    return Decision(case_id=open_case(conn, given, by=by))
