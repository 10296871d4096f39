"""The golden date cases of tests/cases/extract_en_dates.py, through en.v2."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.cases.extract_en import Case
from tests.cases.extract_en_dates import CASES_DATES
from tests.extract.test_extract_cases import _check

from vigil.extract.en.v2 import EnglishV2


@pytest.fixture(scope="module")
def v2() -> EnglishV2:
    return EnglishV2()


@pytest.mark.parametrize("case", CASES_DATES, ids=[c.id for c in CASES_DATES])
def test_date_case(v2: EnglishV2, case: Case) -> None:
    _check(v2, case)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Anton Malik has been in pre-trial detention for more than two years. He has been "
            "imprisoned since May 2021.",
            "Anton Malik",
            [("detained", "2021-05")],
        ),
        (
            "The opposition leader Anton Malik has been detained for 30 days after returning to "
            "Moscow. A court hearing was held in a police station where he has been held since his "
            "arrest at a Moscow airport on Sunday.",
            "Anton Malik",
            [("detained", "2024-03-03")],
        ),
        (
            "A court in Moscow on Tuesday extended the pretrial detention of Oleg Dunin, the US "
            "journalist arrested in Russia on January 29 and accused of espionage, by three "
            "months.",
            "Oleg Dunin",
            [("detained", "2024-01-29")],
        ),
    ],
)
def test_one_detention_dated_by_the_date_named(
    v2: EnglishV2, text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    """A start counted back from a duration, or the day a detention was extended, gives way to
    the date a mention names; the two are one detention, not two."""
    ex = v2(text, published=dt.date(2024, 3, 8))
    found = [(e.type.value, str(e.date) if e.date else None)
             for p in ex.persons if p.name == name for e in p.events]  # fmt: skip
    assert found == expected
