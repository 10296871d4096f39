"""The statistics page: the count on a day (as known now or then), breakdowns and
monthly flows of detentions, releases and pardons."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from vigil.publish import BreakdownField, Cell, FlowView, OrganisationCount, Publication, Sight
from vigil.publish.cells import ALL, OTHER
from vigil.stats import Summary
from vigil.status import Headline
from vigil.web.chart import BarRow, bars
from vigil.web.deps import Pub, parse_day, today
from vigil.web.i18n import (
    BREAKDOWN_FIELDS,
    BREAKDOWN_HEADS,
    GENDER_NAMES,
    N_,
    gettext,
    label,
    place_name,
    region_name,
)
from vigil.web.render import render

router = APIRouter()

FLOW_MONTHS = 24
UNKNOWN = Sight.WHEREABOUTS_UNKNOWN


@dataclass(frozen=True, slots=True)
class Breakdown:
    field: str
    rows: list[BarRow]


@dataclass(frozen=True, slots=True)
class StatsContext:
    at: dt.date
    known_at: dt.date | None
    summary: Summary
    breakdowns: list[Breakdown]
    flows: list[FlowView]
    flow_peak: int
    min_cell: int
    organisations: list[OrganisationCount]  # each organisation's own count
    out_of_sight: int  # held incommunicado on ``at``
    whereabouts_unknown: int  # of them, with no place of detention known
    headline: Headline  # whose recognitions the count counts

    @staticmethod
    def heading(field: str) -> str:
        return label(BREAKDOWN_FIELDS, field)

    @staticmethod
    def column(field: str) -> str:
        return label(BREAKDOWN_HEADS, field)


def months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


_GROUPS = {OTHER: N_("other groups"), ALL: N_("all groups (too few to show apart)"),
           "unknown": N_("unknown"), **GENDER_NAMES}  # fmt: skip


def _bars(
    cells: list[Cell], field: BreakdownField, places: dict[str, dict[str, str]]
) -> list[BarRow]:
    # Group names the registry writes itself (genders, the pooled groups) are shown in
    # the page's language, regions from the catalogue, facilities in the script of the
    # page where recorded; articles as they are.
    def name(key: str) -> str:
        if key in _GROUPS:
            return gettext(_GROUPS[key])
        if field is BreakdownField.REGION:
            return region_name(key)
        if field is BreakdownField.FACILITY:
            return place_name(key, places)
        return key

    return bars([(name(c.key), c.count or 0) for c in cells], [c.text for c in cells])


def stats_context(pub: Publication, at: dt.date, known_at: dt.date | None) -> StatsContext:
    places = pub.facility_spellings()
    groups = [Breakdown(f.value, _bars(pub.breakdown(at, f, known_at), f, places))
              for f in BreakdownField]  # fmt: skip
    flows = pub.flows(months_back(at, FLOW_MONTHS - 1), at)
    peak = max((n or 0 for f in flows for n in (f.detained, f.released, f.pardoned)), default=0)
    return StatsContext(at, known_at, pub.summary(at, known_at), groups,
                        list(reversed(flows)), peak or 1, pub.policy.min_cell,
                        pub.organisation_counts(at, known_at),
                        pub.count_out_of_sight(at, known_at),
                        pub.count_out_of_sight(at, known_at, UNKNOWN),
                        pub.headline_rule())  # fmt: skip


@router.get("/stats", response_class=HTMLResponse, include_in_schema=False)
def stats_page(
    request: Request,
    pub: Pub,
    at: Annotated[str, Query(max_length=10)] = "",
    known_at: Annotated[str, Query(max_length=10)] = "",
) -> HTMLResponse:
    day = parse_day(at, "at") or today()
    known = parse_day(known_at, "known_at")
    return render(request, "stats.html", stats_context(pub, day, known))
