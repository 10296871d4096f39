"""Staff sign-in over a real server: sessions, cookies, CSRF, rate limits, API tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pyotp
import pytest
from fastapi import APIRouter
from sqlalchemy import select, text
from tests.web.conftest import Site, serve_app
from tests.web.staff import enrol

from vigil.auth.roles import Role
from vigil.auth.tokens import digest
from vigil.settings import Settings
from vigil.store import accounts
from vigil.store.audit import entries
from vigil.store.db import make_engine, migrate, transaction
from vigil.store.tables import api_tokens, web_sessions
from vigil.web import create_app
from vigil.web.security import Documenter, Viewer

PASSWORD = "correct horse battery"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
_SECRET = re.compile(r'class="secret">([^<]+)<')


def add_user(url: str, name: str, role: Role, password: str = PASSWORD) -> None:
    engine = make_engine(url)
    with transaction(engine) as conn:
        accounts.add_user(conn, username=name, password=password, role=role, by="tester")
    engine.dispose()


def csrf_of(page: httpx.Response) -> str:
    found = _CSRF.search(page.text)
    assert found, page.text
    return found.group(1)


def sign_in(
    client: httpx.Client,
    name: str,
    password: str = PASSWORD,
    next: str = "/staff",
    totp: pyotp.TOTP | None = None,
) -> httpx.Response:
    """Through the sign-in form; with ``totp``, also through the code form."""
    form = client.get("/staff/login")
    assert form.status_code == 200
    data = {"username": name, "password": password, "csrf_token": csrf_of(form), "next": next}
    done = client.post("/staff/login", data=data)
    if totp is not None and done.headers.get("location", "").startswith("/staff/login/code"):
        page = client.get(done.headers["location"])
        code = {"code": totp.now(), "csrf_token": csrf_of(page), "next": next}
        done = client.post("/staff/login/code", data=code)
    return done


@pytest.fixture
def staffed(site: Site, db_url: str) -> Site:
    add_user(db_url, "admin", Role.ADMIN)
    add_user(db_url, "doc", Role.DOCUMENTER)
    return site


@pytest.fixture
def admin_totp(staffed: Site, db_url: str) -> pyotp.TOTP:
    """The admin's second factor (enrolled): its codes."""
    return pyotp.TOTP(enrol(db_url, "admin"))


def test_sign_in_and_out(staffed: Site, db_url: str, admin_totp: pyotp.TOTP) -> None:
    client = staffed.client
    anonymous = client.get("/staff")
    assert anonymous.status_code == 303
    assert anonymous.headers["location"] == "/staff/login?next=%2Fstaff"
    assert "Staff sign-in" in client.get("/").text

    done = sign_in(client, "Admin", next="/staff/users", totp=admin_totp)
    assert done.status_code == 303
    assert done.headers["location"] == "/staff/users"
    home = client.get("/staff")
    assert home.status_code == 200
    assert "Signed in as <strong>admin</strong>" in home.text
    assert "/staff/review" in home.text
    assert "/staff/users" in home.text
    assert home.headers["cache-control"] == "private, no-store"
    public = client.get("/persons")
    assert "Signed in as" in public.text  # the chrome knows, on public pages too

    out = client.post("/staff/logout", data={"csrf_token": csrf_of(home)})
    assert out.status_code == 303
    assert 'vigil_session=""' in out.headers["set-cookie"]
    assert client.get("/staff").status_code == 303
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        assert [e.action for e in entries(conn, actor="admin", newest_first=False)] == [
            "user.mfa_enrol",
            "user.login",
            "user.logout",
        ]
        assert conn.execute(select(web_sessions)).all() == []
    engine.dispose()


def test_a_documenter_sees_no_user_management(staffed: Site) -> None:
    client = staffed.client
    assert sign_in(client, "doc").status_code == 303
    home = client.get("/staff")
    assert "/staff/users" not in home.text
    denied = client.get("/staff/users")
    assert denied.status_code == 403
    assert "needs the admin role" in denied.text
    assert denied.headers["content-type"].startswith("text/html")


def test_next_never_leaves_the_site(staffed: Site) -> None:
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        staffed.client.cookies.clear()
        done = sign_in(staffed.client, "doc", next=target)
        assert done.headers["location"] == "/staff", target


def test_a_wrong_password_says_so_and_sets_no_cookie(staffed: Site) -> None:
    for name, password in (("admin", "wrong password"), ("nobody", PASSWORD)):
        refused = sign_in(staffed.client, name, password)
        assert refused.status_code == 401
        assert "The username or the password is wrong." in refused.text
        assert "vigil_session" not in refused.headers.get("set-cookie", "")
    assert staffed.client.get("/staff").status_code == 303


def test_a_disabled_user_cannot_sign_in(staffed: Site, db_url: str) -> None:
    assert sign_in(staffed.client, "doc").status_code == 303
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        accounts.set_active(conn, "doc", False, by="tester")
    engine.dispose()
    assert staffed.client.get("/staff").status_code == 303  # the session ended
    staffed.client.cookies.clear()
    assert sign_in(staffed.client, "doc").status_code == 401


def test_failed_sign_ins_slow_down_the_account_not_lock_it(staffed: Site) -> None:
    for _ in range(5):
        assert sign_in(staffed.client, "doc", "wrong password").status_code == 401
    limited = sign_in(staffed.client, "doc", PASSWORD)  # a 1 s delay after the 5th
    if limited.status_code == 429:  # (a slow machine may take that second to get here)
        assert 1 <= int(limited.headers["retry-after"]) <= 30
        assert "Too many failed sign-ins. Try again in" in limited.text
    assert sign_in(staffed.client, "admin").status_code == 303  # others are not slowed
    # Clocked tests of the whole policy: tests/web/test_web_signin.py.


def test_the_sign_in_form_needs_its_csrf_token(staffed: Site) -> None:
    client = staffed.client
    form = client.get("/staff/login")
    cookie = form.headers["set-cookie"]
    assert "vigil_login_csrf=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    for token in ("", "forged"):
        data = {"username": "admin", "password": PASSWORD, "csrf_token": token}
        refused = client.post("/staff/login", data=data)
        assert refused.status_code == 403
        assert "vigil_session" not in refused.headers.get("set-cookie", "")
    client.cookies.clear()  # a form posted from elsewhere carries no cookie
    data = {"username": "admin", "password": PASSWORD, "csrf_token": csrf_of(form)}
    assert client.post("/staff/login", data=data).status_code == 403


def test_session_cookie_flags(staffed: Site) -> None:
    done = sign_in(staffed.client, "doc")
    cookie = next(c for c in done.headers.get_list("set-cookie") if c.startswith("vigil_session="))
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert "Path=/" in cookie
    assert "Max-Age=43200" in cookie
    assert "Secure" not in cookie


@pytest.fixture
def secure_site(db_url: str) -> Iterator[Site]:
    yield from serve_app(
        create_app(Settings(database_url=db_url, secure_cookies=True, session_hours=2))
    )


def test_cookies_are_secure_when_the_settings_say_so(secure_site: Site, db_url: str) -> None:
    add_user(db_url, "doc", Role.DOCUMENTER)
    form = secure_site.client.get("/staff/login")
    assert "Secure" in form.headers["set-cookie"]
    token = csrf_of(form)
    data = {"username": "doc", "password": PASSWORD, "csrf_token": token}
    # The client keeps Secure cookies for https; this server is plain http on loopback.
    cookie_header = {"cookie": f"vigil_login_csrf={token}"}
    done = secure_site.client.post("/staff/login", data=data, headers=cookie_header)
    assert done.status_code == 303
    cookie = next(c for c in done.headers.get_list("set-cookie") if c.startswith("vigil_session="))
    assert "Secure" in cookie
    assert "Max-Age=7200" in cookie


def test_forms_need_the_session_csrf_token(
    staffed: Site, db_url: str, admin_totp: pyotp.TOTP
) -> None:
    client = staffed.client
    sign_in(client, "admin", totp=admin_totp)
    page = client.get("/staff/users")
    good = csrf_of(page)
    new_user = {"username": "newbie", "role": "viewer", "password": PASSWORD}
    for data in (new_user, {**new_user, "csrf_token": "wrong"}):
        refused = client.post("/staff/users", data=data)
        assert refused.status_code == 403
        assert "security token is missing or out of date" in refused.text
    wrong_header = client.post("/staff/users", data=new_user, headers={"X-CSRF-Token": "wrong"})
    assert wrong_header.status_code == 403
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        assert accounts.find_user(conn, "newbie") is None
    engine.dispose()
    by_header = client.post("/staff/users", data=new_user, headers={"X-CSRF-Token": good})
    assert by_header.status_code == 200
    assert client.post("/staff/logout").status_code == 403
    assert client.post("/staff/logout", data={"csrf_token": good}).status_code == 303


def test_admin_manages_users_and_tokens_on_the_page(
    staffed: Site, db_url: str, admin_totp: pyotp.TOTP
) -> None:
    client = staffed.client
    sign_in(client, "admin", totp=admin_totp)
    csrf = csrf_of(client.get("/staff/users"))
    added = client.post(
        "/staff/users", data={"username": "Viewer1", "role": "viewer", "csrf_token": csrf}
    )
    assert added.status_code == 200
    assert added.headers["cache-control"] == "no-store"
    generated = _SECRET.search(added.text)
    assert generated
    assert (
        client.post(
            "/staff/users/viewer1/role", data={"role": "editor", "csrf_token": csrf}
        ).status_code
        == 200
    )
    made = client.post(
        "/staff/users/viewer1/tokens", data={"name": "ci", "expires_days": "30", "csrf_token": csrf}
    )
    assert made.status_code == 200
    found = _SECRET.search(made.text)
    assert found
    secret = found.group(1)
    assert secret.startswith("vgl_")
    # Shown once: the page does not show it again.
    assert secret not in client.get("/staff/users").text
    duplicate = client.post(
        "/staff/users", data={"username": "viewer1", "role": "viewer", "csrf_token": csrf}
    )
    assert duplicate.status_code == 409
    bad_role = client.post("/staff/users/viewer1/role", data={"role": "boss", "csrf_token": csrf})
    assert bad_role.status_code == 422
    assert "viewer, documenter, editor, admin" in bad_role.text

    api = httpx.Client(base_url=staffed.url)
    assert api.get("/api/v1/persons", headers={"Authorization": f"Bearer {secret}"}).is_success
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        token_id = conn.execute(select(api_tokens.c.id)).scalar_one()
        user = accounts.find_user(conn, "viewer1")
        assert user is not None
        assert user.role is Role.EDITOR
        assert accounts.authenticate(conn, "viewer1", generated.group(1)) is not None
    engine.dispose()
    revoked = client.post(f"/staff/tokens/{token_id}/revoke", data={"csrf_token": csrf})
    assert revoked.status_code == 200
    disabled = client.post(
        "/staff/users/viewer1/active", data={"active": "false", "csrf_token": csrf}
    )
    assert disabled.status_code == 200
    assert "disabled" in disabled.text
    api.close()


def test_tokens_are_stored_only_as_hashes(staffed: Site, db_url: str) -> None:
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        _, secret = accounts.create_token(conn, username="doc", name="ci", by="tester")
        session, csrf = accounts.start_session(conn, accounts.find_user(conn, "doc").id)  # type: ignore[union-attr]
    dumps = []
    with transaction(engine) as conn:
        for table in ("users", "api_tokens", "web_sessions", "audit_log"):
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            dumps.append(repr([tuple(r) for r in rows]))
    engine.dispose()
    everything = "\n".join(dumps)
    assert digest(secret) in everything
    assert digest(session) in everything
    for plain in (secret, session, PASSWORD):
        assert plain not in everything
    assert csrf in everything  # the CSRF token alone signs no one in


def _probe_router() -> APIRouter:
    """Staff API routes for these tests only (the app has none of its own yet)."""
    router = APIRouter(prefix="/api/v1/probe")

    @router.get("/whoami")
    def whoami(staff: Viewer) -> dict[str, str]:
        return {"username": staff.username, "via": staff.via}

    @router.post("/write")
    def write(staff: Documenter) -> dict[str, str]:
        return {"username": staff.username}

    return router


@pytest.fixture
def api_site(db_url: str) -> Iterator[Site]:
    add_user(db_url, "doc", Role.DOCUMENTER)
    add_user(db_url, "reader", Role.VIEWER)
    app = create_app(Settings(database_url=db_url))
    app.include_router(_probe_router())
    yield from serve_app(app)


def _error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] == code


def test_bearer_tokens_on_the_api(api_site: Site, db_url: str) -> None:
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        token_id, secret = accounts.create_token(conn, username="doc", name="ci", by="tester")
        _, reader = accounts.create_token(conn, username="reader", name="ci", by="tester")
    client = api_site.client
    bearer = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/probe/whoami", headers=bearer).json() == {
        "username": "doc",
        "via": "token",
    }
    # No CSRF token needed: a browser never sends this header by itself.
    assert client.post("/api/v1/probe/write", headers=bearer).status_code == 200
    _error(client.get("/api/v1/probe/whoami"), 401, "unauthorized")
    for header in ("Bearer vgl_not-a-token", "Basic abc", "Bearer"):
        _error(
            client.get("/api/v1/probe/whoami", headers={"Authorization": header}),
            401,
            "unauthorized",
        )
    _error(
        client.post("/api/v1/probe/write", headers={"Authorization": f"Bearer {reader}"}),
        403,
        "forbidden",
    )
    # A token is for the API, not for pages.
    assert client.get("/staff", headers=bearer).status_code == 303
    with transaction(engine) as conn:
        accounts.revoke_token(conn, token_id, by="tester")
    _error(client.get("/api/v1/probe/whoami", headers=bearer), 401, "unauthorized")
    engine.dispose()


def test_a_session_on_the_api_still_needs_csrf(api_site: Site) -> None:
    client = api_site.client
    assert sign_in(client, "doc").status_code == 303
    assert client.get("/api/v1/probe/whoami").json()["via"] == "session"
    _error(client.post("/api/v1/probe/write"), 403, "forbidden")
    _error(client.post("/api/v1/probe/write", headers={"X-CSRF-Token": "x"}), 403, "forbidden")
    csrf = csrf_of(client.get("/staff"))
    assert client.post("/api/v1/probe/write", headers={"X-CSRF-Token": csrf}).status_code == 200


def test_an_expired_session_is_anonymous(staffed: Site, db_url: str) -> None:
    assert sign_in(staffed.client, "doc").status_code == 303
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        conn.execute(text("UPDATE web_sessions SET expires_at = created_at"))
    engine.dispose()
    assert staffed.client.get("/staff").status_code == 303
    assert "Staff sign-in" in staffed.client.get("/").text


def test_error_pages_render_when_the_session_lookup_fails(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The chrome's staff lookup never turns an error page into a second error."""
    path = tmp_path_factory.mktemp("empty") / "vigil.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    with transaction(engine) as conn:
        conn.execute(text("DROP TABLE web_sessions"))
    engine.dispose()
    for site in serve_app(create_app(Settings(database_url=f"sqlite:///{path}"))):
        site.client.cookies.set("vigil_session", "vgl_whatever")
        missing = site.client.get("/persons/999999")
        assert missing.status_code == 404
        assert "Staff sign-in" in missing.text
