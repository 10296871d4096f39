"""Cases in the web, in process on both databases: a group trial opened, joined and
sentenced on the staff pages and through the staff API (the same service, audited; bad
input named on the form, nothing written), then read as a journalist would: every named
defendant, the court, the judge and the verdicts, with a withheld defendant counted and
never named, and the case linked from each named defendant's page."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from tests.web.conftest import Seeded, seed
from tests.web.inprocess import TestClient, api_client, post, staff_client
from tests.web.staff import read

from vigil.auth.roles import Role
from vigil.settings import Settings
from vigil.store.audit import entries, verify
from vigil.store.claims import get_claims
from vigil.store.tables import cases
from vigil.web import create_app


@pytest.fixture
def registry(db_url: str) -> Seeded:
    return seed(db_url)


def test_a_group_trial_made_by_staff_and_read_by_the_public(db_url: str, registry: Seeded) -> None:
    r = registry
    with staff_client(db_url, "doc", Role.DOCUMENTER) as client:
        listed = client.get("/staff/cases")
        assert "Open a case" in listed.text
        form = {"title": "Case of the teachers", "defendants": f"{r.named}, {r.withheld} 999",
                "court": "Minsk City Court", "judge": "Judge Testava", "articles": "342",
                "activity": "a letter to the ministry", "hearings": "2021-09-01"}  # fmt: skip
        bad = post(client, "/staff/cases", "/staff/cases", form)
        assert bad.status_code == 404
        assert "no person with id 999" in bad.text
        assert 'value="Case of the teachers"' in bad.text  # what was typed stays
        assert read(db_url, lambda c: c.execute(select(func.count()).select_from(cases))
                    .scalar_one()) == 0  # fmt: skip
        done = post(client, "/staff/cases", "/staff/cases",
                    {**form, "defendants": f"{r.named} {r.withheld}"})  # fmt: skip
        assert done.status_code == 303
        case_url = done.headers["location"].split("?")[0]
        case_id = int(case_url.rsplit("/", 1)[1])
        page = client.get(done.headers["location"]).text
        assert "Case opened." in page
        assert "Wmarker7f3 Hiddenava" in page  # staff see every defendant
        wrong = post(client, case_url, f"{case_url}/verdict",
                     {"person_id": str(r.named), "term": "five years"})  # fmt: skip
        assert wrong.status_code == 422
        assert "is not a term" in wrong.text
        verdict = {"person_id": str(r.named), "date": "2021-10-12", "term": "5y",
                   "regime": "general", "appeal": "upheld",
                   "appeal_date": "2022-01-20"}  # fmt: skip
        saved = post(client, case_url, f"{case_url}/verdict", verdict)
        assert saved.status_code == 303
        assert "Verdict saved." in client.get(saved.headers["location"]).text
        post(client, case_url, f"{case_url}/verdict",
             {"person_id": str(r.withheld), "date": "2021-10-12", "term": "3y"})  # fmt: skip
        own = client.get(f"/staff/persons/{r.named}").text  # the staff person page lists it
        assert f'href="/staff/cases/{case_id}">Case of the teachers</a>' in own
        assert "2021-10-12: 5 y.; general regime; appeal upheld (2022-01-20)" in own

    with api_client(db_url, "bot", Role.DOCUMENTER) as api:
        joined = api.post(f"/api/v1/staff/cases/{case_id}/defendants",
                          json={"person_id": r.other})  # fmt: skip
        assert joined.status_code == 201, joined.text
        again = api.post(f"/api/v1/staff/cases/{case_id}/defendants",
                         json={"person_id": r.other})  # fmt: skip
        assert again.status_code == 409
        assert "already a defendant" in again.json()["error"]["message"]
        given = {"date": "2021-10-12", "term": "2y6m", "regime": "strict"}
        sentenced = api.put(f"/api/v1/staff/cases/{case_id}/defendants/{r.other}", json=given)
        assert sentenced.status_code == 200, sentenced.text
        assert [d["person_id"] for d in sentenced.json()["defendants"]] == [
            r.named, r.withheld, r.other]  # fmt: skip
        made = api.post("/api/v1/staff/cases", json={"title": "Case of one",
                                                      "defendants": [r.other]})  # fmt: skip
        assert made.status_code == 201
        assert made.json()["court"] is None

    with api_client(db_url, "reader", Role.VIEWER) as viewer:
        refused = viewer.post(f"/api/v1/staff/cases/{case_id}/hearings", json={"date": "2021"})
        assert refused.status_code == 403

    audited = read(db_url, lambda c: [e.action for e in entries(c, limit=None)])
    assert audited.count("case.verdict") == 3
    assert {"case.add", "case.join", "court.add", "judge.add"} <= set(audited)
    assert read(db_url, lambda c: verify(c).ok)

    app = create_app(Settings(database_url=db_url, public_cache=False))
    with TestClient(app) as public:
        page = public.get(f"/cases/{case_id}").text
        for words in ("Case of the teachers", "Minsk City Court", "Judge Testava",
                      "Volha Krumenka", "Ales Testau", "a letter to the ministry", "5 y",
                      "2 y. 6 m.", "2021-10-12", "upheld", "2022-01-20",
                      "One defendant whose name is withheld"):  # fmt: skip
            assert words in page, words
        assert "hiddenava" not in page.casefold()
        assert "3 y" not in page  # the withheld defendant's sentence is not published
        assert f"/persons/{r.withheld}" not in page
        detail = public.get(f"/api/v1/cases/{case_id}").json()
        assert [d["person_id"] for d in detail["defendants"]] == [r.named, r.other]
        assert detail["withheld_defendants"] == 1
        assert f"/cases/{case_id}" in public.get(f"/persons/{r.named}").text
        assert f"/cases/{case_id}" not in public.get(f"/persons/{r.withheld}").text
        assert public.get(f"/api/v1/persons/{r.withheld}").json()["cases"] == []
        court_id = detail["court"]["id"]
        by_court = public.get(f"/cases?court={court_id}").text
        assert "Case of the teachers" in by_court
        assert "Case of one" not in by_court
        courts = public.get("/api/v1/courts").json()
        (court,) = courts["courts"]
        assert (court["cases"], court["defendants"], court["sentenced"]) == (1, 3, 3)
        assert "Minsk City Court" in public.get("/courts").text
        assert public.get("/cases/999").status_code == 404
        assert public.get("/cases?court=x").status_code == 422


def test_a_case_claim_reviewed_on_the_staff_page(db_url: str, registry: Seeded) -> None:
    r = registry
    with api_client(db_url, "bot", Role.DOCUMENTER) as api:
        made = api.post("/api/v1/staff/cases", json={"title": "Case of the teacher",
                                                      "defendants": [r.named]})  # fmt: skip
        case_id = made.json()["id"]
        fields = {"defendants": "Volha Krumenka", "court": "Minsk City Court"}
        proposed = api.post(f"/api/v1/staff/sources/{r.source}/claims",
                            json={"kind": "case", "words": "Volha Krumenka, a teacher",
                                  "fields": fields})  # fmt: skip
        assert proposed.status_code == 201, proposed.text
        claim_id = proposed.json()["claim_id"]
    with staff_client(db_url, "doc", Role.DOCUMENTER) as client:
        url = f"/staff/review/{claim_id}"
        page = client.get(url).text
        assert "A new case, or a case the registry holds?" in page
        assert 'value="Minsk City Court"' in page  # the court, editable
        asked = post(client, url, url, {"action": "accept"})
        assert asked.status_code == 422
        assert f"already in case {case_id}" in asked.text
        wrong = post(client, url, url, {"action": "accept", "join_case": "the first"})
        assert wrong.status_code == 422
        assert "the case to join must be an id" in wrong.text
        done = post(client, url, url, {"action": "accept", "join_case": str(case_id)})
        assert done.status_code == 303
    got = read(db_url, lambda c: get_claims(c, [claim_id])[0].review)
    assert got is not None
    assert got.decision is not None
    assert (got.decision.case_id, got.decision.joined) == (case_id, ())
