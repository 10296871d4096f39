"""What a claim states (its payload, one record per kind) and what accepting it did (its
decision): frozen records, read by attribute. JSON is written and read only at the
store's edge (``vigil.store.claim_json``), with a version.

A payload says what the source states as the extractor (or a reviewer's edit) read it;
nothing in it is trusted until a person accepts the claim. ``None`` as a claim's payload
means it states nothing beyond its quote (a source cited by hand).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from vigil.model.dates import PartialDate
from vigil.model.event import EventType, Regime
from vigil.model.figure import Qualifier
from vigil.model.person import Gender

__all__ = [
    "CasePayload",
    "Decision",
    "Edit",
    "EditValue",
    "EventPayload",
    "FacilityPayload",
    "FigurePayload",
    "LinkCandidate",
    "NameLink",
    "OrganizationPayload",
    "Payload",
    "PersonPayload",
    "PersonRole",
    "QuotePayload",
]


class PersonRole(StrEnum):
    """A person's role in the story; only a detainee becomes a record of the registry."""

    DETAINEE = "detainee"
    OFFICIAL = "official"
    ADVOCATE = "advocate"
    JOURNALIST = "journalist"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class LinkCandidate:
    """A registry person a name may be, as the matcher judged it at ingestion."""

    person_id: int
    name: str  # the variant the name matched
    score: float
    same: bool
    reason: str


@dataclass(frozen=True, slots=True)
class NameLink:
    """The registry persons a name was linked to: ``person_id`` only when certain."""

    person_id: int | None = None
    candidates: tuple[LinkCandidate, ...] = ()
    matcher: str | None = None

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(c.person_id for c in self.candidates)


@dataclass(frozen=True, slots=True)
class PersonPayload:
    name: str | None
    role: PersonRole = PersonRole.DETAINEE
    gender: Gender | None = None  # female or male when the text shows it
    link: NameLink = field(default_factory=NameLink)
    mentions: tuple[tuple[int, int], ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class EventPayload:
    """Something that happened to ``person`` (a name as the source writes it) or, with
    no person and no link, to an unnamed group."""

    type: EventType | None
    date: PartialDate | None = None
    person: str | None = None
    facility: str | None = None  # as written in the text
    articles: tuple[str, ...] = ()
    term_months: int | None = None
    regime: Regime | None = None
    detail: str | None = None
    link: NameLink | None = None  # None: no person was named
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FigurePayload:
    value: int | None
    qualifier: Qualifier | None = Qualifier.EXACT
    category: str | None = None
    of_whom: str | None = None
    as_of: PartialDate | None = None
    breakdown: tuple[tuple[str, int], ...] = ()
    attributed_to: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FacilityPayload:
    name: str | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class OrganizationPayload:
    name: str | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CasePayload:
    """A prosecution a source names: its defendants (names as the source writes them),
    and what it says of the charge, the court and the judge. Accepting it opens a case,
    or joins its defendants to a case the reviewer names."""

    title: str | None = None
    defendants: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    court: str | None = None
    judge: str | None = None
    activity: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class QuotePayload:
    speaker: str | None = None
    channel: str | None = None
    reason: str = ""


Payload = (
    PersonPayload
    | EventPayload
    | FigurePayload
    | FacilityPayload
    | OrganizationPayload
    | QuotePayload
    | CasePayload
)

#: A corrected field as the reviewer gave it, parsed (text, a whole number, a list of
#: articles, or cleared).
EditValue = str | int | tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class Edit:
    """One field a reviewer corrected before accepting."""

    name: str
    value: EditValue


@dataclass(frozen=True, slots=True)
class Decision:
    """What accepting a claim wrote (the ids of the records), or why it wrote nothing:
    a person named in another ``role``, an event of an unnamed ``group``. With
    ``corroborates``, the event or figure named was already known: the claim was added
    to the claims it rests on, and nothing new was written."""

    person_id: int | None = None
    event_id: int | None = None
    figure_id: int | None = None
    facility_id: int | None = None
    role: PersonRole | None = None
    group: bool = False
    edited: tuple[Edit, ...] = ()
    allow_conflict: bool = False  # recorded although it contradicts the record
    corroborates: bool = False  # the claim confirms the event or figure named above
    supersedes: int | None = None  # the event this one corrects
    case_id: int | None = None  # the case opened, or joined (``joined``)
    joined: tuple[int, ...] = ()  # the persons a case claim added to a known case

    def words(self) -> list[str]:
        """What it did, in words: "person 12", "event 40", "confirms event 3", ..."""
        if self.corroborates:
            fact = (
                f"event {self.event_id}"
                if self.event_id is not None
                else (f"figure {self.figure_id}")
            )
            about = f" (person {self.person_id})" if self.person_id is not None else ""
            return [f"confirms {fact}{about}"] + (["with edits"] if self.edited else [])
        made = [
            f"{what} {value}"
            for what, value in (("person", self.person_id), ("event", self.event_id),
                                ("figure", self.figure_id), ("facility", self.facility_id))
            if value is not None
        ]  # fmt: skip
        if self.case_id is not None:
            made.append(f"joined {len(self.joined)} to case {self.case_id}" if self.joined
                        else f"case {self.case_id}")  # fmt: skip
        if self.supersedes is not None:
            made.append(f"correcting event {self.supersedes}")
        if self.role is not None:
            made.append(f"named as {self.role.value}, not a record of the registry")
        if self.group:
            made.append("an unnamed group, recorded on nobody")
        if self.allow_conflict:
            made.append("recorded despite a conflict")
        if self.edited:
            made.append("with edits")
        return made
