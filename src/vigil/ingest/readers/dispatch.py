"""Paths and URLs → Items: the right reader for each input, then the language.

A folder is read recursively (hidden entries and files of kinds Vigil does not read are
passed over); a file goes to the reader its extension or first bytes call for; a URL is
fetched with the guarded ``Fetcher`` and read by its media type. Every source then gets
its language (``vigil.extract.language``) unless the input named one. Nothing here
raises for a bad input: it becomes an Item with the error, and the next input is read.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from vigil.errors import SourceFormatError, TooLarge, VigilError
from vigil.extract.language import detect_language
from vigil.ingest.readers.feeds import PageFetcher, read_feed
from vigil.ingest.readers.fetch import Fetcher, size_text
from vigil.ingest.readers.html import MAX_HTML_BYTES, read_html, read_html_file
from vigil.ingest.readers.item import Item
from vigil.ingest.readers.sniff import EXTENSIONS, HEAD_BYTES, Kind, kind_of_file, kind_of_response
from vigil.ingest.readers.telegram import read_telegram
from vigil.ingest.text import parse_source, read_source
from vigil.model import Source

__all__ = ["NoProgress", "Progress", "ReadOptions", "is_url", "read_targets"]


class Progress(Protocol):
    """Where readers report progress (a Rich bar in a terminal, nothing otherwise)."""

    def begin(self, label: str, total: int | None) -> int: ...
    def update(self, task: int, completed: int) -> None: ...
    def end(self, task: int) -> None: ...


class NoProgress:
    """Progress that shows nothing: tests, pipes, scripts."""

    def begin(self, label: str, total: int | None) -> int:
        return 0

    def update(self, task: int, completed: int) -> None:
        return None

    def end(self, task: int) -> None:
        return None


@dataclass
class ReadOptions:
    """``fetch_pages``: fetch the pages of summary-only items of a feed *file* too."""

    fetcher: Fetcher = field(default_factory=Fetcher)
    fetch_pages: bool = False
    progress: Progress = field(default_factory=NoProgress)


def is_url(target: str) -> bool:
    """Whether ``target`` names a URL (any scheme: the fetcher refuses all but http(s))."""
    scheme, sep, _ = target.partition("://")
    return bool(sep) and scheme.isascii() and scheme.isalpha()


def read_targets(targets: Iterable[str], options: ReadOptions | None = None) -> Iterator[Item]:
    """Every source in ``targets`` (files, folders, URLs), in order, each with a language."""
    options = options or ReadOptions()
    for target in targets:
        if is_url(target):
            items = _guarded(target, _read_url(target, options))
        elif Path(target).is_dir():
            items = _read_folder(Path(target), options)
        else:
            items = _guarded(target, _read_file(Path(target), target, options))
        for item in items:
            yield _with_language(item)


def _guarded(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """The items, with an error that escapes a reader turned into an Item."""
    try:
        yield from items
    except VigilError as exc:
        yield Item(name, error=exc)


def _with_language(item: Item) -> Item:
    source = item.source
    if source is None or source.language is not None:
        return item
    return replace(item, source=replace(source, language=detect_language(source.text)))


def _read_folder(folder: Path, options: ReadOptions) -> Iterator[Item]:
    files = sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not any(p.startswith(".") for p in path.relative_to(folder).parts)
    )
    task = options.progress.begin(str(folder), len(files))
    for done, path in enumerate(files, start=1):
        name = str(path)
        if path.suffix.lower() in EXTENSIONS:
            yield from _guarded(name, _read_file(path, name, options))
        else:
            yield Item(name, skipped="not a kind of file Vigil reads", group=str(folder))
        options.progress.update(task, done)
    options.progress.end(task)


def _read_file(path: Path, name: str, options: ReadOptions) -> Iterator[Item]:
    if not path.is_file():
        raise SourceFormatError(f"{name}: no such file or folder", hint="check the path")
    try:
        with path.open("rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError as exc:
        raise SourceFormatError(
            f"{name}: cannot read ({exc.strerror})", hint="check the path"
        ) from None
    kind = kind_of_file(path, head, name=name)
    if kind is Kind.TEXT:
        yield Item(name, source=read_source(path))
    elif kind is Kind.HTML:
        yield Item(name, source=read_html_file(path, name=name))
    elif kind is Kind.TELEGRAM:
        task = options.progress.begin(name, path.stat().st_size)
        with path.open("rb") as f:
            yield from read_telegram(
                f, name=name, progress=lambda done: options.progress.update(task, done)
            )
        options.progress.end(task)
    else:
        size = path.stat().st_size
        if size > MAX_HTML_BYTES:
            raise TooLarge(
                f"{name}: {size / (1024 * 1024):.1f} MB is too large for a feed",
                hint=f"the limit is {size_text(MAX_HTML_BYTES)}",
            )
        fetch = _page_fetcher(options.fetcher) if options.fetch_pages else None
        yield from read_feed(path.read_bytes(), name=name, fetch_page=fetch)


def _read_url(url: str, options: ReadOptions) -> Iterator[Item]:
    fetched = options.fetcher.fetch(url)
    kind = kind_of_response(fetched.content_type, fetched.body[:HEAD_BYTES], name=url)
    if kind is Kind.HTML:
        page = read_html(fetched.body, name=url, url=fetched.url, charset=fetched.charset)
        yield Item(url, source=page)
    elif kind is Kind.FEED:
        fetch = _page_fetcher(options.fetcher)
        yield from read_feed(fetched.body, name=url, feed_url=fetched.url, fetch_page=fetch)
    elif kind is Kind.TELEGRAM:
        yield from read_telegram(io.BytesIO(fetched.body), name=url)
    else:
        text = fetched.body.decode(_codec(fetched.charset), errors="replace")
        source = parse_source(text, name=url)
        yield Item(url, source=replace(source, url=source.url or fetched.url))


def _page_fetcher(fetcher: Fetcher) -> PageFetcher:
    def fetch_page(url: str) -> Source:
        fetched = fetcher.fetch(url)
        if fetched.content_type not in {"text/html", "application/xhtml+xml", ""}:
            raise SourceFormatError(
                f"{url}: the item's page is {fetched.content_type}, not HTML",
                hint="the feed's summary was used",
            )
        return read_html(fetched.body, name=url, url=fetched.url, charset=fetched.charset)

    return fetch_page


def _codec(charset: str | None) -> str:
    try:
        return codecs.lookup(charset or "utf-8").name
    except LookupError:
        return "utf-8"
