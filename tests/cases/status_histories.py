"""Golden histories: one person's events → the segments and conflicts the fold must give.

Each row is a small, realistic record written the way a reviewer would read it. Events
are listed in the order they were entered, which is deliberately not always date order:
the fold must not care. Conflicts are ``(event_id, related_event_id)``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import strategies as st

from vigil.model import (
    Event,
    EventDetail,
    EventType,
    PartialDate,
    Precision,
    Recognition,
    RecognitionStatus,
    Regime,
)
from vigil.status import Custody, Segment

__all__ = [
    "CASES",
    "MONITORING",
    "PERSON",
    "REC",
    "RECORDED",
    "WITHDRAWN",
    "History",
    "ev",
    "histories",
    "partial_dates",
    "seg",
]

PERSON = 1
RECORDED = dt.datetime(2025, 1, 1, 12, 0)


def ev(
    id: int,
    type: str,
    date: str,
    *,
    facility: int | None = None,
    case: int | None = None,
    articles: tuple[str, ...] = (),
    regime: str | None = None,
    recognition: RecognitionStatus | None = None,
    supersedes: int | None = None,
    recorded_at: dt.datetime = RECORDED,
) -> Event:
    """One event of person 1, written tersely: ``ev(3, "released", "2022-08-10")``. A
    recognition is Viasna's (recognized unless ``recognition`` says otherwise)."""
    if recognition is None and type == "recognized_political_prisoner":
        recognition = RecognitionStatus.RECOGNIZED
    detail = EventDetail(
        articles=articles,
        regime=Regime(regime) if regime else None,
        recognition=Recognition(recognition, "Viasna") if recognition else None,
    )
    return Event(
        PERSON,
        EventType(type),
        PartialDate.parse(date),
        recorded_at,
        facility_id=facility,
        case_id=case,
        detail=detail,
        supersedes=supersedes,
        id=id,
    )


def seg(
    start: str,
    end: str | None,
    custody: str,
    *,
    rec: bool = False,
    inc: bool = False,
    facility: int | None = None,
    articles: tuple[str, ...] = (),
    cases: tuple[int, ...] = (),
) -> Segment:
    """An expected segment: ``seg("2021-01-01", None, "detained", rec=True)``."""
    return Segment(
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end) if end else None,
        Custody(custody),
        rec,
        inc,
        facility,
        articles,
        cases,
        ("Viasna",) if rec else (),
    )


REC = RecognitionStatus.RECOGNIZED
WITHDRAWN = RecognitionStatus.WITHDRAWN
MONITORING = RecognitionStatus.UNDER_MONITORING


@dataclass(frozen=True)
class History:
    name: str
    events: tuple[Event, ...]
    segments: tuple[Segment, ...]
    conflicts: tuple[tuple[int, int | None], ...] = ()


CASES: tuple[History, ...] = (
    History(
        "detained, sentenced, transferred, released",
        (
            ev(1, "detained", "2020-08-10", facility=10, case=5, articles=("342",)),
            ev(2, "recognized_political_prisoner", "2020-08-20", recognition=REC),
            ev(3, "sentenced", "2021-02-01", case=5, articles=("342",), regime="general"),
            ev(4, "transferred", "2021-03-15", facility=20),
            ev(5, "released", "2022-08-10"),
        ),
        (
            seg("2020-08-10", "2020-08-20", "detained", facility=10, articles=("342",), cases=(5,)),
            seg(
                "2020-08-20",
                "2021-02-01",
                "detained",
                rec=True,
                facility=10,
                articles=("342",),
                cases=(5,),
            ),
            seg(
                "2021-02-01",
                "2021-03-15",
                "imprisoned",
                rec=True,
                facility=10,
                articles=("342",),
                cases=(5,),
            ),
            seg(
                "2021-03-15",
                "2022-08-10",
                "imprisoned",
                rec=True,
                facility=20,
                articles=("342",),
                cases=(5,),
            ),
            seg("2022-08-10", None, "released", rec=True),
        ),
    ),
    History(
        "pardoned after a month-precision sentence; entered out of order",
        (
            ev(3, "pardoned", "2024-07-03"),
            ev(2, "sentenced", "2021-06", articles=("293.1",), facility=7),
            ev(1, "detained", "2021-01-05", articles=("293.1",)),
            ev(4, "recognized_political_prisoner", "2021-01-05", recognition=REC),
        ),
        (
            seg("2021-01-05", "2021-06-01", "detained", rec=True, articles=("293.1",)),
            seg(
                "2021-06-01",
                "2024-07-03",
                "imprisoned",
                rec=True,
                facility=7,
                articles=("293.1",),
            ),
            seg("2024-07-03", None, "released", rec=True),
        ),
    ),
    History(
        "sentence completed, never recognized",
        (
            ev(1, "detained", "2019-03-01", facility=1),
            ev(2, "sentenced", "2019-06-15", regime="strict", facility=2),
            ev(3, "sentence_completed", "2022-03-01"),
        ),
        (
            seg("2019-03-01", "2019-06-15", "detained", facility=1),
            seg("2019-06-15", "2022-03-01", "imprisoned", facility=2),
            seg("2022-03-01", None, "released"),
        ),
    ),
    History(
        "died in custody: articles and cases stay on the record, the facility does not",
        (
            ev(1, "detained", "2020", facility=3, case=9, articles=("130.3",)),
            ev(2, "recognized_political_prisoner", "2020-02-01", recognition=REC),
            ev(3, "died_in_custody", "2021-05-21", facility=3),
        ),
        (
            seg(
                "2020-01-01", "2020-02-01", "detained", facility=3, articles=("130.3",), cases=(9,)
            ),
            seg(
                "2020-02-01",
                "2021-05-21",
                "detained",
                rec=True,
                facility=3,
                articles=("130.3",),
                cases=(9,),
            ),
            seg("2021-05-21", None, "died", rec=True, articles=("130.3",), cases=(9,)),
        ),
    ),
    History(
        "non-custodial sentence releases a pre-trial detainee",
        (
            ev(1, "detained", "2021-01-10", facility=4, articles=("342",)),
            ev(2, "sentenced", "2021-05-01", regime="restricted_freedom", articles=("342",)),
        ),
        (
            seg("2021-01-10", "2021-05-01", "detained", facility=4, articles=("342",)),
            seg("2021-05-01", None, "released"),
        ),
    ),
    History(
        "suspended sentence while held releases too",
        (
            ev(1, "detained", "2021-01-10"),
            ev(2, "sentenced", "2021-02-10", regime="suspended"),
        ),
        (
            seg("2021-01-10", "2021-02-10", "detained"),
            seg("2021-02-10", None, "released"),
        ),
    ),
    History(
        "sentenced from liberty imprisons; charges at liberty carry into prison",
        (
            ev(1, "charged", "2021-02-01", articles=("342",), case=2),
            ev(2, "sentenced", "2021-06-01", regime="general", facility=30, case=2),
        ),
        (
            seg(
                "2021-06-01",
                None,
                "imprisoned",
                facility=30,
                articles=("342",),
                cases=(2,),
            ),
        ),
    ),
    History(
        "a sentence with no regime is custodial",
        (ev(1, "sentenced", "2022-04-04", facility=8),),
        (seg("2022-04-04", None, "imprisoned", facility=8),),
    ),
    History(
        "non-custodial sentence or conviction in absentia from liberty: no segments",
        (
            ev(1, "sentenced", "2022-04-04", regime="fine", articles=("369",)),
            ev(2, "convicted_in_absentia", "2023-01-01", articles=("361-1.1",)),
            ev(3, "exiled", "2023-02-01"),
        ),
        (),
    ),
    History(
        "recognition, withdrawal, monitoring and recognition again",
        (
            ev(1, "detained", "2021-01-01"),
            ev(2, "recognized_political_prisoner", "2021-02-01", recognition=REC),
            ev(3, "recognized_political_prisoner", "2021-09-01", recognition=WITHDRAWN),
            ev(4, "recognized_political_prisoner", "2021-10-01", recognition=MONITORING),
            ev(5, "recognized_political_prisoner", "2022-01-01"),
        ),
        (
            seg("2021-01-01", "2021-02-01", "detained"),
            seg("2021-02-01", "2021-09-01", "detained", rec=True),
            seg("2021-09-01", "2022-01-01", "detained"),
            seg("2022-01-01", None, "detained", rec=True),
        ),
    ),
    History(
        "recognized while at liberty, then detained and released",
        (
            ev(1, "recognized_political_prisoner", "2020-05-01", recognition=REC),
            ev(2, "detained", "2020-06-01"),
            ev(3, "released", "2020-06-11"),
        ),
        (
            seg("2020-05-01", "2020-06-01", "at_liberty", rec=True),
            seg("2020-06-01", "2020-06-11", "detained", rec=True),
            seg("2020-06-11", None, "released", rec=True),
        ),
    ),
    History(
        "incommunicado, contact restored, incommunicado again, cleared on release",
        (
            ev(1, "detained", "2021-01-01"),
            ev(2, "incommunicado", "2023-02-01"),
            ev(3, "contact_restored", "2024-01-01"),
            ev(4, "incommunicado", "2024-06-01"),
            ev(5, "released", "2025-01-01"),
        ),
        (
            seg("2021-01-01", "2023-02-01", "detained"),
            seg("2023-02-01", "2024-01-01", "detained", inc=True),
            seg("2024-01-01", "2024-06-01", "detained"),
            seg("2024-06-01", "2025-01-01", "detained", inc=True),
            seg("2025-01-01", None, "released"),
        ),
    ),
    History(
        "incommunicado survives a transfer",
        (
            ev(1, "detained", "2021-01-01", facility=1),
            ev(2, "incommunicado", "2021-03-01"),
            ev(3, "transferred", "2021-04-01", facility=2),
        ),
        (
            seg("2021-01-01", "2021-03-01", "detained", facility=1),
            seg("2021-03-01", "2021-04-01", "detained", inc=True, facility=1),
            seg("2021-04-01", None, "detained", inc=True, facility=2),
        ),
    ),
    History(
        "exiled while held is a release by expulsion",
        (
            ev(1, "detained", "2020-09-07", facility=1),
            ev(2, "incommunicado", "2021-02-01"),
            ev(3, "exiled", "2021-09-05"),
        ),
        (
            seg("2020-09-07", "2021-02-01", "detained", facility=1),
            seg("2021-02-01", "2021-09-05", "detained", inc=True, facility=1),
            seg("2021-09-05", None, "released"),
        ),
    ),
    History(
        "a corrected release date supersedes the first one",
        (
            ev(1, "detained", "2020-01-01"),
            ev(2, "released", "2020-06-01"),
            ev(3, "released", "2020-07-01", supersedes=2),
        ),
        (
            seg("2020-01-01", "2020-07-01", "detained"),
            seg("2020-07-01", None, "released"),
        ),
    ),
    History(
        "superseding a superseding event: only the last correction stands",
        (
            ev(1, "detained", "2020-01-01"),
            ev(2, "released", "2020-06-01"),
            ev(3, "released", "2020-07-01", supersedes=2),
            ev(4, "released", "2020-08-01", supersedes=3),
        ),
        (
            seg("2020-01-01", "2020-08-01", "detained"),
            seg("2020-08-01", None, "released"),
        ),
    ),
    History(
        "a release found to be wrong is superseded by a transfer",
        (
            ev(1, "detained", "2020-01-01", facility=1),
            ev(2, "released", "2020-06-01"),
            ev(3, "transferred", "2020-06-01", facility=2, supersedes=2),
        ),
        (
            seg("2020-01-01", "2020-06-01", "detained", facility=1),
            seg("2020-06-01", None, "detained", facility=2),
        ),
    ),
    History(
        "detained, recognized and incommunicado on one day: one segment",
        (
            ev(3, "incommunicado", "2022-03-03"),
            ev(2, "recognized_political_prisoner", "2022-03-03", recognition=REC),
            ev(1, "detained", "2022-03-03", facility=6),
        ),
        (seg("2022-03-03", None, "detained", rec=True, inc=True, facility=6),),
    ),
    History(
        "detained and released on the same day: the day ends released",
        (
            ev(2, "released", "2022-03-03"),
            ev(1, "detained", "2022-03-03"),
        ),
        (seg("2022-03-03", None, "released"),),
    ),
    History(
        "moved out and back on one day: no new segment",
        (
            ev(1, "detained", "2021-01-01", facility=1),
            ev(2, "transferred", "2021-03-01", facility=2, recorded_at=RECORDED),
            ev(
                3,
                "transferred",
                "2021-03-01",
                facility=1,
                recorded_at=RECORDED + dt.timedelta(hours=1),
            ),
        ),
        (seg("2021-01-01", None, "detained", facility=1),),
    ),
    History(
        "released and re-detained on one day: the day ends held",
        (
            ev(1, "detained", "2021-01-01", facility=1),
            ev(2, "released", "2021-05-01"),
            ev(3, "detained", "2021-05-01", facility=2),
        ),
        # same-day order puts detained before released: the second detention conflicts
        # with the first, and the release then ends custody
        (
            seg("2021-01-01", "2021-05-01", "detained", facility=1),
            seg("2021-05-01", None, "released"),
        ),
        ((3, 1),),
    ),
    History(
        "a day inside a month sorts before the month as a whole",
        (
            ev(1, "detained", "2021-03"),
            ev(2, "released", "2021-03-01"),
        ),
        (seg("2021-03-01", None, "detained"),),
        ((2, None),),
    ),
    # --- conflicts -------------------------------------------------------------------
    History(
        "release with no detention",
        (ev(1, "released", "2021-01-01"),),
        (),
        ((1, None),),
    ),
    History(
        "pardon and sentence completed with no detention, before a real detention",
        (
            ev(1, "pardoned", "2020-01-01"),
            ev(2, "sentence_completed", "2020-02-01"),
            ev(3, "detained", "2020-03-01"),
        ),
        (seg("2020-03-01", None, "detained"),),
        ((1, None), (2, None)),
    ),
    History(
        "second release after the first one",
        (
            ev(1, "detained", "2020-01-01"),
            ev(2, "released", "2020-02-01"),
            ev(3, "released", "2020-03-01"),
        ),
        (
            seg("2020-01-01", "2020-02-01", "detained"),
            seg("2020-02-01", None, "released"),
        ),
        ((3, 2),),
    ),
    History(
        "two open detentions",
        (
            ev(1, "detained", "2021-01-01", facility=1, articles=("342",)),
            ev(2, "detained", "2021-02-01", facility=2, articles=("130",)),
        ),
        (seg("2021-01-01", None, "detained", facility=1, articles=("342",)),),
        ((2, 1),),
    ),
    History(
        "a second detention of an imprisoned person conflicts with the one that opened custody",
        (
            ev(1, "sentenced", "2021-01-01"),
            ev(2, "detained", "2021-02-01"),
        ),
        (seg("2021-01-01", None, "imprisoned"),),
        ((2, 1),),
    ),
    History(
        "transfer while free",
        (
            ev(1, "detained", "2021-01-01", facility=1),
            ev(2, "released", "2021-02-01"),
            ev(3, "transferred", "2021-03-01", facility=2),
        ),
        (
            seg("2021-01-01", "2021-02-01", "detained", facility=1),
            seg("2021-02-01", None, "released"),
        ),
        ((3, 2),),
    ),
    History(
        "events after death; a recognition after death still counts",
        (
            ev(1, "detained", "2021-01-01"),
            ev(2, "died_in_custody", "2021-05-01"),
            ev(3, "released", "2021-06-01"),
            ev(4, "detained", "2021-07-01"),
            ev(5, "recognized_political_prisoner", "2021-08-01", recognition=REC),
        ),
        (
            seg("2021-01-01", "2021-05-01", "detained"),
            seg("2021-05-01", "2021-08-01", "died"),
            seg("2021-08-01", None, "died", rec=True),
        ),
        ((3, 2), (4, 2)),
    ),
    History(
        "contact restored without incommunicado",
        (
            ev(1, "detained", "2021-01-01"),
            ev(2, "contact_restored", "2021-02-01"),
        ),
        (seg("2021-01-01", None, "detained"),),
        ((2, 1),),
    ),
    History(
        "incommunicado while free, and twice while held",
        (
            ev(1, "incommunicado", "2020-06-01"),
            ev(2, "detained", "2021-01-01"),
            ev(3, "incommunicado", "2021-02-01"),
            ev(4, "incommunicado", "2021-03-01"),
        ),
        (
            seg("2021-01-01", "2021-02-01", "detained"),
            seg("2021-02-01", None, "detained", inc=True),
        ),
        ((1, None), (4, 3)),
    ),
)


# --- random histories, for property tests -------------------------------------------

_TYPES = [
    *EventType,
    # detentions, recognitions and incommunicado weighted up, so that histories are
    # often held, counted and out of sight
    EventType.DETAINED,
    EventType.DETAINED,
    EventType.DETAINED,
    EventType.RECOGNIZED_POLITICAL_PRISONER,
    EventType.RECOGNIZED_POLITICAL_PRISONER,
    EventType.INCOMMUNICADO,
]


# Strategies are built once: constructing them inside a draw is what makes tests slow.
_DAYS = st.dates(dt.date(2015, 1, 1), dt.date(2025, 12, 31))
_RECORDED_AT = st.datetimes(dt.datetime(2015, 1, 1), dt.datetime(2026, 12, 31))
_SMALL_ID = st.none() | st.integers(1, 3)
_ARTICLES = st.lists(st.sampled_from(["342", "130.3", "361-1.1"]), max_size=2).map(tuple)
_REGIME = st.none() | st.sampled_from(Regime)
_RECOGNITION = st.none() | st.builds(Recognition, st.sampled_from(RecognitionStatus))


@st.composite
def partial_dates(draw: st.DrawFn, days: st.SearchStrategy[dt.date] = _DAYS) -> PartialDate:
    """Any partial date on ``days`` (2015-2025 unless told), of any precision."""
    return PartialDate.from_parts(draw(days), draw(st.sampled_from(Precision)), draw(st.booleans()))


_PARTIAL_DATES = partial_dates()

_EVENT_PARTS = st.tuples(
    st.sampled_from(_TYPES),
    _PARTIAL_DATES,
    _RECORDED_AT,
    _SMALL_ID,  # facility
    _SMALL_ID,  # case
    _ARTICLES,
    _REGIME,
    _RECOGNITION,
    st.none() | st.integers(0, 1_000),  # which earlier event to supersede, if any
)


@st.composite
def histories(draw: st.DrawFn, max_events: int = 12, person_id: int = PERSON) -> list[Event]:
    """0 to ``max_events`` events of one person: random types, partial dates in
    2015-2025, random recording times, unique ids; a correction may supersede an
    event with a lower id."""
    parts = draw(st.lists(_EVENT_PARTS, max_size=max_events))
    ids = sorted(
        draw(
            st.lists(st.integers(1, 10_000), min_size=len(parts), max_size=len(parts), unique=True)
        )
    )
    events: list[Event] = []
    for event_id, part in zip(ids, parts, strict=True):
        type, date, recorded_at, facility, case, articles, regime, recognition, target = part
        supersedes = None
        if target is not None and events:
            supersedes = events[target % len(events)].id
        detail = EventDetail(
            articles=articles,
            regime=regime if type is EventType.SENTENCED else None,
            recognition=recognition if type is EventType.RECOGNIZED_POLITICAL_PRISONER else None,
        )
        events.append(
            Event(
                person_id,
                type,
                date,
                recorded_at,
                facility_id=facility,
                case_id=case,
                detail=detail,
                supersedes=supersedes,
                id=event_id,
            )
        )
    return events
