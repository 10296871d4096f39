"""Figures, shared by the language packs: a breakdown ("14 women and 16 men") merged into
the count it splits."""

from __future__ import annotations

from typing import Protocol, TypeVar

__all__ = ["Breakable", "merge_breakdown"]


class Breakable(Protocol):
    value: int
    start: int
    end: int
    breakdown: dict[str, int]
    reason: str


B = TypeVar("B", bound=Breakable)


def merge_breakdown(found: list[B], start: int, end: int, parts: dict[str, int]) -> None:
    """The first figure found in ``[start, end)`` (the breakdown's words) becomes the total
    of ``parts``; the other figures there were its parts and are dropped."""
    inside = [f for f in found if start <= f.start < end]
    if not inside:
        return
    total = inside[0]
    total.value, total.breakdown = sum(parts.values()), parts
    total.end = end
    total.reason += f"; breakdown {parts}"
    for other in inside[1:]:
        found.remove(other)
