"""Helpers for the staff workspace tests: accounts, signed-in clients, form tokens, and
reading the registry back (no mocks: the real server, the real database)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from typing import Any, TypeVar

import httpx
import pyotp
from sqlalchemy import Connection, select
from tests.conftest import TEST_KEYS, TEST_RING

from vigil.auth.keyring import Keyring
from vigil.auth.roles import Role
from vigil.store import accounts, mfa
from vigil.store.db import connect, make_engine, transaction
from vigil.store.tables import metadata

PASSWORD = "correct horse battery staple"
#: The test keys as ``Settings(keys=...)`` takes them: TOTP secrets are sealed with them.
TEST_KEYS_JSON = TEST_RING.to_json()
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


def enrol(url: str, name: str, ring: Keyring = TEST_RING, now: dt.datetime | None = None) -> str:
    """Turn on two-step sign-in for ``name`` as the enrolment page does; its TOTP secret.
    The confirming code is the previous time step's, so the current one still signs in.
    ``now``: the clock the test's server reads (else the real now), so that a slow
    machine crossing a 30 s step between the clock's start and here cannot use up the
    step the test signs in with."""
    engine = make_engine(url)
    now = now or dt.datetime.now(dt.UTC)
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
    """A new account, signed in through the sign-in form; the client keeps its cookie.
    Editors and admins enrol a second factor first and type its code (the app must have
    ``Settings(keys=TEST_KEYS_JSON)``)."""
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
    engine = make_engine(url, keys=TEST_KEYS)
    try:
        with connect(engine) as conn:
            return work(conn)
    finally:
        engine.dispose()


def today() -> dt.date:
    return dt.date.today()


class _Forms(HTMLParser):
    """What each form of a page sends as a browser would: hidden and text inputs,
    checked boxes and radios, selected options, text areas, the first named button."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[tuple[str, list[tuple[str, str]]]] = []
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []
        self._option: tuple[str | None, bool] | None = None
        self._textarea: str | None = None
        self._text = ""
        self._button = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append((a.get("action", ""), []))
            self._button = False
            return
        if not self.forms or "name" not in a:
            if tag == "option" and self._select is not None:
                self._option = (a.get("value"), "selected" in a)
                self._text = ""
            return
        sent = self.forms[-1][1]
        kind = a.get("type", "text")
        if tag == "input" and kind in ("checkbox", "radio"):
            if "checked" in a:
                sent.append((a["name"], a.get("value", "on")))
        elif tag == "input" and kind not in ("file", "submit"):
            sent.append((a["name"], a.get("value", "")))
        elif tag == "button" and not self._button:
            self._button = True
            sent.append((a["name"], a.get("value", "")))
        elif tag == "select":
            self._select, self._options = a["name"], []
        elif tag == "textarea":
            self._textarea, self._text = a["name"], ""

    def handle_data(self, data: str) -> None:
        self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "option" and self._option is not None:
            value, selected = self._option
            self._options.append((self._text if value is None else value, selected))
            self._option = None
        elif tag == "select" and self._select is not None and self.forms:
            chosen = [v for v, on in self._options if on] or [v for v, _ in self._options[:1]]
            self.forms[-1][1].extend((self._select, v) for v in chosen)
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self.forms:
            self.forms[-1][1].append((self._textarea, self._text.removeprefix("\n")))
            self._textarea = None


def form_of(page: httpx.Response, action: str) -> dict[str, str]:
    """The fields the first form posting to ``action`` sends as the page shows it."""
    parser = _Forms()
    parser.feed(page.text)
    for found, fields in parser.forms:
        if found.split("?")[0] == action:
            return dict(fields)
    raise AssertionError(f"no form posts to {action}: {[f for f, _ in parser.forms]}")


#: Tables a form may change without changing the registry: sessions, the append-only
#: log (verified on its own) and the status caches rebuilt from the events.
_DERIVED = {"web_sessions", "audit_log", "status_segments", "status_conflicts",
            "count_deltas", "known_deltas", "known_snapshots"}  # fmt: skip


def _hashable(value: object) -> object:
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


def snapshot(conn: Connection) -> dict[str, set[tuple[object, ...]]]:
    """Every row of the registry's own tables, as sets (a token's last use left out)."""
    rows = {}
    for table in metadata.sorted_tables:
        if table.name in _DERIVED:
            continue
        columns = [c for c in table.columns if c.name != "last_used_at"]
        rows[table.name] = {tuple(map(_hashable, r)) for r in conn.execute(select(*columns))}
    return rows


def lost(before: dict[str, set[tuple[object, ...]]], after: dict[str, set[tuple[object, ...]]]
         ) -> dict[str, set[tuple[object, ...]]]:  # fmt: skip
    """Rows of ``before`` that ``after`` no longer holds as they were (changed or gone)."""
    return {t: before[t] - after[t] for t in before if before[t] - after[t]}
