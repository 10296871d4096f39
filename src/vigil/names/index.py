"""A blocking index over names: find candidates without comparing against everything.

Each name is filed under keys made from the skeleton of its family-name parts, taken
gender-neutral (Tsikhanouski and Tsikhanouskaya share keys, so relatives surface
together) and tolerant of one edit in the first five letters (``d:`` keys, the
symmetric-deletion trick). A query collects the postings of its keys, keeps the closest
few by a C-speed string score on whole-name skeletons, and runs ``match`` only on those.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from vigil.names.match import compare
from vigil.names.parse import ParsedName, parse, parse_uncached

PREFIX = 6
SHORTLIST = 12
CONFIDENT = 0.9


@dataclass(frozen=True, slots=True)
class Candidate:
    """One search hit: the stored id and name, the match score and its reason."""

    id: str
    name: str
    score: float
    reason: str
    same: bool


def _blocking_parts(name: ParsedName) -> list[str]:
    """Gender-neutral skeletons of the parts that carry the family name."""
    words = name.by_role("word") or name.by_role("given")
    return sorted({r.family for t in words for r in t.readings if r.family})


def _keys_of(name: ParsedName) -> list[str]:
    keys: set[str] = set()
    for family in _blocking_parts(name):
        head = family[:PREFIX]
        keys.add("p:" + head)
        if len(head) >= 4:
            keys.update("d:" + head[:i] + head[i + 1 :] for i in range(len(head)))
        else:
            keys.add("d:" + head)
    return sorted(keys)


def keys(name: str) -> list[str]:
    """The blocking keys of a name, for debugging: ``keys('Ціханоўская')``."""
    return _keys_of(parse(name))


def _profiles(name: ParsedName) -> list[str]:
    """Whole-name strings for the cheap shortlist: family skeletons plus given-name groups.

    One string per reading of the family parts (at most three), so that an ambiguous
    romanization (ch = ч or х) still shortlists its true match.
    """
    given = [min(t.groups) if t.groups else t.skel for t in name.cores if t.role == "given"]
    words = [t for t in name.cores if t.role == "word"]
    variants = {""}
    for t in words:
        families = list(dict.fromkeys(r.family for r in t.readings))[:3]
        variants = {f"{v} {f}" for v in variants for f in families}
    return [" ".join(sorted((v.split()) + given)) for v in sorted(variants)[:3]]


class NameIndex:
    """Names by id, searchable across scripts and romanizations."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._names: list[str] = []
        self._genders: list[str | None] = []
        self._profiles: list[str] = []
        self._postings: dict[str, array[int]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, id: str, name: str, gender: str | None = None) -> None:
        """File one name variant under its keys; a person may be added once per variant."""
        parsed = parse_uncached(name)
        row = len(self._ids)
        self._ids.append(id)
        self._names.append(name)
        self._genders.append(gender)
        self._profiles.append(_profiles(parsed)[0])
        for key in _keys_of(parsed):
            posting = self._postings.get(key)
            if posting is None:
                posting = self._postings[key] = array("I")
            posting.append(row)

    def candidates(self, name: str, *, exact_only: bool = False) -> list[int]:
        """Rows sharing at least one key with the name (before any scoring)."""
        rows: set[int] = set()
        for key in _keys_of(parse(name)):
            if not exact_only or key.startswith("p:"):
                rows.update(self._postings.get(key, ()))
        return sorted(rows)

    def search(self, name: str, limit: int = 10, gender: str | None = None) -> list[Candidate]:
        """Best matches for a name, best first; each carries the matcher's score and reason.

        Tiered: the exact family-skeleton keys first; the one-edit keys only when those
        give no confident match (a typo, or a spelling the skeleton does not fold).
        """
        seen: dict[int, Candidate | None] = {}
        hits = self._scored(name, self.candidates(name, exact_only=True), gender, seen)
        if not hits or not hits[0].same or hits[0].score < CONFIDENT:
            hits = self._scored(name, self.candidates(name), gender, seen)
        return hits[:limit]

    def _scored(
        self, name: str, rows: list[int], gender: str | None, seen: dict[int, Candidate | None]
    ) -> list[Candidate]:
        """Shortlist rows cheaply, then score the shortlist with the matcher."""
        query = parse(name)
        if len(rows) > SHORTLIST:
            profiles = [self._profiles[row] for row in rows]
            scored: dict[int, float] = {}
            for profile in _profiles(query):
                best = process.extract(
                    profile, profiles, limit=SHORTLIST, scorer=fuzz.token_sort_ratio
                )
                for _, score, i in best:
                    scored[rows[i]] = max(score, scored.get(rows[i], 0.0))
            rows = sorted(scored, key=lambda row: -scored[row])[:SHORTLIST]
        for row in rows:
            if row not in seen:
                verdict = compare(query, parse(self._names[row]), gender, self._genders[row])
                seen[row] = None
                if verdict.score > 0.0:
                    seen[row] = Candidate(
                        self._ids[row],
                        self._names[row],
                        verdict.score,
                        verdict.reason,
                        verdict.same,
                    )
        hits: dict[str, Candidate] = {}
        for hit in seen.values():
            if hit and (hit.id not in hits or hit.score > hits[hit.id].score):
                hits[hit.id] = hit
        return sorted(hits.values(), key=lambda c: (-c.score, c.name))
