"""What a reviewer sees of a claim before deciding: what it proposes in one line, the
source text around its span, the registry persons its name may be, the known facts it
confirms or contradicts, and the fields an accept may correct (with their parsing).
``vigil review``, the staff pages and the staff API all show a claim through ``view``,
so they agree on every one of these.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from vigil.errors import InvalidInput
from vigil.ingest import corroboration
from vigil.ingest.corroboration import Match
from vigil.ingest.edits import (
    EDIT_FIELDS,
    HINTS,
    OPTIONS,
    changed_edits,
    edits,
    form_values,
    shown,
)
from vigil.ingest.linking import link_person
from vigil.ingest.review import (
    Choice,
    FacilityMatch,
    decided_person,
    facility_matches,
    known_person,
)
from vigil.model import (
    CasePayload,
    Claim,
    ClaimKind,
    Decision,
    EventPayload,
    FacilityPayload,
    FigurePayload,
    Gender,
    OrganizationPayload,
    PersonPayload,
    QuotePayload,
    ReviewState,
    Source,
)
from vigil.store.claims import get_claims
from vigil.store.persons import get_persons
from vigil.store.sources import get_source

__all__ = [
    "CONTEXT_CHARS",
    "EDIT_FIELDS",
    "HINTS",
    "OPTIONS",
    "Candidate",
    "ClaimView",
    "Context",
    "candidates_for",
    "changed_edits",
    "decision_words",
    "describe",
    "edits",
    "facts",
    "facts_for",
    "form_values",
    "person_name",
    "reason",
    "shown",
    "span_context",
    "view",
]

#: How much of the source is shown on each side of a claim's span.
CONTEXT_CHARS = 500


def describe(claim: Claim) -> str:
    """What a claim proposes, in one line."""
    p = claim.payload
    match p:
        case None:
            return "nothing beyond its quote (cited by hand)"
        case EventPayload():
            bits = [p.type.value.replace("_", " ") if p.type else "",
                    f"on {p.date or '(no date)'}",
                    f"of {p.person}" if p.person else "of an unnamed group"]  # fmt: skip
            more = (("facility", p.facility), ("detail", p.detail))
            bits += [f"{what}: {value}" for what, value in more if value]
            if p.articles:
                bits.append("articles " + ", ".join(p.articles))
            return " ".join(bits)
        case FigurePayload():
            return " ".join(
                str(x)
                for x in (p.qualifier.value.replace("_", " ") if p.qualifier else "", p.value,
                          p.category, f"as of {p.as_of}" if p.as_of else "",
                          f"said by {p.attributed_to}" if p.attributed_to else "")
                if x
            )  # fmt: skip
        case PersonPayload():
            return f"{p.name} ({p.role.value})"
        case QuotePayload():
            return f"said by {p.speaker or '?'}" + (f" on {p.channel}" if p.channel else "")
        case FacilityPayload() | OrganizationPayload():
            return p.name or ""
        case CasePayload():
            said = [p.title or "a case", "of " + ", ".join(p.defendants)]
            said += [f"{what} {value}" for what, value in (("court:", p.court),
                     ("judge:", p.judge)) if value]  # fmt: skip
            if p.articles:
                said.append("articles " + ", ".join(p.articles))
            return " ".join(said)


def facts(claim: Claim) -> list[tuple[str, str]]:
    """What a claim states, field by field, as a page lists it (the reason and the
    ingestion's links left out: the page shows them apart)."""
    p = claim.payload
    match p:
        case FigurePayload():
            listed = form_values(claim.kind, p)
            breakdown = ", ".join(f"{k} {v}" for k, v in p.breakdown)
            return [(k, listed[k]) for k in ("value", "qualifier", "category")] + [
                ("of_whom", shown(p.of_whom)),
                ("as_of", listed["as_of"]),
                ("breakdown", breakdown),
                ("attributed_to", listed["attributed_to"]),
            ]
        case OrganizationPayload():
            return [("name", shown(p.name))]
        case QuotePayload():
            return [("speaker", shown(p.speaker)), ("channel", shown(p.channel))]
        case None:
            return []
    return list(form_values(claim.kind, p).items())


def reason(claim: Claim) -> str:
    """Why the extractor proposed the claim, in its words ("" when it gave none)."""
    return claim.payload.reason if claim.payload is not None else ""


def decision_words(decision: Decision | None) -> list[str]:
    """What accepting a claim wrote, in words: "person 12", "event 40", ..."""
    return decision.words() if decision is not None else []


@dataclass(frozen=True, slots=True)
class Context:
    """The source around a claim's span, cut at words; ``clipped_*`` when text was left out."""

    before: str
    after: str
    clipped_start: bool
    clipped_end: bool


def span_context(text: str, start: int, end: int, whole: bool = False) -> Context:
    if whole:
        return Context(text[:start], text[end:], False, False)
    left = max(0, start - CONTEXT_CHARS)
    if left:  # start at a word
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(len(text), end + CONTEXT_CHARS)
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return Context(text[left:start], text[end:right], left > 0, right < len(text))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A registry person a claim's name may be, with the matcher's reason."""

    person_id: int
    name: str  # the person's primary name
    matched: str  # the variant the name matched
    score: float
    same: bool
    reason: str


def person_name(claim: Claim) -> tuple[str | None, Gender | None]:
    """The name (and gender) a person or event claim is about."""
    match claim.payload:
        case PersonPayload(name=name, gender=gender):
            return name, gender
        case EventPayload(person=name):
            return name, None
    return None, None


def candidates_for(conn: Connection, name: str, gender: Gender | None) -> list[Candidate]:
    """Registry persons ``name`` may be, best first, judged afresh."""
    link = link_person(conn, name, gender.value if gender else None)
    names = {p.id: p.display_name for p in get_persons(conn, list(link.ids))}
    return [
        Candidate(c.person_id, names.get(c.person_id, ""), c.name, c.score, c.same, c.reason)
        for c in link.candidates
    ]


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim as a reviewer sees it, read afresh."""

    claim: Claim
    source: Source
    summary: str
    context: Context
    name: str | None
    candidates: tuple[Candidate, ...]
    decided_by: tuple[int, int] | None  # (person id, the accepted person claim's id)
    editable: tuple[str, ...]
    facts: tuple[Match, ...] = ()  # known facts a proposed claim confirms or contradicts
    facilities: tuple[FacilityMatch, ...] = ()  # known facilities a facility claim may name


def facts_for(conn: Connection, claim: Claim) -> tuple[Match, ...]:
    """The registry's facts a proposed event or figure claim confirms or contradicts
    (``ingest.corroboration``), judged as accepting it would judge them."""
    if claim.state is not ReviewState.PROPOSED:
        return ()
    payload = claim.payload
    if isinstance(payload, FigurePayload):
        return corroboration.judge_figure(conn, claim.source_id, payload)
    if not isinstance(payload, EventPayload):
        return ()
    person_id = known_person(conn, claim, payload, Choice())
    if person_id is None:
        return ()
    try:
        stated = corroboration.stated_event(conn, payload)
    except InvalidInput:
        return ()  # no type or a bad article: the edit form says so on accept
    return corroboration.judge_event(conn, person_id, stated)


def view(conn: Connection, claim_id: int, *, whole: bool = False) -> ClaimView:
    """Claim ``claim_id`` with its evidence; ``whole`` shows the whole source around it."""
    claim = get_claims(conn, [claim_id])[0]
    source = get_source(conn, claim.source_id)
    name, gender = person_name(claim)
    decided = (
        decided_person(conn, claim.source_id, name)
        if name and claim.kind is ClaimKind.EVENT
        else None
    )
    return ClaimView(
        claim=claim,
        source=source,
        summary=describe(claim),
        context=span_context(source.text, claim.start, claim.end, whole),
        name=name,
        candidates=tuple(candidates_for(conn, name, gender)) if name else (),
        decided_by=decided,
        editable=EDIT_FIELDS.get(claim.kind, ()),
        facts=facts_for(conn, claim),
        facilities=_facilities(conn, claim),
    )


def _facilities(conn: Connection, claim: Claim) -> tuple[FacilityMatch, ...]:
    """Known facilities the facility a proposed claim names may be (a facility claim's
    name, an event claim's facility)."""
    payload = claim.payload
    if claim.state is not ReviewState.PROPOSED:
        return ()
    if isinstance(payload, FacilityPayload) and payload.name:
        return tuple(facility_matches(conn, payload.name))
    if isinstance(payload, EventPayload) and payload.facility:
        return tuple(facility_matches(conn, payload.facility))
    return ()
