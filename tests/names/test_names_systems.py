"""Every romanization system of a name must read back as the same person."""

from __future__ import annotations

import pytest

from vigil.names import SYSTEMS, match, romanize

# Belarusian and Russian Cyrillic forms of one person each (general knowledge).
PEOPLE = [
    ("Святлана Ціханоўская", "Светлана Тихановская"),
    ("Алесь Бяляцкі", "Алесь Беляцкий"),
    ("Мікалай Статкевіч", "Николай Статкевич"),
    ("Марыя Калеснікава", "Мария Колесникова"),
    ("Зміцер Дашкевіч", "Дмитрий Дашкевич"),
    ("Аляксей Шчарбакоў", "Алексей Щербаков"),
    ("Ігар Лосік", "Игорь Лосик"),
    ("Кацярына Андрэева", "Екатерина Андреева"),
    ("Уладзімір Лабковіч", "Владимир Лабкович"),
    ("Вольга Зялёная", "Ольга Зелёная"),
]


@pytest.mark.parametrize(("be", "ru"), PEOPLE)
def test_every_system_matches_both_cyrillic_forms(be: str, ru: str) -> None:
    written = [be, ru] + [romanize(be, s) for s in SYSTEMS] + [romanize(ru, s) for s in SYSTEMS]
    for form in written:
        for cyrillic in (be, ru):
            result = match(form, cyrillic)
            assert result.same, f"{form!r} ~ {cyrillic!r}: {result.reason}"


def test_people_do_not_match_each_other() -> None:
    forms = [romanize(be, "press") for be, _ in PEOPLE]
    for i, a in enumerate(forms):
        for b in forms[i + 1 :]:
            assert not match(a, b).same, (a, b)
