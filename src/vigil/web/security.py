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

Failed sign-ins are limited per username and per client address by ``LoginLimiter``.
Its counts live in the memory of one server process: with several workers each keeps
its own, and a restart forgets them.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

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
    "LoginLimiter",
    "SignInRequired",
    "Staff",
    "Viewer",
    "WriteConn",
    "install_security",
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
_STATE_KEY = "vigil_staff"


@dataclass(frozen=True)
class Staff:
    """The signed-in staff member a request acts for."""

    id: int
    username: str
    role: Role
    via: str  # "session" | "token"
    csrf_token: str | None  # the session's token; None for API tokens


def _staff(user: User, via: str, csrf: str | None) -> Staff:
    return Staff(id=user.id, username=user.username, role=user.role, via=via, csrf_token=csrf)


class SignInRequired(Unauthorized):
    """An anonymous visit to a staff page: answered with a redirect to the sign-in page."""

    def __init__(self, next_path: str) -> None:
        super().__init__("sign in to see this page", hint="staff sign-in: /staff/login")
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


def require(role: Role) -> Callable[[Request], Awaitable[Staff]]:
    """A dependency: the signed-in staff member, who must hold at least ``role``."""

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
        if request.method not in SAFE_METHODS and staff.via == "session":
            await _check_csrf(request, staff)
        return staff

    dependency.__name__ = f"require_{role.label}"
    return dependency


Viewer = Annotated[Staff, Depends(require(Role.VIEWER))]
Documenter = Annotated[Staff, Depends(require(Role.DOCUMENTER))]
Editor = Annotated[Staff, Depends(require(Role.EDITOR))]
Admin = Annotated[Staff, Depends(require(Role.ADMIN))]


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


# Sign-in rate limiting ------------------------------------------------------------------


class LoginLimiter:
    """Failed sign-ins per username and per client address in a sliding window.

    In-process only: each server process keeps its own counts, and a restart clears
    them. Sign-in is also slowed by argon2 itself.
    """

    def __init__(
        self, *, per_user: int = 5, per_address: int = 20, window_s: float = 15 * 60
    ) -> None:
        self.per_user = per_user
        self.per_address = per_address
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window_s:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def retry_after(self, address: str, username: str) -> int | None:
        """Seconds to wait before another attempt, or None when one is allowed now."""
        now = time.monotonic()
        waits = []
        with self._lock:
            for key, limit in ((f"u:{username}", self.per_user),
                               (f"a:{address}", self.per_address)):  # fmt: skip
                times = self._recent(key, now)
                if len(times) >= limit:
                    waits.append(times[len(times) - limit] + self.window_s - now)
        return max(1, int(max(waits)) + 1) if waits else None

    def failed(self, address: str, username: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"u:{username}", f"a:{address}"):
                self._failures.setdefault(key, deque()).append(now)
                if len(self._failures) > 100_000:  # bounded memory under a spray
                    self._failures.pop(next(iter(self._failures)))

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(f"u:{username}", None)


def login_limiter(request: Request) -> LoginLimiter:
    limiter: LoginLimiter = request.app.state.login_limiter
    return limiter


def install_security(app: FastAPI) -> None:
    """The sign-in limiter, and the answer to an anonymous page visit: a redirect to the
    sign-in page (API paths keep the 401 in the one error shape)."""
    app.state.login_limiter = LoginLimiter()

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

    app.add_exception_handler(SignInRequired, sign_in)
