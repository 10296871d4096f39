"""A tiny extractor with the real protocol, for testing ingestion and review without NLP."""

from __future__ import annotations

import datetime as dt

from vigil.extract.types import (
    Extraction,
    FoundEvent,
    FoundFacility,
    FoundFigure,
    FoundPerson,
    Role,
    Span,
)
from vigil.model import EventType, PartialDate, Qualifier

TEXT = (
    "Volha Krumenka was detained on May 28, 2021 and taken to Hrodna prison. "
    "Rights defenders recognized Krumenka as a political prisoner on June 1. "
    "Her neighbour Ivan Test was released, the report says. "
    "More than 1,400 people are behind bars."
)


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


class FakeExtractor:
    """Finds the statements of TEXT by position; ``version`` names the extractor."""

    def __init__(self, version: str = "fake.v1", dates: bool = True) -> None:
        self.version = version
        self.dates = dates

    def __call__(
        self, text: str, *, published: dt.date | None = None, language: str | None = None
    ) -> Extraction:
        if "Krumenka" not in text:
            return Extraction(self.version, language, notes=("nothing relevant found",))
        detained = FoundEvent(
            EventType.DETAINED,
            _span(text, "Volha Krumenka was detained on May 28, 2021"),
            date=PartialDate(2021, 5, 28) if self.dates else None,
            facility="Hrodna prison",
            confidence=0.9,
            reason="'was detained on' + date",
        )
        recognized = FoundEvent(
            EventType.RECOGNIZED_POLITICAL_PRISONER,
            _span(text, "recognized Krumenka as a political prisoner on June 1"),
            date=PartialDate(2021, 6, 1),
            confidence=0.8,
        )
        released = FoundEvent(
            EventType.RELEASED, _span(text, "Ivan Test was released"), confidence=0.4
        )
        return Extraction(
            self.version,
            "en",
            persons=(
                FoundPerson(
                    "Volha Krumenka",
                    Role.DETAINEE,
                    _span(text, "Volha Krumenka"),
                    gender="female",
                    events=(detained, recognized),
                    confidence=0.95,
                ),
                FoundPerson(
                    "Ivan Test",
                    Role.DETAINEE,
                    _span(text, "Ivan Test"),
                    events=(released,),
                    confidence=0.6,
                ),
            ),
            figures=(
                FoundFigure(
                    1400,
                    Qualifier.MORE_THAN,
                    "political_prisoners_held",
                    _span(text, "More than 1,400 people are behind bars"),
                    as_of=PartialDate.of(published) if published else None,
                    confidence=0.9,
                ),
            ),
            facilities=(FoundFacility("Hrodna prison", _span(text, "Hrodna prison"), 0.9),),
        )
