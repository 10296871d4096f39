"""In-process staff clients (FastAPI's TestClient): an account signed in through the
sign-in form (with a second factor for editors and admins), or an API token."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pyotp
from tests.web.staff import PASSWORD, TEST_KEYS_JSON, add_user, csrf_of, enrol, token_for

from vigil.auth.roles import Role
from vigil.settings import Settings
from vigil.web import create_app

with warnings.catch_warnings():
    # Starlette asks for its fork of httpx (httpx2), which is not installed; the client
    # works with httpx as it is.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient


@contextmanager
def staff_client(url: str, name: str, role: Role) -> Iterator[TestClient]:
    """A new account signed in through the sign-in form, in process; editors and admins
    type a code from their second factor."""
    add_user(url, name, role)
    secret = enrol(url, name) if role >= Role.EDITOR else None
    app = create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))
    with TestClient(app, follow_redirects=False) as client:
        form = client.get("/staff/login")
        data = {"username": name, "password": PASSWORD, "csrf_token": csrf_of(form),
                "next": "/staff"}  # fmt: skip
        done = client.post("/staff/login", data=data)
        assert done.status_code == 303, done.text[:500]
        if secret is not None:
            page = client.get(done.headers["location"])
            code = {"code": pyotp.TOTP(secret).now(), "csrf_token": csrf_of(page), "next": "/staff"}
            done = client.post("/staff/login/code", data=code)
            assert done.status_code == 303, done.text[:500]
        yield client


@contextmanager
def api_client(url: str, name: str, role: Role) -> Iterator[TestClient]:
    token = token_for(url, name, role)
    app = create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))
    with TestClient(app, headers={"Authorization": f"Bearer {token}"}) as client:
        yield client


def post(client: TestClient, page: str, action: str, data: dict[str, object]) -> httpx.Response:
    token = csrf_of(client.get(page))
    return client.post(action, data={"csrf_token": token, **data})
