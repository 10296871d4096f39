"""en.v2's figures read through the parse: the golden cases of
tests/cases/extract_en_figures.py, and the figure words as data."""

from __future__ import annotations

import pytest
from tests.cases.extract_en_figures import FIGURE_CASES

from vigil.extract.en.figures import figure_words
from vigil.extract.en.v2 import EnglishV2
from vigil.extract.lexicon import FIGURE_CATEGORIES


@pytest.fixture(scope="module")
def v2() -> EnglishV2:
    return EnglishV2()


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FIGURE_CASES],
                         ids=[c[0] for c in FIGURE_CASES])  # fmt: skip
def test_figure_case(v2: EnglishV2, text: str, expected: list[tuple[int, str, str]]) -> None:
    ex = v2(text)
    found: list[tuple[int, str, str]] = []
    for f in ex.figures:
        found.append((f.value, f.qualifier.value, f.category))
        found.extend((v, "exact", f.category) for v in f.breakdown.values())
        assert f.reason
        assert 0 <= f.span.start < f.span.end <= len(text)
    assert sorted(found) == sorted(expected)


def test_reason_says_what_decided(v2: EnglishV2) -> None:
    (figure,) = v2("The president pardoned 37 people convicted of extremism.").figures
    assert 'the verb "pardoned"' in figure.reason


def test_figure_words_name_known_categories() -> None:
    w = figure_words()
    known = {name for name, _ in FIGURE_CATEGORIES}
    assert set(w.categories) == known
    assert set(w.objects) <= known
    assert "people" in w.people
    assert "years" in w.things
