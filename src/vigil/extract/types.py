"""What an extractor finds in one text: plain data with spans, confidence and a reason.

This is the contract between extractors (one per language, versioned by name such as
``vigil.extract.en.v1``) and ingestion, which turns each item into a proposed Claim.
Every item points at the exact characters it rests on: ``text[span.start:span.end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from vigil.model import EventType, PartialDate, Qualifier, Regime
from vigil.names import NameForm

__all__ = [
    "NOTHING_FOUND",
    "Extraction",
    "FoundEvent",
    "FoundFacility",
    "FoundFigure",
    "FoundOrganization",
    "FoundPerson",
    "FoundQuote",
    "Role",
    "Span",
]


# The note of a text with nothing about detentions (one string, so that merging the
# pieces of a long text can tell it from the others).
NOTHING_FOUND = "nothing about detentions, releases or political prisoners found"


class Role(StrEnum):
    """A person's role in the story."""

    DETAINEE = "detainee"
    OFFICIAL = "official"
    ADVOCATE = "advocate"
    JOURNALIST = "journalist"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``[start, end)`` of the text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class FoundEvent:
    """Something that happened to a person (or, with no person, to a group)."""

    type: EventType
    span: Span  # the sentence or clause that says it: the claim's quote
    date: PartialDate | None = None
    articles: tuple[str, ...] = ()  # normalized, e.g. "342", "361-1.1"
    term_months: int | None = None
    regime: Regime | None = None
    facility: str | None = None  # as written in the text
    detail: str | None = None  # short free text for a reviewer ("10 years in prison")
    confidence: float = 0.5
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FoundPerson:
    """A person, under the fullest name the text gives, with every mention linked."""

    name: str
    role: Role
    span: Span  # the fullest-name mention
    mentions: tuple[Span, ...] = ()  # all mentions, including pronouns and descriptions
    gender: str | None = None  # "female" / "male" when the text shows it
    events: tuple[FoundEvent, ...] = ()
    confidence: float = 0.5
    reason: str = ""
    #: The name as the matcher should read it: in its dictionary form, with the case and
    #: gender the extractor knows, and as written (Russian, Belarusian). None: ``name``
    #: is read as written.
    form: NameForm | None = None


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """An aggregate count of people that the text states."""

    value: int
    qualifier: Qualifier
    category: str  # pardoned, released, detained, political_prisoners_held, charged, ...
    span: Span
    of_whom: str | None = None
    as_of: PartialDate | None = None
    breakdown: dict[str, int] = field(default_factory=dict)
    attributed_to: str | None = None
    confidence: float = 0.5
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FoundFacility:
    name: str
    span: Span
    confidence: float = 0.5
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FoundOrganization:
    name: str
    span: Span
    confidence: float = 0.5
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """Words attributed to a speaker, and where they said them ("on Telegram")."""

    span: Span
    speaker: str | None = None
    channel: str | None = None
    confidence: float = 0.5
    reason: str = ""


# Event types the scorer's schema (``shared/corpus/dev/README.md``) words otherwise:
# "Contact restored, a family visit, or an appeal rejected counts as other".
_GOLD_TYPES = {EventType.CONTACT_RESTORED: "other", EventType.APPEAL_REJECTED: "other"}


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one text by one extractor."""

    extractor: str  # e.g. "vigil.extract.en.v1"
    language: str | None
    persons: tuple[FoundPerson, ...] = ()
    group_events: tuple[FoundEvent, ...] = ()  # events of unnamed groups
    figures: tuple[FoundFigure, ...] = ()
    facilities: tuple[FoundFacility, ...] = ()
    organizations: tuple[FoundOrganization, ...] = ()
    quotes: tuple[FoundQuote, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. "nothing about detentions found"

    @property
    def size(self) -> int:
        """How many items were found: each becomes one proposed claim."""
        events = sum(len(p.events) for p in self.persons)
        return (len(self.persons) + events + len(self.group_events) + len(self.figures)
                + len(self.facilities) + len(self.organizations) + len(self.quotes))  # fmt: skip

    @property
    def empty(self) -> bool:
        """Nothing about detentions: no detainee, group event, figure or facility (people
        merely named, such as officials or footballers, do not count)."""
        detainees = any(p.role is Role.DETAINEE or p.events for p in self.persons)
        return not (detainees or self.group_events or self.figures or self.facilities)

    def to_gold(self, text: str) -> dict[str, Any]:
        """The scorer's schema (``shared/corpus/dev/README.md``) plus spans, confidence
        and reason on every item."""

        def where(span: Span) -> dict[str, Any]:
            return {"span": [span.start, span.end], "quote": span.of(text)}

        def event(e: FoundEvent) -> dict[str, Any]:
            return {
                "type": _GOLD_TYPES.get(e.type, e.type.value),
                "registry_type": e.type.value,
                "date": str(e.date) if e.date else None,
                "detail": e.detail,
                **where(e.span),
                "articles": list(e.articles),
                "term_months": e.term_months,
                "regime": e.regime.value if e.regime else None,
                "facility": e.facility,
                "confidence": e.confidence,
                "reason": e.reason,
            }

        return {
            "extractor": self.extractor,
            "language": self.language,
            "figures": [
                {
                    "value": f.value,
                    "qualifier": f.qualifier.value,
                    "category": f.category,
                    "of_whom": f.of_whom,
                    "as_of": str(f.as_of) if f.as_of else None,
                    "breakdown": f.breakdown,
                    "attributed_to": f.attributed_to,
                    **where(f.span),
                    "confidence": f.confidence,
                    "reason": f.reason,
                }
                for f in self.figures
            ],
            "detainees": [
                {
                    "name": p.name,
                    **where(p.span),
                    "mentions": [[m.start, m.end] for m in p.mentions],
                    "events": [event(e) for e in p.events],
                    "confidence": p.confidence,
                    "reason": p.reason,
                }
                for p in self.persons
                if p.role is Role.DETAINEE
            ],
            "facilities": [
                {"name": f.name, **where(f.span), "confidence": f.confidence, "reason": f.reason}
                for f in self.facilities
            ],
            "others": [
                {
                    "name": p.name,
                    "role": p.role.value,
                    **where(p.span),
                    "confidence": p.confidence,
                    "reason": p.reason,
                }
                for p in self.persons
                if p.role is not Role.DETAINEE
            ]
            + [
                {
                    "name": o.name,
                    "role": "organization",
                    **where(o.span),
                    "confidence": o.confidence,
                    "reason": o.reason,
                }
                for o in self.organizations
            ],
            "group_events": [event(e) for e in self.group_events],
            "quotes": [
                {
                    "speaker": q.speaker,
                    "channel": q.channel,
                    **where(q.span),
                    "confidence": q.confidence,
                    "reason": q.reason,
                }
                for q in self.quotes
            ],
            "notes": list(self.notes),
        }
