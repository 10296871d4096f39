"""Staff sign-in and sign-out, and the staff workspace's home page.

The sign-in form has no session yet to hold its CSRF token, so it uses a double-submit
token: a random value in a short-lived, SameSite=Strict cookie and in the form, which
must match. Failed attempts are limited per username and per address
(``vigil.web.security.LoginLimiter``).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine

from vigil.auth.roles import Role, can
from vigil.auth.tokens import new_csrf, same
from vigil.settings import Settings
from vigil.store import accounts
from vigil.store.db import transaction
from vigil.web.render import render
from vigil.web.security import (
    SESSION_COOKIE,
    Viewer,
    login_limiter,
    page_staff,
    safe_next,
    secure_request,
)

__all__ = ["router"]

router = APIRouter()
log = logging.getLogger("vigil.web.auth")

LOGIN_CSRF_COOKIE = "vigil_login_csrf"
_LOGIN_CSRF_AGE = 60 * 60


@dataclass(frozen=True, slots=True)
class LoginContext:
    next: str
    csrf: str
    username: str = ""
    problem: str = ""


def _login_page(
    request: Request, ctx: LoginContext, *, status: int = 200, fresh_cookie: bool = False
) -> HTMLResponse:
    response = render(request, "staff_login.html", ctx, status=status)
    response.headers["cache-control"] = "no-store"
    if fresh_cookie:
        response.set_cookie(
            LOGIN_CSRF_COOKIE,
            ctx.csrf,
            max_age=_LOGIN_CSRF_AGE,
            path="/staff/login",
            secure=secure_request(request),
            httponly=True,
            samesite="strict",
        )
    return response


@router.get("/staff/login", response_class=HTMLResponse, include_in_schema=False)
def login_form(
    request: Request, next: Annotated[str, Query(max_length=2000)] = "/staff"
) -> Response:
    target = safe_next(next)
    if page_staff(request) is not None:
        return RedirectResponse(target, status_code=303)
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE)
    csrf = cookie if cookie and len(cookie) <= 64 else new_csrf()
    return _login_page(request, LoginContext(target, csrf), fresh_cookie=csrf != cookie)


@router.post("/staff/login", response_class=HTMLResponse, include_in_schema=False)
def login(
    request: Request,
    username: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=2000)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/staff",
) -> Response:
    target = safe_next(next)
    name = username.strip().casefold()
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE)
    if not same(csrf_token, cookie):
        ctx = LoginContext(
            target, new_csrf(), name, "The sign-in form had expired. Please sign in again."
        )
        return _login_page(request, ctx, status=403, fresh_cookie=True)
    assert cookie is not None
    limiter = login_limiter(request)
    address = request.client.host if request.client else "unknown"
    wait = limiter.retry_after(address, name)
    if wait is not None:
        minutes = -(-wait // 60)
        ctx = LoginContext(
            target,
            cookie,
            name,
            f"Too many failed sign-ins. Try again in {minutes} minute"
            f"{'' if minutes == 1 else 's'}.",
        )
        response = _login_page(request, ctx, status=429)
        response.headers["retry-after"] = str(wait)
        return response
    engine: Engine = request.app.state.engine
    settings: Settings = request.app.state.settings
    with transaction(engine) as conn:
        user = accounts.authenticate(conn, name, password) if name and password else None
        if user is not None:
            old = request.cookies.get(SESSION_COOKIE)
            if old:
                accounts.end_session(conn, old)
            lifetime = dt.timedelta(hours=settings.session_hours)
            secret, _csrf = accounts.start_session(conn, user.id, lifetime=lifetime)
    if user is None:
        limiter.failed(address, name)
        log.warning("failed staff sign-in for %r from %s", name[:64], address)
        ctx = LoginContext(target, cookie, name, "The username or the password is wrong.")
        return _login_page(request, ctx, status=401)
    limiter.succeeded(name)
    signed_in = RedirectResponse(target, status_code=303)
    signed_in.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=settings.session_hours * 3600,
        path="/",
        secure=secure_request(request),
        httponly=True,
        samesite="strict",
    )
    signed_in.delete_cookie(
        LOGIN_CSRF_COOKIE, path="/staff/login", httponly=True, samesite="strict"
    )
    return signed_in


@router.post("/staff/logout", include_in_schema=False)
def logout(request: Request, staff: Viewer) -> Response:
    secret = request.cookies.get(SESSION_COOKIE)
    if secret and staff.via == "session":
        engine: Engine = request.app.state.engine
        with transaction(engine) as conn:
            accounts.end_session(conn, secret)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(
        SESSION_COOKIE, path="/", secure=secure_request(request), httponly=True, samesite="strict"
    )
    return response


@dataclass(frozen=True, slots=True)
class Tile:
    href: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class StaffHomeContext:
    username: str
    role: str
    tiles: list[Tile]


def _tiles(role: Role) -> list[Tile]:
    tiles = [
        Tile(
            "/staff/review",
            "Review queue",
            "Claims extracted from sources, waiting for a person to accept or reject them.",
        ),
        Tile(
            "/staff/ingest",
            "Ingest",
            "Add a source: a file, a saved page, a Telegram export or a URL.",
        ),
        Tile(
            "/staff/persons",
            "Persons",
            "The registry's records, with restricted fields and withheld names.",
        ),
    ]
    if can(role, Role.ADMIN):
        tiles.append(Tile("/staff/users", "Users", "Accounts, roles, passwords and API tokens."))
    return tiles


@router.get("/staff", response_class=HTMLResponse, include_in_schema=False)
def staff_home(request: Request, staff: Viewer) -> HTMLResponse:
    ctx = StaffHomeContext(staff.username, staff.role.label, _tiles(staff.role))
    return render(request, "staff_home.html", ctx)
