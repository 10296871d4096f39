"""Cases (one prosecution of one person) and recognitions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Case", "Recognition", "RecognitionStatus"]


@dataclass(frozen=True, slots=True)
class Case:
    """One prosecution. ``activity`` is what the person actually did (a comment, a
    donation, a protest), kept apart from the legal ``articles`` charged."""

    person_id: int
    articles: tuple[str, ...] = ()
    activity: str | None = None
    court: str | None = None
    judge: str | None = None
    verdict: str | None = None
    id: int | None = None


class RecognitionStatus(StrEnum):
    RECOGNIZED = "recognized"
    UNDER_MONITORING = "under_monitoring"
    NOT_RECOGNIZED = "not_recognized"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class Recognition:
    """Whether, by whom and under which criterion a person is a political prisoner."""

    status: RecognitionStatus = RecognitionStatus.RECOGNIZED
    by: str | None = None  # "Viasna", "joint statement of Belarusian NGOs", ...
    criterion: str | None = None  # "PACE 1900 (2012) 3.b", "2013 guidelines"
