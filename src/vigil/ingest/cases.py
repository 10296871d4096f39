"""Cases made by hand: open a case with its defendants, join a person to one, record a
defendant's verdict and appeal, add a hearing.

``vigil case add/join/verdict/hearing``, the staff pages and the staff API call these
verbs with the same typed input. Each verb is one savepoint of the caller's transaction
(a refused one leaves nothing behind) and each write is an entry of the audit log
(written by ``vigil.store.cases``). The ``parse`` class methods read what a person typed
and name the field that is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from vigil.errors import InvalidInput
from vigil.ingest.records import parse_term
from vigil.model import (
    Appeal,
    Case,
    Court,
    Defendant,
    Judge,
    PartialDate,
    Regime,
    Verdict,
    normalize_article,
)
from vigil.store import cases as store
from vigil.store.db import savepoint
from vigil.store.persons import get_person

__all__ = [
    "CaseInput",
    "VerdictInput",
    "add_case_hearing",
    "join_case",
    "open_case",
    "record_verdict",
]

#: The longest title, court, judge or prosecutor name the registry keeps.
NAME_LIMIT = 300
MAX_ID = 2**31 - 1


def _text(value: str | None, what: str, limit: int = NAME_LIMIT) -> str | None:
    clean = " ".join((value or "").split())
    if len(clean) > limit:
        raise InvalidInput(f"{what} is {len(clean)} characters long", hint=f"keep it to {limit}")
    return clean or None


def parse_id(value: str | int, what: str) -> int:
    """A record id as typed; a one-line error naming ``what`` otherwise."""
    if isinstance(value, int):
        return value
    clean = value.strip().lstrip("#")
    if not clean.isdigit() or not 0 < int(clean) <= MAX_ID:
        raise InvalidInput(
            f"{what} must be an id, not {value[:20]!r}", hint="a whole number, e.g. 12"
        )
    return int(clean)


def _date(value: str, what: str) -> PartialDate | None:
    if not value.strip():
        return None
    try:
        return PartialDate.parse(value.strip())
    except InvalidInput as exc:
        raise InvalidInput(f"{what}: {exc.message}", hint=exc.hint) from None


def _appeal(value: str) -> Appeal | None:
    clean = value.strip().lower()
    if not clean:
        return None
    try:
        return Appeal(clean)
    except ValueError:
        known = ", ".join(a.value for a in Appeal)
        raise InvalidInput(f"the appeal cannot be {value!r}", hint=f"use one of: {known}") from None


@dataclass(frozen=True, slots=True)
class CaseInput:
    """A new case as a documenter gives it."""

    title: str
    person_ids: tuple[int, ...]
    articles: tuple[str, ...] = ()
    activity: str | None = None
    court: str | None = None
    judge: str | None = None
    prosecutor: str | None = None
    hearings: tuple[PartialDate, ...] = ()

    @classmethod
    def parse(
        cls,
        *,
        title: str,
        defendants: Sequence[str | int],
        articles: Sequence[str] | str = (),
        activity: str = "",
        court: str = "",
        judge: str = "",
        prosecutor: str = "",
        hearings: Sequence[str] = (),
    ) -> CaseInput:
        name = _text(title, "the title")
        if name is None:
            raise InvalidInput("a case needs a title", hint="e.g. 'Case of the five (Homiel)'")
        ids = tuple(parse_id(d, "a defendant") for d in defendants if str(d).strip())
        if not ids:
            raise InvalidInput("a case needs at least one defendant", hint="give a person's id")
        listed = articles.split(",") if isinstance(articles, str) else list(articles)
        days = tuple(d for h in hearings if (d := _date(h, "a hearing date")) is not None)
        return cls(
            title=name,
            person_ids=ids,
            articles=tuple(normalize_article(a) for a in listed if a.strip()),
            activity=_text(activity, "the activity", 2000),
            court=_text(court, "the court"),
            judge=_text(judge, "the judge"),
            prosecutor=_text(prosecutor, "the prosecutor"),
            hearings=tuple(sorted(set(days), key=lambda d: d.sort_key())),
        )


@dataclass(frozen=True, slots=True)
class VerdictInput:
    """A defendant's verdict and appeal as a documenter gives them."""

    date: PartialDate | None = None
    term_months: int | None = None
    regime: Regime | None = None
    note: str | None = None
    appeal: Appeal | None = None
    appeal_date: PartialDate | None = None

    @classmethod
    def parse(
        cls, *, date: str = "", term: str = "", regime: str = "", note: str = "",
        appeal: str = "", appeal_date: str = "",
    ) -> VerdictInput:  # fmt: skip
        given = cls(
            date=_date(date, "the verdict date"),
            term_months=parse_term(term) if term.strip() else None,
            regime=Regime.parse(regime) if regime.strip() else None,
            note=_text(note, "the note", 1000),
            appeal=_appeal(appeal),
            appeal_date=_date(appeal_date, "the appeal date"),
        )
        if given.term_months is not None and given.term_months <= 0:
            raise InvalidInput("a sentence term must be positive", hint="write e.g. 5y or 18m")
        if given.appeal_date is not None and given.appeal is None:
            raise InvalidInput("an appeal date needs the appeal's outcome",
                               hint="give --appeal too (e.g. upheld)")  # fmt: skip
        return given

    def verdict(self) -> Verdict | None:
        if self.date is None and self.term_months is None and self.regime is None and not self.note:
            return None
        return Verdict(self.date, self.term_months, self.regime, self.note)


def _person(conn: Connection, person_id: int) -> int:
    """The person's record, or the one it was merged into."""
    return get_person(conn, person_id).merged_into or person_id


@savepoint
def open_case(conn: Connection, given: CaseInput, *, by: str) -> int:
    """Open a case with its defendants; returns its id (``case.add``)."""
    ids = tuple(dict.fromkeys(_person(conn, p) for p in given.person_ids))
    case = Case(
        title=given.title,
        defendants=tuple(Defendant(p) for p in ids),
        articles=given.articles,
        activity=given.activity,
        court=Court(given.court) if given.court else None,
        judge=Judge(given.judge) if given.judge else None,
        prosecutor=given.prosecutor,
        hearings=given.hearings,
    )
    return store.add_case(conn, case, by=by)


@savepoint
def join_case(conn: Connection, case_id: int, person_id: int, *, by: str) -> int:
    """Add a person to a case's defendants (``case.join``); returns the person's id (the
    record they were merged into, if they were)."""
    person = _person(conn, person_id)
    store.join_case(conn, case_id, person, by=by)
    return person


@savepoint
def record_verdict(
    conn: Connection, case_id: int, person_id: int, given: VerdictInput, *, by: str
) -> list[str]:
    """Give a defendant their verdict and appeal (``case.verdict``); returns what
    changed."""
    defendant = Defendant(_person(conn, person_id), given.verdict(), given.appeal,
                          given.appeal_date)  # fmt: skip
    return store.set_verdict(conn, case_id, defendant, by=by)


@savepoint
def add_case_hearing(conn: Connection, case_id: int, day: str, *, by: str) -> None:
    """Record a hearing of a case (``case.hearing``)."""
    date = _date(day, "the hearing date")
    if date is None:
        raise InvalidInput("a hearing needs a date", hint="write YYYY, YYYY-MM or YYYY-MM-DD")
    store.add_hearing(conn, case_id, date, by=by)
