"""Staff person pages: find a record, edit it (public and restricted fields, name
variants), publish a withheld name, split events off it, and merge two records that are
one person.

Restricted fields (notes, health, family contacts) are shown to documenters and above
only; a viewer sees the record without them. The record form names the fields it carries
(``form_fields``) and changes those only: a post that lacks one of them is refused and
changes nothing. Every change goes through ``vigil.store.persons`` or
``vigil.store.identity``, which write the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection
from starlette.datastructures import FormData

from vigil.auth.chain import AuditEntry
from vigil.auth.roles import Role, can
from vigil.errors import Forbidden, InvalidInput, VigilError
from vigil.model import RESTRICTED_FIELDS, Case, Gender, NameVariant, Person, PersonEdit
from vigil.model.identity import PersonLink
from vigil.names import match as name_match
from vigil.names.match import NameMatch
from vigil.publish import event_label, status_label
from vigil.read.dossier import Dossier, dossier
from vigil.status.spans import DayCount
from vigil.store import audit
from vigil.store import persons as store
from vigil.store.cases import list_cases
from vigil.store.identity import history, merge, split
from vigil.web.deps import Conn, RecordId
from vigil.web.edge import ErrorBody
from vigil.web.render import render
from vigil.web.security import Documenter, Editor, Staff, Viewer, WriteConn

__all__ = ["FORM_FIELDS", "EventRow", "edit_from_form", "router"]

router = APIRouter(prefix="/staff/persons")

PER_PAGE = 50
GENDERS = tuple(g.value for g in Gender)
_DONE = {
    "edit": "Saved",
    "name_added": "Name added",
    "name_removed": "Name removed",
    "name_published": "Name published",
    "merged": "Merged",
    "split": "Split",
    "added": "Person added",
    "event_added": "Event recorded",
    "corrected": "Correction recorded; the old event stays in the history",
    "undone": "Decision undone; it stays in the history",
}


# Finding ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FindContext:
    q: str
    persons: list[Person]
    page: int
    more: bool

    def page_params(self, page: int) -> dict[str, object]:
        return {"q": self.q, "page": page if page > 1 else ""}


@router.get("", response_class=HTMLResponse, include_in_schema=False)
def find_page(
    request: Request,
    staff: Viewer,
    conn: Conn,
    q: Annotated[str, Query(max_length=200)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    if q.strip():
        found = store.search(conn, q, limit=PER_PAGE)
        context = FindContext(q, found, 1, False)
    else:
        found = store.list_persons(conn, limit=PER_PAGE + 1, offset=(page - 1) * PER_PAGE)
        context = FindContext("", found[:PER_PAGE], page, len(found) > PER_PAGE)
    return render(request, "staff_persons.html", context)


# One record ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    date: str
    label: str
    facility: str | None
    detail: str
    superseded: bool
    claims: list[tuple[int, int, str]]  # (claim id, source id, quote)


def event_rows(d: Dossier) -> list[EventRow]:
    rows = []
    for e in d.events:
        assert e.id is not None
        where = d.facilities[e.facility_id].name if e.facility_id in d.facilities else None
        rows.append(
            EventRow(e.id, str(e.date), event_label(e.type), where, e.detail.describe(),
                     e.id in d.superseded,
                     [(c, d.claims[c].source_id, d.claims[c].quote) for c in e.claim_ids])
        )  # fmt: skip
    return rows


def change_line(entry: AuditEntry) -> str:
    """An audit entry in a few words: what changed, with the values it records."""
    values = entry.after if isinstance(entry.after, dict) else {}
    bits = []
    for key, value in values.items():
        if value in (None, [], {}, ""):
            continue
        if isinstance(value, list):
            shown = ", ".join(map(str, value))
        elif isinstance(value, dict):
            shown = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            shown = str(value)
        bits.append(f"{key.replace('_', ' ')} {shown}")
    return entry.action + (": " + "; ".join(bits) if bits else "")


@dataclass(frozen=True, slots=True)
class PersonPage:
    person: Person
    status: str
    held: DayCount  # "at least" when a date is known only to a month or year
    events: list[EventRow]
    own_names: list[str]
    links: list[PersonLink]
    changes: list[AuditEntry]
    show_restricted: bool
    can_edit: bool
    can_merge: bool
    can_publish: bool
    genders: tuple[str, ...] = GENDERS
    notice: str = ""
    problem: ErrorBody | None = None
    values: dict[str, str] = field(default_factory=dict)
    reason: str = ""  # a reason for publishing the name, kept after an error
    cases: list[Case] = field(default_factory=list)  # the cases they are a defendant in

    @staticmethod
    def change(entry: AuditEntry) -> str:
        return change_line(entry)

    @property
    def form_fields(self) -> str:
        """The fields the record form carries, for its hidden ``form_fields``."""
        restricted = RESTRICTED_FIELDS["person"]
        return " ".join(f for f in FORM_FIELDS if self.show_restricted or f not in restricted)

    def value(self, name: str) -> str:
        """A form field's value: as submitted after an error, else as stored."""
        if name in self.values:
            return self.values[name]
        p = self.person
        holder: object = p.restricted if name in RESTRICTED_FIELDS["person"] else p
        stored = getattr(holder, name)
        return "" if stored is None else str(stored)


def _notice(done: str, fields: str, other: int | None) -> str:
    if done not in _DONE:
        return ""
    if done == "edit":
        names = [f for f in fields.split(",") if f in store.EDITABLE_FIELDS]
        if not names:
            return "Nothing changed."
        return "Saved: " + ", ".join(n.replace("_", " ") for n in names) + "."
    if done == "merged" and other is not None:
        return f"Person {other} was merged into this record."
    if done == "split" and other is not None:
        return f"Events were split off person {other} into this new record."
    return _DONE[done] + "."


def person_page(conn: Connection, person_id: RecordId, staff: Staff, **extra: Any) -> PersonPage:
    restricted = can(staff.role, Role.DOCUMENTER)
    d = dossier(conn, person_id, restricted=restricted)
    seg = d.fold.current
    status = status_label(seg.custody.value if seg else None)
    if d.since is not None:  # as precisely as known: 2020, 2020-05, ~2020-05
        status += f"{', in custody' if seg and seg.held else ''} since {d.since}"
    if seg is not None and seg.recognized and seg.held:
        status += ", recognized as a political prisoner"
    return PersonPage(
        person=d.person,
        status=status,
        held=d.held,
        events=event_rows(d),
        own_names=store.record_names(conn, person_id),
        links=history(conn, person_id),
        changes=audit.entries(conn, target=f"person:{person_id}", limit=20),
        show_restricted=restricted,
        can_edit=restricted,
        can_merge=can(staff.role, Role.EDITOR),
        can_publish=can(staff.role, Role.EDITOR),
        cases=list_cases(conn, person_id=person_id),
        **extra,
    )


@router.get("/merge", response_class=HTMLResponse, include_in_schema=False)
def merge_page(
    request: Request,
    staff: Editor,
    conn: Conn,
    kept: Annotated[str, Query(max_length=12)] = "",
    other: Annotated[str, Query(max_length=12)] = "",
) -> HTMLResponse:
    return render(request, "staff_merge.html", merge_context(conn, kept, other))


@router.post("/merge", include_in_schema=False)
def merge_post(
    request: Request,
    staff: Editor,
    conn: WriteConn,
    kept: Annotated[str, Form(max_length=12)] = "",
    other: Annotated[str, Form(max_length=12)] = "",
    why: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        if not (kept.strip().isdigit() and other.strip().isdigit()):
            raise InvalidInput("choose the two records by id", hint="e.g. kept 12, other 40")
        merge(conn, int(kept), int(other), by=staff.username, why=why)
    except VigilError as exc:
        context = merge_context(conn, kept, other, why=why, problem=_problem(exc))
        return render(request, "staff_merge.html", context, status=exc.http_status)
    return RedirectResponse(f"/staff/persons/{int(kept)}?done=merged&other={int(other)}",
                            status_code=303)  # fmt: skip


@router.get("/{person_id}", response_class=HTMLResponse, include_in_schema=False)
def person_edit_page(
    request: Request,
    person_id: RecordId,
    staff: Viewer,
    conn: Conn,
    done: Annotated[str, Query(max_length=20)] = "",
    fields: Annotated[str, Query(max_length=200)] = "",
    other: Annotated[int | None, Query()] = None,
) -> Response:
    merged_into = store.get_person(conn, person_id).merged_into
    if merged_into is not None:
        return RedirectResponse(f"/staff/persons/{merged_into}", status_code=303)
    page = person_page(conn, person_id, staff, notice=_notice(done, fields, other))
    return render(request, "staff_person.html", page)


def _problem(exc: VigilError) -> ErrorBody:
    return ErrorBody(exc.http_status, exc.code, exc.message, exc.hint)


#: The fields the record form always carries (restricted ones for documenters and up).
#: ``name_withheld`` is a checkbox that only withholds: when it is not sent, the name
#: stays as it is.
FORM_FIELDS = tuple(f for f in store.EDITABLE_FIELDS if f != "name_withheld")
_CHECKED = {"true": True, "on": True, "false": False, "": False}


async def posted_form(request: Request) -> FormData:
    """The form as posted. FastAPI's ``Form`` parameters read empty text as not sent;
    the record form must tell a field that was emptied from one that was not sent."""
    return await request.form()


def _refused(message: str) -> InvalidInput:
    return InvalidInput(message, hint="nothing was saved: reload the page and save again")


def edit_from_form(form: Mapping[str, object], *, restricted: bool) -> PersonEdit:
    """The edit a record form posts: exactly the fields it names in ``form_fields``,
    each of which must be there (empty text clears it), plus the withhold checkbox."""
    named = form.get("form_fields")
    if not isinstance(named, str):
        raise _refused("the form does not say which fields it carries")
    fields = named.replace(",", " ").split()
    unknown = [f for f in fields if f not in FORM_FIELDS]
    if unknown:
        raise _refused(f"the form names {unknown[0]!r}, which is not a field of the record")
    if not restricted and any(f in RESTRICTED_FIELDS["person"] for f in fields):
        raise Forbidden(
            "restricted fields need the documenter role", hint="ask an editor to change them"
        )
    missing = [f for f in fields if f not in form]
    if missing:
        raise _refused(f"the form lacks the field {missing[0]!r} that it says it carries")
    stray = [f for f in FORM_FIELDS if f in form and f not in fields]
    if stray:
        raise _refused(f"the form sends {stray[0]!r} without naming it in form_fields")
    values: dict[str, object] = {f: form[f] for f in fields}
    withhold = form.get("name_withheld")
    if withhold is not None:
        if not isinstance(withhold, str) or withhold not in _CHECKED:
            raise InvalidInput("name_withheld must be checked or not", hint="send true or false")
        values["name_withheld"] = _CHECKED[withhold]
    return PersonEdit.parse(values)


@router.post("/{person_id}", include_in_schema=False)
def person_edit(
    request: Request,
    person_id: RecordId,
    staff: Documenter,
    conn: WriteConn,
    form: Annotated[FormData, Depends(posted_form)],
) -> Response:
    try:
        edit = edit_from_form(form, restricted=can(staff.role, Role.DOCUMENTER))
        changed = store.update_person(conn, person_id, edit, by=staff.username)
    except VigilError as exc:
        values = {k: v for k, v in form.items()
                  if k in store.EDITABLE_FIELDS and isinstance(v, str)}  # fmt: skip
        page = person_page(conn, person_id, staff, problem=_problem(exc), values=values)
        return render(request, "staff_person.html", page, status=exc.http_status)
    where = f"/staff/persons/{person_id}?done=edit&fields={','.join(changed)}"
    return RedirectResponse(where, status_code=303)


@router.post("/{person_id}/publish-name", include_in_schema=False)
def publish_name(
    request: Request,
    person_id: RecordId,
    staff: Editor,
    conn: WriteConn,
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        store.publish_name(conn, person_id, by=staff.username, reason=reason)
    except VigilError as exc:
        page = person_page(conn, person_id, staff, problem=_problem(exc), reason=reason)
        return render(request, "staff_person.html", page, status=exc.http_status)
    return RedirectResponse(f"/staff/persons/{person_id}?done=name_published", status_code=303)


def _after(conn: Connection, person_id: RecordId, staff: Staff, request: Request,
           exc: VigilError) -> Response:  # fmt: skip
    page = person_page(conn, person_id, staff, problem=_problem(exc))
    return render(request, "staff_person.html", page, status=exc.http_status)


@router.post("/{person_id}/names", include_in_schema=False)
def name_add(
    request: Request,
    person_id: RecordId,
    staff: Documenter,
    conn: WriteConn,
    text: Annotated[str, Form(max_length=300)] = "",
    language: Annotated[str, Form(max_length=8)] = "",
    system: Annotated[str, Form(max_length=32)] = "",
    primary: Annotated[bool, Form()] = False,
) -> Response:
    name = NameVariant.of(text, language=language.strip() or None,
                          system=system.strip() or None, primary=primary)  # fmt: skip
    try:
        store.add_name(conn, person_id, name, by=staff.username)
    except VigilError as exc:
        return _after(conn, person_id, staff, request, exc)
    return RedirectResponse(f"/staff/persons/{person_id}?done=name_added", status_code=303)


@router.post("/{person_id}/names/remove", include_in_schema=False)
def name_remove(
    request: Request,
    person_id: RecordId,
    staff: Documenter,
    conn: WriteConn,
    text: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    try:
        store.remove_name(conn, person_id, text, by=staff.username)
    except VigilError as exc:
        return _after(conn, person_id, staff, request, exc)
    return RedirectResponse(f"/staff/persons/{person_id}?done=name_removed", status_code=303)


@router.post("/{person_id}/split", include_in_schema=False)
def split_post(
    request: Request,
    person_id: RecordId,
    staff: Editor,
    conn: WriteConn,
    event: Annotated[list[int], Form()] = [],  # noqa: B006 - FastAPI copies defaults
    name: Annotated[str, Form(max_length=300)] = "",
    why: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        if not name.strip():
            raise InvalidInput("the new record needs a name", hint="give the name of the person")
        _, new_id = split(conn, person_id, event, name.strip(), by=staff.username, why=why)
    except VigilError as exc:
        return _after(conn, person_id, staff, request, exc)
    return RedirectResponse(f"/staff/persons/{new_id}?done=split&other={person_id}",
                            status_code=303)  # fmt: skip


# Merging ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Side:
    person: Person
    status: str
    events: list[EventRow]


@dataclass(frozen=True, slots=True)
class MergeContext:
    kept_text: str
    other_text: str
    kept: Side | None = None
    other: Side | None = None
    kept_found: list[Person] = field(default_factory=list)
    other_found: list[Person] = field(default_factory=list)
    verdict: NameMatch | None = None
    why: str = ""
    problem: ErrorBody | None = None


def _side(conn: Connection, text: str) -> tuple[Side | None, list[Person]]:
    """A person given by id, or the persons a name search finds."""
    text = text.strip()
    if not text:
        return None, []
    if text.isdigit():
        d = dossier(conn, int(text))
        seg = d.fold.current
        return Side(d.person, status_label(seg.custody.value if seg else None), event_rows(d)), []
    return None, store.search(conn, text, limit=20)


def _gender(p: Person) -> str | None:
    return None if p.gender is Gender.UNKNOWN else p.gender.value


def merge_context(conn: Connection, kept: str, other: str, **extra: Any) -> MergeContext:
    try:
        a, a_found = _side(conn, kept)
        b, b_found = _side(conn, other)
    except VigilError as exc:
        return MergeContext(kept, other, **{"problem": _problem(exc), **extra})
    verdict = None
    if a is not None and b is not None:
        verdict = name_match(a.person.display_name, b.person.display_name,
                             gender_a=_gender(a.person), gender_b=_gender(b.person))  # fmt: skip
    return MergeContext(kept, other, a, b, a_found, b_found, verdict, **extra)
