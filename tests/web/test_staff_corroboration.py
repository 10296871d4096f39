"""Corroboration through the staff API and the staff pages: three reports of one
sentencing make one event with three sources; the page shows "confirms event #N (already
from K sources)" with a one-click Confirm; a contradicting report is shown beside the
fact, and superseding it needs a reason. The public person page then lists every source.
"""

from __future__ import annotations

from typing import Any

import pytest
from markupsafe import escape
from tests.conftest import TEST_KEYS
from tests.ingest.reports import ReportExtractor
from tests.web.conftest import Site, serve_app
from tests.web.staff import TEST_KEYS_JSON, post_form, read, signed_in, token_for

from vigil.auth.roles import Role
from vigil.ingest.pipeline import ingest_source
from vigil.model import ClaimKind, Source
from vigil.read.dossier import dossier
from vigil.settings import Settings
from vigil.store.audit import verify
from vigil.store.claims import source_claims
from vigil.store.db import make_engine, transaction
from vigil.web import create_app

REPORTS = [
    "Ales Bialiatski was sentenced on 2023-03-03 to 10 years under article 342.",
    "A court in Minsk: Ales Bialiatski was sentenced on 2023-03-03 to 10 years.",
    "Ales Bialiatski was sentenced in 2023 under article 342.",
    "Ales Bialiatski was sentenced on 2023-03-03 to 9 years.",
]


def _registry(url: str) -> list[dict[ClaimKind, int]]:
    """Four reports ingested; each source's person and event claim ids."""
    engine = make_engine(url, keys=TEST_KEYS)
    found = []
    with transaction(engine) as conn:
        for i, text in enumerate(REPORTS):
            source = Source(text=text, title=f"Report {i + 1}", url=f"https://example.org/{i}")
            sid = ingest_source(conn, source, ReportExtractor(), by="tester").source_id
            found.append({c.kind: c.id or 0 for c in source_claims(conn, sid)})
    engine.dispose()
    return found


@pytest.fixture
def served(db_url: str) -> Any:
    claims = _registry(db_url)
    for site in serve_app(create_app(Settings(database_url=db_url, keys=TEST_KEYS_JSON))):
        yield site, claims


def test_three_reports_through_the_api_and_the_pages(
    served: tuple[Site, list[dict[ClaimKind, int]]], db_url: str
) -> None:
    site, claims = served
    headers = {"authorization": f"Bearer {token_for(db_url, 'api', Role.DOCUMENTER)}"}

    def api(path: str, body: dict[str, object] | None = None, status: int = 200) -> Any:
        if body is None:
            done = site.client.get(f"/api/v1/staff/claims/{path}", headers=headers)
        else:
            done = site.client.post(f"/api/v1/staff/claims/{path}", json=body, headers=headers)
        assert done.status_code == status, done.text
        return done.json()

    # Source 1 through the API: the person, then the sentencing (a new event).
    api(f"{claims[0][ClaimKind.PERSON]}/accept", {})
    event_id = api(f"{claims[0][ClaimKind.EVENT]}/accept", {})["decision"]["event_id"]
    # Source 2 through the API: shown as confirming the event; accepting adds the source.
    api(f"{claims[1][ClaimKind.PERSON]}/accept", {})
    detail = api(f"{claims[1][ClaimKind.EVENT]}")
    assert [(f["relation"], f["id"], f["sources"]) for f in detail["facts"]] == [
        ("confirms", event_id, 1)
    ]
    done = api(f"{claims[1][ClaimKind.EVENT]}/accept", {})
    assert done["decision"] == {"person_id": 1, "event_id": event_id, "corroborates": True}

    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        # Source 3 through the pages: "confirms event #1 (already from 2 sources)", Confirm.
        person = f"/staff/review/{claims[2][ClaimKind.PERSON]}"
        assert post_form(client, person, person, {"action": "accept"}).status_code == 303
        page = f"/staff/review/{claims[2][ClaimKind.EVENT]}"
        shown = client.get(page).text
        assert f"Confirms event #{event_id}</strong>" in shown
        assert "(already from 2 sources)" in shown
        assert 'name="action" value="confirm"' in shown
        done = post_form(client, page, page, {"action": "confirm", "fact": str(event_id)})
        assert done.status_code == 303, done.text[:2000]
        assert "confirms event 1 (person 1)" in client.get(done.headers["location"]).text

        # Source 4 contradicts the term: shown beside the fact; Accept is refused with
        # what to do; Supersede needs a reason.
        person = f"/staff/review/{claims[3][ClaimKind.PERSON]}"
        assert post_form(client, person, person, {"action": "accept"}).status_code == 303
        page = f"/staff/review/{claims[3][ClaimKind.EVENT]}"
        shown = client.get(page).text
        assert f"Contradicts event #{event_id}</strong>" in shown
        assert "<td>120</td><td>108</td>" in shown  # the term, in months, side by side
        refused = post_form(client, page, page, {"action": "accept"})
        assert refused.status_code == 409
        assert str(escape("contradicts event 1 (sentenced 2023-03-03)")) in refused.text
        assert 'value="record_anyway"' in refused.text  # or recorded anyway, with a reason
        bare = post_form(client, page, page, {"action": "supersede", "fact": str(event_id)})
        assert bare.status_code == 422
        assert "needs a reason" in bare.text
        kept = post_form(client, page, page, {"action": "reject", "note": "the first court"})
        assert kept.status_code == 303

    def check(conn: Any) -> None:
        d = dossier(conn, 1)
        assert [e.id for e in d.events] == [event_id]
        assert len({d.claims[c].source_id for c in d.events[0].claim_ids}) == 3
        assert verify(conn).ok

    read(db_url, check)
    # The public page and API list every source of the event.
    public = site.client.get("/api/v1/persons/1").json()
    sources = public["events"][0]["sources"]
    assert sorted(s["title"] for s in sources) == ["Report 1", "Report 2", "Report 3"]
    page = site.client.get("/persons/1").text
    assert all(f"Report {i}" in page for i in (1, 2, 3))
