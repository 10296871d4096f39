"""Records made by hand: a person, an event citing a source (or accepted claims), the
correction of an event, a facility and the change of one.

``vigil person add``, ``vigil event add/correct``, ``vigil facility add/edit``, the
staff pages and the staff API all call these verbs with the same typed input, so a
record made in a terminal and one made in a browser are the same record. Each verb is
one savepoint of the caller's transaction (a refused one leaves nothing behind) and
each write is an entry of the audit log (written by ``vigil.store``). The ``parse``
class methods read what a person typed (form fields, options) and name the field that
is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from sqlalchemy import Connection

from vigil.errors import InvalidInput
from vigil.model import (
    MANUAL_EXTRACTOR,
    ClaimKind,
    Event,
    EventDetail,
    EventPayload,
    EventType,
    Facility,
    FacilityKind,
    Gender,
    NameLink,
    NameVariant,
    PartialDate,
    Person,
    Recognition,
    RecognitionStatus,
    Regime,
    RestrictedInfo,
    normalize_article,
)
from vigil.store import audit
from vigil.store.claims import cite
from vigil.store.db import savepoint
from vigil.store.events import add_event, get_event
from vigil.store.facilities import add_facility, update_facility
from vigil.store.persons import add_person

__all__ = [
    "EventInput",
    "FacilityInput",
    "PersonInput",
    "add_facility_by_hand",
    "add_person_by_hand",
    "correct_event",
    "edit_facility",
    "parse_term",
    "record_event",
]

E = TypeVar("E", Gender, FacilityKind, RecognitionStatus)
_TERM = re.compile(r"^(?:(\d+)\s*y)?\s*(?:(\d+)\s*m)?$")


def parse_term(text: str) -> int:
    """``5y`` → 60, ``2y6m`` → 30, ``18m`` or ``18`` → 18 (months)."""
    clean = text.strip().lower()
    if clean.isdigit():
        return int(clean)
    match = _TERM.match(clean)
    if not clean or match is None or not any(match.groups()):
        raise InvalidInput(f"{text!r} is not a term", hint="write e.g. 5y, 2y6m or 18m")
    years, months = (int(g) if g else 0 for g in match.groups())
    return years * 12 + months


#: The longest names, regions and the like the registry keeps (its columns' widths).
NAME_LIMIT = 300
FIELD_LIMIT = 200
MAX_ID = 2**31 - 1


def _text(value: str | None, what: str = "", limit: int = FIELD_LIMIT) -> str | None:
    """Typed text with its spaces tidied; None when nothing was typed."""
    clean = " ".join((value or "").split())
    if len(clean) > limit:
        raise InvalidInput(f"{what or 'a field'} is {len(clean)} characters long",
                           hint=f"keep it to {limit}")  # fmt: skip
    return clean or None


def _choice(kind: type[E], value: str, what: str) -> E:
    try:
        return kind(value.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        known = ", ".join(m.value for m in kind)
        raise InvalidInput(f"{what} cannot be {value!r}", hint=f"use one of: {known}") from None


def _id(value: str | int | None, what: str) -> int | None:
    if value is None or isinstance(value, int):
        return value
    clean = value.strip()
    if not clean:
        return None
    if not clean.isdigit() or int(clean) > MAX_ID:
        raise InvalidInput(
            f"{what} must be an id, not {clean[:20]!r}", hint="a whole number, e.g. 12"
        )
    return int(clean)


# Persons --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonInput:
    """A new person as a documenter gives it: the first name is the primary one."""

    names: tuple[str, ...]
    gender: Gender = Gender.UNKNOWN
    birth_date: PartialDate | None = None
    region: str | None = None
    occupation: str | None = None
    name_withheld: bool = False
    restricted: RestrictedInfo = field(default_factory=RestrictedInfo)

    @classmethod
    def parse(
        cls,
        names: Sequence[str],
        *,
        gender: str = "",
        born: str = "",
        region: str = "",
        occupation: str = "",
        name_withheld: bool = False,
        notes: str = "",
        health: str = "",
        family_contacts: str = "",
    ) -> PersonInput:
        kept = tuple(n for n in (_text(x, "a name", NAME_LIMIT) for x in names) if n)
        if not kept:
            raise InvalidInput(
                "a person needs a name", hint="give the name as the source writes it"
            )
        return cls(
            kept,
            _choice(Gender, gender, "gender") if gender.strip() else Gender.UNKNOWN,
            PartialDate.parse(born) if born.strip() else None,
            _text(region, "the region"),
            _text(occupation, "the occupation"),
            name_withheld,
            RestrictedInfo(notes.strip() or None, health.strip() or None,
                           family_contacts.strip() or None),
        )  # fmt: skip

    def person(self) -> Person:
        return Person(
            names=tuple(NameVariant.of(n, primary=i == 0) for i, n in enumerate(self.names)),
            gender=self.gender,
            birth_date=self.birth_date,
            region=self.region,
            occupation=self.occupation,
            name_withheld=self.name_withheld,
            restricted=self.restricted,
        )


@savepoint
def add_person_by_hand(conn: Connection, given: PersonInput, *, by: str) -> int:
    """Add a person (audited as ``person.add``); returns the new id."""
    person = given.person()
    if any(not n.text for n in person.names):
        raise InvalidInput("a name is empty", hint="give the name as written in the source")
    return add_person(conn, person, by=by)


# Events ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventInput:
    """An event as a documenter gives it: what happened, when, and what it rests on (a
    source, with the exact words that say it, or claims accepted before)."""

    person_id: int
    type: EventType
    date: PartialDate
    source_id: int | None = None
    quote: str | None = None
    claim_ids: tuple[int, ...] = ()
    facility_id: int | None = None
    case_id: int | None = None
    articles: tuple[str, ...] = ()
    term_months: int | None = None
    regime: Regime | None = None
    recognized_by: str | None = None
    recognition: RecognitionStatus = RecognitionStatus.RECOGNIZED
    criterion: str | None = None
    note: str | None = None
    allow_conflict: bool = False

    @classmethod
    def parse(
        cls,
        *,
        person_id: str | int,
        type: str,
        date: str,
        source_id: str | int | None = None,
        quote: str = "",
        claim_ids: Sequence[int] = (),
        facility_id: str | int | None = None,
        case_id: str | int | None = None,
        articles: Sequence[str] | str = (),
        term: str = "",
        regime: str = "",
        recognized_by: str = "",
        recognition: str = "",
        criterion: str = "",
        note: str = "",
        allow_conflict: bool = False,
    ) -> EventInput:
        """An event from typed text; each field that cannot be read is named."""
        person = _id(person_id, "the person")
        if person is None:
            raise InvalidInput("say whom the event is about", hint="give the person's id")
        if not type.strip():
            raise InvalidInput("say what happened", hint="choose the event's type")
        if not date.strip():
            raise InvalidInput("an event needs a date", hint="write YYYY, YYYY-MM or YYYY-MM-DD")
        listed = articles.split(",") if isinstance(articles, str) else list(articles)
        return cls(
            person_id=person,
            type=EventType.parse(type),
            date=PartialDate.parse(date),
            source_id=_id(source_id, "the source"),
            quote=quote.strip() or None,
            claim_ids=tuple(claim_ids),
            facility_id=_id(facility_id, "the facility"),
            case_id=_id(case_id, "the case"),
            articles=tuple(normalize_article(a) for a in listed if a.strip()),
            term_months=parse_term(term) if term.strip() else None,
            regime=Regime.parse(regime) if regime.strip() else None,
            recognized_by=_text(recognized_by, "recognized by"),
            recognition=(_choice(RecognitionStatus, recognition, "recognition")
                         if recognition.strip() else RecognitionStatus.RECOGNIZED),
            criterion=_text(criterion, "the criterion"),
            note=note.strip() or None,
            allow_conflict=allow_conflict,
        )  # fmt: skip

    def detail(self) -> EventDetail:
        recognized = self.type is EventType.RECOGNIZED_POLITICAL_PRISONER
        return EventDetail(
            articles=self.articles,
            term_months=self.term_months,
            regime=self.regime,
            recognition=Recognition(self.recognition, self.recognized_by, self.criterion)
            if recognized
            else None,
            note=self.note,
        )


def _grounds(conn: Connection, given: EventInput, by: str) -> tuple[int, ...]:
    """The claims an event rests on: those given, and the source cited by hand."""
    if given.quote and given.source_id is None:
        raise InvalidInput("a quote needs its source", hint="say which source the words are from")
    claims = list(given.claim_ids)
    if given.source_id is not None:
        payload = EventPayload(given.type, given.date, link=NameLink(given.person_id))
        claims.append(cite(conn, given.source_id, given.quote, kind=ClaimKind.EVENT,
                           extractor=MANUAL_EXTRACTOR, by=by, payload=payload))  # fmt: skip
    return tuple(claims)


def _write(conn: Connection, given: EventInput, claims: tuple[int, ...], by: str,
           supersedes: int | None = None) -> int:  # fmt: skip
    event = Event(
        given.person_id,
        given.type,
        given.date,
        dt.datetime.now(dt.UTC),
        facility_id=given.facility_id,
        case_id=given.case_id,
        detail=given.detail(),
        claim_ids=claims,
        supersedes=supersedes,
        recorded_by=by,
    )
    return add_event(conn, event, allow_conflict=given.allow_conflict)


@savepoint
def record_event(conn: Connection, given: EventInput, *, by: str) -> int:
    """Record an event; it must cite a source (with the words that say it) or accepted
    claims. Audited as ``event.add``; returns the new id."""
    if given.source_id is None and not given.claim_ids:
        raise InvalidInput(
            "an event must rest on a source",
            hint="cite a source (with the words that say it) or an accepted claim",
        )
    return _write(conn, given, _grounds(conn, given, by), by)


@savepoint
def correct_event(
    conn: Connection, event_id: int, given: EventInput, *, reason: str, by: str
) -> int:
    """Correct event ``event_id`` with a new event that supersedes it: the old one stays
    in the history, marked superseded. The correction is about the old event's person
    (whatever ``given.person_id`` says) and rests on the old event's claims and on any
    source or claim given. The reason is kept in the audit log (``event.correct``);
    returns the new event's id."""
    why = " ".join(reason.split())
    if not why:
        raise InvalidInput(
            "say why the event is corrected", hint="give the reason (kept in the log)"
        )
    old = get_event(conn, event_id)
    given = replace(given, person_id=old.person_id)  # the record the old event is on
    claims = tuple(dict.fromkeys(old.claim_ids + _grounds(conn, given, by)))
    new_id = _write(conn, given, claims, by, supersedes=event_id)
    audit.record(
        conn,
        actor=by,
        action="event.correct",
        target=f"person:{old.person_id}",
        before={"event": event_id, "type": old.type.value, "date": str(old.date)},
        after={"event": new_id, "supersedes": event_id, "reason": why},
    )
    return new_id


# Facilities -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FacilityInput:
    """A facility as a documenter gives it: its names (the first is the main one), kind,
    region and postal address (for letters)."""

    names: tuple[str, ...]
    kind: FacilityKind = FacilityKind.OTHER
    region: str | None = None
    postal_address: str | None = None

    @classmethod
    def parse(
        cls, names: Sequence[str], *, kind: str = "", region: str = "", postal_address: str = ""
    ) -> FacilityInput:
        kept = tuple(dict.fromkeys(n for n in (_text(x, "a name", NAME_LIMIT) for x in names) if n))
        if not kept:
            raise InvalidInput(
                "a facility needs a name", hint="e.g. 'Penal colony No. 1, Navapolatsk'"
            )
        address = "\n".join(line.strip() for line in postal_address.strip().splitlines())
        return cls(
            kept,
            _choice(FacilityKind, kind, "kind") if kind.strip() else FacilityKind.OTHER,
            _text(region, "the region"),
            address.strip() or None,
        )

    def facility(self, facility_id: int | None = None) -> Facility:
        return Facility(self.names, self.kind, self.region, self.postal_address, facility_id)


@savepoint
def add_facility_by_hand(conn: Connection, given: FacilityInput, *, by: str) -> int:
    """Add a place of detention (audited as ``facility.add``); returns the new id."""
    return add_facility(conn, given.facility(), by=by)


@savepoint
def edit_facility(
    conn: Connection, facility_id: int, given: FacilityInput, *, by: str
) -> list[str]:
    """Change a facility's names, kind, region and postal address (audited as
    ``facility.edit`` with the values before and after); returns the fields changed."""
    return update_facility(conn, given.facility(facility_id), by=by)
