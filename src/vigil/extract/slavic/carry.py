"""Dates of a Russian or Belarusian text, and dates carried to events that have none.

Per sentence: the dates found in it ("того же года" resolved by the year written before)
and the kinds of event it names. An undated event takes the date of the same kind of
event up to two sentences back; else a date of the sentence before about the same person
that no other kind of event claims; a recognition, the date of the announcement; a news
event told in the present of the report, the publication date (said so in its detail);
the persons of a list ("Среди помилованных — X"), the date of the event it lists.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from vigil.extract.core.carry import family, recognitions_on, same_kind
from vigil.extract.dates import FoundDate
from vigil.extract.slavic.dates import duration_start, same_year
from vigil.extract.slavic.happenings import Happening, Person
from vigil.extract.slavic.lexicon import Lexicon
from vigil.model import EventType, PartialDate

__all__ = ["DateBook"]

_ANNOUNCED = re.compile(r"(?:призна|прызна|спис|спіс|заяв|сообщ|паведам|опублік|опублик|"
                        r"обнов|абнав)", re.IGNORECASE)  # fmt: skip


@dataclass
class DateBook:
    """The dates and event kinds of each sentence of one text, filled sentence by sentence
    (``note``), then ``carry``."""

    text: str
    lex: Lexicon
    sentences: list[tuple[int, int]]
    published: dt.date | None
    language: str
    dates: dict[int, list[FoundDate]] = field(default_factory=dict)
    types: dict[int, set[EventType]] = field(default_factory=dict)
    last_year: int | None = None
    chain: bool = False  # v2: a date carried along a run of sentences of the same kind

    def note(self, si: int, found: list[FoundDate], kinds: set[EventType]) -> list[FoundDate]:
        """Record a sentence's dates (with "того же года" resolved) and event kinds."""
        out: list[FoundDate] = []
        for d in found:
            if d.kind == "same" and self.last_year:
                out.append(same_year(d, self.last_year, self.language))
                continue
            if d.date and re.search(r"(?:19|20)\d\d", d.text):
                self.last_year = d.date.year
            out.append(d)
        self.dates[si], self.types[si] = out, kinds
        return out

    def duration(self, dates: list[FoundDate]) -> FoundDate | None:
        """ "уже 527 дней в изоляции": the start of the duration, counted back."""
        for d in dates:
            start = duration_start(d, self.published)
            if start is not None:
                return FoundDate(d.start, d.end, start, "for", d.text)
        return None

    def carry(self, people: list[Person], group: list[Happening]) -> None:
        persons = [e for p in people for e in p.events]
        every = persons + group
        self._same_kind(persons, every, group, reach=2)
        for p in people:
            for e in p.events:
                if not (e.date and e.date.date):
                    self._sentence_before(p, e)
        recognitions_on(every, self._announcement())
        for e in every:
            if not (e.date and e.date.date):
                self._published(e)
        self._same_kind(persons, every, group, reach=len(self.sentences))

    def _same_kind(
        self, persons: list[Happening], every: list[Happening], group: list[Happening], reach: int
    ) -> None:
        wanted = [e for e in every if reach <= 2 or e.form == "list"]
        if self.chain and reach <= 2:
            # "X — 3 суток ареста. Y, Z — 4 суток …": the items of a report, one sentence
            # each, share the date of the first, carried on from item to item
            for e in sorted((e for e in wanted if e in persons), key=lambda e: e.sentence):
                same_kind([e], every, reach)
        same_kind([e for e in wanted if e in persons], every, reach)
        same_kind([e for e in wanted if e not in persons], group, reach)

    def _sentence_before(self, p: Person, e: Happening) -> None:
        """A date of the sentence before, about the same person, no other event claims."""
        named = {si for si, (a, b) in enumerate(self.sentences)
                 for m in p.cluster.mentions if a <= m.start < b}  # fmt: skip
        si = e.sentence - 1
        if si not in named or self.types.get(si, set()) - {family(e.type)}:
            return
        dates = [d for d in self.dates.get(si, []) if d.date and d.kind != "for"]
        if dates:
            e.date, e.inherited = dates[0], True

    def _announcement(self) -> FoundDate | None:
        for si, dates in sorted(self.dates.items()):
            s0, s1 = self.sentences[si]
            if not _ANNOUNCED.search(self.text, s0, s1):
                continue
            for d in dates:
                if d.date and d.date.day and d.kind in {"today", "yesterday", "weekday", "dmy"}:
                    return d
        return None

    def _published(self, e: Happening) -> None:
        """A news event the text gives no date for happened, as the report tells it, by the
        day of publication ("Лукашенко помиловал …", "Задержаны: …")."""
        if self.published is None or e.form in {"full", "noun", "list", "state"}:
            return
        if self.lex.past_markers.search(self.text, e.start, e.end) or any(
            d.date and d.end <= e.trigger_at for d in self.dates.get(e.sentence, [])
        ):
            return  # "ранее", or a date before the trigger: the story of the past
        e.date = FoundDate(e.start, e.start, PartialDate.of(self.published), "published",
                           "the day of publication")  # fmt: skip
        e.confidence -= 0.1
