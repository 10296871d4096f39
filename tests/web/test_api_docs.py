"""``/api/v1``: a landing page, interactive docs that work without scripts, and a schema,
all listing the public routes only."""

from __future__ import annotations

import re
from html import unescape

from conftest import Site

PUBLIC = ["/api/v1/persons", "/api/v1/persons/{person_id}", "/api/v1/persons/{person_id}/events",
          "/api/v1/sources", "/api/v1/sources/{source_id}", "/api/v1/figures",
          "/api/v1/stats/count", "/api/v1/stats/series", "/api/v1/stats/breakdown",
          "/api/v1/stats/flows", "/api/v1/cases", "/api/v1/cases/{case_id}", "/api/v1/courts",
          "/api/v1/facilities", "/api/v1/facilities/{facility_id}",
          "/api/v1/stats/organisations", "/api/v1/stats/incommunicado"]  # fmt: skip


def test_the_landing_page_and_schema_list_public_routes_only(site: Site) -> None:
    landing = site.client.get("/api/v1")
    assert landing.status_code == 200
    assert landing.headers["content-type"].startswith("text/html")
    listed = re.findall(r"<code>(/api/v1/[^<]+)</code>", landing.text)
    assert sorted(unescape(p) for p in listed) == sorted(PUBLIC)
    for link in ("/api/v1/docs", "/api/v1/openapi.json", "/downloads"):
        assert f'href="{link}"' in landing.text, link
    schema = site.client.get("/api/v1/openapi.json").json()
    assert sorted(schema["paths"]) == sorted(PUBLIC)
    assert "staff" not in str(schema).casefold()
    full = site.client.get("/openapi.json").json()  # the whole API, staff routes included
    assert any(p.startswith("/api/v1/staff") for p in full["paths"])


def test_the_docs_try_each_operation_without_a_script(site: Site) -> None:
    docs = site.client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert "<script" not in docs.text
    ops = re.findall(r'name="op" value="([^"]+)"', docs.text)
    assert sorted(unescape(o) for o in ops) == sorted(PUBLIC)
    assert site.client.get("/docs").headers["location"] == "/api/v1/docs"
    s = site.seeded
    assert s is not None
    form = {"op": "/api/v1/persons/{person_id}", "person_id": str(s.named)}
    tried = site.client.get("/api/v1/docs/try", params=form)
    assert tried.status_code == 307
    answer = site.client.get(tried.headers["location"]).json()
    assert answer["name"] == "Volha Krumenka"
    form = {"op": "/api/v1/persons", "q": "", "status": "held", "per_page": "5"}
    listed = site.client.get("/api/v1/docs/try", params=form)
    assert listed.headers["location"] == "/api/v1/persons?status=held&per_page=5"
    staff = site.client.get("/api/v1/docs/try", params={"op": "/api/v1/staff/audit"})
    assert staff.status_code == 422
    assert staff.json()["error"]["hint"] == "see /api/v1/docs"
