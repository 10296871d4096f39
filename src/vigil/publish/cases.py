"""Cases as the public may see them: the only shapes in which a case, its defendants and
the courts and judges that heard it leave through a page or the API.

A defendant whose name is withheld is not listed: the case says how many such defendants
it has ("one defendant whose name is withheld"), and nothing of theirs (no link, verdict
or date) is published. A case whose defendants are all withheld is not published at all:
its court, dates and articles alone could point at them. Every free text (title,
activity, names of courts, judges and prosecutors) passes the ``Redactor``.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel
from sqlalchemy import Connection

from vigil.errors import NotFound
from vigil.model import Case, Defendant, Person
from vigil.model.prosecution import term_text
from vigil.publish.redact import Redactor
from vigil.store import cases as store
from vigil.store.persons import get_persons

__all__ = [
    "CaseDetail",
    "CaseRef",
    "CaseSummary",
    "DefendantView",
    "NamedRef",
    "TallyView",
    "person_cases",
    "public_case",
    "public_cases",
    "public_tallies",
    "published",
]


class NamedRef(BaseModel):
    """A court or a judge, with the public list of its cases."""

    id: int
    name: str
    url: str


class CaseRef(BaseModel):
    id: int
    title: str
    url: str


class DefendantView(BaseModel):
    person_id: int
    name: str
    url: str
    verdict_date: str | None
    term: str | None  # "5 y 6 m"
    term_months: int | None
    regime: str | None
    verdict_note: str | None
    appeal: str | None
    appeal_date: str | None


class CaseSummary(BaseModel):
    id: int
    title: str
    url: str
    court: NamedRef | None
    judge: NamedRef | None
    articles: list[str]
    defendants: int  # every defendant, named or not
    names: list[str]  # the named defendants


class CaseDetail(BaseModel):
    id: int
    title: str
    url: str
    articles: list[str]
    activity: str | None  # what they actually did, apart from the legal charge
    court: NamedRef | None
    judge: NamedRef | None
    prosecutor: str | None
    hearings: list[str]
    defendants: list[DefendantView]  # the named ones
    withheld_defendants: int  # how many more, whose names are withheld


class TallyView(BaseModel):
    """What a court or a judge decided, counted."""

    id: int
    name: str
    cases: int
    defendants: int
    sentenced: int
    url: str


def _court(case: Case, r: Redactor) -> NamedRef | None:
    c = case.court
    if c is None or c.id is None:
        return None
    return NamedRef(id=c.id, name=r.redact(c.name), url=f"/cases?court={c.id}")


def _judge(case: Case, r: Redactor) -> NamedRef | None:
    j = case.judge
    if j is None or j.id is None:
        return None
    return NamedRef(id=j.id, name=r.redact(j.name), url=f"/cases?judge={j.id}")


def _people(conn: Connection, found: list[Case]) -> dict[int, Person]:
    """Each defendant's record as it stands: one merged into another is that other (a
    record merged into a withheld one is withheld too)."""
    ids = sorted({p for c in found for p in c.person_ids})
    people = {p.id: p for p in get_persons(conn, ids) if p.id is not None}
    kept_ids = sorted({p.merged_into for p in people.values() if p.merged_into} - set(people))
    kept = {p.id: p for p in get_persons(conn, kept_ids) if p.id is not None}
    return {
        pid: (people.get(p.merged_into) or kept[p.merged_into]) if p.merged_into else p
        for pid, p in people.items()
    }


def published(withheld: Iterable[bool]) -> bool:
    """Whether a case is published, given for each defendant whether their name is
    withheld: only with at least one named defendant (the court, dates and articles of a
    case of withheld defendants alone could point at them). The exports ask this too."""
    return not all(withheld)


def _defendants(case: Case, people: dict[int, Person]) -> list[tuple[Person, Defendant]]:
    """Each defendant once, as their record stands, in the order they were added."""
    seen: set[int | None] = set()
    out = []
    for d in case.defendants:
        p = people[d.person_id]
        if p.id not in seen:
            seen.add(p.id)
            out.append((p, d))
    return out


def _named(case: Case, people: dict[int, Person]) -> list[Person]:
    return [p for p, _ in _defendants(case, people) if not p.name_withheld]


def _published(case: Case, people: dict[int, Person]) -> bool:
    return published(p.name_withheld for p, _ in _defendants(case, people))


def public_cases(
    conn: Connection, r: Redactor, *, court_id: int | None = None, judge_id: int | None = None
) -> list[CaseSummary]:
    """The published cases, newest first, of a court or a judge when asked."""
    found = store.list_cases(conn, court_id=court_id, judge_id=judge_id)
    people = _people(conn, found)
    out = []
    for case in reversed(found):
        assert case.id is not None
        if not _published(case, people):
            continue
        named = _named(case, people)
        out.append(CaseSummary(
            id=case.id, title=r.redact(case.title), url=f"/cases/{case.id}",
            court=_court(case, r), judge=_judge(case, r), articles=list(case.articles),
            defendants=len(_defendants(case, people)), names=[p.display_name for p in named],
        ))  # fmt: skip
    return out


def public_case(conn: Connection, case_id: int, r: Redactor) -> CaseDetail:
    """One published case; NotFound for one not published (all its defendants withheld)."""
    try:
        case = store.get_case(conn, case_id)
    except NotFound:
        case = None
    people = _people(conn, [case]) if case else {}
    if case is None or not _published(case, people):
        raise NotFound(f"no case with id {case_id}", hint="see the list at /cases")
    assert case.id is not None
    shown = []
    everyone = _defendants(case, people)
    for p, d in everyone:
        if p.name_withheld or p.id is None:
            continue
        v = d.verdict
        shown.append(DefendantView(
            person_id=p.id, name=p.display_name, url=f"/persons/{p.id}",
            verdict_date=str(v.date) if v and v.date else None,
            term=term_text(v.term_months) if v and v.term_months else None,
            term_months=v.term_months if v else None,
            regime=v.regime.value if v and v.regime else None,
            verdict_note=r.redact(v.note) if v and v.note else None,
            appeal=d.appeal.value if d.appeal else None,
            appeal_date=str(d.appeal_date) if d.appeal_date else None,
        ))  # fmt: skip
    return CaseDetail(
        id=case.id, title=r.redact(case.title), url=f"/cases/{case.id}",
        articles=list(case.articles),
        activity=r.redact(case.activity) if case.activity else None,
        court=_court(case, r), judge=_judge(case, r),
        prosecutor=r.redact(case.prosecutor) if case.prosecutor else None,
        hearings=[str(h) for h in case.hearings], defendants=shown,
        withheld_defendants=len(everyone) - len(shown),
    )  # fmt: skip


def person_cases(conn: Connection, person: Person, r: Redactor) -> list[CaseRef]:
    """The published cases of a named person; none for a person whose name is withheld."""
    if person.name_withheld or person.id is None:
        return []
    found = store.list_cases(conn, person_id=person.id)
    return [CaseRef(id=c.id, title=r.redact(c.title), url=f"/cases/{c.id}")
            for c in found if c.id is not None]  # fmt: skip


def public_tallies(conn: Connection, r: Redactor) -> tuple[list[TallyView], list[TallyView]]:
    """Courts and judges, each with the cases it heard, defendants tried and verdicts
    recorded (withheld defendants are counted, never named)."""
    courts = [TallyView(id=t.id, name=r.redact(t.name), cases=t.cases, defendants=t.defendants,
                        sentenced=t.sentenced, url=f"/cases?court={t.id}")
              for t in store.tally_courts(conn)]  # fmt: skip
    judges = [TallyView(id=t.id, name=r.redact(t.name), cases=t.cases, defendants=t.defendants,
                        sentenced=t.sentenced, url=f"/cases?judge={t.id}")
              for t in store.tally_judges(conn)]  # fmt: skip
    return courts, judges
