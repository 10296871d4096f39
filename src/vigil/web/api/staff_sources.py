"""``/api/v1/staff/sources``: a source's details and grade with their history, and their
correction (the same call as ``vigil source edit`` and the staff page, audited as
``source.edit``). A source's text and hash never change."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Security
from pydantic import BaseModel, ConfigDict, Field

from vigil.model import Source
from vigil.model.source_edit import FieldChange, SourceCorrection
from vigil.store import sources as store
from vigil.web.api.staff import bearer
from vigil.web.bounded import BoundedRoute
from vigil.web.deps import Conn, RecordId
from vigil.web.security import Documenter, WriteConn

__all__ = ["router"]

router = APIRouter(
    prefix="/api/v1/staff",
    tags=["staff"],
    dependencies=[Security(bearer)],
    route_class=BoundedRoute,
)


class ChangeOut(BaseModel):
    field: str
    before: str | None
    after: str | None


def _change(c: FieldChange) -> ChangeOut:
    def text(value: str | dt.date | None) -> str | None:
        return value.isoformat() if isinstance(value, dt.date) else value

    return ChangeOut(field=c.field, before=text(c.before), after=text(c.after))


class RevisionOut(BaseModel):
    entry: int
    at: dt.datetime
    by: str
    action: str = Field(description="source.add (stored) or source.edit (corrected)")
    changes: list[ChangeOut]
    why: str | None


class StaffSource(BaseModel):
    id: int
    title: str | None
    url: str | None
    publisher: str | None
    published: dt.date | None
    language: str | None
    reliability: str | None = Field(description="A–F; null: not graded")
    credibility: str | None = Field(description="1–6; null: not graded")
    grade: str = Field(description='e.g. "B2 — usually reliable, probably true"')
    content_hash: str = Field(description="SHA-256 of the text; never changes")
    characters: int
    history: list[RevisionOut] = Field(description="Newest first")
    public_url: str


def _out(conn: Conn, s: Source) -> StaffSource:
    assert s.id is not None
    history = [
        RevisionOut(entry=r.entry_id, at=r.at, by=r.by, action=r.action,
                    changes=[_change(c) for c in r.changes], why=r.why)
        for r in store.source_history(conn, s.id)
    ]  # fmt: skip
    return StaffSource(id=s.id, title=s.title, url=s.url, publisher=s.publisher,
                       published=s.published, language=s.language,
                       reliability=s.reliability.value if s.reliability else None,
                       credibility=s.credibility.value if s.credibility else None,
                       grade=s.grade.label, content_hash=s.hash,
                       characters=len(s.text), history=history,
                       public_url=f"/api/v1/sources/{s.id}")  # fmt: skip


@router.get("/sources/{source_id}")
def api_source(staff: Documenter, conn: Conn, source_id: RecordId) -> StaffSource:
    """A source's details, with every correction of them."""
    return _out(conn, store.get_source(conn, source_id))


class SourcePatch(BaseModel):
    """The details to correct; details left out stay as they are, null or "" clears one."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000, description="An http(s) address")
    publisher: str | None = Field(None, max_length=300)
    published: str | None = Field(None, max_length=10, description="YYYY-MM-DD")
    language: str | None = Field(None, max_length=8, description="en, ru, be, uk, ...")
    reliability: str | None = Field(
        None,
        max_length=1,
        description="A (completely reliable) to E (unreliable), F (cannot be judged)",
    )
    credibility: str | None = Field(
        None, max_length=1, description="1 (confirmed) to 5 (improbable), 6 (cannot be judged)"
    )
    why: str | None = Field(None, max_length=2000, description="Kept in the history")


class PatchOut(BaseModel):
    changed: list[ChangeOut] = Field(description="Empty: the source had these details")
    source: StaffSource


@router.patch("/sources/{source_id}")
def api_source_patch(
    staff: Documenter, conn: WriteConn, source_id: RecordId, body: SourcePatch
) -> PatchOut:
    """Correct the details the body names, and no other (audited as ``source.edit``)."""
    values = body.model_dump(exclude_unset=True)
    why = values.pop("why", None)
    changed = store.correct_source(conn, source_id, SourceCorrection.parse(values),
                                   by=staff.username, why=why or None)  # fmt: skip
    return PatchOut(changed=[_change(c) for c in changed],
                    source=_out(conn, store.get_source(conn, source_id)))  # fmt: skip
