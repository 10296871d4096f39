"""Ingest: store a source, extract from it, link names, propose claims. One transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection

from vigil.extract.types import Extraction
from vigil.ingest.claims import claims_from
from vigil.ingest.linking import link_person
from vigil.model import Source
from vigil.store.claims import add_claim, fingerprints
from vigil.store.sources import add_source, get_source

__all__ = ["ExtractFn", "IngestReport", "ingest_source"]


class ExtractFn(Protocol):
    """What ingestion needs of an extractor (``vigil.extract.extract`` or a test fake)."""

    def __call__(
        self, text: str, *, published: dt.date | None = None, language: str | None = None
    ) -> Extraction: ...


@dataclass(frozen=True, slots=True)
class IngestReport:
    source_id: int
    new_source: bool
    extractor: str
    language: str | None
    proposed: int  # new claims
    already_known: int  # claims seen before (proposed, accepted or rejected)
    linked: int  # persons with exactly one registry match
    notes: tuple[str, ...]


def ingest_source(
    conn: Connection, source: Source, extract: ExtractFn, *, by: str, again: bool = False
) -> IngestReport:
    """Store ``source`` (once), extract, and propose the claims not proposed before.

    A source already stored was extracted when it was stored (in the same transaction),
    so it is not extracted again unless ``again`` (after an extractor upgrade): then
    only claims never proposed before are added, and rejected ones stay away.
    """
    source_id, created = add_source(conn, source, by=by)
    if not created and not again:
        return IngestReport(
            source_id=source_id,
            new_source=False,
            extractor="",  # not run
            language=source.language,
            proposed=0,
            already_known=0,
            linked=0,
            notes=(),
        )
    stored = get_source(conn, source_id)  # spans refer to the stored (normalized) text
    found = extract(stored.text, published=stored.published, language=stored.language)
    links = (
        {} if found.empty else {p.name: link_person(conn, p.name, p.gender) for p in found.persons}
    )
    # A text with nothing about detentions is kept as a source but proposes nothing:
    # reviewers should not wade through the names in a football report.
    claims = [] if found.empty else claims_from(found, source_id, stored.text, links)
    known = fingerprints(conn, source_id)
    fresh = [c for c in claims if c.fingerprint not in known]
    for claim in fresh:
        add_claim(conn, claim)
    return IngestReport(
        source_id=source_id,
        new_source=created,
        extractor=found.extractor,
        language=found.language,
        proposed=len(fresh),
        already_known=len(claims) - len(fresh),
        linked=sum(1 for link in links.values() if link.person_id is not None),
        notes=found.notes,
    )
