"""Who may use which route: every route of the app, for every kind of visitor.

``MATRIX`` has one row per (method, path) of ``create_app``; a route without a row, or a
row without a route, fails ``test_every_route_has_a_row``. To add a staff route, add a
row with the address to call (``{named}``, ``{source}``, ``{token}``, ``{subject}`` are
filled in from the seeded registry), the form it posts, and what each visitor gets::

    ("POST", "/staff/review/{claim_id}"): Row("/staff/review/1", page(Role.DOCUMENTER),
                                              data={"decision": "reject"}),

``page(role)``: anonymous → 303 to the sign-in page, roles below ``role`` → 403, the rest
→ 200 (or ``ok=``). ``api(role)`` is the same with 401 for anonymous. Signed-in visitors
send their session's CSRF token with every POST, as the pages' forms do.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from fastapi.routing import iter_route_contexts
from starlette.routing import Mount
from tests.web.conftest import Seeded, Site, seed, serve_app
from tests.web.staff import TEST_KEYS_JSON, enrol

from vigil.auth.roles import Role
from vigil.settings import Settings
from vigil.store import accounts
from vigil.store.db import make_engine, migrate, transaction
from vigil.web import create_app

WHO = ("anonymous", "viewer", "documenter", "editor", "admin")
PASSWORD = "matrix password 1"
LOGIN_CSRF = "m" * 43


def public(status: int = 200) -> dict[str, int]:
    return dict.fromkeys(WHO, status)


def _staff(role: Role, ok: int, anonymous: int) -> dict[str, int]:
    expect = {"anonymous": anonymous}
    for r in Role:
        expect[r.label] = ok if r >= role else 403
    return expect


def page(role: Role, ok: int = 200) -> dict[str, int]:
    """A staff page: anonymous visitors are sent to sign in."""
    return _staff(role, ok, 303)


def api(role: Role, ok: int = 200) -> dict[str, int]:
    """A staff API route: anonymous callers get 401 in the one error shape."""
    return _staff(role, ok, 401)


Form = dict[str, str] | Callable[[str], dict[str, str]]


@dataclass(frozen=True)
class Row:
    url: str
    expect: dict[str, int]
    data: Form | None = None  # form fields to post; a function of the visitor for fresh ones
    cookies: dict[str, str] = field(default_factory=dict)


_made = itertools.count()

MATRIX: dict[tuple[str, str], Row] = {
    # Public pages, downloads and API: the same for everyone.
    ("GET", "/openapi.json"): Row("/openapi.json", public()),
    ("GET", "/static"): Row("/static/vigil.css", public()),
    ("GET", "/"): Row("/", public()),
    ("GET", "/persons"): Row("/persons", public()),
    ("GET", "/persons.csv"): Row("/persons.csv", public()),
    ("GET", "/persons.json"): Row("/persons.json", public()),
    ("GET", "/persons/{person_id}"): Row("/persons/{named}", public()),
    ("GET", "/stats"): Row("/stats", public()),
    ("GET", "/sources"): Row("/sources", public()),
    ("GET", "/sources/{source_id}"): Row("/sources/{source}", public()),
    ("GET", "/api/v1/persons"): Row("/api/v1/persons", public()),
    ("GET", "/api/v1/persons/{person_id}"): Row("/api/v1/persons/{named}", public()),
    ("GET", "/api/v1/persons/{person_id}/events"): Row("/api/v1/persons/{named}/events", public()),
    ("GET", "/api/v1/sources"): Row("/api/v1/sources", public()),
    ("GET", "/api/v1/sources/{source_id}"): Row("/api/v1/sources/{source}", public()),
    ("GET", "/api/v1/figures"): Row("/api/v1/figures", public()),
    ("GET", "/cases"): Row("/cases", public()),
    ("GET", "/cases/{case_id}"): Row("/cases/1", public(404)),
    ("GET", "/courts"): Row("/courts", public()),
    ("GET", "/api/v1/cases"): Row("/api/v1/cases", public()),
    ("GET", "/api/v1/cases/{case_id}"): Row("/api/v1/cases/1", public(404)),
    ("GET", "/api/v1/courts"): Row("/api/v1/courts", public()),
    ("GET", "/api/v1/stats/count"): Row("/api/v1/stats/count", public()),
    ("GET", "/api/v1/stats/series"): Row("/api/v1/stats/series", public()),
    ("GET", "/api/v1/stats/breakdown"): Row("/api/v1/stats/breakdown?by=gender", public()),
    ("GET", "/api/v1/stats/flows"): Row("/api/v1/stats/flows", public()),
    # Signing in and out.
    ("GET", "/staff/login"): Row(
        "/staff/login",
        {**public(303), "anonymous": 200},  # signed in: on to /staff
    ),
    ("POST", "/staff/login"): Row(
        "/staff/login",
        public(401),  # a wrong password, whoever is asking
        data=lambda who: {
            "username": f"nobody-{who}",
            "password": "wrong password",
            "csrf_token": LOGIN_CSRF,
        },
        cookies={"vigil_login_csrf": LOGIN_CSRF},
    ),
    ("POST", "/staff/logout"): Row("/staff/logout", page(Role.VIEWER, ok=303), data={}),
    # The second step of signing in needs a session that awaits its code: none here.
    ("GET", "/staff/login/code"): Row("/staff/login/code", public(303)),
    ("POST", "/staff/login/code"): Row("/staff/login/code", public(303), data={"code": "1"}),
    # Two-step sign-in: every signed-in visitor (editors and admins are enrolled here).
    ("GET", "/staff/mfa"): Row("/staff/mfa", page(Role.VIEWER)),
    ("POST", "/staff/mfa"): Row("/staff/mfa", page(Role.VIEWER, ok=422), data={"code": ""}),
    # The staff workspace.
    ("GET", "/staff"): Row("/staff", page(Role.VIEWER)),
    # User management: admins only.
    ("GET", "/staff/users"): Row("/staff/users", page(Role.ADMIN)),
    ("POST", "/staff/users"): Row(
        "/staff/users",
        page(Role.ADMIN),
        data=lambda who: {"username": f"made-{who}-{next(_made)}", "role": "viewer"},
    ),
    ("POST", "/staff/users/{username}/active"): Row(
        "/staff/users/{subject}/active", page(Role.ADMIN), data={"active": "true"}
    ),
    ("POST", "/staff/users/{username}/role"): Row(
        "/staff/users/{subject}/role", page(Role.ADMIN), data={"role": "viewer"}
    ),
    ("POST", "/staff/users/{username}/password"): Row(
        "/staff/users/{subject}/password", page(Role.ADMIN), data={"password": PASSWORD}
    ),
    ("POST", "/staff/users/{username}/tokens"): Row(
        "/staff/users/{subject}/tokens", page(Role.ADMIN), data={"name": "matrix"}
    ),
    ("POST", "/staff/users/{username}/mfa-reset"): Row(
        "/staff/users/{subject}/mfa-reset", page(Role.ADMIN), data={}
    ),
    ("POST", "/staff/tokens/{token_id}/revoke"): Row(
        "/staff/tokens/{token}/revoke", page(Role.ADMIN), data={}
    ),
    # Ingest and review: viewers read the queue, documenters decide, editors bulk-accept.
    ("GET", "/staff/ingest"): Row("/staff/ingest", page(Role.DOCUMENTER)),
    ("POST", "/staff/ingest"): Row(
        "/staff/ingest",
        page(Role.DOCUMENTER),
        data=lambda who: {"text": f"Police detained a {who} in Minsk on 2 May 2024."},
    ),
    ("GET", "/staff/review"): Row("/staff/review", page(Role.VIEWER)),
    ("POST", "/staff/review/bulk"): Row("/staff/review/bulk?source=999", page(Role.EDITOR)),
    ("GET", "/staff/review/{claim_id}"): Row("/staff/review/1", page(Role.VIEWER)),
    ("POST", "/staff/review/{claim_id}"): Row(
        "/staff/review/1", page(Role.DOCUMENTER, ok=303), data={"action": "skip"}
    ),
    # Persons: viewers read (no restricted fields), documenters edit, editors merge/split.
    ("GET", "/staff/persons"): Row("/staff/persons", page(Role.VIEWER)),
    ("GET", "/staff/persons/merge"): Row("/staff/persons/merge", page(Role.EDITOR)),
    ("POST", "/staff/persons/merge"): Row(
        "/staff/persons/merge", page(Role.EDITOR, ok=422), data={"kept": "", "other": ""}
    ),
    ("GET", "/staff/persons/{person_id}"): Row("/staff/persons/{named}", page(Role.VIEWER)),
    ("POST", "/staff/persons/{person_id}"): Row(
        "/staff/persons/{named}",
        page(Role.DOCUMENTER, ok=303),  # the values it has: nothing changes
        data={
            "form_fields": "gender birth_date region occupation notes health family_contacts",
            "gender": "female",
            "birth_date": "1984",
            "region": "Minsk",
            "occupation": "teacher",
            "notes": "rsecret91-notes",
            "health": "rsecret91-health",
            "family_contacts": "rsecret91-family",
        },
    ),
    ("POST", "/staff/persons/{person_id}/names"): Row(
        "/staff/persons/{named}/names",
        page(Role.DOCUMENTER, ok=303),
        data={"text": "Volha Krumenka"},
    ),
    ("POST", "/staff/persons/{person_id}/names/remove"): Row(
        "/staff/persons/{named}/names/remove",
        page(Role.DOCUMENTER, ok=404),
        data={"text": "a name it does not have"},
    ),
    ("POST", "/staff/persons/{person_id}/publish-name"): Row(
        "/staff/persons/{named}/publish-name",
        page(Role.EDITOR, ok=422),
        data={},  # no reason
    ),
    ("POST", "/staff/persons/{person_id}/split"): Row(
        "/staff/persons/{named}/split", page(Role.EDITOR, ok=422), data={}
    ),
    # Manual work: viewers read sources and facilities; documenters make claims, persons,
    # events, corrections and facilities; editors undo merges and splits and read the log.
    # An empty form is refused with what is missing (422), after the role check.
    ("GET", "/staff/sources"): Row("/staff/sources", page(Role.VIEWER)),
    ("GET", "/staff/sources/{source_id}/claim"): Row(
        "/staff/sources/{source}/claim", page(Role.VIEWER)
    ),
    ("POST", "/staff/sources/{source_id}/claim"): Row(
        "/staff/sources/{source}/claim", page(Role.DOCUMENTER, ok=422), data={"kind": "quote"}
    ),
    ("GET", "/staff/records/person"): Row("/staff/records/person", page(Role.DOCUMENTER)),
    ("POST", "/staff/records/person"): Row(
        "/staff/records/person", page(Role.DOCUMENTER, ok=422), data={}
    ),
    ("GET", "/staff/records/event"): Row("/staff/records/event", page(Role.DOCUMENTER)),
    ("POST", "/staff/records/event"): Row(
        "/staff/records/event", page(Role.DOCUMENTER, ok=422), data={}
    ),
    ("GET", "/staff/events/{event_id}/correct"): Row(
        "/staff/events/1/correct", page(Role.DOCUMENTER)
    ),
    ("POST", "/staff/events/{event_id}/correct"): Row(
        "/staff/events/1/correct", page(Role.DOCUMENTER, ok=422), data={}
    ),
    ("GET", "/staff/facilities"): Row("/staff/facilities", page(Role.VIEWER)),
    ("POST", "/staff/facilities"): Row("/staff/facilities", page(Role.DOCUMENTER, ok=422), data={}),
    ("GET", "/staff/facilities/{facility_id}"): Row("/staff/facilities/1", page(Role.VIEWER)),
    ("POST", "/staff/facilities/{facility_id}"): Row(
        "/staff/facilities/1", page(Role.DOCUMENTER, ok=422), data={}
    ),
    ("GET", "/staff/decisions/{decision_id}/undo"): Row(
        "/staff/decisions/999/undo", page(Role.EDITOR, ok=404)
    ),
    ("POST", "/staff/decisions/{decision_id}/undo"): Row(
        "/staff/decisions/999/undo", page(Role.EDITOR, ok=404), data={"why": "matrix"}
    ),
    ("GET", "/staff/audit"): Row("/staff/audit", page(Role.EDITOR)),
    ("GET", "/staff/sources/{source_id}/details"): Row(
        "/staff/sources/{source}/details", page(Role.DOCUMENTER)
    ),
    ("POST", "/staff/sources/{source_id}/details"): Row(
        "/staff/sources/{source}/details",
        page(Role.DOCUMENTER, ok=303),  # the title it has: nothing changes
        data={"form_fields": "title", "title": "Teacher detained"},
    ),
    # The staff API (a session here; bearer tokens in test_staff_api.py). Forms are not
    # JSON: whoever gets past the role check gets 422.
    ("GET", "/api/v1/staff/claims"): Row("/api/v1/staff/claims", api(Role.VIEWER)),
    ("GET", "/api/v1/staff/claims/{claim_id}"): Row("/api/v1/staff/claims/1", api(Role.VIEWER)),
    ("POST", "/api/v1/staff/claims/{claim_id}/accept"): Row(
        "/api/v1/staff/claims/1/accept", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/claims/{claim_id}/reject"): Row(
        "/api/v1/staff/claims/1/reject", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/claims/bulk-accept"): Row(
        "/api/v1/staff/claims/bulk-accept", api(Role.EDITOR, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/claims/bulk-reject"): Row(
        "/api/v1/staff/claims/bulk-reject", api(Role.EDITOR, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/ingest"): Row(
        "/api/v1/staff/ingest", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("GET", "/api/v1/staff/persons/{person_id}"): Row(
        "/api/v1/staff/persons/{named}", api(Role.DOCUMENTER)
    ),
    ("PATCH", "/api/v1/staff/persons/{person_id}"): Row(
        "/api/v1/staff/persons/{named}", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("GET", "/api/v1/staff/sources/{source_id}"): Row(
        "/api/v1/staff/sources/{source}", api(Role.DOCUMENTER)
    ),
    ("PATCH", "/api/v1/staff/sources/{source_id}"): Row(
        "/api/v1/staff/sources/{source}", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/persons/{person_id}/publish-name"): Row(
        "/api/v1/staff/persons/{named}/publish-name", api(Role.EDITOR, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/merge"): Row("/api/v1/staff/merge", api(Role.EDITOR, ok=422), data={}),
    ("POST", "/api/v1/staff/sources/{source_id}/claims"): Row(
        "/api/v1/staff/sources/{source}/claims", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/persons"): Row(
        "/api/v1/staff/persons", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/events"): Row(
        "/api/v1/staff/events", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/events/{event_id}/correct"): Row(
        "/api/v1/staff/events/1/correct", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("GET", "/api/v1/staff/facilities"): Row("/api/v1/staff/facilities", api(Role.VIEWER)),
    # Cases: viewers read them; documenters open, join, sentence and add hearings.
    ("GET", "/staff/cases"): Row("/staff/cases", page(Role.VIEWER)),
    ("POST", "/staff/cases"): Row("/staff/cases", page(Role.DOCUMENTER, ok=422), data={}),
    ("GET", "/staff/cases/{case_id}"): Row("/staff/cases/1", page(Role.VIEWER, ok=404)),
    **{
        ("POST", f"/staff/cases/{{case_id}}/{verb}"): Row(
            f"/staff/cases/1/{verb}", page(Role.DOCUMENTER, ok=404), data={}
        )  # no case 1 in the seeded registry
        for verb in ("defendants", "verdict", "hearings")
    },
    ("GET", "/api/v1/staff/cases"): Row("/api/v1/staff/cases", api(Role.VIEWER)),
    ("GET", "/api/v1/staff/cases/{case_id}"): Row(
        "/api/v1/staff/cases/1", api(Role.VIEWER, ok=404)
    ),
    ("POST", "/api/v1/staff/cases"): Row(
        "/api/v1/staff/cases", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/cases/{case_id}/defendants"): Row(
        "/api/v1/staff/cases/1/defendants", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("PUT", "/api/v1/staff/cases/{case_id}/defendants/{person_id}"): Row(
        "/api/v1/staff/cases/1/defendants/1", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/cases/{case_id}/hearings"): Row(
        "/api/v1/staff/cases/1/hearings", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/facilities"): Row(
        "/api/v1/staff/facilities", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("PUT", "/api/v1/staff/facilities/{facility_id}"): Row(
        "/api/v1/staff/facilities/1", api(Role.DOCUMENTER, ok=422), data={}
    ),
    ("POST", "/api/v1/staff/decisions/{decision_id}/undo"): Row(
        "/api/v1/staff/decisions/1/undo", api(Role.EDITOR, ok=422), data={}
    ),
    ("GET", "/api/v1/staff/audit"): Row("/api/v1/staff/audit", api(Role.EDITOR)),
}


def app_routes() -> set[tuple[str, str]]:
    app = create_app(Settings(database_url="sqlite:///:memory:"))
    found = set()
    for route in iter_route_contexts(app.routes):
        original = route.original_route
        if isinstance(original, Mount):
            found.add(("GET", original.path))
            continue
        assert route.path is not None
        for method in route.methods or ():
            if method != "HEAD":
                found.add((method, route.path))
    return found


def test_every_route_has_a_row() -> None:
    routes = app_routes()
    missing = sorted(routes - set(MATRIX))
    stale = sorted(set(MATRIX) - routes)
    assert not missing, f"add rows to MATRIX in {__file__} for: {missing}"
    assert not stale, f"these MATRIX rows name no route: {stale}"


def test_the_helpers_say_what_each_role_gets() -> None:
    assert page(Role.EDITOR) == {
        "anonymous": 303,
        "viewer": 403,
        "documenter": 403,
        "editor": 200,
        "admin": 200,
    }
    assert api(Role.VIEWER)["anonymous"] == 401


@dataclass
class Registry:
    site: Site
    url: str
    seeded: Seeded
    ids: dict[str, int]
    places: dict[str, object]


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    path: Path = tmp_path_factory.mktemp("matrix") / "vigil.db"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate(engine)
    seeded = seed(url)
    ids = {}
    with transaction(engine) as conn:
        for role in Role:
            ids[role.label] = accounts.add_user(
                conn, username=role.label, password=PASSWORD, role=role, by="tester"
            )
        accounts.add_user(
            conn, username="subject", password=PASSWORD, role=Role.VIEWER, by="tester"
        )
        token, _ = accounts.create_token(conn, username="subject", name="t", by="tester")
    engine.dispose()
    for role in (Role.EDITOR, Role.ADMIN):  # their roles need a second factor
        enrol(url, role.label)
    places = {"named": seeded.named, "source": seeded.source, "token": token, "subject": "subject"}
    for site in serve_app(create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))):
        yield Registry(site, url, seeded, ids, places)


def _session(registry: Registry, who: str) -> tuple[str, str]:
    engine = make_engine(registry.url)
    with transaction(engine) as conn:
        found = accounts.start_session(conn, registry.ids[who])
    engine.dispose()
    return found


CASES = [
    pytest.param(method, path, who, id=f"{method} {path} {who}")
    for (method, path) in MATRIX
    for who in WHO
]


@pytest.mark.parametrize(("method", "path", "who"), CASES)
def test_permission(registry: Registry, method: str, path: str, who: str) -> None:
    row = MATRIX[(method, path)]
    client = registry.site.client
    client.cookies.clear()
    cookies = dict(row.cookies)
    data = row.data(who) if callable(row.data) else dict(row.data or {})
    if who != "anonymous":
        secret, csrf = _session(registry, who)
        cookies["vigil_session"] = secret
        if method != "GET":
            data.setdefault("csrf_token", csrf)
    headers = {"cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())} if cookies else {}
    url = row.url.format(**registry.places)
    if method == "GET":
        response = client.get(url, headers=headers)
    else:
        response = client.request(method, url, data=data, headers=headers)
    expected = row.expect[who]
    assert response.status_code == expected, f"{method} {url} as {who}: {response.text[:300]}"
    if expected == 303 and who == "anonymous" and path != "/staff/login":
        assert response.headers["location"].startswith("/staff/login?next=")


def test_a_staff_session_changes_no_public_answer(registry: Registry) -> None:
    """The same public JSON for everyone: being signed in never adds fields."""
    client: httpx.Client = registry.site.client
    client.cookies.clear()
    url = f"/api/v1/persons/{registry.seeded.withheld}"
    anonymous = client.get(url).json()
    secret, _ = _session(registry, "admin")
    signed_in = client.get(url, headers={"cookie": f"vigil_session={secret}"}).json()
    assert signed_in == anonymous
