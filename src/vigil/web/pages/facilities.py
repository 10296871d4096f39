"""The places of detention: a list with how many are held in each, and one place with
its names, its postal address for letters, who is held there now (named persons listed,
withheld ones counted) and the count over time. All read through ``vigil.publish``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from vigil.publish import FacilityDetail, FacilitySummary
from vigil.web.deps import Pub, RecordId, today
from vigil.web.render import render

router = APIRouter()


@dataclass(frozen=True, slots=True)
class FacilitiesContext:
    facilities: list[FacilitySummary]
    as_of: dt.date


@router.get("/facilities", response_class=HTMLResponse, include_in_schema=False)
def facilities_page(request: Request, pub: Pub) -> HTMLResponse:
    day = today()
    return render(request, "facilities.html", FacilitiesContext(pub.facility_list(day), day))


@dataclass(frozen=True, slots=True)
class FacilityContext:
    facility: FacilityDetail


@router.get("/facilities/{facility_id}", response_class=HTMLResponse, include_in_schema=False)
def facility_page(request: Request, pub: Pub, facility_id: RecordId) -> HTMLResponse:
    return render(request, "facility.html", FacilityContext(pub.facility(facility_id, today())))
