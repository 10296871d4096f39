"""A case claim: a source names a trial of several people; review opens it as a new case
or joins its defendants to a case the registry holds, through the same service as every
other claim (one savepoint, audited). A defendant the review has not decided waits for
the reviewer, with nothing written. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from vigil.extract.types import Extraction, FoundEvent, FoundPerson, Role, Span
from vigil.ingest.case_review import CaseKnown, DefendantUndecided
from vigil.ingest.claims import claims_from
from vigil.ingest.edits import edits, form_values
from vigil.ingest.evidence import describe
from vigil.ingest.manual import propose_span
from vigil.ingest.review import Choice, accept
from vigil.ingest.trials import trial_claims
from vigil.model import CasePayload, ClaimKind, EventType, Source
from vigil.store import cases as store
from vigil.store.audit import entries, verify
from vigil.store.claim_json import payload_from_json, payload_to_json
from vigil.store.claims import get_claims
from vigil.store.db import transaction
from vigil.store.sources import add_source
from vigil.store.tables import case_defendants, cases

TEXT = (
    "Minsk, 18 February 2022. The Minsk City Court, judge Natallia Buhuk, sentenced the "
    "Belsat journalists Katsiaryna Andreyeva and Darya Chultsova for a live stream of a "
    "protest. Ihar Ilyash was later tried in the same case."
)
TRIAL = "sentenced the Belsat journalists Katsiaryna Andreyeva and Darya Chultsova"


def _person(conn, source: int, name: str) -> int:  # type: ignore[no-untyped-def]
    claim_id = propose_span(conn, source, "person", {}, by="doc", words=name)
    decision = accept(conn, get_claims(conn, [claim_id])[0], Choice(), by="doc")
    assert decision.person_id is not None
    return decision.person_id


def test_a_trial_named_in_a_source_becomes_a_case_then_grows(engine: Engine) -> None:
    with transaction(engine) as conn:
        source, _ = add_source(conn, Source(TEXT, title="Belsat trial"), by="doc")
        andreyeva = _person(conn, source, "Katsiaryna Andreyeva")
        chultsova = _person(conn, source, "Darya Chultsova")
        fields = {"defendants": "Katsiaryna Andreyeva, Darya Chultsova", "court":
                  "Minsk City Court", "judge": "Natallia Buhuk", "articles": "342",
                  "activity": "a live stream of a protest"}  # fmt: skip
        claim_id = propose_span(conn, source, "case", fields, by="doc", words=TRIAL)
        claim = get_claims(conn, [claim_id])[0]
        assert claim.kind is ClaimKind.CASE
        assert isinstance(claim.payload, CasePayload)
        assert claim.payload.defendants == ("Katsiaryna Andreyeva", "Darya Chultsova")
        assert "Minsk City Court" in describe(claim)
        assert form_values(claim.kind, claim.payload)["defendants"] == (
            "Katsiaryna Andreyeva, Darya Chultsova")  # fmt: skip
        title = edits(claim, {"title": "Case of Belsat journalists"})
        decision = accept(conn, claim, Choice(edited=title), by="doc")
        assert decision.case_id is not None
        case = store.get_case(conn, decision.case_id)
        assert case.title == "Case of Belsat journalists"
        assert case.person_ids == (andreyeva, chultsova)
        assert (case.court and case.court.name, case.judge and case.judge.name) == (
            "Minsk City Court", "Natallia Buhuk")  # fmt: skip
        assert case.activity == "a live stream of a protest"

        # A later report names a third defendant of the same case: the review joins them.
        ilyash = _person(conn, source, "Ihar Ilyash")
        named = {"defendants": "Ihar Ilyash, Darya Chultsova"}
        words = "Ihar Ilyash was later tried in the same case"
        later = propose_span(conn, source, "case", named, by="doc", words=words)
        joined = accept(conn, get_claims(conn, [later])[0], Choice(case_id=case.id), by="doc")
        assert (joined.case_id, joined.joined) == (case.id, (ilyash,))
        assert "joined 1 to case" in " ".join(joined.words())
        assert store.get_case(conn, case.id).person_ids == (andreyeva, chultsova, ilyash)
        assert conn.execute(select(func.count()).select_from(cases)).scalar_one() == 1
        accepted = entries(conn, action="claim.accept", limit=None)
        assert accepted[0].after["written"] == {"case_id": case.id, "joined": [ilyash]}
        assert verify(conn).ok
        # Read back from the store, the decision says what it did.
        review = get_claims(conn, [later])[0].review
        assert review is not None
        assert review.decision == joined


def test_an_undecided_defendant_waits_with_nothing_written(engine: Engine) -> None:
    with transaction(engine) as conn:
        source, _ = add_source(conn, Source(TEXT), by="doc")
        _person(conn, source, "Katsiaryna Andreyeva")
        claim_id = propose_span(conn, source, "case",
                                {"defendants": "Katsiaryna Andreyeva, Darya Chultsova"},
                                by="doc", words=TRIAL)  # fmt: skip
        with pytest.raises(DefendantUndecided, match="'Darya Chultsova' is in the registry is not"):
            accept(conn, get_claims(conn, [claim_id])[0], Choice(), by="doc")
        assert conn.execute(select(func.count()).select_from(cases)).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(case_defendants)).scalar_one() == 0
        with pytest.raises(Exception, match="say the defendants' names"):
            propose_span(conn, source, "case", {"court": "X"}, by="doc", words="Ihar Ilyash")
        with pytest.raises(Exception, match="'speaker' is not a field of a case claim"):
            propose_span(conn, source, "case", {"defendants": "A", "speaker": "B"}, by="doc",
                         words="Ihar Ilyash")  # fmt: skip


def test_case_payload_round_trips_as_json() -> None:
    payload = CasePayload("Case of the five", ("A B", "C D"), ("342",), "Court", "Judge",
                          "a protest", "why")  # fmt: skip
    assert payload_from_json(ClaimKind.CASE, payload_to_json(payload)) == payload


def test_a_trial_already_recorded_asks_which_case(engine: Engine) -> None:
    with transaction(engine) as conn:
        source, _ = add_source(conn, Source(TEXT), by="doc")
        for name in ("Katsiaryna Andreyeva", "Darya Chultsova"):
            _person(conn, source, name)
        fields = {"defendants": "Katsiaryna Andreyeva, Darya Chultsova"}
        first = propose_span(conn, source, "case", fields, by="doc", words=TRIAL)
        opened = accept(conn, get_claims(conn, [first])[0], Choice(), by="doc")
        again = propose_span(conn, source, "case", fields, by="doc",
                             words="Katsiaryna Andreyeva and Darya Chultsova")  # fmt: skip
        claim = get_claims(conn, [again])[0]
        with pytest.raises(CaseKnown, match=f"already in case {opened.case_id}") as asked:
            accept(conn, claim, Choice(), by="doc")
        assert asked.value.cases == (opened.case_id,)
        assert asked.value.code == "needs_decision"
        other = accept(conn, claim, Choice(new_case=True), by="doc")
        assert other.case_id not in (None, opened.case_id)
        assert conn.execute(select(func.count()).select_from(cases)).scalar_one() == 2


def _found(name: str, event: FoundEvent, role: Role = Role.DETAINEE) -> FoundPerson:
    at = SENTENCE.index(name)
    return FoundPerson(name, role, Span(at, at + len(name)), events=(event,), confidence=0.8)


SENTENCE = ("The Frunzienski District Court of Minsk, judge Natallia Buhuk, sentenced the "
            "journalists Katsiaryna Andreyeva and Darya Chultsova to two years. "
            "Ihar Losik was sentenced to 15 years.")  # fmt: skip


def test_extraction_proposes_a_trial_where_several_are_sentenced_together() -> None:
    clause = Span(0, SENTENCE.index(" Ihar"))
    together = FoundEvent(EventType.SENTENCED, clause, articles=("342",), confidence=0.8)
    alone = FoundEvent(EventType.SENTENCED, Span(clause.end + 1, len(SENTENCE)))
    found = Extraction("test.v1", "en", persons=(
        _found("Katsiaryna Andreyeva", together), _found("Darya Chultsova", together),
        _found("Ihar Losik", alone),
        _found("Natallia Buhuk", together, Role.OFFICIAL),
    ))  # fmt: skip
    (claim,) = trial_claims(found, 1, SENTENCE)
    assert claim.kind is ClaimKind.CASE
    assert (claim.start, claim.end) == (clause.start, clause.end)
    assert claim.payload == CasePayload(
        defendants=("Katsiaryna Andreyeva", "Darya Chultsova"), articles=("342",),
        court="Frunzienski District Court of Minsk", judge="Natallia Buhuk",
        reason="2 named persons sentenced in one clause: a group trial",
    )  # fmt: skip
    assert claim.confidence == pytest.approx(0.72)
    # Through the claims every extraction becomes: the trial is among them, once.
    made = claims_from(found, 1, SENTENCE, {})
    assert [c.kind for c in made].count(ClaimKind.CASE) == 1
