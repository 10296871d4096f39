"""Belarusian numbers (our own table: no library reads them), dates and names."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from vigil.extract.slavic.dates import find_dates
from vigil.extract.slavic.names import name_form
from vigil.extract.slavic.numerals import parse_number
from vigil.extract.slavic.places import find_facilities
from vigil.extract.slavic.terms import articles_of, regime_of, term_of
from vigil.model import Regime


@pytest.mark.parametrize(
    ("text", "value"),
    [("трыццаць", 30), ("сорак", 40), ("сорак два", 42), ("пяцьдзясят", 50), ("сто", 100),
     ("дзвесце", 200), ("трыста", 300), ("тысяча", 1000), ("тысяча чатырыста", 1400),
     ("дзве тысячы", 2000), ("трыццаці", 30), ("пяцідзесяці", 50), ("дваццаць сем", 27),
     ("пяцёра", 5), ("двое", 2), ("трох", 3), ("паўтара", Fraction(3, 2)),
     ("тры з паловай", Fraction(7, 2)), ("1 400", 1400), ("шмат", None),
     ("двух дзясяткаў", 20), ("тры дзясяткі", 30), ("дзясяткі", None), ("трёх десятков", 30)],
)  # fmt: skip
def test_numbers(text: str, value: Fraction | int | None) -> None:
    assert parse_number(text) == value


PUBLISHED = dt.date(2024, 8, 16)  # a Friday


@pytest.mark.parametrize(
    ("text", "date"),
    [("28 красавіка 2022 года", "2022-04-28"), ("29 траўня", "2024-05-29"),
     ("5 жніўня 2020 года", "2020-08-05"), ("ў снежні 2021 года", "2021-12"),
     ("у лістападзе", "2023-11"), ("у 2020 годзе", "2020"), ("у чацвер", "2024-08-15"),
     ("у пятніцу", "2024-08-16"), ("учора", "2024-08-15"), ("сёння", "2024-08-16"),
     ("тры гады таму", "2021"), ("два месяцы таму", "2024-06"), ("на мінулым тыдні", "2024-08"),
     ("у мінулым годзе", "2023"), ("летась", "2023")],
)  # fmt: skip
def test_dates_resolve_against_publication(text: str, date: str) -> None:
    found = find_dates(text, PUBLISHED, "be")
    assert [str(d.date) for d in found] == [date]


@pytest.mark.parametrize(
    ("words", "name", "gender"),
    [("Марыі Калеснікавай", "Марыя Калеснікава", "female"),
     ("Марыю Калеснікаву", "Марыя Калеснікава", "female"),
     ("Святланы Ціханоўскай", "Святлана Ціханоўская", "female"),
     ("Сяргея Ціханоўскага", "Сяргей Ціханоўскі", "male"),
     ("Ціханоўскага", "Ціханоўскі", "male"),
     ("Ігара Лосіка", "Ігар Лосік", "male"),
     ("Ігару Лосіку", "Ігар Лосік", "male"),
     ("Мікалая Статкевіча", "Мікалай Статкевіч", "male"),
     ("Віктара Бабарыкі", "Віктар Бабарыка", "male"),
     ("Віктара Бабарыку", "Віктар Бабарыка", "male"),
     ("Алесю Бяляцкаму", "Алесь Бяляцкі", "male"),
     ("Андрэя Кузнечыка", "Андрэй Кузнечык", "male"),
     ("Дзмітрыя Казлова", "Дзмітрый Казлоў", "male"),
     ("Мікалая Дзядка", "Мікалай Дзядок", "male"),
     ("Дар’я Афанасьева", "Дар’я Афанасьева", "female"),
     ("Аніта Бакуновіч", "Аніта Бакуновіч", None),
     ("Кірылу Маслава", "Кірыла Маслаў", "male"),  # a male name in -а: "Кірылу" is accusative
     ("Міколу Статкевіча", "Мікола Статкевіч", "male")],
)  # fmt: skip
def test_names_come_to_the_nominative_keeping_gender(
    words: str, name: str, gender: str | None
) -> None:
    assert name_form(words.split(), "be") == (name, gender)


def test_the_word_before_tells_genitive_from_feminine() -> None:
    assert name_form(["Алеся", "Пушкіна"], "be") == ("Алеся Пушкіна", "female")
    assert name_form(["Алеся", "Пушкіна"], "be", "male") == ("Алесь Пушкін", "male")


def test_names_link_across_scripts() -> None:
    """What be.v1 gives is what the cross-script matcher links to registry persons."""
    from vigil.names import match

    assert match(name_form(["Ігара", "Лосіка"], "be")[0], "Игорь Лосик").same
    assert match(name_form(["Марыі", "Калеснікавай"], "be")[0], "Maria Kalesnikava").same
    assert not match(name_form(["Сяргея", "Ціханоўскага"], "be")[0], "Святлана Ціханоўская").same


def test_terms_articles_facilities() -> None:
    assert term_of("да 8 гадоў калоніі ўзмоцненага рэжыму") == (96, "8 гадоў")
    assert regime_of("да 8 гадоў калоніі ўзмоцненага рэжыму") is Regime.ENHANCED
    assert term_of("паўтара года хіміі")[0] == 18
    assert regime_of("паўтара года хіміі") is Regime.RESTRICTED_FREEDOM
    assert articles_of("па ч. 3 арт. 361-1 КК") == ("361-1.3",)
    assert articles_of("паводле арт. 228 і 243 КК") == ("228", "243")
    text = "Яго этапавалі ў калонію № 17 у Шклове, потым у СІЗА-1 і ПК-15."
    assert [f.name for f in find_facilities(text)] == ["калонію № 17 у Шклове", "СІЗА-1", "ПК-15"]
