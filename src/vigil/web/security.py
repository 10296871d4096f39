"""Who is asking, and whether they may: the web's one place for sign-in, roles and CSRF.

A staff route declares what it needs with an alias, and nothing else::

    @router.post("/staff/review/{claim_id}")
    def accept(staff: Documenter, conn: WriteConn, ...) -> Response: ...

``require`` finds the credentials (the ``vigil_session`` cookie, or on ``/api/`` paths an
``Authorization: Bearer`` token), checks the role, and for every unsafe method
(POST, PUT, PATCH, DELETE) authenticated by the cookie checks the CSRF token (form field
``csrf_token`` or header ``X-CSRF-Token``), so a staff route cannot forget it. Anonymous
API calls get 401 in the one error shape; anonymous page visits are sent to the sign-in
page. Bearer requests need no CSRF token: a browser never adds that header by itself.

Editors and admins signed in by cookie must have turned on two-step sign-in (TOTP):
until they have, every staff route sends them to ``/staff/mfa`` (API: 403). Unsafe
requests under ``/staff`` and ``/api/`` without a bearer token must also come from this
site: an ``Origin`` (or, without one, a ``Referer``) naming another site is refused
(``check_origin``). Failed sign-ins are counted in the database (``vigil.store.throttle``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, FastAPI, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from vigil.auth.keyring import Keyring, read_keyring
from vigil.auth.roles import Role, can
from vigil.auth.tokens import TOKEN_PREFIX, same
from vigil.auth.users import User
from vigil.errors import Forbidden, Unauthorized, VigilError
from vigil.settings import Settings
from vigil.store import accounts
from vigil.store.db import connect, transaction
from vigil.web.edge import ErrorBody, wants_json

__all__ = [
    "CSRF_FIELD",
    "CSRF_HEADER",
    "SESSION_COOKIE",
    "Admin",
    "Documenter",
    "Editor",
    "EnrolmentRequired",
    "SignInRequired",
    "SignedIn",
    "Staff",
    "Viewer",
    "WriteConn",
    "check_origin",
    "client_address",
    "clock",
    "install_security",
    "keyring",
    "page_staff",
    "require",
    "safe_next",
    "secure_request",
]

SESSION_COOKIE = "vigil_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOGIN_PATH = "/staff/login"
MFA_PATH = "/staff/mfa"
_STATE_KEY = "vigil_staff"
#: Roles that must sign in with a second factor.
MFA_ROLE = Role.EDITOR


@dataclass(frozen=True)
class Staff:
    """The signed-in staff member a request acts for."""

    id: int
    username: str
    role: Role
    via: str  # "session" | "token"
    csrf_token: str | None  # the session's token; None for API tokens
    mfa: bool = False  # whether the account signs in with a second factor

    @property
    def must_enrol(self) -> bool:
        """Signed in by cookie with a role that needs a second factor, without one."""
        return self.via == "session" and can(self.role, MFA_ROLE) and not self.mfa


def _staff(user: User, via: str, csrf: str | None) -> Staff:
    return Staff(id=user.id, username=user.username, role=user.role, via=via, csrf_token=csrf,
                 mfa=user.mfa_enrolled)  # fmt: skip


class SignInRequired(Unauthorized):
    """An anonymous visit to a staff page: answered with a redirect to the sign-in page."""

    def __init__(self, next_path: str) -> None:
        super().__init__("sign in to see this page", hint="staff sign-in: /staff/login")
        self.next_path = next_path


class EnrolmentRequired(Forbidden):
    """An editor or admin without a second factor: sent to enrol before anything else."""

    def __init__(self, next_path: str) -> None:
        super().__init__(
            "this account must turn on two-step sign-in first",
            hint=f"open {MFA_PATH} in a browser and follow the steps",
        )
        self.next_path = next_path


def safe_next(target: str | None) -> str:
    """``target`` when it is a path on this site, else the staff home: never an address
    elsewhere (``//evil.example``, ``https://...``, ``/\\evil``)."""
    if (
        not target
        or not target.startswith("/")
        or target.startswith(("//", "/\\"))
        or any(c in target for c in "\r\n\t")
    ):
        return "/staff"
    return target


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def secure_request(request: Request) -> bool:
    """Whether cookies set on this response must be ``Secure``."""
    return _settings(request).secure_cookies or request.url.scheme == "https"


def client_address(request: Request) -> str:
    """The client's address (behind trusted proxies: see ``vigil.web.forwarded``)."""
    return request.client.host if request.client else "unknown"


def clock(request: Request) -> dt.datetime:
    """Now, in UTC, as the app's clock tells it (tests put a fake one in its state)."""
    now: Callable[[], dt.datetime] = request.app.state.clock
    return now()


def keyring(request: Request) -> Keyring | None:
    """The key file's ring, read when needed (it may be created after the server
    started), or None when there is none."""
    settings = _settings(request)
    return read_keyring(settings.key_path(), settings.keys)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise Unauthorized("the Authorization header is not a bearer token",
                           hint=f"send 'Authorization: Bearer {TOKEN_PREFIX}...'")  # fmt: skip
    return value.strip()


def _from_session(engine: Engine, secret: str) -> Staff | None:
    with connect(engine) as conn:
        found = accounts.session_user(conn, secret)
    return None if found is None else _staff(found[0], "session", found[1])


def _from_token(engine: Engine, secret: str) -> Staff | None:
    with transaction(engine) as conn:  # notes the token's last use
        user = accounts.user_for_token(conn, secret)
    return None if user is None else _staff(user, "token", None)


async def _identify(request: Request) -> Staff | None:
    """The staff member behind the request's credentials, or None when it has none.
    A bearer token that is not valid is an error, not an anonymous request."""
    if hasattr(request.state, _STATE_KEY):
        found: Staff | None = getattr(request.state, _STATE_KEY)
        return found
    staff = None
    token = _bearer(request) if wants_json(request.url.path) else None
    if token is not None:
        staff = await run_in_threadpool(_from_token, _engine(request), token)
        if staff is None:
            raise Unauthorized(
                "the API token is not valid: unknown, revoked or expired",
                hint="ask an admin for a new one (`vigil token create`)",
            )
    elif cookie := request.cookies.get(SESSION_COOKIE):
        staff = await run_in_threadpool(_from_session, _engine(request), cookie)
    setattr(request.state, _STATE_KEY, staff)
    return staff


async def _check_csrf(request: Request, staff: Staff) -> None:
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        # Parsed once: FastAPI's own Form parameters read the same cached form.
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not same(sent, staff.csrf_token):
        raise Forbidden(
            "the form's security token is missing or out of date",
            hint="reload the page and submit the form again",
        )


def require(role: Role, *, mfa: bool = True) -> Callable[[Request], Awaitable[Staff]]:
    """A dependency: the signed-in staff member, who must hold at least ``role`` and,
    with ``mfa``, have a second factor if the role needs one."""

    async def dependency(request: Request) -> Staff:
        staff = await _identify(request)
        if staff is None:
            if wants_json(request.url.path):
                raise Unauthorized(
                    "this needs a staff sign-in or an API token",
                    hint=f"send 'Authorization: Bearer {TOKEN_PREFIX}...' "
                    "(an admin makes one with `vigil token create`)",
                )
            raise SignInRequired(request.url.path)
        if not can(staff.role, role):
            raise Forbidden(
                f"this needs the {role.label} role; {staff.username} is {staff.role.label}",
                hint="ask an admin if you need it",
            )
        if mfa and staff.must_enrol:
            raise EnrolmentRequired(request.url.path)
        if request.method not in SAFE_METHODS and staff.via == "session":
            await _check_csrf(request, staff)
        return staff

    dependency.__name__ = f"require_{role.label}" + ("" if mfa else "_without_mfa")
    return dependency


Viewer = Annotated[Staff, Depends(require(Role.VIEWER))]
Documenter = Annotated[Staff, Depends(require(Role.DOCUMENTER))]
Editor = Annotated[Staff, Depends(require(Role.EDITOR))]
Admin = Annotated[Staff, Depends(require(Role.ADMIN))]
#: Signed in, second factor or not: only for enrolling one, and for signing out.
SignedIn = Annotated[Staff, Depends(require(Role.VIEWER, mfa=False))]


def _write_conn(request: Request) -> Iterator[Connection]:
    with transaction(_engine(request)) as conn:
        yield conn


#: A connection in one transaction, committed before the response is sent (so a page
#: never reports a change that did not happen) and rolled back when the route raises.
WriteConn = Annotated[Connection, Depends(_write_conn, scope="function")]


def page_staff(request: Request) -> Staff | None:
    """For page chrome: the staff member signed in by cookie, or None. Never raises: an
    error page must render even when the database is down."""
    if hasattr(request.state, _STATE_KEY):
        found: Staff | None = getattr(request.state, _STATE_KEY)
        return found
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    try:
        staff = _from_session(_engine(request), cookie)
    except (VigilError, SQLAlchemyError):
        return None
    setattr(request.state, _STATE_KEY, staff)
    return staff


# Origin check --------------------------------------------------------------------------


def _host_of(value: str) -> str | None:
    """``host[:port]`` of an Origin or Referer value (the port only when it is not the
    default of the value's own scheme), or None when it names no host (``null``)."""
    parts = urlsplit(value.strip())
    if not parts.scheme or not parts.hostname:
        return None
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    try:
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname.lower()
    host = f"[{host}]" if ":" in host else host
    return host if port is None or port == default else f"{host}:{port}"


def check_origin(request: Request) -> None:
    """Refuse an unsafe request to a staff page or the API, not authorized by a bearer
    token, whose ``Origin`` (or else ``Referer``) names another host than the ``Host`` the
    request came to (behind a trusted proxy, the one it forwarded). Host and port are
    compared, not the scheme: a proxy that ends TLS may not say so. Requests with
    neither header pass: the CSRF token still guards them."""
    if request.method in SAFE_METHODS:
        return
    path = request.url.path
    if not (path == "/staff" or path.startswith(("/staff/", "/api/"))):
        return
    if request.headers.get("authorization", "").lower().startswith("bearer "):
        return
    sent = request.headers.get("origin")
    header = "Origin"
    if sent is None:
        sent, header = request.headers.get("referer"), "Referer"
        if sent is None:
            return
    own = _host_of(str(request.base_url))
    if _host_of(sent) != own:
        shown = sent.strip()[:100] or "(empty)"
        raise Forbidden(
            f"this request was sent from another site ({header}: {shown})",
            hint="use the forms on this site's own pages",
        )


def install_security(app: FastAPI) -> None:
    """The clock, the Origin check on every route, and the answers to an anonymous page
    visit (a redirect to the sign-in page) and to an editor or admin without a second
    factor (a redirect to enrol); API paths keep the 401/403 in the one error shape."""
    app.state.clock = lambda: dt.datetime.now(dt.UTC)
    app.router.dependencies.append(Depends(check_origin))

    async def sign_in(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SignInRequired)
        if wants_json(request.url.path):
            body = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
            return JSONResponse(body.json(), status_code=exc.http_status)
        if request.method in SAFE_METHODS:
            target = exc.next_path + (f"?{request.url.query}" if request.url.query else "")
        else:  # a form posted from a page whose session has ended: start from the home
            target = "/staff"
        query = urlencode({"next": safe_next(target)})
        return RedirectResponse(f"{LOGIN_PATH}?{query}", status_code=303)

    async def enrol(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, EnrolmentRequired)
        if wants_json(request.url.path):
            body = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
            return JSONResponse(body.json(), status_code=exc.http_status)
        target = exc.next_path if request.method in SAFE_METHODS else "/staff"
        query = urlencode({"next": safe_next(target)})
        return RedirectResponse(f"{MFA_PATH}?{query}", status_code=303)

    app.add_exception_handler(SignInRequired, sign_in)
    app.add_exception_handler(EnrolmentRequired, enrol)
