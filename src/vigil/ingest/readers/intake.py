"""Items → the registry: each source ingested in its own transaction.

A bad item never stops the rest and never leaves half a source: an error inside one
source's transaction rolls back that source alone. The CLI and the Telegram bench both
run this loop, so the figures the bench prints are those of ``vigil ingest``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from sqlalchemy import Engine

from vigil.errors import VigilError
from vigil.ingest.pipeline import ExtractFn, IngestReport, KnownDetails, ingest_source
from vigil.ingest.readers.item import Item
from vigil.model import Grade
from vigil.store.db import transaction

__all__ = ["Outcome", "ingest_items"]

_DATED_BY_CALLER = {None, "text", "html"}  # a date given by hand fits a document, not a chat


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one item: its report, the error it met, or why it was skipped."""

    item: Item
    report: IngestReport | None = None
    error: VigilError | None = None


def ingest_items(
    engine: Engine,
    items: Iterable[Item],
    extract: ExtractFn,
    *,
    by: str,
    published: dt.date | None = None,
    grade: Grade | None = None,
    again: bool = False,
) -> Iterator[Outcome]:
    """Ingest every source among ``items``; ``published`` overrides the date of texts
    and pages (not of messages or feed items, which carry their own). Sources already
    stored are not extracted again unless ``again``; a text or page stored before gets
    the details it lacked from what it came with now (``--published``, front matter),
    and its report says which, and which details it has that were not changed. The parts
    of ``grade`` given grade every source (over what front matter says)."""
    for item in items:
        source = item.source
        if source is None:
            yield Outcome(item, error=item.error)
            continue
        kind = (source.meta or {}).get("kind")
        if published is not None and kind in _DATED_BY_CALLER:
            source = replace(source, published=published)
        if grade is not None and grade.reliability is not None:
            source = replace(source, reliability=grade.reliability)
        if grade is not None and grade.credibility is not None:
            source = replace(source, credibility=grade.credibility)
        known = KnownDetails.FILL if kind in _DATED_BY_CALLER else KnownDetails.IGNORE
        try:
            with transaction(engine) as conn:
                report = ingest_source(conn, source, extract, by=by, again=again, known=known)
        except VigilError as exc:
            yield Outcome(item, error=exc)
            continue
        yield Outcome(item, report=report)
