"""The date ladder: where an event's date comes from, in the order a pack tries them.

1. the structure: a date the parse attaches to the trigger ("detained on May 3");
2. the sentence: another date of the trigger's sentence;
3. a neighbouring sentence: the date of the same kind of event or of the same person
   one or two sentences away;
4. the publication date, for a news event the text gives no date for (never for a
   background sentence: "had been", "previously", "since").

The rung is data on the event (``DateSource``) and is rendered in the claim's reason
last; code never reads the reason back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from enum import Enum

from vigil.model import PartialDate

__all__ = [
    "UPDATE_STAMP",
    "DateSource",
    "count_back",
    "first_matches",
    "month_or_year",
    "update_day",
    "year_for",
]

# An update's time stamp opening a paragraph of a live post: "UPD (01:20):", "UPD 14:20:",
# "Update 09:15", "Обновлено в 01:20", "Абноўлена а 12:00".
UPDATE_STAMP = re.compile(
    r"(?:^|\n)\s*(?:UPD|Upd|UPDATE|Update|Обновлено|Дополнено|Абноўлена|Дапоўнена)\.?\s*"
    r"(?:в\s+|у\s+|а\s+|at\s+)?\(?(?P<h>[0-2]?\d)[:.](?P<m>[0-5]\d)\)?"
)


class DateSource(Enum):
    STRUCTURE = "date attached to the trigger by the parse"
    SENTENCE = "date from the trigger's sentence"
    NEIGHBOUR = "date carried from a neighbouring sentence"
    PUBLICATION = "publication date: the text gives no date for it"
    UPDATE = "publication date: told in a live post's update or its lead"
    ANNOUNCEMENT = "the date of the article's announcement of recognitions, told as news"
    NONE = "no date"


def first_matches(
    patterns: Sequence[tuple[str, re.Pattern[str]]], text: str
) -> Iterator[tuple[str, re.Match[str]]]:
    """The date expressions of ``text`` by a pack's (kind, pattern) rows: where two
    overlap, the row listed first wins."""
    taken: list[tuple[int, int]] = []
    for kind, pattern in patterns:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            yield kind, m


def count_back(published: dt.date, count: int, unit: str) -> PartialDate:
    """``count`` days, weeks, months or years (``unit``: "day", "week", "month", "year")
    before ``published``, to the precision of the unit ("527 days" a day, "16 years" a
    year)."""
    if unit == "day":
        return PartialDate.of(published - dt.timedelta(days=count))
    if unit == "week":
        return PartialDate.of(published - dt.timedelta(weeks=count))
    if unit == "month":
        total = published.year * 12 + published.month - 1 - count
        return PartialDate(total // 12, total % 12 + 1)
    return PartialDate(published.year - count)


def month_or_year(
    kind: str, year: str | None, month: int | None, published: dt.date | None
) -> PartialDate | None:
    """A date to the month ("my": "in May 2021"; "m": "in May", the latest May not after
    publication) or to the year ("y")."""
    if kind == "y" and year:
        return PartialDate(int(year))
    if month is None:
        return None
    if kind == "my" and year:
        return PartialDate(int(year), month)
    found = year_for(month, published) if kind == "m" else None
    return PartialDate(found, month) if found else None


def year_for(month: int, published: dt.date | None, day: int | None = None) -> int | None:
    """A month (or a day of it) without a year: the latest such month (day) not after
    publication."""
    if published is None:
        return None
    if day is not None and month == published.month:
        return published.year if day <= published.day else published.year - 1
    return published.year if month <= published.month else published.year - 1


def update_day(text: str, at: int, published: dt.date | None) -> dt.date | None:
    """The day of an undated event at offset ``at`` of a live post: in a paragraph an
    update stamp opens, the publication date, or the day after it for a stamp between
    00:00 and 05:59 ("UPD (01:20): police release the detainees"); before the post's
    first stamp, the publication date (the post's lead). None elsewhere, or with no
    stamps or no publication date."""
    if published is None:
        return None
    stamps = list(UPDATE_STAMP.finditer(text))
    if not stamps:
        return None
    if at < stamps[0].start():
        return published
    stamp = [m for m in stamps if m.start() <= at][-1]
    if "\n\n" in text[stamp.end() : at]:
        return None  # another paragraph: background after the updates
    return published + dt.timedelta(days=1) if int(stamp.group("h")) < 6 else published
