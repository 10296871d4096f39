"""Dates as lists write them: ``12.03.2021``, ``2021-03-12``, Excel date cells,
``14-Mar-2021``, ``3 May 2023``, ``март 2021``, ``сакавік 2021``, ``12 марта 2021 г.``,
``~2020``, ``около 2020``, ``1985 г.р.``: each as a ``PartialDate`` no more precise than
written."""

from __future__ import annotations

import datetime as dt
import re

from vigil.errors import InvalidInput
from vigil.model import PartialDate

__all__ = ["find_dates", "parse_date"]

# Month stems: English, Russian and Belarusian, every case form starts with its stem.
_MONTHS: tuple[tuple[str, int], ...] = (
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("май", 5), ("мая", 5),
    ("мае", 5), ("июн", 6), ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10),
    ("ноябр", 11), ("декабр", 12),
    ("студзен", 1), ("студзен", 1), ("лют", 2), ("сакав", 3), ("красав", 4), ("траўн", 5),
    ("травен", 5), ("чэрвен", 6), ("ліпен", 7), ("ліпн", 7), ("жнів", 8), ("жніў", 8),
    ("верас", 9), ("кастрыч", 10), ("лістапад", 11), ("снеж", 12),
)  # fmt: skip

_ESTIMATE = re.compile(
    r"^(~|около|примерно|приблизительно|каля|прыблізна|about|approx\.?|approximately"
    r"|circa|c\.|ca\.)\s*",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"\s*(г\.?\s*р\.?|г\.?|гг\.?|года?|году|гадоў|гады|born|b\.|year)\s*$", re.IGNORECASE
)
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_MY = re.compile(r"^(\d{1,2})[./](\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_WORDS = re.compile(r"^(?:(\d{1,2})[\s-]+)?([^\W\d_]+)\.?[\s,-]+(\d{4})$")


def _month(word: str) -> int | None:
    clean = word.casefold()
    for stem, number in _MONTHS:
        if clean.startswith(stem):
            return number
    return None


def _unreadable(text: str) -> InvalidInput:
    return InvalidInput(
        f"{text!r} is not a date", hint="write e.g. 12.03.2021, March 2021, 2021 or ~2020"
    )


def parse_date(cell: str | dt.date | None) -> PartialDate | None:
    """A date cell as a PartialDate; None for a blank; an unreadable date is an error."""
    if cell is None:
        return None
    if isinstance(cell, dt.date):
        return PartialDate.of(cell)
    text = " ".join(cell.split()).strip(" ,;")
    if not text or text in {"-", "—", "–", "?", "n/a", "N/A", "нет", "неизвестно", "невядома"}:
        return None
    estimate = False
    bare = _ESTIMATE.sub("", text)
    if bare != text:
        estimate, text = True, bare
    if text.endswith("?"):
        estimate, text = True, text[:-1].strip()
    text = _TAIL.sub("", text).strip()
    try:
        if m := _DMY.match(text):
            return PartialDate(int(m[3]), int(m[2]), int(m[1]), estimate)
        if m := _YMD.match(text):
            return PartialDate(int(m[1]), int(m[2]), int(m[3]) if m[3] else None, estimate)
        if m := _MY.match(text):
            return PartialDate(int(m[2]), int(m[1]), None, estimate)
        if m := _YEAR.match(text):
            return PartialDate(int(m[1]), None, None, estimate)
        if m := _WORDS.match(text):
            month = _month(m[2])
            if month is not None:
                day = int(m[1]) if m[1] else None
                return PartialDate(int(m[3]), month, day, estimate)
    except InvalidInput:
        raise _unreadable(cell) from None
    raise _unreadable(cell)


_IN_TEXT = re.compile(
    r"\d{1,2}[./]\d{1,2}[./]\d{4}"
    r"|\b\d{1,2}[./]\d{4}\b"
    r"|\d{4}-\d{2}-\d{2}"
    r"|(?:\d{1,2}[\s-]+)?[^\W\d_]{3,}\.?[\s,-]+\d{4}"
    r"|\b\d{4}\b",
)


def find_dates(text: str) -> list[PartialDate]:
    """The dates a note writes ("Освобождён 12.05.2023 по отбытии срока"), in order."""
    found: list[PartialDate] = []
    for match in _IN_TEXT.finditer(text):
        piece = match.group(0)
        try:
            date = parse_date(piece)
        except InvalidInput:
            # "on 3 May 2023": the word before the day may have been taken as a month
            tail = re.search(r"\d{1,2}[\s-]+[^\W\d_]{3,}\.?[\s,-]+\d{4}$", piece)
            date = None
            if tail:
                try:
                    date = parse_date(tail.group(0))
                except InvalidInput:
                    date = None
        if date is not None:
            found.append(date)
    return found
