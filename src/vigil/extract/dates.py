"""Date expressions in a clause, resolved against the publication date with precision.

We choose the spans ("on August 16", "in March 2021", "on Friday", "two months ago",
"for 527 days") with our own patterns and resolve them here; dateparser only reads a
"Month day[, year]" span we already cut out, never free text (its ``search_dates`` turns
durations into dates).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from vigil.extract.core.dating import count_back, first_matches, month_or_year, year_for
from vigil.extract.numbers import NUMBER, parse_number
from vigil.model import PartialDate

__all__ = ["FoundDate", "find_dates"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_ORD = r"(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, str]] = [
    ("mdy", rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}){_ORD}(?:,?\s+(?P<y>{_YEAR}))?\b"),
    ("dmy", rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b"),
    ("my", rf"\b(?P<m>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("m", rf"\b(?:in|since|from|until|by|late|early|mid-?|on|of)\s+(?P<m>{_MONTH})(?![\w-])"),
    ("y", rf"\b(?:in|since|from|until|by|during|before|after|of|early|late|mid-?)\s+"
          rf"(?:early\s+|late\s+|mid-?)?(?P<y>{_YEAR})\b(?![\d-]|,\d)"),
    ("y", rf"\b(?:in|after|during|since|before|following|at)\s+the\s+(?:[A-Z][\w’'-]*\s+){{0,3}}"
          rf"(?P<y>{_YEAR})\b(?![\d-]|,\d)"),  # "after the Charnobylski Shlyakh 2014"
    ("weekday", rf"\b(?:on|late|last|early|this)\s+(?P<w>{_WEEKDAY})\b"),
    # Wire style: "was arrested Tuesday", "said Thursday", "Friday's verdict".
    ("weekday", rf"\b(?P<w>{_WEEKDAY})\b"),
    ("yesterday", r"\byesterday\b"),
    ("today", r"\b(?:today|this morning|tonight|earlier today|earlier in the day)\b"),
    ("ago", rf"\b(?P<n>{NUMBER}|a|an|one)\s+(?P<u>days?|weeks?|months?|years?)\s+ago\b"),
    ("last", r"\blast\s+(?P<u>week|month|year)\b"),
    ("this", r"\b(?:earlier\s+)?this\s+(?P<u>week|month|year)\b"),
    # A duration counted back from another date of the sentence ("until November 2024 ...
    # kept in isolation for two years beforehand"): ``anchor_durations`` resolves it.
    ("before", rf"\bfor\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?P<n>{NUMBER}|a|an)"
               r"\s+(?P<u>days?|weeks?|months?|years?)\s+(?:beforehand|before\s+that|prior\s+to\s+that|"
               r"until\s+then|previously)\b"),
    ("for", rf"\bfor\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?P<n>{NUMBER}|a|an)"
            r"\s+(?P<u>days?|weeks?|months?|years?)\b(?!\s+(?:in|of)\s+(?:prison|jail))"),
]  # fmt: skip
_COMPILED = [(kind, re.compile(p, re.IGNORECASE if kind in {"ago", "last", "this", "for",
                                                            "before", "yesterday", "today"} else 0))
             for kind, p in _PATTERNS]  # fmt: skip
_COMPILED_BEFORE = next(p for kind, p in _COMPILED if kind == "before")


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    date: PartialDate | None  # None: the text gives no year and no publication date
    kind: str  # which pattern; "for" is a duration whose start date is computed
    text: str


def find_dates(text: str, published: dt.date | None, offset: int = 0) -> list[FoundDate]:
    """Every date expression in ``text`` (a clause or sentence), longest first wins."""
    found = [FoundDate(m.start() + offset, m.end() + offset, _resolve(kind, m, published), kind,
                       m.group(0)) for kind, m in first_matches(_COMPILED, text)]  # fmt: skip
    return _anchored(sorted(found, key=lambda d: d.start))


def _anchored(found: list[FoundDate]) -> list[FoundDate]:
    """ "for two years beforehand": counted back from the nearest other date given."""
    out: list[FoundDate] = []
    for d in found:
        if d.kind == "before":
            anchors = [a for a in found if a.date and a.kind not in {"for", "before"}]
            anchor = min(anchors, key=lambda a: abs(a.start - d.start), default=None)
            m = _COMPILED_BEFORE.search(d.text)
            if anchor and anchor.date and m:
                back = _back(anchor.date, m.group("n"), m.group("u"))
                out.append(FoundDate(d.start, d.end, back, d.kind, d.text))
                continue
        out.append(d)
    return out


def _back(anchor: PartialDate, number: str, unit: str) -> PartialDate | None:
    count = _count(number)
    unit = unit.lower().rstrip("s")
    if count is None:
        return None
    if unit in {"day", "week"}:
        if anchor.day is None or anchor.month is None:
            return None
        days = count * (7 if unit == "week" else 1)
        day = dt.date(anchor.year, anchor.month, anchor.day) - dt.timedelta(days=days)
        return PartialDate.of(day)
    months = count * (12 if unit == "year" else 1)
    if anchor.month is None:
        return PartialDate(anchor.year - months // 12) if months % 12 == 0 else None
    total = anchor.year * 12 + anchor.month - 1 - months
    return PartialDate(total // 12, total % 12 + 1)


def _resolve(kind: str, m: re.Match[str], published: dt.date | None) -> PartialDate | None:
    g = m.groupdict()
    try:
        if kind in {"mdy", "dmy"}:
            month = _MONTHS[g["m"].lower().rstrip(".")]
            year = int(g["y"]) if g.get("y") else year_for(month, published)
            if year is None:
                return None
            day = _parse_day(f"{g['m']} {g['d']} {year}")
            return PartialDate.of(day) if day else None
        if kind in {"my", "m", "y"}:
            named = _MONTHS[g["m"].lower().rstrip(".")] if kind != "y" else None
            return month_or_year(kind, g.get("y"), named, published)
        return _relative(kind, g, published)
    except (KeyError, ValueError):
        return None


def _relative(kind: str, g: dict[str, str], published: dt.date | None) -> PartialDate | None:
    if published is None:
        return None
    if kind == "weekday":
        back = (published.weekday() - _DAYS.index(g["w"].lower())) % 7
        return PartialDate.of(published - dt.timedelta(days=back))
    if kind == "yesterday":
        return PartialDate.of(published - dt.timedelta(days=1))
    if kind == "today":
        return PartialDate.of(published)
    unit = g["u"].lower().rstrip("s")
    if kind == "this":
        if unit == "year":
            return PartialDate(published.year)
        if unit == "month":
            return PartialDate(published.year, published.month)
        return None  # "earlier this week": no day to give
    if kind == "before":
        return None  # resolved against another date of the sentence, in ``_anchored``
    if kind == "last" and unit == "week":
        monday = published - dt.timedelta(days=published.weekday() + 7)
        sunday = monday + dt.timedelta(days=6)
        same = monday.month == sunday.month
        return PartialDate(monday.year, monday.month) if same else None
    count = 1 if kind == "last" else _count(g["n"])
    return None if count is None else count_back(published, count, unit)


def _count(text: str) -> int | None:
    if text.lower() in {"a", "an"}:
        return 1
    value = parse_number(text)
    return int(value) if value is not None and value.denominator == 1 else None


@cache
def _parse_day(text: str) -> dt.date | None:
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None
