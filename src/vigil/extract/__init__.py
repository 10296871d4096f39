"""Text → what it says about detentions: persons, events, figures, facilities, dates.

The only package that imports spaCy (lazily). Extractors are versioned by name and
language (``vigil.extract.en.v2``); ingestion stores the name on every claim. A long text
is extracted in pieces (``chunks``), with its spans put back into the whole text.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import cast

from vigil.extract.chunks import extract_in_pieces
from vigil.extract.types import (
    Extraction,
    FoundEvent,
    FoundFacility,
    FoundFigure,
    FoundOrganization,
    FoundPerson,
    FoundQuote,
    Role,
    Span,
)

__all__ = [
    "Extraction",
    "FoundEvent",
    "FoundFacility",
    "FoundFigure",
    "FoundOrganization",
    "FoundPerson",
    "FoundQuote",
    "Role",
    "Span",
    "extract",
]


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    language: str | None = None,
    extractor: str | None = None,
) -> Extraction:
    """Run the extractor for the text's language (detected once, on the whole text, when
    not given), over pieces of a long text (``chunks``), spans in the whole text.
    ``extractor`` names a version (``vigil.extract.en.v1``) to use for texts in its
    language instead of the default; texts in other languages keep theirs."""
    # Imported on first use: spaCy and the model load only when something is extracted.
    registry = importlib.import_module("vigil.extract.registry")
    if language is None:
        from vigil.extract.language import detect_language

        language = detect_language(text) or "en"
    chosen = registry.extractor_named(extractor) if extractor else None
    if chosen is None or registry.KNOWN[cast(str, extractor)] != language:
        chosen = registry.extractor_for(language)

    def run(piece: str) -> Extraction:
        return cast(Extraction, chosen(piece, published=published))

    return extract_in_pieces(run, text)
