"""Staff sign-in (password, then a code when the account has a second factor) and
sign-out, and the staff workspace's home page.

The sign-in form has no session yet to hold its CSRF token, so it uses a double-submit
token: a random value in a short-lived, SameSite=Strict cookie and in the form, which
must match. A right password for an account with a second factor starts a session that
only awaits the code (``accounts.pending_session``); the code form carries that
session's CSRF token. Failed passwords and codes are counted in the database per
account and per client address (``vigil.store.throttle``, policy in
``vigil.auth.throttle``): after a few, an attempt must wait a short, growing delay.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine

from vigil.auth.roles import Role, can
from vigil.auth.tokens import new_csrf, same
from vigil.settings import Settings
from vigil.store import accounts, mfa, throttle
from vigil.store.db import connect, transaction
from vigil.web.render import render
from vigil.web.security import (
    SESSION_COOKIE,
    SignedIn,
    Viewer,
    client_address,
    clock,
    keyring,
    page_staff,
    safe_next,
    secure_request,
)

__all__ = ["router"]

router = APIRouter()
log = logging.getLogger("vigil.web.auth")

LOGIN_CSRF_COOKIE = "vigil_login_csrf"
_LOGIN_CSRF_AGE = 60 * 60
CODE_PATH = "/staff/login/code"


@dataclass(frozen=True, slots=True)
class LoginContext:
    next: str
    csrf: str
    username: str = ""
    problem: str = ""


@dataclass(frozen=True, slots=True)
class CodeContext:
    next: str
    csrf: str
    username: str
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


def _code_page(request: Request, ctx: CodeContext, *, status: int = 200) -> HTMLResponse:
    response = render(request, "staff_login_code.html", ctx, status=status)
    response.headers["cache-control"] = "no-store"
    return response


def _too_many(wait: int) -> str:
    return f"Too many failed sign-ins. Try again in {wait} second{'' if wait == 1 else 's'}."


def _set_session(request: Request, response: Response, secret: str, max_age: int) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=max_age,
        path="/",
        secure=secure_request(request),
        httponly=True,
        samesite="strict",
    )


def _lifetime(request: Request) -> dt.timedelta:
    settings: Settings = request.app.state.settings
    return dt.timedelta(hours=settings.session_hours)


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
    address = client_address(request)
    now = clock(request)
    engine: Engine = request.app.state.engine
    user = None
    with transaction(engine) as conn:
        throttle.lock(conn, name, address)
        wait = throttle.wait_s(conn, name, address, now)
        if wait is None:
            user = accounts.authenticate(conn, name, password) if name and password else None
            if user is None:
                throttle.failed(conn, name, address, now)
            else:
                old = request.cookies.get(SESSION_COOKIE)
                if old:
                    accounts.end_session(conn, old)
                if not user.mfa_enrolled:
                    throttle.succeeded(conn, name)
                secret, _csrf = accounts.start_session(
                    conn, user.id, lifetime=_lifetime(request), awaiting_code=user.mfa_enrolled
                )
    if wait is not None:
        refused = _login_page(request, LoginContext(target, cookie, name, _too_many(wait)),
                              status=429)  # fmt: skip
        refused.headers["retry-after"] = str(wait)
        return refused
    response: Response
    if user is None:
        log.warning("failed staff sign-in for %r from %s", name[:64], address)
        ctx = LoginContext(target, cookie, name, "The username or the password is wrong.")
        return _login_page(request, ctx, status=401)
    if user.mfa_enrolled:
        response = RedirectResponse(f"{CODE_PATH}?{urlencode({'next': target})}", status_code=303)
        _set_session(request, response, secret, int(accounts.CODE_LIFETIME.total_seconds()))
    else:
        response = RedirectResponse(target, status_code=303)
        _set_session(request, response, secret, int(_lifetime(request).total_seconds()))
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/staff/login", httponly=True, samesite="strict")
    return response


def _back_to_login(target: str) -> Response:
    return RedirectResponse(f"/staff/login?{urlencode({'next': target})}", status_code=303)


@router.get(CODE_PATH, response_class=HTMLResponse, include_in_schema=False)
def code_form(
    request: Request, next: Annotated[str, Query(max_length=2000)] = "/staff"
) -> Response:
    target = safe_next(next)
    cookie = request.cookies.get(SESSION_COOKIE)
    engine: Engine = request.app.state.engine
    with connect(engine) as conn:
        found = accounts.pending_session(conn, cookie) if cookie else None
    if found is None:
        return _back_to_login(target)
    user, csrf = found
    return _code_page(request, CodeContext(target, csrf, user.username))


@router.post(CODE_PATH, response_class=HTMLResponse, include_in_schema=False)
def code(
    request: Request,
    code: Annotated[str, Form(max_length=100)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/staff",
) -> Response:
    target = safe_next(next)
    cookie = request.cookies.get(SESSION_COOKIE)
    engine: Engine = request.app.state.engine
    address = client_address(request)
    now = clock(request)
    left = 0
    with transaction(engine) as conn:
        found = accounts.pending_session(conn, cookie) if cookie else None
        if found is None or cookie is None:
            return _back_to_login(target)
        user, csrf = found
        if not same(csrf_token, csrf):
            ctx = CodeContext(target, csrf, user.username,
                              "The form had expired. Please type the code again.")  # fmt: skip
            return _code_page(request, ctx, status=403)
        throttle.lock(conn, user.username, address)
        wait = throttle.wait_s(conn, user.username, address, now)
        if wait is not None:
            refused = _code_page(request, CodeContext(target, csrf, user.username,
                                                      _too_many(wait)), status=429)  # fmt: skip
            refused.headers["retry-after"] = str(wait)
            return refused
        outcome = mfa.verify(conn, user, code, keyring(request), now)
        if outcome.accepted:
            throttle.succeeded(conn, user.username)
            secret, _csrf = accounts.complete_session(conn, cookie, lifetime=_lifetime(request))
        else:
            throttle.failed(conn, user.username, address, now)
            left = accounts.wrong_code(conn, cookie)
    if not outcome.accepted:
        log.warning("wrong sign-in code for %r from %s", user.username, address)
        if left == 0:
            again = LoginContext(target, new_csrf(), user.username,
                                 "Too many wrong codes. Please sign in again.")  # fmt: skip
            ended = _login_page(request, again, status=401, fresh_cookie=True)
            ended.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
            return ended
        problem = (
            "That code was used already. Wait for the next one."
            if outcome is mfa.Outcome.REPLAYED
            else "The code is wrong."
        )
        return _code_page(request, CodeContext(target, csrf, user.username, problem), status=401)
    response = RedirectResponse(target, status_code=303)
    _set_session(request, response, secret, int(_lifetime(request).total_seconds()))
    return response


@router.post("/staff/logout", include_in_schema=False)
def logout(request: Request, staff: SignedIn) -> Response:
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
    tiles: list[Tile] = [
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
    tiles += [
        Tile(
            "/staff/sources",
            "Sources",
            "Select words in a source to make a claim the "
            "extractor missed; it then waits in the review queue.",
        ),
        Tile("/staff/facilities", "Facilities", "Places of detention, with postal addresses."),
        Tile("/staff/cases", "Cases", "Prosecutions: defendants, court, judge, verdicts, appeals."),
    ]
    if can(role, Role.DOCUMENTER):
        tiles.append(
            Tile(
                "/staff/records/person",
                "Add a person",
                "A person the sources name that the registry does not hold yet.",
            )
        )
    if can(role, Role.EDITOR):
        tiles.append(
            Tile(
                "/staff/audit",
                "Audit log",
                "Every change people made: who, "
                "what, when; filtered by actor, action, record and dates.",
            )
        )
    tiles.append(
        Tile("/staff/mfa", "Two-step sign-in", "A code from an app on your phone at sign-in.")
    )
    if can(role, Role.ADMIN):
        tiles.append(Tile("/staff/users", "Users", "Accounts, roles, passwords and API tokens."))
    return tiles


@router.get("/staff", response_class=HTMLResponse, include_in_schema=False)
def staff_home(request: Request, staff: Viewer) -> HTMLResponse:
    ctx = StaffHomeContext(staff.username, staff.role.label, _tiles(staff.role))
    return render(request, "staff_home.html", ctx)
