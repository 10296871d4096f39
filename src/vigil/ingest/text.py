"""Plain-text sources with optional front matter.

::

    ---
    url: https://example.org/article
    title: Belarus pardons 30
    publisher: Example News
    published: 2024-08-16
    language: en
    reliability: B
    credibility: 2
    ---
    The text of the article...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from vigil.errors import InvalidInput, SourceFormatError, TooLarge
from vigil.model import Credibility, PartialDate, Reliability, Source, normalize_text, source_edit

__all__ = ["FRONT_MATTER_KEYS", "MAX_SOURCE_BYTES", "parse_source", "read_source"]

G = TypeVar("G", Reliability, Credibility)

FRONT_MATTER_KEYS = (
    "url",
    "title",
    "publisher",
    "published",
    "language",
    "reliability",
    "credibility",
)
MAX_SOURCE_BYTES = 20 * 1024 * 1024


def read_source(path: Path) -> Source:
    """Read a text file into a Source; every problem is a one-line SourceFormatError."""
    name = str(path)
    if not path.is_file():
        raise SourceFormatError(f"{name}: no such file", hint="check the path")
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise TooLarge(
            f"{name}: {size / (1024 * 1024):.1f} MB is too large for one source",
            hint=f"split it; the limit is {MAX_SOURCE_BYTES // (1024 * 1024)} MB",
        )
    data = path.read_bytes()
    if b"\x00" in data:
        raise SourceFormatError(f"{name}: binary file, not text", hint="give a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceFormatError(
            f"{name}: not UTF-8 (byte {exc.start} is 0x{data[exc.start]:02x})",
            hint="convert it, e.g. `iconv -f cp1251 -t utf-8 FILE`",
        ) from None
    return parse_source(text, name=name)


def parse_source(text: str, *, name: str = "the text") -> Source:
    """Split front matter from the body and check both."""
    text = normalize_text(text)
    meta: dict[str, str] = {}
    body = text
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        try:
            end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        except StopIteration:
            raise SourceFormatError(
                f"{name}: front matter starts with --- but never ends",
                hint="close it with a line of ---",
            ) from None
        for number, line in enumerate(lines[1:end], start=2):
            if not line.strip():
                continue
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if not sep:
                raise SourceFormatError(
                    f"{name}: front matter line {number} has no 'key: value'",
                    hint=f"use keys {', '.join(FRONT_MATTER_KEYS)}",
                )
            if key not in FRONT_MATTER_KEYS:
                raise SourceFormatError(
                    f"{name}: unknown front matter key {key!r} on line {number}",
                    hint=f"use keys {', '.join(FRONT_MATTER_KEYS)}",
                )
            meta[key] = value.strip()
        body = "\n".join(lines[end + 1 :])
    body = body.strip("\n")
    if not body.strip():
        raise SourceFormatError(f"{name}: no text", hint="the file must hold the source's text")
    return Source(
        text=body,
        url=meta.get("url") or None,
        title=meta.get("title") or None,
        publisher=meta.get("publisher") or None,
        published=_published(meta.get("published"), name),
        language=(meta.get("language") or None),
        reliability=_grade(source_edit.reliability, meta.get("reliability"), name),
        credibility=_grade(source_edit.credibility, meta.get("credibility"), name),
        meta={"kind": "text"},
    )


def _grade(parse: Callable[[object], G | None], value: str | None, name: str) -> G | None:
    try:
        return parse(value)
    except InvalidInput as exc:
        raise SourceFormatError(f"{name}: {exc.message}", hint=exc.hint) from None


def _published(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        date = PartialDate.parse(value)
    except Exception:
        raise SourceFormatError(
            f"{name}: published {value!r} is not a date", hint="write published: YYYY-MM-DD"
        ) from None
    if date.earliest > dt.date.today():
        raise SourceFormatError(
            f"{name}: published {value} is in the future", hint="check the year"
        )
    return date.earliest
