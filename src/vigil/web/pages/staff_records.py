"""Staff records made by hand: add a person, add an event citing a quote of a source,
correct an event by superseding it, add and edit facilities (with postal addresses).

Every form calls the verb of ``vigil.ingest.records`` that ``vigil person add``,
``vigil event add/correct`` and ``vigil facility add/edit`` call, so each record is the
same whichever way it was made, and each is in the audit log. A bad field is answered
on the form, which keeps what was typed; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection
from starlette.datastructures import FormData

from vigil.errors import VigilError
from vigil.ingest.records import (
    EventInput,
    FacilityInput,
    PersonInput,
    add_facility_by_hand,
    add_person_by_hand,
    correct_event,
    edit_facility,
    record_event,
)
from vigil.model import (
    Event,
    EventType,
    Facility,
    FacilityKind,
    Gender,
    RecognitionStatus,
    Regime,
)
from vigil.publish import event_label
from vigil.store.events import get_event
from vigil.store.facilities import get_facility, list_facilities
from vigil.store.persons import get_person
from vigil.web.deps import Conn, RecordId
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Documenter, Viewer, WriteConn

__all__ = ["router"]

router = APIRouter(prefix="/staff")

TYPES = tuple(t.value for t in EventType)
REGIMES = ("", *(r.value for r in Regime))
KINDS = tuple(k.value for k in FacilityKind)
GENDERS = tuple(g.value for g in Gender)
RECOGNITIONS = tuple(r.value for r in RecognitionStatus)


async def posted(request: Request) -> FormData:
    """The form as posted (a field may be repeated: a person's or facility's names)."""
    return await request.form()


Posted = Annotated[FormData, Depends(posted)]


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _texts(form: FormData, name: str) -> list[str]:
    return [v for v in form.getlist(name) if isinstance(v, str)]


def _checked(form: FormData, name: str) -> bool:
    return _text(form, name) in ("on", "true", "1")


def _problem(exc: VigilError) -> ErrorBody:
    return ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)


@dataclass(frozen=True, slots=True)
class FormPage:
    """A form: what was typed (to show again after an error) and the problem, if any."""

    values: dict[str, str] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)  # repeated name fields
    problem: ErrorBody | None = None

    def value(self, name: str, default: str = "") -> str:
        return self.values.get(name, default)


def _values(form: FormData) -> dict[str, str]:
    return {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}


# Persons --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonForm(FormPage):
    genders: tuple[str, ...] = GENDERS


@router.get("/records/person", response_class=HTMLResponse, include_in_schema=False)
def person_form(request: Request, staff: Documenter) -> HTMLResponse:
    return render(request, "staff_add_person.html", PersonForm(names=["", ""]))


@router.post("/records/person", include_in_schema=False)
def person_post(request: Request, staff: Documenter, conn: WriteConn, form: Posted) -> Response:
    names = _texts(form, "name")
    try:
        given = PersonInput.parse(
            names, gender=_text(form, "gender"), born=_text(form, "birth_date"),
            region=_text(form, "region"), occupation=_text(form, "occupation"),
            name_withheld=_checked(form, "name_withheld"), notes=_text(form, "notes"),
            health=_text(form, "health"), family_contacts=_text(form, "family_contacts"),
        )  # fmt: skip
        person_id = add_person_by_hand(conn, given, by=staff.username)
    except VigilError as exc:
        page = PersonForm(_values(form), names or [""], _problem(exc))
        return render(request, "staff_add_person.html", page, status=exc.http_status)
    return RedirectResponse(f"/staff/persons/{person_id}?done=added", status_code=303)


# Events ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventForm(FormPage):
    facilities: list[Facility] = field(default_factory=list)
    old: Event | None = None  # the event a correction supersedes
    old_label: str = ""
    person_name: str = ""
    types: tuple[str, ...] = TYPES
    regimes: tuple[str, ...] = REGIMES
    recognitions: tuple[str, ...] = RECOGNITIONS

    @property
    def action(self) -> str:
        if self.old is not None:
            return f"/staff/events/{self.old.id}/correct"
        return "/staff/records/event"


def _event_input(form: FormData, person_id: str | int) -> EventInput:
    return EventInput.parse(
        person_id=person_id, type=_text(form, "type"), date=_text(form, "date"),
        source_id=_text(form, "source_id"), quote=_text(form, "quote"),
        facility_id=_text(form, "facility_id"), articles=_text(form, "articles"),
        term=_text(form, "term"), regime=_text(form, "regime"),
        recognized_by=_text(form, "recognized_by"), recognition=_text(form, "recognition"),
        criterion=_text(form, "criterion"), note=_text(form, "note"),
        allow_conflict=_checked(form, "allow_conflict"),
    )  # fmt: skip


def _name(conn: Connection, person_id: str) -> str:
    if not person_id.strip().isdigit():
        return ""
    try:
        return get_person(conn, int(person_id)).display_name
    except VigilError:
        return ""


@router.get("/records/event", response_class=HTMLResponse, include_in_schema=False)
def event_form(
    request: Request, staff: Documenter, conn: Conn, person: str = "", source: str = ""
) -> HTMLResponse:
    values = {"person_id": person[:12], "source_id": source[:12]}
    page = EventForm(values, facilities=list_facilities(conn), person_name=_name(conn, person))
    return render(request, "staff_add_event.html", page)


@router.post("/records/event", include_in_schema=False)
def event_post(request: Request, staff: Documenter, conn: WriteConn, form: Posted) -> Response:
    person_id = _text(form, "person_id")
    try:
        event_id = record_event(conn, _event_input(form, person_id), by=staff.username)
        owner = get_event(conn, event_id).person_id
    except VigilError as exc:
        page = EventForm(_values(form), problem=_problem(exc), facilities=list_facilities(conn),
                         person_name=_name(conn, person_id))  # fmt: skip
        return render(request, "staff_add_event.html", page, status=exc.http_status)
    return RedirectResponse(f"/staff/persons/{owner}?done=event_added", status_code=303)


def _old_values(e: Event) -> dict[str, str]:
    d = e.detail
    r = d.recognition
    return {
        "type": e.type.value,
        "date": str(e.date),
        "facility_id": str(e.facility_id or ""),
        "articles": ", ".join(d.articles),
        "term": str(d.term_months or ""),
        "regime": d.regime.value if d.regime else "",
        "recognized_by": (r.by or "") if r else "",
        "recognition": r.status.value if r else "",
        "criterion": (r.criterion or "") if r else "",
        "note": d.note or "",
    }


def _correction(conn: Connection, event_id: int, values: dict[str, str] | None = None,
                problem: ErrorBody | None = None) -> EventForm:  # fmt: skip
    old = get_event(conn, event_id)
    label = f"{event_label(old.type)} on {old.date}"
    return EventForm(values or _old_values(old), [], problem, facilities=list_facilities(conn),
                     old=old, old_label=label,
                     person_name=_name(conn, str(old.person_id)))  # fmt: skip


@router.get("/events/{event_id}/correct", response_class=HTMLResponse, include_in_schema=False)
def correct_form(request: Request, event_id: RecordId, staff: Documenter, conn: Conn) -> Response:
    return render(request, "staff_add_event.html", _correction(conn, event_id))


@router.post("/events/{event_id}/correct", include_in_schema=False)
def correct_post(
    request: Request, event_id: RecordId, staff: Documenter, conn: WriteConn, form: Posted
) -> Response:
    try:
        old = get_event(conn, event_id)
        new_id = correct_event(conn, event_id, _event_input(form, old.person_id),
                               reason=_text(form, "reason"), by=staff.username)  # fmt: skip
    except VigilError as exc:
        page = _correction(conn, event_id, values=_values(form), problem=_problem(exc))
        return render(request, "staff_add_event.html", page, status=exc.http_status)
    owner = get_event(conn, new_id).person_id
    return RedirectResponse(f"/staff/persons/{owner}?done=corrected", status_code=303)


# Facilities -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FacilitiesPage(FormPage):
    facilities: list[Facility] = field(default_factory=list)
    facility: Facility | None = None  # the one being edited
    kinds: tuple[str, ...] = KINDS
    done: str = ""


def _facility_input(form: FormData) -> FacilityInput:
    return FacilityInput.parse(_texts(form, "name"), kind=_text(form, "kind"),
                               region=_text(form, "region"),
                               postal_address=_text(form, "postal_address"))  # fmt: skip


_DONE = {"added": "Facility added.", "saved": "Saved.", "unchanged": "Nothing changed."}


@router.get("/facilities", response_class=HTMLResponse, include_in_schema=False)
def facilities_page(request: Request, staff: Viewer, conn: Conn, done: str = "") -> HTMLResponse:
    page = FacilitiesPage(names=["", ""], facilities=list_facilities(conn),
                          done=_DONE.get(done, ""))  # fmt: skip
    return render(request, "staff_facilities.html", page)


@router.post("/facilities", include_in_schema=False)
def facility_add(request: Request, staff: Documenter, conn: WriteConn, form: Posted) -> Response:
    try:
        facility_id = add_facility_by_hand(conn, _facility_input(form), by=staff.username)
    except VigilError as exc:
        page = FacilitiesPage(_values(form), _texts(form, "name") or [""], _problem(exc),
                              facilities=list_facilities(conn))  # fmt: skip
        return render(request, "staff_facilities.html", page, status=exc.http_status)
    return RedirectResponse(f"/staff/facilities/{facility_id}?done=added", status_code=303)


def _edit_page(conn: Connection, facility_id: int, form: FormData | None = None,
               problem: ErrorBody | None = None, done: str = "") -> FacilitiesPage:  # fmt: skip
    """The edit form: as stored, or (after an error) as posted."""
    f = get_facility(conn, facility_id)
    if form is None:
        values = {"kind": f.kind.value, "region": f.region or "",
                  "postal_address": f.postal_address or ""}  # fmt: skip
        names = [*f.names, ""]
    else:
        values, names = _values(form), _texts(form, "name") or [""]
    return FacilitiesPage(values, names, problem, facility=f, done=done)


@router.get("/facilities/{facility_id}", response_class=HTMLResponse, include_in_schema=False)
def facility_page(
    request: Request, facility_id: RecordId, staff: Viewer, conn: Conn, done: str = ""
) -> HTMLResponse:
    page = _edit_page(conn, facility_id, done=_DONE.get(done, ""))
    return render(request, "staff_facility.html", page)


@router.post("/facilities/{facility_id}", include_in_schema=False)
def facility_edit(
    request: Request, facility_id: RecordId, staff: Documenter, conn: WriteConn, form: Posted
) -> Response:
    try:
        changed = edit_facility(conn, facility_id, _facility_input(form), by=staff.username)
    except VigilError as exc:
        page = _edit_page(conn, facility_id, form, _problem(exc))
        return render(request, "staff_facility.html", page, status=exc.http_status)
    done = "saved" if changed else "unchanged"
    return RedirectResponse(f"/staff/facilities/{facility_id}?done={done}", status_code=303)
