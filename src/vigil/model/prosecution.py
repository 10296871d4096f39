"""Cases: one prosecution with any number of defendants (group trials are common), the
court and judge that heard it, and each defendant's verdict and appeal.

A person can have several cases, and a case several persons: OVD-Info and Viasna count
both people and prosecutions. ``activity`` is what the defendants actually did (a
comment, a donation, a protest), kept apart from the legal ``articles`` charged.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vigil.model.dates import PartialDate
from vigil.model.event import Regime

__all__ = ["Appeal", "Case", "Court", "Defendant", "Judge", "Verdict", "term_text"]


class Appeal(StrEnum):
    """What the appeal court did with a defendant's verdict."""

    PENDING = "pending"
    UPHELD = "upheld"
    REDUCED = "reduced"
    INCREASED = "increased"
    OVERTURNED = "overturned"
    RETRIAL = "retrial"


@dataclass(frozen=True, slots=True)
class Court:
    name: str
    region: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Judge:
    name: str
    court_id: int | None = None  # the court the judge sits in, when known
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """One defendant's sentence: when, how long and under which regime (``note``: what a
    term and regime cannot say, e.g. "acquitted", "compulsory treatment")."""

    date: PartialDate | None = None
    term_months: int | None = None
    regime: Regime | None = None
    note: str | None = None

    def describe(self, *, with_date: bool = True) -> str:
        """For people: ``2021-10-12: 5 y 6 m; enhanced regime``."""
        parts = []
        if self.term_months is not None:
            parts.append(term_text(self.term_months))
        if self.regime is not None:
            parts.append(f"{self.regime.value.replace('_', ' ')} regime")
        if self.note:
            parts.append(self.note)
        text = "; ".join(parts)
        if with_date and self.date is not None:
            return f"{self.date}: {text}" if text else str(self.date)
        return text


def term_text(months: int) -> str:
    """``66`` → ``5 y 6 m``."""
    years, rest = divmod(months, 12)
    return " ".join(p for p in (f"{years} y" if years else "", f"{rest} m" if rest else "") if p)


@dataclass(frozen=True, slots=True)
class Defendant:
    person_id: int
    verdict: Verdict | None = None
    appeal: Appeal | None = None
    appeal_date: PartialDate | None = None

    def appeal_text(self) -> str:
        """``upheld (2022-02-01)``, or nothing when no appeal is recorded."""
        if self.appeal is None:
            return ""
        return self.appeal.value + (f" ({self.appeal_date})" if self.appeal_date else "")


@dataclass(frozen=True, slots=True)
class Case:
    """One prosecution. Read back, ``court`` and ``judge`` are the named records."""

    title: str
    defendants: tuple[Defendant, ...] = ()
    articles: tuple[str, ...] = ()
    activity: str | None = None
    court: Court | None = None
    judge: Judge | None = None
    prosecutor: str | None = None
    hearings: tuple[PartialDate, ...] = ()
    id: int | None = None

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(d.person_id for d in self.defendants)

    def defendant(self, person_id: int) -> Defendant | None:
        return next((d for d in self.defendants if d.person_id == person_id), None)
