"""Review on the staff pages and in ``vigil review``: a claim that contradicts the record
can be recorded anyway, with a required reason that the review and the audit log keep,
and the conflict stays visible on the person's record; an edit field posted empty
clears the field, one not posted leaves it as it was."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Connection
from tests.conftest import TEST_KEYS
from tests.ingest.fake_extractor import TEXT, FakeExtractor
from tests.ingest.inprocess import in_process
from tests.web.conftest import serve_app
from tests.web.staff import TEST_KEYS_JSON, csrf_of, read, signed_in, token_for

from vigil.auth.chain import AuditEntry
from vigil.auth.roles import Role
from vigil.ingest.evidence import form_values
from vigil.ingest.pipeline import ingest_source
from vigil.model import Claim, Decision, Edit, EventPayload, Source
from vigil.settings import Settings
from vigil.store import audit
from vigil.store.claims import get_claims, source_claims
from vigil.store.db import make_engine, transaction
from vigil.store.events import load_events
from vigil.web import create_app

WHY = "the family says he was held from December"
RELEASED = "Ivan Test was released"


@pytest.fixture
def served(db_url: str) -> Iterator[str]:
    """A fresh registry with the fake report's claims proposed, served on loopback."""
    engine = make_engine(db_url, keys=TEST_KEYS)
    with transaction(engine) as conn:
        ingest_source(conn, Source(text=TEXT, title="Report"), FakeExtractor(), by="t")
    engine.dispose()
    for site in serve_app(create_app(Settings(database_url=db_url, keys=TEST_KEYS_JSON))):
        yield site.url


def _claim(url: str, quote: str) -> Claim:
    return next(c for c in read(url, lambda c: source_claims(c, 1)) if c.quote == quote)


def _fresh(url: str, claim: Claim) -> Claim:
    return read(url, lambda c: get_claims(c, [claim.id or 0])[0])


def _post(client: httpx.Client, claim: Claim, data: dict[str, str]) -> httpx.Response:
    page = f"/staff/review/{claim.id}"
    return client.post(page, data={"csrf_token": csrf_of(client.get(page)), **data})


def test_record_anyway_needs_a_reason_and_the_conflict_stays(db_url: str, served: str) -> None:
    with signed_in(served, db_url, "doc", Role.DOCUMENTER) as client:
        person = _claim(db_url, "Ivan Test")
        assert _post(client, person, {"action": "accept", "who": "new"}).status_code == 303
        released = _claim(db_url, RELEASED)
        dated = {"action": "accept", "edit_date": "2021-01-01"}
        refused = _post(client, released, dated)
        assert refused.status_code == 409
        assert "contradicts the record" in refused.text
        assert 'value="record_anyway"' in refused.text  # the choice is offered
        assert 'name="conflict_reason"' in refused.text
        assert 'value="2021-01-01"' in refused.text  # what was typed is kept

        no_reason = _post(client, released, {**dated, "action": "record_anyway"})
        assert no_reason.status_code == 422
        assert "needs a reason" in no_reason.text
        assert 'value="record_anyway"' in no_reason.text  # still offered
        assert _fresh(db_url, released).review is None  # nothing written

        anyway = {**dated, "action": "record_anyway", "conflict_reason": WHY}
        assert _post(client, released, anyway).status_code == 303
        after = _fresh(db_url, released)
        assert after.review is not None
        assert after.review.note == WHY
        decision = after.review.decision
        assert decision is not None
        assert decision.allow_conflict
        assert decision.edited == (Edit("date", "2021-01-01"),)
        assert decision.person_id is not None
        shown = client.get(f"/staff/review/{released.id}").text
        assert "recorded despite a conflict" in shown
        public = client.get(f"/persons/{decision.person_id}").text
    assert "Contradictions in the record" in public  # the conflict stays visible

    def entry(conn: Connection) -> AuditEntry:
        (found,) = audit.entries(conn, action="claim.accept_edited")
        return found

    logged = read(db_url, entry)
    assert logged.target == f"claim:{released.id}"
    assert logged.after["note"] == WHY
    assert logged.after["allow_conflict"] is True


def test_a_cleared_field_clears_and_an_absent_one_stays(db_url: str, served: str) -> None:
    detained = _claim(db_url, "Volha Krumenka was detained on May 28, 2021")
    assert isinstance(detained.payload, EventPayload)
    assert detained.payload.facility == "Hrodna prison"
    with signed_in(served, db_url, "doc", Role.DOCUMENTER) as client:
        # The form posts every field it shows: the facility emptied, the rest as shown.
        shown = {f"edit_{k}": v for k, v in form_values(detained.kind, detained.payload).items()}
        form = {"action": "accept", "who": "new", **shown, "edit_facility": ""}
        assert _post(client, detained, form).status_code == 303
        recognized = _claim(db_url, "recognized Krumenka as a political prisoner on June 1")
        # A script that posts no edit fields changes nothing.
        assert _post(client, recognized, {"action": "accept"}).status_code == 303
    decided = _fresh(db_url, detained).review
    assert decided is not None
    assert decided.decision is not None
    assert decided.decision.edited == (Edit("facility", None),)
    person = decided.decision.person_id
    assert person is not None
    events = read(db_url, lambda c: load_events(c, [person])[person])
    assert [(e.type.value, str(e.date), e.facility_id) for e in events] == [
        ("detained", "2021-05-28", None),
        ("recognized_political_prisoner", "2021-06-01", None),
    ]
    kept = _fresh(db_url, recognized).review
    assert kept is not None
    assert kept.decision == Decision(person_id=person, event_id=events[1].id)


def test_record_anyway_in_vigil_review(db_url: str) -> None:
    engine = make_engine(db_url, keys=TEST_KEYS)
    with transaction(engine) as conn:
        ingest_source(conn, Source(text=TEXT, title="Report"), FakeExtractor(), by="t")
    engine.dispose()
    released = _claim(db_url, RELEASED)
    fields = ["2021-01-01" if n == "date" else "" for n in form_values(released.kind, None)]
    # Queue order: Volha, Ivan, the facility, detained, recognized, released, the figure.
    answers = ["s", "a", "s", "s", "s", "e", *fields, WHY, "s"]
    with in_process(db_url) as vigil:
        out = vigil("review", stdin="\n".join(answers) + "\n")
    assert "contradicts the record" in out
    assert "recorded despite a conflict" in out
    assert "2 accepted, 0 rejected, 5 skipped" in out
    review = _fresh(db_url, released).review
    assert review is not None
    assert review.note == WHY
    assert review.decision is not None
    assert review.decision.allow_conflict


def test_record_anyway_through_the_staff_api(db_url: str, served: str) -> None:
    doc = {"authorization": f"Bearer {token_for(db_url, 'doc', Role.DOCUMENTER)}"}
    person, released = _claim(db_url, "Ivan Test"), _claim(db_url, RELEASED)
    with httpx.Client(base_url=served, timeout=30) as api:
        url = "/api/v1/staff/claims/{}/accept"
        assert api.post(url.format(person.id), json={"new_person": True}, headers=doc).is_success
        body = {"edited": {"date": "2021-01-01"}}
        assert api.post(url.format(released.id), json=body, headers=doc).status_code == 409
        bare = api.post(url.format(released.id), json={**body, "allow_conflict": True},
                        headers=doc)  # fmt: skip
        assert bare.status_code == 422
        assert "needs a reason" in bare.json()["error"]["message"]
        done = api.post(url.format(released.id), headers=doc,
                        json={**body, "allow_conflict": True, "note": WHY})  # fmt: skip
    assert done.status_code == 200, done.text
    assert done.json()["decision"]["allow_conflict"] is True
    assert done.json()["decision"]["edited"] == {"date": "2021-01-01"}
