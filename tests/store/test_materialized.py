"""The status cache always equals the fold of the events, on both databases."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete

from tests.store.helpers import claim, person
from vigil.model import Event, EventDetail, EventType, PartialDate, Recognition, Regime
from vigil.stats import counts
from vigil.status import count_at, fold, versions
from vigil.store import knowledge
from vigil.store.db import transaction
from vigil.store.events import add_event, load_events
from vigil.store.segments import rematerialize, stored_segments
from vigil.store.tables import known_snapshots

_TYPES = list(EventType)


@st.composite
def histories(draw: st.DrawFn) -> list[list[tuple[EventType, PartialDate, int, EventDetail]]]:
    people = []
    for _ in range(draw(st.integers(1, 3))):
        events = []
        for _ in range(draw(st.integers(0, 7))):
            kind = draw(st.sampled_from(_TYPES))
            year = draw(st.integers(2019, 2024))
            month = draw(st.one_of(st.none(), st.integers(1, 12)))
            day = draw(st.integers(1, 28)) if month and draw(st.booleans()) else None
            detail = EventDetail()
            if kind is EventType.SENTENCED:
                detail = EventDetail(regime=draw(st.sampled_from(list(Regime))))
            elif kind is EventType.RECOGNIZED_POLITICAL_PRISONER:
                detail = EventDetail(recognition=Recognition(by="Viasna"))
            lag = draw(st.integers(0, 800))
            events.append((kind, PartialDate(year, month, day), lag, detail))
        people.append(events)
    return people


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(people=histories(), seed=st.integers(0, 1000))
def test_cache_equals_fold(
    engine: Engine, people: list[list[tuple[EventType, PartialDate, int, EventDetail]]], seed: int
) -> None:
    rng = random.Random(seed)
    probes = [
        (dt.date(y, 6, 1), k)
        for y in (2019, 2020, 2022, 2024)
        for k in (None, dt.date(2020, 1, 1), dt.date(2023, 3, 1))
    ]
    with transaction(engine) as conn:  # earlier examples' persons stay in the database
        before = [counts.count_at(conn, day, known) for day, known in probes]
    with transaction(engine) as conn:
        cid = claim(conn, f"source {seed} {rng.random()}")
        ids = []
        for history in people:
            pid = person(conn, f"Person {rng.random()}")
            ids.append(pid)
            inserted: list[int] = []
            order = list(history)
            rng.shuffle(order)  # insertion order must not matter
            for kind, date, lag, detail in order:
                recorded = dt.datetime.combine(
                    date.effective + dt.timedelta(days=lag), dt.time(12), dt.UTC
                )
                supersedes = None
                if inserted and rng.random() < 0.15:
                    supersedes = inserted.pop(rng.randrange(len(inserted)))
                inserted.append(
                    add_event(
                        conn,
                        Event(
                            pid,
                            kind,
                            date,
                            recorded,
                            detail=detail,
                            claim_ids=(cid,),
                            supersedes=supersedes,
                        ),
                        allow_conflict=True,
                    )
                )
    with transaction(engine) as conn:
        loaded = load_events(conn, ids)
        for pid in ids:
            history = versions(loaded[pid])
            for v in history:  # the cache, read as known on each day a version began
                assert stored_segments(conn, pid, v.known_from) == list(v.fold.segments)
            if history:  # and the day before the first: nothing was known
                unknown = history[0].known_from - dt.timedelta(days=1)
                assert stored_segments(conn, pid, unknown) == []
            assert stored_segments(conn, pid, None) == list(fold(loaded[pid]).segments)
        after = [counts.count_at(conn, day, known) for day, known in probes]
        for (day, known), b, c in zip(probes, before, after, strict=True):
            folds = [fold(loaded[pid], known_at=known) for pid in ids]
            assert c - b == count_at(folds, day), (day, known)
        # the daily changes (known now) and the versions (known at a day) agree
        span = (dt.date(2018, 1, 1), dt.date(2026, 1, 1))
        now = counts.series(conn, *span, counts.Step.MONTHLY)
        assert now == counts.series(conn, *span, counts.Step.MONTHLY, dt.date(2100, 1, 1))
        assert [n for _, n in now] == [counts.count_at(conn, d) for d, _ in now]
        rematerialize(conn, ids)  # rebuilding changes nothing
        assert [counts.count_at(conn, day, known) for day, known in probes] == after
        # snapshots only save work: without them, or rebuilt from scratch, the same counts
        conn.execute(delete(known_snapshots))
        assert [counts.count_at(conn, day, known) for day, known in probes] == after
        knowledge.rebuild(conn)
        assert [counts.count_at(conn, day, known) for day, known in probes] == after
