"""Cases: a group trial with its defendants, court, judge, verdicts and appeal, made
through the service every surface calls; what a court and a judge decided, counted; a
group trial counted as one prosecution; bad input refused with nothing written. On
SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, func, select

from tests.store.helpers import claim, event, person
from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.ingest.cases import (
    CaseInput,
    VerdictInput,
    add_case_hearing,
    join_case,
    open_case,
    record_verdict,
)
from vigil.model import Appeal, EventDetail, EventType, Recognition, Regime
from vigil.stats import counts
from vigil.store import audit
from vigil.store import cases as store
from vigil.store.db import transaction
from vigil.store.events import add_event
from vigil.store.identity import merge
from vigil.store.tables import case_defendants, cases, courts


def _five(conn: object) -> tuple[int, list[int]]:
    ids = [person(conn, f"Defendant {n}") for n in "ABCDE"]  # type: ignore[arg-type]
    given = CaseInput.parse(
        title="Case of the five", defendants=[str(i) for i in ids[:4]], articles="342, 293",
        activity="a live stream of a protest", court="Homiel Regional Court",
        judge="Judge Kazlova", prosecutor="Prosecutor Ivanou",
        hearings=["2021-09-01", "2021-08-20", "2021-09-01"],
    )  # fmt: skip
    return open_case(conn, given, by="ed"), ids  # type: ignore[arg-type]


def test_a_group_trial_with_verdicts_and_appeal(engine: Engine) -> None:
    with transaction(engine) as conn:
        case_id, ids = _five(conn)
        assert join_case(conn, case_id, ids[4], by="ed") == ids[4]
        for i, pid in enumerate(ids):
            given = VerdictInput.parse(date="2021-10-12", term=f"{3 + i}y", regime="enhanced",
                                       appeal="upheld" if i else "reduced",
                                       appeal_date="2022-01")  # fmt: skip
            assert record_verdict(conn, case_id, pid, given, by="ed")
        add_case_hearing(conn, case_id, "2021-10-12", by="ed")
        # The same court and judge named again, written another way, are the same records.
        other = open_case(conn, CaseInput.parse(title="Another", defendants=[ids[0]],
                                                court="homiel  regional court",
                                                judge="JUDGE KAZLOVA"), by="ed")  # fmt: skip
    with transaction(engine) as conn:
        case = store.get_case(conn, case_id)
        assert case.person_ids == tuple(ids)
        assert case.articles == ("342", "293")
        assert case.activity == "a live stream of a protest"
        assert case.court is not None
        assert case.court.name == "Homiel Regional Court"
        assert case.judge is not None
        assert case.judge.court_id == case.court.id
        assert [str(h) for h in case.hearings] == ["2021-08-20", "2021-09-01", "2021-10-12"]
        first = case.defendants[0]
        assert first.verdict is not None
        assert (first.verdict.term_months, first.verdict.regime) == (36, Regime.ENHANCED)
        assert (first.appeal, str(first.appeal_date)) == (Appeal.REDUCED, "2022-01")
        assert first.verdict.describe() == "2021-10-12: 3 y; enhanced regime"
        assert store.get_case(conn, other).court == case.court
        assert conn.execute(select(func.count()).select_from(courts)).scalar_one() == 1
        assert [c.id for c in store.list_cases(conn, person_id=ids[0])] == [case_id, other]
        assert [c.id for c in store.list_cases(conn, person_id=ids[4])] == [case_id]
        (court,) = store.tally_courts(conn)
        assert (court.cases, court.defendants, court.sentenced) == (2, 6, 5)
        assert court.months == 12 * (3 + 4 + 5 + 6 + 7)
        (judge,) = store.tally_judges(conn)
        assert (judge.name, judge.cases, judge.defendants) == ("Judge Kazlova", 2, 6)
        actions = [e.action for e in audit.entries(conn, limit=None)]
        assert actions.count("case.add") == 2
        assert actions.count("case.join") == 1
        assert actions.count("case.verdict") == 5
        assert actions.count("case.hearing") == 1
        assert (actions.count("court.add"), actions.count("judge.add")) == (1, 1)
        assert audit.verify(conn).ok


def test_a_verdict_changed_keeps_what_it_was_in_the_audit_log(engine: Engine) -> None:
    with transaction(engine) as conn:
        case_id, ids = _five(conn)
        record_verdict(conn, case_id, ids[0], VerdictInput.parse(term="5y"), by="ed")
        again = record_verdict(conn, case_id, ids[0], VerdictInput.parse(term="5y"), by="ed")
        assert again == []
        changed = record_verdict(conn, case_id, ids[0], VerdictInput.parse(term="4y6m"), by="ed")
        assert changed == ["term_months"]
        last = audit.entries(conn, action="case.verdict", limit=None)[0]  # newest first
        assert last.before == {"person": ids[0], "term_months": 60}
        assert last.after == {"person": ids[0], "term_months": 54}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": " ", "defendants": ["1"]}, "a case needs a title"),
        ({"title": "T", "defendants": []}, "at least one defendant"),
        ({"title": "T", "defendants": ["x1"]}, "a defendant must be an id"),
        ({"title": "T", "defendants": ["1"], "hearings": ["2021-13"]}, "a hearing date"),
        ({"title": "T" * 301, "defendants": ["1"]}, "the title is 301 characters long"),
    ],
)
def test_bad_case_input_is_named(fields: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        CaseInput.parse(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"term": "five"}, "is not a term"),
        ({"appeal": "won"}, "the appeal cannot be 'won'"),
        ({"appeal_date": "2022"}, "an appeal date needs the appeal's outcome"),
        ({"regime": "harsh"}, "harsh"),
    ],
)
def test_bad_verdict_input_is_named(fields: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        VerdictInput.parse(**fields)


def test_refused_writes_leave_nothing(engine: Engine) -> None:
    with transaction(engine) as conn:
        case_id, ids = _five(conn)
        with pytest.raises(NotFound, match="no person with id 999"):
            open_case(conn, CaseInput.parse(title="X", defendants=[ids[0], 999],
                                            court="A New Court"), by="ed")  # fmt: skip
        with pytest.raises(Conflict, match="already a defendant"):
            join_case(conn, case_id, ids[0], by="ed")
        with pytest.raises(NotFound, match="not a defendant in case"):
            record_verdict(conn, case_id, ids[4], VerdictInput.parse(term="2y"), by="ed")
        with pytest.raises(NotFound, match="no case with id 77"):
            join_case(conn, 77, ids[4], by="ed")
        assert conn.execute(select(func.count()).select_from(cases)).scalar_one() == 1
        assert conn.execute(select(func.count()).select_from(courts)).scalar_one() == 1
        assert conn.execute(select(func.count()).select_from(case_defendants)).scalar_one() == 4


def test_an_event_belongs_to_a_case_of_its_person(engine: Engine) -> None:
    with transaction(engine) as conn:
        case_id, ids = _five(conn)
        cid = claim(conn)
        sentenced = event(ids[0], EventType.SENTENCED, "2021-10-12", cid)
        add_event(conn, sentenced.__class__(**{**_fields(sentenced), "case_id": case_id}))
        outsider = event(ids[4], EventType.CHARGED, "2021-10-12", cid)
        with pytest.raises(InvalidInput, match="not a defendant in case"):
            add_event(conn, outsider.__class__(**{**_fields(outsider), "case_id": case_id}))


def _fields(e: object) -> dict[str, object]:
    return {f: getattr(e, f) for f in e.__slots__}  # type: ignore[attr-defined]


def test_a_group_trial_is_one_prosecution(engine: Engine) -> None:
    recognized = EventDetail(recognition=Recognition(by="Viasna"))
    with transaction(engine) as conn:
        case_id, ids = _five(conn)
        cid = claim(conn)
        for pid in ids:  # all five held; four in the case, one with no case recorded
            add_event(conn, event(pid, EventType.DETAINED, "2021-06-01", cid))
            add_event(conn, event(pid, EventType.RECOGNIZED_POLITICAL_PRISONER, "2021-06-10",
                                  cid, detail=recognized))  # fmt: skip
    day = dt.date(2021, 12, 1)
    with transaction(engine) as conn:
        assert counts.count_at(conn, day) == 5
        assert counts.count_cases_at(conn, day) == 2  # the case of four, and the fifth
        assert counts.count_cases_at(conn, day, known_at=dt.date(2020, 1, 1)) == 0 + 0
        join_case(conn, case_id, ids[4], by="ed")
        assert counts.count_cases_at(conn, day) == 1


def test_a_merged_record_joins_as_the_person_it_was_merged_into(engine: Engine) -> None:
    with transaction(engine) as conn:
        case_id, ids = _five(conn)
        merge(conn, ids[3], ids[4], by="ed", why="same person")
        with pytest.raises(Conflict, match="already a defendant"):
            join_case(conn, case_id, ids[4], by="ed")
