"""Compare two names and explain the verdict to a reviewer.

Parts are aligned in any order; given names are compared through the equivalence table,
other parts by the similarity of their skeletons. Masculine and feminine forms of one
family name (Tsikhanouski / Tsikhanouskaya) are linked as a family, never as one person.
A lone surname against a full name is a weaker match (``basis`` SURNAME_ONLY, score at
the bar, never certain); a lone given name is a candidate, not a match.

The verdict carries its reasons as data (``reasons``); ``reason`` renders them for people.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from rapidfuzz.distance import Indel

from vigil.names.given import group_gender, group_initials
from vigil.names.parse import ParsedName, Reading, Token, joined, parse, parse_form
from vigil.names.reasons import Reason, Why, render

VERSION = "vigil.names.v3"
THRESHOLD = 0.8
FAMILY_STEM_MIN = 0.85
SHARED_ENDING_MIN = 4  # letters of a shared ending that no longer count when onsets differ
# single first letters that romanisations give one sound (ц as German z, Polish c, soft t)
_ONSETS_ALIKE = frozenset(x + y for x in "zcts" for y in "zcts" if x != y)
LONE_CONSONANTS_MIN = 0.85  # a lone surname's consonants against the full name's
_VOWELS = re.compile(r"[aeiouy]")
SURNAME_ONLY_MIN = 0.9  # a lone surname needs a closer surname than a full name does
SURNAME_ONLY_SCORE = THRESHOLD  # a surname-only match sits at the bar: never certain
OTHER_ENDING_MAX = 0.7  # surnames of two ending classes (-ov / -ovski) are two surnames
_MAX_PARTS = 5


class Basis(StrEnum):
    """What a match rests on."""

    FULL = "full"  # given name and surname (or the whole name of a place, organisation)
    SURNAME_ONLY = "surname_only"  # a lone surname against a full name
    ACRONYM = "acronym"


class Case(StrEnum):
    """Grammatical case of a name as the text wrote it."""

    NOM = "nom"
    GEN = "gen"
    DAT = "dat"
    ACC = "acc"
    INS = "ins"
    LOC = "loc"


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name as an extractor hands it over: ``text`` in its dictionary form (the
    nominative: "Алесь Бяляцкі" for "Алеся Бяляцкага"), the ``gender`` and ``case`` the
    text shows where known, and the form as ``written``. A name in its dictionary form
    is not read as a case form again; a known gender keeps the other gender's readings out.
    """

    text: str
    gender: str | None = None  # "m"/"male", "f"/"female", or None/"unknown"
    case: Case | None = Case.NOM  # None: not known, read case endings from the text
    written: str | None = None

    def __post_init__(self) -> None:
        if self.gender not in _GENDERS:
            raise ValueError(
                f"gender must be 'm', 'f', 'male', 'female', 'unknown' or None, not {self.gender!r}"
            )


_GENDERS: dict[str | None, str | None] = {
    None: None,
    "": None,
    "unknown": None,
    "m": "m",
    "male": "m",
    "f": "f",
    "female": "f",
}


def _gender(value: str | None) -> str | None:
    """'m', 'f' or None from the spellings callers use (the registry says male/female)."""
    return _GENDERS.get(value)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Verdict on two names: score in [0, 1], ``same`` person or not, and why."""

    score: float
    same: bool
    reasons: tuple[Reason, ...] = ()
    same_family: bool = False
    version: str = VERSION
    relatives: bool = False  # masculine and feminine forms of one family name
    basis: Basis = Basis.FULL

    @property
    def reason(self) -> str:
        """The reasons as one line for a reviewer."""
        return render(self.reasons)


class _Pair(NamedTuple):
    """Two aligned parts, their score and the readings that gave it (cheap to make: the
    reasons are built only for the pairs an alignment keeps)."""

    score: float
    a: Token
    b: Token
    ra: Reading | None = None
    rb: Reading | None = None
    clash: Why | None = None
    family: bool = False

    @property
    def conflict(self) -> Reason | None:
        return Reason(self.clash, (self.a.text, self.b.text)) if self.clash else None

    @property
    def reasons(self) -> tuple[Reason, ...]:
        a, b, ra, rb = self.a, self.b, self.ra, self.rb
        if ra is None or rb is None:
            if self.clash:
                return ()
            same = "same" if a.text.lower() == b.text.lower() else ""
            return (Reason(Why.GIVEN_EQUIVALENT, (a.text, b.text), 1.0, same),)
        if self.score == 1.0 and a.text.lower() != b.text.lower():
            out = [Reason(Why.SAME_SKELETON, (a.text, b.text), 1.0, ra.skel)]
        elif self.score == 1.0:
            out = [Reason(Why.SAME_TEXT, (a.text,), 1.0)]
        else:
            out = [Reason(Why.SIMILAR, (a.text, b.text), self.score)]
        out += [
            Reason(Why.CASE_FORM, (t.text,), detail=r.source)
            for t, r in ((a, ra), (b, rb))
            if r.source != t.text.lower()
        ]
        return tuple(out)


def _similarity(a: str, b: str) -> float:
    return float(Indel.normalized_similarity(a, b))


def _onset_stems(a: str, b: str) -> float:
    """Similarity of two skeletons that begin differently, without the ending they share:
    a common surname ending (-kavic, -enka) must not carry two different stems over the
    threshold (Gershkovich is not Berkovich; Hershkovich still is Gershkovich)."""
    shared = 0
    while shared < min(len(a), len(b)) and a[-1 - shared] == b[-1 - shared]:
        shared += 1
    if shared < SHARED_ENDING_MIN or shared == min(len(a), len(b)):
        return 1.0  # no long shared ending, or one is the other with a sound before it (Vorsha)
    stem_a, stem_b = a[: len(a) - shared], b[: len(b) - shared]
    if len(stem_a) == len(stem_b) == 1 and stem_a + stem_b in _ONSETS_ALIKE:
        return 1.0  # one romanisation's letter for ц (German Zichanouskaja ~ Ціханоўская)
    return _similarity(stem_a, stem_b)


def _consonants_agree(pair: _Pair) -> bool:
    """A lone surname's near reading keeps the other's consonants: romanisations differ in
    vowels and clusters, two surnames in a consonant (Лосика is not Лойка, though the
    skeletons 'lasika' and 'laika' are 0.91 alike)."""
    if pair.score >= 1.0 or pair.ra is None or pair.rb is None:
        return True
    ca, cb = (_VOWELS.sub("", r.skel) for r in (pair.ra, pair.rb))
    return _similarity(ca, cb) >= LONE_CONSONANTS_MIN


def _given_pair(a: Token, b: Token) -> _Pair:
    if a.groups & b.groups:
        return _Pair(1.0, a, b)
    ga, gb = group_gender(a.groups), group_gender(b.groups)
    kind = Why.GIVEN_GENDER_DIFFER if ga and gb and ga != gb else Why.GIVEN_DIFFER
    return _Pair(0.0, a, b, clash=kind)


def _pair(a: Token, b: Token) -> _Pair:
    """Score two name parts; the best pair of readings wins, gender conflicts flagged."""
    if a.groups and b.groups:
        return _given_pair(a, b)
    best: tuple[bool, float, Reading, Reading, bool, bool] | None = None
    surnames = not a.groups and not b.groups  # a given name's spellings vary more at the start
    for ra in a.compared:
        for rb in b.compared:
            sim = _similarity(ra.skel, rb.skel)
            if surnames and THRESHOLD <= sim < 1.0 and ra.skel[:1] != rb.skel[:1]:
                sim = min(sim, _onset_stems(ra.skel, rb.skel))
            if ra.ending and rb.ending and ra.ending != rb.ending:
                # Kazlou and Kazlouski share a stem, not a surname
                sim = min(sim, OTHER_ENDING_MAX)
            family = _similarity(ra.family, rb.family) >= FAMILY_STEM_MIN
            conflict = bool(ra.gender and rb.gender and ra.gender != rb.gender and family)
            ok = not conflict and sim >= THRESHOLD
            if best is None or (ok, sim) > (best[0], best[1]):
                best = (ok, sim, ra, rb, conflict, family)
    if best is None:
        return _Pair(0.0, a, b, clash=Why.UNREADABLE)
    _, sim, ra, rb, conflict, family = best
    return _Pair(sim, a, b, ra, rb, Why.RELATIVES if conflict else None, family and not conflict)


def _letters(token: Token) -> set[str]:
    """First sounds of a part; 'j' stands for a glide start (J., Ye., Ю., Yauhen, Евгений),
    so that Я. fits Jauhien and Y. fits Евгений, while А. does not fit Іванавіч."""
    out = {r.skel[:1] for r in token.readings}
    if any(r.ph[:1] in "jyi" for r in token.readings):
        out.add("j")
    return out


def _fits_initial(initial: Token, part: Token) -> bool:
    letters = _letters(initial)
    others = group_initials(part.groups)
    if part.role == "patronymic":
        # other spellings' consonants (G. of Рыгоравіч), not vowels of short forms (the
        # Yanka of Іван does not make А. fit Іванавіч)
        others = frozenset(c for c in others if c not in "aeiouj")
    return bool(letters & (_letters(part) | others))


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
    why = Reason(Why.ACRONYM, (short.text, full.text))
    return NameMatch(0.9, True, (why,), basis=Basis.ACRONYM)


def _surname_of(name: ParsedName, token: Token) -> bool:
    """Whether ``token`` is where the surname of ``name`` stands: a name with a given name
    or an initial has its other word as surname; otherwise its last word is (Mzia
    Amaghlobeli: a lone "Mzia" is not a surname mention)."""
    if token.role != "word":
        return False
    if name.by_role("given", "initial", "patronymic"):
        return len(name.by_role("word")) == 1
    return bool(name.cores) and name.cores[-1] is token


def _written_gender(token: Token) -> str | None:
    """The gender of a part as written (Калеснікава: feminine, though it may also be the
    genitive of Калеснікаў); a lone surname is read this way, having no context."""
    genders = {r.gender for r in token.readings if r.source == token.text.lower()}
    return genders.pop() if len(genders) == 1 else None


def compare(
    pa: ParsedName, pb: ParsedName, ga: str | None = None, gb: str | None = None
) -> NameMatch:
    """Match two parsed names; see the module docstring for the rules."""
    ga, gb = _gender(ga), _gender(gb)
    acronym = _acronym(pa, pb)
    if acronym:
        return acronym
    ca, cb = list(pa.cores[:_MAX_PARTS]), list(pb.cores[:_MAX_PARTS])
    if not ca or not cb:
        return NameMatch(0.0, False, (Reason(Why.NOTHING_TO_COMPARE),))
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
    reasons: list[Reason] = [r for _, _, p in aligned for r in p.reasons]
    conflicts: list[Reason] = [c for _, _, p in aligned if (c := p.conflict)]
    family = any(p.family or p.clash is Why.RELATIVES for _, _, p in aligned)
    score = min(p.score for _, _, p in aligned)

    # initials of either side against the other side's unaligned parts, then patronymics
    used_large = {j for _, j, _ in aligned}
    rest_large = [t for j, t in enumerate(large) if j not in used_large]
    rest_small: list[Token] = []
    spare: list[list[Token]] = []
    for inits, rest, pats in (
        (ps.by_role("initial"), rest_large, pl.by_role("patronymic")),
        (pl.by_role("initial"), rest_small, ps.by_role("patronymic")),
    ):
        targets = rest + pats
        for init, target in zip(inits, targets, strict=False):
            if _fits_initial(init, target):
                reasons.append(Reason(Why.INITIAL_FITS, (init.text, target.text)))
                if target in rest_large:
                    rest_large.remove(target)
            else:
                conflicts.append(Reason(Why.INITIAL_MISFIT, (init.text, target.text)))
        spare.append(inits[len(targets) :])
    # initials that met no written part meet each other, in order (І. Лосік / Д. Лосік)
    for ia, ib in zip(*spare, strict=False):
        if _letters(ia) & _letters(ib):
            reasons.append(Reason(Why.INITIALS_AGREE, (ia.text, ib.text)))
        else:
            conflicts.append(Reason(Why.INITIAL_MISFIT, (ia.text, ib.text)))
    parts_small = len(small) + len(ps.by_role("initial"))
    parts_large = len(large) + len(pl.by_role("initial"))
    basis = Basis.FULL
    if parts_small == 1 and parts_large >= 2:
        ((_, j, lone_pair),) = aligned
        # the lone part's gender as written (Калеснікава: hers), else as the reading that
        # matched has it (Лосику read as Лосик is his; Лойку read as Лойка is anyone's)
        lone_read = lone_pair.ra.gender if lone_pair.ra is not None else None
        if lone_pair.score < 1.0:  # a near reading decides nothing: any gendered one does
            gendered = {r.gender for r in small[0].readings if r.gender}
            lone_read = gendered.pop() if len(gendered) == 1 else lone_read
        lone_gender = _written_gender(small[0]) or lone_read
        other_gender = (ga if swap else gb) or pl.gender
        if (
            small[0].role == "word"
            and _surname_of(pl, large[j])
            and lone_pair.clash is None
            and lone_pair.score >= SURNAME_ONLY_MIN
            and _consonants_agree(lone_pair)
            and not (lone_gender and other_gender and lone_gender != other_gender)
        ):
            basis = Basis.SURNAME_ONLY
            score = SURNAME_ONLY_SCORE
            reasons.insert(0, Reason(Why.SURNAME_ONLY, (small[0].text, pl.text)))
        else:
            score = min(score, 0.6)
            conflicts.append(Reason(Why.ONE_PART))
    elif rest_large:
        extra = [t for t in rest_large if t.role != "given" or small[0].role != "given"]
        score -= 0.1 * len(extra)
    if rest_large:
        reasons.append(Reason(Why.UNMATCHED, tuple(t.text for t in rest_large)))
    pat_a, pat_b = pa.by_role("patronymic"), pb.by_role("patronymic")
    if pat_a and pat_b:
        p = _pair(pat_a[0], pat_b[0])
        if p.score >= THRESHOLD:
            reasons.append(Reason(Why.PATRONYMICS_AGREE, (pat_a[0].text, pat_b[0].text)))
        else:
            conflicts.append(Reason(Why.PATRONYMICS_DIFFER, (pat_a[0].text, pat_b[0].text)))
    ga, gb = ga or pa.gender, gb or pb.gender
    relatives = any(c.why is Why.RELATIVES for c in conflicts)
    if ga and gb and ga != gb and not relatives:
        conflicts.append(Reason(Why.GENDERS_DIFFER))
    if not ordered:
        reasons.append(Reason(Why.WORD_ORDER))
    if conflicts:
        score = min(score, 0.5 if family else 0.4)
    score = max(0.0, min(1.0, score))
    same = not conflicts and score >= THRESHOLD
    return NameMatch(
        round(score, 3),
        same,
        tuple(conflicts + reasons),
        family,
        relatives=relatives,
        basis=basis if same else Basis.FULL,
    )


def _read(name: str | NameForm, gender: str | None) -> tuple[ParsedName, str | None]:
    """Parse one side: a NameForm in its dictionary form is not read for case endings;
    a known gender keeps the other gender's readings out."""
    gender = _gender(gender)
    if isinstance(name, NameForm):
        known = gender or _gender(name.gender)
        dictionary = name.case is Case.NOM
        if known or dictionary:
            return parse_form(name.text, dictionary, known), known
        return parse(name.text), None
    if gender:
        return parse_form(name, False, gender), gender
    return parse(name), gender


def match(
    a: str | NameForm,
    b: str | NameForm,
    *,
    gender_a: str | None = None,
    gender_b: str | None = None,
) -> NameMatch:
    """Do two names denote the same person (place, organisation)? With the reasons.

    Each side is a written name (any script, any case form), or a ``NameForm`` an
    extractor made: a dictionary form with its gender and case known.
    """
    pa, ga = _read(a, gender_a)
    pb, gb = _read(b, gender_b)
    return compare(pa, pb, ga, gb)
