"""What a reader yields: one source, or why one item was skipped or could not be read.

A reader never raises for one bad item of many (a message, a feed entry): it yields an
``Item`` with the error and goes on, so the caller ingests the rest and reports it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from vigil.errors import VigilError
from vigil.model import Source
from vigil.store.sources import ORIGIN_MAX

__all__ = ["Item", "bounded_origin"]


@dataclass(frozen=True, slots=True)
class Item:
    """One thing read. ``name`` says which (``export/result.json#123/45``); ``group`` is
    the export or feed it came from, None for a file or page that is one source."""

    name: str
    source: Source | None = None
    error: VigilError | None = None
    skipped: str | None = None  # why an item that is not a source was passed over
    group: str | None = None


def bounded_origin(origin: str) -> str:
    """``origin`` cut to the column's width, with a hash of the whole so it stays unique."""
    if len(origin) <= ORIGIN_MAX:
        return origin
    digest = hashlib.sha256(origin.encode("utf-8")).hexdigest()[:16]
    return f"{origin[: ORIGIN_MAX - len(digest) - 1]}#{digest}"
