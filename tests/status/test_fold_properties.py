"""Properties of the fold on random histories of one person."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.cases.status_histories import PERSON, histories, partial_dates

from vigil.model import Event, EventType
from vigil.status import (
    Custody,
    Fold,
    Segment,
    active_events,
    count_at,
    days_held,
    days_incommunicado,
    fold,
    versions,
)

RELEASES = [EventType.PARDONED, EventType.RELEASED, EventType.SENTENCE_COMPLETED]
RECORDED_AT = st.datetimes(dt.datetime(2015, 1, 1), dt.datetime(2026, 12, 31))
FAR = dt.date(2030, 1, 1)

prop = settings(max_examples=200, deadline=None)


def _status(s: Segment) -> tuple[object, ...]:
    return (s.custody, s.recognized, s.incommunicado, s.facility_id, s.articles, s.case_ids)


@prop
@given(histories())
def test_fold_never_raises_and_its_segments_tile_the_timeline(events: list[Event]) -> None:
    result = fold(events)
    segments = result.segments
    for a, b in itertools.pairwise(segments):
        assert a.end is not None
        assert a.start < a.end
        assert a.end == b.start
        assert _status(a) != _status(b), "equal neighbours should have been merged"
    if segments:
        assert segments[-1].end is None
        first = segments[0]
        assert first.custody is not Custody.AT_LIBERTY or first.recognized
    # every boundary is the effective day of an event that counts
    days = {e.date.effective for e in active_events(events)}
    assert {s.start for s in segments} <= days
    # every conflict names an event of this history
    assert {c.event_id for c in result.conflicts} <= {e.id for e in events}


@prop
@given(histories())
def test_overlays_counts_and_death(events: list[Event]) -> None:
    result = fold(events)
    for segment in result.segments:
        if segment.incommunicado or segment.counted:
            assert segment.held
        if not segment.held:
            assert segment.facility_id is None
    assert 0 <= days_incommunicado(result, FAR) <= days_held(result, FAR)
    for day in (dt.date(2014, 12, 31), dt.date(2020, 6, 1), FAR):
        assert count_at([result], day) in (0, 1)
    custody = [s.custody for s in result.segments]
    if Custody.DIED in custody:
        first = custody.index(Custody.DIED)
        assert set(custody[first:]) == {Custody.DIED}


@prop
@given(histories(), st.randoms(use_true_random=False))
def test_entry_order_never_matters(events: list[Event], rnd: object) -> None:
    shuffled = list(events)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert fold(shuffled) == fold(events)


@st.composite
def ending_in_a_release(draw: st.DrawFn) -> list[Event]:
    """A random history cut at a random day and closed by a release on that day."""
    release_type = draw(st.sampled_from(RELEASES))
    on = draw(partial_dates())
    events = [e for e in draw(histories()) if e.date.effective <= on.effective]
    next_id = max((e.id or 0 for e in events), default=0) + 1
    recorded = draw(RECORDED_AT)
    if draw(st.booleans()):  # make sure the person is held when released, unless dead
        events.append(Event(PERSON, EventType.DETAINED, on, recorded, id=next_id))
        next_id += 1
    return [*events, Event(PERSON, release_type, on, recorded, id=next_id)]


@prop
@given(ending_in_a_release())
def test_the_day_after_a_clean_release_is_not_counted(events: list[Event]) -> None:
    active = active_events(events)
    assume(active and active[-1].type in RELEASES)
    last = active[-1]
    result = fold(events)
    assume(last.id not in {c.event_id for c in result.conflicts})
    day_after = last.date.effective + dt.timedelta(days=1)
    assert count_at([result], day_after) == 0
    assert count_at([result], last.date.effective) == 0
    assert result.at(day_after).custody is Custody.RELEASED  # type: ignore[union-attr]
    assert result.current is not None
    assert result.current.custody is Custody.RELEASED


@prop
@given(histories())
def test_superseded_events_have_no_effect(events: list[Event]) -> None:
    superseded = {e.supersedes for e in events if e.supersedes is not None}
    kept = [replace(e, supersedes=None) for e in events if e.id not in superseded]
    assert fold(events) == fold(kept)


@prop
@given(histories())
def test_conflicting_events_are_ignored_for_status(events: list[Event]) -> None:
    result = fold(events)
    # died_in_custody while free is known not to follow this rule (see test_fold.py)
    assume(not any(c.reason == "died in custody but was not held" for c in result.conflicts))
    conflicting = {c.event_id for c in result.conflicts}
    # a conflicting correction still supersedes: compare on the active events only
    kept = [replace(e, supersedes=None) for e in active_events(events) if e.id not in conflicting]
    assert fold(kept).segments == result.segments


@prop
@given(histories(), st.dates(dt.date(2014, 12, 1), dt.date(2027, 1, 31)))
def test_known_at_is_filtering_by_recording_day(events: list[Event], known: dt.date) -> None:
    known_then = [e for e in events if e.recorded_at.date() <= known]
    assert fold(events, known_at=known) == fold(known_then)


@prop
@given(histories())
def test_versions_tile_the_recording_timeline(events: list[Event]) -> None:
    found = versions(events)
    days = sorted({e.recorded_at.date() for e in events})
    assert [v.known_from for v in found] == days
    for a, b in itertools.pairwise(found):
        assert a.known_until == b.known_from
    if found:
        assert found[-1].known_until is None
        assert found[-1].fold == fold(events)
    else:
        assert fold(events) == Fold(segments=())
    for version in found:
        assert version.fold == fold(events, known_at=version.known_from)
        if version.known_until is not None:
            last_day = version.known_until - dt.timedelta(days=1)
            assert fold(events, known_at=last_day) == version.fold
