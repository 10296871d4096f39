"""The order of names in lists: by surname, then the given names.

A name is stored as written ("Ales Bialiatski", "Колесникова Мария Александровна"); its
sort key is its search form (``vigil.model.search_key``) with the surname first. Where
nothing says which word is the surname, it is the last word ("Given Surname"), except in
names of three or more words written "Surname Given Patronymic": their last word is a
patronymic (-вич, -вна, -aŭna, -ich, -na...) and the one before it is not, so the name
starts with its surname already. "Given Patronymic Surname" keeps its surname last.
"""

from __future__ import annotations

import re

from vigil.model import search_key

__all__ = ["sort_key"]

# Patronymic endings of a search form (no case, no accents: ў is у, й is и, č is c).
_PATRONYMIC = re.compile(
    r"(вич|віч|вна|ична|ауна|еуна|ич|іч|vich|vic|ovna|evna|avna|ivna|ichna|icna|auna|euna|ich)$"
)


def _patronymic(word: str) -> bool:
    return len(word) > 4 and _PATRONYMIC.search(word) is not None


def sort_key(text: str) -> str:
    """The search form of a name with its surname first: "Ales Bialiatski" sorts as
    "bialiatski ales"."""
    words = search_key(text).split()
    if len(words) < 2:
        return " ".join(words)
    if len(words) >= 3 and _patronymic(words[-1]) and not _patronymic(words[-2]):
        return " ".join(words)  # Surname Given Patronymic
    return " ".join([words[-1], *words[:-1]])
