"""Events as the Russian and Belarusian rules find them, one per trigger, and how they merge.

A ``Happening`` is one trigger in one sentence with the date it took (its own or one
carried from another sentence, ``carry``). A person's happenings become one
``FoundEvent`` per type: the first mention, with the most specific date of them all and a
term and regime completed from later mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from vigil.extract.dates import FoundDate
from vigil.extract.places import Place
from vigil.extract.slavic.persons import Cluster
from vigil.extract.slavic.terms import articles_of, regime_of, term_of
from vigil.extract.types import FoundEvent, Span
from vigil.model import EventType

__all__ = ["TERMED", "Happening", "Person", "found_event", "merged"]

TERMED = frozenset({EventType.SENTENCED, EventType.CONVICTED_IN_ABSENTIA})
_RANK = {"dmy": 0, "weekday": 1, "yesterday": 1, "today": 1, "my": 2, "m": 3, "y": 4,
         "ago": 5, "last": 5, "this": 6, "for": 7, "published": 8}  # fmt: skip


@dataclass
class Happening:
    """One trigger in one sentence, with the date it took (its own or a carried one)."""

    type: EventType
    start: int  # the sentence: the claim's quote
    end: int
    sentence: int
    window: tuple[int, int]  # where its term is read: from the trigger to the clause end
    date: FoundDate | None
    reason: str
    confidence: float
    form: str
    inherited: bool = False
    listed: bool = False  # the window is the words after the person's name in a list
    at: int = -1  # where the trigger starts (-1: as the window)
    date_from: str = ""  # where the date was found, for the reason ("" : not said)

    @property
    def trigger_at(self) -> int:
        return self.at if self.at >= 0 else self.window[0]


@dataclass
class Person:
    cluster: Cluster
    events: list[Happening] = field(default_factory=list)


def found_event(text: str, facilities: list[Place], e: Happening) -> FoundEvent:
    """The claim-ready event: term, regime and articles read from its words."""
    months, term_text = (None, None)
    if e.type in TERMED:
        months, term_text = term_of(text[e.window[0] : e.window[1]], listed=e.listed)
        if months is None:
            months, term_text = term_of(text[e.start : e.end])
    date = e.date.date if e.date else None
    detail = term_text
    if date and e.date:
        source = f'date from "{e.date.text}"' + (" (earlier sentence)" if e.inherited else "")
        detail = "; ".join(x for x in (detail, source) if x)
    facility = next((f.name for f in facilities if e.start <= f.start < e.end), None)
    regime = None
    if months:
        regime = regime_of(text[e.window[0] : e.window[1]]) or regime_of(text[e.start : e.end])
    return FoundEvent(
        type=e.type, span=Span(e.start, e.end), date=date,
        articles=articles_of(text[e.start : e.end]), term_months=months, regime=regime,
        facility=facility, detail=detail,
        confidence=round(e.confidence - (0.1 if e.inherited else 0.0), 2),
        reason=_reason(e.reason, e),
    )  # fmt: skip


def _reason(base: str, dated: Happening) -> str:
    """The reason, with where the date came from when the extractor says so."""
    if dated.date_from and dated.date and dated.date.date:
        return f"{base}; date from {dated.date_from}"
    return base


def merged(text: str, facilities: list[Place], events: list[Happening]) -> list[FoundEvent]:
    """One event per type and person: the first, completed from later mentions."""
    by_type: dict[EventType, list[Happening]] = {}
    for e in sorted(events, key=lambda e: e.start):
        by_type.setdefault(e.type, []).append(e)
    out: list[FoundEvent] = []
    for raw in by_type.values():
        same = [found_event(text, facilities, e) for e in raw]
        head = same[0]
        ranked = sorted((e for e in raw if e.date and e.date.date),
                        key=lambda e: (_RANK.get(e.date.kind, 9) if e.date else 9,
                                       e.inherited, e.start))  # fmt: skip
        if ranked and ranked[0] is not raw[0]:
            best = same[raw.index(ranked[0])]
            head = replace(head, date=best.date, detail=best.detail,
                           reason=_reason(raw[0].reason, ranked[0]))  # fmt: skip
        for other in same[1:]:
            if head.term_months is None and other.term_months is not None:
                head = replace(head, term_months=other.term_months, regime=other.regime)
            elif head.regime is None and other.regime is not None:
                head = replace(head, regime=other.regime)
        out.append(head)
    if EventType.CONVICTED_IN_ABSENTIA in by_type:
        out = [e for e in out if e.type is not EventType.SENTENCED]
    return out
