"""Sources: the documents every fact rests on."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "UNGRADED",
    "Connection",
    "Credibility",
    "Grade",
    "GradeFilter",
    "Reliability",
    "Source",
    "content_hash",
    "normalize_text",
]


class Reliability(StrEnum):
    """How far the source can be trusted (the Admiralty code's first half, A–F)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"

    @property
    def label(self) -> str:
        return _RELIABILITY_LABELS[self]

    @classmethod
    def stored(cls, value: str | None) -> Reliability | None:
        """The grade a ``sources.reliability`` value holds; ``None`` for a source never
        graded (stored as ``unverified``, the value before grading existed)."""
        return cls(value) if value is not None and value in cls.__members__ else None


class Credibility(StrEnum):
    """How far the information is believed (the Admiralty code's second half, 1–6)."""

    CONFIRMED = "1"
    PROBABLE = "2"
    POSSIBLE = "3"
    DOUBTFUL = "4"
    IMPROBABLE = "5"
    CANNOT_JUDGE = "6"

    @property
    def label(self) -> str:
        return _CREDIBILITY_LABELS[self]


_RELIABILITY_LABELS = {
    Reliability.A: "completely reliable",
    Reliability.B: "usually reliable",
    Reliability.C: "fairly reliable",
    Reliability.D: "not usually reliable",
    Reliability.E: "unreliable",
    Reliability.F: "reliability cannot be judged",
}
_CREDIBILITY_LABELS = {
    Credibility.CONFIRMED: "confirmed by other sources",
    Credibility.PROBABLE: "probably true",
    Credibility.POSSIBLE: "possibly true",
    Credibility.DOUBTFUL: "doubtful",
    Credibility.IMPROBABLE: "improbable",
    Credibility.CANNOT_JUDGE: "truth cannot be judged",
}

#: What ``sources.reliability`` holds for a source not graded (and held before 0015).
UNGRADED = "unverified"


@dataclass(frozen=True, slots=True)
class Grade:
    """A source's grade: reliability of the source and credibility of its information,
    each ``None`` until a documenter grades it. ``code`` is ``B2`` (``B–`` with one part
    graded); ``label`` is ``B2 — usually reliable, probably true``."""

    reliability: Reliability | None = None
    credibility: Credibility | None = None

    @classmethod
    def stored(cls, reliability: str | None, credibility: str | None) -> Grade:
        """The grade the ``sources`` columns hold."""
        return cls(
            Reliability.stored(reliability), Credibility(credibility) if credibility else None
        )

    @property
    def graded(self) -> bool:
        return self.reliability is not None or self.credibility is not None

    @property
    def code(self) -> str:
        if not self.graded:
            return ""
        return f"{self.reliability or '–'}{self.credibility or '–'}"

    @property
    def label(self) -> str:
        if not self.graded:
            return "not graded"
        parts = (
            self.reliability.label if self.reliability else "reliability not graded",
            self.credibility.label if self.credibility else "credibility not graded",
        )
        return f"{self.code} — {parts[0]}, {parts[1]}"

    def __str__(self) -> str:
        return self.label


class Connection(StrEnum):
    """The source's connection to the facts it reports."""

    WITNESS = "witness"
    RELATIVE = "relative"
    LAWYER = "lawyer"
    NGO = "ngo"
    INDEPENDENT_MEDIA = "independent_media"
    STATE_MEDIA = "state_media"
    COURT_RECORD = "court_record"
    OFFICIAL = "official"
    OTHER = "other"


def normalize_text(text: str) -> str:
    """The form in which a source's text is stored: NFC, ``\\n`` line ends."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def content_hash(text: str) -> str:
    """SHA-256 of the normalized text; two sources with the same text are one source."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class GradeFilter:
    """Which grades a filter keeps: written ``B2``, ``AB`` (reliability A or B),
    ``AB12`` (and credibility 1 or 2), ``12``, or ``ungraded`` (sources not graded).
    Letters restrict reliability and digits credibility; each left out keeps any."""

    reliabilities: frozenset[Reliability] = frozenset()
    credibilities: frozenset[Credibility] = frozenset()
    ungraded: bool = False

    @classmethod
    def parse(cls, text: str) -> GradeFilter | None:
        """The filter ``text`` writes; ``None`` for empty text; ValueError otherwise."""
        clean = text.strip().upper().replace(" ", "").replace(",", "")
        if not clean:
            return None
        if clean in ("UNGRADED", "NONE"):
            return cls(ungraded=True)
        letters = {c for c in clean if c.isalpha()}
        digits = {c for c in clean if c.isdigit()}
        if not letters <= set(Reliability.__members__) or not digits <= {
            c.value for c in Credibility
        }:
            raise ValueError(text)
        return cls(frozenset(Reliability(c) for c in letters),
                   frozenset(Credibility(c) for c in digits))  # fmt: skip

    @property
    def text(self) -> str:
        if self.ungraded:
            return "ungraded"
        return "".join(sorted(self.reliabilities)) + "".join(sorted(self.credibilities))

    def keeps(self, grade: Grade) -> bool:
        if self.ungraded:
            return not grade.graded
        return (not self.reliabilities or grade.reliability in self.reliabilities) and (
            not self.credibilities or grade.credibility in self.credibilities
        )


@dataclass(frozen=True, slots=True)
class Source:
    """One document, immutable once stored; identified by the hash of its text.

    ``origin`` is one stable key for where it came from (the page URL,
    ``telegram:<channel id>/<message id>``, ``feed:<feed>/<item id>``): a source whose
    origin is stored is not stored again. ``meta`` holds the rest of the provenance
    (kind, channel, message id, author, forwarded-from, references...), JSON-ready. It
    is left out of the hash so that a Source stays hashable.
    """

    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    language: str | None = None
    reliability: Reliability | None = None  # not graded
    credibility: Credibility | None = None
    connection: Connection | None = None
    id: int | None = None
    added_at: dt.datetime | None = None
    origin: str | None = None
    meta: dict[str, Any] | None = field(default=None, hash=False)

    @property
    def grade(self) -> Grade:
        return Grade(self.reliability, self.credibility)

    @property
    def hash(self) -> str:
        return content_hash(self.text)
