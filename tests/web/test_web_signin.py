"""Sign-in over real servers on both databases: the second factor (enrolment, codes,
replay, recovery codes), failures counted in the database and shared by two app
instances, trusted proxies, HSTS and the Origin check.

The apps here share a fake clock (``app.state.clock``), so the delays after failures and
the TOTP time steps are tested without waiting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pyotp
import pytest
from sqlalchemy import select, text
from tests.web.conftest import Site, serve_app
from tests.web.staff import PASSWORD, TEST_KEYS_JSON, add_user, csrf_of, enrol, read, token_for

from vigil.auth.roles import Role
from vigil.settings import Settings
from vigil.store.audit import entries
from vigil.store.tables import signin_failures
from vigil.web import create_app

_SECRET = re.compile(r'id="totp-secret">([^<]+)<')
_RECOVERY = re.compile(r'class="secret">([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})<')


class FakeClock:
    """Now, as the test says; starts at the real now (sessions expire on real time)."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@contextmanager
def served(db_url: str, clock: FakeClock, **settings: object) -> Iterator[Site]:
    app = create_app(Settings(database_url=db_url, keys=TEST_KEYS_JSON, **settings))  # type: ignore[arg-type]
    app.state.clock = clock
    yield from serve_app(app)


@dataclass
class Two:
    """Two app instances (two engines, as two worker processes have) on one database."""

    a: Site
    b: Site
    clock: FakeClock


@pytest.fixture
def two(db_url: str) -> Iterator[Two]:
    clock = FakeClock()
    with served(db_url, clock) as a, served(db_url, clock) as b:
        yield Two(a, b, clock)


def password_step(
    client: httpx.Client, name: str, password: str = PASSWORD, next: str = "/staff"
) -> httpx.Response:
    form = client.get("/staff/login")
    data = {"username": name, "password": password, "csrf_token": csrf_of(form), "next": next}
    return client.post("/staff/login", data=data)


def code_step(client: httpx.Client, code: str, next: str = "/staff") -> httpx.Response:
    page = client.get(f"/staff/login/code?next={next}")
    assert page.status_code == 200, page.text[:500]
    return client.post(
        "/staff/login/code", data={"code": code, "csrf_token": csrf_of(page), "next": next}
    )


def sign_in(client: httpx.Client, name: str, code: str | None = None) -> httpx.Response:
    done = password_step(client, name)
    if code is not None and done.headers.get("location", "").startswith("/staff/login/code"):
        done = code_step(client, code)
    return done


def sign_out(client: httpx.Client) -> None:
    home = client.get("/staff")
    assert client.post("/staff/logout", data={"csrf_token": csrf_of(home)}).status_code == 303
    client.cookies.clear()


# The second factor -------------------------------------------------------------------


def test_an_editor_must_enrol_before_anything_else(two: Two, db_url: str) -> None:
    add_user(db_url, "editor1", Role.EDITOR)
    client, clock = two.a.client, two.clock
    done = password_step(client, "editor1", next="/staff/review")
    assert done.status_code == 303
    assert done.headers["location"] == "/staff/review"
    for path in ("/staff", "/staff/review", "/staff/persons"):
        sent = client.get(path)
        assert sent.status_code == 303, path
        assert sent.headers["location"].startswith("/staff/mfa?next="), path
    api = client.get("/api/v1/staff/claims")
    assert api.status_code == 403
    assert "two-step sign-in first" in api.json()["error"]["message"]

    page = client.get("/staff/mfa?next=/staff/review")
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert "Your role needs two-step sign-in" in page.text
    found = _SECRET.search(page.text)
    assert found
    secret = found.group(1).replace(" ", "")
    assert "otpauth://totp/Vigil:editor1?secret=" + secret in page.text
    assert _SECRET.search(client.get("/staff/mfa").text).group(1) == found.group(1)  # type: ignore[union-attr]

    csrf = csrf_of(page)
    wrong = client.post("/staff/mfa", data={"code": "000000", "csrf_token": csrf})
    assert wrong.status_code == 422
    assert "the code does not match" in wrong.text
    code = pyotp.TOTP(secret).at(clock())
    done = client.post(
        "/staff/mfa", data={"code": code, "csrf_token": csrf, "next": "/staff/review"}
    )
    assert done.status_code == 200
    codes = _RECOVERY.findall(done.text)
    assert len(codes) == 10
    assert 'href="/staff/review"' in done.text
    assert client.get("/staff/review").status_code == 200
    assert not _RECOVERY.findall(client.get("/staff/mfa").text)  # shown once
    assert "10 recovery codes left" in client.get("/staff/mfa").text

    sign_out(client)
    assert password_step(client, "editor1").headers["location"].startswith("/staff/login/code")
    # The enrolment's code cannot sign in again; the next step's can.
    assert code_step(client, code).status_code == 401
    clock.advance(30)
    assert code_step(client, pyotp.TOTP(secret).at(clock())).status_code == 303

    def stored(conn: object) -> str:
        rows = [tuple(r) for r in conn.execute(text("SELECT * FROM users"))]  # type: ignore[attr-defined]
        rows += [tuple(r) for r in conn.execute(text("SELECT * FROM recovery_codes"))]  # type: ignore[attr-defined]
        rows += [tuple(r) for r in conn.execute(text("SELECT * FROM audit_log"))]  # type: ignore[attr-defined]
        return repr(rows)

    dump = read(db_url, stored)
    assert "enc1:" in dump
    for plain in (secret, *codes, *(c.replace("-", "") for c in codes)):
        assert plain not in dump


def test_sign_in_with_a_code_refuses_wrong_and_replayed_codes(two: Two, db_url: str) -> None:
    add_user(db_url, "admin", Role.ADMIN)
    totp = pyotp.TOTP(enrol(db_url, "admin", now=two.clock()))
    client, clock = two.a.client, two.clock
    waiting = password_step(client, "admin", next="/staff/users")
    assert waiting.status_code == 303
    assert waiting.headers["location"] == "/staff/login/code?next=%2Fstaff%2Fusers"
    # Password right, code not given yet: nothing is open.
    assert client.get("/staff").headers["location"].startswith("/staff/login?next=")
    assert client.get("/api/v1/staff/claims").status_code == 401
    assert "Signed in as" not in client.get("/").text

    wrong = code_step(client, "123456")
    assert wrong.status_code == 401
    assert "The code is wrong." in wrong.text
    code = totp.at(clock())
    done = code_step(client, code, next="/staff/users")
    assert done.status_code == 303
    assert done.headers["location"] == "/staff/users"
    assert client.get("/staff/users").status_code == 200

    # The same code again, even from another client or app: refused as used.
    other = two.b.client
    assert password_step(other, "admin").status_code == 303
    replayed = code_step(other, code)
    assert replayed.status_code == 401
    assert "That code was used already" in replayed.text
    clock.advance(30)
    assert code_step(other, totp.at(clock())).status_code == 303


def test_a_recovery_code_works_once(two: Two, db_url: str) -> None:
    add_user(db_url, "doc", Role.DOCUMENTER)  # optional for documenters: enrolled anyway
    client = two.a.client
    assert sign_in(client, "doc").status_code == 303
    page = client.get("/staff/mfa")
    assert "Your role needs" not in page.text
    secret = _SECRET.search(page.text).group(1).replace(" ", "")  # type: ignore[union-attr]
    done = client.post(
        "/staff/mfa",
        data={"code": pyotp.TOTP(secret).at(two.clock()), "csrf_token": csrf_of(page)},
    )
    codes = _RECOVERY.findall(done.text)
    assert len(codes) == 10
    sign_out(client)

    assert password_step(client, "doc").status_code == 303
    typed = codes[3].upper().replace("-", " ")  # as a person might type it
    assert code_step(client, typed).status_code == 303
    assert "9 recovery codes left" in client.get("/staff/mfa").text
    sign_out(client)
    assert password_step(client, "doc").status_code == 303
    assert code_step(client, codes[3]).status_code == 401
    assert code_step(client, codes[4]).status_code == 303

    def actions(conn: object) -> list[str]:
        return [e.action for e in entries(conn, target="user:doc", newest_first=False)]  # type: ignore[arg-type]

    assert read(db_url, actions).count("user.mfa_recovery") == 2
    assert "user.mfa_enrol" in read(db_url, actions)


def test_wrong_codes_end_the_waiting_session(two: Two, db_url: str) -> None:
    add_user(db_url, "editor1", Role.EDITOR)
    totp = pyotp.TOTP(enrol(db_url, "editor1", now=two.clock()))
    client, clock = two.a.client, two.clock
    assert password_step(client, "editor1").status_code == 303
    for _ in range(4):
        assert code_step(client, "000000").status_code == 401
    ended = code_step(client, "000000")
    assert ended.status_code == 401
    assert "Too many wrong codes. Please sign in again." in ended.text
    assert client.get("/staff/login/code").status_code == 303  # the waiting session is gone
    clock.advance(30)  # 5 failures on the account: a 1 s delay, long past
    assert password_step(client, "editor1").status_code == 303
    assert code_step(client, totp.at(clock())).status_code == 303


# Failures counted in the database ----------------------------------------------------


def test_failures_are_shared_by_two_workers_and_the_owner_gets_in(two: Two, db_url: str) -> None:
    add_user(db_url, "editor1", Role.EDITOR)
    totp = pyotp.TOTP(enrol(db_url, "editor1", now=two.clock()))
    clock = two.clock
    attacker = (two.a.client, two.b.client)
    for i in range(5):  # alternating between the two instances
        assert password_step(attacker[i % 2], "editor1", "wrong password").status_code == 401
    # Five failures seen by both: the next attempt, on either, must wait a second.
    for client in attacker:
        refused = password_step(client, "editor1", PASSWORD)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "1"
        assert "Try again in 1 second." in refused.text
    # The attacker keeps guessing as fast as allowed: the delay grows, capped at 30 s.
    waits = []
    for i in range(10):
        wait = int(password_step(attacker[i % 2], "editor1", "x" * 12).headers["retry-after"])
        waits.append(wait)
        clock.advance(wait)
        assert password_step(attacker[i % 2], "editor1", f"guess number {i}").status_code == 401
    assert waits == [1, 2, 4, 8, 16, 30, 30, 30, 30, 30]
    # The owner, on the other instance, right after the last guess: at most 30 s.
    owner = two.b.client
    owner.cookies.clear()
    refused = password_step(owner, "editor1")
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) <= 30
    clock.advance(30)
    assert password_step(owner, "editor1").status_code == 303
    assert code_step(owner, totp.at(clock())).status_code == 303
    assert owner.get("/staff").status_code == 200

    # Signed in: the account's failures are forgotten; the address's are kept.
    def counts(conn: object) -> dict[str, int]:
        rows = conn.execute(select(signin_failures.c.scope, signin_failures.c.key))  # type: ignore[attr-defined]
        found: dict[str, int] = {}
        for scope, key in rows:
            found[f"{scope}:{key}"] = found.get(f"{scope}:{key}", 0) + 1
        return found

    assert read(db_url, counts) == {"address:127.0.0.1": 15}


def test_failures_from_one_address_slow_every_username(two: Two, db_url: str) -> None:
    add_user(db_url, "doc", Role.DOCUMENTER)
    for i in range(20):
        client = (two.a.client, two.b.client)[i % 2]
        assert password_step(client, f"guess{i}", "wrong password").status_code == 401
    refused = password_step(two.b.client, "doc")
    assert refused.status_code == 429
    two.clock.advance(1)
    assert password_step(two.b.client, "doc").status_code == 303
    # After the window, the counts are gone.
    two.clock.advance(15 * 60)
    for i in range(20):
        assert password_step(two.a.client, f"again{i}", "wrong password").status_code == 401
    assert password_step(two.a.client, "doc").status_code == 429


# Trusted proxies, HSTS, Origin -------------------------------------------------------


def _failure_keys(db_url: str) -> set[str]:
    def keys(conn: object) -> set[str]:
        rows = conn.execute(  # type: ignore[attr-defined]
            select(signin_failures.c.key).where(signin_failures.c.scope == "address")
        )
        return {r[0] for r in rows}

    return read(db_url, keys)


def test_forwarded_for_is_believed_only_from_a_trusted_proxy(db_url: str) -> None:
    clock = FakeClock()
    forwarded = {"x-forwarded-for": "198.51.100.7, 203.0.113.5", "x-forwarded-proto": "https"}
    with served(db_url, clock) as direct:
        form = direct.client.get("/staff/login", headers=forwarded)
        assert "strict-transport-security" not in form.headers
        data = {"username": "x", "password": "wrong password", "csrf_token": csrf_of(form)}
        assert direct.client.post("/staff/login", data=data, headers=forwarded).status_code == 401
    assert _failure_keys(db_url) == {"127.0.0.1"}

    with served(db_url, clock, trusted_proxies="10.0.0.0/8, 127.0.0.1") as proxied:
        client = proxied.client
        form = client.get("/staff/login", headers=forwarded)
        assert form.headers["strict-transport-security"] == "max-age=31536000"
        assert "Secure" in form.headers["set-cookie"]
        token = csrf_of(form)
        data = {"username": "x", "password": "wrong password", "csrf_token": token}
        # The client keeps Secure cookies for https only: send the form's cookie by hand.
        cookie = {"cookie": f"vigil_login_csrf={token}"}
        hops = {
            # The rightmost address not a trusted proxy; the left one was typed by anybody.
            "198.51.100.7, 203.0.113.5": "203.0.113.5",
            "203.0.113.9, 10.1.2.3": "203.0.113.9",
        }
        for header in hops:
            headers = {**forwarded, "x-forwarded-for": header, **cookie}
            assert client.post("/staff/login", data=data, headers=headers).status_code == 401
        assert client.get("/").headers.get("strict-transport-security") is None  # plain http
    assert _failure_keys(db_url) == {"127.0.0.1", *hops.values()}


def test_cross_origin_posts_are_refused(site: Site, db_url: str) -> None:
    add_user(db_url, "doc", Role.DOCUMENTER)
    client = site.client
    assert sign_in(client, "doc").status_code == 303
    csrf = csrf_of(client.get("/staff"))
    for headers in (
        {"origin": "https://evil.example"},
        {"origin": "null"},
        {"origin": site.url.replace("127.0.0.1", "localhost")},
        {"referer": "https://evil.example/page"},
    ):
        refused = client.post("/staff/logout", data={"csrf_token": csrf}, headers=headers)
        assert refused.status_code == 403, headers
        assert "sent from another site" in refused.text
        api = client.post("/api/v1/staff/merge", json={}, headers={**headers, "x-csrf-token": csrf})
        assert api.status_code == 403
        assert api.json()["error"]["code"] == "forbidden"
    login = client.post("/staff/login", data={}, headers={"origin": "https://evil.example"})
    assert login.status_code == 403
    # A bearer token is exempt: no browser sends one by itself.
    editor = token_for(db_url, "editor1", Role.EDITOR)
    bearer = {"authorization": f"Bearer {editor}", "origin": "https://evil.example"}
    assert client.post("/api/v1/staff/merge", json={}, headers=bearer).status_code == 422
    # Its own origin, or none at all (the CSRF token still guards it), passes.
    same = client.post("/staff/logout", data={"csrf_token": csrf}, headers={"origin": site.url})
    assert same.status_code == 303


def test_no_hsts_over_plain_http(site: Site) -> None:
    assert "strict-transport-security" not in site.client.get("/").headers
    assert site.client.get("/").headers["referrer-policy"] == "same-origin"
