"""Facilities and organisations, shared by the language packs: one per name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["Named", "unique"]


class Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def start(self) -> int: ...


N = TypeVar("N", bound=Named)


def unique(places: Sequence[N]) -> list[N]:
    """The first mention of each name, by position (case and punctuation aside)."""
    seen: dict[str, N] = {}
    for p in sorted(places, key=lambda p: p.start):
        key = re.sub(r"\W+", " ", p.name.lower()).strip()
        if key not in seen:
            seen[key] = p
    return list(seen.values())
