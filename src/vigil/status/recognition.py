"""Whose recognition counts: each organisation's position, and the headline's rule.

Organisations differ: Viasna may recognize a person whom Memorial does not, and each
publishes its own number. A recognition event records one organisation's position
(recognized, under monitoring, not recognized, withdrawn); it changes that
organisation's position only. The fold keeps, per day, the organisations whose position
is *recognized*; a ``Headline`` decides from them whether the headline count counts the
person: any organisation, one, any of a set, or all of a set.

A recognition recorded without an organisation is the registry's own ("unattributed",
key ``""``): it counts under a headline of any organisation, never under one that names
organisations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from vigil.errors import InvalidInput
from vigil.model import Event, EventType, PartialDate, RecognitionStatus

__all__ = [
    "UNATTRIBUTED",
    "UNATTRIBUTED_LABEL",
    "Headline",
    "Position",
    "Rule",
    "decode_organisations",
    "encode_organisations",
    "organisation_of",
    "positions",
]

#: The organisation of a recognition recorded without one, and how people see it named.
UNATTRIBUTED = ""
UNATTRIBUTED_LABEL = "unattributed"


class Rule(StrEnum):
    ANY = "any"  # recognized by at least one of the organisations
    ALL = "all"  # recognized by every one of them


def organisation_of(name: str | None) -> str:
    """An organisation's name as positions are kept under it: spaces collapsed, and no
    ``|`` (the stored list's separator)."""
    return " ".join((name or "").replace("|", "/").split())


def encode_organisations(names: Iterable[str]) -> str:
    """``("Memorial", "Viasna")`` → ``"|Memorial|Viasna|"``, so that one organisation is
    found by ``LIKE '%|Viasna|%'``; the unattributed one is the empty name (``"||"``)."""
    found = sorted(set(names))
    return "|" + "|".join(found) + "|" if found else ""


def decode_organisations(text: str) -> tuple[str, ...]:
    return tuple(text[1:-1].split("|")) if text else ()


@dataclass(frozen=True, slots=True)
class Headline:
    """Whose recognitions the headline count counts. No organisations: any at all."""

    rule: Rule = Rule.ANY
    organisations: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> Headline:
        """``any`` (or empty), ``Viasna``, ``any:Viasna,Memorial``, ``all:Viasna,Memorial``."""
        clean = text.strip()
        if clean.lower() in ("", "any"):
            return cls()
        rule = Rule.ANY
        head, sep, rest = clean.partition(":")
        if sep:
            try:
                rule = Rule(head.strip().lower())
            except ValueError:
                raise InvalidInput(
                    f"unknown headline rule {head.strip()!r}",
                    hint="write any:ORG,ORG or all:ORG,ORG (or one organisation's name)",
                ) from None
            clean = rest
        names = tuple(sorted({organisation_of(n) for n in clean.split(",")} - {""}))
        if not names:
            raise InvalidInput(
                f"no organisation named in headline {text!r}",
                hint="write e.g. Viasna, any:Viasna,Memorial or all:Viasna,Memorial",
            )
        return cls(rule, names)

    def __str__(self) -> str:
        if not self.organisations:
            return "any"
        if len(self.organisations) == 1:
            return self.organisations[0]
        return f"{self.rule.value}:{','.join(self.organisations)}"

    def counts(self, recognized_by: Iterable[str]) -> bool:
        """Whether a person recognized by these organisations is counted."""
        have = {n.casefold() for n in recognized_by}
        if not self.organisations:
            return bool(have)
        wanted = {n.casefold() for n in self.organisations}
        return wanted <= have if self.rule is Rule.ALL else bool(wanted & have)

    def describe(self) -> str:
        """For readers: whose count the headline is."""
        if not self.organisations:
            return "recognized by any organisation"
        joiner = " and " if self.rule is Rule.ALL else " or "
        return "recognized by " + joiner.join(self.organisations)


@dataclass(frozen=True, slots=True)
class Position:
    """One organisation's position on a person from ``date``, under ``criterion``;
    ``until`` is the date of its next position (None while it stands)."""

    organisation: str  # UNATTRIBUTED for a recognition recorded without one
    status: RecognitionStatus
    date: PartialDate
    criterion: str | None
    event_id: int | None
    until: PartialDate | None = None


def positions(events: Iterable[Event], known_at: dt.date | None = None) -> list[Position]:
    """Every organisation's positions over time (superseded events left out), grouped by
    organisation in name order, oldest first within each."""
    from vigil.status.fold import active_events  # the fold imports this module

    found: dict[str, list[Position]] = {}
    for e in active_events(events, known_at):
        if e.type is not EventType.RECOGNIZED_POLITICAL_PRISONER:
            continue
        rec = e.detail.recognition
        org = organisation_of(rec.by if rec else None)
        status = rec.status if rec else RecognitionStatus.RECOGNIZED
        criterion = rec.criterion if rec else None
        key = org.casefold()
        mine = found.setdefault(key, [])
        if mine:
            last = mine[-1]
            mine[-1] = Position(last.organisation, last.status, last.date, last.criterion,
                                last.event_id, e.date)  # fmt: skip
        mine.append(Position(mine[0].organisation if mine else org, status, e.date, criterion,
                             e.id))  # fmt: skip
    return [p for key in sorted(found) for p in found[key]]
