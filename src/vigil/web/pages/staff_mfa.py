"""Two-step sign-in for the signed-in staff member: enrol a TOTP app, see the state.

Editors and admins are sent here right after their password until they have enrolled
(``vigil.web.security.EnrolmentRequired``); others may come of their own accord. The
page shows the secret as text and as an ``otpauth://`` address (no QR image), and asks
for a first code to confirm; the answer shows the recovery codes, once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection

from vigil.auth import totp
from vigil.auth.roles import can
from vigil.errors import InvalidInput
from vigil.store import accounts, mfa
from vigil.web.render import render
from vigil.web.security import MFA_ROLE, SignedIn, Staff, WriteConn, clock, keyring, safe_next

__all__ = ["router"]

router = APIRouter()


@dataclass(frozen=True, slots=True)
class MfaContext:
    username: str
    required: bool
    next: str
    enrolled: bool
    enabled_at: dt.datetime | None = None
    recovery_left: int = 0
    enrolment: mfa.Enrolment | None = None
    recovery_codes: tuple[str, ...] = ()
    problem: str = ""


def _page(request: Request, ctx: MfaContext, status: int = 200) -> HTMLResponse:
    response = render(request, "staff_mfa.html", ctx, status=status)
    response.headers["cache-control"] = "no-store"  # a secret or recovery codes on it
    return response


def _context(
    request: Request, conn: Connection, staff: Staff, target: str, problem: str = ""
) -> MfaContext:
    required = can(staff.role, MFA_ROLE)
    state = mfa.status(conn, staff.id)
    if state.enrolled:
        return MfaContext(staff.username, required, target, True, state.enabled_at,
                          state.recovery_left)  # fmt: skip
    user = accounts.get_user(conn, staff.id)
    enrolment = mfa.begin_enrolment(conn, user, keyring(request))
    return MfaContext(staff.username, required, target, False, enrolment=enrolment,
                      problem=problem)  # fmt: skip


@router.get("/staff/mfa", response_class=HTMLResponse, include_in_schema=False)
def mfa_page(
    request: Request,
    staff: SignedIn,
    conn: WriteConn,
    next: Annotated[str, Query(max_length=2000)] = "/staff",
) -> HTMLResponse:
    return _page(request, _context(request, conn, staff, safe_next(next)))


@router.post("/staff/mfa", response_class=HTMLResponse, include_in_schema=False)
def confirm(
    request: Request,
    staff: SignedIn,
    conn: WriteConn,
    code: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/staff",
) -> HTMLResponse:
    target = safe_next(next)
    user = accounts.get_user(conn, staff.id)
    try:
        if not totp.is_totp_shape(code):
            raise InvalidInput("type the 6-digit code", hint="the app shows a new one every 30 s")
        codes = mfa.confirm_enrolment(conn, user, code, keyring(request), clock(request))
    except InvalidInput as exc:
        ctx = _context(request, conn, staff, target, f"{exc.message} ({exc.hint}).")
        return _page(request, ctx, status=422)
    state = mfa.status(conn, staff.id)
    ctx = MfaContext(staff.username, can(staff.role, MFA_ROLE), target, True, state.enabled_at,
                     state.recovery_left, recovery_codes=tuple(codes))  # fmt: skip
    return _page(request, ctx)
