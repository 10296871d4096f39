"""Which reader an input needs: by its extension, its first bytes, its media type.

A file's extension decides when it is one Vigil knows (``.txt`` text, ``.html`` page,
``.json`` Telegram export, ``.xml``/``.rss``/``.atom`` feed); otherwise the first bytes
do. Binary files (a PDF or an image saved as ``page.html``) are refused by name.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from vigil.errors import SourceFormatError

__all__ = ["EXTENSIONS", "HEAD_BYTES", "Kind", "binary_kind", "kind_of_file", "kind_of_response"]

HEAD_BYTES = 8192


class Kind(StrEnum):
    TEXT = "text"
    HTML = "html"
    TELEGRAM = "telegram"
    FEED = "feed"


EXTENSIONS = {
    ".txt": Kind.TEXT,
    ".md": Kind.TEXT,
    ".markdown": Kind.TEXT,
    ".html": Kind.HTML,
    ".htm": Kind.HTML,
    ".xhtml": Kind.HTML,
    ".json": Kind.TELEGRAM,
    ".xml": Kind.FEED,
    ".rss": Kind.FEED,
    ".atom": Kind.FEED,
}

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV sound, ...)"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel file"),
    (b"\x00\x00\x00", "a video or other binary file"),
)
_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/xml",
    "text/xml",
}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def binary_kind(head: bytes) -> str | None:
    """What a binary file is ("a PDF document"), or None for something that may be text."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data"
    return None


def _by_content(head: bytes) -> Kind:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"{", b"[")):
        return Kind.TELEGRAM
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return Kind.FEED
    if start.startswith(b"<") or b"<html" in start or b"<!doctype html" in start:
        return Kind.HTML
    return Kind.TEXT


def _refuse_binary(name: str, head: bytes) -> None:
    what = binary_kind(head)
    if what is not None:
        raise SourceFormatError(
            f"{name}: not a page, export, feed or text: {what}",
            hint="save the text as a .txt file and ingest that",
        )


def kind_of_file(path: Path, head: bytes, *, name: str) -> Kind:
    """The reader for a file whose first bytes are ``head``."""
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is Kind.TEXT:
        return kind  # the text reader says what is wrong with a binary .txt
    _refuse_binary(name, head)
    if not head.strip():
        raise SourceFormatError(f"{name}: empty file", hint="give a file with a source in it")
    return kind or _by_content(head)


def kind_of_response(content_type: str, head: bytes, *, name: str) -> Kind:
    """The reader for a fetched body, by its media type and then its first bytes."""
    _refuse_binary(name, head)
    if not head.strip():
        raise SourceFormatError(f"{name}: the server sent nothing", hint="check the address")
    sniffed = _by_content(head)
    if content_type in _HTML_TYPES:
        return Kind.FEED if sniffed is Kind.FEED else Kind.HTML
    if content_type in _FEED_TYPES:
        return Kind.HTML if sniffed is Kind.HTML and b"<html" in head.lower() else Kind.FEED
    if content_type == "application/json":
        return Kind.TELEGRAM
    if content_type in {"", "text/plain", "application/octet-stream"}:
        return sniffed
    raise SourceFormatError(
        f"{name}: not a page, export, feed or text: the server sent {content_type}",
        hint="save the text as a .txt file and ingest that",
    )
