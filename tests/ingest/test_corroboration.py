"""Corroboration: one fact reported by several sources is one event (or figure) resting
on several claims, never a duplicate; a claim that contradicts a fact is shown beside it
and can supersede it (with a reason) or be rejected. The rules: docs/counting.md, "One
fact, several reports"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, select

from tests.conftest import Cli
from tests.ingest.reports import ReportExtractor
from vigil.errors import Conflict, InvalidInput
from vigil.ingest import corroboration
from vigil.ingest.corroboration import ContradictsFact, Relation, SeveralFacts
from vigil.ingest.evidence import decision_words, view
from vigil.ingest.pipeline import ingest_source
from vigil.ingest.review import Choice, accept, accept_many, reject
from vigil.model import (
    MANUAL_EXTRACTOR,
    ClaimKind,
    Decision,
    Event,
    EventDetail,
    EventPayload,
    EventType,
    Facility,
    NameVariant,
    PartialDate,
    Person,
    Regime,
    ReviewState,
    Source,
)
from vigil.read.dossier import dossier
from vigil.stats import counts
from vigil.store.audit import verify
from vigil.store.claims import cite, source_claims
from vigil.store.db import transaction
from vigil.store.events import add_event
from vigil.store.facilities import add_facility, figure_claim_ids
from vigil.store.persons import add_person
from vigil.store.sources import add_source
from vigil.store.tables import event_claims, events, figure_claims, figures

SENTENCING = [
    "Ales Bialiatski was sentenced on 2023-03-03 to 10 years under article 342.",
    "A court in Minsk: Ales Bialiatski was sentenced on 2023-03-03 to 10 years.",
    "Ales Bialiatski was sentenced in 2023 under article 342.",
]


def _ingest(engine: Engine, text: str, published: dt.date | None = None) -> int:
    with transaction(engine) as conn:
        source = Source(text=text, title=f"Report {text[:12]}", published=published)
        return ingest_source(conn, source, ReportExtractor(), by="tester").source_id


def _accept_source(engine: Engine, source_id: int, **choice: object) -> list[Decision]:
    """Accept every claim of a source in queue order (persons first)."""
    decisions = []
    with transaction(engine) as conn:
        found = sorted(source_claims(conn, source_id), key=lambda c: (c.kind != ClaimKind.PERSON,
                                                                      c.start))  # fmt: skip
    for claim in found:
        with transaction(engine) as conn:
            kind_choice = Choice(**choice) if claim.kind is ClaimKind.EVENT else Choice()  # type: ignore[arg-type]
            decisions.append(accept(conn, claim, kind_choice, by="reviewer"))
    return decisions


def _count(engine: Engine, table: object) -> int:
    with transaction(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def _verified(conn: Connection) -> bool:
    """``vigil audit verify``: the chain holds and every record (event links and figure
    links included) is as the log last stated it."""
    result = verify(conn)
    assert result.ok, (result.problem, result.records)
    return True


def _event_claim(engine: Engine, source_id: int) -> int:
    with transaction(engine) as conn:
        return next(c.id or 0 for c in source_claims(conn, source_id) if c.kind is ClaimKind.EVENT)


def test_three_reports_of_one_sentencing_make_one_event_with_three_sources(
    engine: Engine,
) -> None:
    sources = [_ingest(engine, text) for text in SENTENCING]
    first = _accept_source(engine, sources[0])
    event_id = first[1].event_id
    second_claim = _event_claim(engine, sources[1])
    with transaction(engine) as conn:
        held = counts.count_at(conn, dt.date(2024, 1, 1))
        v = view(conn, second_claim)
    # The second report is shown as confirming the event, from one source so far.
    assert [(m.relation, m.fact.id, m.fact.sources) for m in v.facts] == [
        (Relation.CONFIRMS, event_id, 1)
    ]
    second = _accept_source(engine, sources[1])
    # The third (a year-only date, no term) in bulk: no decision needed.
    with transaction(engine) as conn:
        ids = [c.id or 0 for c in source_claims(conn, sources[2])]
        result = accept_many(conn, ids, by="editor")
    assert result.left == ()
    assert second[1] == Decision(person_id=1, event_id=event_id, corroborates=True)
    assert decision_words(second[1]) == ["confirms event 1 (person 1)"]
    assert _count(engine, events) == 1
    with transaction(engine) as conn:
        d = dossier(conn, 1, as_of=dt.date(2024, 1, 1))
        assert len(d.events) == 1
        assert sorted({d.claims[c].source_id for c in d.events[0].claim_ids}) == sources
        assert counts.count_at(conn, dt.date(2024, 1, 1)) == held
        assert _verified(conn)


def test_a_second_report_of_a_detention_confirms_it_never_held_twice(engine: Engine) -> None:
    a = _ingest(engine, "Ihar Losik was detained on 2020-06-25.")
    b = _ingest(engine, "Ihar Losik was detained in 2020.")
    c = _ingest(engine, "Ihar Losik was detained.")  # no date: confirms the only detention
    _accept_source(engine, a)
    for source in (b, c):
        with transaction(engine) as conn:
            ids = [x.id or 0 for x in source_claims(conn, source)]
            assert accept_many(conn, ids, by="editor").left == ()
    assert _count(engine, events) == 1
    assert _count(engine, event_claims) == 3


def test_a_contradicting_report_is_shown_beside_the_fact(engine: Engine) -> None:
    a = _ingest(engine, "Maryia Kalesnikava was sentenced on 2021-09-06 to 11 years.")
    b = _ingest(engine, "Maryia Kalesnikava was sentenced on 2021-09-06 to 12 years.")
    c = _ingest(engine, "Maryia Kalesnikava was detained on 2020-09-07.")
    d = _ingest(engine, "Maryia Kalesnikava was detained on 2020-09-08.")
    for source in (a, c):
        _accept_source(engine, source)
    wrong_term, wrong_day = _event_claim(engine, b), _event_claim(engine, d)
    with transaction(engine) as conn:
        term = view(conn, wrong_term).facts
        day = view(conn, wrong_day).facts
    assert [(m.relation, m.fact.id) for m in term] == [(Relation.CONTRADICTS, 1)]
    assert [(x.field, x.fact, x.claim) for x in term[0].differences] == [
        ("term_months", "132", "144")
    ]
    assert [(m.relation, m.fact.id, m.conflict) for m in day] == [
        (Relation.CONTRADICTS, 2, "detained while already held")
    ]
    # Accepting as it stands is refused with what to do; nothing is written.
    refused = r"contradicts event 1 .*term months 144 against 132"
    with pytest.raises(ContradictsFact, match=refused), transaction(engine) as conn:
        accept(conn, view(conn, wrong_term).claim, Choice(), by="reviewer")
    # Superseding needs a reason; with one, the correction is recorded, the old event kept.
    with pytest.raises(InvalidInput, match="needs a reason"), transaction(engine) as conn:
        accept(conn, view(conn, wrong_term).claim, Choice(supersedes=1), by="reviewer")
    with transaction(engine) as conn:
        decision = accept(conn, view(conn, wrong_term).claim,
                          Choice(supersedes=1, note="the appeal court's record says 12"),
                          by="reviewer")  # fmt: skip
        assert decision == Decision(person_id=1, event_id=3, supersedes=1)
        history = dossier(conn, 1).events
        assert {e.id for e in history} == {1, 2, 3}
        assert {e.id for e in history if e.id in dossier(conn, 1).superseded} == {1}
        # The other contradiction is rejected: it stays out.
        reject(conn, view(conn, wrong_day).claim, by="reviewer", note="a typo of the day")
        assert _verified(conn)
    assert _count(engine, events) == 3


def test_a_contradiction_of_a_fact_can_be_recorded_anyway_with_a_reason(engine: Engine) -> None:
    """'Record anyway' (``allow_conflict``) holds for a known fact as for the record: the
    claim is recorded as a new event, the reason kept, and the fold's conflict shown."""
    a = _ingest(engine, "Maryia Kalesnikava was detained on 2020-09-07.")
    b = _ingest(engine, "Maryia Kalesnikava was detained on 2020-09-08.")
    _accept_source(engine, a)
    claim = _event_claim(engine, b)
    with transaction(engine) as conn:
        person = next(c for c in source_claims(conn, b) if c.kind is ClaimKind.PERSON)
        accept(conn, person, Choice(), by="reviewer")
    with pytest.raises(ContradictsFact), transaction(engine) as conn:
        accept(conn, view(conn, claim).claim, Choice(), by="reviewer")
    with transaction(engine) as conn:
        with pytest.raises(InvalidInput, match="needs a reason"):
            accept(conn, view(conn, claim).claim, Choice(allow_conflict=True), by="reviewer")
        why = "the family says the 8th"
        decision = accept(conn, view(conn, claim).claim,
                          Choice(allow_conflict=True, note=why), by="reviewer")  # fmt: skip
        assert decision == Decision(person_id=1, event_id=2, allow_conflict=True)
        assert decision.words() == ["person 1", "event 2", "recorded despite a conflict"]
        d = dossier(conn, 1)
        assert [c.reason for c in d.fold.conflicts] == ["detained while already held"]
        assert view(conn, claim).claim.review.note == why  # type: ignore[union-attr]
        assert _verified(conn)


def test_several_facts_confirmed_ask_which(engine: Engine) -> None:
    a = _ingest(engine, "Pavel Seviarynets was detained on 2020-06-07. "
                        "Pavel Seviarynets was released on 2020-06-20. "
                        "Pavel Seviarynets was detained on 2020-11-02.")  # fmt: skip
    b = _ingest(engine, "Pavel Seviarynets was detained in 2020.")
    _accept_source(engine, a)
    claim = _event_claim(engine, b)
    with (
        pytest.raises(SeveralFacts, match=r"confirms event 1 .* event 3"),
        transaction(engine) as conn,
    ):
        accept(conn, view(conn, claim).claim, Choice(), by="reviewer")
    with pytest.raises(InvalidInput, match="does not confirm 2"), transaction(engine) as conn:
        accept(conn, view(conn, claim).claim, Choice(corroborates=2), by="reviewer")
    with transaction(engine) as conn:
        decision = accept(conn, view(conn, claim).claim, Choice(corroborates=3), by="reviewer")
    assert decision == Decision(person_id=1, event_id=3, corroborates=True)
    assert _count(engine, events) == 3


def test_a_figure_reported_twice_is_one_figure_with_two_claims(engine: Engine) -> None:
    text = "More than 1,400 political prisoners are held."
    a = _ingest(engine, text, dt.date(2024, 8, 16))
    b = _ingest(engine, "Viasna: " + text, dt.date(2024, 8, 16))
    c = _ingest(engine, "Later: " + text, dt.date(2024, 9, 30))  # another day: another figure
    for source in (a, b, c):
        _accept_source(engine, source)
    assert _count(engine, figures) == 2
    assert _count(engine, figure_claims) == 1
    with transaction(engine) as conn:
        linked = figure_claim_ids(conn, [1, 2])
        assert [len(linked[1]), len(linked[2])] == [2, 1]
        assert _verified(conn)


def test_date_compatibility_is_overlap() -> None:
    year, day = PartialDate.parse("2020"), PartialDate.parse("2020-05-29")
    assert year.compatible(day)
    assert day.compatible(year)
    assert PartialDate.parse("~2020-05").compatible(day)
    assert not PartialDate.parse("2020-06").compatible(day)
    assert not PartialDate.parse("2021").compatible(day)


def test_a_claim_confirms_nothing_it_was_rejected_from(engine: Engine) -> None:
    """A link is appended once and only for a claim that stands."""
    a = _ingest(engine, "Ihar Losik was detained on 2020-06-25.")
    _accept_source(engine, a)
    with transaction(engine) as conn:
        claim = next(c for c in source_claims(conn, a) if c.kind is ClaimKind.EVENT)
        assert claim.state is ReviewState.ACCEPTED
        assert isinstance(claim.payload, EventPayload)
        stated = corroboration.stated_event(conn, claim.payload)
        match = corroboration.judge_event(conn, 1, stated)[0]
        with pytest.raises(Conflict, match="already rests on claim"):
            corroboration.link(conn, match, claim.id or 0, by="x")


def test_vigil_review_confirms_a_known_sentencing(cli: Cli, engine: Engine) -> None:
    sources = [_ingest(engine, text) for text in SENTENCING]
    # Queue order: by source, the person first. Source 1: person, event; source 2:
    # person, then the event confirms #1 (c, Enter: the fact offered); source 3: person,
    # then accept (the only fact it confirms).
    out = cli("review", stdin="a\na\na\nc\n\na\na\n").out
    assert "confirms event #1 (already from 1 source)" in out
    assert "confirms event #1 (already from 2 sources)" in out
    assert "[c]onfirm" in out
    assert "6 accepted, 0 rejected, 0 skipped" in out
    assert "confirms event 1 (person 1)" in out
    with transaction(engine) as conn:
        d = dossier(conn, 1)
        assert len(d.events) == 1
        assert sorted({d.claims[c].source_id for c in d.events[0].claim_ids}) == sources


def test_vigil_review_supersedes_a_contradicted_sentencing(cli: Cli, engine: Engine) -> None:
    """Accept is refused with what to do (supersede, reject, or record anyway); Enter goes
    back, and u supersedes the fact with a reason."""
    _ingest(engine, "Maryia Kalesnikava was sentenced on 2021-09-06 to 11 years.")
    _ingest(engine, "Maryia Kalesnikava was sentenced on 2021-09-06 to 12 years.")
    out = cli("review", stdin="a\na\na\na\n\nu\n\nthe appeal court says 12\n").out
    assert "contradicts event #1" in out
    assert "supersede event 1 with this claim" in out
    assert "record it anyway?" in out
    assert "correcting event 1" in out
    assert "4 accepted, 0 rejected, 0 skipped" in out
    with transaction(engine) as conn:
        assert dossier(conn, 1).superseded == {1}


def test_two_reports_of_a_recognition_make_one_recognition(engine: Engine) -> None:
    a = _ingest(engine, "Ihar Losik was detained on 2020-06-25. Ihar Losik was recognized "
                        "on 2020-07-01.")  # fmt: skip
    b = _ingest(engine, "Ihar Losik was recognized in 2020-07.")
    _accept_source(engine, a)
    decisions = _accept_source(engine, b)
    assert decisions[1] == Decision(person_id=1, event_id=2, corroborates=True)
    with transaction(engine) as conn:
        d = dossier(conn, 1, as_of=dt.date(2021, 1, 1))
        assert [len(e.claim_ids) for e in d.events] == [1, 2]
        assert d.fold.current is not None
        assert d.fold.current.counted


#: The fact: sentenced on 2021-09-06 to 10 years under articles 342 and 130, in Hrodna
#: prison (a facility of the registry). What each claim states, and how it relates.
D = PartialDate.parse
RULES: list[tuple[dict[str, object], Relation | None, tuple[str, ...]]] = [
    ({"date": D("2021")}, Relation.CONFIRMS, ()),
    ({"date": D("2021-09")}, Relation.CONFIRMS, ()),
    ({}, Relation.CONFIRMS, ()),  # no date: compatible with any
    ({"date": D("2021-09-06"), "articles": ("342",)}, Relation.CONFIRMS, ()),  # one set within
    ({"date": D("2021-09-06"), "articles": ("342", "130", "361-1")}, Relation.CONFIRMS, ()),
    ({"date": D("2021-09-06"), "facility": "Unknown jail"}, Relation.CONFIRMS, ()),  # not known
    ({"date": D("2021-09-06"), "detail": "a closed trial"}, Relation.CONFIRMS, ()),  # a note
    ({"date": D("2021-09-06"), "articles": ("342", "293")}, Relation.CONTRADICTS, ("articles",)),
    ({"date": D("2021"), "term_months": 132}, Relation.CONTRADICTS, ("term_months",)),
    ({"date": D("2021-09-06"), "regime": Regime.STRICT}, Relation.CONTRADICTS, ("regime",)),
    ({"date": D("2021-09-06"), "facility": "Minsk jail"}, Relation.CONTRADICTS, ("facility",)),
    ({"date": D("2021-10")}, None, ()),  # another month: another sentence
    ({"date": D("2022")}, None, ()),
]


@pytest.mark.parametrize(("stated", "relation", "fields"), RULES)
def test_the_rules_of_one_fact(
    engine: Engine,
    stated: dict[str, Any],
    relation: Relation | None,
    fields: tuple[str, ...],
) -> None:
    with transaction(engine) as conn:
        for name in ("Hrodna prison", "Minsk jail"):
            add_facility(conn, Facility((name,)), by="t")
        person = add_person(conn, Person(names=(NameVariant.of("Ales Test"),)), by="t")
        source, _ = add_source(conn, Source("The court's record."), by="t")
        claim = cite(conn, source, None, kind=ClaimKind.EVENT, extractor=MANUAL_EXTRACTOR, by="t")
        add_event(conn, Event(person, EventType.SENTENCED, PartialDate.parse("2021-09-06"),
                              dt.datetime.now(dt.UTC), facility_id=1,
                              detail=EventDetail(articles=("342", "130"), term_months=120,
                                                 regime=Regime.GENERAL),
                              claim_ids=(claim,), recorded_by="t"))  # fmt: skip
        payload = EventPayload(EventType.SENTENCED, **stated)
        found = corroboration.judge_event(conn, person, corroboration.stated_event(conn, payload))
    assert [m.relation for m in found] == ([relation] if relation else [])
    assert tuple(d.field for m in found for d in m.differences) == fields
