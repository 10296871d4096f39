"""The home page: today's count, how it moved, the chart with published figures, and
the latest detentions and releases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from vigil.model import EventType, PartialDate, is_held
from vigil.publish import (
    FigureView,
    OrganisationCount,
    PersonSummary,
    Publication,
    RecentView,
    Step,
)
from vigil.status import Headline
from vigil.web.chart import LineChart, line_chart
from vigil.web.deps import Pub, today
from vigil.web.i18n import (
    BREAKDOWN_PARTS,
    FIGURE_CATEGORIES,
    format_day,
    label,
    person_name,
    place_name,
)
from vigil.web.i18n import gettext as _
from vigil.web.i18n import qualified as qualified_text
from vigil.web.render import render

router = APIRouter()

YEARS = 5
OUT_OF_SIGHT = 8  # held incommunicado longest, on the home page
RELEASES = (EventType.RELEASED, EventType.PARDONED, EventType.SENTENCE_COMPLETED, EventType.EXILED)


@dataclass(frozen=True, slots=True)
class FigureComparison:
    """A published figure beside the registry's count for its day."""

    figure: FigureView
    text: str  # "more than 1,400"
    day: dt.date | None
    registry_now: int | None
    registry_then: int | None


@dataclass(frozen=True, slots=True)
class HomeContext:
    today: dt.date
    held: int
    month_before: dt.date
    held_month_before: int
    series: list[tuple[dt.date, int]]
    chart: LineChart
    figures: list[FigureComparison]
    detentions: list[RecentView]
    releases: list[RecentView]
    headline: Headline  # whose count ``held`` is
    organisations: list[OrganisationCount]  # each organisation's own count today
    out_of_sight: list[PersonSummary]  # held incommunicado longest
    out_of_sight_total: int
    places: dict[str, dict[str, str]]

    def place(self, name: str | None) -> str:
        return place_name(name, self.places)

    @staticmethod
    def name(e: RecentView) -> str:
        return person_name(e.name, e.spellings)

    @property
    def change(self) -> int:
        return self.held - self.held_month_before

    @staticmethod
    def category(c: FigureComparison) -> str:
        return label(FIGURE_CATEGORIES, c.figure.category)

    @staticmethod
    def part(key: str) -> str:
        return label(BREAKDOWN_PARTS, key)


def _start(day: dt.date) -> dt.date:
    return dt.date(day.year - YEARS, day.month, 1)


def home_context(pub: Publication, day: dt.date) -> HomeContext:
    s = pub.summary(day)
    points = pub.series(_start(day), day, Step.MONTHLY)
    if not points or points[-1][0] != day:
        points.append((day, s.held))
    comparisons = []
    for view in pub.figures()[:50]:
        when = PartialDate.parse(view.as_of).earliest if view.as_of else None
        held = is_held(view.category) and when is not None
        comparisons.append(
            FigureComparison(
                view,
                qualified_text(view.value, view.qualifier),
                when,
                pub.count_at(when) if held and when else None,
                pub.count_at(when, when) if held and when else None,
            )
        )
    marks = [
        (c.day, c.figure.value,
         _("%(figure)s held, according to %(who)s (%(day)s)")
         % {"figure": c.text, "who": c.figure.attributed_to or c.figure.source_title,
            "day": format_day(c.day)}, c.figure.source_url)
        for c in comparisons
        if c.day is not None and is_held(c.figure.category)
    ]  # fmt: skip
    recent = pub.recent({"detentions": [EventType.DETAINED], "releases": RELEASES}, day, limit=8)
    sight = pub.out_of_sight(day, limit=OUT_OF_SIGHT)
    return HomeContext(
        today=day,
        held=s.held,
        month_before=_month_before(day),
        held_month_before=s.held_month_before,
        series=points,
        chart=line_chart(points, marks),
        figures=comparisons,
        detentions=recent["detentions"],
        releases=recent["releases"],
        headline=pub.headline_rule(),
        organisations=pub.organisation_counts(day),
        out_of_sight=sight.rows,
        out_of_sight_total=sight.total,
        places=pub.facility_spellings(),
    )


def _month_before(day: dt.date) -> dt.date:
    # The same day a month earlier, as ``vigil.stats.summary`` compares it.
    year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    while True:
        try:
            return day.replace(year=year, month=month)
        except ValueError:
            day -= dt.timedelta(days=1)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request, pub: Pub) -> HTMLResponse:
    return render(request, "home.html", home_context(pub, today()))
