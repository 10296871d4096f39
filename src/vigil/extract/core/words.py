"""Word lists as data: a language pack's TOML file read into frozensets, checked once.

A pack declares the lists it needs; the file must have exactly those, each a list of
strings. Reading fails with the file and the list named, never later at first use.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

__all__ = ["read_word_lists"]


def read_word_lists(
    path: Path, names: tuple[str, ...], tables: tuple[str, ...] = ()
) -> tuple[dict[str, frozenset[str]], dict[str, dict[str, frozenset[str]]]]:
    """The lists ``names`` of the TOML file ``path``, lower-cased, as frozensets, and its
    ``tables`` of lists (a key → its words, e.g. an event type → its trigger words)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    grouped: dict[str, dict[str, frozenset[str]]] = {}
    for table in tables:
        entries = data.pop(table, None)
        if not isinstance(entries, dict):
            raise ValueError(f"{path.name}: the table [{table}] is missing")
        grouped[table] = {key: _words(path, f"{table}.{key}", v) for key, v in entries.items()}
    missing = [n for n in names if n not in data]
    extra = sorted(set(data) - set(names))
    if missing or extra:
        raise ValueError(f"{path.name}: lists missing {missing}, unknown {extra}")
    return {name: _words(path, name, data[name]) for name in names}, grouped


def _words(path: Path, name: str, words: object) -> frozenset[str]:
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ValueError(f"{path.name}: {name} must be a list of strings")
    return frozenset(w.lower() for w in words)
