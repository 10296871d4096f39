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

__all__ = ["FoundDate", "find_dates", "last_told", "narrative_anchor", "shifted"]

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

_IN = r"(?i:in|since|from|until|by|late|early|mid-?|on|of)"  # any case: "In March, ..."
_PART = r"(?i:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"\
        r"the\s+middle\s+of)\s+|mid-)?"  # fmt: skip
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_PATTERNS: list[tuple[str, str]] = [
    # "Friday, March 1": the day written out wins over its weekday
    ("mdy", rf"\b(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}){_ORD}"
            rf"(?:,?\s+(?P<y>{_YEAR}))?\b"),
    ("dmy", rf"\b(?:{_WEEKDAY},?\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{_MONTH})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?\b"),
    # "03.03.2023" (day first, as Belarusian and Russian sources write it), "2023-03-03"
    ("dmy", rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.(?P<y>{_YEAR})(?![\d.]\d)"),
    ("dmy", rf"(?<![\d-])(?P<y>{_YEAR})-(?P<mn>\d{{2}})-(?P<d>\d{{2}})(?![\d-])"),
    ("my", rf"\b(?P<m>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    # "in June last year", "in January this year"; "last September"
    ("mrel", rf"\b(?P<m>{_MONTH})\s+(?:of\s+)?(?P<r>(?i:last|this))\s+(?i:year)\b"),
    ("lastm", rf"\b(?i:last)\s+(?P<m>{_MONTH})(?![\w-])"),
    ("m", rf"\b{_IN}\s+{_PART}(?P<m>{_MONTH})(?![\w-])"),
    ("y", rf"\b(?:{_IN}|(?i:by|during|before|after|early|late|mid-?))\s+"
          rf"(?:(?i:early|late|mid-?)\s*)?(?P<y>{_YEAR})\b(?![\d-]|,\d)"),
    # "after the Charnobylski Shlyakh 2014"
    ("y", rf"\b(?i:in|after|during|since|before|following|at|by)\s+the\s+"
          rf"(?:[A-Z][\w’'-]*\s+){{0,3}}(?P<y>{_YEAR})\b(?![\d-]|,\d)"),
    # "in the summer of 2021", "autumn 2020", "at the end of 2020"
    ("y", rf"\b(?:(?:{_PART}){_SEASON}|(?i:end|beginning|start|middle|turn|first\s+half|"
          rf"second\s+half))\s+(?:of\s+)?(?P<y>{_YEAR})\b(?![\d-]|,\d)"),
    ("lastw", rf"\b(?i:last)\s+(?P<w>{_WEEKDAY})\b"),
    ("weekday", rf"\b(?:on|late|early|this)\s+(?P<w>{_WEEKDAY})\b"),
    # Wire style: "was arrested Tuesday", "said Thursday", "Friday's verdict".
    ("weekday", rf"\b(?P<w>{_WEEKDAY})\b"),
    ("yesterday", r"\b(?:yesterday|last\s+night)\b"),  # "released around 10 p.m. last night"
    ("today", r"\b(?:today|this morning|tonight|earlier today|earlier in the day)\b"),
    ("ago", rf"\b(?P<n>{NUMBER}|a|an|one)\s+(?P<u>days?|weeks?|months?|years?)\s+ago\b"),
    ("last", r"\blast\s+(?P<u>week|month|year)\b"),
    ("this", r"\b(?:earlier\s+)?this\s+(?P<u>week|month|year)\b"),
    # A duration counted back from another date of the sentence ("until November 2024 ...
    # kept in isolation for two years beforehand"): ``anchor_durations`` resolves it.
    # "three days later", "the next day", "the same day": from the date told before (``_later``)
    # ("two days after his arrest": from the date told before, the arrest's in a story)
    ("later", rf"\b(?:(?P<n>{NUMBER}|a|an|one)\s+(?P<u>days?|weeks?|months?|years?)\s+"
              r"(?:later|after\s+(?:his|her|their)\s+(?:arrest|detention))"
              r"|the\s+(?:next|following)\s+(?P<nu>day|week|month|year)"
              r"|(?P<same>the\s+same\s+day|that\s+same\s+day))\b"),
    ("before", rf"\bfor\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?P<n>{NUMBER}|a|an)"
               r"\s+(?P<u>days?|weeks?|months?|years?)\s+(?:beforehand|before\s+that|prior\s+to\s+that|"
               r"until\s+then|previously)\b"),
    ("for", rf"\bfor\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|the\s+(?:past|last)\s+)?"
            rf"(?P<n>{NUMBER}|a|an)\s+(?P<u>days?|weeks?|months?|years?)\b"
            r"(?!\s+(?:in|of)\s+(?:prison|jail))"),
]  # fmt: skip
_COMPILED = [(kind, re.compile(p, re.IGNORECASE if kind in {"ago", "last", "this", "for", "later",
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


def find_dates(
    text: str,
    published: dt.date | None,
    offset: int = 0,
    before: FoundDate | None = None,
    last: FoundDate | None = None,
    *,
    relative_years: bool = False,
) -> list[FoundDate]:
    """Every date expression in ``text`` (a clause or sentence), longest first wins.

    A month or day written without a year takes the year of the narrative
    (``_narrative_years``): of a date with one given before it in ``text``, else of
    ``before`` (the sentence before's, ``narrative_anchor``). "Three days later" counts
    from the date told before it in ``text``, else from ``last`` (the sentence before's
    last date)."""
    found = [FoundDate(m.start() + offset, m.end() + offset, _resolve(kind, m, published), kind,
                       m.group(0)) for kind, m in first_matches(_COMPILED, text)]  # fmt: skip
    found = _anchored(sorted(found, key=lambda d: d.start))
    if relative_years and published is not None:
        found = _day_of_relative_year(found, text, offset, published)
    return _later(_narrative_years(found, text, offset, before, published), last)


_RELATIVE_YEAR = re.compile(r",?\s+(?P<r>last|this|next)\s+year\b", re.IGNORECASE)


def _day_of_relative_year(
    found: list[FoundDate], text: str, offset: int, published: dt.date
) -> list[FoundDate]:
    """ "arrested on March 20 last year", "on 5 May this year": the day of the year the
    words name, counted from publication (en.v2 asks for it; v1 read the day alone)."""
    out: list[FoundDate] = []
    for d in found:
        if out and out[-1].start <= d.start < out[-1].end:
            continue  # the "last year" read as a date of its own
        m = _RELATIVE_YEAR.match(text, d.end - offset)
        if not (m and d.kind in {"mdy", "dmy"} and d.date and d.date.day) or re.search(
            r"\d{4}", d.text
        ):
            out.append(d)
            continue
        shift = {"last": -1, "this": 0, "next": 1}[m.group("r").lower()]
        day = PartialDate(published.year + shift, d.date.month, d.date.day)
        out.append(FoundDate(d.start, m.end() + offset, day, d.kind, d.text + m.group(0)))
    return out


def last_told(found: list[FoundDate]) -> FoundDate | None:
    """The last date of a sentence a "later" of the next one may count from: its last day,
    where it names one ("upheld on Thursday the sentence of X, convicted in August. Y lost
    her appeal the same day": Thursday), else its last date."""
    told = [d for d in found if d.date and d.kind not in {"for", "before"}]
    days = [d for d in told if d.date is not None and d.date.day is not None]
    last = days or told
    return last[-1] if last else None


def _later(found: list[FoundDate], last: FoundDate | None) -> list[FoundDate]:
    """ "detained on 3 March ... three days later": 6 March; "a year later": the year
    after, to the precision the words give."""
    out: list[FoundDate] = []
    anchor = last if last is not None and last.kind not in {"for", "before"} else None
    for d in found:
        if d.kind == "later":
            m = next(p for kind, p in _COMPILED if kind == "later").match(d.text)
            date = _after(anchor.date, m) if anchor and anchor.date and m else None
            d = FoundDate(d.start, d.end, date, d.kind, d.text)  # noqa: PLW2901
        out.append(d)
        if d.date and d.kind not in {"for", "before"}:
            anchor = d
    return out


def _after(anchor: PartialDate, m: re.Match[str]) -> PartialDate | None:
    if m.group("same"):
        return anchor
    count = 1 if m.group("nu") else _count(m.group("n"))
    unit = (m.group("nu") or m.group("u")).lower().rstrip("s")
    if count is None:
        return None
    if unit == "year":
        return PartialDate(anchor.year + count)  # "a year later": to the year
    return _shift(anchor, count, unit)


def narrative_anchor(found: list[FoundDate], text: str, offset: int = 0) -> FoundDate | None:
    """The last date of a sentence that names its year and is not a "since" (a state that
    began then says nothing of when later events happened) nor an end ("extended his
    detention until 30 January 2024": a date to come)."""
    return next((d for d in reversed(found) if _names_year(d) and not _since(d, text, offset)
                 and not _until(d, text, offset)), None)  # fmt: skip


def _until(d: FoundDate, text: str, offset: int) -> bool:
    start = d.start - offset
    return d.text.lower().startswith(("until", "till")) or bool(
        re.search(r"\b(?:until|till|through)\s+$", text[max(0, start - 12) : start],
                  re.IGNORECASE))  # fmt: skip


def _names_year(d: FoundDate) -> bool:
    """A date of an event that names its year: not "the 2019 protests" ("during the 2019"),
    a year that describes a noun."""
    return (d.date is not None and d.kind in {"mdy", "dmy", "my", "y"}
            and bool(re.search(_YEAR, d.text)) and not _ATTRIBUTIVE.match(d.text))  # fmt: skip


_ATTRIBUTIVE = re.compile(r"\w+\s+the\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:19|20)\d\d$")


def _since(d: FoundDate, text: str, offset: int) -> bool:
    start = d.start - offset
    return d.text.lower().startswith("since") or bool(
        re.search(
            r"\bsince\s+(?:[^\s,;.]+\s+){0,3}$", text[max(0, start - 30) : start], re.IGNORECASE
        )
    )  # "since 2020", "since his arrest on 10 June 2021"


def _narrative_years(
    found: list[FoundDate],
    text: str,
    offset: int,
    before: FoundDate | None,
    published: dt.date | None = None,
) -> list[FoundDate]:
    """ "arrested in June 2022 and sentenced in December": December 2022, not the latest
    December before publication. A month (day) without a year after a date that names one
    takes that year when it does not come before it in the calendar. After a year alone,
    a month (day) of the last two months before publication is that recent one: "convicted
    in absentia in 2024 and detained on 2 December" said on 11 December 2025, "released in
    2024 ... detained again in January" said in February 2026 (news tells the recent)."""
    out: list[FoundDate] = []
    anchor = before
    for found_date in found:
        d = found_date
        if (
            d.kind in {"m", "mdy", "dmy"}
            and not re.search(_YEAR, d.text)
            and anchor is not None
            and not _recent(d, anchor, published)
        ):
            d = _in_year(d, anchor)
        out.append(d)
        if _names_year(d) and not _since(d, text, offset) and not _until(d, text, offset):
            anchor = d
    return out


# How many days before publication a month or day without a year, after a year alone, is
# read as the recent one rather than one in that year.
_RECENT_DAYS = 62


def _recent(d: FoundDate, anchor: FoundDate, published: dt.date | None) -> bool:
    """``d`` (read as the latest such month or day not after publication) lies within
    ``_RECENT_DAYS`` before ``published``, and ``anchor`` names a year alone, an earlier one."""
    if published is None or d.date is None or anchor.date is None or anchor.date.month:
        return False
    if d.date.year <= anchor.date.year:
        return False
    start = dt.date(d.date.year, d.date.month or 1, d.date.day or 1)
    return (published - start).days <= _RECENT_DAYS


def _in_year(d: FoundDate, anchor: FoundDate) -> FoundDate:
    assert anchor.date is not None
    m = next((p.match(d.text) for kind, p in _COMPILED if kind == d.kind and p.match(d.text)),
             None)  # fmt: skip
    if m is None:
        return d
    month = _MONTHS[m.group("m").lower().rstrip(".")]
    day = int(m.group("d")) if d.kind != "m" else None
    year, after = anchor.date.year, anchor.date.month
    if after is not None and (month, day or 31) < (after, anchor.date.day or 1):
        return d  # "in June 2022 ... in February": which February is not said
    if d.date is not None and d.date.year == year:
        return d
    if day is None:
        return FoundDate(d.start, d.end, PartialDate(year, month), d.kind, d.text)
    try:
        return FoundDate(d.start, d.end, PartialDate.of(dt.date(year, month, day)), d.kind, d.text)
    except ValueError:
        return d


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
    return None if count is None else _shift(anchor, -count, unit.lower().rstrip("s"))


def shifted(anchor: PartialDate, words: str, unit: str, sign: int) -> PartialDate | None:
    """``anchor`` moved by a span of time written in words ("a", "two", "10") of ``unit``
    ("day", "weeks", ...), back when ``sign`` is negative; None where the anchor is too
    coarse for the unit or the words are no count."""
    count = _count(words)
    unit = unit.lower().rstrip("s")
    if count is None or unit not in {"day", "week", "month", "year"}:
        return None
    return _shift(anchor, sign * count, unit)


def _shift(anchor: PartialDate, count: int, unit: str) -> PartialDate | None:
    """``anchor`` moved by ``count`` (negative: back) days, weeks, months or years, at
    the anchor's precision; None where the anchor is too coarse for the unit."""
    if unit in {"day", "week"}:
        if anchor.day is None or anchor.month is None:
            return None
        days = count * (7 if unit == "week" else 1)
        return PartialDate.of(dt.date(anchor.year, anchor.month, anchor.day) + dt.timedelta(days))
    months = count * (12 if unit == "year" else 1)
    if anchor.month is None:
        return PartialDate(anchor.year + months // 12) if months % 12 == 0 else None
    total = anchor.year * 12 + anchor.month - 1 + months
    return PartialDate(total // 12, total % 12 + 1)


def _resolve(kind: str, m: re.Match[str], published: dt.date | None) -> PartialDate | None:
    g = m.groupdict()
    try:
        if kind in {"mdy", "dmy"}:
            month = int(g["mn"]) if g.get("mn") else _MONTHS[g["m"].lower().rstrip(".")]
            year = int(g["y"]) if g.get("y") else year_for(month, published, int(g["d"]))
            if year is None:
                return None
            if g.get("mn"):
                return PartialDate.of(dt.date(year, month, int(g["d"])))
            day = _parse_day(f"{g['m']} {g['d']} {year}")
            return PartialDate.of(day) if day else None
        if kind in {"my", "m", "y"}:
            named = _MONTHS[g["m"].lower().rstrip(".")] if kind != "y" else None
            return month_or_year(kind, g.get("y"), named, published)
        if kind in {"mrel", "lastm"}:
            return _month_before(kind, g, published)
        if kind == "later":
            return None  # counted from the date told before it, in ``_later``
        return _relative(kind, g, published)
    except (KeyError, ValueError):
        return None


def _month_before(kind: str, g: dict[str, str], published: dt.date | None) -> PartialDate | None:
    """ "in June last year", "in January this year"; "last September": the latest
    September before the publication's month."""
    if published is None:
        return None
    month = _MONTHS[g["m"].lower().rstrip(".")]
    if kind == "mrel":
        return PartialDate(published.year - (g["r"].lower() == "last"), month)
    return PartialDate(published.year - (month >= published.month), month)


def _relative(kind: str, g: dict[str, str], published: dt.date | None) -> PartialDate | None:
    if published is None:
        return None
    if kind in {"weekday", "lastw"}:
        back = (published.weekday() - _DAYS.index(g["w"].lower())) % 7
        if kind == "lastw" and back == 0:
            back = 7  # "last Friday", said on a Friday: a week before
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
        monday = published - dt.timedelta(days=published.weekday())
        return (
            PartialDate(published.year, published.month)
            if monday.month == published.month
            else None
        )  # "earlier this week": the month, when the week so far lies in one
    if kind == "before":
        return None  # resolved against another date of the sentence, in ``_anchored``
    if kind == "last" and unit == "week":
        monday = published - dt.timedelta(days=published.weekday() + 7)
        sunday = monday + dt.timedelta(days=6)
        same = monday.month == sunday.month
        return PartialDate(monday.year, monday.month) if same else None
    count = 1 if kind == "last" else _count(g["n"])
    if count is None:
        return None
    if kind == "for" and unit == "year":
        # a time held up to publication, counted back to the month ("in pre-trial
        # detention for over two years", published April 2023: since April 2021)
        return count_back(published, 12 * count, "month")
    return count_back(published, count, unit)


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
