"""The sort key of a name: its search form with the surname first."""

from __future__ import annotations

import pytest

from vigil.names import sort_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ales Bialiatski", "bialiatski ales"),
        ("Maria Kalesnikava", "kalesnikava maria"),
        ("Алесь Бяляцкі", "бяляцкі алесь"),
        ("Bialiatski", "bialiatski"),
        ("  Ales  Bialiatski ", "bialiatski ales"),
        # Surname Given Patronymic: already surname first.
        ("Колесникова Мария Александровна", "колесникова мария александровна"),
        ("Бяляцкі Алесь Віктаравіч", "бяляцкі алесь віктаравіч"),
        ("Kalesnikava Maryia Aliaksandrauna", "kalesnikava maryia aliaksandrauna"),
        ("Ihar Losik", "losik ihar"),
        # Given Patronymic Surname: the surname is last, even one like a patronymic.
        ("Мария Александровна Колесникова", "колесникова мария александровна"),
        ("Ivan Ivanovich Adamovich", "adamovich ivan ivanovich"),
        # Two words: the last is the surname, whatever its ending.
        ("Siarhei Adamovich", "adamovich siarhei"),
        ("Mikola Statkevich", "statkevich mikola"),
    ],
)
def test_the_surname_comes_first(name: str, key: str) -> None:
    assert sort_key(name) == key
