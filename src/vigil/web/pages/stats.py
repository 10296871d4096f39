"""The statistics page: the count on a day (as known now or then), breakdowns and
monthly flows of detentions, releases and pardons."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection

from vigil.stats import Summary, summary
from vigil.store.counts import BreakdownField, breakdown
from vigil.store.public_stats import Flow, monthly_flows
from vigil.web.chart import BarRow, bars
from vigil.web.deps import Conn, parse_day, today
from vigil.web.render import render

router = APIRouter()

FLOW_MONTHS = 24


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
    flows: list[Flow]
    flow_peak: int


def months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def stats_context(conn: Connection, at: dt.date, known_at: dt.date | None) -> StatsContext:
    groups = [Breakdown(f.value, bars(breakdown(conn, at, f, known_at))) for f in BreakdownField]
    flows = monthly_flows(conn, months_back(at, FLOW_MONTHS - 1), at)
    peak = max((max(f.detained, f.released, f.pardoned) for f in flows), default=0)
    return StatsContext(at, known_at, summary(conn, at, known_at=known_at), groups,
                        list(reversed(flows)), peak or 1)  # fmt: skip


@router.get("/stats", response_class=HTMLResponse, include_in_schema=False)
def stats_page(
    request: Request,
    conn: Conn,
    at: Annotated[str, Query(max_length=10)] = "",
    known_at: Annotated[str, Query(max_length=10)] = "",
) -> HTMLResponse:
    day = parse_day(at, "at") or today()
    known = parse_day(known_at, "known_at")
    return render(request, "stats.html", stats_context(conn, day, known))
