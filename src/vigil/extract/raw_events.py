"""Events as the English extractor finds them, one per trigger, and how they merge.

A ``RawEvent`` is one trigger in one sentence with the date it took (its own, or one
carried from another sentence, ``carry``). A person's raw events become one
``FoundEvent`` per type: the first mention, with the most specific date of them all (of
those that refine its own, when its sentence gives it one: "detained on Tuesday ... had
been detained on 17 February" are two detentions) and a term completed from later
mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from vigil.extract.core.dating import DateSource
from vigil.extract.dates import FoundDate
from vigil.extract.events import articles_of, regime_of, term_of
from vigil.extract.persons import Cluster
from vigil.extract.places import Place
from vigil.extract.types import FoundEvent, Span
from vigil.model import EventType, PartialDate

__all__ = ["PersonEvents", "RawEvent", "found_event", "merged"]


@dataclass(eq=False)
class RawEvent:
    """Compared and hashed by identity: runs mark events in sets and dicts keyed by the
    event itself, which keeps it alive (an ``id()`` of a dropped event is reused by the
    next one made, and its marks then went to a stranger)."""

    type: EventType
    start: int
    end: int
    sentence: int
    date: FoundDate | None
    reason: str
    confidence: float
    text: str
    inherited: bool = False
    reported: bool = False  # the date is the report's ("said on Friday"), a last resort
    again: bool = False  # told as another event of its kind ("arrested again", "previously")
    renewal: bool = False  # a detention renewed or extended: a step after the arrest
    noun: bool = False  # told by a noun ("his detention should be voided"), not a verb


@dataclass
class PersonEvents:
    cluster: Cluster
    events: list[RawEvent] = field(default_factory=list)


def found_event(e: RawEvent, facilities: list[Place]) -> FoundEvent:
    months, term_text = term_of(e.text) if e.type in {
        EventType.SENTENCED, EventType.CONVICTED_IN_ABSENTIA} else (None, None)  # fmt: skip
    date = e.date.date if e.date else None
    if date and e.date and e.date.kind == "for" and e.type is not EventType.INCOMMUNICADO:
        date = None
    detail = term_text
    if date and e.date:
        detail = "; ".join(
            x
            for x in (
                detail,
                f'date from "{e.date.text}"' + (" (earlier sentence)" if e.inherited else ""),
            )
            if x
        )
    facility = next((f.name for f in facilities if e.start <= f.start < e.end), None)
    return FoundEvent(
        type=e.type,
        span=Span(e.start, e.end),
        date=date,
        articles=articles_of(e.text),
        term_months=months,
        regime=regime_of(e.text) if months else None,
        facility=facility,
        detail=detail,
        confidence=e.confidence - (0.1 if e.inherited else 0.0),
        reason=e.reason,
    )


def merged(
    events: list[RawEvent], facilities: list[Place], *, named_apart: bool = False
) -> list[FoundEvent]:
    """One event per type and person: the first, completed from later mentions. With
    ``named_apart`` (en.v2), when the first mention has no date of its own, later mentions
    naming dates that neither refines the other are as many events ("his arrest ... In late
    1991, he was arrested ... On February 17, 1992, he was arrested a second time")."""
    by_type: dict[EventType, list[RawEvent]] = {}
    for e in sorted(events, key=lambda e: e.start):
        by_type.setdefault(e.type, []).append(e)
    result: list[FoundEvent] = []
    for raw in by_type.values():
        same = [found_event(e, facilities) for e in raw]
        head = same[0]
        ranked = sorted((e for e in raw if e.date and e.date.date), key=_specificity)
        first = raw[0].date.date if raw[0].date and _own(raw[0]) else None
        apart = _apart(raw, named_apart=named_apart)
        ranked = [e for e in ranked if e not in apart]
        if first is not None:  # a later date only refines it: another date is another event
            ranked = [e for e in ranked if e.date and str(e.date.date).startswith(str(first))]
        if ranked and ranked[0] is not raw[0]:
            best = same[raw.index(ranked[0])]
            rungs = [r.value for r in DateSource if r.value in best.reason]
            why = f"{head.reason}; its date from a later mention" + (f" ({rungs[0]})" if rungs
                                                                     else "")  # fmt: skip
            head = replace(head, date=best.date, detail=best.detail,
                           reason=why if head.date != best.date else head.reason)  # fmt: skip
        for other in same[1:]:
            if head.term_months is None and other.term_months is not None:
                head = replace(head, term_months=other.term_months, regime=other.regime)
        result.append(head)
        result.extend(
            # another event told with no date of its own keeps none carried from the first
            replace(same[raw.index(e)], date=None) if e.again and not _own(e)
            else same[raw.index(e)]
            for e in raw if e in apart)  # fmt: skip
    if EventType.CONVICTED_IN_ABSENTIA in by_type:
        result = [e for e in result if e.type is not EventType.SENTENCED]
    return result


def _apart(raw: list[RawEvent], *, named_apart: bool = False) -> list[RawEvent]:
    """Later mentions that are another event of the same type: one told as another
    ("arrested again", "had previously been sentenced": ``RawEvent.again``), one whose own
    date neither refines the first mention's own date nor is refined by it ("arrested on
    Thursday ... had been detained for two weeks in 2020"), or one dated more than a
    month before the publication date the first mention took as news ("was detained at
    his home this morning ... was already detained in August 2020"). One per date."""
    head = raw[0].date
    first = str(head.date) if head and head.date and _own(raw[0]) else None
    news = head.date if head and head.date and head.kind == "published" else None
    apart: dict[str, RawEvent] = {}
    later = raw[1:]
    if named_apart and first is None and news is None:
        named = sorted((e for e in later if _own(e) and not e.again), key=_specificity)
        if named and named[0].date is not None and named[0].date.date is not None:
            first = str(named[0].date.date)  # the most specific named date is the event's
            later = [e for e in later if e is not named[0]]
            if raw[0].renewal and named[0].sentence != raw[0].sentence:
                apart[first] = named[0]  # "extended the detention of X ... X was arrested
                # on December 29": the renewal told first, the arrest after it (not "extended
                # the detention of X, arrested on January 29": one detention)
    for e in later:
        if (raw[0].renewal and not e.renewal and not e.again and not _own(e) and not e.noun
                and e.sentence != raw[0].sentence):  # fmt: skip  # (not "..., who has spent
            # five years in pretrial detention", nor "his detention should be voided")
            apart.setdefault("arrest", e)  # "renewed the detention of X ... X was arrested
            continue  # after a raid": the arrest the renewal follows, undated too
        if (e.again or (e.renewal and not raw[0].renewal)) and not raw[0].again and not _own(e):
            apart.setdefault("again", e)  # "had previously been detained": one such, undated
            # ("X was arrested on December 29 ... their detention has been extended")
            continue
        if not _own(e) or e.date is None or e.date.date is None:
            continue
        d = str(e.date.date)
        if e.again:
            apart.setdefault(d, e)
            continue
        if first is not None:
            other = not (d.startswith(first) or first.startswith(d))
        else:
            other = news is not None and _months(news) - _months(e.date.date) > 1
        if other and d not in apart:
            apart[d] = e
    return list(apart.values())


def _months(d: PartialDate) -> int:
    """A date's month count (a year alone counts as its December: "in 2025" is not
    before a publication date of 2025)."""
    return d.year * 12 + (d.month or 12)


def _own(e: RawEvent) -> bool:
    """A date the event's own sentence gives it (not carried, not the report's, not the
    publication date) and names: not one counted back from a duration ("has been in
    pre-trial detention for more than two years ... imprisoned since May 2018": the
    month named is the start, not another detention)."""
    return bool(e.date and e.date.date and not e.inherited and not e.reported
                and e.date.kind not in _COUNTED)  # fmt: skip


# Dates counted rather than named: the publication date, a duration's start.
_COUNTED = frozenset(["published", "held", "for", "before"])


_RANK = {"mdy": 0, "dmy": 0, "weekday": 1, "yesterday": 1, "today": 1, "my": 2, "m": 3,
         "y": 4, "ago": 5, "last": 5, "this": 6, "for": 7, "held": 7, "before": 7}  # fmt: skip


def _specificity(e: RawEvent) -> tuple[bool, int, bool, int]:
    """Explicit dates before relative ones; a date of the event's own sentence first."""
    assert e.date is not None
    return (e.reported, _RANK.get(e.date.kind, 9), e.inherited, e.start)
