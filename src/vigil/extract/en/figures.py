"""en.v2's figures: v1's count phrases, read again through the dependency parse.

v1 (``vigil.extract.figures``) finds a number before a noun for people and takes the
category word nearest to it in the string. The parse says which words govern the count:

- the category comes from the verb whose subject or object the counted noun is
  ("pardoned 37 people convicted of ..." is pardoned, "Some 130 people who took part
  ... were later sentenced"), its particle or object ("set free", "handed prison terms
  to 14", "face charges", "remain in custody"), else from a participle on the noun
  ("the 9,000 detained supporters"); with neither, v1's word stands;
- a copula's sub-count ("113 were minors") is ``other``; one that splits by sex ("14
  were women") keeps the total's category;
- counts v1 misses: a part ("40 of them were later released", "of whom 300 have since
  been released", "Eighty of the defendants received ..."), any plural noun that a
  category's verb governs ("arrested more than 150 monks"), a count said to reach a
  number ("the number of political prisoners rose to 1,000"), a change ("82 more than a
  year ago", ``other``), and bare numbers listed after a count ("38 people in Minsk, 12
  in Gomel and 5 in Brest").

The words are data (``figures.toml``); each figure's reason says what decided.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from vigil.extract.core.words import read_word_lists
from vigil.extract.figures import LIST_ITEM, NOT_COUNT_BEFORE, RawFigure
from vigil.extract.lexicon import FIGURE_CATEGORIES, QUALIFIERS
from vigil.extract.numbers import parse_number
from vigil.extract.types import FoundFigure
from vigil.model import Qualifier

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["FigureWords", "figure_words", "refine"]

_LISTS = ("people", "things", "parts", "changes", "count_nouns", "count_verbs", "group_words",
          "copulas", "list_preps", "scales", "include_verbs", "list_nouns", "terms",
          "group_preps", "held_nouns", "demographic", "demographic_preps",
          "state_verbs", "tally_verbs", "recognition", "new_markers", "standing",
          "count_movers", "held_counts", "detained_counts", "demographic_words",
          "served_verbs", "served_objects", "pardon_preps", "background",
          "comparisons", "hostage_words", "event_counts", "having", "jailing",
          "not_counts", "asking", "pretrial", "pretrial_nouns", "change_nouns",
          "warrants", "kin", "ages", "months", "total_nouns", "pledges",
          "passive_only", "standing_now", "still", "undoing", "modals",
          "clause_preps", "seeking", "amnesties", "charged_counts")  # fmt: skip
_QUAL_BEFORE = [
    (Qualifier(name), re.compile(rf"\b(?:{p})\s+(?:the\s+)?$", re.IGNORECASE))
    for name, p in QUALIFIERS
]
_SUBJECTS = {"nsubj", "nsubjpass"}
# What ``category`` says of a part by sex ("14 were women"): the total's category.
PART = ("part", "a part by sex of the total")
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj"}
_PLACES = {"GPE", "LOC", "NORP"}  # a count by place: "Ruritania (21)"
# Words right before a number that compare it with the count before ("up from 362",
# "compared with 28 last year"): a count of the same category.
_COMPARED = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+$", re.IGNORECASE)
# The words of a count of those held, inside its phrase.
_HELD_PHRASE = re.compile(r"political\s+prisoners|prisoners\s+of\s+conscience", re.IGNORECASE)
# Entities a number of no people belongs to ("50,000 CFA francs", "10 yrs").
_NOT_PEOPLE = {"MONEY", "DATE", "TIME", "PERCENT", "QUANTITY"}
_MEMBER_ROLES = {"conj", "appos", "attr", "nsubj"}  # a bare number as an item of a list


def _age(tok: Token, value: int) -> bool:
    """A bare number set off by commas right after a person's name is an age ("X, 67.",
    "X, 34, from Minsk"), not a count."""
    if tok.i < 2 or not 0 < value < 120 or tok.nbor(-1).text != ",":
        return False
    name = tok.nbor(-2)
    after = tok.nbor(1).text if tok.i + 1 < len(tok.doc) else "."
    return name.ent_type_ == "PERSON" and after in {",", ".", ";", ")", "\n"}


@dataclass(frozen=True)
class FigureWords:
    people: frozenset[str]
    things: frozenset[str]
    parts: frozenset[str]
    changes: frozenset[str]
    count_nouns: frozenset[str]
    count_verbs: frozenset[str]
    group_words: frozenset[str]
    copulas: frozenset[str]
    list_preps: frozenset[str]
    scales: frozenset[str]
    include_verbs: frozenset[str]
    list_nouns: frozenset[str]
    terms: frozenset[str]
    group_preps: frozenset[str]
    held_nouns: frozenset[str]
    demographic: frozenset[str]
    demographic_preps: frozenset[str]
    state_verbs: frozenset[str]
    tally_verbs: frozenset[str]
    recognition: frozenset[str]
    new_markers: frozenset[str]
    standing: frozenset[str]
    count_movers: frozenset[str]
    held_counts: frozenset[str]
    detained_counts: frozenset[str]
    demographic_words: frozenset[str]
    served_verbs: frozenset[str]
    served_objects: frozenset[str]
    pardon_preps: frozenset[str]
    background: frozenset[str]
    comparisons: frozenset[str]
    hostage_words: frozenset[str]
    event_counts: frozenset[str]
    having: frozenset[str]
    jailing: frozenset[str]
    not_counts: frozenset[str]
    asking: frozenset[str]
    pretrial: frozenset[str]
    pretrial_nouns: frozenset[str]
    change_nouns: frozenset[str]
    warrants: frozenset[str]
    kin: frozenset[str]
    ages: frozenset[str]
    months: frozenset[str]
    total_nouns: frozenset[str]
    pledges: frozenset[str]
    passive_only: frozenset[str]
    standing_now: frozenset[str]
    still: frozenset[str]
    undoing: frozenset[str]
    modals: frozenset[str]
    clause_preps: frozenset[str]
    seeking: frozenset[str]
    amnesties: frozenset[str]
    charged_counts: frozenset[str]
    categories: dict[str, frozenset[str]]  # category → verb and participle forms
    objects: dict[str, frozenset[str]]  # category → nouns a light verb takes
    nominal: dict[str, frozenset[str]]  # category → event nouns ("the release of 14 ...")


@cache
def figure_words() -> FigureWords:
    path = Path(__file__).with_name("figures.toml")
    lists, tables = read_word_lists(path, _LISTS, ("categories", "objects", "nominal"))
    known = {name for name, _ in FIGURE_CATEGORIES}
    for table in ("categories", "objects", "nominal"):
        unknown = set(tables[table]) - known
        if unknown:
            raise ValueError(f"{path.name}: [{table}] has unknown categories {sorted(unknown)}")
    return FigureWords(
        **lists,
        categories=tables["categories"],
        objects=tables["objects"],
        nominal=tables["nominal"],
    )


# A definite restatement of a count: "the 222 detainees", "amounted to 222 people".
_RESTATED = re.compile(
    r"\b(?:the|all|amounted\s+to|totall?ed|totaling|totalling|a\s+total\s+of)\s+"
    r"(\d{1,3}(?:,\d{3})*|\d+)\b"
    r"(?![-‐–]|\s*%|\s+(?:years?|months?|weeks?|days?|hours?|percent|per)\b)",  # no age
    re.IGNORECASE,
)


def _family(category: str) -> str:
    """Categories of one event: a pardon frees."""
    return "freed" if category in {"released", "pardoned"} else category


def _same(f: FoundFigure, value: int, family: str) -> bool:
    """Whether ``f`` counts ``value`` people of the event ``family`` (or of none)."""
    return f.value == value and (f.category == "other" or _family(f.category) == family)


def _near(rounded: FoundFigure, value: int) -> bool:
    """Whether ``value`` is the exact count a rounded one stands for: "more than 200"
    for 222, "almost 7,000" for 6,966."""
    low = rounded.value
    if rounded.qualifier in {Qualifier.MORE_THAN, Qualifier.AT_LEAST}:
        return low < value <= low * 5 // 4
    about = rounded.qualifier is Qualifier.ABOUT
    return about and value != low and abs(value - low) * 100 <= low * 15


def restated_exactly(figures: list[FoundFigure], text: str) -> list[FoundFigure]:
    """A round count with a qualifier ("More than 200 political prisoners were released")
    whose exact number the text gives elsewhere ("the 222 prisoners", "6,966 prisoners ...
    will be freed") is that number, once: the corpus annotates a rounded restatement of an
    exact count once, at the exact value. The rounded count keeps its category; a figure
    of the exact value of the same event (``other``, a release beside a pardon) is the
    same count and is dropped. Where the text counts the exact number in the rounded
    count's own category too, both stand."""
    out = list(figures)
    for rounded in list(out):
        if rounded not in out or rounded.value < 20 or rounded.value % 10:
            continue
        if rounded.qualifier not in {Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.ABOUT}:
            continue
        family = _family(rounded.category)
        given = [f.value for f in out if f.qualifier is Qualifier.EXACT and _near(rounded, f.value)
                 and _same(f, f.value, family)]  # fmt: skip
        said = (parse_number(m.group(1)) for m in _RESTATED.finditer(text))
        given += [int(v) for v in said if v is not None and _near(rounded, int(v))]
        if not given:
            continue
        exact = given[0]
        if any(f.value == exact and f.category == rounded.category for f in out):
            continue  # both stated as counts of one kind ("more than 2,000 ..., 2,123 ..."):
            # the corpus annotates each
        out = [f for f in out if f is rounded or not _same(f, exact, family)]
        why = f"{rounded.reason}; the exact count {exact} the text gives"
        out[out.index(rounded)] = replace(
            rounded, value=exact, qualifier=Qualifier.EXACT, reason=why
        )
    return out


# Counts this small that an article states again are the same few people told again ("two
# journalists were detained ... the two journalists face charges"): read once (the real
# sets of round 23: 7 such repeats of 2 or 3, none a count of its own; larger repeats
# were as often counts of their own as not).
_SMALL_REPEAT = 3


def once_small(figures: list[FoundFigure]) -> list[FoundFigure]:
    """The corpus annotates a number repeated in one article once: a count of at most
    ``_SMALL_REPEAT`` whose value an earlier figure of the article has is dropped, its
    category being only a later stage of the same people's story."""
    seen: set[int] = set()
    out = []
    for f in sorted(figures, key=lambda f: f.span.start):
        if f.value <= _SMALL_REPEAT and f.value in seen:
            continue
        seen.add(f.value)
        out.append(f)
    return out


def refine(
    text: str,
    sent: Span,
    found: list[RawFigure],
    previous: str | None,
    counted: Sequence[RawFigure] = (),
) -> list[RawFigure]:
    """v1's figures ``found`` in the parsed sentence ``sent`` of ``text`` (the doc's),
    their categories read through the parse, and the counts v1 missed; ``previous`` is
    the last category seen before the sentence, ``counted`` the figures of the sentences
    before."""
    return _Sentence(text, sent, figure_words(), previous, counted).read(found)


class _Sentence:
    def __init__(
        self,
        text: str,
        sent: Span,
        w: FigureWords,
        previous: str | None,
        counted: Sequence[RawFigure] = (),
    ) -> None:
        self.sent = sent
        self.w = w
        self.previous = previous
        self.text = text
        self.found: list[RawFigure] = []
        self.counted = counted

    # -- the category ------------------------------------------------------------------
    def _of_word(self, tok: Token) -> str | None:
        low = tok.lower_
        for name, forms in self.w.categories.items():
            if low in forms:
                return name
        return None

    def _of_verb(self, verb: Token) -> tuple[str, str] | None:
        """The category a verb states: its own form, a particle of it ("set free"), the
        noun it takes ("handed prison terms", "remain in custody")."""
        charges = self.w.objects.get("charged", frozenset())
        if verb.dep_ == "dobj" and verb.lower_ in charges and self._undone(verb.head):
            return "other", f"{verb.head.text} … {verb.text}"  # "dropped charges against 34"
        own = self._of_word(verb)
        if verb.lower_ in self.w.passive_only and not any(
            c.dep_ == "auxpass" for c in verb.children
        ):
            own = None  # "authorities accused the two activists of ...": an accusation
        if own == "political_prisoners_held" and self._term(verb):
            return "sentenced", f"{verb.text} for a term"  # "jailed 14 ... for six years"
        if (
            own == "political_prisoners_held"
            and verb.lower_ in self.w.jailing
            and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in verb.children)
            and not any(  # "a total of 178 journalists were imprisoned": a tally, held
                c.dep_ in _SUBJECTS and c.lower_ in self.w.count_nouns for c in verb.children
            )
        ):
            return "detained", f"{verb.text}, an event"  # "91 were incarcerated"
        if own == "political_prisoners_held" and any(
            c.lower_ in self.w.hostage_words for c in verb.children
        ):
            return "other", f"{verb.text} hostage"  # "54 journalists are being held hostage"
        if own and self._asked(verb):
            return None  # "calls on the authorities to release the three ...": not stated
        if own == "convicted" and any(
            c.dep_ == "conj" and self._of_word(c) == "sentenced" for c in verb.children
        ):
            return "sentenced", f"{verb.text} and sentenced"  # a verdict with a term
        if own == "detained" and self._sought(verb):
            return "charged", f"{verb.head.text} to {verb.text}"  # "seeking to detain eight"
        if own == "released":
            pardon = self._pardon(verb)
            if pardon:
                return "pardoned", pardon
        if own:
            return own, verb.text
        if self._undone(verb) and any(
            c.dep_ == "dobj" and c.lower_ in charges for c in verb.children
        ):
            return "other", f"{verb.text} … charges"  # "dropped charges against 34 artists"
        if verb.lower_ in self.w.served_verbs and any(
            c.dep_ == "dobj" and c.lower_ in self.w.served_objects for c in verb.children
        ):
            return "released", f"{verb.text} … sentences"  # "20 served their full sentences"
        for name, forms in self.w.objects.items():
            if verb.lower_ in forms:  # a noun: "criminal cases against 3,000 people"
                return name, verb.text
        for child in verb.children:
            if child.dep_ in {"prt", "acomp", "advmod", "oprd"}:
                cat = self._of_word(child)
                if cat:
                    return cat, f"{verb.text} {child.text}"
        for child in verb.children:
            nouns = [child] if child.dep_ in {"dobj", "nsubjpass"} else []  # "cases were filed"
            if child.dep_ == "prep":
                nouns = [c for c in child.children if c.dep_ == "pobj"]
            if (
                child.dep_ == "dobj"
                and self._span_of_time(child)
                and child.lower_ != "life"
                and self._among(verb) is None  # "Of those sentenced, 94 got 10 years": a part
            ):
                return "sentenced", f"{verb.text} … {child.text}"  # "received 10 years"
            for noun in nouns:
                for name, forms in self.w.objects.items():
                    if noun.lower_ in forms:
                        return name, f"{verb.text} … {noun.text}"
        if verb.dep_ in {"acl", "relcl"}:  # "The sentences, handed down to 8 journalists"
            for name, forms in self.w.objects.items():
                if verb.head.lower_ in forms:
                    return name, f"{verb.head.text} {verb.text}"
        if (
            verb.dep_ == "conj"
            and verb.head is not verb
            and verb.head.i < verb.i
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
        ):
            return self._of_verb(verb.head)  # "detained and beat 30 protesters"
        return None

    def _subject(self, verb: Token) -> Token | None:
        """The subject of ``verb``, a relative pronoun's antecedent ("a pardon that will
        free 651 prisoners")."""
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.lower_ in {"that", "which"} and verb.dep_ == "relcl":
            return verb.head
        return subject

    def _sought(self, word: Token) -> bool:
        """Whether a detention (verb or noun) is only sought, those it is for wanted
        ("seeking to detain eight suspects", "requested the arrest of 53 soldiers")."""
        return word.dep_ in {"xcomp", "dobj"} and word.head.lower_ in self.w.seeking

    def _undone(self, verb: Token) -> bool:
        """Whether ``verb`` undoes charges as a fact ("dropped", "revoked"), not as a wish
        ("should drop", "urged them to withdraw")."""
        if verb.lower_ not in self.w.undoing or self._asked(verb):
            return False
        return not any(c.dep_ == "aux" and c.lower_ in self.w.modals for c in verb.children)

    def _asked(self, verb: Token) -> bool:
        """Whether ``verb`` is only asked for: "calls on the authorities to release", "urged
        them to free"."""
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if to and verb.dep_ == "acl" and verb.head.lower_ in self.w.pledges:
            return True  # "the junta's pledge to release 5,636 people": not done
        return to and verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.head.lower_ in self.w.asking

    def _pardon(self, verb: Token) -> str | None:
        """What makes a release (``verb``) a pardon: a pardon it hangs on ("released by
        pardon", "freed under a pardon"), or a pardoning verb it is joined to ("pardoned
        and began freeing 3,000 prisoners")."""
        pardons = self.w.nominal.get("pardoned", frozenset()) - self.w.amnesties
        subject = self._subject(verb)
        if subject is not None and subject.lower_ in pardons:
            return f"{subject.text} … {verb.text}"  # "a presidential pardon that will free"
        for prep in verb.children:
            if (
                prep.dep_ in {"prep", "agent"}
                and prep.lower_ in self.w.pardon_preps
                and any(p.lower_ in pardons for p in prep.children if p.dep_ == "pobj")
            ):
                return f"{verb.text} {prep.text} pardon"
        tok = verb
        while tok.dep_ in {"xcomp", "conj"} and tok.head is not tok:
            tok = tok.head
            if self._of_word(tok) == "pardoned":
                return f"{tok.text} … {verb.text}"
        return None

    def _term(self, verb: Token) -> bool:
        """Whether ``verb`` ("jailed") hangs a span of time on "for": a sentence ("for six
        years", "for a year", "for life"); "for the fourth consecutive year" is no term."""
        return any(
            c.lower_ == "for" and any(self._span_of_time(p) for p in c.subtree)
            for c in verb.children
        )

    def _span_of_time(self, noun: Token) -> bool:
        if noun.lower_ not in self.w.terms:
            return False
        if noun.lower_ == "life":
            return True
        return any(
            c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"a", "an"})
            for c in noun.children
        )

    def _role(self, counted: Token) -> Token:
        """``counted`` or the conjunct it is coordinated with ("13 ... and 113 were")."""
        tok = counted
        while tok.dep_ in {"conj", "appos"} and tok.head is not tok:
            tok = tok.head
        return tok

    def _governor(self, counted: Token) -> Token | None:
        """The verb of which ``counted`` is the subject or object, or which hands a noun
        to it ("handed prison terms to 14 protesters")."""
        tok = self._role(counted)
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lower_ in self.w.total_nouns
            and tok.head.head.dep_ in _ARGUMENTS
        ):
            tok = tok.head.head  # "A total of 140 people face charges", "A group of 128 ..."
        if tok.dep_ in _ARGUMENTS:
            return tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "against", "on"}:
            verb = tok.head.head
            while verb.dep_ in {"prep", "pobj"} and verb.head is not verb:
                verb = verb.head  # "sentences ranging from two to seven years to 11"
            return verb
        return None

    def category(self, counted: Token) -> tuple[str, str] | None:
        """(category, the words that decided) for the counted noun or number; a count
        of those recognized is new ones (``other``), unless the sentence states a
        standing total ("As of Monday, 1,262 people were recognized ...")."""
        found = self._category(counted)
        if found is not None and found[0] == "detained":
            still = self._still(counted)
            if still is not None:
                return "political_prisoners_held", f'"{still}", held now'
        if found is None or found[0] != "other" or not self._standing(counted, found[1]):
            return found
        return "political_prisoners_held", f"{found[1]}, a standing total"

    def _still(self, counted: Token) -> str | None:
        """The words that make a count of the detained a standing one ("400 people are
        still detained", "are currently being detained", "those still detained"): the
        verb that governs the count, or the participle on it, with "still" or
        "currently"."""
        verbs = [self._governor(counted)]
        verbs += [c for c in counted.children if c.dep_ in {"acl", "amod", "relcl"}]
        for verb in verbs:
            if verb is None or self._of_word(verb) != "detained":
                continue
            for child in verb.children:
                if child.dep_ == "advmod" and child.lower_ in self.w.still:
                    return f"{child.text} {verb.text}"
        return None

    def _standing(self, counted: Token, why: str) -> bool:
        words = re.findall(r"\w+", why.lower())
        if not any(w in self.w.recognition for w in words):
            return False
        phrase = self.sent.doc[counted.left_edge.i : counted.i + 1]
        if any(t.lower_ in self.w.new_markers for t in phrase):
            return False  # "14 more people", "nine new political prisoners"
        text = " " + " ".join(t.lower_ for t in self.sent) + " "
        return any(f" {cue} " in text for cue in self.w.standing)

    def _category(self, counted: Token) -> tuple[str, str] | None:
        among = self._members_among(counted)
        if among is not None:
            return self._member_of(among, counted)  # "Among them are ..., 40 in poor health"
        standing = self._there_are(counted)
        if standing is not None:
            return standing
        verb = self._governor(counted)
        pretrial = self._pretrial(counted, verb) or self._warrant(counted)
        if pretrial is not None:
            return pretrial
        role = self._role(counted).dep_
        after = counted.nbor() if counted.i + 1 < len(counted.doc) else None
        if (
            verb is None
            and counted.like_num
            and after is not None
            and after.lower_ in self.w.copulas
        ):
            verb, role = after, "nsubj"  # "... and 113 were minors", parsed as a conjunct
        if verb is not None and verb.lower_ in self.w.copulas and role in _SUBJECTS:
            if self._age_band(verb):
                return "other", f'an age band "{counted.text} {verb.text} … old"'
            attr = [c for c in verb.children if c.dep_ in {"attr", "acomp"}]
            if attr and (
                attr[0].lower_ in self.w.parts
                or self._sex_first(attr[0])  # "are women human rights defenders"
            ):
                return PART  # a part by sex: the total's category
            if attr and attr[0].lower_ in self.w.demographic_words:
                return "other", f'a sub-count "{counted.text} {verb.text} {attr[0].text}"'  # older
            if attr and attr[0].lower_ == "prisoners":
                return "political_prisoners_held", f'"{verb.text} … {attr[0].text}"'
            if attr and (
                self._is_people(attr[0]) or not self._plural_thing(attr[0]) or attr[0].like_num
            ):
                return "other", f'a sub-count "{counted.text} {verb.text} {attr[0].text}"'
            held = self._held_in(verb)
            if held is not None:
                return held  # "at least 696 are in detention centers", "766 are in custody"
            among = self._among(verb)
            if among is not None:
                return self._member_of(among, counted)
        head = self._role(counted)
        if head.dep_ == "attr" and head.head.lower_ in self.w.copulas:
            among = self._among(head.head)  # "Among the 400 freed were 12 Americans"
            if among is not None:
                return self._member_of(among, counted)
        if verb is not None and verb.lower_ in self.w.include_verbs and role in {"dobj", "attr"}:
            return self._group_of(verb, counted)
        if (
            verb is not None
            and verb.lower_ in self.w.tally_verbs
            and role == "dobj"
            and counted.lower_ in self.w.held_counts
            and not any(c.dep_ in {"amod", "acl"} and self._of_word(c) for c in counted.children)
        ):  # "activists have documented more than 140 prisoners of conscience"
            return "political_prisoners_held", f'"{verb.text} … {counted.text}", a tally'
        if verb is not None:
            taken = {noun for nouns in self.w.objects.values() for noun in nouns}
            active_agent = role == "nsubj" and any(
                c.dep_ == "dobj" and c.lower_ not in taken and not self._span_of_time(c)
                for c in verb.children
            )  # "Police detained 200": the subject acts; "80 received sentences", "39
            # others received 10 years" do not
            found = None if active_agent else self._of_verb(verb)
            if found and found[0] in self.w.background:
                own = self._definite_participle(counted)
                if own is not None:
                    return own
            if found:
                return found[0], f'the verb "{found[1]}"'
            subject = self._subject(verb) if role == "dobj" else None
            if subject is not None:  # "The mass amnesty affects more than 1,500 people"
                name = "released" if subject.lower_ in self.w.amnesties else None
                if subject.lower_ in self.w.nominal.get("pardoned", ()) and name is None:
                    name = "pardoned"
                if subject.lower_ in self.w.nominal.get("released", ()):
                    name = "released"
                if name is not None:
                    return name, f'the group "{subject.text} {verb.text}"'
        event = self._event_noun(counted)
        if event is not None:
            return event  # "the release of over 2000 protestors arbitrarily detained"
        for child in counted.children:
            if child.dep_ in {"amod", "acl", "relcl"}:
                found = self._of_verb(child) if child.dep_ != "amod" else None
                cat = self._of_word(child)
                if cat:
                    return cat, f'the participle "{child.text}"'
                if found:
                    return found[0], f'the clause "{found[1]}"'
        if (
            counted.dep_ == "pobj"
            and counted.head.lower_ == "of"
            and counted.head.head.lower_ in self.w.list_nouns
        ):
            return "political_prisoners_held", f'"{counted.head.head.text} of"'  # a list of 98
        for child in counted.children:  # "35 journalists behind bars", "people in custody"
            if child.dep_ == "prep":
                for noun in (p for p in child.children if p.dep_ == "pobj"):
                    for name, forms in self.w.objects.items():
                        if noun.lower_ in forms:
                            return name, f'"{child.text} {noun.text}"'
        return None

    def _warrant(self, counted: Token) -> tuple[str, str] | None:
        """Those a warrant is issued for ("issued detention warrants for 35 people",
        "arrest warrants were issued for 32 people", "warrants for the detention of 42
        journalists"): wanted on charges, ``charged``."""
        tok = self._role(counted)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and self._nominal(tok.head.head):
            tok = tok.head.head  # "the detention of 42 journalists"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"):
            for noun in (p for p in prep.children if p.dep_ == "pobj"):
                if noun.lower_ in self.w.warrants:  # "seeking 832 people on warrants"
                    return "charged", f'"{prep.text} {noun.text}"'
        if tok.dep_ != "pobj" or tok.head.lower_ != "for":
            return None
        head = tok.head.head
        nouns = [head] + [c for c in head.children if c.dep_ in {"nsubjpass", "dobj"}]
        warrant = next((n for n in nouns if n.lower_ in self.w.warrants), None)
        return ("charged", f'"{warrant.text} for"') if warrant is not None else None

    def _age_band(self, copula: Token) -> bool:
        """Whether a copula's predicate gives an age ("383 are between 22 and 45 years old",
        "13 are 60 or older"): a demographic sub-count."""
        for tok in self.sent.doc[copula.i + 1 : self.sent.end]:
            if tok.text in {";", ".", "-", "—", "–"} or tok.text.startswith("-"):
                return False
            if tok.lower_ in self.w.ages:
                return True
        return False

    def _held_in(self, copula: Token) -> tuple[str, str] | None:
        """A copula that places its subject in a place of holding ("are still in
        prison", "are in detention centers", "is in custody"): those held now."""
        places = self.w.objects.get("political_prisoners_held", frozenset()) | {"custody"}
        for prep in (c for c in copula.children if c.dep_ == "prep"):
            if prep.lower_ not in {"in", "behind"}:
                continue
            for noun in (p for p in prep.children if p.dep_ == "pobj"):
                words = {noun.lower_} | {c.lower_ for c in noun.children if c.dep_ == "compound"}
                if words & places:
                    return "political_prisoners_held", f'"{copula.text} {prep.text} {noun.text}"'
        return None

    def _day_of_month(self, tok: Token) -> bool:
        """Whether the number is a day before a month's name ("the 11 July detainees")."""
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        return (
            nxt is not None and nxt.lower_ in self.w.months and nxt.text[:1].isupper()
        )  # "May" the month, not "may"

    def _kin(self, tok: Token) -> bool:
        """Whether the number counts one person's family ("a mother of two children")."""
        noun = tok.head if tok.dep_ == "nummod" else tok
        return (
            noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in self.w.kin
        )

    def _own_noun(self, counted: Token) -> tuple[str, str] | None:
        """The category the counted noun itself says when nothing near it does
        ("documented 1,271 detainees"): those detained."""
        if counted.lower_ not in self.w.detained_counts:
            return None
        text = " " + " ".join(t.lower_ for t in self.sent) + " "
        if any(f" {cue} " in text for cue in self.w.standing_now):
            return "political_prisoners_held", f'"{counted.text}", a standing count'
        return "detained", f'"{counted.text}" itself'  # "as of September 2": held now

    def _included(self, counted: Token, out: list[RawFigure]) -> tuple[str, str] | None:
        """A count "including" others is a part of the count it hangs on ("At least 185
        people, including at least 19 children, have been killed"): that count's category,
        ``other`` for a demographic part."""
        first = counted
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "including 13 children and two women"
        prep = first.head
        if first.dep_ != "pobj" or prep.lower_ != "including":
            return None
        whole = prep.head
        heads = [whole]  # or the verb's: "documented 157 arrests ..., including 13"
        heads += [c for c in whole.children if c.dep_ in _ARGUMENTS and c.i < prep.i]
        own = counted.idx
        inside = [f for f in out if not f.start <= own < f.end]
        total = next((f for h in heads for f in inside if f.start <= h.idx < f.end), None)
        if total is None:
            return None
        if self._demographic(counted):
            return "other", f'a demographic part "{counted.text}" of the count it is in'
        said = next((c for c in counted.children if c.dep_ == "acl" and self._of_word(c)), None)
        if said is not None:  # "including 137 charged with felonies": the part's own
            return self._of_word(said) or "other", f'the participle "{said.text}" of a part'
        return total.category, f'a part "including" of the count "{whole.text}"'

    def _nominal(self, noun: Token) -> bool:
        return any(noun.lower_ in forms for forms in self.w.nominal.values())

    def _pretrial(self, counted: Token, verb: Token | None) -> tuple[str, str] | None:
        """Those held awaiting trial ("holds 41 activists in pre-trial detention", "19
        others held in pretrial detention"): ``charged``, the README's rule. Only a state
        of holding says so, not an event ("released from pre-trial detention")."""
        event = self._of_word(verb) if verb is not None else None
        if event not in {None, "political_prisoners_held"}:
            return None
        heads = [counted] + ([verb] if verb is not None else [])
        heads += [c for c in counted.children if c.dep_ == "acl" and self._of_word(c)
                  == "political_prisoners_held"]  # fmt: skip
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
                for noun in (p for p in prep.children if p.dep_ == "pobj"):
                    words = {t.lower_ for t in noun.subtree if t.i < noun.i}
                    if noun.lower_ in self.w.pretrial_nouns and words & self.w.pretrial:
                        return "charged", f'"{prep.text} … {noun.text}" awaiting trial'
        return None

    def _there_are(self, counted: Token) -> tuple[str, str] | None:
        """A standing count stated by "there are" with a participle of holding ("there are
        275 people detained in the country"): those held now, not an event."""
        verb = counted.head
        if counted.dep_ not in {"attr", "nsubj"} or verb.lower_ not in {"are", "is", "remain"}:
            return None
        if not any(c.dep_ == "expl" for c in verb.children):
            return None
        for child in counted.children:
            cat = self._of_word(child) if child.dep_ in {"acl", "amod"} else None
            if cat in {"detained", "political_prisoners_held"}:
                return "political_prisoners_held", f'"there {verb.text} … {child.text}"'
            if child.dep_ == "relcl" and child.lower_ in self.w.copulas:
                attr = [a for a in child.children if a.dep_ == "attr"]
                if attr and attr[0].lower_ in self.w.held_counts:  # "who are prisoners of
                    return "political_prisoners_held", f'"who {child.text} {attr[0].text}"'
        return None

    def _definite_participle(self, counted: Token) -> tuple[str, str] | None:
        """The category of a participle after a definite count ("The 32 prisoners
        pardoned"), which beats a verb that only describes the group."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in counted.children):
            return None
        for child in counted.children:
            cat = self._of_word(child) if child.dep_ in {"acl", "amod"} else None
            if cat is not None and cat not in self.w.background:
                return cat, f'the participle "{child.text}" of a definite count'
        return None

    def _members_among(self, counted: Token) -> Token | None:
        """The "among" of a sentence that lists a group's members after a copula ("Among
        those pardoned are six people under 25, three pensioners and ..."), when
        ``counted`` is one of them."""
        first = self.sent[0]
        if first.lower_ != "among" or first.dep_ != "prep":
            return None
        verb = first.head  # "Among them are", whatever the parse makes of the list
        if verb.lower_ not in self.w.copulas or counted.i < verb.i:
            return None
        if counted.like_num and (
            counted.dep_ not in _MEMBER_ROLES
            or counted.nbor(-1).lower_ in self.w.demographic_preps | {"of", "than", "to"}
        ):
            return None  # "under the age of 30", "over 60": a number inside an item
        return first

    def _event_noun(self, counted: Token) -> tuple[str, str] | None:
        """An event noun the count belongs to: "the release of 14 political prisoners",
        "the arrests of more than 200 protesters"."""
        tok = self._role(counted)
        if tok.dep_ == "nummod" and tok.head is not tok:
            tok = self._role(tok.head)
        if tok.dep_ == "pobj" and tok.head.lower_ == "for":  # "decreed a pardon for 30"
            head = tok.head.head
            nouns = [head] + [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
            for name in ("pardoned", "charged"):  # "planned trials for 1,000 protesters"
                forms = self.w.nominal.get(name, frozenset())
                noun = next((n for n in nouns if n.lower_ in forms), None)
                if noun is not None:
                    return name, f'the noun "{noun.text} for"'
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.dep_ == "acl":
            noun = tok.head.head.head  # "pardons issued to 12 prisoners of conscience"
            for name, forms in self.w.nominal.items():
                if noun.lower_ in forms:
                    return name, f'the noun "{noun.text} {tok.head.head.text} to"'
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head is not tok.head):
            return None
        noun = tok.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "for":
            return None  # "called for the release of 14 ...": asked for, not stated
        for name, forms in self.w.nominal.items():
            if noun.lower_ in forms:
                if name == "detained" and self._sought(noun):
                    return "charged", f'the noun "{noun.head.text} the {noun.text} of"'
                return name, f'the noun "{noun.text} of"'
        return None

    def _among(self, verb: Token) -> Token | None:
        """The preposition of a copula naming the group ("Among the 400 freed were")."""
        return next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ in self.w.group_preps),
            None,
        )

    def _demographic(self, counted: Token) -> bool:
        """ "11 minors", "18 people with disabilities", "45 are over 60", "92 in serious
        health conditions", "12 who suffer from chronic illnesses": the counted noun, a
        preposition on it, or a word of health or family in its item of the list."""
        if counted.lower_ in self.w.demographic:
            return True
        if any(c.dep_ == "prep" and c.lower_ in self.w.demographic_preps for c in counted.children):
            return True
        return any(t.lower_ in self.w.demographic_words for t in self._item(counted))

    def _item(self, counted: Token) -> list[Token]:
        """The words of the list item a count begins: from its number to the next item's
        number ("five people over 60, two pensioners and 12 who ...") or the clause's end."""
        number = counted
        if not counted.like_num:
            number = next((c for c in counted.children if c.dep_ == "nummod"), counted)
        out: list[Token] = []
        for tok in self.sent.doc[number.i + 1 : self.sent.end]:
            if tok.text in {";", ".", ":"}:
                break
            if tok.like_num and tok.nbor(-1).lower_ in {",", "and"}:
                break
            out.append(tok)
        return out

    def _state(self, tok: Token) -> bool:
        """Whether the bare number ``tok`` is the subject of a state of health or family
        ("Eleven of them suffer from chronic illnesses", "four have children"): a
        demographic sub-count."""
        if tok.dep_ not in _SUBJECTS or tok.head.lower_ not in self.w.state_verbs:
            return False
        words = [t for t in tok.head.subtree if t.i > tok.head.i]
        return any(t.lower_ in self.w.demographic_words for t in words)

    def _list_member(self, tok: Token) -> tuple[str, str] | None:
        """The category of a bare number in a list of members after a copula ("Among them
        are 11 people with disabilities, 40 in poor health and ...")."""
        among = self._members_among(tok)
        if among is not None:
            return self._member_of(among, tok)
        head = self._role(tok)
        if head.dep_ not in {"attr", "nsubj"} or head.head.lower_ not in self.w.copulas:
            return None
        among = self._among(head.head)
        return self._member_of(among, tok) if among is not None else None

    def _member_of(self, prep: Token, counted: Token) -> tuple[str, str] | None:
        """The category of members counted among a group ("Among the 400 freed were 12
        Americans"): a demographic count is ``other``, else the group's."""
        if self._demographic(counted):
            return "other", f'a demographic sub-count "{counted.text}"'
        for group in (p for p in prep.children if p.dep_ == "pobj"):
            own = self._of_word(group)
            if own is None:
                found = self.category(group)
                own = found[0] if found and found != PART else None
            if own is not None:
                return own, f'the group "{prep.text} … {group.text}"'
        last = self._part_of(counted)
        return (last, f'the group "{prep.text} …" counted before') if last else None

    def _group_of(self, verb: Token, counted: Token) -> tuple[str, str] | None:
        """The category of a group whose members ``verb`` ("included") counts: a list's
        is held; another group's is its own, or that of the count before."""
        subject = self._subject(verb)  # "the mass trial, which included 200 defendants"
        if subject is None:
            return None
        if self._demographic(counted):
            return "other", f'a demographic sub-count "{verb.text} … {counted.text}"'
        if subject.lower_ in self.w.list_nouns:
            return "political_prisoners_held", f'"{subject.text} {verb.text}"'
        for name, forms in self.w.nominal.items():
            if subject.lower_ in forms:  # an event's members: "the trial included 200"
                return name, f'the group "{subject.text} {verb.text}"'
        own = self.category(subject)
        if own is not None:
            return own[0], f"the group: {own[1]}"
        before = [f for f in self.found if f.end <= counted.idx]
        last = before[-1].category if before else self.previous
        return (last, f'the group "{subject.text}" counted before') if last else None

    # -- counts v1 misses ----------------------------------------------------------------
    def _value(self, tok: Token) -> int | None:
        if not (tok.like_num or tok.lower_ == "dozen"):
            return None
        if tok.lower_ in {"thousand", "hundred"} and tok.i > 0 and tok.nbor(-1).like_num:
            return None  # "20 thousand": read at "20"
        if self._tens_of(tok) is not None:
            return None  # "Thirty-six": read at "six", where the parse hangs the phrase
        if self._range_of_time(tok):
            return None  # "a sentence of three to 15 years": a term
        text = tok.text
        tens = self._tens_before(tok)
        if tens is not None:
            text = f"{tens.text}-{tok.text}"
        if tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "thousand" and text[:1].isdigit():
            text = f"{text} thousand"
        if tok.lower_ == "dozen" or (tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "dozen"):
            return None  # "two dozen" is read at "dozen"'s noun
        value = parse_number(text)
        if value is None or value.denominator != 1 or value < 2:
            return None
        if text.isdigit() and 1900 <= int(text) <= 2100 and not self._counted_year(tok):
            return None  # a year
        before = self.text[max(0, tok.idx - 12) : tok.idx]
        if NOT_COUNT_BEFORE.search(before):
            return None  # "colony No. 1", "aged 63"
        if self._not_count(tok):
            return None  # "an average of 15 prisoners per month"
        if (
            before.endswith(", ")
            and self.text[tok.idx + len(text) : tok.idx + len(text) + 1] == ","
        ):
            return None  # "X, 63, ...": an age
        return int(value)

    def _range_of_time(self, tok: Token) -> bool:
        """Whether ``tok`` opens a range of a span of time ("three to 15 years")."""
        end = min(self.sent.end, tok.i + 4)
        after = [t.lower_ for t in self.sent.doc[tok.i + 1 : end]]
        return (
            len(after) == 3
            and after[0] in {"to", "-", "–", "and"}
            and self.sent.doc[tok.i + 2].like_num
            and after[2] in self.w.terms
        )

    def _tens_before(self, tok: Token) -> Token | None:
        """The tens word of a hyphenated number that ``tok`` ends ("Thirty-six")."""
        if tok.i < 2 or not tok.is_alpha or tok.nbor(-1).text not in {"-", "‐", "–"}:
            return None
        tens = tok.nbor(-2)
        if tens.whitespace_ or tok.nbor(-1).whitespace_ or not tens.is_alpha:
            return None
        return tens if tens.like_num and tens.i >= self.sent.start else None

    def _tens_of(self, tok: Token) -> Token | None:
        """The unit word after the tens word ``tok`` of a hyphenated number."""
        if tok.i + 2 >= len(tok.doc):
            return None
        unit = tok.nbor(2)
        tens = self._tens_before(unit)
        return unit if tens is not None and tens.i == tok.i else None

    def _not_count(self, tok: Token) -> bool:
        """Whether a word of a rate stands by the number: "an average of 15", "per"."""
        near = self.sent.doc[max(self.sent.start, tok.i - 2) : min(self.sent.end, tok.i + 4)]
        return any(t.lower_ in self.w.not_counts for t in near)

    def _demographic_part(self, counted: Token, value: int) -> bool:
        """Whether a count by a demographic noun ("33 minors", "29 boys") is a sub-count of
        a larger total counted before in the text: ``other``."""
        noun = counted if not counted.like_num else counted.head
        if noun.lower_ not in self.w.demographic:
            return False
        before = [f for f in self.found if f.end <= counted.idx] + list(self.counted)
        return any(f.value > value and f.category != "other" for f in before)

    def _counted_year(self, tok: Token) -> bool:
        """Whether a number written like a year counts people: a qualifier before it and
        a noun for people right after ("the release of over 2000 protestors")."""
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        if tok.dep_ == "nummod" and self._plural_people(tok.head) and self._event_noun(tok.head):
            return True  # "the arrest of 1726 innocent civilians"
        return (
            nxt is not None
            and self._is_people(nxt)
            and self._qualifier(tok.idx) is not Qualifier.EXACT
        )

    def _plural_people(self, noun: Token) -> bool:
        return self._is_people(noun) or not self._plural_thing(noun)

    def _dozen(self, tok: Token) -> int | None:
        """ "Two dozen protesters": the number of dozens times 12, read at the number when
        the parse hangs "dozen" on it ("two/nummod dozen/quantmod protesters") or at
        "dozen" when it takes the number; "a dozen of its supporters" is 12."""
        if tok.like_num and tok.i + 1 < len(tok.doc):
            after = tok.nbor()
            if after.lower_ == "dozen" and after.head.i == tok.i and tok.lower_ != "dozen":
                value = parse_number(tok.text)
                ok = value is not None and value.denominator == 1
                return int(value) * 12 if ok else None  # type: ignore[arg-type]
        if tok.lower_ != "dozen":
            return None
        if tok.head.like_num and tok.head.i == tok.i - 1:
            return None  # "two dozen": read at "two"
        numbers = [c for c in tok.children if c.dep_ == "nummod" and c.like_num]
        if not numbers:
            one = tok.i > 0 and tok.nbor(-1).lower_ in {"a", "one"}
            return 12 if one and tok.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} else None
        value = parse_number(numbers[0].text)
        return int(value) * 12 if value is not None and value.denominator == 1 else None

    def _is_people(self, noun: Token) -> bool:
        low = noun.lower_.rsplit("-", 1)[-1]  # "citizen-journalists"
        return low in self.w.people and low not in self.w.things

    def _plural_thing(self, noun: Token) -> bool:
        low = noun.lower_
        if low in self.w.people:
            return False
        return low in self.w.things or not (low.endswith("s") and not low.endswith("ss"))

    def _qualifier(self, start: int) -> Qualifier:
        before = self.text[max(0, start - 30) : start]
        if self.text[start : start + 5].lower() == "dozen" and before.lower().endswith(" a "):
            before = before[:-2]  # "more than a dozen"
        for qualifier, pattern in _QUAL_BEFORE:
            if pattern.search(before):
                return qualifier
        return Qualifier.EXACT

    def _new(
        self, value: int, start_tok: Token, end_tok: Token, category: str, of_whom: str, why: str
    ) -> RawFigure:
        tens = self._tens_before(start_tok)
        if tens is not None:
            start_tok = tens  # "Thirty-six opposition leaders": the whole number
        start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
        return RawFigure(
            value=value,
            qualifier=self._qualifier(start),
            category=category,
            start=start,
            end=end,
            of_whom=of_whom,
            reason=f'count of people "{self.text[start:end][:50]}", category from {why}',
            breakdown={},
        )

    def _missed(self, tok: Token, found: list[RawFigure]) -> RawFigure | None:
        dozen = self._dozen(tok)
        value = dozen if dozen is not None else self._value(tok)
        if value is None:
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ == "among":
            return None  # "the youngest among the 117": the group, counted before
        if _age(tok, value):
            return None  # "pensioner Hanna X, 67.": her age
        start = tok
        # a change in a count: "82 more than a year ago"
        nxt = tok.nbor() if tok.i + 2 < len(tok.doc) else None
        if nxt is not None and self._change(tok):
            if any(t.lower_ in self.w.count_nouns or self._is_people(t) for t in self.sent):
                return self._new(value, tok, nxt, "other", "change", "a change in a count")
            return None
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lower_ in self.w.change_nouns
            and any(t.lower_ in self.w.count_nouns or self._is_people(t) for t in self.sent)
        ):  # "an increase of nine from the 2005 tally"
            why = f'a change "{tok.head.head.text} of"'
            return self._new(value, tok, tok, "other", "change", why)
        compared = _COMPARED.search(self.text[max(0, tok.idx - 20) : tok.idx])
        unit = tok.nbor().lower_ if tok.i + 1 < len(tok.doc) else ""
        if (
            compared is not None
            and not (tok.dep_ == "nummod" and self._is_people(tok.head))
            and unit not in self.w.things | {"%", "percent", "per"}
        ):
            earlier = [f for f in found if f.end <= tok.idx]
            kind = earlier[-1].category if earlier else self.previous
            if kind is not None:  # "there are 297 ..., up from 50 four years ago"
                why = f'a count "{compared.group(0).strip()}" the one before'
                return self._new(value, tok, tok, kind, "", why)
        clause = next((c for c in tok.children if c.dep_ == "relcl"), None)
        said = self._of_verb(clause) if clause is not None else None
        if said is not None:  # "There are 217 who have been convicted"
            return self._new(value, tok, tok, said[0], "", f'the clause "who … {said[1]}"')
        participle = next((c for c in tok.children if c.dep_ == "acl" and self._of_word(c)), None)
        if participle is not None and tok.dep_ == "pobj" and tok.head.lower_ == "including":
            kind = self._of_word(participle) or "other"  # "including 137 charged with ..."
            why = f'the participle "{participle.text}"'
            return self._new(value, tok, participle, kind, "", why)
        if tok.dep_ == "conj" and self._role(tok).dep_ == "nummod":
            tok = self._role(tok)  # "with 24, 19 and 12 journalists detained"
            noun = tok.head
            cat = self.category(noun)
            if cat is None or not self._is_people(noun):
                return None
            return self._new(value, start, start, cat[0], noun.lower_, f"{cat[1]}, a list")
        shared = self._shared_noun(tok)
        if shared is not None:  # "with 50, 43 and 35 journalists detained"
            cat = self.category(shared)
            own = [f for f in found if f.start <= shared.idx < f.end]
            if (cat is None or cat == PART) and own:
                cat = own[0].category, "the count it shares a noun with"
            if cat is not None and cat != PART:
                return self._new(value, tok, tok, cat[0], shared.lower_, f"{cat[1]}, a list")
        if (
            tok.dep_ == "nummod"
            and tok.head.lower_ in self.w.event_counts
            and self._modifiers_only(tok, tok.head)  # not "30 June Prison Releases"
        ):
            noun = tok.head  # "1,503 arrests had been confirmed": those arrested
            kind = next(n for n, forms in self.w.nominal.items() if noun.lower_ in forms)
            return self._new(value, tok, noun, kind, noun.lower_, f'the count of "{noun.text}"')
        if tok.dep_ == "nummod":
            noun = tok.head
            while noun.dep_ == "compound" and noun.head.i > noun.i and self._is_people(noun.head):
                noun = noun.head  # "177 leaders-activists": the phrase's head
            if noun.lower_ in self.w.things or self._plural_thing(noun):
                return None
            if (
                tok.ent_type_ in _NOT_PEOPLE
                and not self._is_people(noun)
                and self._event_noun(noun) is None  # "the detention of 1640 villagers"
            ):
                return None  # "fined 50,000 CFA francs", "sentenced to 10 yrs": no people
            cat = self.category(noun)
            governed = (
                self._governor(noun) is not None
                or noun.dep_ == "attr"
                or self._event_noun(noun) is not None  # "arrest of 1726 innocent civilians"
            )
            if cat is None or (not self._is_people(noun) and not governed):
                return None  # a noun not of people counts only as a verb's patient
            first = min((c for c in tok.children if c.dep_ == "nummod"), key=lambda c: c.i,
                        default=tok)  # fmt: skip
            if self._demographic_part(noun, value):
                cat = ("other", f'a demographic sub-count "{noun.text}" of a total before')
            end = noun
            if any(c.dep_ == "conj" and c.like_num for c in tok.children):
                end = tok  # "24, 19 and 12 journalists": the next numbers are their own
            return self._new(value, first, end, cat[0], noun.lower_, cat[1])
        # a count said to reach a number: "the number of political prisoners rose to 1,000"
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "by" and verb.lower_ in self.w.count_verbs:
            return self._new(value, tok, tok, "other", "change", f'a change "{verb.text} by"')
        reached = self._reached(tok)
        if reached is not None:
            cat, counted = reached
            return self._new(value, tok, tok, cat[0], counted.lower_, cat[1]) if cat else None
        if tok.dep_ == "appos" and tok.head.lower_ in self.w.count_nouns:
            of = [p for c in tok.head.children if c.lower_ == "of" for p in c.children]
            cat = self._count_of(of[0]) if of else None  # "The number of journalists
            if cat is not None and cat != PART:  # imprisoned, 153, is ..."
                return self._new(value, tok, tok, cat[0], of[0].lower_, cat[1])
        elided = self._elided(tok)
        if elided is not None:
            return self._new(value, tok, tok, elided[0], "", elided[1])
        after = self._verb_after(tok)
        if after is not None:
            return self._new(value, tok, tok, after[0], "", after[1])
        before = [f for f in self.found if f.end <= tok.idx]
        if tok.dep_ in _SUBJECTS and tok.head.lower_ in self.w.tally_verbs:
            kept = before[-1].category if before else self.previous  # "when 370 were counted"
            if kept:
                return self._new(value, tok, tok, kept, "", f'the count "{tok.head.text}" before')
        if (
            before
            and tok.dep_ == "pobj"
            and tok.head.lower_ in {"with", "to", "from"}
            and tok.head.head.lower_ in self.w.comparisons
        ):  # "1,140 political prisoners, compared with 980 in March 2021"
            why = f'a count "{tok.head.head.text} {tok.head.text}" the one before'
            return self._new(value, tok, tok, before[-1].category, "", why)
        # a part of a group: "40 of them", "Eighty of the defendants", "of whom 300"
        group = [
            p for c in tok.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        ]
        whom = tok.dep_ in _SUBJECTS and any(
            c.lower_ == "of" and any(p.lower_ in self.w.group_words for p in c.children)
            for c in tok.head.children
        )
        if (group and (group[0].lower_ in self.w.group_words or self._is_people(group[0])
                       or self._of_word(group[0]))) or whom:  # fmt: skip
            cat = self.category(tok)
            if cat == PART:
                total = self._part_of(tok)
                cat = (total, PART[1]) if total else None
            if cat is None and group and group[0].lower_ in self.w.hostage_words:
                cat = ("other", f'a part of the "{group[0].text}"')  # "21 of these hostages"
            if cat is None and group and group[0].lower_ in self.w.event_counts:
                kind = next(n for n, f in self.w.nominal.items() if group[0].lower_ in f)
                cat = (kind, f'a part of the "{group[0].text}"')  # "400 of the releases"
            if cat is None and group and tok.dep_ == "dobj" and tok.head.lower_ in self.w.having:
                # "has at least 10,091 of its leaders arrested"; not "1,525 of those arrested
                # have not been granted ...", whose participle only names the group
                words = [self._of_word(c) for c in group[0].children if c.dep_ in {"acl", "amod"}]
                stated = next((w for w in words if w), None)
                if stated is not None:  # "has at least 10,091 of its leaders ... arrested"
                    cat = (stated, f'the participle of the group "{group[0].text}"')
            if cat is None and self._state(tok):
                cat = ("other", "a sub-count of the group")
            if cat is None:
                if not self._sub_count(tok) or not self._counted_group(tok, group):
                    return None  # "Only 3 of the 17 lawyers were allowed in"
                cat = ("other", "a sub-count of the group")
            end = group[0] if group else tok
            return self._new(value, tok, end, cat[0], "of them", cat[1])
        # a bare number as the subject or object of a category's verb: "131 have been
        # tortured", "acquitted three defendants and convicted 12"
        if (
            tok.dep_ == "dobj"
            and self._of_word(tok.head)
            and tok.head.lower_ not in {n for nouns in self.w.objects.values() for n in nouns}
        ):
            name = self._of_word(tok.head)
            return self._new(value, tok, tok, name or "other", "", f'the verb "{tok.head.text}"')
        if tok.dep_ in _SUBJECTS or (nxt is not None and nxt.lower_ in self.w.copulas):
            cat = self.category(tok)
            if cat == PART:
                total = self._part_of(tok)
                cat = (total, PART[1]) if total else None
            if cat is not None:
                return self._new(value, tok, tok, cat[0], "", cat[1])
        if tok.dep_ in {"conj", "appos"}:
            cat = self._list_member(tok)  # "Among them are ..., 40 in poor health"
            if cat is not None:
                return self._new(value, tok, tok, cat[0], "", cat[1])
        # a bare number listed after a count: "..., 12 in Gomel and 5 in Brest"
        if (
            found
            and nxt is not None
            and nxt.lower_ in self.w.list_preps
            and tok.i > self.sent.start
            and tok.nbor(-1).text in {",", "and", ";"}
        ):
            last = max((f for f in found if f.end <= tok.idx), key=lambda f: f.end, default=None)
            if last is not None and last.category != "other":
                return self._new(value, tok, tok, last.category, "", "the count listed before")
        return None

    def _modifiers_only(self, number: Token, noun: Token) -> bool:
        """Whether only lower-case words describing ``noun`` stand between a number and
        it ("157 arbitrary arrests", "182 arrest warrants"; not "30 June Prison Releases")."""
        between = self.sent.doc[number.i + 1 : noun.i]
        return noun.i > number.i and all(
            t.dep_ in {"amod", "advmod", "compound"} and t.text.islower() for t in between
        )

    def _verb_after(self, tok: Token) -> tuple[str, str] | None:
        """The category of the verb right after a bare number the parse hangs elsewhere
        ("the summit 9,948 had been detained", "announcing 5,636 would be released",
        "around 8,000 remain in detention"): the number is its subject."""
        clause_prep = tok.dep_ == "pobj" and tok.head.lower_ in self.w.clause_preps
        if tok.dep_ in {"pobj", "nummod", "quantmod", "npadvmod"} and not clause_prep:
            return None  # but "after more than 300 people died": a clause the parse broke
        if tok.i + 1 >= self.sent.end:
            return None
        verb = tok.nbor()
        while verb.i + 1 < self.sent.end and (
            verb.dep_ in {"aux", "auxpass", "neg"} or verb.lower_ in {"still", "already", "now"}
        ):
            verb = verb.nbor()
        clause = {"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp"}
        if verb.dep_ not in clause or verb.lower_ in self.w.copulas:
            return None  # the parse has no tags here: a clause's head stands for a verb
        found = self._of_verb(verb)
        return (found[0], f'the verb "{found[1]}" after it') if found else None

    def _shared_noun(self, tok: Token) -> Token | None:
        """The noun of people a bare number shares with the numbers coordinated with it,
        when the parse hangs the noun on the last one ("with 50, 43 and 35 journalists")."""
        if tok.dep_ == "nummod" or not tok.like_num:
            return None
        top = tok
        while top.dep_ == "conj" and top.head.like_num:
            top = top.head
        chain, todo = [], [top]
        while todo:
            node = todo.pop()
            chain.append(node)
            todo.extend(c for c in node.children if c.dep_ == "conj")
        return next(
            (
                node
                for node in chain
                if node is not tok
                and self._is_people(node)
                and any(c.dep_ == "nummod" and c.like_num for c in node.children)
            ),
            None,
        )

    def _reached(self, tok: Token) -> tuple[tuple[str, str] | None, Token] | None:
        """A count a number is said to reach: "the number of political prisoners rose to
        1,000", "bringing the total number of releases to 210 people", "pushed the number
        of detainees from 1,104 to 1,130". None when ``tok`` is no such number; else the
        category (None when the count is of nothing known) and the counted noun."""
        if tok.dep_ == "nummod" and tok.head.lower_ in self.w.people:
            tok = tok.head  # "to 210 people"
        if tok.dep_ == "pobj" and tok.head.lower_ not in {"to", "from", "at"}:
            return None
        if tok.dep_ not in {"pobj", "attr", "dobj"}:
            return None
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.lower_ in self.w.count_verbs:
            roles = {"nsubj"}
        elif verb.lower_ in self.w.count_movers:
            roles = {"dobj"}
        else:
            return None
        nouns = [c for c in verb.children if c.dep_ in roles and c.lower_ in self.w.count_nouns]
        if not nouns:
            return None  # a dateline is a subject too: "RANGOON — The number ... rose"
        counted = [p for c in nouns[0].children if c.lower_ == "of" for p in c.children]
        if not counted:  # "put the number held at 1,000"
            own = [c for c in nouns[0].children if c.dep_ in {"acl", "amod"} and self._of_word(c)]
            if own:
                return (self._of_word(own[0]) or "", f'the number "{own[0].text}"'), own[0]
            return None
        return self._count_of(counted[0]), counted[0]

    def _count_of(self, counted: Token) -> tuple[str, str] | None:
        """The category of what a count is of: its verb or participle, else the held
        ("prisoners"), the detained ("detainees"), an event noun ("releases")."""
        cat = self.category(counted)
        if cat is not None:
            return cat
        low = counted.lower_
        if low in self.w.held_counts:
            return "political_prisoners_held", f'"{counted.text}"'
        if low in self.w.detained_counts:
            return "detained", f'"{counted.text}"'
        for name, forms in self.w.nominal.items():
            if low in forms:
                return name, f'the number of "{counted.text}"'
        return None

    def _elided(self, tok: Token) -> tuple[str, str] | None:
        """A bare number whose noun is the count's before it, given by place: "jailed
        reporters in Ruritania (21), Freedonia (16)", "Ruritania came first with 41,
        followed by Elbonia with 37"; the category of the people it hangs on, else of the
        count before it."""
        place = None
        while tok.dep_ == "conj" and tok.head.like_num and tok.head is not tok:
            tok = tok.head  # "with 27, 12 and nine respectively": as the first one
        if (
            tok.dep_ == "appos"
            and tok.i > 0
            and tok.nbor(-1).text == "("
            and tok.head.ent_type_ in _PLACES
        ):
            place = tok.head
        elif tok.dep_ != "pobj" or tok.head.lower_ != "with":
            return None
        elif tok.head.head.ent_type_ in _PLACES:
            place = tok.head.head  # "in Turkey with 23 in total"
        else:
            verb = tok.head.head
            for c in verb.children:
                args = [c] if c.dep_ == "nsubj" else []
                if c.dep_ == "agent":
                    args = [p for p in c.children if p.dep_ == "pobj"]
                place = next((a for a in args if a.ent_type_ in _PLACES), place)
        if place is None:
            return None
        up = place
        while up.dep_ in {"conj", "appos", "pobj", "prep"} and up.head is not up:
            up = up.head
            if up.lower_ in self.w.count_nouns:  # "the number of jailed journalists, with"
                of = [p for c in up.children if c.lower_ == "of" for p in c.children]
                cat = self._count_of(of[0]) if of else None
                if cat is not None and cat != PART:
                    return cat[0], f"{cat[1]}, by place"
            if self._is_people(up):
                cat = self.category(up)
                if cat is not None and cat != PART:
                    return cat[0], f"{cat[1]}, by place"
        before = [f for f in self.found if f.end <= tok.idx]
        last = before[-1].category if before else self.previous
        return (last, "the count before it, by place") if last else None

    def read(self, found: list[RawFigure]) -> list[RawFigure]:
        out = self.found
        item = self.previous is not None and LIST_ITEM.match(self.sent.text) is not None
        covered: list[tuple[int, int]] = []  # v1's numbers, its breakdowns, what is dropped
        parts: list[RawFigure] = []  # v1's parts by sex, of the total before them
        for f in found:
            tok = self._token_at(f.start, f.end)
            unit = self._tens_of(tok) if tok is not None else None
            tok = unit if unit is not None else tok  # "Thirty-two": the parse hangs "two"
            whole = tok is None or bool(f.breakdown)
            covered.append((f.start, f.end) if whole else self._number_span(tok))  # type: ignore[arg-type]
            if tok is not None and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in self.w.scales:
                covered.append((f.start, f.end))
                continue  # "nine million people": a population
            if tok is not None and tok.dep_ == "nummod" and tok.head.lower_ in self.w.things:
                continue  # "seven years to 11 defendants": v1's number counts years
            if tok is not None and self._not_count(tok):
                covered.append((f.start, f.end))
                continue  # "an average of 15 prisoners per month"
            if tok is not None and self._day_of_month(tok):
                covered.append((f.start, f.end))
                continue  # "the 11 July detainees": a date
            if tok is not None and self._kin(tok):
                covered.append((f.start, f.end))
                continue  # "a mother of two young children": one person's family
            if tok is not None and self._change(tok) and f.category != "other":
                f.category = "other"  # "34 more jailed journalists this year than ..."
                f.reason = f"{f.reason.split(', category from')[0]}, category from a change"
                f.reason += " in a count"
                out.append(f)
                continue
            if tok is not None and item:  # a list's item keeps the list's category,
                counted = tok.head if tok.dep_ == "nummod" else tok  # unless demographic
                if self._demographic_part(counted, f.value):
                    f.category = "other"
                    f.reason = f"{f.reason.split(', category from')[0]}, category from a "
                    f.reason += f'demographic sub-count "{counted.text}" of a total before'
                else:
                    own = self._item_verb(counted)
                    if own is not None and own[0] != f.category:
                        f.category = own[0]  # "- At least 21 prisoners ... have died"
                        f.reason = f"{f.reason.split(', category from')[0]}, category from "
                        f.reason += f'the verb "{own[1]}" of the list item'
            if tok is not None and not item:
                counted = tok.head if tok.dep_ == "nummod" else tok
                if tok.dep_ == "compound" and tok.head.lower_ in {"thousand", "hundred"}:
                    counted = tok.head  # "20 thousand people": "20" is parsed a compound
                if counted.lower_ in {"dozen", "thousand", "hundred"} and counted.dep_ == "nummod":
                    counted = counted.head  # "two dozen protesters", "20 thousand people"
                if self._group_total(counted):
                    covered.append((f.start, f.end))
                    continue  # "23 of the 40 protesters": the 40 has no category of its own
                if self._restated(counted, f.value):
                    covered.append((f.start, f.end))
                    continue  # "Out of the 600 prisoners:" after "more than 600 ...": once
                cat = self.category(counted)
                reached = self._reached(tok) if cat is None else None
                if reached is not None and reached[0] is not None:
                    cat = reached[0]
                if cat is None and counted.like_num and self._state(counted):
                    cat = ("other", f'a sub-count "{counted.text} {counted.head.text}"')
                if cat is None and (self._no_count(counted, f) or self._possessed(counted, f)):
                    covered.append((f.start, f.end))
                    continue
                if cat is None and counted.lower_ in self.w.charged_counts:
                    cat = ("charged", f'"{counted.text}" itself')  # "61 defendants were summoned"
                if cat != PART and self._demographic_part(counted, f.value):
                    cat = ("other", f'a demographic sub-count "{counted.text}" of a total before')
                if cat is None and self._restated(counted, f.value, anywhere=True):
                    covered.append((f.start, f.end))
                    continue  # "categorizes the 14 as political prisoners": said before
                if cat is None and f.category != "political_prisoners_held":
                    cat = self._held_phrase(f)
                if cat is None and "the list it stands in" in f.reason:
                    cat = self._included(counted, out) or self._own_noun(counted)
                if cat is None and counted.dep_ == "pobj" and self._is_people(counted):
                    cat = self._verb_after(counted)  # "after more than 300 people died"
                if cat == PART:
                    parts.append(f)
                if cat is not None and cat != PART and cat[0] != f.category:
                    f.category = cat[0]
                    f.reason = f"{f.reason.split(', category from')[0]}, category from {cat[1]}"
            out.append(f)
        for tok in self.sent:
            if any(s <= tok.idx < e for s, e in covered):
                continue
            new = self._missed(tok, out)
            if new is not None:
                out.append(new)
                covered.append((new.start, new.end))
        out.sort(key=lambda f: f.start)
        for f in out:  # a part "including" a count found only now: its category
            number = self._token_at(f.start, f.end)
            noun = number.head if number is not None and number.dep_ == "nummod" else number
            part = self._included(noun, out) if noun is not None else None
            if part is not None and part[0] != f.category:
                f.category = part[0]
                f.reason = f"{f.reason.split(', category from')[0]}, category from {part[1]}"
        for f in out:  # "52 journalists are currently held hostage": not held by the state
            if f.category in {"political_prisoners_held", "detained"} and self._hostage(f):
                f.category = "other"
                f.reason = f"{f.reason.split(', category from')[0]}, category from hostages"
        for f in parts:  # a part by sex of v1's: the category of the total before it
            total = [t for t in out if t.end <= f.start and t not in parts]
            total = [t for t in total if "sub-count" not in t.reason]
            last = total[-1].category if total else self.previous
            if last and last != f.category:
                f.category = last
                f.reason = f"{f.reason.split(', category from')[0]}, category from {PART[1]}"
        return out

    def _sex_first(self, noun: Token) -> bool:
        """Whether a noun phrase begins with a word of sex that modifies it ("women human
        rights defenders"), not a possessive ("women's rights activists")."""
        first = noun.left_edge
        if first.i == noun.i or first.lower_ not in self.w.parts:
            return False
        return first.dep_ in {"nmod", "compound", "amod"} and first.nbor().lower_ != "'s"

    def _change(self, tok: Token) -> bool:
        """Whether the number ``tok`` is a change in a count: "82 more than a year ago",
        "34 more jailed journalists this year than last year"."""
        if tok.i + 1 >= self.sent.end or tok.nbor().lower_ not in self.w.changes:
            return False
        for later in self.sent.doc[tok.i + 2 : min(self.sent.end, tok.i + 9)]:
            if later.lower_ == "than":
                return True
            if later.is_punct:
                return False
        return False

    def _item_verb(self, counted: Token) -> tuple[str, str] | None:
        """The category the verb of a list item's own clause states ("- At least 21
        prisoners ... have died"): it beats the list's."""
        verb = self._governor(counted)
        if verb is None or verb.lower_ in self.w.copulas or self._role(counted).dep_ == "dobj":
            return None
        return self._of_verb(verb)

    def _restated(self, counted: Token, value: int, *, anywhere: bool = False) -> bool:
        """Whether a definite count named as a group ("Out of the 600 prisoners:", "Of the
        700 prisoners, ...") is a number counted before in the text: the same group again,
        annotated once. A verb's own definite count ("convicted the seven journalists")
        keeps its category."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in counted.children):
            return False
        if not anywhere and (
            counted.dep_ != "pobj" or counted.head.lower_ not in self.w.group_preps
        ):
            return False
        before = [f for f in self.found if f.end <= counted.idx] + list(self.counted)
        return any(f.value == value for f in before)

    def _held_phrase(self, f: RawFigure) -> tuple[str, str] | None:
        """A count of "political prisoners" whose v1 category came from a word outside
        it that the parse does not hang the count on ("there are 1,385 political
        prisoners ..., and their sentences ..."): those held, as the phrase says."""
        span = self.text[f.start : f.end]
        word = re.search(r'category from "([^"]*)"', f.reason)
        if word is None or word.group(1).lower() in span.lower():
            return None
        held = _HELD_PHRASE.search(span)
        if held is None:
            return None
        return "political_prisoners_held", f'"{held.group(0)}" itself'

    def _hostage(self, f: RawFigure) -> bool:
        """Whether a word of hostage-taking follows the count in its clause."""
        for tok in self.sent:
            if tok.idx < f.end:
                continue
            if tok.text in {";", ".", ":"} or tok.idx > f.end + 60:
                return False
            if tok.lower_ in self.w.hostage_words:
                return True
        return False

    def _number_span(self, tok: Token) -> tuple[int, int]:
        """The characters of the number ``tok`` begins ("Forty-two" is three tokens)."""
        last = tok
        while not last.whitespace_ and last.i + 1 < self.sent.end:
            last = last.nbor()
        return tok.idx, last.idx + len(last)

    def _group_total(self, counted: Token) -> bool:
        """Whether ``counted`` is the group of a part ("23 of the 40 protesters") with no
        participle of its own to give its category."""
        of = counted.head
        if counted.dep_ != "pobj" or of.lower_ != "of":
            return False
        whole = of.head
        if whole.lower_ == "out" and whole.head.i != whole.i:
            whole = whole.head  # "607 out of 634 inmates"
        if not whole.like_num:  # "156 people of the almost 16,000 detainees"
            whole = next((c for c in whole.children if c.dep_ == "nummod"), whole)
        if not whole.like_num:
            return False
        part = parse_number(whole.text)
        if part is None or part < 2:
            return False  # "one of at least 35 journalists behind bars": a count
        return not any(
            c.dep_ in {"amod", "acl", "relcl"} and self._of_word(c) for c in counted.children
        )

    def _no_count(self, counted: Token, f: RawFigure) -> bool:
        """Whether v1's figure ``f`` counts nobody the rules count: its category only
        guessed (no word for one near it) or taken from the group of a part ("four of
        them have been allowed to ..."), while the parse gives it a verb of no category
        ("About 2,000 people attended the rally")."""
        verb = self._governor(counted)
        if verb is None or verb.lower_ in self.w.copulas or verb.lower_ in self.w.state_verbs:
            return False
        if counted.lower_ in self.w.charged_counts:
            return False  # "Sixty-one defendants were summoned": the noun says who they are
        if verb.lower_ in self.w.include_verbs or verb.lower_ in self.w.tally_verbs:
            return False
        guessed = "the list it stands in" in f.reason
        elsewhere = not re.search(r'category from "[^"]*political', f.reason)
        return guessed or elsewhere or (counted.like_num and self._part(counted))

    def _possessed(self, counted: Token, f: RawFigure) -> bool:
        """Whether v1's figure ``f`` is a count some group has ("The organization has more
        than 5,000 volunteer activists"), its category taken from elsewhere."""
        role = self._role(counted)
        if role.dep_ != "dobj" or role.head.lower_ not in self.w.having:
            return False
        return "the list it stands in" in f.reason or not re.search(
            r'category from "[^"]*political', f.reason
        )

    def _sub_count(self, tok: Token) -> bool:
        """Whether the part ``tok`` is the subject of a state ("Eleven of the pardoned
        have children", "are over 60"), not of some other doing ("were allowed in")."""
        return tok.dep_ in _SUBJECTS and tok.head.lower_ in self.w.state_verbs

    def _part(self, tok: Token) -> bool:
        """Whether the number ``tok`` counts a part of a group: "four of them"."""
        return any(
            c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children) for c in tok.children
        )

    def _counted_group(self, tok: Token, group: list[Token]) -> bool:
        """Whether the group a part is of is one the text counts: "them" after a figure,
        "the pardoned", "the detainees"."""
        if not group:
            return self._part_of(tok) is not None  # "of whom"
        word = group[0]
        if word.lower_ in self.w.group_words:
            return self._part_of(tok) is not None
        return word.lower_ in self.w.held_nouns or self._of_word(word) is not None

    def _part_of(self, tok: Token) -> str | None:
        """The category of the total a part ("16 of whom were women") splits: the last
        count before it that is no sub-count ("of which 225 are women, 59 are adolescents
        and 1,568 are men": the total's, not the adolescents')."""
        before = [f for f in self.found if f.end <= tok.idx and "sub-count" not in f.reason]
        return before[-1].category if before else self.previous

    def _token_at(self, start: int, end: int) -> Token | None:
        """The number token of v1's figure ``start:end``."""
        for tok in self.sent:
            if start <= tok.idx < end and (tok.like_num or tok.lower_ == "dozen"):
                return tok
        return None
