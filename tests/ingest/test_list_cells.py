"""Cells as lists write them, read into typed values: golden tables."""

from __future__ import annotations

import datetime as dt

import pytest

from vigil.errors import InvalidInput
from vigil.ingest.lists.cells import (
    Reason,
    State,
    parse_articles,
    parse_facility,
    parse_name,
    parse_outcome,
    parse_sentence,
)
from vigil.ingest.lists.columns import Column, guess
from vigil.ingest.lists.dates import parse_date
from vigil.model import FacilityKind, Gender, PartialDate, Regime

DATES = [
    ("12.03.2021", "2021-03-12"),
    ("2021-03-12", "2021-03-12"),
    (dt.date(2021, 3, 12), "2021-03-12"),
    ("14-Mar-2021", "2021-03-14"),
    ("3 May 2023", "2023-05-03"),
    ("March 2021", "2021-03"),
    ("март 2021", "2021-03"),
    ("марта 2021 г.", "2021-03"),
    ("сакавік 2021", "2021-03"),
    ("12 сакавіка 2021 г.", "2021-03-12"),
    ("03.2021", "2021-03"),
    ("2021", "2021"),
    ("~2020", "~2020"),
    ("около 2020", "~2020"),
    ("1985 г.р.", "1985"),
    ("1985 г. р.", "1985"),
]


@pytest.mark.parametrize(("cell", "want"), DATES)
def test_dates(cell: str | dt.date, want: str) -> None:
    assert parse_date(cell) == PartialDate.parse(want)


@pytest.mark.parametrize("cell", ["32.01.2021", "soon", "2021-13"])
def test_unreadable_dates_are_named(cell: str) -> None:
    with pytest.raises(InvalidInput, match="is not a date"):
        parse_date(cell)


ARTICLES = [
    ("ч. 1 ст. 342 УК", ["342.1"]),
    ("342 ч.1, 130 ч.3", ["342.1", "130.3"]),
    ("ст. 361-1 ч. 1, ст. 369", ["361-1.1", "369"]),
    ("ч.2 ст.130 УК РБ", ["130.2"]),
    ("342.1; 361-4", ["342.1", "361-4"]),
    ("Penal Code 505-A", ["505A"]),
    ("505(a) & CTL 50(j)", ["505(a)", "CTL 50(j)"]),
    ("Unlawful Associations Act 17(1); 505A", ["UAA 17(1)", "505A"]),
    ("Telecommunications Law 66(d)", ["TL 66(d)"]),
]


@pytest.mark.parametrize(("cell", "want"), ARTICLES)
def test_articles(cell: str, want: list[str]) -> None:
    assert [a.vigil() for a in parse_articles(cell)] == want


def test_russian_code_and_clause() -> None:
    (article,) = parse_articles("п. «д» ч. 2 ст. 105 УК РФ")
    assert (article.code, article.article, article.part, article.clause) == (
        "RU-CC", "105", 2, "д",
    )  # fmt: skip


TERMS = [
    ("3 г. 6 мес.", 42, None),
    ("1 год 6 месяцев", 18, None),
    ("5 гадоў", 60, None),
    ("2,5 года", 30, None),
    ("5 лет колонии усиленного режима", 60, Regime.ENHANCED),
    ("4 г. ИК общего режима", 48, Regime.GENERAL),
    ("2 года тюремного режима", 24, Regime.PRISON),
    ("3 гады калоніі строгага рэжыму", 36, Regime.STRICT),
    ("3 years and 6 months", 42, None),
    ("2 года ограничения свободы", 24, Regime.RESTRICTED_FREEDOM),
]


@pytest.mark.parametrize(("cell", "months", "regime"), TERMS)
def test_terms(cell: str, months: int, regime: Regime | None) -> None:
    sentence = parse_sentence(cell)
    assert sentence is not None
    assert (sentence.term_months, sentence.regime) == (months, regime)


def test_life_death_hard_labour_and_blank() -> None:
    life, death = parse_sentence("Life imprisonment"), parse_sentence("смертная казнь")
    assert life is not None
    assert life.life
    assert life.term_months is None
    assert death is not None
    assert death.death
    labour = parse_sentence("7 years with hard labour")
    assert labour is not None
    assert labour.hard_labour
    assert labour.term_months == 84
    assert parse_sentence("-") is None
    assert parse_sentence("5") == parse_sentence("5 лет")
    for cell in ("строго", "СИЗО-3 Гомель"):
        with pytest.raises(InvalidInput, match="gives no term"):
            parse_sentence(cell)


NAMES = [
    ("Бабич Михаил Александрович", ("Бабич", "Михаил", "Александрович"), Gender.MALE),
    ("БОРИСЕВИЧ Антон Анатольевич", ("Борисевич", "Антон", "Анатольевич"), Gender.MALE),
    ("Марина Олеговна Гриневич", ("Гриневич", "Марина", "Олеговна"), Gender.FEMALE),
    ("Лукашэвіч Марына Анатольеўна", ("Лукашэвіч", "Марына", "Анатольеўна"), Gender.FEMALE),
    ("Ціханоўскі Сяргей Леанідавіч", ("Ціханоўскі", "Сяргей", "Леанідавіч"), Gender.MALE),
]


@pytest.mark.parametrize(("cell", "parts", "sex"), NAMES)
def test_slavic_names(cell: str, parts: tuple[str, str, str], sex: Gender) -> None:
    name = parse_name(cell)
    assert name is not None
    assert (name.surname, name.given, name.patronymic, name.gender) == (*parts, sex)


def test_names_in_separate_columns_honorifics_and_withheld() -> None:
    split = parse_name("", "Бабич", "Михаил", "Александрович")
    assert split is not None
    assert split.text == "Бабич Михаил Александрович"
    assert split.gender is Gender.MALE
    mg = parse_name("Mg Aung Min Htet")
    assert mg is not None
    assert (mg.honorific, mg.text, mg.gender) == (
        "Maung",
        "Aung Min Htet",
        Gender.MALE,
    )
    saw = parse_name("Saw Moe Nay Zin")
    assert saw is not None
    assert (saw.honorific, saw.text) == (None, "Saw Moe Nay Zin")
    hidden = parse_name("имя не разглашается")
    assert hidden is not None
    assert hidden.withheld
    assert hidden.text == ""


def test_facilities() -> None:
    colony = parse_facility("ИК-1 Новополоцк")
    assert colony is not None
    assert (colony.kind, colony.number, colony.place) == (
        FacilityKind.PENAL_COLONY, "1", "Новополоцк",
    )  # fmt: skip
    prison = parse_facility("Тюрьма №8 Жодино")
    assert prison is not None
    assert (prison.kind, prison.number) == (FacilityKind.PRISON, "8")
    sizo = parse_facility("СИЗО-1 Минск")
    assert sizo is not None
    assert sizo.kind is FacilityKind.PRETRIAL_CENTRE
    obo = parse_facility("Obo Prison, Mandalay")
    assert obo is not None
    assert (obo.kind, obo.place) == (FacilityKind.PRISON, "Obo Mandalay")


def test_outcomes_from_notes_and_status() -> None:
    done = parse_outcome("", "Освобождён 12.05.2023 по отбытии срока")
    assert (done.released, done.reason) == (PartialDate(2023, 5, 12), Reason.SENTENCE_COMPLETED)
    pardon = parse_outcome("", "Памілаваная 19.02.2024")
    assert (pardon.released, pardon.reason) == (PartialDate(2024, 2, 19), Reason.PARDONED)
    amnesty = parse_outcome("Released", "Released on 17-Apr-2023 (amnesty)")
    assert (amnesty.released, amnesty.reason) == (PartialDate(2023, 4, 17), Reason.AMNESTY)
    assert parse_outcome("Sentenced in absentia", "").state is State.IN_ABSENTIA
    assert parse_outcome("", "В СИЗО, суд не назначен").released is None
    assert parse_outcome("Домашний арест", "").state is State.HOUSE_ARREST
    done_be = parse_outcome("", "Вызвалены 12.09.2023 пасля адбыцця тэрміну")
    assert (done_be.released, done_be.reason) == (
        PartialDate(2023, 9, 12), Reason.SENTENCE_COMPLETED,
    )  # fmt: skip
    died = parse_outcome("", "Умер в колонии 03.2022")
    assert (died.state, died.died) == (State.DIED, PartialDate(2022, 3))


HEADERS = [
    ("ФИО", Column.NAME), ("Прозвішча, імя, імя па бацьку", Column.NAME),
    ("Father's Name", Column.FATHER), ("Дата задержания", Column.DETENTION),
    ("Дата затрымання", Column.DETENTION), ("Date of Arrest", Column.DETENTION),
    ("Год рождения", Column.BIRTH), ("Section of Law", Column.ARTICLES),
    ("Артыкул", Column.ARTICLES), ("Прысуд", Column.SENTENCE), ("Место отбывания", Column.FACILITY),
    ("Current Condition", Column.STATUS), ("Примечание", Column.NOTE), ("№", Column.NUMBER),
    ("Отчество", Column.PATRONYMIC), ("Фамилия", Column.SURNAME), ("Имя", Column.GIVEN),
]  # fmt: skip


@pytest.mark.parametrize(("header", "column"), HEADERS)
def test_headers_in_three_languages(header: str, column: Column) -> None:
    assert guess(header) is column
