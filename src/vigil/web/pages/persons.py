"""The public list (search, filters, sorting, pages), its CSV and JSON downloads, and
the person page."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from vigil.publish import (
    EventView,
    PersonDetail,
    PersonSort,
    PersonSummary,
    Redirect,
    StatusFilter,
    csv_text,
)
from vigil.publish.export.formats import BOM, Value, csv_cell
from vigil.status import Headline
from vigil.web.deps import (
    PER_PAGE,
    AsOf,
    ListParams,
    PersonDay,
    Pub,
    RecordId,
    list_params,
    public_rows,
)
from vigil.web.i18n import (
    GENDER_NAMES,
    N_,
    RECOGNIZED,
    label,
    person_name,
    place_name,
    region_name,
)
from vigil.web.render import render

router = APIRouter()

_STATUS_NAMES = {
    "political_prisoner": N_("political prisoners held now"),
    "held": N_("held now (recognized or not)"),
    "detained": N_("in pre-trial detention"),
    "imprisoned": N_("imprisoned"),
    "released": N_("released"),
    "died": N_("died in custody"),
    "incommunicado": N_("held incommunicado"),
    "whereabouts_unknown": N_("incommunicado, whereabouts unknown"),
}
_SORT_NAMES = {
    "name": N_("name"),
    "held_since": N_("longest held first"),
    "region": N_("region"),
    "added": N_("newest records first"),
    "out_of_sight": N_("longest out of sight first"),
    "expected_release": N_("soonest expected release first"),
}

_FILTERS = ("q", "status", "region", "facility", "article", "gender", "from", "to", "recognized_by")

Params = Annotated[ListParams, Depends(list_params)]

CSV_COLUMNS = ("id", "name", "name_withheld", "gender", "birth_year", "region", "status",
               "recognized", "held_since", "held_since_precision", "held_since_estimate",
               "facility", "articles", "sentence_months", "expected_release",
               "expected_release_estimate", "url", "recognized_by", "incommunicado",
               "incommunicado_since", "days_incommunicado",
               "days_incommunicado_at_least")  # fmt: skip


def _cell(value: object) -> Value:
    return tuple(value) if isinstance(value, list) else value  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class ListContext:
    params: ListParams
    rows: list[PersonSummary]
    total: int
    pages: int
    statuses: list[str]
    regions: list[tuple[str, str]]
    facilities: list[tuple[int, str]]
    organisations: list[str]
    sorts: list[str]
    per_page_choices: tuple[int, ...]
    places: dict[str, dict[str, str]]
    recognized: str = RECOGNIZED

    def page_params(self, page: int) -> dict[str, object]:
        return self.params.as_params(page="" if page == 1 else page)

    @staticmethod
    def status_name(value: str) -> str:
        return label(_STATUS_NAMES, value)

    @staticmethod
    def sort_name(value: str) -> str:
        return label(_SORT_NAMES, value)

    @staticmethod
    def gender_name(value: str) -> str:
        return label(GENDER_NAMES, value)

    @staticmethod
    def region_name(value: str | None) -> str:
        return region_name(value)

    def facility_name(self, value: str | None) -> str:
        return place_name(value, self.places)

    @staticmethod
    def name(row: PersonSummary) -> str:
        return person_name(row.name, row.spellings)


@router.get("/persons", response_class=HTMLResponse, include_in_schema=False)
def persons_page(request: Request, pub: Pub, params: Params) -> HTMLResponse:
    if not any(k in request.query_params for k in _FILTERS):
        # A reader comes for the people held now; "anyone" is one choice away.
        held = StatusFilter.HELD
        params = replace(params, status=held.value, query=replace(params.query, status=held))
    rows, total, pages = public_rows(pub, params)
    places = pub.facility_spellings()
    context = ListContext(
        places=places,
        params=params,
        rows=rows,
        total=total,
        pages=pages,
        statuses=[s.value for s in StatusFilter],
        regions=[(r, region_name(r)) for r in pub.regions()],
        facilities=[(i, place_name(n, places)) for i, n in pub.facilities()],
        organisations=pub.organisations(),
        sorts=[s.value for s in PersonSort],
        per_page_choices=PER_PAGE,
    )
    return render(request, "persons.html", context)


@router.get("/persons.csv", include_in_schema=False)
def persons_csv(request: Request, pub: Pub, params: Params) -> Response:
    """The page shown, as CSV: UTF-8 with a byte order mark (Excel reads Cyrillic),
    true/false, absolute links, as the exports write them."""
    rows, _, _ = public_rows(pub, params)
    base = str(request.base_url).rstrip("/")
    data = (row.model_dump() | {"url": base + row.url} for row in rows)
    return Response(
        BOM + csv_text(CSV_COLUMNS, ([csv_cell(_cell(d[c])) for c in CSV_COLUMNS] for d in data)),
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
    when: AsOf
    places: dict[str, dict[str, str]]
    headline: Headline  # whose recognitions "recognized" counts

    @property
    def name(self) -> str:
        """The name in the script of the page, where the registry has it."""
        return person_name(self.person.name, self.person.spellings)

    @property
    def other_names(self) -> list[str]:
        shown = self.name
        names = [self.person.name, *self.person.other_names]
        return [n for n in dict.fromkeys(names) if n != shown]

    def place(self, name: str | None) -> str:
        return place_name(name, self.places)

    @staticmethod
    def region(value: str | None) -> str:
        return region_name(value)

    @property
    def events(self) -> list[EventView]:
        """The timeline up to the page's day: later events are not yet history then."""
        day = self.when.day.isoformat()
        return [e for e in self.person.events if e.date <= day[: len(e.date)]]

    @property
    def api_link(self) -> str:
        known = self.when.known_at
        query = {"as_of": self.when.day.isoformat() if self.when.asked else "",
                 "known_at": known.isoformat() if known else ""}  # fmt: skip
        shown = urlencode({k: v for k, v in query.items() if v})
        return f"/api/v1/persons/{self.person.id}" + (f"?{shown}" if shown else "")

    @staticmethod
    def gender_name(value: str) -> str:
        return label(GENDER_NAMES, value)


@router.get("/persons/{person_id}", response_class=HTMLResponse, include_in_schema=False)
def person_page(request: Request, pub: Pub, person_id: RecordId, when: PersonDay) -> Response:
    found = pub.person(person_id, when.day, when.known_at)
    if isinstance(found, Redirect):
        return RedirectResponse(f"/persons/{found.to}", status_code=301)
    context = PersonContext(found, when, pub.facility_spellings(), pub.headline_rule())
    return render(request, "person.html", context)
