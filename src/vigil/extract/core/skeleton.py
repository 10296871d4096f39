"""The order of an extractor's steps, one template for every language pack.

A run over one document goes: events per sentence (triggers of the pack's words, the
participants the pack's structure gives, the date the structure or the sentence gives),
then group to member (``members``), then dates along the ladder (``dating``: neighbouring
sentences, then the publication date), then the output (one event per type and person,
roles, figures, places, quotes). A pack implements the four hooks; the skeleton keeps
their order, so every language answers the same questions in the same sequence.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from vigil.extract.types import Extraction

__all__ = ["Skeleton"]


class Skeleton(ABC):
    """One run of a pack over one document."""

    @abstractmethod
    def find_events(self) -> None:
        """Per sentence: triggers, their participants and the date of each."""

    @abstractmethod
    def attach_members(self) -> None:
        """A group's events to the members the text then names."""

    @abstractmethod
    def carry_dates(self) -> None:
        """Undated events: a neighbouring sentence's date, then the publication date."""

    @abstractmethod
    def build(self) -> Extraction:
        """One event per type and person, roles, figures, places, quotes."""

    def extraction(self) -> Extraction:
        self.find_events()
        self.attach_members()
        self.carry_dates()
        return self.build()
