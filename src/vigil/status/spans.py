"""Spells and their days, at the precision their dates are known.

The fold places an event on the first day of its period (``PartialDate.effective``), so
a count on a day is reproducible. A number of days, though, grows with every day the
start may have been late: "detained in 2020" says nothing of January. So:

- A spell (an unbroken run of days in custody, or incommunicado) has as its start the
  date of the event that opened it, at that date's precision (``spell_start``).
- Its days are counted from the *last* day that date allows, to the spell's end (its
  first day out, which a partial end puts on its first day) or ``as_of``: a lower
  bound, marked ``at_least`` when a start or a passed end is coarser than a day.
  Detained "2020-05" gives at least 0 days on 2020-05-10, at least 1 on 2020-06-01.

``docs/counting.md`` states the rule for readers; the tests in
``tests/status/test_spans.py`` hold it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from vigil.model import Event, EventType, PartialDate, Precision
from vigil.status.fold import Fold, Segment, active_events, event_order

__all__ = [
    "CHANGES_CUSTODY",
    "OPENS_CUSTODY",
    "DayCount",
    "held_days",
    "incommunicado_days",
    "opening_date",
    "spell_start",
]

#: Events that can begin a spell in custody, or move a person out of it or into
#: another custody: the ones whose date a spell's start or end is.
OPENS_CUSTODY = frozenset({EventType.DETAINED, EventType.SENTENCED})
CHANGES_CUSTODY = OPENS_CUSTODY | {
    EventType.PARDONED,
    EventType.RELEASED,
    EventType.SENTENCE_COMPLETED,
    EventType.EXILED,
    EventType.DIED_IN_CUSTODY,
}
_ENDS_INCOMMUNICADO = CHANGES_CUSTODY | {EventType.CONTACT_RESTORED}


@dataclass(frozen=True, slots=True)
class DayCount:
    """A number of days; ``at_least`` when it is a lower bound (a date it rests on is
    known only to a month or a year)."""

    days: int
    at_least: bool = False

    def __str__(self) -> str:
        return f"at least {self.days}" if self.at_least else str(self.days)


def _by_day(events: Iterable[Event]) -> dict[dt.date, list[Event]]:
    found: dict[dt.date, list[Event]] = defaultdict(list)
    for e in active_events(events):
        found[e.date.effective].append(e)
    return found


def _first(candidates: list[Event], kinds: frozenset[EventType]) -> Event | None:
    chosen = [e for e in candidates if e.type in kinds]
    return min(chosen, key=event_order) if chosen else None


def opening_date(
    events: Iterable[Event], day: dt.date, kinds: frozenset[EventType] = CHANGES_CUSTODY
) -> PartialDate:
    """The date, as precisely as it is known, of the first event of ``kinds`` (by the
    fold's order) that takes effect on ``day``; the day itself when there is none."""
    first = _first(_by_day(events).get(day, []), kinds)
    return first.date if first is not None else PartialDate.of(day)


def spell_start(f: Fold, events: Iterable[Event]) -> PartialDate | None:
    """The start of the person's present status, as precisely as it is known: of the
    present spell in custody for a person held (not of the latest change within it),
    else of the present custody (released, died)."""
    seg = f.current
    if seg is None:
        return None
    since = seg.start
    for earlier in reversed(f.segments[:-1]):
        same = earlier.custody is seg.custody or (earlier.held and seg.held)
        if not same or earlier.end != since:
            break
        since = earlier.start
    return opening_date(events, since, OPENS_CUSTODY if seg.held else CHANGES_CUSTODY)


def _days(
    f: Fold,
    events: Iterable[Event],
    as_of: dt.date,
    inside: Callable[[Segment], bool],
    opens: frozenset[EventType],
    ends: frozenset[EventType],
) -> DayCount:
    on_day = _by_day(events)
    total, at_least = 0, False
    runs: list[list[Segment]] = []
    for seg in f.segments:
        if not inside(seg):
            continue
        if runs and runs[-1][-1].end == seg.start:
            runs[-1].append(seg)
        else:
            runs.append([seg])
    for run in runs:
        first_day, end = run[0].start, run[-1].end
        if first_day >= as_of:
            continue
        opener = _first(on_day.get(first_day, []), opens)
        start = opener.date if opener is not None else PartialDate.of(first_day)
        stop = as_of if end is None else min(end, as_of)
        total += max(0, (stop - start.latest).days)
        coarse_start = start.precision is not Precision.DAY
        closer = _first(on_day.get(end, []), ends) if end is not None and end <= as_of else None
        coarse_end = closer is not None and closer.date.precision is not Precision.DAY
        at_least = at_least or coarse_start or coarse_end
    return DayCount(total, at_least)


def held_days(f: Fold, events: Iterable[Event], as_of: dt.date) -> DayCount:
    """Days in custody, all spells, up to ``as_of`` (not counted), each spell from the
    last day its start allows: exact when every date is a day, else a lower bound."""
    return _days(f, list(events), as_of, lambda s: s.held, OPENS_CUSTODY, CHANGES_CUSTODY)


def incommunicado_days(f: Fold, events: Iterable[Event], as_of: dt.date) -> DayCount:
    """Days held incommunicado up to ``as_of``, counted like ``held_days``."""
    return _days(
        f,
        list(events),
        as_of,
        lambda s: s.incommunicado,
        frozenset({EventType.INCOMMUNICADO}),
        _ENDS_INCOMMUNICADO,
    )
