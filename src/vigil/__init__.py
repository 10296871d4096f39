"""Vigil: a registry of political prisoners in which every fact rests on a source.

The public verbs of the library; the CLI and (later) the web app call the same ones.
"""

from vigil.errors import VigilError
from vigil.ingest import parse_source, read_source
from vigil.settings import Settings
from vigil.stats import summary
from vigil.status import count_at, days_held, days_incommunicado, fold
from vigil.store.claims import cite
from vigil.store.db import make_engine, migrate, transaction
from vigil.store.dossier import dossier
from vigil.store.events import add_event
from vigil.store.persons import add_person, search
from vigil.store.sources import add_source

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
