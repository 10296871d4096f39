"""A facility claim names a known facility in another script or case form: the review
offers the facility it may be and asks, so that accepting never makes it twice."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from tests.conftest import Cli
from vigil.ingest.evidence import view
from vigil.ingest.manual import propose_span
from vigil.ingest.review import Choice, NeedsDecision, accept, accept_many, facility_matches
from vigil.model import Source
from vigil.store.claims import get_claims
from vigil.store.db import transaction
from vigil.store.events import load_events
from vigil.store.sources import add_source
from vigil.store.tables import facilities

EN = "Officials went to colony No. 1 in Novopolotsk every day. Others are in colony No. 10."
BE = "Пачобут адбывае тэрмін у Наваполацкай калоніі."


def _facility_claim(engine: Engine, text: str, words: str) -> int:
    with transaction(engine) as conn:
        source, _ = add_source(conn, Source(text, title=words), by="tester")
        return propose_span(conn, source, "facility", {}, by="tester", words=words)


def _count(engine: Engine) -> int:
    with transaction(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(facilities)).scalar_one())


def test_a_case_form_in_another_script_is_offered_and_asked(engine: Engine) -> None:
    first = _facility_claim(engine, EN, "colony No. 1 in Novopolotsk")
    other = _facility_claim(engine, EN + " ", "colony No. 10")
    with transaction(engine) as conn:
        known = accept(conn, get_claims(conn, [first])[0], Choice(), by="tester").facility_id
        accept(conn, get_claims(conn, [other])[0], Choice(), by="tester")
    assert known is not None
    second = _facility_claim(engine, BE, "Наваполацкай калоніі")
    with transaction(engine) as conn:
        (offered,) = view(conn, second).facilities  # colony No. 10 is elsewhere in name only
        assert (offered.facility_id, offered.same) == (known, False)
        assert "navapalack" in offered.reason
        # Bulk accept leaves it for a person, with why.
        assert [left.code for left in accept_many(conn, [second], by="tester").left] == [
            NeedsDecision.code
        ]
        with pytest.raises(NeedsDecision, match="may be a known facility"):
            accept(conn, get_claims(conn, [second])[0], Choice(), by="tester")
    assert _count(engine) == 2
    with transaction(engine) as conn:
        chosen = Choice(facility_id=known)
        decision = accept(conn, get_claims(conn, [second])[0], chosen, by="tester")
    assert decision.facility_id == known
    assert _count(engine) == 2  # no second Novopolotsk colony


def test_a_new_facility_when_the_reviewer_says_so(engine: Engine) -> None:
    first = _facility_claim(engine, EN, "colony No. 1 in Novopolotsk")
    second = _facility_claim(engine, BE, "Наваполацкай калоніі")
    with transaction(engine) as conn:
        accept(conn, get_claims(conn, [first])[0], Choice(), by="tester")
        decision = accept(conn, get_claims(conn, [second])[0], Choice(new_facility=True),
                          by="tester")  # fmt: skip
    assert decision.facility_id == 2
    assert _count(engine) == 2


def test_the_same_name_is_the_same_facility_and_numbers_keep_colonies_apart(
    engine: Engine,
) -> None:
    first = _facility_claim(engine, EN, "colony No. 1 in Novopolotsk")
    with transaction(engine) as conn:
        accept(conn, get_claims(conn, [first])[0], Choice(), by="tester")
        assert [m.same for m in facility_matches(conn, "Colony No. 1 in NOVOPOLOTSK")] == [True]
        assert facility_matches(conn, "colony No. 10 in Navapolatsk") == []
        assert facility_matches(conn, "Penal colony No. 9 in Horki") == []


def test_the_cli_offers_the_facility_and_takes_its_id(cli: Cli, engine: Engine) -> None:
    first = _facility_claim(engine, EN, "colony No. 1 in Novopolotsk")
    with transaction(engine) as conn:
        known = accept(conn, get_claims(conn, [first])[0], Choice(), by="tester").facility_id
    second = _facility_claim(engine, BE, "Наваполацкай калоніі")
    out = cli("review", stdin=f"a\n{known}\n").out
    assert f"candidate: facility {known} colony No. 1 in Novopolotsk" in out
    assert "may be a known facility" in out
    with transaction(engine) as conn:
        (claim,) = get_claims(conn, [second])
    assert claim.review is not None
    assert claim.review.decision is not None
    assert claim.review.decision.facility_id == known
    assert _count(engine) == 1


def test_an_event_in_a_known_facility_by_another_name_asks_which(engine: Engine) -> None:
    first = _facility_claim(engine, EN, "colony No. 1 in Novopolotsk")
    text = "Андрэй Тэставы быў затрыманы і змешчаны ў Наваполацкую калонію 3 сакавіка 2023 году."
    with transaction(engine) as conn:
        known = accept(conn, get_claims(conn, [first])[0], Choice(), by="tester").facility_id
        source, _ = add_source(conn, Source(text, title="detention"), by="tester")
        fields = {"type": "detained", "date": "2023-03-03", "person": "Андрэй Тэставы",
                  "facility": "Наваполацкую калонію"}  # fmt: skip
        moved = propose_span(conn, source, "event", fields, by="tester", words=text[:-1])
        (offered,) = view(conn, moved).facilities
        assert offered.facility_id == known
        with pytest.raises(NeedsDecision, match="may be a known facility"):
            accept(conn, get_claims(conn, [moved])[0], Choice(new_person=True), by="tester")
        chosen = Choice(new_person=True, facility_id=known)
        decision = accept(conn, get_claims(conn, [moved])[0], chosen, by="tester")
        assert decision.event_id is not None
        (event,) = load_events(conn, [decision.person_id or 0])[decision.person_id or 0]
    assert event.facility_id == known
    assert _count(engine) == 1
