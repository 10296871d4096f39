"""Staff ingest over a real server on both databases: paste or upload, see what was
proposed, and bad input answered on the page with nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from markupsafe import escape
from tests.web.conftest import Site, seed, serve_app
from tests.web.staff import REPORT, csrf_of, read, signed_in

from vigil.auth.roles import Role
from vigil.model import PersonPayload
from vigil.settings import Settings
from vigil.store.claims import pending_claims
from vigil.store.db import make_engine, migrate
from vigil.store.sources import count_sources, get_source
from vigil.web import create_app

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "src/vigil/demo/data/seed_000_af915d7ba50896bb.txt"
EXPORT = ROOT / "tests/ingest/data/telegram_export/result.json"
PAGE = ROOT / "tests/ingest/data/page_ru.html"


def _sources(url: str) -> int:
    return read(url, count_sources)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, str, httpx.Client]]:
    """One seeded SQLite registry and a signed-in documenter, for the many bad inputs."""
    url = f"sqlite:///{tmp_path_factory.mktemp('ingest') / 'vigil.db'}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    seed(url)
    for site in serve_app(create_app(Settings(database_url=url))):
        with signed_in(site.url, url, "doc", Role.DOCUMENTER) as client:
            yield site, url, client


def test_paste_ingest_proposes_claims_once(site: Site, db_url: str) -> None:
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        _paste_twice(client, db_url)


def _paste_twice(client: httpx.Client, db_url: str) -> None:
    form = client.get("/staff/ingest")
    assert form.status_code == 200
    assert 'enctype="multipart/form-data"' in form.text
    before = _sources(db_url)
    data = {"csrf_token": csrf_of(form), "text": REPORT, "publisher": "Example News"}
    done = client.post("/staff/ingest", data=data)
    assert done.status_code == 200, done.text
    assert "Stored as new source" in done.text
    source_id = before + 1
    assert f'href="/staff/review?source={source_id}"' in done.text
    assert "claims proposed" in done.text
    stored = read(db_url, lambda c: get_source(c, source_id))
    assert stored.title == "Blogger detained in Minsk"  # front matter
    assert stored.publisher == "Example News"  # the form's field
    proposed = read(db_url, lambda c: pending_claims(c, source_id=source_id))
    assert "Ihar Losikau" in {
        c.payload.name for c in proposed if isinstance(c.payload, PersonPayload)
    }

    again = client.post("/staff/ingest", data=data)
    assert again.status_code == 200
    assert f"Source {source_id} holds this text already" in again.text
    assert "nothing was extracted again" in again.text
    assert _sources(db_url) == before + 1


def test_upload_a_text_file(site: Site, db_url: str) -> None:
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        token = csrf_of(client.get("/staff/ingest"))
        files = {"file": ("seed.txt", SEED.read_bytes(), "text/plain")}
        data = {"csrf_token": token, "title": "The founding report"}
        done = client.post("/staff/ingest", data=data, files=files)
    assert done.status_code == 200, done.text
    assert "Stored as new source" in done.text
    source_id = _sources(db_url)
    stored = read(db_url, lambda c: get_source(c, source_id))
    assert stored.title == "The founding report"  # the form wins over the front matter
    assert str(stored.published) == "2024-08-16"
    claims = read(db_url, lambda c: pending_claims(c, source_id=source_id))
    assert "Syarhey Tsikhanouski" in {
        c.payload.name for c in claims if isinstance(c.payload, PersonPayload)
    }


def test_upload_a_telegram_export_and_a_saved_page(shared: tuple[Site, str, httpx.Client]) -> None:
    _, url, client = shared
    before = _sources(url)
    token = csrf_of(client.get("/staff/ingest"))
    files = {"file": ("result.json", EXPORT.read_bytes(), "application/json")}
    done = client.post("/staff/ingest", data={"csrf_token": token}, files=files)
    assert done.status_code == 200, done.text
    assert "sources read" in done.text
    added = _sources(url) - before
    assert added >= 2
    assert "/tmp/" not in done.text  # items are named after the upload, not a temporary file
    page = client.post(
        "/staff/ingest",
        data={"csrf_token": token, "publisher": "Example"},
        files={"file": ("page.html", PAGE.read_bytes(), "text/html")},
    )
    assert page.status_code == 200, page.text
    assert "Stored as new source" in page.text
    stored = read(url, lambda c: get_source(c, _sources(url)))
    assert stored.publisher == "Example"
    assert stored.language == "ru"


@pytest.mark.parametrize(
    ("data", "upload", "message"),
    [
        ({"text": "   "}, None, "there is nothing to ingest"),
        ({"text": "---\ntitle: x\nno end"}, None, "front matter starts with --- but never ends"),
        ({"text": "---\nauthor: x\n---\nText."}, None, "unknown front matter key"),
        ({"text": "Some text.", "published": "2999-01-01"}, None, "is in the future"),
        ({"text": "Some text.", "published": "2024-02"}, None, "needs a full date"),
        ({"text": "Some text.", "url": "javascript:alert(1)"}, None, "is not a web address"),
        ({"text": "Some text.", "language": "xx"}, None, "language cannot be"),
        ({"text": "Some text."}, ("a.txt", b"text"), "either pasted text or a file"),
        ({}, ("a.txt", b"\xff\xfe\x00\x41"), "binary file, not text"),
        ({}, ("a.txt", "Тэкст".encode("cp1251")), "not UTF-8"),
        ({}, ("a.pdf", b"%PDF-1.4"), "Vigil does not read .pdf files"),
        ({}, ("page.html", b"%PDF-1.4 not a page"), "a PDF document"),
        ({"title": "One title"}, ("result.json", EXPORT.read_bytes()), "sources; the title"),
    ],
)
def test_bad_input_is_answered_on_the_page(
    shared: tuple[Site, str, httpx.Client],
    data: dict[str, str],
    upload: tuple[str, bytes] | None,
    message: str,
) -> None:
    _, url, client = shared
    before = _sources(url)
    token = csrf_of(client.get("/staff/ingest"))
    files = {"file": (upload[0], upload[1], "application/octet-stream")} if upload else None
    done = client.post("/staff/ingest", data={"csrf_token": token, **data}, files=files)
    assert done.status_code == 422, done.text
    assert "Nothing was ingested" in done.text
    assert escape(message) in done.text
    assert _sources(url) == before
    if data.get("text", "").strip():
        assert escape(data["text"].strip()[:10]) in done.text  # kept for a second try


def test_ingest_needs_a_documenter_and_the_form_token(site: Site, db_url: str) -> None:
    anonymous = site.client.get("/staff/ingest")
    assert anonymous.status_code == 303
    assert anonymous.headers["location"].startswith("/staff/login?next=")
    with signed_in(site.url, db_url, "viewer", Role.VIEWER) as viewer:
        assert viewer.get("/staff/ingest").status_code == 403
    before = _sources(db_url)
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as doc:
        forged = doc.post("/staff/ingest", data={"text": REPORT})  # no csrf_token
        assert forged.status_code == 403
        assert "security token" in forged.text
    assert _sources(db_url) == before
