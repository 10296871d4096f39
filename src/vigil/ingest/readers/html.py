"""Saved or fetched HTML pages → one Source: main text and metadata by trafilatura.

trafilatura is asked for precision (menus, comments and "read also" blocks are not
the article) with metadata (title, author, date, site, canonical URL). It decodes the
bytes itself, honouring ``<meta charset>``; a charset the server sent wins. The page's
address is its canonical link or ``og:url`` for a saved page, the address it was
fetched from otherwise, and it is the source's origin: the same page twice is one
source. Pages over 50 MB are refused before parsing, and so are pages of more than
``MAX_TAGS`` tags: the parsed tree costs a few hundred bytes per element, so 40 MB of
``<p>a</p>`` would take 1.6 GB where an article of 5 MB has some 50,000 tags. A page
trafilatura finds no text in (a login wall, 100k nested divs) or cannot parse is refused
with a line saying so.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from vigil.errors import SourceFormatError, TooLarge
from vigil.ingest.readers.fetch import size_text
from vigil.ingest.readers.item import bounded_origin
from vigil.ingest.readers.sniff import HEAD_BYTES, binary_kind
from vigil.model import Source

__all__ = ["MAX_HTML_BYTES", "MAX_TAGS", "read_html", "read_html_file"]

MAX_HTML_BYTES = 50 * 1024 * 1024
MAX_TAGS = 500_000
_NO_TEXT_HINT = "save the article's text as a .txt file and ingest that"


def read_html_file(path: Path, *, name: str | None = None) -> Source:
    """Read a saved page; its size is checked before a byte is parsed."""
    name = name or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_HTML_BYTES:
            raise TooLarge(
                f"{name}: {size / (1024 * 1024):.1f} MB is too large for one page",
                hint=f"the limit is {size_text(MAX_HTML_BYTES)}; {_NO_TEXT_HINT}",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SourceFormatError(
            f"{name}: cannot read ({exc.strerror})", hint="check the path"
        ) from None
    return read_html(data, name=name)


def read_html(
    data: bytes, *, name: str, url: str | None = None, charset: str | None = None
) -> Source:
    """The page in ``data``; ``url`` is where it was fetched from (None for a file)."""
    if len(data) > MAX_HTML_BYTES:
        raise TooLarge(
            f"{name}: {len(data) / (1024 * 1024):.1f} MB is too large for one page",
            hint=f"the limit is {size_text(MAX_HTML_BYTES)}; {_NO_TEXT_HINT}",
        )
    what = binary_kind(data[:HEAD_BYTES])
    if what is not None:
        raise SourceFormatError(f"{name}: not an HTML page: {what}", hint=_NO_TEXT_HINT)
    if not data.strip():
        raise SourceFormatError(f"{name}: empty page", hint="give a saved page with an article")
    tags = data.count(b"<")  # an upper bound on the elements, counted at C speed
    if tags > MAX_TAGS:
        raise TooLarge(
            f"{name}: {tags:,} tags, more than the {MAX_TAGS:,} a page may have; "
            "refused before parsing",
            hint=_NO_TEXT_HINT,
        )
    doc = _extract(_decoded(data, charset), name)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise SourceFormatError(f"{name}: no main text found in the page", hint=_NO_TEXT_HINT)
    canonical = _http_url(doc.url)
    page_url = url or canonical
    meta: dict[str, Any] = {
        "kind": "html",
        "author": doc.author,
        "canonical": canonical if canonical != page_url else None,
        "fetched_from": url,
        "site": doc.hostname,
        "description": doc.description,
        "date_found": doc.date,
    }
    return Source(
        text=text,
        url=page_url,
        title=doc.title or None,
        publisher=doc.sitename or None,
        published=_published(doc.date),
        origin=bounded_origin(page_url) if page_url else None,
        meta={k: v for k, v in meta.items() if v},
    )


def _decoded(data: bytes, charset: str | None) -> bytes | str:
    """The text when the server named a charset Python knows; else the bytes for lxml."""
    if charset is None:
        return data
    try:
        codecs.lookup(charset)
    except LookupError:
        return data
    return data.decode(charset, errors="replace")


def _extract(data: bytes | str, name: str) -> Any:
    import trafilatura
    from lxml.etree import LxmlError  # type: ignore[import-untyped]

    # trafilatura logs "not enough text" and the like; the reader reports in one line.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        return trafilatura.bare_extraction(
            data,
            favor_precision=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
        )
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError, LxmlError) as exc:
        # lxml and htmldate give up on pathological markup in several ways
        raise SourceFormatError(
            f"{name}: cannot parse the page ({type(exc).__name__})", hint=_NO_TEXT_HINT
        ) from None


def _http_url(value: str | None) -> str | None:
    if not value:
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in {"http", "https"} and parts.netloc else None


def _published(value: str | None) -> dt.date | None:
    """The page's date, unless it is unreadable or in the future (htmldate guesses)."""
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None if day > dt.date.today() else day
