"""Helpers for the staff workspace tests: accounts, signed-in clients, form tokens, and
reading the registry back (no mocks: the real server, the real database)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx
import pyotp
from sqlalchemy import Connection

from vigil.auth.keyring import Keyring, new_keyring
from vigil.auth.roles import Role
from vigil.store import accounts, mfa
from vigil.store.db import connect, make_engine, transaction

PASSWORD = "correct horse battery staple"
#: The key file of the test apps (``Settings(keys=TEST_KEYS)``): TOTP secrets are sealed
#: with it.
TEST_RING: Keyring = new_keyring()
TEST_KEYS = TEST_RING.to_json()
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
T = TypeVar("T")

#: A report the real English extractor reads as: a detention and a recognition of a new
#: person (so the public count moves), a transfer of the seeded Volha Krumenka.
REPORT = (
    "---\ntitle: Blogger detained in Minsk\npublished: 2024-03-04\nlanguage: en\n---\n"
    "Minsk, 4 March 2024. Police detained the blogger Ihar Losikau in Minsk on March 1, 2024. "
    "The Viasna human rights centre recognized Ihar Losikau as a political prisoner on "
    "March 3, 2024. Volha Krumenka was transferred to colony No. 4 in Homel on "
    "February 20, 2024."
)


def add_user(url: str, name: str, role: Role) -> int:
    engine = make_engine(url)
    with transaction(engine) as conn:
        user_id = accounts.add_user(conn, username=name, password=PASSWORD, role=role, by="t")
    engine.dispose()
    return user_id


def enrol(url: str, name: str, ring: Keyring = TEST_RING) -> str:
    """Turn on two-step sign-in for ``name`` as the enrolment page does; its TOTP secret.
    The confirming code is the previous time step's, so the current one still signs in."""
    engine = make_engine(url)
    now = dt.datetime.now(dt.UTC)
    with transaction(engine) as conn:
        user = accounts.find_user(conn, name)
        assert user is not None
        secret = mfa.begin_enrolment(conn, user, ring).secret
        earlier = now - dt.timedelta(seconds=30)
        mfa.confirm_enrolment(conn, user, pyotp.TOTP(secret).at(earlier), ring, now)
    engine.dispose()
    return secret


def token_for(url: str, name: str, role: Role) -> str:
    """A new account with an API token; the token's secret."""
    add_user(url, name, role)
    engine = make_engine(url)
    with transaction(engine) as conn:
        _, secret = accounts.create_token(conn, username=name, name="tests", by="t")
    engine.dispose()
    return secret


def csrf_of(page: httpx.Response) -> str:
    found = _CSRF.search(page.text)
    assert found, page.text[:2000]
    return found.group(1)


@contextmanager
def signed_in(base_url: str, db_url: str, name: str, role: Role) -> Iterator[httpx.Client]:
    """A new account, signed in through the sign-in form; the client keeps its cookie.
    Editors and admins enrol a second factor first and type its code (the app must have
    ``Settings(keys=TEST_KEYS)``)."""
    add_user(db_url, name, role)
    secret = enrol(db_url, name) if role >= Role.EDITOR else None
    with httpx.Client(base_url=base_url, timeout=60) as client:
        form = client.get("/staff/login")
        data = {
            "username": name,
            "password": PASSWORD,
            "csrf_token": csrf_of(form),
            "next": "/staff",
        }
        done = client.post("/staff/login", data=data)
        assert done.status_code == 303, done.text[:2000]
        if secret is not None:
            assert done.headers["location"].startswith("/staff/login/code")
            page = client.get(done.headers["location"])
            code = {"code": pyotp.TOTP(secret).now(), "csrf_token": csrf_of(page), "next": "/staff"}
            done = client.post("/staff/login/code", data=code)
            assert done.status_code == 303, done.text[:2000]
        yield client


def post_form(
    client: httpx.Client, page: str, action: str, data: dict[str, Any], **kw: Any
) -> httpx.Response:
    """Open ``page`` for its form token, then post ``data`` to ``action``."""
    token = csrf_of(client.get(page))
    return client.post(action, data={"csrf_token": token, **data}, **kw)


def read(url: str, work: Callable[[Connection], T]) -> T:
    engine = make_engine(url)
    try:
        with connect(engine) as conn:
            return work(conn)
    finally:
        engine.dispose()


def today() -> dt.date:
    return dt.date.today()
