"""The golden cases of tests/cases/be_extract.py through ``vigil.extract.be.v1`` and
``be.v2`` (which also reads V2_CASES), and a Belarusian list of new political prisoners
end to end."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.cases.be_extract import CASES, V2_CASES
from tests.cases.ru_extract import Case, mismatches

from vigil.extract import Role
from vigil.extract.be_v1 import NAME, BelarusianV1
from vigil.extract.be_v2 import BelarusianV2
from vigil.extract.registry import extractor_for, extractor_named


@pytest.fixture(scope="module")
def extractor() -> BelarusianV1:
    return BelarusianV1()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(extractor: BelarusianV1, case: Case) -> None:
    ex = extractor(case.text, published=case.published)
    assert mismatches(case, ex) == []
    for item in [*ex.figures, *ex.persons, *ex.facilities, *ex.quotes]:
        assert 0 <= item.span.start < item.span.end <= len(case.text)
        assert item.reason


@pytest.fixture(scope="module")
def v2() -> BelarusianV2:
    return BelarusianV2()


@pytest.mark.parametrize("case", CASES + V2_CASES, ids=[c.id for c in CASES + V2_CASES])
def test_case_v2(v2: BelarusianV2, case: Case) -> None:
    ex = v2(case.text, published=case.published)
    assert ex.extractor == "vigil.extract.be.v2"
    assert mismatches(case, ex) == []


LIST = """Праваабаронцы сёння, 12 мая, прызналі палітвязнямі яшчэ 5 чалавек.

Новымі палітычнымі вязнямі прызнаныя: Сяргей Лапуць, Дар’я Лосік, Кірыл Мурашка, \
Аляксандра Шчур, Антон Сырапін.

Цяпер у Беларусі 1405 чалавек прызнаныя палітвязнямі."""


def test_list_of_new_political_prisoners(extractor: BelarusianV1) -> None:
    ex = extractor(LIST, published=dt.date(2023, 5, 12))
    assert ex.extractor == NAME == "vigil.extract.be.v1"
    detainees = {p.name: p for p in ex.persons if p.role is Role.DETAINEE}
    assert set(detainees) == {"Сяргей Лапуць", "Дар’я Лосік", "Кірыл Мурашка",
                              "Аляксандра Шчур", "Антон Сырапін"}  # fmt: skip
    for p in detainees.values():
        assert [(e.type.value, str(e.date)) for e in p.events] == [
            ("recognized_political_prisoner", "2023-05-12")]  # fmt: skip
    assert detainees["Дар’я Лосік"].gender == "female"
    figures = {(f.value, f.category) for f in ex.figures}
    assert figures == {(5, "other"), (1405, "political_prisoners_held")}


def test_registry() -> None:
    assert type(extractor_for("be")).__name__ == "BelarusianV2"


def test_an_upheld_sentence_is_an_appeal_rejected_in_v2_and_nothing_in_v1() -> None:
    """v1 keeps what it gave (no new sentence); v2 proposes the appeal rejected."""
    text = "Суд пакінуў у сіле прысуд Алесю Бяляцкаму."
    v1 = extractor_named("vigil.extract.be.v1")(text, published=dt.date(2024, 8, 16))
    assert all(p.name != "Алесь Бяляцкі" or not p.events for p in v1.persons)
    v2 = extractor_named("vigil.extract.be.v2")(text, published=dt.date(2024, 8, 16))
    [held] = [p for p in v2.persons if p.name == "Алесь Бяляцкі"]
    assert [e.type.value for e in held.events] == ["appeal_rejected"]
