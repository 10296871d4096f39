"""Staff history: undo a merge or a split (editors, as ``vigil person undo``), and read
the audit log with filters, a page at a time (editors and admins, as ``vigil audit
show``). Restricted values the log keeps sealed stay sealed here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection

from vigil.auth.chain import AuditEntry
from vigil.errors import VigilError
from vigil.model.identity import PersonLink
from vigil.store.audit import entries
from vigil.store.identity import decision, undo
from vigil.web.deps import Conn, RecordId, parse_day
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Editor, WriteConn

__all__ = ["router"]

router = APIRouter(prefix="/staff")

PER_PAGE = 50


# Undo ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UndoPage:
    link: PersonLink
    undone_by: PersonLink | None  # the undoing, when it was undone already
    why: str = ""
    problem: ErrorBody | None = None

    @property
    def person(self) -> int:
        return self.link.kept_id or 0


def _undo_page(conn: Connection, decision_id: int, **extra: Any) -> UndoPage:
    link, undone = decision(conn, decision_id)
    return UndoPage(link, undone, **extra)


@router.get("/decisions/{decision_id}/undo", response_class=HTMLResponse, include_in_schema=False)
def undo_form(request: Request, decision_id: RecordId, staff: Editor, conn: Conn) -> HTMLResponse:
    return render(request, "staff_undo.html", _undo_page(conn, decision_id))


@router.post("/decisions/{decision_id}/undo", include_in_schema=False)
def undo_post(
    request: Request,
    decision_id: RecordId,
    staff: Editor,
    conn: WriteConn,
    why: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        undo(conn, decision_id, by=staff.username, why=why)
    except VigilError as exc:
        problem = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
        page = _undo_page(conn, decision_id, why=why, problem=problem)
        return render(request, "staff_undo.html", page, status=exc.http_status)
    person = _undo_page(conn, decision_id).person
    return RedirectResponse(f"/staff/persons/{person}?done=undone", status_code=303)


# The audit log -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditFilters:
    actor: str = ""
    action: str = ""
    table: str = ""
    record: str = ""
    since: str = ""
    until: str = ""

    def params(self, **more: object) -> dict[str, object]:
        values: dict[str, object] = {
            "actor": self.actor, "action": self.action, "table": self.table,
            "record": self.record, "since": self.since, "until": self.until, **more,
        }  # fmt: skip
        return {k: v for k, v in values.items() if v not in ("", None)}


@dataclass(frozen=True, slots=True)
class AuditPage:
    filters: AuditFilters
    rows: list[AuditEntry]
    page: int
    more: bool
    problem: ErrorBody | None = None
    tables: tuple[str, ...] = ("person", "event", "claim", "source", "facility", "figure",
                               "user")  # fmt: skip
    shown: dict[str, str] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return self.page + (1 if self.more else 0)

    def page_params(self, page: int) -> dict[str, object]:
        return self.filters.params(page=page if page > 1 else None)

    @staticmethod
    def values(value: object) -> str:
        if value in (None, {}, []):
            return ""
        return json.dumps(value, ensure_ascii=False, sort_keys=True)


@router.get("/audit", response_class=HTMLResponse, include_in_schema=False)
def audit_page(
    request: Request,
    staff: Editor,
    conn: Conn,
    actor: Annotated[str, Query(max_length=100)] = "",
    action: Annotated[str, Query(max_length=64)] = "",
    table: Annotated[str, Query(max_length=32)] = "",
    record: Annotated[str, Query(max_length=200)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    until: Annotated[str, Query(max_length=10)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    f = AuditFilters(*(x.strip() for x in (actor, action, table, record, since, until)))
    try:
        first, last = parse_day(f.since or None, "since"), parse_day(f.until or None, "until")
        found = entries(conn, actor=f.actor or None, action=f.action or None,
                        table=f.table or None, target=f.record or None, since=first,
                        until=last, limit=PER_PAGE + 1,
                        offset=(page - 1) * PER_PAGE)  # fmt: skip
    except VigilError as exc:
        problem = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
        return render(request, "staff_audit.html", AuditPage(f, [], 1, False, problem),
                      status=exc.http_status)  # fmt: skip
    context = AuditPage(f, found[:PER_PAGE], page, len(found) > PER_PAGE)
    return render(request, "staff_audit.html", context)
