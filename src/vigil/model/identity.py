"""Who is who: merges and splits of person records, and the events each record owns.

A merge says two records are one person (the second is merged into the first); a split
moves some events of a record to a new record. Decisions are kept forever; undoing one
is a new decision. ``Identity`` is what the decisions in force add up to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["Identity", "LinkKind", "PersonLink"]


class LinkKind(StrEnum):
    MERGE = "merge"
    SPLIT = "split"
    UNDO = "undo"


@dataclass(frozen=True, slots=True)
class PersonLink:
    """One identity decision, with who made it, when and why."""

    kind: LinkKind
    by: str
    at: dt.datetime
    why: str
    kept_id: int | None = None  # merge: the record that stays; split: the record split
    other_id: int | None = None  # merge: the record merged away; split: the new record
    event_ids: tuple[int, ...] = ()  # split: the events moved to the new record
    undoes: int | None = None  # undo: the decision undone
    matcher: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Identity:
    """The merges and splits in force."""

    redirect: dict[int, int] = field(default_factory=dict)  # merged → kept
    moved: dict[int, int] = field(default_factory=dict)  # event → record it was split to

    @classmethod
    def of(cls, links: Iterable[PersonLink]) -> Identity:
        ordered = sorted(links, key=lambda link: link.id or 0)
        undone = {link.undoes for link in ordered if link.kind is LinkKind.UNDO}
        redirect: dict[int, int] = {}
        moved: dict[int, int] = {}
        for link in ordered:
            if link.id in undone or link.kind is LinkKind.UNDO:
                continue
            if link.kind is LinkKind.MERGE and link.kept_id and link.other_id:
                redirect[link.other_id] = link.kept_id
            elif link.kind is LinkKind.SPLIT and link.other_id:
                for event_id in link.event_ids:
                    moved[event_id] = link.other_id
        return cls(redirect, moved)

    def canonical(self, person_id: int) -> int:
        """The record a person id stands for now (following merges)."""
        seen = {person_id}
        while person_id in self.redirect:
            person_id = self.redirect[person_id]
            if person_id in seen:  # a cycle cannot be written, but never loop on one
                break
            seen.add(person_id)
        return person_id

    def owner(self, event_id: int, person_id: int) -> int:
        """The record an event belongs to now."""
        return self.canonical(self.moved.get(event_id, person_id))

    def members(self, person_id: int) -> set[int]:
        """Every record id that stands for ``person_id`` (itself and those merged in)."""
        ids = {person_id} | set(self.redirect) | set(self.redirect.values())
        return {i for i in ids if self.canonical(i) == person_id}
