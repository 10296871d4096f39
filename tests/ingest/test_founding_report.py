"""Issue 13, item 5: the founding report, ingested into a fresh registry and accepted in
queue order, gives Syarhey Tsikhanouski incommunicado since 2023-03-08 (527 days on
2024-08-16) without a conflict: through ``vigil review`` (in process) and through the
staff pages. The detention ("in 2020") is recorded as the year 2020, never as a day.

The queue puts a source's detentions before what happens in custody; accepted the other
way round, incommunicado would contradict the record ("not held").
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Connection

from tests.ingest.inprocess import in_process
from tests.web.conftest import serve_app
from tests.web.staff import TEST_KEYS_JSON, csrf_of, read, signed_in
from vigil.auth.roles import Role
from vigil.ingest.evidence import form_values
from vigil.ingest.queue import EVENT_ORDER, QueueFilter, next_pending, queue_ids, queue_order
from vigil.model import Claim, ClaimKind, EventPayload, EventType, PartialDate, Precision
from vigil.read.dossier import dossier
from vigil.settings import Settings
from vigil.status import days_incommunicado
from vigil.store.claims import get_claims, source_claims
from vigil.web import create_app

SEED = Path(__file__).resolve().parents[2] / "src/vigil/demo/data/seed_000_af915d7ba50896bb.txt"
NAME = "Syarhey Tsikhanouski"
REPORTED = dt.date(2024, 8, 16)
HELD_SINCE = "2020"  # "imprisoned" after being barred from running in 2020


def _queue(url: str) -> list[Claim]:
    def work(conn: Connection) -> list[Claim]:
        return get_claims(conn, queue_ids(conn, QueueFilter(source=1)))

    return read(url, work)


def _undated_detention(claim: Claim) -> bool:
    """A detention of a named person the source gives no date for: the documenter types
    the year the report gives ("in 2020")."""
    p = claim.payload
    return (
        isinstance(p, EventPayload)
        and p.type is EventType.DETAINED
        and p.person is not None
        and p.date is None
    )


def _undated_other(claim: Claim) -> bool:
    p = claim.payload
    return isinstance(p, EventPayload) and p.person is not None and p.date is None


def _check_registry(url: str) -> None:
    """Tsikhanouski is held since 2020 (a year), incommunicado since 2023-03-08: 527
    days on the day of the report, and his record has no conflict."""

    def work(conn: Connection) -> None:
        claims = source_claims(conn, 1)
        assert all(c.review is not None for c in claims), "every claim was decided"
        person = next(
            c.review.decision.person_id
            for c in claims
            if c.kind is ClaimKind.PERSON
            and c.review is not None
            and c.review.decision is not None
            and c.review.decision.person_id is not None
        )
        d = dossier(conn, person, as_of=REPORTED)
        assert d.person.display_name == NAME
        by_type = {e.type: e for e in d.events}
        detained = by_type[EventType.DETAINED]
        assert detained.date == PartialDate(2020)
        assert detained.date.precision is Precision.YEAR  # never 2020-01-01 as a day
        incommunicado = by_type[EventType.INCOMMUNICADO]
        assert incommunicado.date == PartialDate(2023, 3, 8)
        assert d.fold.conflicts == ()
        assert d.fold.current is not None
        assert d.fold.current.incommunicado
        assert days_incommunicado(d.fold, REPORTED) == 527
        assert d.days_incommunicado == 527

    read(url, work)


def test_the_queue_puts_the_detention_before_incommunicado(db_url: str) -> None:
    with in_process(db_url) as vigil:
        vigil("ingest", str(SEED))
    queue = _queue(db_url)
    assert queue == sorted(queue, key=queue_order)
    events = [c for c in queue if isinstance(c.payload, EventPayload) and c.payload.person]
    kinds = [c.payload.type for c in events if isinstance(c.payload, EventPayload)]
    assert EventType.DETAINED in kinds
    assert EventType.INCOMMUNICADO in kinds
    assert kinds.index(EventType.DETAINED) < kinds.index(EventType.INCOMMUNICADO)
    # In the text, incommunicado (527 days) comes first: the order is the queue's.
    detention = events[kinds.index(EventType.DETAINED)]
    later = events[kinds.index(EventType.INCOMMUNICADO)]
    assert later.start < detention.start
    assert EVENT_ORDER[EventType.DETAINED] < EVENT_ORDER[EventType.INCOMMUNICADO]
    assert EVENT_ORDER[EventType.SENTENCED] < EVENT_ORDER[EventType.RELEASED]
    assert EVENT_ORDER[EventType.TRANSFERRED] < EVENT_ORDER[EventType.RELEASED]
    persons = [i for i, c in enumerate(queue) if c.kind is ClaimKind.PERSON]
    assert persons == list(range(len(persons)))  # persons before everything they do

    def walk(conn: Connection) -> list[int]:
        """The queue claim by claim, as the pages step through it (the database's
        order, resumed after each claim)."""
        seen: list[int] = []
        following = next_pending(conn, QueueFilter(source=1))
        while following is not None and following not in seen:
            seen.append(following)
            following = next_pending(conn, QueueFilter(source=1), get_claims(conn, [following])[0])
        return seen

    assert read(db_url, walk) == [c.id for c in queue]


def _answers(queue: list[Claim]) -> list[str]:
    """What a documenter types for each claim, in queue order: accept; the undated
    detention edited to its year first."""
    answers: list[str] = []
    for claim in queue:
        if _undated_detention(claim):
            fields = form_values(claim.kind, claim.payload)
            answers += ["e", *("" if name != "date" else HELD_SINCE for name in fields)]
        elif _undated_other(claim):
            answers += ["r", "no date in this report"]
        else:
            answers.append("a")
    return answers


def test_accepting_in_queue_order_on_the_cli(db_url: str) -> None:
    with in_process(db_url) as vigil:
        vigil("ingest", str(SEED))
        queue = _queue(db_url)
        out = vigil("review", "--source", "1", stdin="\n".join(_answers(queue)) + "\n")
        assert "contradicts" not in out
        assert "not accepted" not in out
        person = read(db_url, _person_of)
        shown = json.loads(vigil("person", "show", str(person), "--as-of", "2024-08-16",
                                 "--format", "json"))[0]  # fmt: skip
        table = vigil("person", "show", str(person), "--as-of", "2024-08-16")
    assert shown["incommunicado"] is True
    assert shown["days_incommunicado"] == 527
    dates = {e["type"]: e["date"] for e in shown["events"]}
    assert dates["detained"] == "2020"
    assert dates["incommunicado"] == "2023-03-08"
    assert "conflict" not in table
    _check_registry(db_url)


def _person_of(conn: Connection) -> int:
    for claim in source_claims(conn, 1):
        review = claim.review
        if review is not None and review.decision is not None and review.decision.person_id:
            return review.decision.person_id
    raise AssertionError("no person was recorded")


@pytest.fixture
def served(db_url: str) -> Iterator[str]:
    yield from (s.url for s in serve_app(create_app(Settings(database_url=db_url,
                                                             keys=TEST_KEYS_JSON))))  # fmt: skip


def _claim(url: str, claim_id: int) -> Claim:
    return read(url, lambda c: get_claims(c, [claim_id])[0])


def _walk(client: httpx.Client, url: str, decide: Callable[[Claim], dict[str, str]]) -> int:
    """Follow the staff review queue of source 1 from its first claim to its end,
    deciding each claim as ``decide`` says; how many were decided."""
    queue = client.get("/staff/review?source=1")
    start = re.search(r'href="(/staff/review/\d+\?source=1)">Start reviewing', queue.text)
    assert start, queue.text[:2000]
    page_url: str | None = start.group(1)
    decided = 0
    while page_url and re.match(r"/staff/review/\d+", page_url):
        page = client.get(page_url)
        found = re.search(r"/staff/review/(\d+)", page_url)
        assert found
        claim = _claim(url, int(found.group(1)))
        data = {"csrf_token": csrf_of(page), **decide(claim)}
        done = client.post(page_url, data=data)
        assert done.status_code == 303, done.text[:3000]
        decided += 1
        page_url = done.headers["location"]
    return decided


def test_accepting_in_queue_order_on_the_web(db_url: str, served: str) -> None:
    def decide(claim: Claim) -> dict[str, str]:
        if _undated_detention(claim):
            fields = form_values(claim.kind, claim.payload)
            return {"action": "accept", **{f"edit_{k}": v for k, v in fields.items()},
                    "edit_date": HELD_SINCE}  # fmt: skip
        if _undated_other(claim):
            return {"action": "reject", "note": "no date in this report"}
        return {"action": "accept"}

    with signed_in(served, db_url, "doc", Role.DOCUMENTER) as client:
        token = csrf_of(client.get("/staff/ingest"))
        files = {"file": ("seed.txt", SEED.read_bytes(), "text/plain")}
        stored = client.post("/staff/ingest", data={"csrf_token": token}, files=files)
        assert stored.status_code == 200, stored.text[:2000]
        decided = _walk(client, db_url, decide)
        assert decided == len(read(db_url, lambda c: source_claims(c, 1)))
        person = read(db_url, _person_of)
        public = client.get(f"/persons/{person}").text
    assert "held incommunicado" in public
    assert "Contradictions in the record" not in public
    _check_registry(db_url)
