"""One error shape for every JSON error; pages answer errors in HTML; security headers
on every response, errors included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from conftest import Site, serve_app
from vigil.settings import Settings
from vigil.store.db import make_engine, migrate
from vigil.web import create_app
from vigil.web.edge import SECURITY_HEADERS

SECRET_DETAIL = "internal detail that must not be shown"


def _app_with_a_bug(url: str) -> FastAPI:
    app = create_app(Settings(database_url=url))

    # A route that fails the way a bug does: injected, not patched in.
    @app.get("/api/v1/bug", include_in_schema=False)
    def api_bug() -> None:
        raise RuntimeError(SECRET_DETAIL)

    @app.get("/bug", include_in_schema=False)
    def page_bug() -> None:
        raise RuntimeError(SECRET_DETAIL)

    return app


@pytest.fixture(scope="module")
def buggy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    url = f"sqlite:///{tmp_path_factory.mktemp('bug') / 'vigil.db'}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    yield from serve_app(_app_with_a_bug(url))


@pytest.fixture(scope="module")
def uninitialised(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    path: Path = tmp_path_factory.mktemp("empty") / "vigil.db"
    yield from serve_app(create_app(Settings(database_url=f"sqlite:///{path}")))


def _assert_shape(body: object, code: str) -> None:
    assert isinstance(body, dict)
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"code", "message", "hint"}
    assert error["code"] == code
    assert isinstance(error["message"], str)
    assert error["message"]
    assert isinstance(error["hint"], str)


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/api/v1/nothing-here", 404, "not_found"),  # unknown route
        ("GET", "/api/v1/persons/999999", 404, "not_found"),  # VigilError NotFound
        ("GET", "/api/v1/sources/999999", 404, "not_found"),
        ("GET", "/api/v1/persons?page=x", 422, "invalid_input"),  # validation
        ("GET", "/api/v1/persons?per_page=100000", 422, "invalid_input"),
        ("GET", "/api/v1/persons/abc", 422, "invalid_input"),
        ("GET", "/api/v1/persons?status=bogus", 422, "invalid_input"),  # VigilError
        ("GET", "/api/v1/persons?article=nonsense", 422, "invalid_input"),
        ("GET", "/api/v1/stats/count?at=2024-13-01", 422, "invalid_input"),
        ("GET", "/api/v1/stats/breakdown?by=shoe_size", 422, "invalid_input"),
        ("GET", "/api/v1/stats/series?from=2024-05-01&to=2024-01-01", 422, "invalid_input"),
        ("POST", "/api/v1/persons", 405, "method_not_allowed"),
    ],
)
def test_every_json_error_has_one_shape(
    sqlite_site: Site, method: str, path: str, status: int, code: str
) -> None:
    response = sqlite_site.client.request(method, path)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    _assert_shape(response.json(), code)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


def test_a_bug_is_a_500_in_the_same_shape_without_its_text(buggy: Site) -> None:
    response = buggy.client.get("/api/v1/bug")
    assert response.status_code == 500
    _assert_shape(response.json(), "internal")
    assert SECRET_DETAIL not in response.text
    assert response.headers["x-frame-options"] == "DENY"
    page = buggy.client.get("/bug")
    assert page.status_code == 500
    assert page.headers["content-type"].startswith("text/html")
    assert SECRET_DETAIL not in page.text
    assert "Something went wrong on our side." in page.text
    assert page.headers["content-security-policy"] == SECURITY_HEADERS["content-security-policy"]


def test_an_uninitialised_registry_is_a_503(uninitialised: Site) -> None:
    response = uninitialised.client.get("/api/v1/persons")
    assert response.status_code == 503
    _assert_shape(response.json(), "storage")
    page = uninitialised.client.get("/persons")
    assert page.status_code == 503
    assert page.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/nothing-here", 404),
        ("/persons/999999", 404),
        ("/sources/999999", 404),
        ("/persons?status=bogus", 422),
        ("/persons?page=0", 422),
        ("/stats?at=yesterday", 422),
    ],
)
def test_pages_render_errors_as_html(sqlite_site: Site, path: str, status: int) -> None:
    response = sqlite_site.client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>" in response.text
    assert "<script" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"
