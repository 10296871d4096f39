"""Claims a documenter makes by hand from a span of a source: what the extractor missed.

The documenter selects characters ``[start, end)`` of a stored source (or gives the
words, found in the text) and says what they state: a person, an event, a figure, a
facility, an organisation or a quote. The claim is built as the extractor's claims are
(``claims.claims_from`` over a one-item ``Extraction``, with the manual extractor's
version and full confidence) and proposed: it enters the review queue and is accepted
or rejected like any other. ``vigil source claim``, the staff source page and the staff
API call ``propose_span``; each proposal is an entry of the audit log (``claim.propose``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection

from vigil.errors import Conflict, InvalidInput
from vigil.extract.types import (
    Extraction,
    FoundEvent,
    FoundFacility,
    FoundFigure,
    FoundOrganization,
    FoundPerson,
    FoundQuote,
    Role,
    Span,
)
from vigil.ingest.case_review import case_claim
from vigil.ingest.claims import claims_from
from vigil.ingest.linking import link_person
from vigil.ingest.records import parse_term
from vigil.model import (
    MANUAL_EXTRACTOR,
    CasePayload,
    Claim,
    ClaimKind,
    EventType,
    PartialDate,
    Qualifier,
    Regime,
    normalize_article,
)
from vigil.store import audit
from vigil.store.claim_json import payload_to_json
from vigil.store.claims import add_claim, fingerprints
from vigil.store.db import savepoint
from vigil.store.sources import get_source

__all__ = ["FIELDS", "MAX_SPAN", "Found", "SpanClaim", "locate", "propose_span"]

#: The longest span a claim may quote (characters): a claim rests on a passage, not a text.
MAX_SPAN = 5000

#: What a documenter may say about a span, per kind of claim (form fields, API ``fields``).
FIELDS: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.PERSON: ("name", "role", "gender"),
    ClaimKind.EVENT: ("type", "date", "person", "facility", "articles", "term", "regime",
                      "detail"),
    ClaimKind.FIGURE: ("value", "qualifier", "category", "of_whom", "as_of", "attributed_to"),
    ClaimKind.FACILITY: ("name",),
    ClaimKind.ORGANIZATION: ("name",),
    ClaimKind.QUOTE: ("speaker", "channel"),
    ClaimKind.CASE: ("title", "defendants", "articles", "court", "judge", "activity"),
}  # fmt: skip

Found = FoundPerson | FoundEvent | FoundFigure | FoundFacility | FoundOrganization | FoundQuote


def locate(text: str, start: str | int | None, end: str | int | None, words: str = "") -> Span:
    """The span a documenter gave: characters ``start`` to ``end``, or else the only place
    the source writes ``words``. Each problem is named, with what to do."""
    given = [str(x).strip() if x is not None else "" for x in (start, end)]
    if any(given):
        if not all(x.isdigit() for x in given):
            raise InvalidInput(
                "start and end must be character positions (whole numbers)",
                hint="select the words in the text, or give both positions, e.g. 120 and 164",
            )
        span = Span(int(given[0]), int(given[1]))
    elif words.strip():
        quote = words.strip()
        first = text.find(quote)
        if first < 0:
            raise InvalidInput(
                "the words are not in the source",
                hint="copy them exactly as the source writes them",
            )
        if text.find(quote, first + 1) >= 0:
            raise InvalidInput(
                "the words appear more than once in the source",
                hint="give more of them, or their start and end characters",
            )
        span = Span(first, first + len(quote))
    else:
        raise InvalidInput("select the words the claim rests on", hint="or give start and end")
    if not 0 <= span.start < span.end <= len(text):
        raise InvalidInput(
            f"characters {span.start}–{span.end} are not a span of the source",
            hint=f"start before end, both from 0 to {len(text)}",
        )
    if span.end - span.start > MAX_SPAN:
        raise InvalidInput(
            f"the span is {span.end - span.start:,} characters long",
            hint=f"a claim quotes at most {MAX_SPAN:,} characters: select the passage",
        )
    return span


def _field(fields: Mapping[str, str], name: str) -> str:
    return " ".join(str(fields.get(name) or "").split())


def _required(fields: Mapping[str, str], name: str, what: str) -> str:
    value = _field(fields, name)
    if not value:
        raise InvalidInput(f"say {what}", hint=f"fill in {name.replace('_', ' ')}")
    return value


def _role(value: str) -> Role:
    try:
        return Role(value.lower()) if value else Role.DETAINEE
    except ValueError:
        known = ", ".join(r.value for r in Role)
        raise InvalidInput(f"role cannot be {value!r}", hint=f"use one of: {known}") from None


def _gender(value: str) -> str | None:
    if value.lower() in ("", "unknown"):
        return None
    if value.lower() not in ("female", "male"):
        raise InvalidInput(f"gender cannot be {value!r}", hint="female, male or leave it empty")
    return value.lower()


def _qualifier(value: str) -> Qualifier:
    try:
        return Qualifier(value.lower().replace(" ", "_")) if value else Qualifier.EXACT
    except ValueError:
        known = ", ".join(q.value for q in Qualifier)
        raise InvalidInput(f"qualifier cannot be {value!r}", hint=f"use one of: {known}") from None


def _day(value: str, name: str) -> PartialDate | None:
    """A typed date, or None; a date after today is refused (the claim could never be
    accepted)."""
    if not value:
        return None
    date = PartialDate.parse(value)
    if date.earliest > dt.date.today():
        raise InvalidInput(f"the {name} {date} is in the future", hint="check the year")
    return date


def _count(value: str) -> int:
    clean = value.replace(",", "").replace(" ", "")
    if not clean.isdigit():
        raise InvalidInput(f"value must be a whole number, not {value!r}", hint="e.g. 1400")
    return int(clean)


def _found(kind: ClaimKind, span: Span, quote: str, fields: Mapping[str, str], why: str) -> Found:
    """What the documenter says the span states, as an extractor would have found it."""
    stray = sorted(k for k, v in fields.items() if v and k not in FIELDS[kind])
    if stray:
        raise InvalidInput(
            f"{stray[0]!r} is not a field of a {kind.value} claim",
            hint="give " + ", ".join(FIELDS[kind]),
        )
    named = " ".join(quote.split())
    f = {k: _field(fields, k) for k in FIELDS[kind]}
    if kind is ClaimKind.PERSON:
        return FoundPerson(f["name"] or named, _role(f["role"]), span,
                           gender=_gender(f["gender"]), confidence=1.0, reason=why)  # fmt: skip
    if kind is ClaimKind.EVENT:
        type_ = EventType.parse(_required(fields, "type", "what happened"))
        return FoundEvent(
            type_,
            span,
            date=_day(f["date"], "date"),
            articles=tuple(normalize_article(a) for a in f["articles"].split(",") if a.strip()),
            term_months=parse_term(f["term"]) if f["term"] else None,
            regime=Regime.parse(f["regime"]) if f["regime"] else None,
            facility=f["facility"] or None,
            detail=f["detail"] or None,
            confidence=1.0,
            reason=why,
        )
    if kind is ClaimKind.FIGURE:
        return FoundFigure(
            _count(_required(fields, "value", "the number")),
            _qualifier(f["qualifier"]),
            f["category"].lower().replace(" ", "_") or "other",
            span,
            of_whom=f["of_whom"] or None,
            as_of=_day(f["as_of"], "as of date"),
            attributed_to=f["attributed_to"] or None,
            confidence=1.0,
            reason=why,
        )
    if kind is ClaimKind.FACILITY:
        return FoundFacility(f["name"] or named, span, confidence=1.0, reason=why)
    if kind is ClaimKind.ORGANIZATION:
        return FoundOrganization(f["name"] or named, span, confidence=1.0, reason=why)
    return FoundQuote(span, f["speaker"] or None, f["channel"] or None, confidence=1.0, reason=why)


@dataclass(frozen=True, slots=True)
class SpanClaim:
    """A claim a documenter makes from characters ``span`` of source ``source_id``."""

    source_id: int
    span: Span
    kind: ClaimKind
    found: Found
    person: str | None = None  # an event's person, as the source writes the name


def _kind(value: str | ClaimKind) -> ClaimKind:
    if isinstance(value, ClaimKind):
        return value
    try:
        return ClaimKind(value.strip().lower())
    except ValueError:
        known = ", ".join(k.value for k in ClaimKind)
        raise InvalidInput(
            f"a claim cannot be of kind {value!r}", hint=f"use one of: {known}"
        ) from None


def _extraction(claim: SpanClaim) -> Extraction:
    x, span = claim.found, claim.span
    if isinstance(x, FoundPerson):
        return Extraction(MANUAL_EXTRACTOR, None, persons=(x,))
    if isinstance(x, FoundEvent):
        if claim.person:  # an event of a named person: its claim names and links them
            who = FoundPerson(claim.person, Role.DETAINEE, span, events=(x,), confidence=1.0)
            return Extraction(MANUAL_EXTRACTOR, None, persons=(who,))
        return Extraction(MANUAL_EXTRACTOR, None, group_events=(x,))
    if isinstance(x, FoundFigure):
        return Extraction(MANUAL_EXTRACTOR, None, figures=(x,))
    if isinstance(x, FoundFacility):
        return Extraction(MANUAL_EXTRACTOR, None, facilities=(x,))
    if isinstance(x, FoundOrganization):
        return Extraction(MANUAL_EXTRACTOR, None, organizations=(x,))
    return Extraction(MANUAL_EXTRACTOR, None, quotes=(x,))


def _person_name(claim: SpanClaim) -> tuple[str, str | None] | None:
    if isinstance(claim.found, FoundPerson):
        return claim.found.name, claim.found.gender
    return (claim.person, None) if claim.person else None


@savepoint
def propose_span(
    conn: Connection,
    source_id: int,
    kind: str | ClaimKind,
    fields: Mapping[str, str],
    *,
    by: str,
    start: str | int | None = None,
    end: str | int | None = None,
    words: str = "",
) -> int:
    """Propose a claim of ``kind`` resting on characters ``start``–``end`` of a source
    (or on the only place it writes ``words``), stating ``fields``; it waits in the review
    queue. Returns the claim's id. The same claim on the same span is refused."""
    source = get_source(conn, source_id)
    claim_kind = _kind(kind)
    span = locate(source.text, start, end, words)
    quote = span.of(source.text)
    why = f"selected by hand by {by}"
    if claim_kind is ClaimKind.CASE:
        claim = _case_claim(source_id, source.text, span, fields, why)
    else:
        found = _found(claim_kind, span, quote, fields, why)
        person = _field(fields, "person") if claim_kind is ClaimKind.EVENT else ""
        made = SpanClaim(source_id, span, claim_kind, found, person or None)
        named = _person_name(made)
        links = {named[0]: link_person(conn, named[0], named[1])} if named else {}
        claim = _one(claims_from(_extraction(made), source_id, source.text, links), claim_kind)
    if claim.fingerprint in fingerprints(conn, source_id):
        raise Conflict(
            f"this {claim_kind.value} claim on characters {span.start}–{span.end} was made before",
            hint="find it in the review queue of this source",
        )
    claim_id = add_claim(conn, claim)
    audit.record(
        conn,
        actor=by,
        action="claim.propose",
        target=f"source:{source_id}",
        after={"claim": claim_id, "kind": claim_kind.value, "span": [span.start, span.end],
               "payload": payload_to_json(claim.payload, versioned=False)},
    )  # fmt: skip
    return claim_id


def _case_claim(source_id: int, text: str, span: Span, fields: Mapping[str, str], why: str
                ) -> Claim:  # fmt: skip
    """A trial the documenter names on a span: its defendants (names as the source writes
    them, separated by commas) are required; the rest is optional."""
    stray = sorted(k for k, v in fields.items() if v and k not in FIELDS[ClaimKind.CASE])
    if stray:
        raise InvalidInput(f"{stray[0]!r} is not a field of a case claim",
                           hint="give " + ", ".join(FIELDS[ClaimKind.CASE]))  # fmt: skip
    f = {k: _field(fields, k) for k in FIELDS[ClaimKind.CASE]}
    names = tuple(n.strip() for n in _required(fields, "defendants", "the defendants' names")
                  .split(",") if n.strip())  # fmt: skip
    payload = CasePayload(
        title=f["title"] or None, defendants=names,
        articles=tuple(normalize_article(a) for a in f["articles"].split(",") if a.strip()),
        court=f["court"] or None, judge=f["judge"] or None, activity=f["activity"] or None,
        reason=why,
    )  # fmt: skip
    return case_claim(source_id, text, span.start, span.end, payload,
                      extractor=MANUAL_EXTRACTOR, confidence=1.0)  # fmt: skip


def _one(claims: list[Claim], kind: ClaimKind) -> Claim:
    mine = [c for c in claims if c.kind is kind]
    assert len(mine) == 1, mine
    return mine[0]
