"""The sample lists (tests/ingest/list_samples, fictional persons) read and imported as
their ``*.expected.json`` say: person rows, distinct persons, duplicates merged, status
counts, held-on counts, sex, and the spot-checked rows field by field."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from vigil.ingest.lists.cells import Sentence
from vigil.ingest.lists.columns import find_header
from vigil.ingest.lists.importer import Fate, ImportOptions, import_list
from vigil.ingest.lists.rows import ListRow, read_row
from vigil.ingest.lists.sheet import RowRef, open_sheet
from vigil.model import EventType, PartialDate, Regime
from vigil.status import HELD, fold
from vigil.store.db import connect
from vigil.store.event_reads import load_events
from vigil.store.persons import count_persons, list_persons

LISTS = Path(__file__).parent / "list_samples"
SAMPLES = ["viasna-style.csv", "viasna-style.xlsx", "aapp-style.xlsx"]


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((LISTS / f"{name}.expected.json").read_text("utf-8"))
    return data


def ref_of(row: dict[str, Any]) -> RowRef:
    return RowRef(row.get("sheet"), row["row"] if "sheet" in row else row["line"])


def read_all(name: str) -> dict[RowRef, ListRow]:
    sheet = open_sheet(LISTS / name)
    rows: dict[RowRef, ListRow] = {}
    for table in sheet.tables():
        found = find_header(table, None)
        assert found is not None
        cmap, body, _ = found
        for row in body:
            listed = read_row(row, cmap)
            if listed is not None:
                rows[row.ref] = listed
    return rows


def _date(value: dict[str, Any] | None) -> PartialDate | None:
    if value is None:
        return None
    return PartialDate.parse(value["value"])


def _sentence(value: dict[str, Any] | None) -> Sentence | None:
    if value is None:
        return None
    regime = Regime(value["regime"]) if value["regime"] else None
    return Sentence(value["term_months"], value["life"], value["death"], regime,
                    value["hard_labour"], value["compulsory_treatment"])  # fmt: skip


@pytest.mark.parametrize("name", SAMPLES)
def test_spot_checks_read_as_expected(name: str) -> None:
    want = expected(name)
    rows = read_all(name)
    assert len(rows) == want["person_rows"]
    for check in want["spot_checks"]:
        got = rows[ref_of(check["row"])]
        exp = check["expected"]
        where = f"{name} {check['row']} ({check['why']})"
        assert got.name.withheld is exp["name_withheld"], where
        if "surname" in (exp["name"] or {}):
            parts = (got.name.surname, got.name.given, got.name.patronymic)
            assert [p.casefold() if p else p for p in parts] == [
                exp["name"][k].casefold() for k in ("surname", "given", "patronymic")
            ], where
        elif exp["name"] is not None:
            assert (got.name.honorific, got.name.text) == (
                exp["name"]["honorific"],
                exp["name"]["name"],
            ), where
        assert got.gender.value == exp["sex"], where
        assert got.birth == _date(exp["birth"]), where
        assert got.region == exp["region"], where
        assert [(a.code, a.article, a.part, a.clause) for a in got.articles] == [
            (a["code"], a["article"], a["part"], a["clause"]) for a in exp["articles"]
        ], where
        if "articles_vigil" in exp:
            assert [a.vigil() for a in got.articles] == exp["articles_vigil"], where
        assert got.sentence == _sentence(exp["sentence"]), where
        assert got.detention == _date(exp["detention"]), where
        if exp["facility"] is None:
            assert got.facility is None, where
        else:
            assert got.facility is not None, where
            assert got.facility.number == exp["facility"]["number"], where
        release = exp["release"]
        if release is None:
            assert got.outcome.released is None, where
        else:
            assert got.outcome.released == _date(release["date"]), where
            assert got.outcome.reason is not None
            assert got.outcome.reason.value == release["reason"], where
        if "age" in exp:
            assert (got.age, got.father) == (exp["age"], exp["father_name"]), where


def _custody(engine: Engine, day: dt.date) -> Counter[str]:
    with connect(engine) as conn:
        persons = list_persons(conn, limit=1000)
        events = load_events(conn, [p.id for p in persons if p.id is not None])
    found: Counter[str] = Counter()
    for person in persons:
        assert person.id is not None
        segment = fold(events.get(person.id, [])).at(day)
        found[segment.custody.value if segment else "at_liberty"] += 1
    return found


@pytest.mark.parametrize("name", SAMPLES)
def test_import_gives_the_expected_registry(engine: Engine, name: str) -> None:
    want = expected(name)
    as_of = dt.date.fromisoformat(want["as_of"])
    report = import_list(engine, LISTS / name, ImportOptions("Org", as_of), by="tester")
    assert report.committed
    assert not report.bad
    assert not report.uncertain
    assert report.rows == want["person_rows"]
    assert report.fates[Fate.CREATED] == want["distinct_persons"]
    assert report.fates[Fate.DUPLICATE] == len(want["duplicate_rows"])
    assert report.recognitions == want["distinct_persons"]
    with connect(engine) as conn:
        assert count_persons(conn) == want["distinct_persons"]
        persons = list_persons(conn, limit=1000)
    # counted from the registry, not from the report
    statuses = _custody(engine, as_of)
    assert dict(statuses) == want["status_counts"]
    held_on = _custody(engine, dt.date.fromisoformat(want["held_on"]["date"]))
    assert sum(n for s, n in held_on.items() if s in HELD) == want["held_on"]["count"]
    sexes = Counter(p.gender.value for p in persons)
    assert {k: v for k, v in want["by_sex"].items() if v} == dict(sexes)
    assert dict(report.statuses) == want["status_counts"]


def test_the_same_persons_in_another_file_confirm_not_duplicate(engine: Engine) -> None:
    as_of = dt.date(2024, 3, 1)
    import_list(engine, LISTS / "viasna-style.csv", ImportOptions("Viasna", as_of), by="tester")
    again = import_list(engine, LISTS / "viasna-style.xlsx", ImportOptions("Viasna", as_of),
                        by="tester")  # fmt: skip
    assert again.fates[Fate.EXISTING] == 58
    assert again.fates[Fate.DUPLICATE] == 2
    assert again.fates[Fate.CREATED] == 0
    assert again.events == 0
    assert again.corroborated > 100
    assert again.recognitions == 0
    with connect(engine) as conn:
        assert count_persons(conn) == 58
        persons = list_persons(conn, limit=1000)
        events = load_events(conn, [p.id for p in persons if p.id is not None])
    pardoned = next(p for p in persons if p.display_name.startswith("Наумов Евгений"))
    assert pardoned.id is not None
    mine = [e for e in events[pardoned.id] if e.type is EventType.PARDONED]
    assert [str(e.date) for e in mine] == ["2023-02-09"]
    assert len(mine[0].claim_ids) == 2  # one claim from each file
    same = import_list(engine, LISTS / "viasna-style.csv", ImportOptions("Viasna", as_of),
                       by="tester")  # fmt: skip
    assert not same.new_source
    assert same.rows == 0
