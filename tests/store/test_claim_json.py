"""Typed claims at the store's edge: payloads and review decisions written as JSON with a
version, and rows written in the shape of before (no version, keys missing) read back
unchanged on SQLite and PostgreSQL, and still work in review."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, insert, select

from vigil.errors import StorageError
from vigil.ingest.review import Choice, accept, decided_person
from vigil.model import (
    Claim,
    ClaimKind,
    Decision,
    Edit,
    EventPayload,
    EventType,
    FacilityPayload,
    FigurePayload,
    Gender,
    LinkCandidate,
    NameLink,
    OrganizationPayload,
    PartialDate,
    PersonPayload,
    PersonRole,
    Qualifier,
    QuotePayload,
    Regime,
    ReviewState,
    Source,
)
from vigil.store.claim_json import (
    decision_from_json,
    decision_to_json,
    payload_from_json,
    payload_to_json,
)
from vigil.store.claims import add_claim, get_claims
from vigil.store.db import transaction
from vigil.store.events import load_events
from vigil.store.sources import add_source
from vigil.store.tables import claim_reviews, claims

TEXT = "Volha Krumenka was detained in 2021. More than 1,400 are held. Viasna said so."
AT = dt.datetime(2024, 1, 2, 3, tzinfo=dt.UTC)

SCORE = {"person_id": 7, "name": "Volha Krumenka", "score": 0.97, "same": True,
         "reason": "same name"}  # fmt: skip
#: Payloads as the ingestion of before wrote them: every key of that time.
OLD_PERSON = {"name": "Volha Krumenka", "role": "detainee", "gender": "female",
              "person_id": None, "candidates": [7], "candidate_scores": [SCORE],
              "matcher": "vigil.names.v1", "reason": "a name", "mentions": [[0, 14]]}  # fmt: skip
OLD_EVENT = {"type": "detained", "date": "2021", "articles": ["342"], "term_months": None,
             "regime": "general", "facility": "Hrodna prison", "detail": None,
             "person": "Volha Krumenka", "reason": "'was detained'", "person_id": None,
             "candidates": [7], "candidate_scores": [SCORE],
             "matcher": "vigil.names.v1"}  # fmt: skip
OLD_GROUP: dict[str, Any] = {"type": "released", "date": None, "articles": [], "term_months": None,
             "regime": None, "facility": None, "detail": None, "person": None,
             "reason": "", "candidates": []}  # fmt: skip
OLD_FIGURE = {"value": 1400, "qualifier": "more_than", "category": "political_prisoners_held",
              "of_whom": "people", "as_of": "2024-08-16", "breakdown": {"women": 14},
              "attributed_to": "Viasna", "reason": "a number"}  # fmt: skip
OLD_FACILITY = {"name": "Hrodna prison", "reason": "a prison"}
OLD_ORGANIZATION = {"name": "Viasna", "reason": "an organisation"}
OLD_QUOTE = {"speaker": "Viasna", "channel": None, "reason": "said"}


def _row(conn: Connection, kind: ClaimKind, payload: dict[str, Any], words: str) -> int:
    start = TEXT.index(words)
    return int(
        conn.execute(
            insert(claims).returning(claims.c.id),
            {"source_id": 1, "span_start": start, "span_end": start + len(words),
             "quote": words, "kind": kind.value, "payload": payload, "extractor": "old.v1",
             "confidence": 0.9, "created_at": AT},
        ).scalar_one()
    )  # fmt: skip


def _review(conn: Connection, claim_id: int, decision: dict[str, Any] | None) -> None:
    state = "accepted" if decision is not None else "rejected"
    conn.execute(
        insert(claim_reviews),
        {"claim_id": claim_id, "state": state, "by": "old", "at": AT, "note": "",
         "bulk": False, "decision": decision},
    )  # fmt: skip


def _old_registry(engine: Engine) -> dict[str, int]:
    """Claims and decisions stored in the shape of before, straight into the tables."""
    with transaction(engine) as conn:
        add_source(conn, Source(text=TEXT), by="t")
        ids = {
            "person": _row(conn, ClaimKind.PERSON, OLD_PERSON, "Volha Krumenka"),
            "event": _row(conn, ClaimKind.EVENT, OLD_EVENT, "Volha Krumenka was detained"),
            "group": _row(conn, ClaimKind.EVENT, OLD_GROUP, "detained in 2021"),
            "figure": _row(conn, ClaimKind.FIGURE, OLD_FIGURE, "More than 1,400 are held"),
            "facility": _row(conn, ClaimKind.FACILITY, OLD_FACILITY, "Volha"),
            "organization": _row(conn, ClaimKind.ORGANIZATION, OLD_ORGANIZATION, "Viasna"),
            "quote": _row(conn, ClaimKind.QUOTE, OLD_QUOTE, "Viasna said so."),
            # cited by hand: `vigil event add --source`, and a source cited with nothing
            "cited": _row(conn, ClaimKind.EVENT,
                          {"person_id": 3, "type": "sentenced", "date": "2021-10"}, "in 2021"),
            "bare": _row(conn, ClaimKind.EVENT, {}, "2021"),
            "demo_figure": _row(conn, ClaimKind.FIGURE,
                                {"value": 30, "qualifier": "exact", "category": "pardoned"},
                                "1,400"),
        }  # fmt: skip
        _review(conn, ids["cited"], {"person_id": 3, "event_id": 2,
                                     "edited": {"articles": ["342"], "term_months": 36,
                                                "facility": None}})  # fmt: skip
        _review(conn, ids["quote"], {"role": "official"})
        _review(conn, ids["group"], {"group": True})
        _review(conn, ids["organization"], {})
        _review(conn, ids["bare"], None)  # rejected: no decision
    return ids


def test_rows_of_before_read_back_unchanged(engine: Engine) -> None:
    ids = _old_registry(engine)
    with transaction(engine) as conn:
        got = dict(zip(ids, get_claims(conn, list(ids.values())), strict=True))
        raw = {r.id: r.payload for r in conn.execute(select(claims.c.id, claims.c.payload))}
    link = NameLink(None, (LinkCandidate(7, "Volha Krumenka", 0.97, True, "same name"),),
                    "vigil.names.v1")  # fmt: skip
    assert got["person"].payload == PersonPayload(
        "Volha Krumenka", PersonRole.DETAINEE, Gender.FEMALE, link, ((0, 14),), "a name"
    )
    assert got["event"].payload == EventPayload(
        EventType.DETAINED, PartialDate(2021), "Volha Krumenka", "Hrodna prison", ("342",),
        None, Regime.GENERAL, None, link, "'was detained'",
    )  # fmt: skip
    assert got["group"].payload == EventPayload(EventType.RELEASED)
    assert got["figure"].payload == FigurePayload(
        1400, Qualifier.MORE_THAN, "political_prisoners_held", "people",
        PartialDate(2024, 8, 16), (("women", 14),), "Viasna", "a number",
    )  # fmt: skip
    assert got["facility"].payload == FacilityPayload("Hrodna prison", "a prison")
    assert got["organization"].payload == OrganizationPayload("Viasna", "an organisation")
    assert got["quote"].payload == QuotePayload("Viasna", None, "said")
    assert got["cited"].payload == EventPayload(
        EventType.SENTENCED, PartialDate(2021, 10), link=NameLink(3)
    )
    assert got["bare"].payload is None
    assert got["demo_figure"].payload == FigurePayload(30, Qualifier.EXACT, "pardoned")
    # Unchanged: written again, each full row of before is itself plus the version.
    for name in ("person", "event", "group", "figure", "facility", "organization", "quote"):
        assert payload_to_json(got[name].payload) == {"v": 2, **raw[ids[name]]}, name
    # The decisions of before.
    decisions = {k: c.review.decision if c.review else "none" for k, c in got.items()}
    assert decisions["cited"] == Decision(
        person_id=3,
        event_id=2,
        edited=(Edit("articles", ("342",)), Edit("term_months", 36), Edit("facility", None)),
    )
    assert decisions["quote"] == Decision(role=PersonRole.OFFICIAL)
    assert decisions["group"] == Decision(group=True)
    assert decisions["organization"] == Decision()
    assert decisions["bare"] is None
    assert got["bare"].state is ReviewState.REJECTED
    assert decisions["person"] == "none"


def test_claims_of_before_are_reviewed_as_today(engine: Engine) -> None:
    """A person claim accepted before typed payloads decides who an event naming them is
    about; an event of before is accepted at the precision its date has (a year)."""
    ids = _old_registry(engine)
    with transaction(engine) as conn:
        person = get_claims(conn, [ids["person"]])[0]
        accepted = accept(conn, person, Choice(new_person=True), by="reviewer")
        assert accepted.person_id is not None
        assert decided_person(conn, 1, "Volha Krumenka") == (accepted.person_id, person.id)
        event = get_claims(conn, [ids["event"]])[0]
        done = accept(conn, event, Choice(), by="reviewer")
        assert done.person_id == accepted.person_id
        stored = conn.execute(select(claim_reviews.c.decision).order_by(claim_reviews.c.id))
        assert list(stored)[-1].decision == {"v": 2, "person_id": done.person_id,
                                             "event_id": done.event_id}  # fmt: skip
        (written,) = load_events(conn, [accepted.person_id])[accepted.person_id]
    assert written.date == PartialDate(2021)
    assert str(written.date) == "2021"


def _all_payloads() -> list[tuple[ClaimKind, Any]]:
    link = NameLink(4, (LinkCandidate(4, "A B", 0.99, True, "same"),), "m.v1")
    return [
        (ClaimKind.PERSON, PersonPayload("A B", PersonRole.JOURNALIST, None, link, ((1, 2),))),
        (
            ClaimKind.EVENT,
            EventPayload(
                EventType.SENTENCED,
                PartialDate(2021, 5, estimate=True),
                "A B",
                None,
                ("342", "130.2"),
                60,
                Regime.STRICT,
                "5 years",
                link,
                "why",
            ),
        ),
        (ClaimKind.EVENT, EventPayload(EventType.PARDONED)),
        (ClaimKind.FIGURE, FigurePayload(None, None)),
        (ClaimKind.FACILITY, FacilityPayload(None)),
        (ClaimKind.ORGANIZATION, OrganizationPayload("Viasna")),
        (ClaimKind.QUOTE, QuotePayload()),
    ]


def test_every_record_survives_the_round_trip_through_the_database(engine: Engine) -> None:
    with transaction(engine) as conn:
        add_source(conn, Source(text=TEXT), by="t")
        made = [
            add_claim(conn, Claim(1, 0, 5, "Volha", kind, "t.v1", payload=payload))
            for kind, payload in _all_payloads()
        ]
        back = get_claims(conn, made)
    assert [c.payload for c in back] == [p for _, p in _all_payloads()]
    decision = Decision(1, 2, 3, 4, PersonRole.OTHER, True, (Edit("date", "2020"),), True)
    assert decision_from_json(decision_to_json(decision)) == decision
    assert decision_to_json(decision, versioned=False) == {
        "person_id": 1, "event_id": 2, "figure_id": 3, "facility_id": 4, "role": "other",
        "group": True, "allow_conflict": True, "edited": {"date": "2020"},
    }  # fmt: skip
    # Corroboration: a claim that confirms a known fact, one that corrects an event.
    confirms = Decision(person_id=1, event_id=2, corroborates=True)
    corrects = Decision(person_id=1, event_id=5, supersedes=2)
    for d in (confirms, corrects):
        assert decision_from_json(decision_to_json(d)) == d
    assert decision_to_json(confirms) == {"v": 2, "person_id": 1, "event_id": 2,
                                          "corroborates": True}  # fmt: skip
    assert decision_to_json(corrects, versioned=False) == {"person_id": 1, "event_id": 5,
                                                           "supersedes": 2}  # fmt: skip
    assert confirms.words() == ["confirms event 2 (person 1)"]
    assert corrects.words() == ["person 1", "event 5", "correcting event 2"]


def test_a_version_from_the_future_is_refused_in_one_line() -> None:
    with pytest.raises(StorageError, match="payload version 3, which this Vigil cannot read"):
        payload_from_json(ClaimKind.PERSON, {"v": 3, "name": "A"})
    with pytest.raises(StorageError, match="version 9"):
        decision_from_json({"v": 9})
