"""A correction of a stored source's details: title, URL, publisher, published date,
language and grade (reliability A–F, credibility 1–6). Its text, and so its hash, never
change.

A field the correction does not carry is ``KEEP``; ``None`` (or empty text) clears it.
``vigil source edit``, the staff page and the staff API each build one
``SourceCorrection`` with ``parse`` and ``store.sources.correct_source`` applies it.
``offer`` compares the details a re-ingested text came with to the stored ones: what the
stored source lacks (``fills``) and what it says otherwise (``differs``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from vigil.errors import InvalidInput
from vigil.model.dates import PartialDate
from vigil.model.person_edit import KEEP, Keep
from vigil.model.source import Credibility, Reliability, Source

__all__ = [
    "SOURCE_FIELDS",
    "FieldChange",
    "SourceCorrection",
    "SourceOffer",
    "credibility",
    "published_day",
    "reliability",
]

T = TypeVar("T")

#: The details of a source that can be corrected, in the order they are shown.
SOURCE_FIELDS = (
    "title",
    "url",
    "publisher",
    "published",
    "language",
    "reliability",
    "credibility",
)
_LIMITS = {"title": 500, "url": 2000, "publisher": 300}
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def published_day(text: str) -> dt.date:
    """A publication date: a full day (``YYYY-MM-DD``), not in the future."""
    date = PartialDate.parse(text)
    if date.day is None or date.estimate:
        raise InvalidInput(f"published needs a full date, not {text!r}", hint="write YYYY-MM-DD")
    if date.earliest > dt.date.today():
        raise InvalidInput(f"published {text} is in the future", hint="check the year")
    return date.earliest


def _clean(field: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{field} must be text", hint=f"give {field} as a string")
    clean = value.strip()
    limit = _LIMITS.get(field)
    if limit is not None and len(clean) > limit:
        raise InvalidInput(
            f"the {field} is {len(clean)} characters long", hint=f"keep it under {limit}"
        )
    return clean or None


def _text(field: str) -> Callable[[object], str | None]:
    return lambda value: _clean(field, value)


def _url(value: object) -> str | None:
    url = _clean("url", value)
    if url is not None and (not url.startswith(("https://", "http://")) or " " in url):
        raise InvalidInput(
            f"the URL {url[:80]!r} is not a web address", hint="give an https:// address"
        )
    return url


def _published(value: object) -> dt.date | None:
    if isinstance(value, dt.date) or value is None:
        return value
    text = _clean("published", value)
    return published_day(text) if text else None


def _language(value: object) -> str | None:
    language = _clean("language", value)
    if language is not None and not _LANGUAGE.match(language):
        raise InvalidInput(
            f"language cannot be {language!r}",
            hint="give a two- or three-letter code such as en, ru, be or uk, or clear it",
        )
    return language


def reliability(value: object) -> Reliability | None:
    """A reliability grade as typed (``b``, ``B``); empty clears it."""
    text = _clean("reliability", value)
    if text is None:
        return None
    try:
        return Reliability(text.upper())
    except ValueError:
        raise InvalidInput(
            f"reliability cannot be {text[:20]!r}",
            hint="grade the source A (completely reliable) to E (unreliable), "
            "or F (cannot be judged)",
        ) from None


def credibility(value: object) -> Credibility | None:
    """A credibility grade as typed (``2``); empty clears it."""
    text = _clean("credibility", value if not isinstance(value, int) else str(value))
    if text is None:
        return None
    try:
        return Credibility(text)
    except ValueError:
        raise InvalidInput(
            f"credibility cannot be {text[:20]!r}",
            hint="grade the information 1 (confirmed by other sources) to 5 (improbable), "
            "or 6 (cannot be judged)",
        ) from None


_PARSERS: dict[str, Callable[[object], Any]] = {
    "title": _text("title"),
    "url": _url,
    "publisher": _text("publisher"),
    "published": _published,
    "language": _language,
    "reliability": reliability,
    "credibility": credibility,
}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One detail of a source, before and after (``None``: empty)."""

    field: str
    before: str | dt.date | None
    after: str | dt.date | None

    def __str__(self) -> str:
        def shown(value: str | dt.date | None) -> str:
            return "empty" if value is None else repr(str(value))

        return f"{self.field} {shown(self.before)} → {shown(self.after)}"


@dataclass(frozen=True, slots=True)
class SourceCorrection:
    """The details to change; ``KEEP`` (the default) leaves a detail as it is."""

    title: str | Keep | None = KEEP
    url: str | Keep | None = KEEP
    publisher: str | Keep | None = KEEP
    published: dt.date | Keep | None = KEEP
    language: str | Keep | None = KEEP
    reliability: Reliability | Keep | None = KEEP
    credibility: Credibility | Keep | None = KEEP

    @classmethod
    def parse(cls, values: Mapping[str, object]) -> SourceCorrection:
        """A correction of the details named in ``values`` (text as typed, ``None`` or
        empty text to clear); a bad value or an unknown field is an InvalidInput."""
        unknown = sorted(set(values) - set(SOURCE_FIELDS))
        if unknown:
            raise InvalidInput(
                f"{unknown[0]!r} is not a detail of a source that can be corrected",
                hint=f"correct {', '.join(SOURCE_FIELDS)}; a source's text never changes",
            )
        return cls(**{f: _PARSERS[f](values[f]) for f in SOURCE_FIELDS if f in values})

    def given(self) -> dict[str, str | dt.date | None]:
        """The details this correction carries, with their new values."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return {f: v for f, v in values.items() if v is not KEEP}

    def changes(self, stored: Source) -> tuple[FieldChange, ...]:
        """What applying it to ``stored`` would change (nothing for a value it has)."""
        return tuple(
            FieldChange(f, getattr(stored, f), v)
            for f, v in self.given().items()
            if getattr(stored, f) != v
        )


@dataclass(frozen=True, slots=True)
class SourceOffer:
    """The details a text came with, against the stored source of the same text."""

    fills: SourceCorrection  # details the stored source lacks
    differs: SourceCorrection  # details it has, and says otherwise

    @classmethod
    def of(cls, stored: Source, given: Source) -> SourceOffer:
        """Only values a correction would take are offered: a reader's 900-character
        title is not, and never fails the ingest that read it."""
        fills: dict[str, object] = {}
        differs: dict[str, object] = {}
        for f in SOURCE_FIELDS:
            new, old = getattr(given, f), getattr(stored, f)
            try:
                new = _PARSERS[f](new)
            except InvalidInput:
                continue
            if new is None or new == old:
                continue
            (fills if old is None else differs)[f] = new
        return cls(SourceCorrection.parse(fills), SourceCorrection.parse(differs))

    @property
    def empty(self) -> bool:
        return not self.fills.given() and not self.differs.given()
