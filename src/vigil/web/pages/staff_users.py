"""User management for admins: accounts, roles, passwords and API tokens.

Each form posts to its own address and the answer is the page itself with what changed.
A new password or token secret is shown in that answer only (never stored, never
shown again), so those answers are marked ``no-store``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection

from vigil.auth.passwords import generate_password
from vigil.auth.roles import Role
from vigil.auth.users import ApiToken, User
from vigil.errors import InvalidInput
from vigil.store import accounts, mfa
from vigil.web.deps import Conn
from vigil.web.render import render
from vigil.web.security import Admin, WriteConn

__all__ = ["router"]

router = APIRouter()

MAX_TOKEN_DAYS = 3650


@dataclass(frozen=True, slots=True)
class ShownOnce:
    """A secret to copy now: it is not stored and will not be shown again."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class UsersContext:
    users: list[User]
    tokens: list[ApiToken]
    me: str
    now: dt.datetime
    notice: str = ""
    secret: ShownOnce | None = None

    @property
    def roles(self) -> list[str]:
        return [r.label for r in Role]

    def tokens_of(self, username: str) -> list[ApiToken]:
        return [t for t in self.tokens if t.username == username]

    def token_state(self, token: ApiToken) -> str:
        return token.state(self.now)


def _page(
    request: Request,
    conn: Connection,
    staff_name: str,
    notice: str = "",
    secret: ShownOnce | None = None,
) -> HTMLResponse:
    ctx = UsersContext(
        accounts.list_users(conn),
        accounts.list_tokens(conn),
        staff_name,
        dt.datetime.now(dt.UTC),
        notice,
        secret,
    )
    response = render(request, "staff_users.html", ctx)
    response.headers["cache-control"] = "no-store"
    return response


def _expiry(days: str) -> dt.datetime | None:
    """The expiry ``days`` from now; None (never) when empty."""
    if not days.strip():
        return None
    if not days.strip().isdigit() or not 1 <= int(days) <= MAX_TOKEN_DAYS:
        raise InvalidInput(
            f"a token cannot expire in {days!r} days",
            hint=f"give a whole number from 1 to {MAX_TOKEN_DAYS}, or leave it empty",
        )
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=int(days))


@router.get("/staff/users", response_class=HTMLResponse, include_in_schema=False)
def users_page(request: Request, staff: Admin, conn: Conn) -> HTMLResponse:
    return _page(request, conn, staff.username)


@router.post("/staff/users", response_class=HTMLResponse, include_in_schema=False)
def add_user(
    request: Request,
    staff: Admin,
    conn: WriteConn,
    username: Annotated[str, Form(max_length=64)],
    role: Annotated[str, Form(max_length=16)],
    display_name: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
) -> HTMLResponse:
    chosen = password or generate_password()
    accounts.add_user(
        conn,
        username=username,
        password=chosen,
        role=Role.parse(role),
        by=staff.username,
        display_name=display_name or None,
    )
    name = username.strip().casefold()
    shown = None if password else ShownOnce(f"Password for {name}", chosen)
    return _page(request, conn, staff.username, f"Added {name} as {Role.parse(role).label}.", shown)


@router.post("/staff/users/{username}/active", response_class=HTMLResponse, include_in_schema=False)
def set_active(
    request: Request,
    staff: Admin,
    conn: WriteConn,
    username: str,
    active: Annotated[bool, Form()],
) -> HTMLResponse:
    accounts.set_active(conn, username, active, by=staff.username)
    what = "Enabled" if active else "Disabled (signed out, tokens revoked)"
    return _page(request, conn, staff.username, f"{what}: {username}.")


@router.post("/staff/users/{username}/role", response_class=HTMLResponse, include_in_schema=False)
def set_role(
    request: Request,
    staff: Admin,
    conn: WriteConn,
    username: str,
    role: Annotated[str, Form(max_length=16)],
) -> HTMLResponse:
    chosen = Role.parse(role)
    accounts.set_role(conn, username, chosen, by=staff.username)
    return _page(request, conn, staff.username, f"{username} is now {chosen.label}.")


@router.post(
    "/staff/users/{username}/password", response_class=HTMLResponse, include_in_schema=False
)
def reset_password(
    request: Request,
    staff: Admin,
    conn: WriteConn,
    username: str,
    password: Annotated[str, Form(max_length=1024)] = "",
) -> HTMLResponse:
    chosen = password or generate_password()
    accounts.set_password(conn, username, chosen, by=staff.username)
    shown = None if password else ShownOnce(f"New password for {username}", chosen)
    notice = f"Password of {username} changed; their browser sessions were ended."
    return _page(request, conn, staff.username, notice, shown)


@router.post(
    "/staff/users/{username}/mfa-reset", response_class=HTMLResponse, include_in_schema=False
)
def reset_mfa(request: Request, staff: Admin, conn: WriteConn, username: str) -> HTMLResponse:
    had = mfa.reset(conn, username, by=staff.username)
    notice = (
        f"Two-step sign-in of {username} was reset; their browser sessions were ended."
        if had
        else f"{username} had no two-step sign-in; their browser sessions were ended."
    )
    return _page(request, conn, staff.username, notice)


@router.post("/staff/users/{username}/tokens", response_class=HTMLResponse, include_in_schema=False)
def create_token(
    request: Request,
    staff: Admin,
    conn: WriteConn,
    username: str,
    name: Annotated[str, Form(max_length=200)],
    expires_days: Annotated[str, Form(max_length=8)] = "",
) -> HTMLResponse:
    expires = _expiry(expires_days)
    token_id, secret = accounts.create_token(
        conn, username=username, name=name, by=staff.username, expires_at=expires
    )
    shown = ShownOnce(f"API token {token_id} for {username}", secret)
    return _page(request, conn, staff.username, f"Created API token {token_id}.", shown)


@router.post(
    "/staff/tokens/{token_id}/revoke", response_class=HTMLResponse, include_in_schema=False
)
def revoke_token(request: Request, staff: Admin, conn: WriteConn, token_id: int) -> HTMLResponse:
    accounts.revoke_token(conn, token_id, by=staff.username)
    return _page(request, conn, staff.username, f"Revoked API token {token_id}.")
