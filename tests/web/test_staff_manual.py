"""Claims made by hand from a span of a source, in process (FastAPI's TestClient) on both
databases: a claim of each kind, through the staff source page and the staff API, which
then waits in the review queue and is accepted like any other; each proposal audited;
bad input named on the form with nothing written; roles, CSRF and Origin checked."""

from __future__ import annotations

import pytest
from tests.web.conftest import SOURCE_TEXT, Seeded, seed
from tests.web.inprocess import api_client, post, staff_client
from tests.web.staff import csrf_of, lost, read, snapshot

from vigil.auth.roles import Role
from vigil.ingest.queue import QueueFilter, queue_ids
from vigil.model import (
    ClaimKind,
    EventPayload,
    EventType,
    FigurePayload,
    OrganizationPayload,
    PersonPayload,
    Qualifier,
    ReviewState,
)
from vigil.store.audit import entries, verify
from vigil.store.claims import get_claims, source_claims
from vigil.store.events import get_event

DETAINED = "Volha Krumenka, a teacher, was detained on May 28"


@pytest.fixture
def registry(db_url: str) -> Seeded:
    return seed(db_url)


@pytest.fixture
def app_url(db_url: str, registry: Seeded) -> str:
    return db_url


def _span(words: str) -> tuple[int, int]:
    start = SOURCE_TEXT.index(words)
    return start, start + len(words)


# Claims from a span -----------------------------------------------------------------------


def test_a_selected_span_becomes_a_claim_reviewed_like_any_other(
    app_url: str, registry: Seeded
) -> None:
    src = registry.source
    page = f"/staff/sources/{src}/claim"
    start, end = _span(DETAINED)
    with staff_client(app_url, "doc", Role.DOCUMENTER) as client:
        shown = client.get(page)
        assert shown.status_code == 200
        assert 'id="source-text"' in shown.text
        assert "Wmarker7f3" in shown.text
        assert '<script src="/static/select.js"></script>' in shown.text
        assert client.get("/static/select.js").status_code == 200
        data = {"kind": "event", "start": start, "end": end, "event.type": "transferred",
                "event.date": "2021-06-02", "event.person": "Volha Krumenka",
                "event.facility": "colony No. 1 in Navapolatsk",
                "person.name": "ignored: another kind's field"}  # fmt: skip
        done = post(client, page, page, data)
        assert done.status_code == 303, done.text[:2000]
        location = done.headers["location"]
        claim_id = int(location.split("?")[0].rsplit("/", 1)[1])
        review = client.get(location)
        assert review.status_code == 200
        assert "transferred on 2021-06-02 of Volha Krumenka" in review.text

        claim = read(app_url, lambda c: get_claims(c, [claim_id])[0])
        assert (claim.start, claim.end, claim.quote) == (start, end, DETAINED)
        assert claim.extractor == "manual.v1"
        assert claim.state is ReviewState.PROPOSED
        assert isinstance(claim.payload, EventPayload)
        assert claim.payload.type is EventType.TRANSFERRED
        assert claim.payload.person == "Volha Krumenka"
        assert claim_id in read(app_url, lambda c: queue_ids(c, QueueFilter(source=src)))

        # Reviewed like any other: accepted through the review form, on the seeded person.
        # "colony No. 1 in Navapolatsk" may be the seeded colony: the page asks which.
        decision = {"action": "accept", "who": str(registry.named), "facility": "auto"}
        asked = post(client, location, f"/staff/review/{claim_id}", decision)
        assert asked.status_code == 422
        assert f'id="facility-{registry.facility}"' in asked.text
        decision["facility"] = str(registry.facility)
        decided = post(client, location, f"/staff/review/{claim_id}", decision)
        assert decided.status_code == 303, decided.text[:2000]

    claim = read(app_url, lambda c: get_claims(c, [claim_id])[0])
    assert claim.state is ReviewState.ACCEPTED
    assert claim.review is not None
    assert claim.review.decision is not None
    event_id = claim.review.decision.event_id
    assert event_id is not None
    event = read(app_url, lambda c: get_event(c, event_id))
    assert event.person_id == registry.named
    assert event.facility_id == registry.facility  # no second Navapolatsk colony
    assert claim_id in event.claim_ids
    proposed = read(app_url, lambda c: entries(c, action="claim.propose"))
    assert [(e.actor, e.target, e.after["claim"]) for e in proposed] == [
        ("doc", f"source:{src}", claim_id)
    ]
    assert read(app_url, verify).ok


BAD_SPANS = [
    ({"kind": "event", "start": "40", "end": "10", "event.type": "detained"}, "are not a span"),
    ({"kind": "event", "start": "x", "end": "10", "event.type": "detained"}, "whole numbers"),
    ({"kind": "event", "words": "not in the text", "event.type": "detained"}, "not in the source"),
    ({"kind": "event", "words": "Wmarker7f3 Hiddenava", "event.type": "detained"},
     "more than once"),
    ({"kind": "event", "start": "0", "end": "5"}, "say what happened"),
    ({"kind": "event", "start": "0", "end": "5", "event.type": "flew"}, "unknown event type"),
    ({"kind": "event", "start": "0", "end": "5", "event.type": "detained",
      "event.date": "2999"}, "is in the future"),
    ({"kind": "figure", "start": "0", "end": "5"}, "say the number"),
    ({"kind": "figure", "start": "0", "end": "5", "figure.value": "many"}, "whole number"),
    ({"kind": "person", "start": "0", "end": "5", "person.role": "king"}, "role cannot be"),
    ({"kind": "rumour", "start": "0", "end": "5"}, "cannot be of kind"),
    ({"kind": "event", "event.type": "detained"}, "select the words"),
]  # fmt: skip


def test_a_bad_span_is_named_on_the_form_and_nothing_is_written(
    app_url: str, registry: Seeded
) -> None:
    page = f"/staff/sources/{registry.source}/claim"
    before = read(app_url, snapshot)
    with staff_client(app_url, "doc", Role.DOCUMENTER) as client:
        for data, message in BAD_SPANS:
            answer = client.post(page, data={"csrf_token": csrf_of(client.get(page)), **data})
            assert answer.status_code in (404, 422), (data, answer.status_code)
            assert message in answer.text, (data, answer.text[:3000])
            assert "No claim made" in answer.text
        typed = {"kind": "event", "start": "40", "end": "10", "event.date": "2021"}
        kept = client.post(page, data={"csrf_token": csrf_of(client.get(page)), **typed})
        assert 'value="40"' in kept.text
        assert 'value="2021"' in kept.text
    assert not lost(before, read(app_url, snapshot))
    assert read(app_url, lambda c: entries(c, action="claim.propose")) == []


def test_every_kind_of_claim_through_the_api(app_url: str, registry: Seeded) -> None:
    src = registry.source
    cases = [
        ("person", "Volha Krumenka", {"gender": "female"}),
        ("event", "was released on 1", {"type": "released", "date": "2024-03-01"}),
        ("figure", "More than 1,400 people", {"value": "1,400", "qualifier": "more_than",
                                              "category": "political_prisoners_held"}),
        ("facility", "colony No. 1 in Navapolatsk", {}),
        ("organization", "Minsk", {"name": "City of Minsk"}),
        ("quote", "her family asked us not to publish her name", {"speaker": "the family"}),
        ("case", "Volha Krumenka, a teacher", {"defendants": "Volha Krumenka",
                                               "court": "Minsk City Court"}),
    ]  # fmt: skip
    with api_client(app_url, "bot", Role.DOCUMENTER) as client:
        made = {}
        for kind, words, fields in cases:
            answer = client.post(f"/api/v1/staff/sources/{src}/claims",
                                 json={"kind": kind, "words": words, "fields": fields})  # fmt: skip
            assert answer.status_code == 201, answer.text
            body = answer.json()
            assert body["quote"] == words
            assert body["kind"] == kind
            made[kind] = body["claim_id"]
        again = client.post(
            f"/api/v1/staff/sources/{src}/claims",
            json={"kind": "facility", "words": "colony No. 1 in Navapolatsk"},
        )
        assert again.status_code == 409
        assert "was made before" in again.json()["error"]["message"]
        bad = client.post(
            f"/api/v1/staff/sources/{src}/claims",
            json={"kind": "figure", "start": 0, "end": 4, "fields": {}},
        )
        assert bad.status_code == 422
        assert bad.json()["error"]["message"] == "say the number"
        stray = client.post(f"/api/v1/staff/sources/{src}/claims",
                            json={"kind": "quote", "start": 0, "end": 4,
                                  "fields": {"date": "2020"}})  # fmt: skip
        assert stray.status_code == 422
        assert "not a field of a quote" in stray.text
        assert (
            client.post(
                "/api/v1/staff/sources/999/claims", json={"kind": "quote", "start": 0, "end": 4}
            ).status_code
            == 404
        )
        # The queue shows them; the figure and the facility are accepted like any other.
        queued = client.get(f"/api/v1/staff/claims?source={src}").json()
        assert set(made.values()) <= {c["id"] for c in queued["items"]}
        for kind, body in (("facility", {"facility_id": registry.facility}), ("figure", {})):
            done = client.post(f"/api/v1/staff/claims/{made[kind]}/accept", json=body)
            assert done.status_code == 200, done.text
    claims = {c.id: c for c in read(app_url, lambda c: source_claims(c, src))}
    figure, person = claims[made["figure"]].payload, claims[made["person"]].payload
    organization = claims[made["organization"]].payload
    assert isinstance(figure, FigurePayload)
    assert (figure.value, figure.qualifier) == (1400, Qualifier.MORE_THAN)
    assert isinstance(person, PersonPayload)
    assert person.name == "Volha Krumenka"
    assert registry.named in person.link.ids
    assert isinstance(organization, OrganizationPayload)
    assert organization.name == "City of Minsk"
    assert claims[made["facility"]].state is ReviewState.ACCEPTED
    assert {c.kind for c in claims.values() if c.id in made.values()} == set(ClaimKind)


def test_claims_need_a_documenter(app_url: str, registry: Seeded) -> None:
    page = f"/staff/sources/{registry.source}/claim"
    with staff_client(app_url, "viewer", Role.VIEWER) as client:
        shown = client.get(page)
        assert shown.status_code == 200
        assert "needs the documenter role" in shown.text
        refused = client.post(page, data={"csrf_token": csrf_of(shown), "kind": "quote",
                                          "start": "0", "end": "5"})  # fmt: skip
        assert refused.status_code == 403
    with staff_client(app_url, "doc", Role.DOCUMENTER) as client:
        client.get(page)
        forged = client.post(page, data={"kind": "quote", "start": "0", "end": "5"})
        assert forged.status_code == 403
        assert "security token" in forged.text
        elsewhere = client.post(page, headers={"Origin": "https://evil.example"},
                                data={"csrf_token": csrf_of(client.get(page)), "kind": "quote",
                                      "start": "0", "end": "5"})  # fmt: skip
        assert elsewhere.status_code == 403
        assert "another site" in elsewhere.text
    assert read(app_url, lambda c: entries(c, action="claim.propose")) == []
