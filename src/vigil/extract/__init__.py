"""Text → what it says about detentions: persons, events, figures, facilities, dates.

The only package that imports spaCy (lazily). Extractors are versioned by name and
language (``vigil.extract.en.v1``); ingestion stores the name on every claim.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import cast

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
    text: str, *, published: dt.date | None = None, language: str | None = None
) -> Extraction:
    """Run the extractor for the text's language (English for now)."""
    # Imported on first use: spaCy and the model load only when something is extracted.
    registry = importlib.import_module("vigil.extract.registry")
    return cast(Extraction, registry.extractor_for(language)(text, published=published))
