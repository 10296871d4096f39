"""Recognitions: whether, by whom and under which criterion a person is a political
prisoner. (Cases are in ``vigil.model.prosecution``.)"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Recognition", "RecognitionStatus"]


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
