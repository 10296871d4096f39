"""Dates carried between sentences of an English article, for events without their own.

An event with no date takes the date of the same kind of event one or two sentences
before; else a free date (no other kind of event claims it, not a "since") of the
sentence before that names the same person, or of the sentence after for the person's
first mention (a wire's lead). A recognition with no date takes the date of the
statement or list the article reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vigil.extract.core.carry import family, recognitions_on, same_kind
from vigil.extract.dates import FoundDate
from vigil.extract.raw_events import PersonEvents, RawEvent
from vigil.model import EventType

__all__ = ["DateBook"]

# A quotation: its words are the speaker's.
_QUOTED = re.compile(r'“[^”]*”|"[^"\n]*"|«[^»]*»')


@dataclass
class DateBook:
    """Per sentence of one article: the dates found in it and the kinds of event it names
    (``family`` of each trigger); filled sentence by sentence, then ``carry``."""

    text: str
    sentences: list[tuple[int, int]]
    dates: dict[int, list[FoundDate]] = field(default_factory=dict)
    types: dict[int, set[EventType]] = field(default_factory=dict)

    def carry(self, people: list[PersonEvents], group_events: list[RawEvent]) -> None:
        """Give the undated events of ``people`` and ``group_events`` a date carried from
        another sentence, where one fits."""
        every = [e for p in people for e in p.events] + group_events
        same_kind(every, every, reach=2, same_sentence=False)
        for p in people:
            for e in p.events:
                if not (e.date and e.date.date):
                    self._carry_date(p, e)
        recognitions_on(every, self.announcement_date())

    def _carry_date(self, p: PersonEvents, e: RawEvent) -> None:
        """A date in the sentence before (or, failing that, after) the event's, about the
        same person, that no other kind of event in that sentence claims."""
        named = {si for si, (a, b) in enumerate(self.sentences)
                 for m in p.cluster.mentions if a <= m.start < b}  # fmt: skip
        # The sentence after only for the first mention of the person (a wire's lead, with
        # the date in the next paragraph).
        tries = [e.sentence - 1] + ([e.sentence + 1] if min(named) == e.sentence else [])
        for si in tries:
            if si not in named or self.types.get(si, set()) - {family(e.type)}:
                continue
            durations = {"for", "before"} if e.type is not EventType.INCOMMUNICADO else set()
            dates = [d for d in self.dates.get(si, []) if d.date and d.kind not in durations
                     and not re.search(r"\bsince\s+$", self.text[max(0, d.start - 7) : d.start])
                     and not d.text.lower().startswith("since")]  # fmt: skip
            if dates:
                e.date, e.inherited = dates[0], True
                return

    def announcement_date(self) -> FoundDate | None:
        """The date of the statement or list an article reports ("in a statement released
        yesterday", "today announced an updated list"): recognitions happen on it. Words
        inside a quotation are the speaker's, not the report's (a lawyer quoted on "new
        names to the list", who "said on Wednesday", dates no list)."""
        for si, dates in sorted(self.dates.items()):
            stext = _QUOTED.sub(" ", self.text[self.sentences[si][0] : self.sentences[si][1]])
            if not re.search(r"\b(?:statement|announc\w*|list\w*|declar\w*|recogni[sz]\w*|"
                             r"label+ed|published|report\w*)\b", stext, re.IGNORECASE):  # fmt: skip
                continue
            for d in dates:
                if d.date and d.date.day and d.kind in {"today", "yesterday", "weekday", "mdy",
                                                        "dmy"}:  # fmt: skip
                    return d
        return None
