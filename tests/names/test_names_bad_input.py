"""Bad names: empty, one letter, digits, emoji, mixed scripts, 10,000 characters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.names import NameIndex, keys, match

REAL = "Syarhey Tsikhanouski"


@pytest.mark.parametrize("junk", ["", "   ", "a", "S.", "12345", "😀😀", "x" * 10_000, "---"])
def test_junk_never_matches_a_real_name(junk: str) -> None:
    verdict = match(junk, REAL)
    assert not verdict.same
    assert 0.0 <= verdict.score <= 1.0
    assert isinstance(keys(junk), list)


def test_latin_letter_inside_a_cyrillic_name_still_matches() -> None:
    # "Тихановский" with a Latin "a" and a Latin "o": a typo or an evasion
    mixed = "Сергей Тихaнoвский"
    assert match(mixed, REAL).same
    assert match(mixed, "Сергей Тихановский").same


def test_index_survives_junk() -> None:
    index = NameIndex()
    index.add("1", REAL)
    for i, junk in enumerate(["", "😀", "12", "x" * 10_000]):
        index.add(f"j{i}", junk)
    assert [c.id for c in index.search("Сяргей Ціханоўскі", limit=3)][:1] == ["1"]
    assert index.search("") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_match_never_raises(a: str, b: str) -> None:
    verdict = match(a, b)
    assert 0.0 <= verdict.score <= 1.0
    assert verdict.same == match(b, a).same
