"""Storage round trips and the rules the store enforces, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from tests.store.helpers import claim, event, person
from vigil.errors import Conflict, InvalidInput, NotFound
from vigil.model import (
    EventDetail,
    EventType,
    Gender,
    NameVariant,
    PartialDate,
    Person,
    Recognition,
    Regime,
    RestrictedInfo,
    Review,
    ReviewState,
    Source,
)
from vigil.read.dossier import dossier
from vigil.stats import counts
from vigil.store import claims as claim_store
from vigil.store import persons, sources
from vigil.store.db import transaction
from vigil.store.events import add_event, load_events
from vigil.store.tables import events
from vigil.store.tables import sources as sources_table


def test_person_round_trip_keeps_restricted_fields_apart(engine: Engine) -> None:
    original = Person(
        names=(NameVariant.of("Volha Krumenka", language="en"), NameVariant.of("Вольга Крумэнка")),
        gender=Gender.FEMALE,
        birth_date=PartialDate.parse("1984-03"),
        region="Hrodna region",
        occupation="teacher",
        name_withheld=True,
        restricted=RestrictedInfo("note", "asthma", "sister: +375..."),
    )
    with transaction(engine) as conn:
        pid = persons.add_person(conn, original, by="tester")
    with transaction(engine) as conn:
        public = persons.get_person(conn, pid)
        full = persons.get_person(conn, pid, restricted=True)
    assert public.restricted == RestrictedInfo()
    assert full.restricted == original.restricted
    assert full.names[0].primary
    assert not full.names[1].primary
    assert [n.text for n in full.names] == ["Volha Krumenka", "Вольга Крумэнка"]
    assert full.names[1].script.value == "cyrillic"
    assert (full.birth_date, full.gender, full.region, full.name_withheld) == (
        PartialDate(1984, 3),
        Gender.FEMALE,
        "Hrodna region",
        True,
    )
    assert public.public_name == "name withheld"


def test_search_finds_any_variant_and_any_word(engine: Engine) -> None:
    with transaction(engine) as conn:
        pid = persons.add_person(
            conn,
            Person(
                names=(NameVariant.of("Syarhey Tsikhanouski"), NameVariant.of("Сяргей Ціханоўскі"))
            ),
            by="t",
        )
        persons.add_person(
            conn, Person(names=(NameVariant.of("Sviatlana Tsikhanouskaya"),)), by="t"
        )
    with transaction(engine) as conn:
        assert [p.id for p in persons.search(conn, "Ціханоўскі")] == [pid]
        assert [p.id for p in persons.search(conn, "syarhey")] == [pid]
        assert len(persons.search(conn, "tsikhanousk")) == 2
        assert persons.search(conn, "100%_") == []
        with pytest.raises(InvalidInput):
            persons.search(conn, "  ")


def test_same_text_is_one_source(engine: Engine) -> None:
    with transaction(engine) as conn:
        a, new_a = sources.add_source(conn, Source(text="Line one\r\nLine two"), by="t")
        b, new_b = sources.add_source(conn, Source(text="Line one\nLine two", title="x"), by="t")
        c, new_c = sources.add_source(conn, Source(text="Line one\nLine 2"), by="t")
    assert (new_a, new_b, new_c) == (True, False, True)
    assert a == b != c
    with transaction(engine) as conn:
        assert sources.get_source(conn, a).text == "Line one\nLine two"
        with pytest.raises(InvalidInput):
            sources.add_source(conn, Source(text=" \n "), by="t")


def test_concurrent_writers_store_a_text_once(engine: Engine) -> None:
    results: list[int] = []
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with transaction(engine) as conn:
                results.append(sources.add_source(conn, Source(text="same words"), by="t")[0])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(set(results)) == 1
    with transaction(engine) as conn:
        assert conn.execute(select(func.count()).select_from(sources_table)).scalar_one() == 1


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE events SET type = 'released'",
        "DELETE FROM events",
        "UPDATE claims SET quote = 'x'",
        "DELETE FROM sources",
        "UPDATE claim_reviews SET by = 'x'",
    ],
)
def test_append_only_tables_refuse_changes(engine: Engine, statement: str) -> None:
    with transaction(engine) as conn:
        pid = person(conn)
        add_event(conn, event(pid, EventType.DETAINED, "2021-05-01", claim(conn)))
    with pytest.raises(DBAPIError, match="append-only"), transaction(engine) as conn:
        conn.execute(text(statement))


def test_event_round_trip_with_detail(engine: Engine) -> None:
    detail = EventDetail(
        articles=("342", "361-1.1"),
        term_months=60,
        regime=Regime.ENHANCED,
        note="read out in court",
    )
    with transaction(engine) as conn:
        pid = person(conn)
        cid = claim(conn)
        add_event(conn, event(pid, EventType.DETAINED, "2021-05", cid))
        eid = add_event(conn, event(pid, EventType.SENTENCED, "~2021-11-02", cid, detail=detail))
    with transaction(engine) as conn:
        stored = {e.id: e for e in load_events(conn, [pid])[pid]}
    assert stored[eid].detail == detail
    assert stored[eid].date == PartialDate(2021, 11, 2, estimate=True)
    assert stored[eid].claim_ids == (cid,)
    assert stored[eid].recorded_at.tzinfo is not None


def test_refused_event_writes_nothing(engine: Engine) -> None:
    with transaction(engine) as conn:
        pid = person(conn)
        cid = claim(conn)
    with pytest.raises(Conflict, match="released with no detention"), transaction(engine) as conn:
        add_event(conn, event(pid, EventType.RELEASED, "2022-01-01", cid))
    with transaction(engine) as conn:
        assert conn.execute(select(func.count()).select_from(events)).scalar_one() == 0
        # a caller that catches the error and goes on still writes nothing
        with pytest.raises(Conflict):
            add_event(conn, event(pid, EventType.RELEASED, "2022-01-01", cid))
        add_event(conn, event(pid, EventType.DETAINED, "2022-02-01", cid))
    with transaction(engine) as conn:
        kinds = [e.type for e in load_events(conn, [pid])[pid]]
    assert kinds == [EventType.DETAINED]


@pytest.mark.parametrize(
    ("change", "error", "words"),
    [
        ({"person_id": 999}, NotFound, "no person with id 999"),
        ({"claim_ids": ()}, InvalidInput, "must rest on a source"),
        ({"claim_ids": (999,)}, NotFound, "no claim with id 999"),
        ({"date": PartialDate(2999)}, InvalidInput, "in the future"),
        ({"facility_id": 999}, NotFound, "no facility"),
        ({"supersedes": 999}, NotFound, "no event with id 999"),
    ],
)
def test_bad_events_are_refused(
    engine: Engine, change: dict[str, object], error: type[Exception], words: str
) -> None:
    from dataclasses import replace

    with transaction(engine) as conn:
        pid = person(conn)
        base = event(pid, EventType.DETAINED, "2021-01-01", claim(conn))
    with pytest.raises(error, match=words), transaction(engine) as conn:
        add_event(conn, replace(base, **change))  # type: ignore[arg-type]


def test_rejected_claim_cannot_carry_an_event(engine: Engine) -> None:
    with transaction(engine) as conn:
        pid = person(conn)
        cid = claim(conn)
        claim_store.review_claim(
            conn, cid, Review(ReviewState.REJECTED, "reviewer", dt.datetime.now(dt.UTC))
        )
        assert claim_store.get_claims(conn, [cid])[0].state is ReviewState.REJECTED
    with pytest.raises(InvalidInput, match="rejected"), transaction(engine) as conn:
        add_event(conn, event(pid, EventType.DETAINED, "2021-01-01", cid))


def test_correction_supersedes_and_cannot_be_corrected_twice(engine: Engine) -> None:
    with transaction(engine) as conn:
        pid = person(conn)
        other = person(conn, "Other Person")
        cid = claim(conn)
        wrong = add_event(conn, event(pid, EventType.DETAINED, "2021-01-01", cid))
        add_event(conn, event(pid, EventType.DETAINED, "2021-02-01", cid, supersedes=wrong))
        assert counts.count_at(conn, dt.date(2021, 1, 15)) == 0  # not recognized anyway
        d = dossier(conn, pid, as_of=dt.date(2021, 3, 1))
        assert d.fold.segments[0].start == dt.date(2021, 2, 1)
        assert d.days_held == 28
    with pytest.raises(Conflict, match="already been corrected"), transaction(engine) as conn:
        add_event(conn, event(pid, EventType.DETAINED, "2021-03-01", cid, supersedes=wrong))
    with pytest.raises(InvalidInput, match="another person"), transaction(engine) as conn:
        add_event(conn, event(other, EventType.DETAINED, "2021-03-01", cid, supersedes=wrong))


def test_counts_as_known_then_and_now(engine: Engine) -> None:
    """A case recorded late shows as the difference between the two counts."""
    early = dt.datetime(2022, 1, 5, tzinfo=dt.UTC)
    late = dt.datetime(2022, 9, 1, tzinfo=dt.UTC)
    recognized = EventDetail(recognition=Recognition(by="Viasna"))
    with transaction(engine) as conn:
        cid = claim(conn)
        a, b = person(conn, "A Known"), person(conn, "B Backfilled")
        for pid, when in ((a, early), (b, late)):
            add_event(conn, event(pid, EventType.DETAINED, "2021-12-01", cid, recorded=when))
            add_event(
                conn,
                event(
                    pid,
                    EventType.RECOGNIZED_POLITICAL_PRISONER,
                    "2021-12-20",
                    cid,
                    recorded=when,
                    detail=recognized,
                ),
            )
    day = dt.date(2022, 1, 10)
    with transaction(engine) as conn:
        assert counts.count_at(conn, day) == 2
        assert counts.count_at(conn, day, known_at=dt.date(2022, 1, 10)) == 1
        assert counts.count_at(conn, day, known_at=dt.date(2022, 1, 4)) == 0
        assert counts.count_at(conn, dt.date(2021, 12, 19)) == 0
        assert counts.count_cases_at(conn, day) == 2
        series = dict(
            counts.series(conn, dt.date(2021, 11, 1), dt.date(2022, 2, 1), counts.Step.MONTHLY)
        )
        assert list(series.values()) == [0, 0, 2, 2]
        assert counts.breakdown(conn, day, counts.BreakdownField.GENDER) == [("unknown", 2)]
