"""The golden cases of tests/cases/ru_extract.py through ``vigil.extract.ru.v1`` and
``ru.v2`` (which also reads V2_CASES), and a Russian article end to end."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.cases.ru_extract import CASES, V2_CASES, Case, mismatches

from vigil.extract import Role, extract
from vigil.extract.registry import extractor_for, extractor_named
from vigil.extract.ru_v1 import NAME, RussianV1
from vigil.extract.ru_v2 import RussianV2
from vigil.model import Regime


@pytest.fixture(scope="module")
def extractor() -> RussianV1:
    return RussianV1()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(extractor: RussianV1, case: Case) -> None:
    ex = extractor(case.text, published=case.published)
    assert mismatches(case, ex) == []
    for item in [*ex.figures, *ex.persons, *ex.facilities, *ex.quotes]:
        assert 0 <= item.span.start < item.span.end <= len(case.text)
        assert item.reason


@pytest.fixture(scope="module")
def v2() -> RussianV2:
    return RussianV2()


@pytest.mark.parametrize("case", CASES + V2_CASES, ids=[c.id for c in CASES + V2_CASES])
def test_case_v2(v2: RussianV2, case: Case) -> None:
    ex = v2(case.text, published=case.published)
    assert ex.extractor == "vigil.extract.ru.v2"
    assert mismatches(case, ex) == []


def test_v1_keeps_what_it_gave() -> None:
    """v1 stays selectable and does not read the parse: a list in the sentence after a
    group's event stays unlinked there (its stored claims stay explainable)."""
    case = next(c for c in V2_CASES if c.id == "v2 group to member after Среди них")
    ex = extractor_named("vigil.extract.ru.v1")(case.text, published=case.published)
    assert ex.extractor == "vigil.extract.ru.v1"
    assert mismatches(case, ex) != []


def test_v1_reads_days_of_arrest_as_detention() -> None:
    """v1 keeps its reading of days of arrest (detained); v2 reads a sentence."""
    text = "Активистке Ольге Тарасовой дали 15 суток ареста."
    for name, kind in (("vigil.extract.ru.v1", "detained"), ("vigil.extract.ru.v2", "sentenced")):
        ex = extractor_named(name)(text, published=dt.date(2024, 8, 16))
        (person,) = [p for p in ex.persons if p.name == "Ольга Тарасова"]
        assert [e.type.value for e in person.events] == [kind]


ARTICLE = """Суд приговорил политзаключенного Николая Статкевича к 14 годам колонии

Суд Гомельской области приговорил 66-летнего политика Николая Статкевича к 14 годам \
лишения свободы в колонии особого режима. Об этом сообщает правозащитный центр «Вясна».

Статкевича задержали 31 мая 2020 года в Минске. Его обвинили по ч. 1 ст. 342 УК.

Вместе с ним осуждены еще четыре человека: блогер Игорь Лосик получил 15 лет, Артем \
Сакевич — 6 лет, Владимир Цыганович — 15 лет.

Жена политика Марина Адамович заявила, что приговор будет обжалован. «Это месть за его \
позицию и за его слова», — сказала она.

По данным «Вясны», сейчас в Беларуси 1452 политзаключенных."""


def test_article_end_to_end(extractor: RussianV1) -> None:
    ex = extractor(ARTICLE, published=dt.date(2023, 3, 6))
    assert ex.extractor == NAME == "vigil.extract.ru.v1"
    assert ex.language == "ru"
    persons = {p.name: p for p in ex.persons}
    statkevich = persons["Николай Статкевич"]
    assert statkevich.role is Role.DETAINEE
    kinds = {e.type.value: e for e in statkevich.events}
    assert str(kinds["detained"].date) == "2020-05-31"
    assert kinds["sentenced"].term_months == 168
    assert kinds["sentenced"].regime is Regime.SPECIAL
    assert kinds["charged"].articles == ("342.1",)
    assert len(statkevich.mentions) >= 3  # the full name, the surname alone, "Его"
    for name, months in (("Игорь Лосик", 180), ("Артем Сакевич", 72), ("Владимир Цыганович", 180)):
        assert [e.term_months for e in persons[name].events] == [months]
    assert persons["Марина Адамович"].role is not Role.DETAINEE
    assert (1452, "political_prisoners_held") in [(f.value, f.category) for f in ex.figures]
    assert {"«Вясна»"} <= {o.name for o in ex.organizations}
    quote = ex.quotes[0]
    assert quote.span.of(ARTICLE).startswith("«Это месть")
    gold = ex.to_gold(ARTICLE)
    assert {d["name"] for d in gold["detainees"]} == {
        "Николай Статкевич", "Игорь Лосик", "Артем Сакевич", "Владимир Цыганович"}  # fmt: skip


def test_registry_and_front_door() -> None:
    assert type(extractor_for("ru")).__name__ == "RussianV2"
    assert type(extractor_for("RU")).__name__ == "RussianV2"
    ex = extract("Ивана Иванова задержали вчера в Минске.", published=dt.date(2024, 8, 16),
                 language="ru")  # fmt: skip
    assert ex.extractor == "vigil.extract.ru.v2"
    old = extract("Ивана Иванова задержали вчера в Минске.", published=dt.date(2024, 8, 16),
                  language="ru", extractor="vigil.extract.ru.v1")  # fmt: skip
    assert old.extractor == "vigil.extract.ru.v1"
    assert [(p.name, [str(e.date) for e in p.events]) for p in ex.persons] == [
        ("Иван Иванов", ["2024-08-15"])]  # fmt: skip


def test_text_about_something_else_proposes_nothing(extractor: RussianV1) -> None:
    ex = extractor("В субботу в Минске прошел концерт. Выступили Иван Петров и Анна Сидорова, "
                   "на концерт пришли более 3000 зрителей.", published=None)  # fmt: skip
    assert ex.empty
    assert not ex.figures
    assert not ex.group_events
    assert any("nothing about detentions" in note for note in ex.notes)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "Мосгорсуд оставил в силе приговор Илье Яшину.", "Илья Яшин"),
        ("be", "Суд пакінуў у сіле прысуд Алесю Бяляцкаму.", "Алесь Бяляцкі"),
    ],
)
def test_an_upheld_sentence_is_an_appeal_rejected_in_v2_and_nothing_in_v1(
    language: str, text: str, name: str
) -> None:
    """v1 keeps what it gave (no new sentence); v2 proposes the appeal rejected."""
    day = dt.date(2024, 8, 16)
    v1 = extractor_named(f"vigil.extract.{language}.v1")(text, published=day)
    assert all(p.name != name or not p.events for p in v1.persons)
    v2 = extractor_named(f"vigil.extract.{language}.v2")(text, published=day)
    [held] = [p for p in v2.persons if p.name == name]
    assert [e.type.value for e in held.events] == ["appeal_rejected"]
