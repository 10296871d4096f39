"""Turn what an extractor found into proposed claims, one per statement.

Each payload is a typed record of ``vigil.model``, built here: the one place where what
an extractor found becomes what a claim states. Each claim has a fingerprint of what it
says, so re-ingesting a source proposes nothing twice, and a claim a reviewer rejected
never comes back.

At most ``MAX_CLAIMS_PER_SOURCE`` claims are proposed for one source: the first by
position in the text (``capped``), a person counted with its events, so that a file of
numbers cannot fill the review queue with 40,000 claims. The extractor stops reading a
long text once it has found that many (``vigil.extract.chunks``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from vigil.extract.chunks import MAX_ITEMS
from vigil.extract.types import (
    Extraction,
    FoundEvent,
    FoundFacility,
    FoundFigure,
    FoundOrganization,
    FoundPerson,
)
from vigil.ingest.trials import trial_claims
from vigil.model import (
    Claim,
    ClaimKind,
    EventPayload,
    FacilityPayload,
    FigurePayload,
    Gender,
    NameLink,
    OrganizationPayload,
    Payload,
    PersonPayload,
    PersonRole,
    QuotePayload,
    fingerprint,
)

__all__ = [
    "MAX_CLAIMS_PER_SOURCE",
    "capped",
    "claims_from",
    "event_payload",
    "figure_payload",
    "person_payload",
]

MAX_CLAIMS_PER_SOURCE = MAX_ITEMS  # one constant: the extractor reads no further


def capped(found: Extraction, limit: int = MAX_CLAIMS_PER_SOURCE) -> Extraction:
    """``found`` cut to its first ``limit`` claims by position in the text; a person comes
    with all its events (at the earliest of their spans) or not at all."""
    if found.size <= limit:
        return found
    units: list[tuple[int, int, str, int]] = []  # (position, order, kind, index)
    for i, p in enumerate(found.persons):
        units.append((min([p.span.start] + [e.span.start for e in p.events]), 0, "p", i))
    named: tuple[tuple[str, tuple[Any, ...]], ...] = (
        ("g", found.group_events),
        ("f", found.figures),
        ("c", found.facilities),
        ("o", found.organizations),
        ("q", found.quotes),
    )
    for order, (kind, items) in enumerate(named, start=1):
        units += [(x.span.start, order, kind, i) for i, x in enumerate(items)]
    kept: dict[str, set[int]] = {kind: set() for kind in "pgfcoq"}
    room = limit
    for _, _, kind, i in sorted(units):
        cost = 1 + len(found.persons[i].events) if kind == "p" else 1
        if cost > room:
            break
        kept[kind].add(i)
        room -= cost

    def keep(kind: str, items: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(x for i, x in enumerate(items) if i in kept[kind])

    return replace(
        found,
        persons=keep("p", found.persons),
        group_events=keep("g", found.group_events),
        figures=keep("f", found.figures),
        facilities=keep("c", found.facilities),
        organizations=keep("o", found.organizations),
        quotes=keep("q", found.quotes),
    )


def event_payload(e: FoundEvent, person: FoundPerson | None, link: NameLink | None) -> EventPayload:
    """An event the extractor found, as a claim states it (``link``: its person's)."""
    return EventPayload(
        type=e.type,
        date=e.date,
        person=person.name if person else None,
        facility=e.facility,
        articles=tuple(e.articles),
        term_months=e.term_months,
        regime=e.regime,
        detail=e.detail,
        link=link if person else None,
        reason=e.reason,
    )


def person_payload(p: FoundPerson, link: NameLink) -> PersonPayload:
    """A person the extractor found, as a claim states it."""
    return PersonPayload(
        name=p.name,
        role=PersonRole(p.role.value),
        gender=Gender(p.gender) if p.gender in ("female", "male") else None,
        link=link,
        mentions=tuple((m.start, m.end) for m in p.mentions),
        reason=p.reason,
    )


def figure_payload(f: FoundFigure) -> FigurePayload:
    """A figure the extractor found, as a claim states it."""
    return FigurePayload(
        value=f.value,
        qualifier=f.qualifier,
        category=f.category,
        of_whom=f.of_whom,
        as_of=f.as_of,
        breakdown=tuple(f.breakdown.items()),
        attributed_to=f.attributed_to,
        reason=f.reason,
    )


def _claim(
    source_id: int,
    kind: ClaimKind,
    text: str,
    start: int,
    end: int,
    key: object,
    extractor: str,
    confidence: float,
    payload: Payload,
) -> Claim:
    return Claim(
        source_id=source_id,
        start=start,
        end=end,
        quote=text[start:end],
        kind=kind,
        extractor=extractor,
        confidence=max(0.0, min(1.0, confidence)),
        payload=payload,
        fingerprint=fingerprint(source_id, kind, start, end, key),
    )


def claims_from(
    found: Extraction, source_id: int, text: str, links: Mapping[str, NameLink]
) -> list[Claim]:
    """Proposed claims for everything in ``found``; ``links`` maps a person's name to the
    registry persons it may be (``ingest.linking``)."""
    out: list[Claim] = []
    ext = found.extractor
    for p in found.persons:
        link = links.get(p.name) or NameLink()
        out.append(
            _claim(
                source_id,
                ClaimKind.PERSON,
                text,
                p.span.start,
                p.span.end,
                ["person", p.name, p.role.value],
                ext,
                p.confidence,
                person_payload(p, link),
            )
        )
        for e in p.events:
            out.append(
                _claim(
                    source_id,
                    ClaimKind.EVENT,
                    text,
                    e.span.start,
                    e.span.end,
                    ["event", p.name, e.type.value, str(e.date)],
                    ext,
                    e.confidence,
                    event_payload(e, p, link),
                )
            )
    for e in found.group_events:
        out.append(
            _claim(
                source_id,
                ClaimKind.EVENT,
                text,
                e.span.start,
                e.span.end,
                ["group event", e.type.value, str(e.date)],
                ext,
                e.confidence,
                event_payload(e, None, None),
            )
        )
    for f in found.figures:
        out.append(
            _claim(
                source_id,
                ClaimKind.FIGURE,
                text,
                f.span.start,
                f.span.end,
                ["figure", f.value, f.category],
                ext,
                f.confidence,
                figure_payload(f),
            )
        )
    named: list[tuple[ClaimKind, FoundFacility | FoundOrganization]] = [
        (ClaimKind.FACILITY, f) for f in found.facilities
    ]
    named += [(ClaimKind.ORGANIZATION, o) for o in found.organizations]
    for kind, item in named:
        out.append(
            _claim(
                source_id,
                kind,
                text,
                item.span.start,
                item.span.end,
                [kind.value, item.name],
                ext,
                item.confidence,
                FacilityPayload(item.name, item.reason)
                if kind is ClaimKind.FACILITY
                else OrganizationPayload(item.name, item.reason),
            )
        )
    for q in found.quotes:
        out.append(
            _claim(
                source_id,
                ClaimKind.QUOTE,
                text,
                q.span.start,
                q.span.end,
                ["quote", q.speaker],
                ext,
                q.confidence,
                QuotePayload(q.speaker, q.channel, q.reason),
            )
        )
    out += trial_claims(found, source_id, text)  # a group trial: several sentenced together
    return out
