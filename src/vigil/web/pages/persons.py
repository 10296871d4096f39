"""The public list (search, filters, sorting, pages), its CSV and JSON downloads, and
the person page."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from vigil.publish import (
    PersonDetail,
    PersonSort,
    PersonSummary,
    Redirect,
    StatusFilter,
    csv_text,
)
from vigil.status import Headline
from vigil.web.deps import PER_PAGE, ListParams, Pub, RecordId, list_params, public_rows, today
from vigil.web.render import render

router = APIRouter()

_STATUS_NAMES = {
    "political_prisoner": "political prisoner, held",
    "held": "held (recognized or not)",
    "detained": "in pre-trial detention",
    "imprisoned": "imprisoned",
    "released": "released",
    "died": "died in custody",
    "incommunicado": "held incommunicado",
    "whereabouts_unknown": "incommunicado, whereabouts unknown",
}
_SORT_NAMES = {
    "name": "name",
    "held_since": "longest held first",
    "region": "region",
    "added": "newest records first",
    "out_of_sight": "longest out of sight first",
}

Params = Annotated[ListParams, Depends(list_params)]

CSV_COLUMNS = ("id", "name", "name_withheld", "gender", "birth_year", "region", "status",
               "recognized", "held_since", "held_since_precision", "held_since_estimate",
               "facility", "articles", "url", "recognized_by", "incommunicado",
               "incommunicado_since", "days_incommunicado",
               "days_incommunicado_at_least")  # fmt: skip


@dataclass(frozen=True, slots=True)
class ListContext:
    params: ListParams
    rows: list[PersonSummary]
    total: int
    pages: int
    statuses: list[str]
    regions: list[str]
    facilities: list[tuple[int, str]]
    organisations: list[str]
    sorts: list[str]
    per_page_choices: tuple[int, ...]

    def page_params(self, page: int) -> dict[str, object]:
        return self.params.as_params(page="" if page == 1 else page)

    @staticmethod
    def status_name(value: str) -> str:
        return _STATUS_NAMES.get(value, value.replace("_", " "))

    @staticmethod
    def sort_name(value: str) -> str:
        return _SORT_NAMES.get(value, value.replace("_", " "))


@router.get("/persons", response_class=HTMLResponse, include_in_schema=False)
def persons_page(request: Request, pub: Pub, params: Params) -> HTMLResponse:
    rows, total, pages = public_rows(pub, params)
    context = ListContext(
        params=params,
        rows=rows,
        total=total,
        pages=pages,
        statuses=[s.value for s in StatusFilter],
        regions=pub.regions(),
        facilities=pub.facilities(),
        organisations=pub.organisations(),
        sorts=[s.value for s in PersonSort],
        per_page_choices=PER_PAGE,
    )
    return render(request, "persons.html", context)


@router.get("/persons.csv", include_in_schema=False)
def persons_csv(pub: Pub, params: Params) -> Response:
    rows, _, _ = public_rows(pub, params)
    data = (row.model_dump() for row in rows)
    return Response(
        csv_text(CSV_COLUMNS, ([d[c] for c in CSV_COLUMNS] for d in data)),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="vigil-persons.csv"'},
    )


@router.get("/persons.json", include_in_schema=False)
def persons_json(pub: Pub, params: Params) -> Response:
    rows, total, _ = public_rows(pub, params)
    body = {
        "total": total,
        "page": params.page,
        "per_page": params.per_page,
        "items": [r.model_dump(mode="json") for r in rows],
    }
    return Response(
        json.dumps(body, ensure_ascii=False, indent=1),
        media_type="application/json",
        headers={"content-disposition": 'attachment; filename="vigil-persons.json"'},
    )


@dataclass(frozen=True, slots=True)
class PersonContext:
    person: PersonDetail
    headline: Headline  # whose recognitions "recognized" counts


@router.get("/persons/{person_id}", response_class=HTMLResponse, include_in_schema=False)
def person_page(request: Request, pub: Pub, person_id: RecordId) -> Response:
    found = pub.person(person_id, today())
    if isinstance(found, Redirect):
        return RedirectResponse(f"/persons/{found.to}", status_code=301)
    return render(request, "person.html", PersonContext(found, pub.headline_rule()))
