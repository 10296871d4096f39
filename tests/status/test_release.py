"""The expected release date: the rule of ``docs/counting.md``, held. A term runs from
the start of the spell in custody the sentence falls in; a partial start makes the
release an estimate between the releases from its first and its last day."""

from __future__ import annotations

import datetime as dt

import pytest

from vigil.model import Event, EventDetail, EventType, PartialDate, Regime
from vigil.status import fold
from vigil.status.release import add_months, expected_release
from vigil.status.spans import DayCount

RECORDED = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
TODAY = dt.date(2024, 8, 16)


def history(*rows: tuple[EventType, str, EventDetail]) -> list[Event]:
    return [
        Event(1, kind, PartialDate.parse(date), RECORDED, detail=detail, id=i)
        for i, (kind, date, detail) in enumerate(rows, start=1)
    ]


def sentenced(months: int, regime: Regime | None = None) -> EventDetail:
    return EventDetail(term_months=months, regime=regime)


NONE = EventDetail()


def test_the_term_runs_from_the_detention_and_pretrial_days_count() -> None:
    events = history((EventType.DETAINED, "2021-05-28", NONE),
                     (EventType.SENTENCED, "2022-01-10", sentenced(60)))  # fmt: skip
    r = expected_release(fold(events), events, TODAY)
    assert r is not None
    assert (r.term_months, str(r.start), r.earliest, r.latest) == (
        60, "2021-05-28", dt.date(2026, 5, 28), dt.date(2026, 5, 28))  # fmt: skip
    assert (r.estimate, str(r.release), r.held) == (False, "2026-05-28", True)
    assert r.served == DayCount((TODAY - dt.date(2021, 5, 28)).days)


@pytest.mark.parametrize(
    ("detained", "release", "served_from", "at_least"),
    [
        ("2021-05", "~2026-05", "2021-05-31", True),  # a month: known to a month
        ("2021", "~2026", "2021-12-31", True),  # a year: to a year
        ("~2021-05-28", "~2026-05-28", "2021-05-28", False),  # an estimated day
    ],
)
def test_a_partial_start_makes_the_release_an_estimate(
    detained: str, release: str, served_from: str, at_least: bool
) -> None:
    events = history((EventType.DETAINED, detained, NONE),
                     (EventType.SENTENCED, "2022-01-10", sentenced(60)))  # fmt: skip
    r = expected_release(fold(events), events, TODAY)
    assert r is not None
    assert r.estimate
    assert str(r.release) == release
    assert r.served == DayCount((TODAY - dt.date.fromisoformat(served_from)).days, at_least)


def test_no_term_no_custody_or_a_release_end_it() -> None:
    assert expected_release(fold([]), [], TODAY) is None
    fine = history((EventType.SENTENCED, "2022-01-10", sentenced(24, Regime.RESTRICTED_FREEDOM)))
    assert expected_release(fold(fine), fine, TODAY) is None
    freed = history((EventType.DETAINED, "2021-05-28", NONE),
                    (EventType.SENTENCED, "2022-01-10", sentenced(60)),
                    (EventType.PARDONED, "2024-07-03", NONE))  # fmt: skip
    r = expected_release(fold(freed), freed, TODAY)
    assert r is not None
    assert not r.held
    assert r.served == DayCount((dt.date(2024, 7, 3) - dt.date(2021, 5, 28)).days)


def test_months_are_calendar_months() -> None:
    assert add_months(dt.date(2021, 1, 31), 1) == dt.date(2021, 2, 28)
    assert add_months(dt.date(2020, 2, 29), 12) == dt.date(2021, 2, 28)
    assert add_months(dt.date(2021, 11, 15), 14) == dt.date(2023, 1, 15)
