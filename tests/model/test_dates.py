"""Partial dates and the rules written in ``vigil.model.dates``."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.cases.status_histories import partial_dates

from vigil.errors import InvalidInput
from vigil.model import PartialDate, Precision

D = dt.date.fromisoformat

any_dates = partial_dates(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))


@pytest.mark.parametrize(
    ("text", "parts", "written"),
    [
        ("2021", (2021, None, None, False), "2021"),
        ("2021-03", (2021, 3, None, False), "2021-03"),
        ("2021-03-15", (2021, 3, 15, False), "2021-03-15"),
        ("~2021", (2021, None, None, True), "~2021"),
        ("~2021-03", (2021, 3, None, True), "~2021-03"),
        ("~2021-03-15", (2021, 3, 15, True), "~2021-03-15"),
        ("2021-03?", (2021, 3, None, True), "~2021-03"),
        ("~2021-03-15?", (2021, 3, 15, True), "~2021-03-15"),
        ("  2020-08-09\n", (2020, 8, 9, False), "2020-08-09"),
        ("2024-02-29", (2024, 2, 29, False), "2024-02-29"),
        ("0001", (1, None, None, False), "0001"),
        ("9999-12-31", (9999, 12, 31, False), "9999-12-31"),
    ],
)
def test_parse_and_write(
    text: str, parts: tuple[int, int | None, int | None, bool], written: str
) -> None:
    date = PartialDate.parse(text)
    assert (date.year, date.month, date.day, date.estimate) == parts
    assert str(date) == written
    assert PartialDate.parse(str(date)) == date


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "0000",
        "0000-01-01",
        "2021-02-30",
        "2021-02-29",  # not a leap year
        "1900-02-29",  # nor is 1900
        "2021-13",
        "2021-00",
        "2021-04-31",
        "2021-01-00",
        "2021-1",
        "2021-01-1",
        "21",
        "20210",
        "2021/03/15",
        "15.03.2021",
        "2021-03-15T00:00",
        "~~2021",
        "?2021",
        "2021-03-15 2021-03-16",
    ],
)
def test_parse_refuses(text: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        PartialDate.parse(text)
    assert raised.value.hint, "every refusal says what to write instead"


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(0, None, None), (10000, None, None), (2021, None, 5), (2021, 13, None), (2021, 2, 30)],
)
def test_constructor_refuses(year: int, month: int | None, day: int | None) -> None:
    with pytest.raises(InvalidInput):
        PartialDate(year, month, day)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2021", "2021-01-01", "2021-12-31", Precision.YEAR),
        ("2021-02", "2021-02-01", "2021-02-28", Precision.MONTH),
        ("2024-02", "2024-02-01", "2024-02-29", Precision.MONTH),
        ("2021-04", "2021-04-01", "2021-04-30", Precision.MONTH),
        ("2021-12", "2021-12-01", "2021-12-31", Precision.MONTH),
        ("2021-03-15", "2021-03-15", "2021-03-15", Precision.DAY),
        ("~2021-03-15", "2021-03-15", "2021-03-15", Precision.DAY),
    ],
)
def test_period(text: str, earliest: str, latest: str, precision: Precision) -> None:
    date = PartialDate.parse(text)
    assert date.earliest == D(earliest)
    assert date.latest == D(latest)
    assert date.precision is precision
    assert date.effective == D(earliest)  # rule 2
    assert date.contains(D(earliest))
    assert date.contains(D(latest))
    assert not date.contains(D(earliest) - dt.timedelta(days=1))
    assert not date.contains(D(latest) + dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("a", "b", "before"),
    [
        ("2021-03-14", "2021-03-15", True),
        ("2021-03-15", "2021-03-15", False),
        ("2021-03", "2021-03-15", False),  # overlapping: no certain order (rule 4)
        ("2021-03-15", "2021-03", False),
        ("2021-02", "2021-03-01", True),
        ("2021-02-28", "2021-03", True),
        ("2020", "2021-01-01", True),
        ("2021", "2021-12", False),
        ("2021-12-31", "2022", True),
        ("~2021", "~2022", True),
        ("2022", "2021", False),
    ],
)
def test_definitely_before(a: str, b: str, before: bool) -> None:
    assert PartialDate.parse(a).definitely_before(PartialDate.parse(b)) is before


def test_sort_key_follows_rule_three() -> None:
    written = [
        "2021",
        "~2021-01",
        "2021-01",
        "~2021-01-01",
        "2021-01-01",
        "2020-12-31",
        "~2021",
        "2021-03",
        "2021-02-28",
    ]
    ordered = sorted((PartialDate.parse(t) for t in written), key=PartialDate.sort_key)
    assert [str(d) for d in ordered] == [
        "2020-12-31",
        # 1 January 2021: day before month before year, exact before estimated
        "2021-01-01",
        "~2021-01-01",
        "2021-01",
        "~2021-01",
        "2021",
        "~2021",
        "2021-02-28",
        "2021-03",
    ]


def test_a_day_late_in_a_month_sorts_after_the_month() -> None:
    # the month's first day comes first: ordering is by earliest day before precision
    assert PartialDate.parse("2021-03").sort_key() < PartialDate.parse("2021-03-15").sort_key()


@pytest.mark.parametrize(
    ("text", "day", "days"),
    [
        ("2021-03-01", "2021-03-01", 0),
        ("2021-03-01", "2021-03-31", 30),
        ("2021-03", "2021-03-31", 30),  # rule 6: from the effective day
        ("2021", "2022-01-01", 365),
        ("2024", "2025-01-01", 366),
        ("2021-03-10", "2021-03-01", -9),
    ],
)
def test_days_until(text: str, day: str, days: int) -> None:
    assert PartialDate.parse(text).days_until(D(day)) == days


def test_of_an_exact_day() -> None:
    assert PartialDate.of(dt.date(2020, 8, 9)) == PartialDate(2020, 8, 9)
    assert PartialDate.of(dt.date(2020, 8, 9)).precision is Precision.DAY


def test_estimate_never_changes_a_day() -> None:
    exact, guess = PartialDate.parse("2021-05"), PartialDate.parse("~2021-05")
    assert (exact.earliest, exact.latest) == (guess.earliest, guess.latest)
    assert exact != guess


@settings(max_examples=200, deadline=None)
@given(any_dates)
def test_written_form_round_trips(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date
    text = str(date)
    assert text.startswith("~") is date.estimate


@settings(max_examples=200, deadline=None)
@given(any_dates)
def test_from_parts_round_trips(date: PartialDate) -> None:
    assert PartialDate.from_parts(date.earliest, date.precision, date.estimate) == date


@settings(max_examples=200, deadline=None)
@given(st.dates(), st.sampled_from(Precision), st.booleans())
def test_from_parts_keeps_what_the_precision_keeps(
    day: dt.date, precision: Precision, estimate: bool
) -> None:
    date = PartialDate.from_parts(day, precision, estimate)
    assert date.precision is precision
    assert date.estimate is estimate
    assert date.contains(day)
    assert date.earliest <= day <= date.latest


@settings(max_examples=200, deadline=None)
@given(any_dates, any_dates)
def test_definitely_before_is_a_strict_order_consistent_with_sort_key(
    a: PartialDate, b: PartialDate
) -> None:
    assert a.earliest <= a.latest
    if a.definitely_before(b):
        assert not b.definitely_before(a)
        assert a.sort_key() < b.sort_key()
    if a.sort_key() == b.sort_key():
        assert a == b
