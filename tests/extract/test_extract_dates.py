"""The golden date cases of tests/cases/extract_en_dates.py, through en.v2."""

from __future__ import annotations

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
