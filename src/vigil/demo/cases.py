"""Group trials for the demo registry: a few cases of several fictional defendants each
(a trial of five, a journalists' trial of seven, ...), heard by real courts and
fictional judges, with each defendant's verdict taken from their planned sentence.

Cases are written through ``vigil.store.cases`` as a documenter's would be (each an
entry of the audit log), after the plan's persons and events."""

from __future__ import annotations

import random
from collections.abc import Sequence

from sqlalchemy import Connection

from vigil.demo.build import DEMO_ACTOR
from vigil.demo.generator import Plan, PlannedEvent
from vigil.model import Appeal, Case, Court, Defendant, EventType, Judge, PartialDate, Verdict
from vigil.store import cases as store

__all__ = ["TRIALS", "add_demo_cases"]

#: (title, defendants, court, judge, articles, activity): the group trials of the demo.
TRIALS: tuple[tuple[str, int, str, str, tuple[str, ...], str], ...] = (
    ("Case of the five (Homiel)", 5, "Homiel Regional Court", "Demo Judge Ivan Prykladau",
     ("342",), "blocking a road during a protest march"),
    ("Case of the seven journalists", 7, "Minsk City Court", "Demo Judge Alena Uzorava",
     ("361-1", "130"), "reporting on the protests for an independent outlet"),
    ("Case of the strike committee", 4, "Hrodna Regional Court", "Demo Judge Ivan Prykladau",
     ("361-1",), "calling a strike at a factory"),
    ("Case of the neighbourhood chat", 3, "Maskouski District Court of Minsk",
     "Demo Judge Pavel Shablonau", ("342", "130"), "administering a neighbourhood chat"),
    ("Case of the two drivers", 2, "Homiel Regional Court", "Demo Judge Alena Uzorava",
     ("342",), "honking in support of protesters"),
)  # fmt: skip


_ENDS = {
    EventType.RELEASED,
    EventType.PARDONED,
    EventType.SENTENCE_COMPLETED,
    EventType.DIED_IN_CUSTODY,
    EventType.EXILED,
}


def _sentence(events: Sequence[PlannedEvent]) -> PlannedEvent | None:
    """The last sentence of a person still serving it (group trials are news while their
    defendants are held)."""
    last = next((e for e in reversed(events) if e.type is EventType.SENTENCED), None)
    if last is None or any(e.type in _ENDS and e.date.sort_key() > last.date.sort_key()
                           for e in events):  # fmt: skip
        return None
    return last


def _months_later(date: PartialDate, months: int) -> PartialDate:
    index = date.year * 12 + (date.month or 1) - 1 + months
    return PartialDate(index // 12, index % 12 + 1)


def add_demo_cases(conn: Connection, plan: Plan, person_ids: Sequence[int], *, seed: int = 7
                   ) -> list[int]:  # fmt: skip
    """Open the demo's group trials among the sentenced persons of ``plan`` (``person_ids``
    as ``write_plan`` returned them); returns the case ids. Each trial has at least one
    named defendant; a registry too small for a trial gets fewer."""
    rng = random.Random(seed)
    sentenced = [(pid, e) for pid, p in zip(person_ids, plan.persons, strict=True)
                 if (e := _sentence(p.events)) is not None]  # fmt: skip
    sentenced.sort(key=lambda item: item[1].date.sort_key())
    made: list[int] = []
    at = 0
    for title, size, court, judge, articles, activity in TRIALS:
        group = sentenced[at : at + size]
        if len(group) < size:
            break
        at += size + rng.randint(0, 3)  # the trials are spread over the years
        defendants = []
        for n, (pid, e) in enumerate(group):
            d = e.detail
            appeal = Appeal.REDUCED if n == 1 and size > 4 else Appeal.UPHELD
            verdict = Verdict(e.date, d.term_months, d.regime)
            appeal_date = _months_later(e.date, 2) if e.date.month else None
            defendants.append(Defendant(pid, verdict, appeal, appeal_date))
        hearings = (PartialDate.of(group[0][1].date.earliest),)
        case = Case(title, tuple(defendants), articles, activity, Court(court), Judge(judge),
                    "Demo Prosecutor Andrei Uzor", hearings)  # fmt: skip
        made.append(store.add_case(conn, case, by=DEMO_ACTOR))
    return made
