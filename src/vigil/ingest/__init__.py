"""Ingestion: inputs → Sources (``readers``), then claims proposed for review.

The text reader is exported here; the readers of pages, Telegram exports and feeds,
and the loop that ingests them, are in ``vigil.ingest.readers``.
"""

from vigil.ingest.text import parse_source, read_source

__all__ = ["parse_source", "read_source"]
