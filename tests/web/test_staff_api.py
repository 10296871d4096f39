"""The staff API over a real server on both databases: bearer tokens (401 without), the
review queue and decisions, ingest, persons with restricted fields, merge; the OpenAPI
schema declares it all; errors keep the one shape."""

from __future__ import annotations

import httpx
import pytest
from tests.web.conftest import RESTRICTED, Site
from tests.web.staff import REPORT, csrf_of, signed_in, token_for

from vigil.auth.roles import Role
from vigil.model import NameVariant, Person
from vigil.store.db import make_engine, transaction
from vigil.store.persons import add_person


def _bearer(secret: str) -> dict[str, str]:
    return {"authorization": f"Bearer {secret}"}


def _error(response: httpx.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] == code
    return str(body["error"]["message"])


def test_without_a_token_401_in_the_error_shape(site: Site) -> None:
    for method, path in [
        ("GET", "/api/v1/staff/claims"),
        ("GET", "/api/v1/staff/claims/1"),
        ("POST", "/api/v1/staff/ingest"),
        ("GET", "/api/v1/staff/persons/1"),
        ("PATCH", "/api/v1/staff/persons/1"),
        ("POST", "/api/v1/staff/persons/1/publish-name"),
        ("POST", "/api/v1/staff/merge"),
        ("POST", "/api/v1/staff/claims/1/accept"),
    ]:
        _error(site.client.request(method, path, json={}), 401, "unauthorized")
        bad = site.client.request(method, path, json={}, headers=_bearer("vgl_not-a-token"))
        assert "not valid" in _error(bad, 401, "unauthorized")


def test_ingest_review_and_decide_with_a_token(site: Site, db_url: str) -> None:
    doc = _bearer(token_for(db_url, "doc", Role.DOCUMENTER))
    api = site.client
    done = api.post("/api/v1/staff/ingest", json={"text": REPORT}, headers=doc)
    assert done.status_code == 201, done.text
    report = done.json()
    source = report["source_id"]
    assert report["new_source"] is True
    assert report["proposed"] >= 3
    assert report["review"] == f"/api/v1/staff/claims?source={source}"

    queue = api.get(report["review"], headers=doc).json()
    assert queue["total"] == report["proposed"]
    first = queue["items"][0]
    assert first["kind"] == "person"  # persons first, as in `vigil review`
    assert first["payload"]["name"] == "Ihar Losikau"

    detail = api.get(f"/api/v1/staff/claims/{first['id']}", headers=doc).json()
    assert detail["claim"]["quote"] == "Ihar Losikau"
    assert "Police detained the blogger" in detail["before"]
    assert detail["editable"] == ["name", "role", "gender"]

    accepted = api.post(
        f"/api/v1/staff/claims/{first['id']}/accept",
        json={"new_person": True, "note": "a blogger"},
        headers=doc,
    )
    assert accepted.status_code == 200, accepted.text
    decision = accepted.json()
    assert decision["state"] == "accepted"
    person = decision["decision"]["person_id"]
    assert decision["next_claim_id"] is not None

    again = api.post(f"/api/v1/staff/claims/{first['id']}/accept", json={}, headers=doc)
    assert "already accepted" in _error(again, 422, "invalid_input")
    stray = api.post(
        f"/api/v1/staff/claims/{decision['next_claim_id']}/accept",
        json={"edited": {"person_id": 1}},
        headers=doc,
    )
    assert "cannot be edited" in _error(stray, 422, "invalid_input")

    items = api.get(report["review"] + "&kind=event", headers=doc).json()["items"]
    transfer = next(c for c in items if c["payload"]["type"] == "transferred")
    rejected = api.post(
        f"/api/v1/staff/claims/{transfer['id']}/reject",
        json={"note": "not in this report"},
        headers=doc,
    )
    assert rejected.json()["state"] == "rejected"
    detained = next(c for c in items if c["payload"]["type"] == "detained")
    ok = api.post(f"/api/v1/staff/claims/{detained['id']}/accept", json={}, headers=doc)
    assert ok.json()["decision"] == {
        "person_id": person,
        "event_id": ok.json()["decision"]["event_id"],
    }
    events = api.get(f"/api/v1/persons/{person}/events").json()
    assert [e["type"] for e in events] == ["detained"]


def test_an_event_after_its_person_was_accepted_as_not_held(site: Site, db_url: str) -> None:
    """Issue 13: accepting a person claim as "other", then an event naming the same
    person, answered 500 (a KeyError in the review service)."""
    doc = _bearer(token_for(db_url, "doc", Role.DOCUMENTER))
    api = site.client
    source = api.post("/api/v1/staff/ingest", json={"text": REPORT}, headers=doc).json()
    items = api.get(source["review"], headers=doc).json()["items"]
    person = next(c for c in items if c["kind"] == "person")
    named = person["payload"]["name"]
    other = api.post(
        f"/api/v1/staff/claims/{person['id']}/accept",
        json={"edited": {"role": "other"}},
        headers=doc,
    )
    assert other.json()["decision"] == {"role": "other", "edited": {"role": "other"}}
    event = next(c for c in items if c["kind"] == "event" and c["payload"]["person"] == named)
    done = api.post(
        f"/api/v1/staff/claims/{event['id']}/accept", json={"new_person": True}, headers=doc
    )
    assert done.status_code == 200, done.text
    assert set(done.json()["decision"]) == {"person_id", "event_id"}


def test_bulk_decisions_need_an_editor_and_say_what_they_left(site: Site, db_url: str) -> None:
    doc = _bearer(token_for(db_url, "doc", Role.DOCUMENTER))
    editor = _bearer(token_for(db_url, "editor", Role.EDITOR))
    api = site.client
    source = api.post("/api/v1/staff/ingest", json={"text": REPORT}, headers=doc).json()
    items = api.get(source["review"], headers=doc).json()["items"]
    url = "/api/v1/staff/claims/bulk-reject"
    assert api.post(url, json={}, headers=doc).status_code == 403
    ids = [c["id"] for c in items if c["kind"] == "event"]
    done = api.post(url, json={"claim_ids": [*ids, ids[0]], "note": "a rumour"}, headers=editor)
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["done"] == ids
    assert [(x["claim_id"], x["code"]) for x in body["left"]] == [(ids[0], "invalid_input")]
    assert "already rejected" in body["left"][0]["why"]
    rest = api.post(
        f"/api/v1/staff/claims/bulk-accept?source={source['source_id']}", json={}, headers=editor
    ).json()
    assert len(rest["done"]) + len(rest["left"]) == len(items) - len(ids)
    assert api.get(source["review"], headers=doc).json()["total"] == len(rest["left"])


def test_a_claim_that_needs_a_decision_says_so(site: Site, db_url: str) -> None:
    doc = _bearer(token_for(db_url, "doc", Role.DOCUMENTER))
    text = "Police detained the journalist Andrei Kuznechyk in Minsk on Sunday."
    source = site.client.post("/api/v1/staff/ingest", json={"text": text}, headers=doc).json()
    items = site.client.get(source["review"] + "&kind=event", headers=doc).json()["items"]
    url = f"/api/v1/staff/claims/{items[0]['id']}/accept"
    refused = site.client.post(url, json={"new_person": True}, headers=doc)
    assert "gives no date" in _error(refused, 422, "needs_decision")
    edited = site.client.post(
        url, json={"new_person": True, "edited": {"date": "2024-05-12"}}, headers=doc
    )
    assert edited.json()["decision"]["edited"] == {"date": "2024-05-12"}


def test_persons_with_restricted_fields(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    pid = site.seeded.named
    doc = _bearer(token_for(db_url, "doc", Role.DOCUMENTER))
    viewer = _bearer(token_for(db_url, "viewer", Role.VIEWER))
    url = f"/api/v1/staff/persons/{pid}"
    full = site.client.get(url, headers=doc).json()
    assert full["restricted"] == dict(
        zip(("notes", "health", "family_contacts"), RESTRICTED, strict=True)
    )
    assert "viewer" in _error(site.client.get(url, headers=viewer), 403, "forbidden")
    patched = site.client.patch(
        url, json={"region": "Brest region", "health": None, "birth_date": "1984-02"}, headers=doc
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert body["region"] == "Brest region"
    assert body["birth_date"] == "1984-02"
    assert body["restricted"]["health"] is None
    assert body["occupation"] == "teacher"  # left out: unchanged
    unknown = site.client.patch(url, json={"nickname": "x"}, headers=doc)
    _error(unknown, 422, "invalid_input")
    future = site.client.patch(url, json={"birth_date": "2999"}, headers=doc)
    assert "future" in _error(future, 422, "invalid_input")
    public = site.client.get(f"/api/v1/persons/{pid}").text
    assert "Brest region" in public
    assert not any(secret in public for secret in RESTRICTED)


def test_patch_never_publishes_a_withheld_name(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    pid = site.seeded.withheld
    doc = _bearer(token_for(db_url, "doc", Role.DOCUMENTER))
    editor = _bearer(token_for(db_url, "editor", Role.EDITOR))
    url = f"/api/v1/staff/persons/{pid}"
    for who in (doc, editor):
        refused = site.client.patch(url, json={"name_withheld": False, "region": "x"}, headers=who)
        assert "cannot publish the withheld name" in _error(refused, 422, "invalid_input")
    body = site.client.get(url, headers=doc).json()
    assert body["name_withheld"] is True
    assert body["region"] == "Minsk"  # the refused patch changed nothing
    kept = site.client.patch(url, json={"occupation": "baker"}, headers=doc).json()
    assert kept["name_withheld"] is True
    assert kept["restricted"]["notes"] == RESTRICTED[0]

    publish = f"{url}/publish-name"
    denied = site.client.post(publish, json={"reason": "the family agreed"}, headers=doc)
    _error(denied, 403, "forbidden")
    blank = site.client.post(publish, json={"reason": " "}, headers=editor)
    assert "needs a reason" in _error(blank, 422, "invalid_input")
    _error(site.client.post(publish, json={}, headers=editor), 422, "invalid_input")
    done = site.client.post(publish, json={"reason": "the family agreed"}, headers=editor)
    assert done.status_code == 200, done.text
    assert done.json()["name_withheld"] is False
    again = site.client.post(publish, json={"reason": "again"}, headers=editor)
    assert "is not withheld" in _error(again, 409, "conflict")
    withhold = site.client.patch(url, json={"name_withheld": True}, headers=doc)
    assert withhold.json()["name_withheld"] is True  # withholding stays easy


def test_merge_needs_an_editor_and_refuses_relatives(site: Site, db_url: str) -> None:
    doc = _bearer(token_for(db_url, "doc", Role.DOCUMENTER))
    editor = _bearer(token_for(db_url, "editor", Role.EDITOR))
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        ids = [
            add_person(conn, Person(names=(NameVariant.of(n),)), by="t")
            for n in ("Syarhey Tsikhanouski", "Sviatlana Tsikhanouskaya", "Сяргей Ціханоўскі")
        ]
    engine.dispose()
    body = {"kept": ids[0], "other": ids[1], "why": "same surname"}
    _error(site.client.post("/api/v1/staff/merge", json=body, headers=doc), 403, "forbidden")
    refused = site.client.post("/api/v1/staff/merge", json=body, headers=editor)
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "conflict"
    merged = site.client.post(
        "/api/v1/staff/merge",
        headers=editor,
        json={"kept": ids[0], "other": ids[2], "why": "one man"},
    )
    assert merged.status_code == 201, merged.text
    assert merged.json()["matcher"] == "vigil.names.v3"
    moved = site.client.get(f"/api/v1/persons/{ids[2]}", follow_redirects=False)
    assert moved.headers["location"] == f"/api/v1/persons/{ids[0]}"


def test_a_session_writes_with_its_csrf_header(site: Site, db_url: str) -> None:
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        assert client.get("/api/v1/staff/claims").status_code == 200
        without = client.post("/api/v1/staff/ingest", json={"text": REPORT})
        _error(without, 403, "forbidden")
        token = csrf_of(client.get("/staff/ingest"))
        done = client.post(
            "/api/v1/staff/ingest", json={"text": REPORT}, headers={"x-csrf-token": token}
        )
        assert done.status_code == 201


@pytest.fixture
def schema(site: Site) -> dict[str, object]:
    return dict(site.client.get("/openapi.json").json())


def test_openapi_describes_the_staff_api(schema: dict[str, object]) -> None:
    paths = schema["paths"]
    assert isinstance(paths, dict)
    for path, method in [
        ("/api/v1/staff/claims", "get"),
        ("/api/v1/staff/claims/{claim_id}", "get"),
        ("/api/v1/staff/claims/{claim_id}/accept", "post"),
        ("/api/v1/staff/claims/{claim_id}/reject", "post"),
        ("/api/v1/staff/ingest", "post"),
        ("/api/v1/staff/persons/{person_id}", "get"),
        ("/api/v1/staff/persons/{person_id}", "patch"),
        ("/api/v1/staff/persons/{person_id}/publish-name", "post"),
        ("/api/v1/staff/merge", "post"),
    ]:
        operation = paths[path][method]
        assert operation["security"] == [{"bearer": []}], path
        responses = operation["responses"]
        ok = responses.get("200") or responses.get("201")
        assert ok["content"]["application/json"]["schema"], path
    components = schema["components"]
    assert isinstance(components, dict)
    assert components["securitySchemes"]["bearer"] == {
        "type": "http",
        "scheme": "bearer",
        "description": components["securitySchemes"]["bearer"]["description"],
    }
    assert not any(p.startswith("/staff") for p in paths)  # pages are not in the API schema
