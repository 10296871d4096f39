"""Cases (prosecutions with their defendants and hearings), courts and judges.

Every write is an entry of the audit log in the same transaction: ``case.add``,
``case.join`` (a defendant added), ``case.verdict`` (a defendant's verdict or appeal,
with the values before and after), ``case.hearing``, ``court.add`` and ``judge.add``.
A court or judge is found by its name written any way (case, accents, spacing aside) and
made when first named, so one court is one record whichever page named it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select, update

from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.model import (
    Appeal,
    Case,
    Court,
    Defendant,
    Judge,
    PartialDate,
    Precision,
    Regime,
    Verdict,
    search_key,
)
from vigil.store import audit
from vigil.store.tables import case_defendants, case_hearings, cases, courts, judges, persons

__all__ = [
    "Tally",
    "add_case",
    "add_hearing",
    "case_ids_of",
    "court_named",
    "get_case",
    "get_cases",
    "get_court",
    "get_judge",
    "join_case",
    "judge_named",
    "list_cases",
    "set_verdict",
    "tally_courts",
    "tally_judges",
]


def _partial(
    day: dt.date | None, precision: str | None, estimate: bool = False
) -> PartialDate | None:
    if day is None:
        return None
    return PartialDate.from_parts(day, Precision(precision or "day"), estimate)


# Courts and judges -----------------------------------------------------------------------


def _court(row: Any) -> Court:
    return Court(row.name, row.region, row.id)


def _judge(row: Any) -> Judge:
    return Judge(row.name, row.court_id, row.id)


def get_court(conn: Connection, court_id: int) -> Court:
    row = conn.execute(select(courts).where(courts.c.id == court_id)).first()
    if row is None:
        raise NotFound(f"no court with id {court_id}", hint="list them with `vigil case courts`")
    return _court(row)


def get_judge(conn: Connection, judge_id: int) -> Judge:
    row = conn.execute(select(judges).where(judges.c.id == judge_id)).first()
    if row is None:
        raise NotFound(f"no judge with id {judge_id}", hint="list them with `vigil case judges`")
    return _judge(row)


def court_named(conn: Connection, name: str, *, by: str) -> int:
    """The court of this name, made (and audited, ``court.add``) when first named."""
    key = search_key(name)
    found = conn.execute(select(courts.c.id).where(courts.c.norm == key)).scalar_one_or_none()
    if found is not None:
        return int(found)
    court_id = int(
        conn.execute(
            insert(courts).returning(courts.c.id), {"name": name, "norm": key}
        ).scalar_one()
    )
    audit.record(conn, actor=by, action="court.add", target=f"court:{court_id}",
                 after={"name": name})  # fmt: skip
    return court_id


def judge_named(conn: Connection, name: str, court_id: int | None, *, by: str) -> int:
    """The judge of this name, made (``judge.add``) when first named; a judge first
    named without a court takes the court of the case that names them next."""
    key = search_key(name)
    row = conn.execute(select(judges).where(judges.c.norm == key)).first()
    if row is not None:
        if row.court_id is None and court_id is not None:
            conn.execute(update(judges).where(judges.c.id == row.id).values(court_id=court_id))
        return int(row.id)
    judge_id = int(
        conn.execute(
            insert(judges).returning(judges.c.id),
            {"name": name, "norm": key, "court_id": court_id},
        ).scalar_one()
    )
    audit.record(conn, actor=by, action="judge.add", target=f"judge:{judge_id}",
                 after={"name": name, "court": court_id})  # fmt: skip
    return judge_id


# Cases -------------------------------------------------------------------------------------


def _check_person(conn: Connection, person_id: int) -> None:
    if conn.execute(select(persons.c.id).where(persons.c.id == person_id)).first() is None:
        raise NotFound(
            f"no person with id {person_id}", hint="find the id with `vigil person search NAME`"
        )


def _defendant_row(case_id: int, person_id: int) -> dict[str, object]:
    return {"case_id": case_id, "person_id": person_id, "verdict_estimate": False}


def add_case(conn: Connection, case: Case, *, by: str) -> int:
    """Store a prosecution with its defendants and hearings; its court and judge are
    found or made by name. Returns the new id."""
    if not case.defendants:
        raise InvalidInput("a case needs at least one defendant", hint="give a person id")
    if len(set(case.person_ids)) != len(case.person_ids):
        raise InvalidInput("a defendant is named twice", hint="give each person once")
    for person_id in case.person_ids:
        _check_person(conn, person_id)
    court_id = court_named(conn, case.court.name, by=by) if case.court else None
    judge_id = judge_named(conn, case.judge.name, court_id, by=by) if case.judge else None
    row = {
        "title": case.title,
        "articles": list(case.articles),
        "activity": case.activity,
        "court_id": court_id,
        "judge_id": judge_id,
        "prosecutor": case.prosecutor,
        "created_at": dt.datetime.now(dt.UTC),
        "created_by": by,
    }
    case_id = int(conn.execute(insert(cases).returning(cases.c.id), row).scalar_one())
    conn.execute(insert(case_defendants), [_defendant_row(case_id, p) for p in case.person_ids])
    for d in case.defendants:
        if d.verdict is not None or d.appeal is not None:
            _write_verdict(conn, case_id, d)
    for day in case.hearings:
        _write_hearing(conn, case_id, day)
    audit.record(
        conn,
        actor=by,
        action="case.add",
        target=f"case:{case_id}",
        after={**{k: v for k, v in row.items() if k != "created_at"},
               "defendants": [_defendant_json(d) for d in case.defendants],
               "hearings": [str(h) for h in case.hearings]},
    )  # fmt: skip
    return case_id


def join_case(conn: Connection, case_id: int, person_id: int, *, by: str) -> None:
    """Add a defendant to a case (``case.join``)."""
    found = get_case(conn, case_id)
    _check_person(conn, person_id)
    if person_id in found.person_ids:
        raise Conflict(
            f"person {person_id} is already a defendant in case {case_id}", hint="nothing to add"
        )
    conn.execute(insert(case_defendants), _defendant_row(case_id, person_id))
    audit.record(conn, actor=by, action="case.join", target=f"case:{case_id}",
                 after={"person": person_id})  # fmt: skip


def _verdict_values(d: Defendant) -> dict[str, object]:
    v = d.verdict or Verdict()
    return {
        "verdict_date": v.date.earliest if v.date else None,
        "verdict_precision": v.date.precision.value if v.date else None,
        "verdict_estimate": bool(v.date and v.date.estimate),
        "term_months": v.term_months,
        "regime": v.regime.value if v.regime else None,
        "verdict_note": v.note,
        "appeal": d.appeal.value if d.appeal else None,
        "appeal_date": d.appeal_date.earliest if d.appeal_date else None,
        "appeal_precision": d.appeal_date.precision.value if d.appeal_date else None,
    }


def _defendant_json(d: Defendant) -> dict[str, object]:
    v = d.verdict or Verdict()
    return {"person": d.person_id, "verdict_date": str(v.date) if v.date else None,
            "term_months": v.term_months, "regime": v.regime.value if v.regime else None,
            "note": v.note, "appeal": d.appeal.value if d.appeal else None,
            "appeal_date": str(d.appeal_date) if d.appeal_date else None}  # fmt: skip


def _write_verdict(conn: Connection, case_id: int, d: Defendant) -> None:
    dc = case_defendants.c
    conn.execute(
        update(case_defendants)
        .where(dc.case_id == case_id, dc.person_id == d.person_id)
        .values(**_verdict_values(d))
    )


def set_verdict(conn: Connection, case_id: int, defendant: Defendant, *, by: str) -> list[str]:
    """Give a defendant of a case this verdict and appeal (``case.verdict``, the values
    before and after); returns the fields that changed (none: nothing is written)."""
    found = get_case(conn, case_id)
    old = found.defendant(defendant.person_id)
    if old is None:
        raise NotFound(
            f"person {defendant.person_id} is not a defendant in case {case_id}",
            hint=f"add them first with `vigil case join {case_id} {defendant.person_id}`",
        )
    before, after = _defendant_json(old), _defendant_json(defendant)
    changed = [k for k in after if after[k] != before[k]]
    if not changed:
        return []
    _write_verdict(conn, case_id, defendant)
    audit.record(
        conn, actor=by, action="case.verdict", target=f"case:{case_id}",
        before={"person": defendant.person_id, **{k: before[k] for k in changed}},
        after={"person": defendant.person_id, **{k: after[k] for k in changed}},
    )  # fmt: skip
    return changed


def _write_hearing(conn: Connection, case_id: int, day: PartialDate) -> None:
    conn.execute(insert(case_hearings), {"case_id": case_id, "date": day.earliest,
                                         "precision": day.precision.value,
                                         "estimate": day.estimate})  # fmt: skip


def add_hearing(conn: Connection, case_id: int, day: PartialDate, *, by: str) -> None:
    """Record a hearing of a case (``case.hearing``)."""
    found = get_case(conn, case_id)
    if day in found.hearings:
        raise Conflict(f"case {case_id} already has a hearing on {day}", hint="nothing to add")
    _write_hearing(conn, case_id, day)
    audit.record(conn, actor=by, action="case.hearing", target=f"case:{case_id}",
                 after={"date": str(day)})  # fmt: skip


def _cases(conn: Connection, ids: list[int]) -> list[Case]:
    if not ids:
        return []
    rows = {r.id: r for r in conn.execute(select(cases).where(cases.c.id.in_(ids)))}
    court_ids = {r.court_id for r in rows.values() if r.court_id is not None}
    judge_ids = {r.judge_id for r in rows.values() if r.judge_id is not None}
    court_of = {
        r.id: _court(r) for r in conn.execute(select(courts).where(courts.c.id.in_(court_ids)))
    }
    judge_of = {
        r.id: _judge(r) for r in conn.execute(select(judges).where(judges.c.id.in_(judge_ids)))
    }
    dc = case_defendants.c
    defendants: dict[int, list[Defendant]] = {i: [] for i in ids}
    for d in conn.execute(select(case_defendants).where(dc.case_id.in_(ids)).order_by(dc.id)):
        verdict = None
        if d.verdict_date is not None or d.term_months is not None or d.regime or d.verdict_note:
            verdict = Verdict(
                _partial(d.verdict_date, d.verdict_precision, bool(d.verdict_estimate)),
                d.term_months,
                Regime(d.regime) if d.regime else None,
                d.verdict_note,
            )
        defendants[d.case_id].append(
            Defendant(
                d.person_id,
                verdict,
                Appeal(d.appeal) if d.appeal else None,
                _partial(d.appeal_date, d.appeal_precision),
            )
        )
    hc = case_hearings.c
    hearings: dict[int, list[PartialDate]] = {i: [] for i in ids}
    for h in conn.execute(
        select(case_hearings).where(hc.case_id.in_(ids)).order_by(hc.date, hc.id)
    ):
        day = _partial(h.date, h.precision, bool(h.estimate))
        assert day is not None
        hearings[h.case_id].append(day)
    return [
        Case(
            title=r.title,
            defendants=tuple(defendants[r.id]),
            articles=tuple(r.articles or ()),
            activity=r.activity,
            court=court_of.get(r.court_id),
            judge=judge_of.get(r.judge_id),
            prosecutor=r.prosecutor,
            hearings=tuple(hearings[r.id]),
            id=r.id,
        )
        for i in ids
        if (r := rows.get(i)) is not None
    ]


def get_cases(conn: Connection, ids: Sequence[int]) -> list[Case]:
    """The cases of these ids that exist, in the order given."""
    return _cases(conn, list(ids))


def get_case(conn: Connection, case_id: int) -> Case:
    found = _cases(conn, [case_id])
    if not found:
        raise NotFound(f"no case with id {case_id}", hint="list them with `vigil case list`")
    return found[0]


def list_cases(
    conn: Connection,
    *,
    person_id: int | None = None,
    court_id: int | None = None,
    judge_id: int | None = None,
) -> list[Case]:
    """Cases by id, those of a defendant, a court or a judge when asked."""
    query = select(cases.c.id).order_by(cases.c.id)
    if person_id is not None:
        query = query.where(cases.c.id.in_(case_ids_of(conn, person_id)))
    if court_id is not None:
        query = query.where(cases.c.court_id == court_id)
    if judge_id is not None:
        query = query.where(cases.c.judge_id == judge_id)
    return _cases(conn, list(conn.execute(query).scalars()))


def case_ids_of(conn: Connection, person_id: int) -> list[int]:
    """The cases in which a person is a defendant."""
    dc = case_defendants.c
    query = select(dc.case_id).where(dc.person_id == person_id).order_by(dc.case_id)
    return list(conn.execute(query).scalars())


@dataclass(frozen=True, slots=True)
class Tally:
    """What a court or judge decided, counted: cases heard, defendants tried, verdicts
    recorded, and the custodial terms they gave (in months)."""

    id: int
    name: str
    cases: int
    defendants: int
    sentenced: int
    months: int


def _tally(conn: Connection, column: Any, named: Any) -> list[Tally]:
    dc = case_defendants.c
    rows = conn.execute(
        select(
            named.c.id, named.c.name,
            func.count(func.distinct(cases.c.id)),
            func.count(dc.id),
            func.count(dc.verdict_date),
            func.coalesce(func.sum(dc.term_months), 0),
        )
        .select_from(named)
        .outerjoin(cases, column == named.c.id)
        .outerjoin(case_defendants, and_(dc.case_id == cases.c.id))
        .group_by(named.c.id, named.c.name)
        .order_by(named.c.name)
    ).all()  # fmt: skip
    return [Tally(r[0], r[1], int(r[2]), int(r[3]), int(r[4]), int(r[5])) for r in rows]


def tally_courts(conn: Connection) -> list[Tally]:
    return _tally(conn, cases.c.court_id, courts)


def tally_judges(conn: Connection) -> list[Tally]:
    return _tally(conn, cases.c.judge_id, judges)


def defendants_of(conn: Connection, case_ids: Sequence[int]) -> dict[int, list[int]]:
    """The defendants of each case, in the order they were added."""
    dc = case_defendants.c
    found: dict[int, list[int]] = {i: [] for i in case_ids}
    query = select(dc.case_id, dc.person_id).where(dc.case_id.in_(list(case_ids))).order_by(dc.id)
    for r in conn.execute(query):
        found[r.case_id].append(r.person_id)
    return found
