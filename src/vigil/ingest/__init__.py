"""Readers that turn files into Sources."""

from vigil.ingest.text import parse_source, read_source

__all__ = ["parse_source", "read_source"]
