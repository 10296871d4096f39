"""The public response cache: repeated anonymous GETs are answered from memory, a change
to the registry is seen within a second, and nothing signed-in or private is cached."""

from __future__ import annotations

import datetime as dt
import time

import httpx
from tests.web.conftest import SOURCE_TEXT, Site, serve_app
from tests.web.staff import signed_in, token_for

from vigil.auth.roles import Role
from vigil.model import (
    MANUAL_EXTRACTOR,
    ClaimKind,
    Event,
    EventDetail,
    EventType,
    PartialDate,
    Recognition,
)
from vigil.settings import Settings
from vigil.store import audit
from vigil.store.claims import cite
from vigil.store.db import connect, make_engine, transaction
from vigil.store.events import add_event
from vigil.web import create_app
from vigil.web.cache import RECHECK_S
from vigil.web.edge import SECURITY_HEADERS

HEADER = "x-vigil-cache"


def _twice(client: httpx.Client, path: str, **kw: object) -> tuple[httpx.Response, ...]:
    return client.get(path, **kw), client.get(path, **kw)  # type: ignore[arg-type]


def _recognize(url: str, person: int, source: int) -> None:
    """Recognize ``person`` as a political prisoner through the store (audited)."""
    engine = make_engine(url)
    with transaction(engine) as conn:
        claim = cite(
            conn, source, "Minsk", kind=ClaimKind.EVENT, extractor=MANUAL_EXTRACTOR, by="tester"
        )
        event = Event(
            person,
            EventType.RECOGNIZED_POLITICAL_PRISONER,
            PartialDate.parse("2022-02-01"),
            dt.datetime(2024, 6, 2, tzinfo=dt.UTC),
            claim_ids=(claim,),
            recorded_by="tester",
            detail=EventDetail(recognition=Recognition(by="Viasna")),
        )
        add_event(conn, event)
    engine.dispose()


def test_a_repeated_request_is_a_hit_until_the_registry_changes(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    assert "Minsk" in SOURCE_TEXT
    engine = make_engine(db_url)
    with connect(engine) as conn:
        before = audit.data_version(conn)
    engine.dispose()
    assert before > 0

    for path in ("/api/v1/stats/count", "/", "/persons", f"/persons/{site.seeded.named}"):
        first, second = _twice(site.client, path)
        assert first.status_code == second.status_code == 200, path
        assert first.headers[HEADER] == "miss", path
        assert second.headers[HEADER] == "hit", path
        assert second.content == first.content, path
        assert second.headers["content-type"] == first.headers["content-type"]
        for name, value in SECURITY_HEADERS.items():  # added by the edge, hits included
            assert second.headers[name] == value, (path, name)

    assert site.client.get("/api/v1/stats/count").json()["held"] == 1
    _recognize(db_url, site.seeded.other, site.seeded.source)
    engine = make_engine(db_url)
    with connect(engine) as conn:
        assert audit.data_version(conn) > before
    engine.dispose()
    time.sleep(RECHECK_S + 0.2)

    changed = site.client.get("/api/v1/stats/count")
    assert changed.headers[HEADER] == "miss"
    assert changed.json()["held"] == 2
    again = site.client.get("/api/v1/stats/count")
    assert again.headers[HEADER] == "hit"
    assert again.json()["held"] == 2
    home = site.client.get("/")
    assert home.headers[HEADER] == "miss"
    assert '<a class="count" href="/persons?status=political_prisoner">2</a>' in home.text


def test_downloads_keep_their_headers(site: Site) -> None:
    first, second = _twice(site.client, "/persons.csv")
    assert first.status_code == 200
    assert "attachment" in first.headers["content-disposition"]
    assert second.headers.get(HEADER) == "hit"
    for name in ("content-type", "content-disposition"):
        assert second.headers.get(name) == first.headers.get(name)


def test_signed_in_requests_and_staff_pages_are_never_cached(site: Site, db_url: str) -> None:
    bearer = {"authorization": f"Bearer {token_for(db_url, 'viewer', Role.VIEWER)}"}
    for response in _twice(site.client, "/api/v1/stats/count", headers=bearer):
        assert response.status_code == 200
        assert HEADER not in response.headers
    for response in _twice(site.client, "/api/v1/staff/claims", headers=bearer):
        assert HEADER not in response.headers
    for response in _twice(site.client, "/staff/login"):
        assert HEADER not in response.headers
    site.client.get("/")  # an anonymous entry the signed-in visitor must not get
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as staff:
        for path in ("/", "/persons", "/staff"):
            for response in _twice(staff, path):
                assert response.status_code == 200, path
                assert HEADER not in response.headers, path
        assert "doc" in staff.get("/").text  # the staff chrome, not the cached page


def test_errors_are_not_cached(site: Site) -> None:
    for path in ("/persons/987654", "/api/v1/persons/987654", "/nowhere"):
        for response in _twice(site.client, path):
            assert response.status_code == 404, path
            assert response.headers.get(HEADER) == "miss", path


def test_each_language_has_its_own_entry(site: Site) -> None:
    en, be = site.client.get("/"), site.client.get("/?lang=be")
    assert en.content != be.content
    assert "Галоўная" in be.text
    ru_first, ru_hit = _twice(site.client, "/", headers={"accept-language": "ru-RU,ru;q=0.9"})
    assert ru_hit.headers[HEADER] == "hit"
    assert "Главная" in ru_hit.text
    assert ru_hit.content == ru_first.content != en.content
    en_hit = site.client.get("/", headers={"accept-language": "en-GB"})
    assert en_hit.headers[HEADER] == "hit"
    assert en_hit.content == en.content
    assert site.client.get("/?lang=be").content == be.content


def test_the_setting_turns_it_off(site: Site, db_url: str) -> None:
    for other in serve_app(create_app(Settings(database_url=db_url, public_cache=False))):
        for response in _twice(other.client, "/api/v1/stats/count"):
            assert response.status_code == 200
            assert HEADER not in response.headers
