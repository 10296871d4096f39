"""The golden cases of tests/cases/be_extract.py through ``vigil.extract.be.v1`` and
``be.v2`` (which also reads V2_CASES), and a Belarusian list of new political prisoners
end to end."""

from __future__ import annotations

import datetime as dt
import re

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


# Written for this test in Łacinka, the Latin script of Naša Niva's and Svaboda's
# Belarusian editions; the names are invented.
LACINKA = (
    "Hramadstva\n\nSiarhieja Kavalčuka zatrymali 16 červienia 2023 hoda ŭ Puchavičach. "
    "Paśla čaho jaho advieźli ŭ minskaje SIZA. Pravaabaroncy pryznali jaho palitviaźniem. "
    "U vyniku Alaksandra Sadoŭskaha asudzili na 3 hady kałonii ŭzmocnienaha režymu."
)


def test_lacinka(v2: BelarusianV2) -> None:
    from vigil.extract.language import detect_language
    from vigil.extract.slavic.lacinka import respell, to_lacinka

    assert detect_language(LACINKA) == "be"
    assert respell("Biełaruś, Siarhiej Łukašenka, surjozny, Jana").text == (
        "Беларусь, Сяргей Лукашэнка, сур’ёзны, Яна"
    )
    assert to_lacinka("Сяргей Кавальчук") == "Siarhiej Kavalčuk"
    # "ji" after a consonant: the dative of Darja is one person with her nominative
    assert respell("Darji Čulcovaj").text == "Дар’і Чульцовай"
    assert to_lacinka("Дар’і") == "Darji"
    ex = v2(LACINKA, published=dt.date(2024, 8, 16))
    found = {p.name: sorted(e.type.value for e in p.events) for p in ex.persons if p.events}
    assert found == {
        "Siarhiej Kavalčuk": ["detained", "recognized_political_prisoner"],
        "Alaksandr Sadoŭski": ["sentenced"],
    }
    for p in ex.persons:  # spans, quotes and the reasons' quotes are the source's own letters
        assert p.span.of(LACINKA).startswith(p.name[:3])
        for e in p.events:
            assert e.span.of(LACINKA).strip()[0].isupper()
            assert not re.search("[а-яіў]", e.reason, re.IGNORECASE), e.reason
            assert not re.search("[а-яіў]", e.detail or "", re.IGNORECASE), e.detail
    # a short post with a single "ŭ" is Łacinka too, once the text is known to be Belarusian
    post = v2("Sud pryznačyŭ 10 sutak aryštu aktyvistcy Natalli Hrek.", published=None)
    assert [(p.name, [e.type.value for e in p.events]) for p in post.persons] == [
        ("Natalla Hrek", ["sentenced"])
    ]
    dated = [e.reason for p in ex.persons for e in p.events if e.date is not None]
    assert any('"16 červienia 2023 hoda"' in r for r in dated), dated


def test_a_dative_name_in_ou_is_one_person() -> None:
    """ "Журналісту Віктару Сямёнаву" and "Віктар Сямёнаў" are one person: a surname in
    -аў declines on -ав-."""
    text = (
        "Журналісту Віктару Сямёнаву, якога ўначы затрымалі міліцыянты, загадана пакінуць "
        "Менск.\n\nВіктар Сямёнаў распавёў, як з ім абыходзіліся ў РУУС."
    )
    ex = extractor_named("vigil.extract.be.v2")(text, published=dt.date(2024, 8, 16))
    names = [p.name for p in ex.persons if p.role is Role.DETAINEE]
    assert names == ["Віктар Сямёнаў"]
