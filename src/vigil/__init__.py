"""Vigil: a registry of political prisoners in which every fact rests on a source.

The public verbs of the library; the CLI calls the same ones. They are imported on
first use, so that ``import vigil`` (and ``vigil --help``) stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Settings",
    "VigilError",
    "add_event",
    "add_person",
    "add_source",
    "cite",
    "count_at",
    "days_held",
    "days_incommunicado",
    "dossier",
    "fold",
    "make_engine",
    "migrate",
    "parse_source",
    "read_source",
    "search",
    "summary",
    "transaction",
]

__version__ = "0.1.0"

_WHERE = {
    "Settings": "vigil.settings",
    "VigilError": "vigil.errors",
    "add_event": "vigil.store.events",
    "add_person": "vigil.store.persons",
    "add_source": "vigil.store.sources",
    "cite": "vigil.store.claims",
    "count_at": "vigil.status",
    "days_held": "vigil.status",
    "days_incommunicado": "vigil.status",
    "dossier": "vigil.read.dossier",
    "fold": "vigil.status",
    "make_engine": "vigil.store.db",
    "migrate": "vigil.store.db",
    "parse_source": "vigil.ingest",
    "read_source": "vigil.ingest",
    "search": "vigil.store.persons",
    "summary": "vigil.stats",
    "transaction": "vigil.store.db",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'vigil' has no attribute {name!r}")
