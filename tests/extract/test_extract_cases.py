"""The golden cases of tests/cases/extract_en.py, and the seed article: ``CASES``
through en.v1 and en.v2, ``CASES_V2`` through en.v2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.cases.extract_en import CASES, CASES_LEARNED, CASES_V2, Case

from vigil.extract import Extraction, Role
from vigil.extract.en.v2 import EnglishV2
from vigil.extract.en_v1 import EnglishV1
from vigil.ingest import read_source

SEED = Path(__file__).resolve().parents[2] / "src/vigil/demo/data/seed_000_af915d7ba50896bb.txt"


@pytest.fixture(scope="module", params=["v1", "v2"])
def extractor(request: pytest.FixtureRequest) -> EnglishV1:
    return EnglishV1() if request.param == "v1" else EnglishV2()


@pytest.fixture(scope="module")
def v2() -> EnglishV2:
    return EnglishV2()


def _detainees(ex: Extraction) -> dict[str, list[tuple[str, str | None]]]:
    return {
        p.name: [(e.type.value, str(e.date) if e.date else None) for e in p.events]
        for p in ex.persons
        if p.role is Role.DETAINEE
    }


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(extractor: EnglishV1, case: Case) -> None:
    _check(extractor, case)


@pytest.mark.parametrize("case", CASES_V2, ids=[c.id for c in CASES_V2])
def test_case_v2(v2: EnglishV2, case: Case) -> None:
    _check(v2, case)


@pytest.mark.parametrize("case", CASES_LEARNED, ids=[c.id for c in CASES_LEARNED])
def test_case_learned(v2: EnglishV2, case: Case) -> None:
    _check(v2, case)


def _check(extractor: EnglishV1, case: Case) -> None:
    ex = extractor(case.text, published=case.published)
    found = _detainees(ex)
    expected = case.events
    if case.events_v2 is not None and isinstance(extractor, EnglishV2):
        expected = case.events_v2
    for name, events in expected.items():
        assert name in found, f"{name} not a detainee in {sorted(found)}"
        for event in events:
            assert event in found[name], f"{event} not among {found[name]}"
    for name in case.not_detainees:
        assert name not in found
    for name, kinds in case.absent.items():
        assert not [e for e in found.get(name, []) if e[0] in kinds], f"{name}: {found[name]}"
    figures = [(f.value, f.qualifier.value, f.category) for f in ex.figures]
    for figure in case.figures:
        assert figure in figures
    if case.exact_figures:
        assert sorted(figures) == sorted(case.figures)
    genders = {p.name: p.gender for p in ex.persons}
    for name, gender in case.genders.items():
        assert genders.get(name) == gender, f"{name}: {genders.get(name)} in {genders}"
    for name in case.not_persons:
        assert name not in genders
    names = [f.name for f in ex.facilities]
    for facility in case.facilities:
        assert facility in names
    for item in [*ex.figures, *ex.persons, *ex.facilities, *ex.quotes]:
        assert 0 <= item.span.start < item.span.end <= len(case.text)
        assert item.reason
    organisations = {o.name: o.reason for o in ex.organizations}
    for name in case.organisations:
        assert organisations.get(name, "").startswith("classifier: organisation "), organisations
    for name in case.not_organisations:
        assert name not in organisations, organisations
    if isinstance(extractor, EnglishV2):  # v2 says what decided each event
        for event in [*ex.group_events, *(e for p in ex.persons for e in p.events)]:
            assert event.reason.startswith(("rule: ", "classifier: ")), event.reason


def test_a_count_is_dated_by_no_date_another_count_stands_before(v2: EnglishV2) -> None:
    ex = v2("More than 20 journalists remain behind bars in Belarus, up from 14 a year ago.",
            published=dt.date(2024, 3, 8))  # fmt: skip
    as_of = {f.value: str(f.as_of) for f in ex.figures}
    assert as_of == {20: "2024-03-08", 14: "2023"}


def test_seed_comes_out_complete(extractor: EnglishV1) -> None:
    source = read_source(SEED)
    ex = extractor(source.text, published=source.published)
    figures = {(f.value, f.qualifier.value, f.category): f for f in ex.figures}
    pardoned = figures[(30, "exact", "pardoned")]
    assert pardoned.breakdown == {"women": 14, "men": 16}
    assert str(pardoned.as_of) == "2024-08-16"
    assert (1400, "more_than", "political_prisoners_held") in figures
    persons = {p.name: p for p in ex.persons}
    husband = persons["Syarhey Tsikhanouski"]
    assert husband.role is Role.DETAINEE
    incommunicado = [e for e in husband.events if e.type.value == "incommunicado"]
    assert [str(e.date) for e in incommunicado] == ["2023-03-08"]
    assert persons["Svyatlana Tsikhanouskaya"].role is Role.ADVOCATE
    assert len(persons["Svyatlana Tsikhanouskaya"].mentions) >= 4  # surname and pronouns
    assert persons["Alyaksandr Lukashenka"].role is Role.OFFICIAL
    assert "colony No. 1 in Novopolotsk" in [f.name for f in ex.facilities]
    assert {"Vyasna", "Prosecutor-General's Office"} <= {o.name for o in ex.organizations}
    telegram = [q for q in ex.quotes if q.channel == "Telegram"]
    assert telegram
    assert telegram[0].speaker == "Svyatlana Tsikhanouskaya"
    gold = ex.to_gold(source.text)
    assert [d["name"] for d in gold["detainees"]] == ["Syarhey Tsikhanouski"]


def test_football_report_extracts_nothing_and_says_so(extractor: EnglishV1) -> None:
    ex = extractor(
        "Arsenal beat Chelsea 3-1 on Saturday. Bukayo Saka scored twice and more than "
        "60,000 fans watched the game at the Emirates Stadium.",
        published=None,
    )
    assert not ex.figures
    assert not ex.group_events
    assert not ex.facilities
    assert all(p.role is not Role.DETAINEE and not p.events for p in ex.persons)
    assert any("nothing about detentions" in note for note in ex.notes)
