"""Readers: files, folders and URLs → Sources with their provenance.

::

    dispatch   paths and URLs → the reader each needs (sniff), then the language
    text       UTF-8 text with front matter (``vigil.ingest.text``)
    html       saved or fetched pages, main text by trafilatura
    telegram   Telegram Desktop exports, streamed message by message
    feeds      RSS and Atom, one source per item
    fetch      the guarded HTTP client: public addresses only, bounded
    intake     items → the registry, one transaction per source
"""

from vigil.ingest.readers.dispatch import NoProgress, Progress, ReadOptions, is_url, read_targets
from vigil.ingest.readers.fetch import Fetched, Fetcher
from vigil.ingest.readers.intake import Outcome, ingest_items
from vigil.ingest.readers.item import Item

__all__ = [
    "Fetched",
    "Fetcher",
    "Item",
    "NoProgress",
    "Outcome",
    "Progress",
    "ReadOptions",
    "ingest_items",
    "is_url",
    "read_targets",
]
