"""Geometry of the charts drawn as server-side SVG: readable without JavaScript.

The templates draw what these functions compute; no markup is built here, so every
label goes through the template's autoescaping.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from vigil.web.i18n import format_number

__all__ = ["BarRow", "LineChart", "Mark", "bars", "line_chart", "nice_ceiling"]


@dataclass(frozen=True, slots=True)
class Mark:
    """A point on the chart: a label, and a link for a published figure."""

    x: float
    y: float
    label: str
    href: str | None = None


@dataclass(frozen=True, slots=True)
class LineChart:
    width: int
    height: int
    left: int
    top: int
    right: int
    bottom: int
    line: str  # the points attribute of the polyline
    area: str  # the points attribute of the filled polygon under it
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    figures: list[Mark]
    last: Mark | None


def nice_ceiling(value: int) -> int:
    """The smallest round number (1, 2 or 5 times a power of ten) not below ``value``."""
    if value <= 0:
        return 10
    magnitude = 1
    while magnitude * 10 <= value:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= value:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def line_chart(
    series: Sequence[tuple[dt.date, int]],
    figures: Sequence[tuple[dt.date, int, str, str]],
    *,
    width: int = 760,
    height: int = 320,
) -> LineChart:
    """A line for ``series`` (day, count) with ``figures`` (day, value, label, href) as
    points; the figures outside the series' dates are left out."""
    left, right, top, bottom = 56, 16, 16, 32
    plot_w, plot_h = width - left - right, height - top - bottom
    if not series:
        return LineChart(width, height, left, top, right, bottom, "", "", [], [], [], None)
    first, last_day = series[0][0], series[-1][0]
    span = max(1, (last_day - first).days)
    shown = [f for f in figures if first <= f[0] <= last_day]
    peak = nice_ceiling(max([n for _, n in series] + [f[1] for f in shown]))

    def x(day: dt.date) -> float:
        return round(left + plot_w * (day - first).days / span, 1)

    def y(value: int) -> float:
        return round(top + plot_h * (1 - value / peak), 1)

    line = " ".join(f"{x(d)},{y(n)}" for d, n in series)
    base = top + plot_h
    area = f"{x(first)},{base} {line} {x(last_day)},{base}"
    y_ticks = [(y(peak * i // 4), format_number(peak * i // 4)) for i in range(5)]
    years = sorted({d.year for d, _ in series if d.month == 1})
    x_ticks = [(x(dt.date(year, 1, 1)), str(year)) for year in years]
    marks = [Mark(x(d), y(v), label, href) for d, v, label, href in shown]
    end_day, end_n = series[-1]
    last = Mark(x(end_day), y(end_n), format_number(end_n))
    return LineChart(width, height, left, top, right, bottom, line, area, x_ticks, y_ticks,
                     marks, last)  # fmt: skip


@dataclass(frozen=True, slots=True)
class BarRow:
    label: str
    count: int
    percent: float  # of the largest group, for the bar's length
    text: str = ""  # the count as published ("<5" for a suppressed small cell)


def bars(groups: Sequence[tuple[str, int]], texts: Sequence[str] | None = None) -> list[BarRow]:
    top = max((n for _, n in groups), default=0) or 1
    shown = texts or [format_number(n) for _, n in groups]
    return [BarRow(label, n, round(100 * n / top, 1), text)
            for (label, n), text in zip(groups, shown, strict=True)]  # fmt: skip
