"""Staff ingest under hostile input, over a real server: a body over 64 MB is refused
(413) before it is read, and the 549 KB file of numbers answers quickly with 500 claims
and a note, on the page and in the API."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from tests.ingest.hostile import numbers_text
from tests.web.conftest import Site, seed, serve_app
from tests.web.staff import csrf_of, signed_in, token_for

from vigil.auth.roles import Role
from vigil.settings import Settings
from vigil.store.db import make_engine, migrate
from vigil.web import create_app
from vigil.web.bounded import MAX_BODY_BYTES


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, str]]:
    """A seeded SQLite registry served on loopback, and its URL."""
    url = f"sqlite:///{tmp_path_factory.mktemp('bounds') / 'vigil.db'}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    seed(url)
    for site in serve_app(create_app(Settings(database_url=url))):
        yield site, url


def test_a_declared_body_over_the_limit_is_refused_unread(served: tuple[Site, str]) -> None:
    site, _ = served
    parts = urlsplit(site.url)
    assert parts.hostname is not None
    assert parts.port is not None
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(
            b"POST /api/v1/staff/ingest HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/json\r\n"
            + f"Content-Length: {MAX_BODY_BYTES + 1}\r\n\r\n".encode()
        )
        answer = sock.recv(65536).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    assert '"code":"too_large"' in answer.replace(" ", "")
    assert "refused before reading it" in answer


def test_a_streamed_body_over_the_limit_is_refused(served: tuple[Site, str]) -> None:
    site, _ = served

    def body() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(MAX_BODY_BYTES // (1 << 20) + 2):
            yield b"a" * (1 << 20)
        yield b'"}'

    done = site.client.post(
        "/api/v1/staff/ingest", content=body(), headers={"content-type": "application/json"}
    )
    assert done.status_code == 413, done.text[:300]
    assert done.json()["error"]["code"] == "too_large"


@pytest.mark.parametrize("how", ["api", "page"])
def test_a_file_of_numbers_is_capped(served: tuple[Site, str], how: str) -> None:
    site, db_url = served
    text = numbers_text() + f"\n{how}\n"  # a text of its own for each run: a new source
    if how == "api":
        bearer = {"authorization": f"Bearer {token_for(db_url, 'doc', Role.DOCUMENTER)}"}
        done = site.client.post("/api/v1/staff/ingest", json={"text": text}, headers=bearer)
        assert done.status_code == 201, done.text[:300]
        report = done.json()
        assert report["proposed"] == 500
        assert any("only the first 500 by position" in n for n in report["notes"])
    else:
        with signed_in(site.url, db_url, "doc2", Role.DOCUMENTER) as client:
            token = csrf_of(client.get("/staff/ingest"))
            files = {"file": ("numbers.txt", text.encode(), "text/plain")}
            page = client.post("/staff/ingest", data={"csrf_token": token}, files=files)
        assert page.status_code == 200, page.text[:300]
        assert "500 claims proposed" in page.text
        assert "extraction stopped at character" in page.text
    # Its time is measured in bench/hostile_inputs.py, not asserted here.


def test_a_pasted_text_over_the_form_limit_is_413(served: tuple[Site, str]) -> None:
    site, db_url = served
    with signed_in(site.url, db_url, "doc3", Role.DOCUMENTER) as client:
        token = csrf_of(client.get("/staff/ingest"))
        empty = {"file": ("", b"", "application/octet-stream")}  # multipart, as a browser sends
        done = client.post(
            "/staff/ingest", data={"csrf_token": token, "text": "word " * 220_000}, files=empty
        )
    assert done.status_code == 413
    assert "a pasted text over 1 MB is more than the form takes" in done.text
    assert "upload it as a .txt file" in done.text


def test_a_deeply_nested_json_body_is_a_400(served: tuple[Site, str]) -> None:
    site, db_url = served
    bearer = {"authorization": f"Bearer {token_for(db_url, 'doc4', Role.DOCUMENTER)}"}
    body = b'{"text": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    done = site.client.post(
        "/api/v1/staff/ingest",
        content=body,
        headers={**bearer, "content-type": "application/json"},
    )
    assert done.status_code == 400, done.text[:300]
    assert set(done.json()["error"]) == {"code", "message", "hint"}
