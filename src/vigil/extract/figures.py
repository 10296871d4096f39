"""Aggregate counts of people: "more than 1,400 people", "30 pardoned: 14 women, 16 men".

A figure is a number followed (within a few modifiers) by a noun for people, or "the 42
sentenced". Never ages, years, days or numbered things ("colony No. 1"). The category
comes from the nearest verb or adjective ("pardoned", "awaiting trial"); "political
prisoners" with no verb beside it is the count of those held.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from vigil.extract.core.figures import merge_breakdown
from vigil.extract.lexicon import FIGURE_CATEGORIES, PEOPLE_NOUNS, QUALIFIERS
from vigil.extract.numbers import NUMBER, parse_number
from vigil.model import Qualifier

__all__ = ["LIST_ITEM", "NOT_COUNT_BEFORE", "RawFigure", "find_figures", "nearest_category"]

# A sentence that is an item of a list ("Group No. 4 – ... – 27 people", "- 12 people"):
# its count takes the category of the list it stands in.
LIST_ITEM = re.compile(r"\s*(?:Group|Category|[-•*–—]\s)")

_QUAL = "|".join(f"(?P<{name}>{p})" for name, p in QUALIFIERS)
_FIGURE = re.compile(
    rf"(?:\b(?:{_QUAL})\s+)?(?:the\s+)?\(?\b(?P<n>{NUMBER})\)?\s+"
    rf"(?:\([^)]{{0,40}}\)\s+)?[\"“«]?(?:(?!and\b|or\b|of\b|in\b|at\b)[\w’'-]+\s+){{0,3}}?"
    rf"(?P<noun>{PEOPLE_NOUNS})\b"
    rf"|(?:\b(?:{_QUAL.replace('?P<', '?P<q2')})\s+)?\bthe\s+(?P<n2>{NUMBER})\s+"
    r"(?P<part>sentenced|detained|arrested|pardoned|released|convicted|jailed|freed)\b",
    re.IGNORECASE,
)
_CATS = [(name, re.compile(rf"\b(?:{p})", re.IGNORECASE)) for name, p in FIGURE_CATEGORIES]
# Words before a number that make it a numbered thing or an age, not a count: "colony
# No. 1", "aged 63", "Resolution 1359 (2004) on political prisoners", "Article 342".
NOT_COUNT_BEFORE = re.compile(
    r"(?:No\.?|Number|#|aged|age|age\s+of|Resolution|Article|Doc\.?|Section|Decree|Law)\s*$",
    re.IGNORECASE,
)
_BREAKDOWN = re.compile(
    rf"\b(?P<a>{NUMBER})\s+(?P<an>women|men|minors|foreigners|foreign\s+nationals)\s+and\s+"
    rf"(?P<b>{NUMBER})\s+(?P<bn>women|men|minors|foreigners|foreign\s+nationals)\b",
    re.IGNORECASE,
)


@dataclass
class RawFigure:
    value: int
    qualifier: Qualifier
    category: str
    start: int
    end: int
    of_whom: str
    reason: str
    breakdown: dict[str, int]


def nearest_category(
    categories: Sequence[tuple[str, re.Pattern[str]]],
    sentence: str,
    start: int,
    end: int,
    *,
    inside_other: int = 0,
    same_clause: bool = False,
) -> tuple[str, str] | None:
    """The category word nearest to the number phrase ``start:end`` (verbs before
    "political prisoners"), as (category, word). A "political prisoners" word comes last
    unless it is inside the phrase; ``inside_other`` is the distance given to any other
    category word inside it (the Slavic rules prefer one just outside). With
    ``same_clause``, a word after the phrase past a comma is another clause's ("1143
    палітвязні, за тыдзень спіс папоўніўся яшчэ 9")."""
    if same_clause:
        same_clause = any(
            m.start() >= start and m.end() <= end
            for name, pattern in categories
            if name == "political_prisoners_held"
            for m in pattern.finditer(sentence)
        )  # only a count of political prisoners keeps to its clause
    best: tuple[int, int, str, str] | None = None
    for rank, (name, pattern) in enumerate(categories):
        held = name == "political_prisoners_held"
        for m in pattern.finditer(sentence):
            if m.start() >= start and m.end() <= end and (held or inside_other):
                distance = 0 if held else inside_other
            elif m.end() <= start:
                distance = start - m.end()
                if distance > 60:
                    continue
            elif m.start() >= end:
                distance = m.start() - end
                if distance > 70 or (same_clause and re.search(r"[,;]", sentence[end : m.start()])):
                    continue
            else:
                distance = 0
            key = (distance + (1000 if held else 0), rank, name, m.group(0))
            if best is None or key < best:
                best = key
    return (best[2], best[3]) if best else None


def _category(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    return nearest_category(_CATS, sentence, start, end)


def find_figures(sentence: str, offset: int, previous: str | None) -> list[RawFigure]:
    """Figures in one sentence; ``previous`` is the last category seen, for list items."""
    found: list[RawFigure] = []
    for m in _FIGURE.finditer(sentence):
        number = m.group("n") or m.group("n2")
        value = parse_number(number)
        if value is None or value.denominator != 1 or value < 2:
            continue
        head = sentence[max(0, m.start() - 12) : m.start()]
        if NOT_COUNT_BEFORE.search(head):
            continue
        qualifier = Qualifier.EXACT
        for name, _ in QUALIFIERS:
            if m.group(name) or m.group("q2" + name):
                qualifier = Qualifier(name)
        if number.isdigit() and 1900 <= int(number) <= 2100 and qualifier is Qualifier.EXACT:
            continue  # a year, unless qualified: "over 2000 protestors"
        if previous and LIST_ITEM.match(sentence):
            category, word = previous, "the list it stands in"  # an item of a list
        elif m.group("part"):
            category, word = _category(m.group("part"), 0, 0) or ("other", "")
        else:
            cat = _category(sentence, m.start("n"), m.end())
            if cat is None:
                category, word = (previous or "other"), "the list it stands in"
            else:
                category, word = cat
        found.append(
            RawFigure(
                value=int(value),
                qualifier=qualifier,
                category=category,
                start=m.start() + offset,
                end=m.end() + offset,
                of_whom=(m.group("noun") or m.group("part") or "").lower(),
                reason=f'count of people "{m.group(0)[:50]}", category from "{word}"',
                breakdown={},
            )
        )
    for b in _BREAKDOWN.finditer(sentence):
        first, second = parse_number(b.group("a")), parse_number(b.group("b"))
        if first is None or second is None:
            continue
        parts = {b.group("an").lower(): int(first), b.group("bn").lower(): int(second)}
        merge_breakdown(found, b.start() + offset, b.end() + offset, parts)
    return found
