"""RSS and Atom feeds → one Source per item (feedparser).

An item's text is its full content when the feed carries it. When it carries only a
summary, the item's page is fetched if the caller allows it (a feed read from a URL;
a feed file with ``--fetch-pages``); otherwise, or when the fetch fails, the summary
is the text and ``meta`` says that no page was fetched, and why. The origin is
``feed:<feed>/<item id>``, the feed named by its self link or id (the same in a file and
at its URL), else its address: the same item read again is not stored again. A date that
cannot be read leaves the source undated, with the date as written kept in ``meta``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import io
from collections.abc import Callable, Iterator
from html import unescape
from html.parser import HTMLParser
from typing import Any

from vigil.errors import SourceFormatError, VigilError
from vigil.ingest.readers.item import Item, bounded_origin
from vigil.model import Source

__all__ = ["PageFetcher", "fragment_text", "read_feed"]

PageFetcher = Callable[[str], Source]
_BLOCKS = {"p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
           "tr", "table", "pre", "section", "article", "figure"}  # fmt: skip


def read_feed(
    data: bytes, *, name: str, feed_url: str | None = None, fetch_page: PageFetcher | None = None
) -> Iterator[Item]:
    """Every item of the feed in ``data``, as Items grouped under ``name``."""
    import feedparser

    # A file object, never bytes or a string: feedparser opens a string that looks like
    # a URL or a path itself.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception")
        detail = f" ({str(why).splitlines()[0]})" if why else ""
        error = SourceFormatError(
            f"{name}: not an RSS or Atom feed{detail}",
            hint="give the feed's address or a saved .xml/.rss/.atom file",
        )
        yield Item(name, error=error, group=name)
        return
    feed = parsed.feed
    # The feed names itself (self link, id) the same in a file and at its URL.
    key = _self_link(feed) or feed.get("id") or feed_url or feed.get("link") or name
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{name}#item{number}"
        try:
            yield _item(entry, feed, key, where, name, fetch_page)
        except SourceFormatError as exc:
            error = SourceFormatError(
                f"{where}: {exc.message}", hint="this item was skipped; the rest were read"
            )
            yield Item(where, error=error, group=name)


def _item(
    entry: Any, feed: Any, key: str, where: str, group: str, fetch_page: PageFetcher | None
) -> Item:
    link = entry.get("link") or None
    item_id = entry.get("id") or link or _digest(entry)
    meta: dict[str, Any] = {
        "kind": "feed",
        "feed": key,
        "feed_title": feed.get("title"),
        "item_id": item_id,
        "author": entry.get("author"),
    }
    content = _content(entry)
    text = content
    if not content:
        text = fragment_text(entry.get("summary", ""))
        if link and fetch_page is not None:
            try:
                page = fetch_page(link)
                text = page.text
                meta["page_fetched"] = True
                meta["page_title"] = page.title
            except VigilError as exc:
                meta["page_fetched"] = False
                meta["note"] = f"the page could not be fetched: {exc.one_line()}"
        else:
            meta["page_fetched"] = False
            meta["note"] = "the feed holds only a summary; the page was not fetched"
    if not text.strip():
        return Item(where, skipped="item without text", group=group)
    published, raw = _date(entry)
    meta["published_at"] = published.isoformat() if published else None
    meta["date_unreadable"] = raw
    source = Source(
        text=text.strip(),
        url=link,
        title=entry.get("title") or None,
        publisher=feed.get("title") or None,
        published=published.date() if published else None,
        origin=bounded_origin(f"feed:{key}/{item_id}"),
        meta={k: v for k, v in meta.items() if v is not None and v != ""},
    )
    return Item(where, source=source, group=group)


def _content(entry: Any) -> str:
    """The longest full content the item carries, as text ("" when it has none)."""
    texts = []
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        plain = part.get("type", "text/html") == "text/plain"
        texts.append(value if plain else fragment_text(value))
    return max(texts, key=len, default="")


def fragment_text(html: str) -> str:
    """The text of an HTML fragment, paragraphs kept apart by blank lines."""
    if "<" not in html:
        return unescape(html).strip()
    parser = _Fragment()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


class _Fragment(HTMLParser):
    """Collects the text of a (sanitized) fragment; block ends become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _date(entry: Any) -> tuple[dt.datetime | None, str | None]:
    """The item's UTC time, or (None, the date as written) when it cannot be read."""
    # dict.get, not entry.get: feedparser maps a missing "updated" to "published" with
    # a DeprecationWarning; the keys the feed really has are read here.
    for key in ("published", "updated", "created"):
        parsed = dict.get(entry, f"{key}_parsed")
        if parsed:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC), None
            except (OverflowError, ValueError, OSError):
                pass
    raw = next((dict.get(entry, k) for k in ("published", "updated", "created")
                if dict.get(entry, k)), None)  # fmt: skip
    return None, (str(raw) if raw else None)


def _self_link(feed: Any) -> str | None:
    for link in feed.get("links") or []:
        if link.get("rel") == "self" and link.get("href"):
            return str(link["href"])
    return None


def _digest(entry: Any) -> str:
    """An id for an item that has neither id nor link: the hash of its title and text."""
    basis = f"{entry.get('title', '')}\n{entry.get('summary', '')}"
    return "sha256:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]
