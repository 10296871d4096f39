"""Corroboration: a claim that states a fact the registry holds confirms it; a claim that
contradicts one is shown beside it.

The rules are written in docs/counting.md ("One fact, several reports"):

- An event claim *confirms* an event of the same person and type (not superseded) when
  their dates are compatible (the periods overlap, ``PartialDate.compatible``; a claim
  without a date is compatible with any) and their details agree wherever both give
  them: articles (one set within the other), term, regime, facility (when the claim
  names a facility of the registry), and a recognition's organisation and status.
- It *contradicts* such an event when the dates are compatible but a detail disagrees,
  or when the status fold would refuse it as a new event because of that event (a
  second detention inside the spell the first one opened: "detained while already
  held").
- A figure claim confirms a figure of the same category, value and qualifier, with a
  compatible date (its ``as_of``, else its source's publication day; both must be
  known), the same attribution and the same breakdown wherever both give them. Two
  different numbers are two statements, never a contradiction.

Accepting a claim that confirms exactly one fact adds the claim to the claims that fact
rests on (``store.events.corroborate_event``, ``store.facilities.corroborate_figure``),
never a second event or figure; nothing counted changes. The review service
(``ingest.review``) calls ``judge_event``/``judge_figure`` and ``settle``; the evidence
of a claim (``ingest.evidence``) shows the same matches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection

from vigil.errors import Conflict, InvalidInput
from vigil.model import (
    ClaimKind,
    Decision,
    Event,
    EventDetail,
    EventPayload,
    EventType,
    FigurePayload,
    PartialDate,
    Recognition,
    normalize_article,
    search_key,
)
from vigil.status import fold
from vigil.store.claims import get_claims
from vigil.store.events import corroborate_event, load_events
from vigil.store.facilities import (
    corroborate_figure,
    figure_claim_ids,
    figures_stating,
    find_facility,
    get_facilities,
)
from vigil.store.sources import get_source

__all__ = [
    "ContradictsFact",
    "Difference",
    "Fact",
    "Match",
    "Relation",
    "SeveralFacts",
    "Stated",
    "confirms",
    "contradicts",
    "judge_event",
    "judge_figure",
    "link",
    "settle",
    "stated_event",
]

_TRIAL_ID = 0  # the id a claim's event is given when folded on trial; no record has it


class Relation(StrEnum):
    CONFIRMS = "confirms"
    CONTRADICTS = "contradicts"


@dataclass(frozen=True, slots=True)
class Difference:
    """One detail on which a claim and a fact disagree, as each states it."""

    field: str  # date, articles, term_months, regime, facility, recognition
    fact: str
    claim: str


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact of the registry a claim may state: an event or a figure."""

    kind: ClaimKind  # EVENT or FIGURE
    id: int
    what: str  # the event type, or the figure's category
    date: str  # as precise as it is known; "" when unknown
    detail: str  # the event's details in words; a figure's qualifier, value, attribution
    claim_ids: tuple[int, ...]
    sources: int  # how many distinct sources it rests on now
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """How a claim relates to a fact; ``conflict`` is the status fold's reason when the
    claim contradicts the fact by its date alone."""

    relation: Relation
    fact: Fact
    differences: tuple[Difference, ...] = ()
    conflict: str | None = None


def confirms(matches: Sequence[Match]) -> list[Match]:
    return [m for m in matches if m.relation is Relation.CONFIRMS]


def contradicts(matches: Sequence[Match]) -> list[Match]:
    return [m for m in matches if m.relation is Relation.CONTRADICTS]


class SeveralFacts(InvalidInput):
    """The claim confirms more than one fact: the reviewer says which."""

    code = "needs_decision"


class ContradictsFact(Conflict):
    """The claim contradicts a fact of the registry: supersede it (with a reason), or
    reject the claim."""

    code = "contradicts_fact"


# What an event claim states -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stated:
    """What an event claim states, read from its payload (with the reviewer's edits)."""

    type: EventType
    date: PartialDate | None
    detail: EventDetail
    facility: str | None  # the facility as the source names it
    facility_id: int | None  # the registry facility of exactly that name, if any


def stated_event(conn: Connection, payload: EventPayload) -> Stated:
    """The event a payload states; one without a type, or with a bad article, is refused."""
    if payload.type is None:
        raise InvalidInput("the claim gives no type of event", hint="edit it to give the type")
    facility = payload.facility or None
    facility_id = None
    if facility:
        for known in find_facility(conn, facility):
            if any(search_key(n) == search_key(facility) for n in known.names):
                facility_id = known.id
                break
    return Stated(
        type=payload.type,
        date=payload.date,
        detail=EventDetail(
            articles=tuple(normalize_article(a) for a in payload.articles),
            term_months=payload.term_months,
            regime=payload.regime,
            note=payload.detail,
        ),
        facility=facility,
        facility_id=facility_id,
    )


def _differences(
    stated: Stated, event: Event, facility_names: Mapping[int, str]
) -> list[Difference]:
    """The details both give and on which they disagree (the date aside)."""
    found: list[Difference] = []
    mine, theirs = stated.detail, event.detail
    a, b = set(mine.articles), set(theirs.articles)
    if a and b and not (a <= b or b <= a):
        found.append(Difference("articles", ", ".join(sorted(b)), ", ".join(sorted(a))))
    terms = (theirs.term_months, mine.term_months)
    if None not in terms and terms[0] != terms[1]:
        found.append(Difference("term_months", str(terms[0]), str(terms[1])))
    if mine.regime is not None and theirs.regime is not None and mine.regime != theirs.regime:
        found.append(Difference("regime", theirs.regime.value, mine.regime.value))
    if (
        stated.facility_id is not None
        and event.facility_id is not None
        and stated.facility_id != event.facility_id
    ):
        found.append(
            Difference("facility", facility_names.get(event.facility_id, ""), stated.facility or "")
        )
    r, s = mine.recognition, theirs.recognition
    if (r is not None and s is not None) and (
        r.status != s.status or (r.by and s.by and search_key(r.by) != search_key(s.by))
    ):
        found.append(Difference("recognition", _recognition(s), _recognition(r)))
    return found


def _recognition(detail: Recognition) -> str:
    return f"{detail.status.value}" + (f" by {detail.by}" if detail.by else "")


def _event_fact(
    event: Event, source_of: Mapping[int, int], facility_names: Mapping[int, str]
) -> Fact:
    assert event.id is not None
    words = event.detail.describe()
    where = facility_names.get(event.facility_id) if event.facility_id is not None else None
    if where:
        words = "; ".join(w for w in (where, words) if w)
    return Fact(
        kind=ClaimKind.EVENT,
        id=event.id,
        what=event.type.value,
        date=str(event.date),
        detail=words,
        claim_ids=event.claim_ids,
        sources=len({source_of[c] for c in event.claim_ids if c in source_of}),
        person_id=event.person_id,
    )


def judge_event(conn: Connection, person_id: int, stated: Stated) -> tuple[Match, ...]:
    """Every fact of person ``person_id`` the stated event confirms or contradicts."""
    history = load_events(conn, [person_id])[person_id]
    superseded = {e.supersedes for e in history if e.supersedes is not None}
    same = [e for e in history if e.type is stated.type and e.id not in superseded]
    if not same:
        return ()
    claim_ids = sorted({c for e in same for c in e.claim_ids})
    source_of = {c.id: c.source_id for c in get_claims(conn, claim_ids) if c.id is not None}
    wanted = [e.facility_id for e in same if e.facility_id is not None]
    facility_names = {i: f.name for i, f in get_facilities(conn, wanted).items()}
    found: list[Match] = []
    for event in same:
        if stated.date is not None and not stated.date.compatible(event.date):
            continue
        fact = _event_fact(event, source_of, facility_names)
        diffs = _differences(stated, event, facility_names)
        relation = Relation.CONTRADICTS if diffs else Relation.CONFIRMS
        found.append(Match(relation, fact, tuple(diffs)))
    if found or stated.date is None:
        return tuple(found)
    # No report of the same period: would the event, recorded anew, contradict one of
    # the same type (a second detention while the first still holds)?
    trial = Event(person_id, stated.type, stated.date, dt.datetime.now(dt.UTC),
                  facility_id=stated.facility_id, detail=stated.detail, id=_TRIAL_ID)  # fmt: skip
    by_id = {e.id: e for e in same}
    for conflict in fold([*history, trial]).conflicts:
        if conflict.event_id == _TRIAL_ID and conflict.related_event_id in by_id:
            event = by_id[conflict.related_event_id]
            fact = _event_fact(event, source_of, facility_names)
            diff = Difference("date", str(event.date), str(stated.date))
            return (Match(Relation.CONTRADICTS, fact, (diff,), conflict.reason),)
    return ()


# Figures -------------------------------------------------------------------------------


def judge_figure(conn: Connection, source_id: int, payload: FigurePayload) -> tuple[Match, ...]:
    """Every figure the figure claim (of source ``source_id``) confirms; () when the claim
    has no usable value or qualifier, or no date to compare."""
    value, qualifier, as_of = payload.value, payload.qualifier, payload.as_of
    if value is None or qualifier is None:
        return ()
    category = payload.category or "other"
    if as_of is None:
        published = get_source(conn, source_id).published
        as_of = PartialDate.of(published) if published else None
    if as_of is None:
        return ()
    said_by = payload.attributed_to
    breakdown = dict(payload.breakdown)
    kept = []
    for r in figures_stating(conn, category, value, qualifier.value):
        theirs = r.as_of
        if theirs is None or not theirs.compatible(as_of):
            continue
        if said_by and r.attributed_to and search_key(said_by) != search_key(r.attributed_to):
            continue
        if any(r.breakdown[k] != v for k, v in breakdown.items() if k in r.breakdown):
            continue
        kept.append((r, theirs))
    if not kept:
        return ()
    linked = figure_claim_ids(conn, [r.id for r, _ in kept])
    all_claims = sorted({c for ids in linked.values() for c in ids})
    source_of = {c.id: c.source_id for c in get_claims(conn, all_claims) if c.id is not None}
    found = []
    for r, theirs in kept:
        words = f"{r.qualifier.replace('_', ' ')} {r.value}"
        if r.attributed_to:
            words += f", said by {r.attributed_to}"
        fact = Fact(ClaimKind.FIGURE, r.id, category, str(theirs), words,
                    tuple(linked[r.id]), len({source_of[c] for c in linked[r.id]}))  # fmt: skip
        found.append(Match(Relation.CONFIRMS, fact))
    return tuple(found)


# Deciding -------------------------------------------------------------------------------


def _named(fact: Fact) -> str:
    return f"{fact.kind.value} {fact.id} ({fact.what.replace('_', ' ')} {fact.date})".replace(
        " )", ")"
    )


def settle(
    matches: Sequence[Match],
    *,
    claim_id: int,
    confirm: int | None = None,
    supersede: int | None = None,
    anyway: bool = False,
) -> Match | None:
    """The fact the claim confirms, or None when it is to be recorded as a new fact (or
    as the correction ``supersede``, or ``anyway``: despite a contradiction, with a
    reason). Raises when a person must choose: several facts confirmed, or one
    contradicted; ``confirm`` names a fact the claim confirms."""
    if supersede is not None:
        return None
    confirmed = confirms(matches)
    if confirm is not None:
        for m in confirmed:
            if m.fact.id == confirm:
                return m
        listed = ", ".join(_named(m.fact) for m in confirmed) or "nothing known"
        raise InvalidInput(
            f"claim {claim_id} does not confirm {confirm} (it confirms {listed})",
            hint="edit the claim so that its date and details agree, or supersede the fact",
        )
    if len(confirmed) == 1:
        return confirmed[0]
    if confirmed:
        raise SeveralFacts(
            f"claim {claim_id} confirms " + "; ".join(_named(m.fact) for m in confirmed),
            hint="say which one it confirms",
        )
    against = contradicts(matches)
    if against and not anyway:
        m = against[0]
        why = m.conflict or ", ".join(
            f"{d.field.replace('_', ' ')} {d.claim} against {d.fact}" for d in m.differences
        )
        raise ContradictsFact(
            f"claim {claim_id} contradicts {_named(m.fact)}: {why}",
            hint=f"supersede {m.fact.kind.value} {m.fact.id} with this claim, giving the reason, "
            "or reject the claim",
        )
    return None


def link(conn: Connection, match: Match, claim_id: int, *, by: str) -> Decision:
    """Add the claim to the fact it confirms; returns the decision to record."""
    fact = match.fact
    if fact.kind is ClaimKind.EVENT:
        corroborate_event(conn, fact.id, claim_id, by=by)
        return Decision(person_id=fact.person_id, event_id=fact.id, corroborates=True)
    corroborate_figure(conn, fact.id, claim_id, by=by)
    return Decision(figure_id=fact.id, corroborates=True)
