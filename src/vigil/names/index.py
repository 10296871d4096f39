"""A blocking index over names: find candidates without comparing against everything.

Each name is filed under keys made from the skeleton of its family-name parts, taken
gender-neutral (Tsikhanouski and Tsikhanouskaya share keys, so relatives surface
together) and tolerant of one edit in the first five letters (``d:`` keys, the
symmetric-deletion trick). A query ranks the postings of its keys by a C-speed string
score on whole-name profiles, one ``rapidfuzz`` call per key, keeps the closest few, and
runs ``match`` only on those.
"""

from __future__ import annotations

import heapq
from array import array
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from vigil.names.match import Basis, compare
from vigil.names.parse import ParsedName, parse, parse_uncached
from vigil.names.reasons import Reason

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
    reasons: tuple[Reason, ...] = ()  # the verdict's reasons as data (``reason`` renders them)
    basis: Basis = Basis.FULL


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
        # per key, the profiles of its rows in posting order (shared string objects), so a
        # search scores a key's rows in one C call without gathering them row by row
        self._choices: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, id: str, name: str, gender: str | None = None) -> None:
        """File one name variant under its keys; a person may be added once per variant."""
        parsed = parse_uncached(name)
        row = len(self._ids)
        profile = _profiles(parsed)[0]
        self._ids.append(id)
        self._names.append(name)
        self._genders.append(gender)
        self._profiles.append(profile)
        for key in _keys_of(parsed):
            posting = self._postings.get(key)
            if posting is None:
                posting = self._postings[key] = array("I")
                self._choices[key] = []
            posting.append(row)
            self._choices[key].append(profile)

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
        query = parse(name)
        keys = _keys_of(query)
        profiles = _profiles(query)
        scored: dict[int, float] = {}
        seen: dict[int, Candidate | None] = {}
        scanned: list[array[int]] = []
        exact = self._distinct([k for k in keys if k.startswith("p:")], scanned)
        self._shortlist(exact, profiles, scored)
        hits = self._scored(query, _best(scored), gender, seen)
        if not hits or not hits[0].same or hits[0].score < CONFIDENT:
            wider = [k for k in keys if not k.startswith("p:") and k in self._postings]
            wider.sort(key=lambda k: len(self._postings[k]))
            self._shortlist(self._distinct(wider, scanned), profiles, scored)
            hits = self._scored(query, _best(scored), gender, seen)
        return hits[:limit]

    def _distinct(self, keys: list[str], scanned: list[array[int]]) -> list[str]:
        """Keys whose postings differ from every posting already ranked in this search.

        A short or rare family head files the same rows under its ``p:`` key and all its
        ``d:`` keys (Alah: p:alah, d:lah, d:aah...); ranking them once is enough.
        """
        out: list[str] = []
        for key in keys:
            posting = self._postings.get(key)
            if posting is None or any(len(p) == len(posting) and p == posting for p in scanned):
                continue
            scanned.append(posting)
            out.append(key)
        return out

    def _shortlist(self, keys: list[str], profiles: list[str], scored: dict[int, float]) -> None:
        """Add the best rows of each key's posting by profile similarity to ``scored``.

        The top ``SHORTLIST`` rows of a union of postings are among the top ``SHORTLIST``
        of each posting, so each posting is ranked on its own (ties: lower row first), and
        with the running ``SHORTLIST``-th best score as cutoff, which lets ``rapidfuzz``
        skip most rows on their length alone. Profiles are sorted tokens, so plain
        ``ratio`` equals ``token_sort_ratio`` on them.
        """
        for profile in profiles:
            for key in keys:
                choices = self._choices.get(key)
                if choices is None:
                    continue
                cutoff = _cutoff(scored)
                posting = self._postings[key]
                best = process.extract(
                    profile, choices, scorer=fuzz.ratio, limit=SHORTLIST, score_cutoff=cutoff
                )
                for _, score, i in best:
                    row = posting[i]
                    if score > scored.get(row, -1.0):
                        scored[row] = score

    def _scored(
        self,
        query: ParsedName,
        rows: list[int],
        gender: str | None,
        seen: dict[int, Candidate | None],
    ) -> list[Candidate]:
        """Score the shortlisted rows with the matcher (each row once per search)."""
        for row in rows:
            if row not in seen:
                # stored names are parsed afresh, without filling the caches: in a large
                # index they seldom repeat, and would only leave garbage for the GC to scan
                stored = parse_uncached(self._names[row], keep_words=False)
                verdict = compare(query, stored, gender, self._genders[row])
                seen[row] = None
                if verdict.score > 0.0:
                    seen[row] = Candidate(
                        self._ids[row],
                        self._names[row],
                        verdict.score,
                        verdict.reason,
                        verdict.same,
                        verdict.reasons,
                        verdict.basis,
                    )
        hits: dict[str, Candidate] = {}
        for hit in seen.values():
            if hit and (hit.id not in hits or hit.score > hits[hit.id].score):
                hits[hit.id] = hit
        return sorted(hits.values(), key=lambda c: (-c.score, c.name))


def _cutoff(scored: dict[int, float]) -> float:
    """The ``SHORTLIST``-th best score so far: a row scoring less cannot make the list."""
    if len(scored) < SHORTLIST:
        return 0.0
    return heapq.nlargest(SHORTLIST, scored.values())[-1]


def _best(scored: dict[int, float]) -> list[int]:
    """The ``SHORTLIST`` best rows, best first; ties go to the lower row."""
    return heapq.nsmallest(SHORTLIST, scored, key=lambda row: (-scored[row], row))
