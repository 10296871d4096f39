"""An extractor with the real protocol for short, regular news reports, so that tests can
write several reports of one fact in a few words each:

    "Ales Bialiatski was sentenced on 2023-03-03 to 10 years under article 342."
    "Ales Bialiatski was detained in 2021."
    "Ales Bialiatski was recognized on 2021-07-15."
    "More than 1,400 political prisoners are held."

Dates are written as the registry reads them (YYYY, YYYY-MM or YYYY-MM-DD).
"""

from __future__ import annotations

import datetime as dt
import re

from vigil.extract.types import (
    Extraction,
    FoundEvent,
    FoundFigure,
    FoundPerson,
    Role,
    Span,
)
from vigil.model import EventType, PartialDate, Qualifier

_EVENT = re.compile(
    r"(?P<name>[A-Z]\w+ [A-Z]\w+) was (?P<verb>sentenced|detained|released|recognized)"
    r"(?: (?:on|in) (?P<date>\d{4}(?:-\d\d(?:-\d\d)?)?))?"
    r"(?: to (?P<years>\d+) years)?(?: under article (?P<article>[\d.-]+))?"
)
_TYPES = {"recognized": EventType.RECOGNIZED_POLITICAL_PRISONER}
_FIGURE = re.compile(r"More than (?P<value>[\d,]+) political prisoners")


class ReportExtractor:
    """Finds the events and figures of ``_EVENT`` and ``_FIGURE`` sentences."""

    version = "reports.v1"

    def __call__(
        self, text: str, *, published: dt.date | None = None, language: str | None = None
    ) -> Extraction:
        events: dict[str, list[FoundEvent]] = {}
        first: dict[str, Span] = {}
        for m in _EVENT.finditer(text):
            name = m["name"]
            first.setdefault(name, Span(m.start("name"), m.end("name")))
            events.setdefault(name, []).append(
                FoundEvent(
                    _TYPES.get(m["verb"]) or EventType(m["verb"]),
                    Span(m.start(), m.end()),
                    date=PartialDate.parse(m["date"]) if m["date"] else None,
                    articles=(m["article"],) if m["article"] else (),
                    term_months=int(m["years"]) * 12 if m["years"] else None,
                    confidence=0.9,
                )
            )
        persons = tuple(
            FoundPerson(name, Role.DETAINEE, first[name], events=tuple(found), confidence=0.9)
            for name, found in events.items()
        )
        figures = tuple(
            FoundFigure(
                int(m["value"].replace(",", "")),
                Qualifier.MORE_THAN,
                "political_prisoners_held",
                Span(m.start(), m.end()),
                as_of=PartialDate.of(published) if published else None,
                confidence=0.9,
            )
            for m in _FIGURE.finditer(text)
        )
        return Extraction(self.version, "en", persons=persons, figures=figures)
