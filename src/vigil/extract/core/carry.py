"""Date carry, shared by the language packs: the rungs of the ladder between the sentence
and the publication date (``dating``).

An event with no date of its own takes the date of the same kind of event (``family``) at
most ``reach`` sentences before it; a recognition with no date takes the date of the
statement or list the article reports. Which of a sentence's dates are free to carry to a
person, and what marks an announcement, is the pack's (English: ``extract/carry.py``;
Russian and Belarusian: ``extract/slavic/carry.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from vigil.extract.dates import FoundDate
from vigil.model import EventType

__all__ = ["Dated", "family", "recognitions_on", "same_kind"]

_FAMILY = {EventType.CONVICTED_IN_ABSENTIA: EventType.SENTENCED}


def family(kind: EventType) -> EventType:
    """The kind of event a trigger states, for carrying dates: an in-absentia conviction
    is a sentencing."""
    return _FAMILY.get(kind, kind)


class Dated(Protocol):
    """An event of a pack as the ladder sees it."""

    type: EventType
    sentence: int
    date: FoundDate | None
    inherited: bool


def _has_date(e: Dated) -> bool:
    return e.date is not None and e.date.date is not None


def same_kind(
    events: Iterable[Dated], pool: Sequence[Dated], reach: int, *, same_sentence: bool = True
) -> None:
    """Each undated event of ``events`` takes the date of the latest dated event of
    ``pool`` of its family at most ``reach`` sentences before it (its own sentence too
    when ``same_sentence``)."""
    dated = sorted((e for e in pool if _has_date(e)), key=lambda e: e.sentence)
    low = 0 if same_sentence else 1
    for e in events:
        if _has_date(e):
            continue
        source = [d for d in dated if family(d.type) == family(e.type)
                  and low <= e.sentence - d.sentence <= reach and d is not e]  # fmt: skip
        if source:
            e.date, e.inherited = source[-1].date, True


def recognitions_on(events: Iterable[Dated], announced: FoundDate | None) -> None:
    """An undated recognition happened on the day of the announcement the text reports."""
    if announced is None:
        return
    for e in events:
        if e.type is EventType.RECOGNIZED_POLITICAL_PRISONER and not _has_date(e):
            e.date, e.inherited = announced, True
