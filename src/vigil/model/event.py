"""Events: append-only facts on a person, each resting on claims."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from vigil.errors import InvalidInput
from vigil.model.case import Recognition, RecognitionStatus
from vigil.model.dates import PartialDate

__all__ = ["Event", "EventDetail", "EventType", "Regime", "normalize_article"]


class EventType(StrEnum):
    DETAINED = "detained"
    CHARGED = "charged"
    SENTENCED = "sentenced"
    TRANSFERRED = "transferred"
    RECOGNIZED_POLITICAL_PRISONER = "recognized_political_prisoner"
    INCOMMUNICADO = "incommunicado"
    CONTACT_RESTORED = "contact_restored"
    PARDONED = "pardoned"
    RELEASED = "released"
    SENTENCE_COMPLETED = "sentence_completed"
    DIED_IN_CUSTODY = "died_in_custody"
    CONVICTED_IN_ABSENTIA = "convicted_in_absentia"
    #: A higher court upheld a verdict: the sentence stands and nothing in custody
    #: changes, but the timeline shows the step (news often reports only that).
    APPEAL_REJECTED = "appeal_rejected"
    EXILED = "exiled"

    @classmethod
    def parse(cls, text: str) -> EventType:
        try:
            return cls(text.strip().lower().replace("-", "_").replace(" ", "_"))
        except ValueError:
            known = ", ".join(member.value for member in cls)
            raise InvalidInput(
                f"unknown event type {text!r}", hint=f"use one of: {known}"
            ) from None


class Regime(StrEnum):
    """Sentence regimes; the custodial ones keep a person behind bars."""

    GENERAL = "general"
    ENHANCED = "enhanced"
    STRICT = "strict"
    SPECIAL = "special"
    PRISON = "prison"
    MEDIUM_SECURITY = "medium_security"
    COLONY_SETTLEMENT = "colony_settlement"
    OPEN_INSTITUTION = "open_institution"
    RESTRICTED_FREEDOM = "restricted_freedom"
    SUSPENDED = "suspended"
    FINE = "fine"

    @property
    def custodial(self) -> bool:
        return self not in {Regime.RESTRICTED_FREEDOM, Regime.SUSPENDED, Regime.FINE}

    @classmethod
    def parse(cls, text: str) -> Regime:
        try:
            return cls(text.strip().lower().replace("-", "_").replace(" ", "_"))
        except ValueError:
            known = ", ".join(member.value for member in cls)
            raise InvalidInput(f"unknown regime {text!r}", hint=f"use one of: {known}") from None


_ARTICLE = re.compile(r"^\d{1,3}(?:-\d{1,2})?(?:\.\d{1,2})?$")
# A section of a law that numbers its sections otherwise (Myanmar: ``505A``, ``505(a)``,
# ``CTL 50(j)``, ``UAA 17(1)``): kept as written.
_SECTION = re.compile(r"^(?:(?:CTL|UAA|TL|NDML) )?\d{1,3}[A-Z]?(?:\(\w{1,3}\)){0,2}$")


def normalize_article(text: str) -> str:
    """``"Art. 342"``, ``"342"`` → ``"342"``; ``"361-1 part 1"`` → ``"361-1.1"``.

    Articles are written ``number[-sub][.part]`` so that breakdowns group them; a
    section of a law numbered otherwise (``505A``, ``505(a)``, ``CTL 50(j)``) is kept.
    """
    if _SECTION.match(text.strip()) and not text.strip().isdigit():
        return text.strip()
    clean = text.strip().lower()
    for word in ("article", "art.", "art", "статья", "артыкул", "арт.", "ст.", "ст"):
        if clean.startswith(word):
            clean = clean[len(word) :].strip()
            break
    part = re.search(r"(?:part|ч\.?|частка|часть)\s*(\d{1,2})", clean)
    number = re.match(r"\d{1,3}(?:-\d{1,2})?(?![\d-])", clean)
    if number is None:
        raise InvalidInput(
            f"{text!r} is not a criminal-code article", hint="write e.g. 342 or 361-1.1"
        )
    result = number.group(0)
    rest = clean[number.end() :]
    if part:
        result += f".{part.group(1)}"
    elif rest.startswith(".") and rest[1:].isdigit():
        result += rest
    if not _ARTICLE.match(result):
        raise InvalidInput(
            f"{text!r} is not a criminal-code article", hint="write e.g. 342 or 361-1.1"
        )
    return result


@dataclass(frozen=True, slots=True)
class EventDetail:
    """What an event says beyond its type and date."""

    articles: tuple[str, ...] = ()
    term_months: int | None = None
    regime: Regime | None = None
    recognition: Recognition | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.articles:
            data["articles"] = list(self.articles)
        if self.term_months is not None:
            data["term_months"] = self.term_months
        if self.regime is not None:
            data["regime"] = self.regime.value
        if self.recognition is not None:
            data["recognition"] = {
                "status": self.recognition.status.value,
                "by": self.recognition.by,
                "criterion": self.recognition.criterion,
            }
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> EventDetail:
        if not data:
            return cls()
        rec = data.get("recognition")
        return cls(
            articles=tuple(data.get("articles", ())),
            term_months=data.get("term_months"),
            regime=Regime(data["regime"]) if data.get("regime") else None,
            recognition=Recognition(
                RecognitionStatus(rec["status"]), rec.get("by"), rec.get("criterion")
            )
            if rec
            else None,
            note=data.get("note"),
        )

    def describe(self) -> str:
        """For people: ``articles 342, 130; 5 y 6 m; enhanced regime``."""
        parts = []
        if self.articles:
            parts.append(("article " if len(self.articles) == 1 else "articles ")
                         + ", ".join(self.articles))  # fmt: skip
        if self.term_months is not None:
            years, months = divmod(self.term_months, 12)
            parts.append(" ".join(p for p in (f"{years} y" if years else "",
                                              f"{months} m" if months else "") if p))  # fmt: skip
        if self.regime is not None:
            parts.append(f"{self.regime.value.replace('_', ' ')} regime")
        if self.recognition is not None:
            rec = self.recognition
            parts.append(rec.status.value.replace("_", " ")
                         + (f" by {rec.by}" if rec.by else "")
                         + (f" ({rec.criterion})" if rec.criterion else ""))  # fmt: skip
        if self.note:
            parts.append(self.note)
        return "; ".join(parts)

    @property
    def custodial(self) -> bool:
        """A sentence without a regime is taken as custodial: most are."""
        return self.regime is None or self.regime.custodial


@dataclass(frozen=True, slots=True)
class Event:
    """A fact on a person. Never changed: a correction is a new event that
    ``supersedes`` this one. ``recorded_at`` is when the registry learned it."""

    person_id: int
    type: EventType
    date: PartialDate
    recorded_at: dt.datetime
    facility_id: int | None = None
    case_id: int | None = None
    detail: EventDetail = field(default_factory=EventDetail)
    claim_ids: tuple[int, ...] = ()
    supersedes: int | None = None
    recorded_by: str | None = None
    id: int | None = None
