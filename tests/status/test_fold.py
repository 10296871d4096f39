"""The fold on golden histories, and the rules of its docstring one by one."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.cases.status_histories import CASES, RECORDED, History, ev, seg

from vigil.model import EventType
from vigil.status import HELD, Custody, Fold, Segment, active_events, event_order, fold

D = dt.date.fromisoformat


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_history_segments(case: History) -> None:
    assert fold(case.events).segments == case.segments


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_history_conflicts(case: History) -> None:
    found = [(c.event_id, c.related_event_id) for c in fold(case.events).conflicts]
    assert found == list(case.conflicts)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_history_is_the_same_in_any_entry_order(case: History) -> None:
    assert fold(reversed(case.events)) == fold(case.events)
    assert fold(sorted(case.events, key=lambda e: -(e.id or 0))) == fold(case.events)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.conflicts], ids=[c.name for c in CASES if c.conflicts]
)
def test_conflicting_events_are_ignored_for_status(case: History) -> None:
    conflicting = {event_id for event_id, _ in case.conflicts}
    kept = [e for e in case.events if e.id not in conflicting]
    assert fold(kept).segments == case.segments
    assert fold(kept).conflicts == ()


def test_conflict_reasons_name_what_went_wrong() -> None:
    events = [
        ev(1, "released", "2020-01-01"),
        ev(2, "transferred", "2020-02-01"),
        ev(3, "detained", "2020-03-01"),
        ev(4, "detained", "2020-04-01"),
        ev(5, "contact_restored", "2020-05-01"),
        ev(6, "died_in_custody", "2020-06-01"),
        ev(7, "pardoned", "2020-07-01"),
    ]
    reasons = {c.event_id: c.reason for c in fold(events).conflicts}
    assert reasons == {
        1: "released with no detention",
        2: "transferred while not held",
        4: "detained while already held",
        5: "contact restored but not incommunicado",
        7: "pardoned after death",
    }


def test_died_in_custody_while_free_is_ignored_for_status() -> None:
    events = [
        ev(1, "died_in_custody", "2021-01-01"),
        ev(2, "detained", "2021-02-01"),
    ]
    result = fold(events)
    assert [(c.event_id, c.related_event_id) for c in result.conflicts] == [(1, None)]
    assert result.segments == (seg("2021-02-01", None, "detained"),)


def test_empty_history_folds_to_nothing() -> None:
    assert fold([]) == Fold(segments=(), conflicts=())
    assert fold([]).current is None
    assert fold([]).at(D("2021-01-01")) is None


def test_at_and_current() -> None:
    result = fold(
        [
            ev(1, "detained", "2021-01-10"),
            ev(2, "sentenced", "2021-06-01"),
            ev(3, "released", "2022-01-01"),
        ]
    )
    assert result.at(D("2021-01-09")) is None
    assert result.at(D("2021-01-10")).custody is Custody.DETAINED  # type: ignore[union-attr]
    assert result.at(D("2021-05-31")).custody is Custody.DETAINED  # type: ignore[union-attr]
    assert result.at(D("2021-06-01")).custody is Custody.IMPRISONED  # type: ignore[union-attr]
    assert result.at(D("2021-12-31")).custody is Custody.IMPRISONED  # type: ignore[union-attr]
    assert result.at(D("2022-01-01")).custody is Custody.RELEASED  # type: ignore[union-attr]
    assert result.at(D("2030-01-01")).custody is Custody.RELEASED  # type: ignore[union-attr]
    assert result.current == seg("2022-01-01", None, "released")


@pytest.mark.parametrize(
    ("custody", "recognized", "held", "counted"),
    [
        (Custody.AT_LIBERTY, True, False, False),
        (Custody.DETAINED, False, True, False),
        (Custody.DETAINED, True, True, True),
        (Custody.IMPRISONED, True, True, True),
        (Custody.RELEASED, True, False, False),
        (Custody.DIED, True, False, False),
    ],
)
def test_segment_held_and_counted(
    custody: Custody, recognized: bool, held: bool, counted: bool
) -> None:
    segment = Segment(D("2021-01-01"), None, custody, recognized)
    assert segment.held is held
    assert segment.counted is counted
    assert (custody in HELD) is held


def test_segment_covers_is_half_open() -> None:
    segment = Segment(D("2021-01-01"), D("2021-01-05"), Custody.DETAINED)
    assert not segment.covers(D("2020-12-31"))
    assert segment.covers(D("2021-01-01"))
    assert segment.covers(D("2021-01-04"))
    assert not segment.covers(D("2021-01-05"))
    assert Segment(D("2021-01-01"), None, Custody.DETAINED).covers(D("2099-01-01"))


@pytest.mark.parametrize(
    ("end", "day", "days"),
    [
        ("2021-01-05", "2020-12-01", 0),
        ("2021-01-05", "2021-01-01", 0),
        ("2021-01-05", "2021-01-02", 1),
        ("2021-01-05", "2021-01-05", 4),
        ("2021-01-05", "2022-01-01", 4),
        (None, "2021-01-01", 0),
        (None, "2021-01-31", 30),
        (None, "2020-06-01", 0),
    ],
)
def test_segment_days_until(end: str | None, day: str, days: int) -> None:
    segment = Segment(D("2021-01-01"), D(end) if end else None, Custody.DETAINED)
    assert segment.days_until(D(day)) == days


def test_event_order_same_day_follows_the_type_rank() -> None:
    kinds = ["died_in_custody", "exiled", "sentence_completed", "released", "pardoned",
             "contact_restored", "incommunicado", "transferred", "appeal_rejected",
             "convicted_in_absentia", "sentenced", "recognized_political_prisoner",
             "charged", "detained"]  # fmt: skip
    same_day = [ev(i, kind, "2021-01-01") for i, kind in enumerate(kinds, 1)]
    ordered = sorted(same_day, key=event_order)
    assert [e.id for e in ordered] == list(range(len(kinds), 0, -1))
    assert {e.type for e in same_day} == set(EventType)


def test_an_appeal_rejected_keeps_the_prisoner_held_on_the_same_case() -> None:
    f = fold([ev(1, "detained", "2021-03-01", case=7),
              ev(2, "sentenced", "2021-09-01", case=7, regime="general"),
              ev(3, "appeal_rejected", "2021-12-01", case=7)])  # fmt: skip
    assert not f.conflicts
    assert [s.custody for s in f.segments] == [Custody.DETAINED, Custody.IMPRISONED]
    assert f.segments[-1].start == D("2021-09-01")
    assert f.segments[-1].case_ids == (7,)


def test_event_order_dates_first_then_recorded_at_then_id() -> None:
    later = RECORDED + dt.timedelta(days=1)
    events = [
        ev(1, "transferred", "2021-02-01"),
        ev(2, "released", "2021-01-15"),
        ev(3, "transferred", "2021-01", recorded_at=later),
        ev(4, "transferred", "2021-01"),
        ev(5, "transferred", "2021-01-01"),
        ev(6, "transferred", "2021-01"),
        ev(7, "transferred", "~2021-01-01"),
    ]
    ordered = [e.id for e in sorted(events, key=event_order)]
    # day before estimated day before month; same month: recorded first, then lower id
    assert ordered == [5, 7, 4, 6, 3, 2, 1]


def test_active_events_drops_superseded_and_unknown() -> None:
    later = RECORDED + dt.timedelta(days=30)
    events = [
        ev(1, "detained", "2020-01-01"),
        ev(2, "released", "2020-06-01"),
        ev(3, "released", "2020-07-01", supersedes=2, recorded_at=later),
    ]
    assert [e.id for e in active_events(events)] == [1, 3]
    assert [e.id for e in active_events(events, known_at=RECORDED.date())] == [1, 2]
    assert [e.id for e in active_events(events, known_at=later.date())] == [1, 3]
    assert active_events(events, known_at=D("2000-01-01")) == []


def test_known_at_shows_the_status_as_it_was_known() -> None:
    early = dt.datetime(2021, 1, 2)
    learned = dt.datetime(2022, 9, 1, 8, 30)
    events = [
        ev(1, "detained", "2021-01-01", recorded_at=early),
        ev(2, "recognized_political_prisoner", "2021-01-01", recorded_at=early),
        ev(3, "released", "2022-08-10", recorded_at=learned),
    ]
    before = fold(events, known_at=D("2022-08-31"))
    after = fold(events, known_at=D("2022-09-01"))
    assert before.segments == (seg("2021-01-01", None, "detained", rec=True),)
    assert after.segments == (
        seg("2021-01-01", "2022-08-10", "detained", rec=True),
        seg("2022-08-10", None, "released", rec=True),
    )
    assert fold(events) == after
    assert fold(events, known_at=D("2020-12-31")) == Fold(segments=())


def test_known_at_before_a_correction_uses_the_old_event() -> None:
    early = dt.datetime(2021, 6, 2)
    corrected = dt.datetime(2023, 3, 1)
    events = [
        ev(1, "detained", "2021-01-01", recorded_at=early),
        ev(2, "released", "2021-06-01", recorded_at=early),
        ev(3, "released", "2021-09-01", supersedes=2, recorded_at=corrected),
    ]
    assert fold(events, known_at=D("2023-02-28")).segments[-1].start == D("2021-06-01")
    assert fold(events, known_at=D("2023-03-01")).segments[-1].start == D("2021-09-01")


def test_year_precision_detention_counts_from_first_of_january() -> None:
    result = fold([ev(1, "detained", "~2020")])
    assert result.segments == (seg("2020-01-01", None, "detained"),)


def test_every_held_segment_after_death_is_impossible() -> None:
    events = [
        ev(1, "detained", "2021-01-01"),
        ev(2, "died_in_custody", "2021-02-01"),
        ev(3, "sentenced", "2021-03-01"),
        ev(4, "exiled", "2021-04-01"),
        ev(5, "incommunicado", "2021-05-01"),
    ]
    result = fold(events)
    assert [s.custody for s in result.segments] == [Custody.DETAINED, Custody.DIED]
    assert [c.event_id for c in result.conflicts] == [3, 4, 5]
    assert {c.related_event_id for c in result.conflicts} == {2}
    assert all(c.reason.endswith("after death") for c in result.conflicts)
