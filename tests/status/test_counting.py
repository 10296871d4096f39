"""Counts, series, breakdowns and durations: what every published number means."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.cases.status_histories import REC, WITHDRAWN, ev, histories

from vigil.errors import InvalidInput
from vigil.model import Event, PartialDate
from vigil.status import (
    AGE_BANDS,
    Fold,
    Step,
    age_band,
    breakdown_at,
    count_at,
    days_held,
    days_incommunicado,
    fold,
    series,
    series_points,
    versions,
)

D = dt.date.fromisoformat


def _registry() -> dict[int, Fold]:
    """Four people, written as a reviewer would enter them."""
    return {
        # recognized, held 2020-08-10 .. 2022-08-10, under two articles
        1: fold(
            [
                ev(1, "detained", "2020-08-10", facility=1, articles=("342", "130.3")),
                ev(2, "recognized_political_prisoner", "2020-08-20"),
                ev(3, "released", "2022-08-10"),
            ]
        ),
        # recognized from the day of detention, still held, moved to facility 2
        2: fold(
            [
                ev(1, "detained", "2021-01-05", facility=1, articles=("342",)),
                ev(2, "recognized_political_prisoner", "2021-01-05"),
                ev(3, "sentenced", "2021-06-01", facility=2, regime="general"),
            ]
        ),
        # held but never recognized: never counted
        3: fold([ev(1, "detained", "2020-01-01", facility=1)]),
        # recognized, then the recognition withdrawn while still held
        4: fold(
            [
                ev(1, "detained", "2021-01-01", facility=3, articles=("369",)),
                ev(2, "recognized_political_prisoner", "2021-02-01", recognition=REC),
                ev(3, "recognized_political_prisoner", "2021-09-01", recognition=WITHDRAWN),
            ]
        ),
    }


@pytest.mark.parametrize(
    ("day", "count"),
    [
        ("2020-01-01", 0),
        ("2020-08-10", 0),  # detained, not yet recognized
        ("2020-08-20", 1),
        ("2021-01-04", 1),
        ("2021-01-05", 2),
        ("2021-02-01", 3),
        ("2021-08-31", 3),
        ("2021-09-01", 2),  # person 4's recognition withdrawn
        ("2022-08-09", 2),
        ("2022-08-10", 1),  # person 1 released: not counted on the day of release
        ("2030-01-01", 1),
    ],
)
def test_count_at_on_a_small_registry(day: str, count: int) -> None:
    assert count_at(_registry().values(), D(day)) == count


def test_series_matches_count_at_daily_and_monthly() -> None:
    folds = list(_registry().values())
    start, end = D("2020-07-15"), D("2022-09-30")
    for step in Step:
        points = series(folds, start, end, step)
        assert points == [(day, count_at(folds, day)) for day in series_points(start, end, step)]
    monthly = dict(series(folds, start, end, Step.MONTHLY))
    assert monthly[D("2020-08-01")] == 0
    assert monthly[D("2020-09-01")] == 1
    assert monthly[D("2021-02-01")] == 3
    assert monthly[D("2022-09-01")] == 1


@pytest.mark.parametrize(
    ("start", "end", "step", "first", "last", "count"),
    [
        ("2021-01-01", "2021-01-01", Step.DAILY, "2021-01-01", "2021-01-01", 1),
        ("2020-02-27", "2020-03-01", Step.DAILY, "2020-02-27", "2020-03-01", 4),
        ("2021-01-01", "2021-12-31", Step.DAILY, "2021-01-01", "2021-12-31", 365),
        ("2021-01-01", "2021-12-31", Step.MONTHLY, "2021-01-01", "2021-12-01", 12),
        ("2021-01-31", "2021-04-01", Step.MONTHLY, "2021-02-01", "2021-04-01", 3),
        ("2021-12-15", "2022-02-01", Step.MONTHLY, "2022-01-01", "2022-02-01", 2),
    ],
)
def test_series_points(start: str, end: str, step: Step, first: str, last: str, count: int) -> None:
    points = series_points(D(start), D(end), step)
    assert (points[0], points[-1], len(points)) == (D(first), D(last), count)
    assert points == sorted(set(points))
    if step is Step.MONTHLY:
        assert {p.day for p in points} == {1}


def test_monthly_series_with_no_first_of_month_is_empty() -> None:
    assert series_points(D("2021-03-02"), D("2021-03-31"), Step.MONTHLY) == []


def test_series_points_refuse_a_backwards_range() -> None:
    with pytest.raises(InvalidInput) as raised:
        series_points(D("2021-02-01"), D("2021-01-01"), Step.DAILY)
    assert "swap" in raised.value.hint


def test_breakdown_by_facility_and_by_article() -> None:
    registry = _registry()
    day = D("2021-03-01")
    by_facility = breakdown_at(registry, day, lambda _pid, s: [str(s.facility_id)])
    assert by_facility == {"1": 2, "3": 1}
    by_article = breakdown_at(registry, day, lambda _pid, s: s.articles)
    # person 1 counts under both of their articles
    assert by_article == {"342": 2, "130.3": 1, "369": 1}
    assert breakdown_at(registry, D("2019-01-01"), lambda _pid, s: s.articles) == {}


def test_breakdown_counts_a_person_once_per_group() -> None:
    registry = _registry()
    twice = breakdown_at(registry, D("2021-03-01"), lambda _pid, _s: ["all", "all"])
    assert twice == {"all": 3}


def test_breakdown_key_receives_the_person_id() -> None:
    seen = breakdown_at(_registry(), D("2021-03-01"), lambda pid, _s: [str(pid)])
    assert seen == {"1": 1, "2": 1, "4": 1}


def test_days_incommunicado_matches_the_founding_report() -> None:
    """ "Out of public sight for 527 days" on 16 August 2024."""
    result = fold(
        [
            ev(1, "detained", "2020-09-07", facility=1),
            ev(2, "sentenced", "2021-09-06", regime="general", facility=2),
            ev(3, "incommunicado", "2023-03-08"),
        ]
    )
    assert days_incommunicado(result, D("2024-08-16")) == 527
    assert days_incommunicado(result, D("2023-03-08")) == 0
    assert days_incommunicado(result, D("2023-03-09")) == 1
    assert days_held(result, D("2024-08-16")) == (D("2024-08-16") - D("2020-09-07")).days


def test_days_incommunicado_stops_when_contact_is_restored() -> None:
    result = fold(
        [
            ev(1, "detained", "2021-01-01"),
            ev(2, "incommunicado", "2021-02-01"),
            ev(3, "contact_restored", "2021-03-01"),
            ev(4, "incommunicado", "2021-04-01"),
            ev(5, "released", "2021-04-11"),
        ]
    )
    assert days_incommunicado(result, D("2030-01-01")) == 28 + 10


@pytest.mark.parametrize(
    ("as_of", "days"),
    [
        ("2020-12-31", 0),
        ("2021-01-01", 0),  # the day itself is not counted
        ("2021-01-02", 1),
        ("2021-01-11", 10),  # released on the 11th: ten days held
        ("2021-06-01", 10),
        ("2021-06-02", 11),  # second spell began on 1 June
        ("2021-06-11", 20),
        ("2022-01-01", 20),
    ],
)
def test_days_held_adds_every_spell(as_of: str, days: int) -> None:
    result = fold(
        [
            ev(1, "detained", "2021-01-01"),
            ev(2, "released", "2021-01-11"),
            ev(3, "detained", "2021-06-01"),
            ev(4, "sentenced", "2021-06-05"),  # a new segment, the same spell
            ev(5, "pardoned", "2021-06-11"),
        ]
    )
    assert days_held(result, D(as_of)) == days


def test_days_held_counts_unrecognized_custody_and_stops_at_death() -> None:
    result = fold(
        [
            ev(1, "detained", "2021-01-01"),
            ev(2, "died_in_custody", "2021-01-31"),
        ]
    )
    assert days_held(result, D("2025-01-01")) == 30
    assert days_incommunicado(result, D("2025-01-01")) == 0


@pytest.mark.parametrize(
    ("birth", "day", "band"),
    [
        (None, "2021-01-01", "unknown"),
        ("2003-05-10", "2021-05-09", "under 18"),
        ("2003-05-10", "2021-05-10", "18-29"),  # eighteenth birthday
        ("1991-05-10", "2021-05-09", "18-29"),
        ("1991-05-10", "2021-05-10", "30-44"),
        ("1976-05-10", "2021-05-09", "30-44"),
        ("1976-05-10", "2021-05-10", "45-59"),
        ("1961-05-10", "2021-05-09", "45-59"),
        ("1961-05-10", "2021-05-10", "60+"),
        ("1920", "2021-01-01", "60+"),
        ("2021-01-01", "2021-01-01", "under 18"),  # born that day: age 0
        ("2021-01-02", "2021-01-01", "unknown"),  # not yet born
        ("2003", "2020-12-31", "under 18"),  # a year alone is read as 1 January
        ("2003", "2021-01-01", "18-29"),
        ("2003-07", "2021-06-30", "under 18"),  # a month alone is its first day
        ("2003-07", "2021-07-01", "18-29"),
        ("~1991", "2021-01-01", "30-44"),
        ("2004-02-29", "2022-02-28", "under 18"),  # leap-day birthday
        ("2004-02-29", "2022-03-01", "18-29"),
    ],
)
def test_age_band_edges(birth: str | None, day: str, band: str) -> None:
    born = PartialDate.parse(birth) if birth else None
    assert age_band(born, D(day)) == band
    assert band in AGE_BANDS


# --- properties over small random registries -----------------------------------------

registries = st.lists(histories(max_events=8), min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(registries, st.dates(dt.date(2015, 1, 1), dt.date(2025, 10, 1)))
def test_count_at_series_and_breakdown_agree(people: list[list[Event]], start: dt.date) -> None:
    folds = {i: fold(events) for i, events in enumerate(people)}
    end = start + dt.timedelta(days=90)
    daily = series(folds.values(), start, end, Step.DAILY)
    assert daily == [
        (day, count_at(folds.values(), day)) for day in series_points(start, end, Step.DAILY)
    ]
    for day, count in daily[::15]:
        assert 0 <= count <= len(folds)
        by_facility = breakdown_at(folds, day, lambda _pid, s: [str(s.facility_id)])
        assert sum(by_facility.values()) == count
        by_person = breakdown_at(folds, day, lambda pid, _s: [str(pid)])
        assert sum(by_person.values()) == count
        by_article = breakdown_at(folds, day, lambda _pid, s: s.articles)
        assert all(0 < n <= count for n in by_article.values())


@settings(max_examples=100, deadline=None)
@given(histories(), st.dates(dt.date(2015, 1, 1), dt.date(2027, 1, 1)))
def test_durations_grow_by_at_most_a_day_a_day(events: list[Event], day: dt.date) -> None:
    result = fold(events)
    later = day + dt.timedelta(days=1)
    assert 0 <= days_held(result, later) - days_held(result, day) <= 1
    assert 0 <= days_incommunicado(result, later) - days_incommunicado(result, day) <= 1
    # one more day held exactly when the person was held on ``day``
    segment = result.at(day)
    grew = days_held(result, later) - days_held(result, day)
    assert grew == (1 if segment is not None and segment.held else 0)


def test_counts_as_known_then_and_now() -> None:
    """A figure published on a past date is reproduced from the version known then."""
    learned = dt.datetime(2022, 9, 1)
    early = dt.datetime(2021, 1, 2)
    events = [
        ev(1, "detained", "2021-01-01", recorded_at=early),
        ev(2, "recognized_political_prisoner", "2021-01-01", recorded_at=early),
        ev(3, "released", "2022-08-10", recorded_at=learned),
    ]
    found = versions(events)
    assert [(v.known_from, v.known_until) for v in found] == [
        (D("2021-01-02"), D("2022-09-01")),
        (D("2022-09-01"), None),
    ]
    published_on = D("2022-08-20")
    as_known = next(
        v for v in found if v.known_from <= published_on < (v.known_until or D("9999-12-31"))
    )
    assert count_at([as_known.fold], published_on) == 1
    assert count_at([fold(events)], published_on) == 0
