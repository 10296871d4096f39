"""Fold one person's events into status segments, reporting contradictions.

The fold is the only place where custody status is decided; stored (materialized)
segments are a cache of it and must always equal it.

Rules:
- Superseded events are dropped first; the rest are put in a total order (see
  ``event_order``), so the order in which events were inserted never matters.
- Custody moves through at liberty → detained (pre-trial) → imprisoned → released, or
  died. ``sentenced`` to a custodial regime imprisons (from pre-trial or straight from
  liberty, as when a court takes a person into custody); a non-custodial sentence
  releases a pre-trial detainee. ``pardoned``, ``released``, ``sentence_completed``
  release; ``exiled`` while held is a release by expulsion.
- Overlays: *recognized by* (per organisation: from its recognition with status
  ``recognized`` until its next position with another status; one organisation's
  position never changes another's), *recognized* (whether the ``Headline`` counts
  those organisations) and *incommunicado* (until contact is restored or the person
  leaves custody).
- Contradictions are never resolved silently. The event that contradicts the state
  (a release with no detention, a second open detention, a transfer while free,
  anything after death) is ignored for status and reported as a ``StatusConflict``
  naming it and the event it contradicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from vigil.model import Event, EventType, RecognitionStatus
from vigil.status.recognition import Headline, organisation_of

__all__ = [
    "HELD",
    "Custody",
    "Fold",
    "Segment",
    "StatusConflict",
    "active_events",
    "event_order",
    "fold",
]


class Custody(StrEnum):
    AT_LIBERTY = "at_liberty"
    DETAINED = "detained"  # pre-trial
    IMPRISONED = "imprisoned"
    RELEASED = "released"
    DIED = "died"


HELD = frozenset({Custody.DETAINED, Custody.IMPRISONED})

# Same-day tie-break: the order in which things happen to a person on one day.
_TYPE_RANK = {
    t: i
    for i, t in enumerate(
        [
            EventType.DETAINED,
            EventType.CHARGED,
            EventType.RECOGNIZED_POLITICAL_PRISONER,
            EventType.SENTENCED,
            EventType.CONVICTED_IN_ABSENTIA,
            EventType.APPEAL_REJECTED,
            EventType.TRANSFERRED,
            EventType.INCOMMUNICADO,
            EventType.CONTACT_RESTORED,
            EventType.PARDONED,
            EventType.RELEASED,
            EventType.SENTENCE_COMPLETED,
            EventType.EXILED,
            EventType.DIED_IN_CUSTODY,
        ]
    )
}

_RELEASES = {
    EventType.PARDONED,
    EventType.RELEASED,
    EventType.SENTENCE_COMPLETED,
}


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of days ``[start, end)`` over which nothing in a person's status changes.
    ``end`` is None while it lasts."""

    start: dt.date
    end: dt.date | None
    custody: Custody
    recognized: bool = False
    incommunicado: bool = False
    facility_id: int | None = None
    articles: tuple[str, ...] = ()
    case_ids: tuple[int, ...] = ()
    #: The organisations whose position is "recognized" (UNATTRIBUTED for a recognition
    #: recorded without one), sorted; ``recognized`` is whether the headline counts them.
    recognized_by: tuple[str, ...] = ()

    @property
    def held(self) -> bool:
        return self.custody in HELD

    @property
    def counted(self) -> bool:
        """Counted as a political prisoner held: in custody and recognized."""
        return self.held and self.recognized

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def days_until(self, day: dt.date) -> int:
        """Days of this segment before ``day`` (``day`` itself not included)."""
        end = day if self.end is None else min(self.end, day)
        return max(0, (end - self.start).days)


@dataclass(frozen=True, slots=True)
class StatusConflict:
    """An event that contradicts the status before it; it was ignored for status."""

    event_id: int | None
    reason: str
    related_event_id: int | None = None


@dataclass(frozen=True, slots=True)
class Fold:
    """The result of folding: segments in date order and the conflicts found."""

    segments: tuple[Segment, ...]
    conflicts: tuple[StatusConflict, ...] = ()

    def at(self, day: dt.date) -> Segment | None:
        for segment in self.segments:
            if segment.covers(day):
                return segment
        return None

    @property
    def current(self) -> Segment | None:
        return self.segments[-1] if self.segments else None


def event_order(event: Event) -> tuple[object, ...]:
    """A total order on events that does not depend on insertion order."""
    return (
        event.date.sort_key(),
        _TYPE_RANK[event.type],
        event.recorded_at,
        event.id if event.id is not None else -1,
    )


def active_events(events: Iterable[Event], known_at: dt.date | None = None) -> list[Event]:
    """Events that count: recorded by ``known_at`` (if given) and not superseded."""
    pool = [e for e in events if known_at is None or e.recorded_at.date() <= known_at]
    superseded = {e.supersedes for e in pool if e.supersedes is not None}
    return sorted((e for e in pool if e.id not in superseded), key=event_order)


@dataclass(slots=True)
class _State:
    custody: Custody = Custody.AT_LIBERTY
    recognized: bool = False
    incommunicado: bool = False
    facility_id: int | None = None
    articles: tuple[str, ...] = ()
    case_ids: tuple[int, ...] = ()
    positions: dict[str, tuple[str, RecognitionStatus]] = field(default_factory=dict)
    opened_by: int | None = None  # the event that began the current custody
    incommunicado_by: int | None = None
    conflicts: list[StatusConflict] = field(default_factory=list)

    def snapshot(self, start: dt.date) -> Segment:
        by = tuple(sorted(name for name, status in self.positions.values()
                          if status is RecognitionStatus.RECOGNIZED))  # fmt: skip
        return Segment(
            start,
            None,
            self.custody,
            self.recognized,
            self.incommunicado,
            self.facility_id,
            self.articles,
            self.case_ids,
            by,
        )

    def conflict(self, event: Event, reason: str, related: int | None = None) -> None:
        self.conflicts.append(StatusConflict(event.id, reason, related))


def _add_case(state: _State, event: Event) -> None:
    if event.detail.articles:
        state.articles = tuple(sorted(set(state.articles) | set(event.detail.articles)))
    if event.case_id is not None and event.case_id not in state.case_ids:
        state.case_ids = (*state.case_ids, event.case_id)


def _leave_custody(state: _State, event: Event, to: Custody) -> None:
    state.custody = to
    state.incommunicado = False
    state.incommunicado_by = None
    state.facility_id = None
    state.opened_by = event.id
    if to is not Custody.DIED:
        state.articles = ()
        state.case_ids = ()


def _apply(state: _State, event: Event, headline: Headline) -> None:
    kind = event.type
    held = state.custody in HELD
    if state.custody is Custody.DIED and kind is not EventType.RECOGNIZED_POLITICAL_PRISONER:
        state.conflict(event, f"{kind.value} after death", state.opened_by)
        return
    if kind is EventType.RECOGNIZED_POLITICAL_PRISONER:
        rec = event.detail.recognition
        org = organisation_of(rec.by if rec else None)
        status = rec.status if rec else RecognitionStatus.RECOGNIZED
        name = state.positions.get(org.casefold(), (org, status))[0]  # the first spelling
        state.positions[org.casefold()] = (name, status)
        state.recognized = headline.counts(
            n for n, s in state.positions.values() if s is RecognitionStatus.RECOGNIZED
        )
    elif kind is EventType.DETAINED:
        if held:
            state.conflict(event, "detained while already held", state.opened_by)
            return
        state.custody = Custody.DETAINED
        state.opened_by = event.id
        state.facility_id = event.facility_id
        _add_case(state, event)  # charges brought while free carry into custody
    elif kind is EventType.CHARGED:
        _add_case(state, event)
        if held and event.facility_id is not None:
            state.facility_id = event.facility_id
    elif kind is EventType.SENTENCED:
        _add_case(state, event)
        if event.detail.custodial:
            if not held:
                state.opened_by = event.id
            state.custody = Custody.IMPRISONED
            if event.facility_id is not None:
                state.facility_id = event.facility_id
        elif held:
            _leave_custody(state, event, Custody.RELEASED)
    elif kind in (EventType.CONVICTED_IN_ABSENTIA, EventType.APPEAL_REJECTED):
        _add_case(state, event)  # an upheld verdict changes nothing in custody
    elif kind is EventType.TRANSFERRED:
        if not held:
            state.conflict(event, "transferred while not held", state.opened_by)
            return
        state.facility_id = event.facility_id
    elif kind is EventType.INCOMMUNICADO:
        if not held:
            state.conflict(event, "incommunicado while not held", state.opened_by)
            return
        if state.incommunicado:
            state.conflict(event, "already incommunicado", state.incommunicado_by)
            return
        state.incommunicado = True
        state.incommunicado_by = event.id
    elif kind is EventType.CONTACT_RESTORED:
        if not state.incommunicado:
            state.conflict(event, "contact restored but not incommunicado", state.opened_by)
            return
        state.incommunicado = False
        state.incommunicado_by = None
    elif kind in _RELEASES:
        if not held:
            state.conflict(event, f"{kind.value} with no detention", state.opened_by)
            return
        _leave_custody(state, event, Custody.RELEASED)
    elif kind is EventType.EXILED:
        if held:
            _leave_custody(state, event, Custody.RELEASED)
    elif kind is EventType.DIED_IN_CUSTODY:
        if not held:
            state.conflict(event, "died in custody but was not held", state.opened_by)
            return
        _leave_custody(state, event, Custody.DIED)


def fold(
    events: Iterable[Event], known_at: dt.date | None = None, headline: Headline | None = None
) -> Fold:
    """Fold a person's events (as known at ``known_at``, or now) into segments; the
    ``headline`` (any organisation by default) decides whose recognition counts."""
    rule = headline or Headline()
    state = _State()
    segments: list[Segment] = []
    for event in active_events(events, known_at):
        day = event.date.effective
        _apply(state, event, rule)
        segment = state.snapshot(day)
        if segments and segments[-1].start == day:
            segments.pop()  # several events on one day: the day ends in the last state
            if segments:
                segments[-1] = replace(segments[-1], end=None)
        if segments and _same_status(segments[-1], segment):
            continue
        if segments:
            segments[-1] = replace(segments[-1], end=day)
        segments.append(segment)
    # Leading "at liberty" says nothing the absence of segments does not.
    while segments and segments[0].custody is Custody.AT_LIBERTY and not segments[0].recognized_by:
        segments.pop(0)
    return Fold(tuple(segments), tuple(state.conflicts))


def _same_status(a: Segment, b: Segment) -> bool:
    return (a.custody, a.recognized, a.incommunicado, a.facility_id, a.articles, a.case_ids,
            a.recognized_by) == (b.custody, b.recognized, b.incommunicado, b.facility_id,
                                 b.articles, b.case_ids, b.recognized_by)  # fmt: skip
