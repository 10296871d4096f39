"""Sources: the documents every fact rests on."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["Connection", "Reliability", "Source", "content_hash", "normalize_text"]


class Reliability(StrEnum):
    """How far the source can be trusted, graded by the documenter."""

    CONFIRMED = "confirmed"
    RELIABLE = "reliable"
    UNVERIFIED = "unverified"
    DOUBTFUL = "doubtful"


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
    reliability: Reliability = Reliability.UNVERIFIED
    connection: Connection | None = None
    id: int | None = None
    added_at: dt.datetime | None = None
    origin: str | None = None
    meta: dict[str, Any] | None = field(default=None, hash=False)

    @property
    def hash(self) -> str:
        return content_hash(self.text)
