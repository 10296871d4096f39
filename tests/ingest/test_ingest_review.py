"""Ingestion proposes claims once; review turns accepted claims into registry facts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, func, select

from tests.ingest.fake_extractor import TEXT, FakeExtractor
from vigil.errors import Conflict
from vigil.ingest.pipeline import ingest_source
from vigil.ingest.review import Choice, NeedsDecision, accept, reject
from vigil.model import (
    ClaimKind,
    Decision,
    Edit,
    EventPayload,
    NameVariant,
    Person,
    PersonRole,
    ReviewState,
    Source,
)
from vigil.read.dossier import dossier
from vigil.stats import counts
from vigil.store.claims import pending_claims, source_claims
from vigil.store.db import transaction
from vigil.store.persons import add_person
from vigil.store.tables import events, figures, persons

SOURCE = Source(text=TEXT, title="Report", published=dt.date(2021, 6, 3))


def _ingest(engine: Engine, extractor: FakeExtractor | None = None, again: bool = True) -> int:
    with transaction(engine) as conn:
        report = ingest_source(conn, SOURCE, extractor or FakeExtractor(), by="tester", again=again)
    return report.proposed


def _claim(engine: Engine, kind: ClaimKind, words: str):  # type: ignore[no-untyped-def]
    with transaction(engine) as conn:
        return next(c for c in pending_claims(conn) if c.kind is kind and words in c.quote)


def _count(engine: Engine, table) -> int:  # type: ignore[no-untyped-def]
    with transaction(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_ingest_proposes_once_and_rejected_claims_stay_away(engine: Engine) -> None:
    first = _ingest(engine)
    assert first == 7  # 2 persons, 3 events, 1 figure, 1 facility
    assert _ingest(engine) == 0
    released = _claim(engine, ClaimKind.EVENT, "Ivan Test was released")
    with transaction(engine) as conn:
        reject(conn, released, by="reviewer", note="he was never detained")
    assert _ingest(engine) == 0
    assert _ingest(engine, FakeExtractor("fake.v2")) == 0  # a new version finds the same
    with transaction(engine) as conn:
        states = {c.quote: c.state for c in source_claims(conn, 1)}
        assert states["Ivan Test was released"] is ReviewState.REJECTED
        assert all(c.state is ReviewState.PROPOSED for c in pending_claims(conn))
        assert len(pending_claims(conn)) == first - 1


def test_accepting_writes_the_registry_with_provenance(engine: Engine) -> None:
    _ingest(engine)
    for kind, words in [
        (ClaimKind.PERSON, "Volha Krumenka"),
        (ClaimKind.EVENT, "was detained on May 28"),
        (ClaimKind.EVENT, "recognized Krumenka"),
        (ClaimKind.FIGURE, "More than 1,400"),
    ]:
        claim = _claim(engine, kind, words)
        with transaction(engine) as conn:
            accept(conn, claim, Choice(), by="reviewer")
    assert _count(engine, persons) == 1
    assert _count(engine, figures) == 1
    with transaction(engine) as conn:
        d = dossier(conn, 1, as_of=dt.date(2021, 7, 1))
        assert [e.type.value for e in d.events] == ["detained", "recognized_political_prisoner"]
        assert d.fold.current is not None
        assert d.fold.current.recognized
        assert d.facilities[d.events[0].facility_id or 0].name == "Hrodna prison"
        claim = d.claims[d.events[0].claim_ids[0]]
        assert claim.quote == "Volha Krumenka was detained on May 28, 2021"
        assert claim.review is not None
        assert claim.review.decision == Decision(person_id=1, event_id=1)
        assert counts.count_at(conn, dt.date(2021, 6, 15)) == 1
        assert d.person.gender.value == "female"


def test_existing_person_is_linked_and_ambiguity_asks(engine: Engine) -> None:
    with transaction(engine) as conn:
        for _ in range(2):
            add_person(conn, Person(names=(NameVariant.of("Volha Krumenka"),)), by="t")
    _ingest(engine)
    claim = _claim(engine, ClaimKind.EVENT, "was detained on May 28")
    assert isinstance(claim.payload, EventPayload)
    assert claim.payload.link is not None
    assert claim.payload.link.ids == (1, 2)
    with (
        pytest.raises(NeedsDecision, match=r"may be person 1 .* person 2"),
        transaction(engine) as conn,
    ):
        accept(conn, claim, Choice(), by="reviewer")
    with transaction(engine) as conn:
        decision = accept(conn, claim, Choice(person_id=2), by="reviewer")
    assert decision.person_id == 2
    assert _count(engine, persons) == 2


def test_missing_date_needs_an_edit(engine: Engine) -> None:
    _ingest(engine, FakeExtractor(dates=False))
    claim = _claim(engine, ClaimKind.EVENT, "was detained on May 28")
    with pytest.raises(NeedsDecision, match="no date"), transaction(engine) as conn:
        accept(conn, claim, Choice(), by="reviewer")
    assert _count(engine, persons) == 0  # nothing half-written
    with transaction(engine) as conn:
        decision = accept(conn, claim, Choice(edited={"date": "2021-05-28"}), by="reviewer")
    assert decision.edited == (Edit("date", "2021-05-28"),)
    assert _count(engine, events) == 1


def test_contradiction_is_refused_and_claim_stays_proposed(engine: Engine) -> None:
    _ingest(engine)
    claim = _claim(engine, ClaimKind.EVENT, "Ivan Test was released")
    with pytest.raises(Conflict, match="with no detention"), transaction(engine) as conn:
        accept(conn, claim, Choice(edited={"date": "2021-06-01"}), by="reviewer")
    assert _count(engine, events) == 0
    assert _count(engine, persons) == 0
    with transaction(engine) as conn:
        assert any(c.id == claim.id for c in pending_claims(conn))


def test_an_event_after_its_person_was_accepted_as_not_held(engine: Engine) -> None:
    """Issue 13: a person claim accepted with another role records no person; an event
    claim naming the same person then links the name afresh instead of failing."""
    _ingest(engine)
    person = _claim(engine, ClaimKind.PERSON, "Volha Krumenka")
    with transaction(engine) as conn:
        decision = accept(conn, person, Choice(edited={"role": "other"}), by="reviewer")
    assert decision == Decision(role=PersonRole.OTHER, edited=(Edit("role", "other"),))
    assert _count(engine, persons) == 0
    detained = _claim(engine, ClaimKind.EVENT, "was detained on May 28")
    with transaction(engine) as conn:
        decision = accept(conn, detained, Choice(), by="reviewer")
    assert decision.person_id is not None
    assert decision.event_id is not None
    assert _count(engine, persons) == 1
    assert _count(engine, events) == 1
