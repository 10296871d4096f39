"""East Slavic given names and their diminutives, read from ``data/given_names.txt``:
each line is one name in its Belarusian, Russian, Ukrainian, English, Polish and German
spellings and common diminutives and short forms, with its gender.

Spellings are looked up by phonetic skeleton, so only forms that skeletonize differently
need listing (Siarhei, Syarhey, Sergei and Сяргей share one skeleton). Sources: general
knowledge of Belarusian/Russian name correspondences, not any evaluation file.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple

from vigil.names.skeleton import skeleton
from vigil.names.translit import phonemic

_TABLE = files("vigil.names").joinpath("data/given_names.txt")


def _spellings() -> list[tuple[str, str, list[str]]]:
    """Parse the table into (group id, gender, spellings)."""
    rows: list[tuple[str, str, list[str]]] = []
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("  "):
            rows[-1][2].extend(line.split())
            continue
        head, _, rest = line.partition(":")
        gender, group = head.split()
        rows.append((group, gender, rest.split()))
    return rows


def given_key(ph: str) -> str:
    """Lookup key of one phonemic reading: the skeleton with its glides kept."""
    return skeleton(ph, keep_glides=True)


class _Tables(NamedTuple):
    by_key: dict[str, frozenset[str]]
    genders: dict[str, str]
    stems: dict[str, frozenset[str]]
    initials: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _index() -> _Tables:
    by_key: dict[str, set[str]] = {}
    genders: dict[str, str] = {}
    stems: dict[str, set[str]] = {}
    initials: dict[str, set[str]] = {}
    for group, gender, spellings in _spellings():
        genders[group] = gender
        for spelling in spellings:
            for ph in phonemic(spelling.lower()):
                by_key.setdefault(given_key(ph), set()).add(group)
                stem = skeleton(ph).rstrip("ai")
                if len(stem) >= 2:
                    stems.setdefault(stem, set()).add(group)
                initials.setdefault(group, set()).add(skeleton(ph)[:1])
    return _Tables(
        {key: frozenset(groups) for key, groups in by_key.items()},
        genders,
        {stem: frozenset(groups) for stem, groups in stems.items()},
        {group: frozenset(letters) for group, letters in initials.items()},
    )


def given_groups(readings: list[str]) -> frozenset[str]:
    """Name groups of the first phonemic reading that is a known given name (else empty)."""
    for ph in readings:
        groups = _given_of(ph)
        if groups:
            return groups
    return frozenset()


@lru_cache(maxsize=100_000)
def _given_of(ph: str) -> frozenset[str]:
    return _index().by_key.get(given_key(ph), frozenset())


def group_gender(groups: frozenset[str]) -> str | None:
    """'m' or 'f' when all groups agree (Sasha is both), else None."""
    genders = {_index().genders[g] for g in groups}
    return genders.pop() if len(genders) == 1 else None


def patronymic_groups(stem: str) -> frozenset[str]:
    """Given-name groups whose stem is ``stem`` (Dzmitr- of Dzmitryevich), else empty."""
    return _index().stems.get(stem.rstrip("ai"), frozenset())


def group_initials(groups: frozenset[str]) -> frozenset[str]:
    """First skeleton letters of every spelling of the groups (Z. and D. for Dmitry)."""
    table = _index().initials
    return frozenset(letter for g in groups for letter in table.get(g, ()))


def group_label(groups: frozenset[str]) -> str:
    """A readable label for a set of name groups, for reasons."""
    return "/".join(sorted(groups))
