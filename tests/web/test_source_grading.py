"""A source's grade (reliability A–F, credibility 1–6) on the web: set on the staff
page and through the staff API (the same service call, audited, kept in the source's
history), shown beside every quote on the public and staff pages, and a filter of the
review queue. On both databases."""

from __future__ import annotations

import time

import httpx
from tests.web.conftest import Site
from tests.web.staff import form_of, post_form, read, signed_in, token_for

from vigil.auth.roles import Role
from vigil.ingest.manual import propose_span
from vigil.model import Credibility, Reliability
from vigil.store.audit import verify
from vigil.store.db import make_engine, transaction
from vigil.store.sources import get_source, source_history
from vigil.web.cache import RECHECK_S

LABEL = "B2 — usually reliable, probably true"


def test_graded_on_the_staff_page_and_shown_beside_each_quote(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    sid, person = site.seeded.source, site.seeded.named
    public = site.client.get(f"/persons/{person}").text
    assert "not graded" in public
    assert LABEL not in public
    page = f"/staff/sources/{sid}/details"
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        sent = form_of(client.get(page), page)
        assert (sent["reliability"], sent["credibility"]) == ("", "")
        sent.pop("csrf_token")
        bad = post_form(client, page, page, {**sent, "reliability": "G"})
        assert bad.status_code == 422
        assert "reliability cannot be &#39;G&#39;" in bad.text
        sent.update({"reliability": "B", "credibility": "2", "why": "their record since 2020"})
        done = post_form(client, page, page, sent, follow_redirects=True)
        assert "reliability empty → &#39;B&#39;" in done.text
        assert LABEL in done.text
        staff_person = client.get(f"/staff/persons/{person}").text
        assert 'title="B2 — usually reliable, probably true">B2</a>' in staff_person
    stored = read(db_url, lambda conn: get_source(conn, sid))
    assert (stored.reliability, stored.credibility) == (Reliability.B, Credibility.PROBABLE)
    history = read(db_url, lambda conn: source_history(conn, sid))
    assert history[0].why == "their record since 2020"
    assert {c.field for c in history[0].changes} == {"reliability", "credibility"}
    # Every quote of the public person page carries its source's grade, in any language
    # (once the public cache has seen the change: it reads the data version each second).
    time.sleep(RECHECK_S + 0.2)
    shown = site.client.get(f"/persons/{person}").text
    quotes = shown.count("<blockquote>")
    assert quotes >= 1
    assert shown.count('<span class="grade"') == quotes
    assert "<strong>B2</strong> — usually reliable, probably true" in shown
    be = site.client.get(f"/persons/{person}?lang=be").text
    assert "<strong>B2</strong> — звычайна надзейная, верагодна, праўда" in be
    api = site.client.get(f"/api/v1/persons/{person}").json()
    grades = [s["grade"] for e in api["events"] for s in e["sources"]]
    assert grades
    assert all(g["code"] == "B2" and g["label"] == LABEL for g in grades)
    assert site.client.get(f"/api/v1/sources/{sid}").json()["source"]["grade"]["credibility"] == "2"
    assert LABEL.split(" — ")[1] in site.client.get(f"/sources/{sid}").text
    assert read(db_url, verify).ok


def test_the_staff_api_grades_and_the_queue_filters_by_grade(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    sid = site.seeded.source
    api: httpx.Client = site.client
    doc = {"Authorization": f"Bearer {token_for(db_url, 'doc', Role.DOCUMENTER)}"}

    def waiting(grade: str) -> int:
        page = api.get(f"/api/v1/staff/claims?grade={grade}", headers=doc)
        assert page.status_code == 200, page.text
        return int(page.json()["total"])

    engine = make_engine(db_url)
    with transaction(engine) as conn:
        propose_span(conn, sid, "facility", {}, by="tester", words="colony No. 1 in Navapolatsk")
    engine.dispose()
    everything = int(api.get("/api/v1/staff/claims", headers=doc).json()["total"])
    assert everything == 1
    assert waiting("ungraded") == everything
    done = api.patch(f"/api/v1/staff/sources/{sid}", headers=doc,
                     json={"reliability": "c", "credibility": "3"})  # fmt: skip
    assert done.status_code == 200, done.text
    body = done.json()["source"]
    assert (body["reliability"], body["credibility"]) == ("C", "3")
    assert body["grade"] == "C3 — fairly reliable, possibly true"
    assert body["history"][0]["changes"][0] == {"field": "reliability", "before": None,
                                                "after": "C"}  # fmt: skip
    assert waiting("C3") == waiting("BC") == waiting("3") == everything
    assert waiting("ungraded") == waiting("AB12") == waiting("C1") == 0
    bad = api.get("/api/v1/staff/claims?grade=Z9", headers=doc)
    assert bad.status_code == 422
    assert "grade cannot be 'Z9'" in bad.json()["error"]["message"]
    refused = api.patch(f"/api/v1/staff/sources/{sid}", headers=doc, json={"credibility": "7"})
    assert refused.status_code == 422
    assert "credibility cannot be '7'" in refused.json()["error"]["message"]
    cleared = api.patch(f"/api/v1/staff/sources/{sid}", headers=doc,
                        json={"reliability": None, "credibility": ""})  # fmt: skip
    assert cleared.json()["source"]["grade"] == "not graded"
    assert waiting("ungraded") == everything
    with signed_in(site.url, db_url, "doc2", Role.DOCUMENTER) as client:
        queue = client.get("/staff/review?grade=ungraded")
        assert queue.status_code == 200
        assert 'value="ungraded"' in queue.text
    assert read(db_url, verify).ok
