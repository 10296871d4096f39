"""Dates at their precision: the rule of ``docs/counting.md`` for partial dates, held.

Counting on a day takes a period from its first day; a number of days from a partial
start is a lower bound, counted from the last day the start allows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vigil.model import Event, EventDetail, EventType, PartialDate
from vigil.status import count_at, days_held, days_incommunicado, fold
from vigil.status.spans import DayCount, held_days, incommunicado_days, opening_date, spell_start

RECORDED = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def D(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def history(*rows: tuple[EventType, str]) -> list[Event]:
    return [
        Event(1, kind, PartialDate.parse(date), RECORDED, detail=EventDetail(), id=i)
        for i, (kind, date) in enumerate(rows, start=1)
    ]


REC = EventType.RECOGNIZED_POLITICAL_PRISONER


def test_a_person_detained_in_a_month_counts_on_every_day_of_it() -> None:
    events = history((EventType.DETAINED, "2020-05"), (REC, "2020-05"))
    f = fold(events)
    assert count_at([f], D("2020-04-30")) == 0
    assert count_at([f], D("2020-05-01")) == 1
    assert count_at([f], D("2020-05-10")) == 1  # the rule's example


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2020-05-10", DayCount(0, at_least=True)),  # inside the month: nothing certain
        ("2020-05-31", DayCount(0, at_least=True)),
        ("2020-06-01", DayCount(1, at_least=True)),  # from 31 May, the last day allowed
        ("2020-07-01", DayCount(31, at_least=True)),
    ],
)
def test_days_from_a_month_are_a_lower_bound_from_its_last_day(
    as_of: str, expected: DayCount
) -> None:
    events = history((EventType.DETAINED, "2020-05"), (REC, "2020-05"))
    f = fold(events)
    assert held_days(f, events, D(as_of)) == expected
    assert str(held_days(f, events, D("2020-07-01"))) == "at least 31"


def test_detained_in_2020_is_not_held_since_1_january() -> None:
    """The issue's case: 2,529 days from 1 January was invented precision."""
    events = history((EventType.DETAINED, "2020"), (REC, "2020"))
    f = fold(events)
    as_of = D("2026-12-04")
    assert days_held(f, as_of) == (as_of - D("2020-01-01")).days  # the day count of the fold
    assert held_days(f, events, as_of) == DayCount((as_of - D("2020-12-31")).days, True)
    assert spell_start(f, events) == PartialDate(2020)
    assert str(spell_start(f, events)) == "2020"


def test_exact_dates_give_exact_days_as_before() -> None:
    """The founding report: incommunicado since 2023-03-08 is 527 days on 2024-08-16."""
    events = history(
        (EventType.DETAINED, "2020-05-29"),
        (REC, "2020-06-01"),
        (EventType.SENTENCED, "2021-12-14"),
        (EventType.INCOMMUNICADO, "2023-03-08"),
    )
    f = fold(events)
    day = D("2024-08-16")
    assert incommunicado_days(f, events, day) == DayCount(527)
    assert held_days(f, events, day) == DayCount(days_held(f, day))
    assert incommunicado_days(f, events, day).days == days_incommunicado(f, day)
    assert str(incommunicado_days(f, events, day)) == "527"
    # A sentence within the spell does not restart it.
    assert spell_start(f, events) == PartialDate(2020, 5, 29)


def test_a_release_known_to_a_month_ends_the_spell_on_its_first_day() -> None:
    events = history((EventType.DETAINED, "2020-05-10"), (EventType.RELEASED, "2021-03"))
    f = fold(events)
    assert held_days(f, events, D("2024-01-01")) == DayCount(
        (D("2021-03-01") - D("2020-05-10")).days, at_least=True
    )
    # Before the release the end does not matter yet: exact.
    assert held_days(f, events, D("2021-01-01")) == DayCount(
        (D("2021-01-01") - D("2020-05-10")).days
    )
    assert spell_start(f, events) == PartialDate(2021, 3)  # released since March 2021


def test_an_estimated_day_is_still_a_day() -> None:
    events = history((EventType.DETAINED, "~2020-05-10"))
    f = fold(events)
    assert held_days(f, events, D("2020-05-20")) == DayCount(10)
    assert str(spell_start(f, events)) == "~2020-05-10"


def test_the_finest_opening_date_of_a_day_is_the_spells_start() -> None:
    """Detained on 2020-01-01 and detained "in 2020" share a first day; the fold opens
    custody with the finer one (the other is a conflict), and so does the start."""
    events = history((EventType.DETAINED, "2020"), (EventType.DETAINED, "2020-01-01"))
    f = fold(events)
    assert spell_start(f, events) == PartialDate(2020, 1, 1)
    assert held_days(f, events, D("2020-01-11")) == DayCount(10)
    assert opening_date(events, D("2021-01-01")) == PartialDate(2021, 1, 1)  # no event


def test_incommunicado_from_a_year_is_a_lower_bound() -> None:
    events = history(
        (EventType.DETAINED, "2019-03-02"),
        (EventType.INCOMMUNICADO, "2023"),
        (EventType.CONTACT_RESTORED, "2024-02-01"),
    )
    f = fold(events)
    assert incommunicado_days(f, events, D("2025-01-01")) == DayCount(32, at_least=True)
    assert held_days(f, events, D("2025-01-01")) == DayCount(
        (D("2025-01-01") - D("2019-03-02")).days
    )
