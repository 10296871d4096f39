"""The public list's date range, on the store: persons in custody on at least one day
between two days (both included, either open), as known now; the day of release is a
day out. Real SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine
from tests.store.helpers import claim, event, person

from vigil.model import EventType, PartialDate
from vigil.publish.queries.persons import PersonQuery, PersonSort, StatusFilter, list_public_persons
from vigil.store.db import transaction
from vigil.store.events import add_event
from vigil.store.identity import merge

TODAY = dt.date(2025, 1, 1)
D = dt.date.fromisoformat


@pytest.fixture
def registry(engine: Engine) -> dict[str, int]:
    """a: held 2020-05-01 until released 2021-03-01; b: held since 2022-01-10;
    c: never held; d: held 2019-01-01 to 2019-06-01; e: a record merged into b."""
    with transaction(engine) as conn:
        cid = claim(conn)
        ids = {k: person(conn, f"Person {k.upper()} Testau") for k in "abcde"}
        for key, kind, day in [
            ("a", EventType.DETAINED, "2020-05-01"), ("a", EventType.RELEASED, "2021-03-01"),
            ("b", EventType.DETAINED, "2022-01-10"),
            ("d", EventType.DETAINED, "2019-01-01"), ("d", EventType.RELEASED, "2019-06-01"),
            ("e", EventType.DETAINED, "2022-01-10"),
        ]:  # fmt: skip
            add_event(conn, event(ids[key], kind, day, cid))
        merge(conn, ids["b"], ids["e"], by="editor", why="one man")
    return ids


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2021-01-01", "2021-12-31", "a"),
        ("2021-03-01", None, "b"),  # a was released that day
        ("2021-02-28", None, "ab"),
        (None, "2020-04-30", "d"),
        (None, "2020-05-01", "ad"),
        ("2019-06-01", "2020-04-30", ""),  # between d's release and a's detention
        ("2019-05-31", "2019-05-31", "d"),
        (None, None, "abcd"),
    ],
)
def test_in_custody_between(
    engine: Engine, registry: dict[str, int], first: str | None, last: str | None, expected: str
) -> None:
    query = PersonQuery(
        custody_from=D(first) if first else None,
        custody_to=D(last) if last else None,
        sort=PersonSort.ADDED,
    )
    with transaction(engine) as conn:
        page = list_public_persons(conn, query, TODAY)
    wanted = sorted((registry[k] for k in expected), reverse=True)
    assert [r.id for r in page.rows] == wanted
    assert page.total == len(expected)


def test_the_range_combines_with_the_other_filters(
    engine: Engine, registry: dict[str, int]
) -> None:
    with transaction(engine) as conn:
        released = list_public_persons(
            conn,
            PersonQuery(status=StatusFilter.RELEASED, custody_from=D("2019-01-01")),
            TODAY,
        )
        named = list_public_persons(conn, PersonQuery(custody_to=D("2021-01-01")), TODAY)
        held = list_public_persons(conn, PersonQuery(status=StatusFilter.HELD), TODAY)
    assert sorted(r.id for r in released.rows) == sorted([registry["a"], registry["d"]])
    assert [r.name for r in named.rows] == ["Person A Testau", "Person D Testau"]
    assert named.rows[0].held_since is None  # released: not held today
    assert [(r.id, r.held_since) for r in held.rows] == [
        (registry["b"], PartialDate.parse("2022-01-10"))
    ]


def test_held_since_is_the_opening_date_at_its_precision(engine: Engine) -> None:
    """Through a merge, and after a correction that says only the year is known (both
    start on 1 January: the superseded day, finer, must not be the one shown)."""
    with transaction(engine) as conn:
        cid = claim(conn)
        kept, merged, corrected = (person(conn, f"Person {k} Datau") for k in "FGH")
        add_event(conn, event(merged, EventType.DETAINED, "2023-04", cid))
        merge(conn, kept, merged, by="editor", why="one woman")
        first = add_event(conn, event(corrected, EventType.DETAINED, "2020-01-01", cid))
        add_event(conn, event(corrected, EventType.DETAINED, "2020", cid, supersedes=first))
        page = list_public_persons(conn, PersonQuery(status=StatusFilter.HELD), TODAY)
    since = {r.id: str(r.held_since) for r in page.rows}
    assert since == {kept: "2023-04", corrected: "2020"}
