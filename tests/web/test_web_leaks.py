"""Restricted data never leaks: a crawl of every public page, download and API endpoint
finds neither a restricted field, a withheld name nor a staff account's name, password
or token name, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import httpx
from tests.publish.readback import text_of

from conftest import RESTRICTED, STAFF_ONLY, WITHHELD, Site
from vigil.auth.roles import Role
from vigil.store.accounts import add_user, create_token
from vigil.store.db import make_engine, transaction
from vigil.web.edge import SECURITY_HEADERS

SECRETS = [s.casefold() for s in (*WITHHELD, *RESTRICTED, *STAFF_ONLY)]
HREF = re.compile(r'href="([^"]+)"')
MAX_PAGES = 400


def _check(response: httpx.Response) -> None:
    where = f"{response.request.method} {response.request.url}"
    body = response.text
    if response.request.url.path.startswith("/downloads/") or response.request.url.path.endswith(
        ".pdf"
    ):  # zips, workbooks and PDFs opened
        body = text_of(response.request.url.path, response.content)
    elif response.headers.get("content-type", "").startswith("application/json"):
        body = json.dumps(response.json(), ensure_ascii=False)  # \u escapes decoded
    body = body.casefold()
    for secret in SECRETS:
        assert secret not in body, f"{secret!r} leaked at {where}"
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, f"{name} missing at {where}"
    if response.headers.get("content-type", "").startswith("text/html"):
        assert "<script" not in body, where
        assert " style=" not in body, where


def _crawl(site: Site, starts: list[str]) -> set[str]:
    seen: set[str] = set()
    queue = deque(starts)
    while queue and len(seen) < MAX_PAGES:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        response = site.client.get(path)
        assert response.status_code < 400, f"{path}: {response.status_code}"
        _check(response)
        if not response.headers.get("content-type", "").startswith("text/html"):
            continue
        for href in HREF.findall(response.text):
            target = urlsplit(urljoin(site.url + path, href.replace("&amp;", "&")))
            if target.netloc != urlsplit(site.url).netloc:
                continue
            local = target.path + (f"?{target.query}" if target.query else "")
            if local not in seen:
                queue.append(local)
    return seen


def test_no_restricted_field_or_withheld_name_anywhere(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    engine = make_engine(db_url)
    with transaction(engine) as conn:  # staff-only records, with markers
        add_user(conn, username="staffer", password=STAFF_ONLY[1], role=Role.EDITOR,
                 by="tester", display_name=STAFF_ONLY[0])  # fmt: skip
        create_token(conn, username="staffer", name=STAFF_ONLY[2], by="tester")
    engine.dispose()
    s = site.seeded
    starts = [
        "/",
        "/persons",
        "/persons?status=held",
        "/persons?status=released&sort=held_since",
        "/persons?sort=name&per_page=25",
        "/persons?q=Krumenka",
        "/persons?q=Крумянко",
        "/stats",
        "/stats?at=2022-01-01&known_at=2024-06-01",
        "/sources",
        "/?lang=be",
        "/persons?lang=ru",
    ]
    visited = _crawl(site, starts)
    for person in (s.named, s.withheld, s.other):
        assert f"/persons/{person}" in visited
    assert f"/sources/{s.source}" in visited
    assert any(p.startswith("/persons.csv") for p in visited)
    assert any(p.startswith("/persons.json") for p in visited)

    api = [
        "/openapi.json",
        "/api/v1/persons",
        "/api/v1/persons?status=released",
        "/api/v1/persons?sort=name&per_page=200",
        "/api/v1/persons?q=Volha",
        *(f"/api/v1/persons/{p}" for p in (s.named, s.withheld, s.other)),
        *(f"/api/v1/persons/{p}/events" for p in (s.named, s.withheld, s.other)),
        "/api/v1/sources",
        f"/api/v1/sources/{s.source}",
        "/api/v1/figures",
        "/api/v1/stats/count",
        "/api/v1/stats/count?at=2022-01-01&known_at=2024-06-01",
        "/api/v1/stats/series?from=2021-01-01&to=2024-12-31",
        "/api/v1/stats/series?from=2021-05-01&to=2021-07-01&step=daily",
        "/api/v1/stats/flows?from=2021-01-01",
        *(
            f"/api/v1/stats/breakdown?by={by}&at=2022-01-01"
            for by in ("gender", "age", "region", "facility", "article")
        ),
        "/persons.csv?per_page=200",
        "/persons.json?per_page=200",
        "/persons.csv?status=released",
    ]
    for path in api:
        response = site.client.get(path)
        assert response.status_code == 200, f"{path}: {response.status_code} {response.text}"
        _check(response)

    # The withheld person is counted and listed, but never as a name.
    listed = site.client.get("/api/v1/persons", params={"per_page": 200}).json()
    row = next(r for r in listed["items"] if r["id"] == s.withheld)
    assert row["name"] == "name withheld"
    assert row["name_withheld"] is True


def test_a_withheld_name_finds_nothing(site: Site) -> None:
    assert site.seeded is not None
    for query in WITHHELD:
        found = site.client.get("/api/v1/persons", params={"q": query}).json()
        assert found["total"] == 0, query
        assert found["items"] == []
        page = site.client.get("/persons", params={"q": query})
        assert page.status_code == 200
        assert f'href="/persons/{site.seeded.withheld}"' not in page.text
    # The named person is found from any script.
    for query in ("Krumenka", "Крумэнка", "Крумянко"):
        found = site.client.get("/api/v1/persons", params={"q": query}).json()
        assert [r["id"] for r in found["items"]] == [site.seeded.named], query
