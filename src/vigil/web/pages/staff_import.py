"""Staff import: upload an organisation's list (CSV or XLSX), see a preview of what it
would create (a dry run), then import it, directly or for review.

The page calls the service ``vigil import`` calls (``ingest.lists.import_sheet``), in
the request's transaction. A preview and an import for review need the documenter
role; importing directly accepts every claim, a bulk decision, and needs an editor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse

from vigil.auth.roles import Role, can
from vigil.errors import Forbidden, InvalidInput, VigilError
from vigil.ingest.lists.importer import Fate, ImportOptions, ImportReport, import_sheet
from vigil.ingest.lists.sheet import MAX_LIST_BYTES, read_sheet
from vigil.model import PartialDate
from vigil.web.bounded import BoundedRoute
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Documenter, WriteConn

__all__ = ["router"]

router = APIRouter(prefix="/staff", route_class=BoundedRoute)

Mode = Literal["preview", "review", "import"]


@dataclass(frozen=True, slots=True)
class ImportFields:
    recognized_by: str = ""
    as_of: str = ""
    mode: Mode = "preview"
    all_or_nothing: bool = False


@dataclass(frozen=True, slots=True)
class ImportContext:
    fields: ImportFields
    report: ImportReport | None = None
    problem: ErrorBody | None = None
    may_import: bool = False  # the editor role: import directly
    max_mb: int = MAX_LIST_BYTES // (1024 * 1024)

    @property
    def fates(self) -> dict[str, int]:
        r = self.report
        return {f.value: r.fates[f] for f in Fate} if r else {}


@router.get("/import", response_class=HTMLResponse, include_in_schema=False)
def import_form(request: Request, staff: Documenter) -> HTMLResponse:
    context = ImportContext(ImportFields(), may_import=can(staff.role, Role.EDITOR))
    return render(request, "staff_import.html", context)


def _as_of(text: str) -> dt.date | None:
    if not text.strip():
        return None
    date = PartialDate.parse(text)
    if date.day is None:
        raise InvalidInput("the list's date needs a day", hint="e.g. 2024-03-01")
    return date.earliest


@router.post("/import", response_class=HTMLResponse, include_in_schema=False)
def import_post(
    request: Request,
    staff: Documenter,
    conn: WriteConn,
    file: Annotated[UploadFile | None, File()] = None,
    recognized_by: Annotated[str, Form(max_length=200)] = "",
    as_of: Annotated[str, Form(max_length=20)] = "",
    mode: Annotated[Mode, Form()] = "preview",
    all_or_nothing: Annotated[bool, Form()] = False,
) -> HTMLResponse:
    fields = ImportFields(recognized_by, as_of, mode, all_or_nothing)
    may_import = can(staff.role, Role.EDITOR)
    try:
        if mode == "import" and not may_import:
            raise Forbidden(
                f"importing directly needs the editor role; {staff.username} is {staff.role.label}",
                hint="preview the list, or import it for review",
            )
        if file is None or not file.filename:
            raise InvalidInput("choose the list's file", hint="a .csv or .xlsx file")
        sheet = read_sheet(Path(file.filename).name, file.file.read(MAX_LIST_BYTES + 1))
        options = ImportOptions(
            recognized_by=" ".join(recognized_by.split()) or None,
            as_of=_as_of(as_of),
            review=mode == "review",
            all_or_nothing=all_or_nothing,
            dry_run=mode == "preview",
        )
        report = import_sheet(conn, sheet, options, by=staff.username)
    except VigilError as exc:
        problem = ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)
        context = ImportContext(fields, problem=problem, may_import=may_import)
        return render(request, "staff_import.html", context, status=exc.http_status)
    return render(request, "staff_import.html", ImportContext(fields, report, None, may_import))
