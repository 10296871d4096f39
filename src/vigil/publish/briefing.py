"""The one-page briefing: what advocates send. The count on a day with whose recognition
it counts, its change over the month, its history, the detentions, releases, pardons
and deaths of the month, the longest held and the longest out of sight, and the
figures others published beside the registry's count as known then and now.

Built from a ``Publication`` only, so it shows what the public may see: a withheld
person is "name withheld" with dates to the month, and a small count is suppressed.
``vigil.web.briefing`` renders it as a page and as a PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vigil.model import EventType, PartialDate, is_held
from vigil.publish.cells import suppress_count
from vigil.publish.queries.persons import PersonQuery, PersonSort, StatusFilter
from vigil.publish.queries.stats import (
    longest_incommunicado,
    period_counts,
    recognizing_organizations,
)
from vigil.publish.reader import Publication, RecentView, Redirect
from vigil.publish.views import PersonDetail
from vigil.stats.counts import Step

__all__ = ["GROUPS", "Briefing", "BriefingPerson", "FigureBeside", "briefing"]

#: The kinds of event the briefing lists for its month, in its order.
GROUPS: dict[str, tuple[EventType, ...]] = {
    "detentions": (EventType.DETAINED,),
    "releases": (EventType.RELEASED, EventType.SENTENCE_COMPLETED, EventType.EXILED),
    "pardons": (EventType.PARDONED,),
    "deaths": (EventType.DIED_IN_CUSTODY,),
}
LISTED = 5  # names per list: the page must stay one page
HISTORY_MONTHS = 24
QUALIFIERS = {"exact": "", "more_than": ">", "at_least": "≥", "about": "~", "up_to": "≤"}


@dataclass(frozen=True, slots=True)
class BriefingPerson:
    person_id: int
    name: str
    name_withheld: bool
    since: str | None  # as precisely as the public may know it
    days: int | None  # None where it would give away a withheld person's exact date
    at_least: bool
    facility: str | None


@dataclass(frozen=True, slots=True)
class FigureBeside:
    """A figure a source published, beside the registry's count for its day."""

    value: int
    qualifier: str  # "more_than", ...
    day: dt.date
    said_by: str
    source_url: str
    registry_then: int  # as the registry knew it that day
    registry_now: int  # as it knows it now

    @property
    def text(self) -> str:
        return f"{QUALIFIERS.get(self.qualifier, '')}{self.value:,}"


@dataclass(frozen=True, slots=True)
class Briefing:
    at: dt.date
    held: int
    month_before: dt.date
    held_month_before: int
    recognized_by: list[str]  # whose recognitions the count rests on, most first
    series: list[tuple[dt.date, int]]  # the first of each month, then ``at``
    period_start: dt.date  # the month: from the day after ``month_before`` to ``at``
    counts: dict[str, int | None]  # per group; None: a small cell, suppressed
    events: dict[str, list[RecentView]]  # per group, the latest first
    longest_held: list[BriefingPerson]
    longest_out_of_sight: list[BriefingPerson]
    figures: list[FigureBeside]

    @property
    def change(self) -> int:
        return self.held - self.held_month_before


def _month_before(day: dt.date) -> dt.date:
    year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    while True:
        try:
            return day.replace(year=year, month=month)
        except ValueError:
            day -= dt.timedelta(days=1)


def _person(d: PersonDetail, since: str | None, days: int | None, at_least: bool) -> BriefingPerson:
    return BriefingPerson(d.id, d.name, d.name_withheld, since, days, at_least,
                          d.facility.name if d.facility else None)  # fmt: skip


def _details(pub: Publication, ids: list[int], at: dt.date) -> list[PersonDetail]:
    found = [pub.person(i, at) for i in ids]
    return [d for d in found if not isinstance(d, Redirect)]


def briefing(pub: Publication, at: dt.date) -> Briefing:
    """The briefing for ``at``, as the registry knows it now."""
    s = pub.summary(at)
    before = _month_before(at)
    start = before + dt.timedelta(days=1)
    first = dt.date(at.year - HISTORY_MONTHS // 12, at.month, 1)
    series = pub.series(first, at, Step.MONTHLY)
    if not series or series[-1][0] != at:
        series.append((at, s.held))
    m = pub.policy.min_cell
    raw = period_counts(pub.conn, GROUPS, start, at)
    counts = {name: suppress_count(n, m) for name, n in raw.items()}
    recent = pub.recent(GROUPS, at, limit=LISTED * 4)
    events = {name: [e for e in found if _within(e, start)][:LISTED]
              for name, found in recent.items()}  # fmt: skip
    held_query = PersonQuery(status=StatusFilter.POLITICAL_PRISONER, sort=PersonSort.HELD_SINCE,
                             per_page=LISTED)  # fmt: skip
    rows = pub.persons(held_query, "", at).rows
    since = {r.id: r.held_since for r in rows}
    longest = [_person(d, since.get(d.id), d.days_held, d.days_held_at_least)
               for d in _details(pub, [r.id for r in rows], at)]  # fmt: skip
    dark_ids = longest_incommunicado(pub.conn, at, limit=LISTED)
    dark = [_person(d, _since_out(d), d.days_incommunicado, d.days_incommunicado_at_least)
            for d in _details(pub, dark_ids, at)]  # fmt: skip
    figures = []
    for view in pub.figures():
        if not view.as_of or not is_held(view.category):
            continue
        day = PartialDate.parse(view.as_of).earliest
        if day > at:
            continue
        figures.append(
            FigureBeside(
                view.value,
                view.qualifier,
                day,
                view.attributed_to or view.source_title,
                view.source_url,
                pub.count_at(day, day),
                pub.count_at(day),
            )
        )
        if len(figures) == LISTED:
            break
    return Briefing(
        at=at,
        held=s.held,
        month_before=before,
        held_month_before=s.held_month_before,
        # Whose recognitions the headline counts; with any organisation's, the ones that
        # recognize most.
        recognized_by=list(pub.headline_rule().organisations)
        or [name for name, _ in recognizing_organizations(pub.conn)][:3],
        series=series,
        period_start=start,
        counts=counts,
        events=events,
        longest_held=longest,
        longest_out_of_sight=dark,
        figures=figures,
    )


def _within(e: RecentView, start: dt.date) -> bool:
    """An event of the month: its date may fall on or after ``start`` (a date known to
    the month only is listed when its month reaches into the period)."""
    return PartialDate.parse(e.date).latest >= start


def _since_out(d: PersonDetail) -> str | None:
    """The date of the incommunicado event that began the present spell out of sight."""
    spells = [e for e in d.events if e.type == EventType.INCOMMUNICADO.value and not e.superseded]
    return spells[-1].date if spells else None
