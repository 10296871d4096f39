"""Helpers for the staff workspace tests: accounts, signed-in clients, form tokens, and
reading the registry back (no mocks: the real server, the real database)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx
from sqlalchemy import Connection
from tests.conftest import TEST_KEYS

from vigil.auth.roles import Role
from vigil.store import accounts
from vigil.store.db import connect, make_engine, transaction

PASSWORD = "correct horse battery staple"
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
    engine = make_engine(url, keys=TEST_KEYS)
    with transaction(engine) as conn:
        user_id = accounts.add_user(conn, username=name, password=PASSWORD, role=role, by="t")
    engine.dispose()
    return user_id


def token_for(url: str, name: str, role: Role) -> str:
    """A new account with an API token; the token's secret."""
    add_user(url, name, role)
    engine = make_engine(url, keys=TEST_KEYS)
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
    """A new account, signed in through the sign-in form; the client keeps its cookie."""
    add_user(db_url, name, role)
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
        yield client


def post_form(
    client: httpx.Client, page: str, action: str, data: dict[str, Any], **kw: Any
) -> httpx.Response:
    """Open ``page`` for its form token, then post ``data`` to ``action``."""
    token = csrf_of(client.get(page))
    return client.post(action, data={"csrf_token": token, **data}, **kw)


def read(url: str, work: Callable[[Connection], T]) -> T:
    engine = make_engine(url, keys=TEST_KEYS)
    try:
        with connect(engine) as conn:
            return work(conn)
    finally:
        engine.dispose()


def today() -> dt.date:
    return dt.date.today()
