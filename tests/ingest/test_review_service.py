"""The review service that the CLI, the staff pages and the staff API share: the queue
(filtered, ordered and paged by the database), the evidence of a claim, the editable
fields and their parsing, and bulk decisions (a savepoint per claim, one transaction)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from tests.ingest.fake_extractor import TEXT, FakeExtractor
from vigil.errors import InvalidInput
from vigil.extract.types import Role as FoundRole
from vigil.ingest.evidence import CONTEXT_CHARS, EDIT_FIELDS, changed_edits, edits, span_context
from vigil.ingest.evidence import view as claim_view
from vigil.ingest.pipeline import ingest_source
from vigil.ingest.queue import QueueFilter, next_pending, queue_ids, queue_page
from vigil.ingest.review import accept_many, queue_order, reject, reject_many
from vigil.model import ClaimKind, PersonRole, ReviewState, Source
from vigil.store.claims import get_claims, pending_claims, source_claims
from vigil.store.db import transaction
from vigil.store.tables import events, persons


def _ingest(engine: Engine, text: str = TEXT, title: str = "Report") -> None:
    with transaction(engine) as conn:
        ingest_source(conn, Source(text=text, title=title), FakeExtractor(), by="tester")


def _ids(engine: Engine) -> dict[str, int]:
    with transaction(engine) as conn:
        return {c.quote: c.id or 0 for c in source_claims(conn, 1)}


def test_the_queue_is_ordered_and_paged_by_the_database(engine: Engine) -> None:
    _ingest(engine)
    _ingest(engine, TEXT + " Krumenka's lawyer was not admitted.", "Second report")
    with transaction(engine) as conn:
        everything = sorted(pending_claims(conn), key=queue_order)
        first = queue_page(conn, QueueFilter(), 1, 5)
        second = queue_page(conn, QueueFilter(), 2, 5)
        events_only = queue_page(conn, QueueFilter(kind=ClaimKind.EVENT), 1, 50)
        one_source = queue_ids(conn, QueueFilter(source=2))
        confident = queue_page(conn, QueueFilter(min_confidence=0.5), 1, 50)
        after = next_pending(conn, QueueFilter(), everything[6])
        last = next_pending(conn, QueueFilter(), everything[-1])
    assert [c.id for c in first.claims + second.claims] == [c.id for c in everything[:10]]
    assert first.total == len(everything) == 14
    assert first.pages == 3
    assert [c.kind for c in first.claims[:2]] == [ClaimKind.PERSON, ClaimKind.PERSON]
    assert {c.kind for c in events_only.claims} == {ClaimKind.EVENT}
    assert events_only.total == 6
    assert one_source == [c.id for c in everything if c.source_id == 2]
    assert all(c.confidence >= 0.5 for c in confident.claims)
    assert confident.total < first.total
    assert after == everything[7].id
    assert last == everything[0].id  # past the end: back to the first still waiting


def test_a_filter_from_typed_words_is_checked() -> None:
    assert QueueFilter.parse("3", "event", "0.5") == QueueFilter(3, ClaimKind.EVENT, 0.5)
    assert QueueFilter.parse().params() == {}
    assert QueueFilter(3, ClaimKind.EVENT).query(page=2) == "?source=3&kind=event&page=2"
    for words, message in [
        (("x", "", ""), "source must be an id"),
        (("", "law", ""), "kind cannot be"),
        (("", "", "2"), "min_confidence cannot be"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            QueueFilter.parse(*words)


def test_a_claim_is_shown_with_its_evidence(engine: Engine) -> None:
    _ingest(engine)
    ids = _ids(engine)
    with transaction(engine) as conn:
        v = claim_view(conn, ids["Volha Krumenka was detained on May 28, 2021"])
    assert v.summary == "detained on 2021-05-28 of Volha Krumenka facility: Hrodna prison"
    assert v.context.before == ""
    assert v.context.after.startswith(" and taken to Hrodna prison.")
    assert v.editable == EDIT_FIELDS[ClaimKind.EVENT]
    assert len(v.editable) == 8
    assert v.name == "Volha Krumenka"
    assert v.decided_by is None


def test_the_context_is_one_width_cut_at_words() -> None:
    text = ("word " * 300) + "SPAN" + (" word" * 300)
    start = text.index("SPAN")
    c = span_context(text, start, start + 4)
    assert c.clipped_start
    assert c.clipped_end
    assert CONTEXT_CHARS - 5 <= len(c.before) <= CONTEXT_CHARS
    assert c.before.startswith("word ")
    assert c.after.endswith("word")
    whole = span_context(text, start, start + 4, whole=True)
    assert whole.before + "SPAN" + whole.after == text


def test_edits_are_parsed_and_stray_fields_refused(engine: Engine) -> None:
    _ingest(engine)
    ids = _ids(engine)
    with transaction(engine) as conn:
        detained = ids["Volha Krumenka was detained on May 28, 2021"]
        event, figure = get_claims(conn, [detained, ids["More than 1,400 people are behind bars"]])
    assert edits(event, {"articles": "342, 361-1 ", "term_months": "36", "regime": ""}) == {
        "articles": ("342", "361-1"),
        "term_months": 36,
        "regime": None,
    }
    assert edits(event, {"articles": ["342"], "term_months": 12}) == {
        "articles": ("342",),
        "term_months": 12,
    }
    assert edits(figure, {"value": "1400"}) == {"value": 1400}
    with pytest.raises(InvalidInput, match="whole number"):
        edits(figure, {"value": "many"})
    with pytest.raises(InvalidInput, match="'person_id' cannot be edited on a event claim"):
        edits(event, {"person_id": 1})
    # a form shows every field: only those changed are edits
    shown = {"type": "detained", "date": "2021-05-28", "person": "Volha Krumenka",
             "facility": "Hrodna prison No. 1", "articles": "", "term_months": ""}  # fmt: skip
    assert changed_edits(event, shown) == {"facility": "Hrodna prison No. 1"}


def _count(engine: Engine, table) -> int:  # type: ignore[no-untyped-def]
    with transaction(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_bulk_accept_keeps_what_it_can_and_says_why_for_the_rest(engine: Engine) -> None:
    _ingest(engine)
    with transaction(engine) as conn:  # one transaction, as the CLI and the pages use
        ids = queue_ids(conn, QueueFilter())
        result = accept_many(conn, [*ids, 999], by="editor")
    left = {x.claim_id: x for x in result.left}
    assert len(result.done) == 6
    assert set(left) == {_ids(engine)["Ivan Test was released"], 999}
    released = left[_ids(engine)["Ivan Test was released"]]
    assert released.kind is ClaimKind.EVENT
    assert "no date" in released.why
    assert released.code == "needs_decision"
    assert left[999].kind is None
    assert left[999].code == "not_found"
    # the failure undid nothing of the others
    assert _count(engine, persons) == 2
    assert _count(engine, events) == 2
    with transaction(engine) as conn:
        reviewed = [c for c in source_claims(conn, 1) if c.review is not None]
    assert len(reviewed) == 6
    assert all(c.review is not None and c.review.bulk for c in reviewed)


def test_bulk_reject_with_one_note(engine: Engine) -> None:
    _ingest(engine)
    ids = _ids(engine)
    with transaction(engine) as conn:
        reject(conn, get_claims(conn, [ids["Ivan Test"]])[0], by="doc")
        result = reject_many(conn, sorted(ids.values()), by="editor", note="not about a case")
    assert [x.claim_id for x in result.left] == [ids["Ivan Test"]]
    assert "already rejected" in result.left[0].why
    assert len(result.done) == 6
    with transaction(engine) as conn:
        claims = source_claims(conn, 1)
    assert all(c.state is ReviewState.REJECTED for c in claims)
    notes = {c.review.note for c in claims if c.review is not None and c.review.bulk}
    assert notes == {"not about a case"}


def test_every_role_an_extractor_gives_is_a_role_of_a_payload() -> None:
    """Ingestion turns the extractor's role into the payload's: none may be missing."""
    assert {r.value for r in FoundRole} <= {r.value for r in PersonRole}
