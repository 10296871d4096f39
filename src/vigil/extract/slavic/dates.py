"""Date expressions in Russian and Belarusian, resolved against the publication date.

We cut the spans with our own patterns ("28 апреля 2022 года", "в декабре 2021 года",
"у пятніцу", "два месяца назад", "сёння") and resolve them here: a day and month go to
dateparser (``languages=["ru"]`` or ``["be"]``, ``RELATIVE_BASE`` the publication date),
the rest by the month table and calendar arithmetic. dateparser never reads free text.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from itertools import pairwise

from vigil.extract.core.dating import count_back, first_matches, month_or_year, year_for
from vigil.extract.dates import FoundDate
from vigil.extract.slavic.numerals import NUMBER, parse_number, trie_regex
from vigil.model import PartialDate

__all__ = ["duration_start", "find_dates", "held_so_far", "same_year"]

_MONTH_FORMS = {
    1: "январь января январе студзень студзеня студзені",
    2: "февраль февраля феврале люты лютага лютым",
    3: "март марта марте сакавік сакавіка сакавіку",
    4: "апрель апреля апреле красавік красавіка красавіку",
    5: "май мая мае травень траўня траўні",
    6: "июнь июня июне чэрвень чэрвеня чэрвені",
    7: "июль июля июле ліпень ліпеня ліпені",
    8: "август августа августе жнівень жніўня жніўні",
    9: "сентябрь сентября сентябре верасень верасня верасні верасьня верасьні",
    10: "октябрь октября октябре кастрычнік кастрычніка кастрычніку",
    11: "ноябрь ноября ноябре лістапад лістапада лістападзе",
    12: "декабрь декабря декабре снежань снежня снежні сьнежань сьнежня сьнежні",
}
_MONTHS = {form: n for n, forms in _MONTH_FORMS.items() for form in forms.split()}
_MONTH = trie_regex(list(_MONTHS))
_WEEKDAYS = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
    "воскресенье": 6, "панядзелак": 0, "аўторак": 1, "сераду": 2, "чацвер": 3,
    "пятніцу": 4, "суботу": 5, "нядзелю": 6,
}  # fmt: skip
_WEEKDAY = trie_regex(list(_WEEKDAYS))
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_YEAR_WORD = r"(?:\s*(?:г\.|гг\.|года|году|годзе|год|гады)(?!\w))"
_IN = r"(?:в|во|у|ў|с|со|з|до|да|к|па|по|на|начиная\s+с|пачынаючы\s+з)"
_PART = r"(?:(?:начале|конце|середине|пачатку|канцы|сярэдзіне)\s+)"
_SEASON = r"(?:летом|зимой|весной|осенью|влетку|летам|зімой|вясной|увосень|восенню)"
_UNIT = (
    r"(?P<u>дн(?:я|ей|ень)|дзён|дзень|дні|сут(?:ок|ки)|недел[иьюя]|тыдн(?:яў|і|ень)|тыдзень|"
    r"месяц(?:а|ев|ы|аў)?|год(?:а|у)?|лет|гад(?:оў|ы|а)?)"
)
_AGO = r"(?:назад|таму|тому\s+назад)"
_ONE = frozenset(["день", "дзень", "сутки", "неделю", "тыдзень", "месяц", "год"])

# Verbs of time spent held, and the states that last ("за решёткой", "без связи").
# A past verb counts up to now only with "уже" ("уже отсидевший 16 лет"; not "провел в
# заключении пять лет", a time that may have ended); a present one always.
_PAST = (
    r"(?:отсидел\w*|отсидевш\w*|провел\w*|провёл\w*|проведш\w*|адседзеў\w*|адседзел\w*|"
    r"правёў|правяла|правёўшы|правялі)"
)
_SERVED = (
    rf"(?:(?:уже|[уў]жо)\s+{_PAST}|{_PAST}\s+(?:уже|[уў]жо)|находится|находящ\w*|"
    rf"знаходзіцца|знаходзяцца|находятся)"
)
_HELD = (
    r"(?:без\s+связи|без\s+сувязі|без\s+сувязи|в\s+изоляции|у\s+ізаляцыі|ў\s+ізаляцыі|"
    r"за\s+решётк(?:ой|ами)|за\s+решетк(?:ой|ами)|за\s+кратамі|за\s+ґратамі|за\s+гратамі|"
    r"в\s+заключении|у\s+зняволенні|ў\s+зняволенні|в\s+неволе|у\s+няволі|ў\s+няволі|"
    r"в\s+колонии|в\s+тюрьме|у\s+турме|ў\s+турме|в\s+СИЗО|у\s+СІЗА|ў\s+СІЗА)"
)
_REL_YEAR = (
    r"(?:(?P<this>сёлета|в\s+этом\s+году|этого\s+года|гэтага\s+года|[уў]\s+гэтым\s+годзе)|"
    r"(?P<last>летась|в\s+прошлом\s+году|прошлого\s+года|мінулага\s+года|"
    r"[уў]\s+мінулым\s+годзе))"
)
_SAME = r"(?:того\s+же|этого\s+же|таго\s+ж|гэтага\s+ж)\s+года"
_PATTERNS: list[tuple[str, str]] = [
    # "в декабре того же года": the year of a date given before (``same_year``)
    ("same", rf"(?<!\w)(?:(?P<d>\d{{1,2}})\s+|{_IN}\s+{_PART}?)(?P<m>{_MONTH})\s+{_SAME}"),
    # "25 чэрвеня сёлета", "в марте прошлого года": the year said in words
    ("dmy", rf"(?<!\d)(?P<d>\d{{1,2}})(?:-?(?:го|га))?\s+(?P<m>{_MONTH})\s+{_REL_YEAR}(?!\w)"),
    ("m", rf"(?<!\w){_IN}\s+{_PART}?(?P<m>{_MONTH})\s+{_REL_YEAR}(?!\w)"),
    ("dmy", rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.(?P<y>{_YEAR})(?!\d)"),
    ("dmy", rf"(?<!\d)(?P<d>\d{{1,2}})(?:-?(?:го|га))?\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR})"
            rf"{_YEAR_WORD}?)?(?!\w)"),
    ("my", rf"(?:(?<!\w){_IN}\s+{_PART}?)?(?P<m>{_MONTH})\s+(?P<y>{_YEAR}){_YEAR_WORD}?(?!\w)"),
    ("m", rf"(?<!\w){_IN}\s+{_PART}?(?P<m>{_MONTH})(?!\w)"),
    # "в 2020-м году", "в 2020‑м" (the ordinal alone, any hyphen), "с 2020-го"
    ("y", rf"(?<!\w)(?:{_IN}\s+{_PART}?|{_SEASON}\s+)(?P<y>{_YEAR})"
          rf"(?:[-‑–]?(?:м|го|га){_YEAR_WORD}?|{_YEAR_WORD})(?!\w)"),
    ("y", rf"(?<![\w.])(?P<y>{_YEAR}){_YEAR_WORD}(?!\w)"),
    ("weekday", rf"(?<!\w)(?:в|во|у|ў)\s+(?P<prev>прошл\w+\s+|мінул\w+\s+)?"
                rf"(?P<w>{_WEEKDAY})(?!\w)"),
    ("yesterday", r"(?<!\w)(?P<b>позавчера|пазаўчора|вчера|учора|ўчора)(?!\w)"),
    ("today", r"(?<!\w)(?:сегодня|сёння|сёньня|этой\s+ночью|гэтай\s+ноччу)(?!\w)"),
    ("ago", rf"(?<!\w)(?:(?P<n>{NUMBER})\s+)?{_UNIT}\s+{_AGO}(?!\w)"),
    ("last", r"(?<!\w)(?:на\s+прошлой\s+(?P<u1>неделе)|в\s+прошлом\s+(?P<u2>месяце|году)|"
             r"на\s+мінулым\s+(?P<u3>тыдні)|(?:у|ў)\s+мінулым\s+(?P<u4>месяцы|годзе)|"
             r"(?P<u5>летась|в\s+прошлом\s+году))(?!\w)"),
    ("this", r"(?<!\w)(?:на\s+этой\s+(?P<u1>неделе)|в\s+этом\s+(?P<u2>месяце|году)|"
             r"на\s+гэтым\s+(?P<u3>тыдні)|(?:у|ў)\s+гэтым\s+(?P<u4>месяцы|годзе)|"
             r"(?P<u5>сёлета|в\s+текущем\s+году))(?!\w)"),
    # A duration: "уже 527 дней", "более 90 дней", "на працягу двух гадоў" (incommunicado).
    ("for", rf"(?<!\w)(?:уже|более|больше|свыше|почти|около|в\s+течение|на\s+протяжении|"
            rf"больш\s+за|звыш|амаль|[уў]жо|на\s+працягу|каля)\s+(?:(?:более|больше|свыше|"
            rf"почти|больш\s+за|амаль)\s+)?(?P<n>{NUMBER})\s+{_UNIT}(?!\w)(?!\s+{_AGO})"),
    # "отсидевший 16 лет", "правёў за кратамі 527 дзён": a term served so far.
    ("for", rf"(?<!\w){_SERVED}\s+(?:(?:уже|[уў]жо|более|больше|больш\s+за|звыш|почти|амаль|"
            rf"{_HELD})\s+){{0,3}}(?P<n>{NUMBER})\s+{_UNIT}(?!\w)(?!\s+{_AGO})"),
    # "527 дней без связи", "527 дзён за кратамі": a state that has lasted so long.
    ("for", rf"(?<!\w)(?P<n>{NUMBER})\s+{_UNIT}\s+(?:(?:уже|[уў]жо)\s+)?{_HELD}(?!\w)"),
]  # fmt: skip
# "\b" first: a match can only start where a word does, so the engine skips the insides
# of words at once instead of trying every alternation there.
_COMPILED = [(kind, re.compile(r"\b" + p, re.IGNORECASE)) for kind, p in _PATTERNS]


def find_dates(
    text: str, published: dt.date | None, language: str, offset: int = 0
) -> list[FoundDate]:
    """Every date expression in ``text`` (a clause or sentence); the first pattern wins
    where two overlap."""
    found = [FoundDate(m.start() + offset, m.end() + offset, _resolve(kind, m, published, language),
                       kind, m.group(0)) for kind, m in first_matches(_COMPILED, text)]  # fmt: skip
    found = [d for d in found if not _attribute(d, text, offset)]
    found.sort(key=lambda d: d.start)
    # "На прошлой неделе, 24 ноября": the day set off after a vaguer date says it exactly
    vague = {
        i for i, (d, after) in enumerate(pairwise(found))
        if d.kind in {"last", "this"} and after.kind == "dmy"
        and re.fullmatch(r"\s*,?\s*", text[d.end - offset : after.start - offset])
    }  # fmt: skip
    return [d for i, d in enumerate(found) if i not in vague]


_ATTRIBUTE = re.compile(
    r"(?<![\w-])(?!(?:начала|конца|середины|пачатку|канца|сярэдзіны)\s)(?-i:[а-яёіў]+)\s+$",
    re.IGNORECASE,
)


def _attribute(d: FoundDate, text: str, offset: int) -> bool:
    """A bare year in the genitive after a noun ("пратэстаў 2020 года", "выборов 2020
    года") names what the noun was, not when an event happened."""
    if d.kind != "y" or not d.text[:1].isdigit() or not re.search(r"год[аы]$", d.text):
        return False
    start = d.start - offset
    return bool(_ATTRIBUTE.search(text[max(0, start - 30) : start]))


def same_year(d: FoundDate, year: int, language: str) -> FoundDate:
    """A "same" date ("в декабре того же года") in the year given before it."""
    m = _COMPILED[0][1].search(d.text)
    if m is None:
        return d
    month = _MONTHS[m.group("m").lower()]
    day = (
        _parse_day(int(m.group("d")), month, year, m.group("m"), language) if m.group("d") else None
    )
    date = PartialDate.of(day) if day else PartialDate(year, month)
    return FoundDate(d.start, d.end, date, "dmy" if day else "my", d.text)


def _resolve(
    kind: str, m: re.Match[str], published: dt.date | None, language: str
) -> PartialDate | None:
    g = m.groupdict()
    if g.get("this") or g.get("last"):
        if published is None:
            return None
        g["y"] = str(published.year - (1 if g.get("last") else 0))
        kind = "my" if kind == "m" else kind
    try:
        if kind == "dmy":
            month = int(g["mn"]) if g.get("mn") else _MONTHS[g["m"].lower()]
            year = int(g["y"]) if g.get("y") else year_for(month, published)
            if year is None:
                return None
            day = _parse_day(int(g["d"]), month, year, g.get("m"), language)
            return PartialDate.of(day) if day else None
        if kind in {"my", "m", "y"}:
            named = _MONTHS[g["m"].lower()] if kind != "y" else None
            return month_or_year(kind, g.get("y"), named, published)
        return _relative(kind, g, published)
    except (KeyError, ValueError):
        return None


def _relative(kind: str, g: dict[str, str], published: dt.date | None) -> PartialDate | None:
    if published is None or kind in {"for", "same"}:
        return None
    if kind == "weekday":
        back = (published.weekday() - _WEEKDAYS[g["w"].lower()]) % 7
        if g.get("prev") and back <= published.weekday():
            back += 7  # "в прошлый четверг": the Thursday of the week before
        return PartialDate.of(published - dt.timedelta(days=back))
    if kind == "yesterday":
        days = 2 if g["b"].lower().startswith(("поза", "паза")) else 1
        return PartialDate.of(published - dt.timedelta(days=days))
    if kind == "today":
        return PartialDate.of(published)
    if kind in {"last", "this"}:
        word = next(v for k, v in g.items() if k.startswith("u") and v).lower()
        unit = "week" if word.startswith(("недел", "тыдн")) else (
            "month" if word.startswith("месяц") else "year")  # fmt: skip
        back = 1 if kind == "last" else 0
        if unit == "year":
            return PartialDate(published.year - back)
        if unit == "month":
            return count_back(published, back, "month")
        if kind == "last":
            monday = published - dt.timedelta(days=published.weekday() + 7)
            sunday = monday + dt.timedelta(days=6)
            return PartialDate(monday.year, monday.month) if monday.month == sunday.month else None
        return None
    count = _count(g.get("n"))
    unit = g["u"].lower()
    if count is None or (not g.get("n") and unit not in _ONE):
        return None  # "несколько лет назад": no count to go back by
    if unit.startswith(("дн", "дз", "сут")):
        return count_back(published, count, "day")
    if unit.startswith(("недел", "тыд")):
        return count_back(published, count, "week")
    return count_back(published, count, "month" if unit.startswith("месяц") else "year")


_ROUGH = re.compile(r"(?<!\w)(?:более|больше|свыше|почти|около|больш\s+за|звыш|амаль|каля)(?!\w)",
                   re.IGNORECASE)  # fmt: skip
_UP_TO_NOW = re.compile(rf"(?<!\w)(?:уже|[уў]жо|находится|находящ\w*|знаходзіцца|знаходзяцца|"
                        rf"находятся)(?!\w)|{_HELD}", re.IGNORECASE)  # fmt: skip


def held_so_far(d: FoundDate) -> bool:
    """A duration that runs up to now and is counted exactly ("уже 16 лет", "527 дзён без
    сувязі"; not "почти пять лет", "провел пять лет")."""
    return d.kind == "for" and not _ROUGH.search(d.text) and bool(_UP_TO_NOW.search(d.text))


def duration_start(d: FoundDate, published: dt.date | None) -> PartialDate | None:
    """The start of a duration ("уже 527 дней") counted back from publication."""
    if published is None or d.kind != "for":
        return None
    for kind, pattern in _COMPILED:
        m = pattern.search(d.text) if kind == "for" else None
        if m is not None:
            return _relative("ago", m.groupdict(), published)
    return None


def _count(text: str | None) -> int | None:
    if not text:
        return 1
    value = parse_number(text)
    return int(value) if value is not None and value.denominator == 1 else None


# The span is a day and month we cut out: the absolute parser alone reads it (the relative
# one, tried first by default, only costs time here).
_DATEPARSER = {"STRICT_PARSING": True, "PARSERS": ["absolute-time"]}


@cache
def _parse_day(day: int, month: int, year: int, word: str | None, language: str) -> dt.date | None:
    """dateparser reads the day and month as written; the calendar checks it."""
    import dateparser

    if word:
        parsed = dateparser.parse(f"{day} {word} {year}", languages=[language],
                                  settings=_DATEPARSER)  # fmt: skip
        if parsed is not None:
            return dt.date(parsed.year, parsed.month, parsed.day)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
