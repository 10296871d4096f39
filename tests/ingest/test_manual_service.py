"""The manual-work verbs on both databases, called as the CLI, pages and API call them:
each is one savepoint (a refused one leaves nothing, the caller's transaction goes on),
each write is in the audit log, and typed input names the field that is wrong."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from vigil.errors import Conflict, InvalidInput
from vigil.ingest.manual import locate, propose_span
from vigil.ingest.records import (
    EventInput,
    FacilityInput,
    PersonInput,
    add_facility_by_hand,
    add_person_by_hand,
    correct_event,
    edit_facility,
    parse_term,
    record_event,
)
from vigil.model import ClaimKind, EventPayload, EventType, FacilityKind, Source
from vigil.store.audit import entries, verify
from vigil.store.claims import get_claims
from vigil.store.db import connect, transaction
from vigil.store.events import get_event, load_events
from vigil.store.facilities import get_facility
from vigil.store.sources import add_source
from vigil.store.tables import claims, events

TEXT = "Brest, 3 May 2023. Police detained the activist Ales Bialou in Brest on 1 May 2023."


def _count(engine: Engine, table) -> int:  # type: ignore[no-untyped-def]
    with connect(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_a_refused_verb_leaves_nothing_and_the_transaction_goes_on(engine: Engine) -> None:
    with transaction(engine) as conn:
        source, _ = add_source(conn, Source(TEXT), by="t")
        person = add_person_by_hand(conn, PersonInput.parse(["Ales Bialou"]), by="doc")
        detained = EventInput.parse(person_id=person, type="detained", date="2023-05-01",
                                    source_id=source, quote="Police detained")  # fmt: skip
        first = record_event(conn, detained, by="doc")
        # The quote is found and cited, then the event contradicts the record: both go.
        again = EventInput.parse(person_id=person, type="detained", date="2023-05-02",
                                 source_id=source, quote="in Brest on 1 May")  # fmt: skip
        with pytest.raises(Conflict, match="contradicts the record"):
            record_event(conn, again, by="doc")
        with pytest.raises(InvalidInput, match="say why"):
            correct_event(conn, first, detained, reason="  ", by="doc")
        fixed = correct_event(conn, first, again, reason="the court says the 2nd", by="doc")
    assert _count(engine, events) == 2
    assert _count(engine, claims) == 2  # the first citation and the correction's, no stray
    with connect(engine) as conn:
        new = get_event(conn, fixed)
        assert new.supersedes == first
        assert set(get_event(conn, first).claim_ids) < set(new.claim_ids)
        assert [e.id for e in load_events(conn, [person])[person]] == [first, fixed]
        (entry,) = entries(conn, action="event.correct")
        assert entry.after == {"event": fixed, "supersedes": first,
                               "reason": "the court says the 2nd"}  # fmt: skip
        assert verify(conn).ok


def test_a_span_claim_is_built_as_the_extractors_are(engine: Engine) -> None:
    with transaction(engine) as conn:
        source, _ = add_source(conn, Source(TEXT), by="t")
        claim_id = propose_span(conn, source, "event", {"type": "detained", "date": "2023-05-01",
                                "person": "Ales Bialou", "articles": "342, 361-1 part 1",
                                "term": "2y6m"}, by="doc", words="Police detained")  # fmt: skip
        with pytest.raises(Conflict, match="was made before"):
            propose_span(conn, source, ClaimKind.EVENT, {"type": "detained", "date": "2023-05-01",
                         "person": "Ales Bialou", "articles": "342, 361-1.1", "term": "30"},
                         by="doc", start=TEXT.index("Police"),
                         end=TEXT.index("Police") + 15)  # fmt: skip
        (claim,) = get_claims(conn, [claim_id])
    assert claim.quote == "Police detained"
    assert claim.confidence == 1.0
    assert isinstance(claim.payload, EventPayload)
    assert claim.payload.articles == ("342", "361-1.1")
    assert claim.payload.term_months == 30
    assert claim.payload.link is not None
    assert claim.payload.link.candidates == ()  # nobody in the registry resembles the name
    assert _count(engine, claims) == 1


@pytest.mark.parametrize(
    ("start", "end", "words", "message"),
    [
        ("", "", "", "select the words"),
        ("5", "", "", "whole numbers"),
        ("9", "3", "", "are not a span"),
        ("0", "99999", "", "are not a span"),
        ("", "", "Brest", "more than once"),
        ("", "", "Minsk", "not in the source"),
    ],
)
def test_a_span_is_located_or_named(start: str, end: str, words: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        locate(TEXT, start, end, words)


def test_typed_input_names_the_field() -> None:
    assert parse_term("2y6m") == 30
    with pytest.raises(InvalidInput, match="is not a term"):
        parse_term("long")
    with pytest.raises(InvalidInput, match="gender cannot be"):
        PersonInput.parse(["A B"], gender="x")
    with pytest.raises(InvalidInput, match="the source must be an id"):
        EventInput.parse(person_id=1, type="detained", date="2020", source_id="one")
    with pytest.raises(InvalidInput, match="a name is 301 characters long"):
        PersonInput.parse(["x" * 301])
    with pytest.raises(InvalidInput, match="the facility must be an id"):
        EventInput.parse(person_id=1, type="detained", date="2020", facility_id="99999999999")
    with pytest.raises(InvalidInput, match="an event needs a date"):
        EventInput.parse(person_id=1, type="detained", date=" ")
    given = FacilityInput.parse(["  Prison  No. 8 ", "Prison No. 8", ""], kind="prison",
                                postal_address=" 222160,\n   Zhodzina ")  # fmt: skip
    assert given.names == ("Prison No. 8",)
    assert given.postal_address == "222160,\nZhodzina"
    assert given.kind is FacilityKind.PRISON
    recognized = EventInput.parse(person_id=1, type="recognized political prisoner",
                                  date="2021", recognized_by="Viasna")  # fmt: skip
    assert recognized.type is EventType.RECOGNIZED_POLITICAL_PRISONER
    assert recognized.detail().recognition is not None


def test_a_facility_edit_states_before_and_after(engine: Engine) -> None:
    with transaction(engine) as conn:
        fid = add_facility_by_hand(conn, FacilityInput.parse(["SIZO-1"]), by="doc")
        same = edit_facility(conn, fid, FacilityInput.parse(["SIZO-1"]), by="doc")
        changed = edit_facility(conn, fid, FacilityInput.parse(
            ["Pre-trial centre No. 1, Minsk", "SIZO-1"], kind="pretrial_centre",
            postal_address="220030, Minsk"), by="doc")  # fmt: skip
    assert same == []
    assert changed == ["names", "kind", "postal_address"]
    with connect(engine) as conn:
        f = get_facility(conn, fid)
        (entry,) = entries(conn, action="facility.edit")
        assert verify(conn).ok
    assert f.names == ("Pre-trial centre No. 1, Minsk", "SIZO-1")
    assert entry.before == {"names": ["SIZO-1"], "kind": "other", "postal_address": None}
    assert entry.after["postal_address"] == "220030, Minsk"
