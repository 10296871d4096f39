"""Compare two written names and explain the verdict to a reviewer.

Parts are aligned in any order; given names are compared through the equivalence table,
other parts by the similarity of their skeletons. Masculine and feminine forms of one
family name (Tsikhanouski / Tsikhanouskaya) are linked as a family, never as one person.
A lone surname does not match a full name: it is a candidate, not a match.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from vigil.names.given import group_gender, group_initials
from vigil.names.parse import ParsedName, Token, joined, parse

VERSION = "vigil.names.v1"
THRESHOLD = 0.8
FAMILY_STEM_MIN = 0.85
_MAX_PARTS = 5


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Verdict on two names: score in [0, 1], ``same`` person or not, and why."""

    score: float
    same: bool
    reason: str
    same_family: bool = False
    version: str = VERSION
    relatives: bool = False  # masculine and feminine forms of one family name


@dataclass(frozen=True, slots=True)
class _Pair:
    score: float
    note: str
    conflict: str = ""
    family: bool = False


def _similarity(a: str, b: str) -> float:
    return float(Indel.normalized_similarity(a, b))


def _given_pair(a: Token, b: Token) -> _Pair:
    if a.groups & b.groups:
        same_text = a.text.lower() == b.text.lower()
        note = f"same given name {a.text}" if same_text else f"given names {a.text} ~ {b.text}"
        return _Pair(1.0, note)
    ga, gb = group_gender(a.groups), group_gender(b.groups)
    if ga and gb and ga != gb:
        return _Pair(0.0, "", f"given names {a.text} and {b.text} differ (and in gender)")
    return _Pair(0.0, "", f"different given names {a.text} / {b.text}")


def _pair(a: Token, b: Token) -> _Pair:
    """Score two name parts; the best pair of readings wins, gender conflicts flagged."""
    if a.groups and b.groups:
        return _given_pair(a, b)
    best: tuple[bool, float, _Pair] | None = None
    for ra in a.readings:
        for rb in b.readings:
            sim = _similarity(ra.skel, rb.skel)
            family = _similarity(ra.family, rb.family) >= FAMILY_STEM_MIN
            conflict = ""
            if ra.gender and rb.gender and ra.gender != rb.gender and family:
                conflict = (
                    f"{a.text} and {b.text} are masculine and feminine forms of one "
                    "family name: relatives, not one person"
                )
            if sim == 1.0 and a.text.lower() != b.text.lower():
                note = f"{a.text} ~ {b.text} (one skeleton '{ra.skel}')"
            elif sim == 1.0:
                note = f"same {a.text}"
            else:
                note = f"{a.text} ~ {b.text} ({sim:.2f})"
            if ra.source != a.text.lower() or rb.source != b.text.lower():
                cased = [
                    f"{t.text} as {r.source}"
                    for t, r in ((a, ra), (b, rb))
                    if r.source != t.text.lower()
                ]
                note += f", reading case form {', '.join(cased)}"
            key = (not conflict and sim >= THRESHOLD, sim)
            if best is None or key > best[:2]:
                best = (*key, _Pair(sim, note, conflict, family and not conflict))
    return best[2] if best else _Pair(0.0, f"{a.text} / {b.text} unreadable")


def _letters(token: Token) -> set[str]:
    """First sounds of a part; 'j' stands for any glide or vowel start (J., Ye., Ю.)."""
    out = {r.skel[:1] for r in token.readings}
    if any(r.ph[:1] in "jyi" or r.skel[:1] in "aiu" for r in token.readings):
        out.add("j")
    return out


def _fits_initial(initial: Token, part: Token) -> bool:
    letters = _letters(initial)
    return bool(letters & (_letters(part) | group_initials(part.groups)))


def _align(small: list[Token], large: list[Token]) -> tuple[list[tuple[int, int, _Pair]], bool]:
    """Best injective alignment of ``small`` into ``large``; also whether order is kept."""
    pairs = {(i, j): _pair(a, b) for i, a in enumerate(small) for j, b in enumerate(large)}
    best: tuple[float, list[tuple[int, int, _Pair]], bool] | None = None
    for perm in itertools.permutations(range(len(large)), len(small)):
        chosen = [(i, j, pairs[i, j]) for i, j in enumerate(perm)]
        ordered = list(perm) == sorted(perm)
        total = sum(p.score for _, _, p in chosen)
        total += 0.001 if ordered else 0.0
        if best is None or total > best[0]:
            best = (total, chosen, ordered)
    assert best is not None
    return best[1], best[2]


def _acronym(pa: ParsedName, pb: ParsedName) -> NameMatch | None:
    short, full = (pa, pb) if pa.acronym else (pb, pa)
    if not short.acronym or full.acronym or len(full.tokens) < 2:
        return None
    letters = "".join(t.text[:1].lower() for t in full.tokens)
    if letters != short.acronym:
        return None
    reason = f"{short.text} is the acronym of {full.text}"
    return NameMatch(0.9, True, reason)


def compare(
    pa: ParsedName, pb: ParsedName, ga: str | None = None, gb: str | None = None
) -> NameMatch:
    """Match two parsed names; see the module docstring for the rules."""
    acronym = _acronym(pa, pb)
    if acronym:
        return acronym
    ca, cb = list(pa.cores[:_MAX_PARTS]), list(pb.cores[:_MAX_PARTS])
    if not ca or not cb:
        return NameMatch(0.0, False, "nothing but initials to compare")
    swap = len(ca) > len(cb)
    (ps, pl), (small, large) = ((pb, pa), (cb, ca)) if swap else ((pa, pb), (ca, cb))
    aligned, ordered = _align(small, large)
    for i in range(len(large) - 1):
        # ``large`` shrinks when a pair is joined: stop where it ends
        if (
            i + 1 < len(large)
            and len(small) < len(large)
            and large[i].role == large[i + 1].role == "word"
        ):
            merged = [*large[:i], joined(large[i], large[i + 1]), *large[i + 2 :]]
            alt, alt_ordered = _align(small, merged)
            if min(p.score for *_, p in alt) > min(p.score for *_, p in aligned):
                aligned, ordered, large = alt, alt_ordered, merged
    notes = [p.note for _, _, p in aligned]
    conflicts = [p.conflict for _, _, p in aligned if p.conflict]
    family = any(p.family or (p.conflict and "family" in p.conflict) for _, _, p in aligned)
    score = min(p.score for _, _, p in aligned)

    # initials of either side against the other side's unaligned parts, then patronymics
    used_large = {j for _, j, _ in aligned}
    rest_large = [t for j, t in enumerate(large) if j not in used_large]
    rest_small: list[Token] = []
    fitted = 0
    for inits, rest, pats in (
        (ps.by_role("initial"), rest_large, pl.by_role("patronymic")),
        (pl.by_role("initial"), rest_small, ps.by_role("patronymic")),
    ):
        targets = rest + pats
        for init, target in zip(inits, targets, strict=False):
            if _fits_initial(init, target):
                fitted += 1
                notes.append(f"initial {init.text}. fits {target.text}")
                if target in rest_large:
                    rest_large.remove(target)
            else:
                conflicts.append(f"initial {init.text}. does not fit {target.text}")
    if rest_large:
        extra = [t for t in rest_large if t.role != "given" or small[0].role != "given"]
        score -= 0.1 * len(extra)
        notes.append("unmatched " + ", ".join(t.text for t in rest_large))
    pat_a, pat_b = pa.by_role("patronymic"), pb.by_role("patronymic")
    if pat_a and pat_b:
        p = _pair(pat_a[0], pat_b[0])
        if p.score >= THRESHOLD:
            notes.append(f"patronymics {pat_a[0].text} ~ {pat_b[0].text}")
        else:
            conflicts.append(f"different patronymics {pat_a[0].text} / {pat_b[0].text}")
    parts_small = len(small) + len(ps.by_role("initial"))
    parts_large = len(large) + len(pl.by_role("initial"))
    if parts_small == 1 and parts_large >= 2:
        score = min(score, 0.6)
        conflicts.append("only one name part to compare: a candidate, not a match")
    ga, gb = ga or pa.gender, gb or pb.gender
    if ga and gb and ga != gb and not any("feminine" in c for c in conflicts):
        conflicts.append("the names are of different genders")
    if not ordered:
        notes.append("word order differs")
    if conflicts:
        score = min(score, 0.5 if family else 0.4)
    score = max(0.0, min(1.0, score))
    same = not conflicts and score >= THRESHOLD
    reason = "; ".join(part for part in conflicts + notes if part)
    relatives = any("feminine" in c for c in conflicts)
    return NameMatch(round(score, 3), same, reason, family, relatives=relatives)


def match(a: str, b: str, *, gender_a: str | None = None, gender_b: str | None = None) -> NameMatch:
    """Do two written names denote the same person (place, organisation)? With a reason."""
    return compare(parse(a), parse(b), gender_a, gender_b)
