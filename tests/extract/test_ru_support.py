"""Russian numbers, dates, names, terms, articles and facilities; natasha loads lazily."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from fractions import Fraction

import pytest

from vigil.extract import extract
from vigil.extract.slavic.dates import find_dates
from vigil.extract.slavic.names import name_form
from vigil.extract.slavic.nlp import morph, parse
from vigil.extract.slavic.numerals import parse_number
from vigil.extract.slavic.places import find_facilities
from vigil.extract.slavic.terms import articles_of, regime_of, term_of
from vigil.model import Regime


@pytest.mark.parametrize(
    ("text", "value"),
    [("30", 30), ("1 400", 1400), ("1\u00a0400", 1400), ("1,400", 1400), ("1,4 тыс.", 1400),
     ("35 тысяч", 35000), ("тридцать", 30), ("тридцать два", 32), ("пятерых", 5), ("двое", 2),
     ("трех", 3), ("тысяча четыреста", 1400), ("полторы тысячи", 1500), ("полтора", Fraction(3, 2)),
     ("три с половиной", Fraction(7, 2)), ("3,5", Fraction(7, 2)), ("несколько", None)],
)  # fmt: skip
def test_numbers(text: str, value: Fraction | int | None) -> None:
    assert parse_number(text) == value


PUBLISHED = dt.date(2024, 8, 16)  # a Friday


@pytest.mark.parametrize(
    ("text", "date"),
    [("29 мая 2020 года", "2020-05-29"), ("11 декабря", "2023-12-11"),
     ("25.06.2020", "2020-06-25"), ("в декабре 2021 года", "2021-12"),
     ("с августа 2020 года", "2020-08"), ("в ноябре", "2023-11"), ("в 2020 году", "2020"),
     ("летом 2020 года", "2020"), ("в пятницу", "2024-08-16"),
     ("в четверг", "2024-08-15"), ("вчера", "2024-08-15"), ("позавчера", "2024-08-14"),
     ("сегодня", "2024-08-16"), ("два месяца назад", "2024-06"), ("неделю назад", "2024-08-09"),
     ("в прошлом месяце", "2024-07"), ("в этом году", "2024"), ("несколько лет назад", None)],
)  # fmt: skip
def test_dates_resolve_against_publication(text: str, date: str | None) -> None:
    found = find_dates(text, PUBLISHED, "ru")
    assert len(found) == 1
    assert (str(found[0].date) if found[0].date else None) == date


def test_a_month_without_a_year_needs_publication() -> None:
    assert find_dates("11 декабря", None, "ru")[0].date is None
    assert find_dates("к 15 годам колонии, 45 лет", PUBLISHED, "ru") == []


@pytest.mark.parametrize(
    ("words", "name", "gender"),
    [("Марии Колесниковой", "Мария Колесникова", "female"),
     ("Марию Колесникову", "Мария Колесникова", "female"),
     ("Колесниковой", "Колесникова", "female"),
     ("Тихановского", "Тихановский", "male"),
     ("Сергея Тихановского", "Сергей Тихановский", "male"),
     ("Светланы Тихановской", "Светлана Тихановская", "female"),
     ("Игоря Лосика", "Игорь Лосик", "male"),
     ("Дмитрия Фурманова", "Дмитрий Фурманов", "male"),
     ("Владимира Кара-Мурзу", "Владимир Кара-Мурза", "male"),
     ("Павла Северинца", "Павел Северинец", "male"),
     ("Валерия Зинякина", "Валерия Зинякина", "female"),  # as written: a nominative reading
     ("Виктора Бабарико", "Виктор Бабарико", "male")],
)  # fmt: skip
def test_names_come_to_the_nominative_keeping_gender(words: str, name: str, gender: str) -> None:
    assert name_form(words.split(), "ru") == (name, gender)


def test_the_word_before_tells_the_case() -> None:
    assert name_form(["Валерия", "Цепкало"], "ru", "male") == ("Валерий Цепкало", "male")


def test_morph_vocab_builds_and_normalises_a_span() -> None:
    """pymorphy2 needs pkg_resources (setuptools<81) and natasha's span normalisation."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger

    from vigil.extract.slavic.nlp import tagger

    doc = Doc("Суд приговорил журналиста Игоря Лосика к 15 годам колонии.")
    loaded = tagger()
    doc.segment(loaded.segmenter)
    doc.tag_morph(NewsMorphTagger(NewsEmbedding()))
    doc.tag_ner(loaded.ner)
    span = next(s for s in doc.spans if s.type == "PER")
    span.normalize(morph())
    assert span.normal == "Игорь Лосик"


def test_sentences_join_after_abbreviations() -> None:
    parsed = parse("Его осудили по ч. 1 ст. 342 УК. Он вышел на свободу.")
    assert len(parsed.sentences) == 2


@pytest.mark.parametrize(
    ("text", "months", "regime"),
    [("к 15 годам колонии усиленного режима", 180, Regime.ENHANCED),
     ("к 3,5 года колонии общего режима", 42, Regime.GENERAL),
     ("к трем с половиной годам лишения свободы", 42, None),
     ("к 2 годам и 6 месяцам колонии строгого режима", 30, Regime.STRICT),
     ("к полутора годам ограничения свободы", 18, Regime.RESTRICTED_FREEDOM),
     ("на 10 лет колонии особого режима", 120, Regime.SPECIAL),
     ("в возрасте 25 лет", None, None), ("два года назад", None, None)],
)  # fmt: skip
def test_terms_and_regimes(text: str, months: int | None, regime: Regime | None) -> None:
    assert term_of(text)[0] == months
    if months:
        assert regime_of(text) == regime


@pytest.mark.parametrize(
    ("text", "articles"),
    [("по ч. 1 ст. 342 УК", ("342.1",)), ("частью 2 статьи 130 УК", ("130.2",)),
     ("по статьям 342 и 361-1", ("342", "361-1")), ("ст.ст. 342, 361-1 УК", ("342", "361-1")),
     ("5-й части ст. 20.2 КоАП", ("20.2",)), ("ч.2 ст.130", ("130.2",)), ("в 2020 году", ())],
)  # fmt: skip
def test_articles(text: str, articles: tuple[str, ...]) -> None:
    assert articles_of(text) == articles


def test_facilities() -> None:
    text = ("Его перевели в исправительную колонию № 1 в Новополоцке, затем в ИК-1, потом в "
            "СИЗО-1 на Володарского и в ПКТ. Задержанные в ЦИП на Окрестина и в ОВД «МГУ». "
            "Жодинская тюрьма. Суд приговорил его к 5 годам колонии.")  # fmt: skip
    names = [f.name for f in find_facilities(text)]
    assert names == ["исправительную колонию № 1 в Новополоцке", "ИК-1",
                     "СИЗО-1 на Володарского", "ПКТ", "ЦИП на Окрестина", "ОВД «МГУ»",
                     "Жодинская тюрьма"]  # fmt: skip


def test_importing_the_extractors_loads_no_natasha() -> None:
    code = ("import sys, vigil.extract, vigil.extract.registry, vigil.extract.ru_v1, "
            "vigil.extract.be_v1, vigil.extract.ru_v2, vigil.extract.be_v2, "
            "vigil.extract.slavic.structured, vigil.cli.app; "
            "heavy = ('natasha', 'pymorphy2', 'spacy'); "
            "print(any(m in sys.modules for m in heavy))")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_other_languages_still_say_so() -> None:
    ex = extract("Політв'язні залишаються за ґратами.", language="uk")
    assert ex.empty
    assert "Ukrainian" in ex.notes[0]
    assert "Russian and Belarusian" in ex.notes[0]
