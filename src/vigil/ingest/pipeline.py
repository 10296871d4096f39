"""Ingest: store a source, extract from it, link names, propose claims. One transaction.

A source's text is at most ``MAX_SOURCE_BYTES`` (20 MB as UTF-8), whatever reader it
came from; a longer one is refused before anything is written. At most
``MAX_CLAIMS_PER_SOURCE`` claims are proposed per source, the first by position, and
the report's notes say how many were found.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sqlalchemy import Connection

from vigil.errors import TooLarge
from vigil.extract.types import Extraction
from vigil.ingest.claims import MAX_CLAIMS_PER_SOURCE, capped, claims_from
from vigil.ingest.linking import link_person
from vigil.ingest.text import MAX_SOURCE_BYTES
from vigil.model import Source
from vigil.model.source_edit import FieldChange, SourceOffer
from vigil.store.claims import add_claim, fingerprints
from vigil.store.sources import add_source, correct_source, get_source

__all__ = ["ExtractFn", "IngestReport", "KnownDetails", "check_size", "ingest_source"]


class KnownDetails(StrEnum):
    """What to do with the details (title, URL, publisher, date, language) a text brings
    when the text is stored already."""

    IGNORE = "ignore"  # messages and feed items: their export is their provenance
    OFFER = "offer"  # report every detail that would change; change nothing (the staff form)
    FILL = "fill"  # fill in the details the stored source lacks; report the others (CLI)


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
    #: A source stored before: details it lacked and the text brought, now filled in.
    filled: tuple[FieldChange, ...] = ()
    #: A source stored before: details the text brought that would change it, not applied.
    offered: tuple[FieldChange, ...] = ()


def ingest_source(
    conn: Connection,
    source: Source,
    extract: ExtractFn,
    *,
    by: str,
    again: bool = False,
    known: KnownDetails = KnownDetails.IGNORE,
) -> IngestReport:
    """Store ``source`` (once), extract, and propose the claims not proposed before.

    A source already stored was extracted when it was stored (in the same transaction),
    so it is not extracted again unless ``again`` (after an extractor upgrade): then
    only claims never proposed before are added, and rejected ones stay away. The
    details ``source`` brings for a stored text are handled as ``known`` says (filled in
    before a re-extraction, which then reads the new date).
    """
    check_size(source.text)
    source_id, created = add_source(conn, source, by=by)
    filled: tuple[FieldChange, ...] = ()
    offered: tuple[FieldChange, ...] = ()
    if not created and known is not KnownDetails.IGNORE:
        stored = get_source(conn, source_id)
        offer = SourceOffer.of(stored, source)
        offered = offer.differs.changes(stored)
        if known is KnownDetails.FILL:
            filled = correct_source(conn, source_id, offer.fills, by=by)
        else:
            offered = offer.fills.changes(stored) + offered
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
            filled=filled,
            offered=offered,
        )
    stored = get_source(conn, source_id)  # spans refer to the stored (normalized) text
    everything = extract(stored.text, published=stored.published, language=stored.language)
    # Capped before linking: a name left out costs no registry lookup.
    found = everything if everything.empty else capped(everything)
    notes = everything.notes
    if found is not everything:
        notes += (
            f"{everything.size:,} claims found; only the first {found.size} by position in "
            f"the text were proposed (at most {MAX_CLAIMS_PER_SOURCE} per source): split "
            "the text to review the rest",
        )
    # The extractor's dictionary form where it gives one ("Алесь Бяляцкі", nominative,
    # male, for "Алеся Бяляцкага"): the matcher then reads no case endings into it.
    links = (
        {}
        if found.empty
        else {p.name: link_person(conn, p.form or p.name, p.gender) for p in found.persons}
    )
    # A text with nothing about detentions is kept as a source but proposes nothing:
    # reviewers should not wade through the names in a football report.
    claims = [] if found.empty else claims_from(found, source_id, stored.text, links)
    seen = fingerprints(conn, source_id)
    fresh = [c for c in claims if c.fingerprint not in seen]
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
        notes=notes,
        filled=filled,
        offered=offered,
    )


def check_size(text: str) -> None:
    """Refuse a text over ``MAX_SOURCE_BYTES`` as UTF-8, in one line (the caller names
    the input: the CLI prefixes the file or message, a page shows it by the form)."""
    # A character is 1 to 4 bytes: count the bytes only when the characters leave doubt.
    if len(text) * 4 <= MAX_SOURCE_BYTES:
        return
    size = len(text) if len(text) > MAX_SOURCE_BYTES else len(text.encode("utf-8"))
    if size > MAX_SOURCE_BYTES:
        mb = 1024 * 1024
        raise TooLarge(
            f"the text is {size / mb:.2f} MB, over the limit of "
            f"{MAX_SOURCE_BYTES // mb} MB for one source; nothing was stored",
            hint="split it into several sources",
        )
