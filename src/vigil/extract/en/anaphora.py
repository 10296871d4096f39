"""Events stated of a group that refers back to persons already named.

"Hanna Pakhomava and Yury Slabodchyk were each given three years. Both had been detained
in November 2023.": the trigger's patient is a plural reference read from the parse, a
pronoun ("they", "their arrest"), a quantifier ("both", "all three", "each of them"), or
a definite group noun ("the two journalists", "the activists"). It refers to the persons
named together before it: those of the nearest sentence (or of the same sentence, before
the reference) that names persons, widened to the sentences before (at most ``REACH``)
while a count ("all three") is not reached yet. The count must agree with them, or, when
the phrase says "all", with every detainee named so far; otherwise nothing is proposed.

Of a sentence's persons, those the text has already stated an event of are referred to,
else the others it names (not officials, acting roles or speakers: "Students X and Y were
expelled. The two women were arrested ..."). A reference after a sentence whose named
persons are all officials, lawyers or several speakers ("X and Y reported the arrests.
They were released ..."), or that states an event of a group it does not name ("Police
detained 30 protesters. They were released ..."), refers to none, and the trigger keeps
what the other rules give it; so do a group named in its own phrase ("The two
journalists, X and Y, were ...") and a pronoun before its main clause's subject ("After
they were detained, X and Y were ..."). One speaker alone is passed over ("'It is
revenge,' their lawyer X said."); a speaker of the reference's own sentence is skipped
("Her parents said both had been arrested"). "Neither" and "none" deny the event. A group
noun of an acting role ("both lawyers", "the judges") is not the detainees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigil.extract.en.participants import antecedent, speakers, trigger_token
from vigil.extract.en.words import EnglishWords
from vigil.extract.numbers import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from vigil.extract.core.members import GroupStatement
    from vigil.extract.coref import Coref
    from vigil.extract.persons import Cluster
    from vigil.extract.raw_events import PersonEvents, RawEvent

__all__ = ["REACH", "GroupReference", "GroupReferences", "Named", "group_reference", "resolve"]

REACH = 2  # sentences naming persons before the reference's own that may be its persons

_PRONOUNS = frozenset({"they", "them", "their"})
_QUANTIFIERS = {"both": 2, "all": None, "each": None}
_DENIED = frozenset({"neither", "none"})
_DETERMINERS = frozenset({"the", "these", "those", "all", "both"})
_IRREGULAR = {"men": "man", "women": "woman", "people": "person"}
_BACK_OF = frozenset({"them", "these", "those", "us"})
_HOPED = frozenset({"release", "freedom", "pardon", "acquittal"})  # "their release": hoped
# plural group nouns besides the pack's person nouns ("the defendants were sentenced")
_GROUP_NOUNS = frozenset({"defendant", "suspect", "inmate", "convict", "detainee", "prisoner",
                          "brother", "sister", "sibling", "colleague"})  # fmt: skip
_ACCUSING = frozenset(
    {
        "accused",
        "accuse",
        "accuses",
        "suspected",
        "suspect",
        "suspects",
        "convicted",
        "convict",
        "convicts",
    }
)  # "... the two of <the charge>"
_COPULAS = frozenset({"was", "were", "is", "are", "been", "be"})
_COLLECTIVE = {"couple": 2, "pair": 2, "duo": 2, "trio": 3}  # "the couple were detained"


@dataclass(frozen=True)
class GroupReference:
    """A trigger's patient that refers back to a group: its words, the count it gives
    ("All three": 3, "both": 2), whether it says "all", and whether it denies ("neither")."""

    phrase: str
    start: int  # character offset where the phrase begins
    count: int | None
    every: bool
    denied: bool = False
    rest: bool = False  # "the three others", "the other two": not those named just before


@dataclass(frozen=True)
class Named:
    """The persons one sentence names, nearest sentence first: those the text has stated
    an event of (``held``), those it has not (``named``), how many others (officials,
    acting roles) and how many speakers ("..., their lawyer X said")."""

    held: list[int]
    named: list[int]
    others: int
    group: bool = False  # the sentence states an event of a group it does not name
    speakers: int = 0


def _patients(trig: Token, w: EnglishWords) -> list[Token]:
    """The tokens that can stand for the one the trigger happens to: the subject of a
    passive or of a verb with no object ("They had been in custody", "Both remain held"),
    the recipient of "receive", an object, and the owner of an event noun ("their arrest")."""
    verb = trig
    if trig.dep_ == "pobj" and trig.head.lower_ in {"in", "behind", "under"}:
        verb = trig.head.head  # "Both have been in custody since ...": a state
        if verb.lower_ not in w.status_verbs | {"held", "kept"}:
            return []  # "They said they had been beaten in detention": no event of them
    elif trig.dep_ == "dobj" and trig.head.lower_ in w.receive_verbs | w.light_verbs:
        verb = trig.head  # "Both received three-year sentences"
    while (
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and (
            verb.dep_ in {"conj", "xcomp"}
            # "The two were however, released": the parse hangs the participle on "were"
            or (
                verb.dep_ in {"advcl", "acomp"}
                and verb.head.lower_ in _COPULAS
                and verb.head.i < verb.i
            )
        )
        and verb.head is not verb
    ):
        verb = verb.head  # "... were arrested in 2020 and sentenced to ...": shared subject
    found = [c for c in verb.children if c.dep_ == "nsubjpass"]
    has_object = any(c.dep_ in {"dobj", "dative"} for c in verb.children) or any(
        x.ent_type_ == "PERSON" and x.i > verb.i for x in verb.subtree
    )  # "The rights defenders also recognised as a political prisoner X": they act on X
    if not has_object or verb.lower_ in w.receive_verbs:
        found += [c for c in verb.children if c.dep_ == "nsubj"]
    found += [c for c in trig.children if c.dep_ == "dobj"]
    if trig.lower_ not in _HOPED:  # "their release remains uncertain": not stated
        found += [c for c in trig.children if c.dep_ == "poss"]
    return found


def group_reference(doc: Doc, start: int, end: int, w: EnglishWords) -> GroupReference | None:
    """The plural reference the trigger at ``start:end`` is stated of, if any."""
    trig = trigger_token(doc, start, end)
    if trig is None:
        return None
    for t in _patients(trig, w):
        found = _reference(antecedent(t), w)  # "The two, who had been detained in May, ..."
        if found is not None:
            return found
    return None


def _phrase(t: Token) -> tuple[str, int]:
    first = min(t.subtree, key=lambda x: x.i)
    last = max(t.subtree, key=lambda x: x.i)
    span = t.doc[first.i : last.i + 1]
    return span.text, span.start_char


def _reference(t: Token, w: EnglishWords) -> GroupReference | None:
    word = t.lower_
    if any(c.dep_ in {"appos", "conj"} for c in t.children) or any(
        x.ent_type_ == "PERSON" for x in t.subtree
    ):
        return None  # "The two journalists, X and Y, were ...": the group is named here
    text, at = _phrase(t)
    of_them = any(  # "each of them", "both of the journalists"
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_ in _BACK_OF or _reference(g, w) for g in c.children if g.dep_ == "pobj")
        for c in t.children
    )
    if word in _PRONOUNS:
        return GroupReference(t.text, t.idx, None, False)
    if word in _DENIED and (of_them or not list(t.children)):
        return GroupReference(text, at, None, False, denied=True)
    dets = {c.lower_ for c in t.children if c.dep_ in {"det", "predet"}}
    counts = [c for c in t.children if c.dep_ == "nummod"]
    if word in _QUANTIFIERS and (of_them or not list(t.children)):
        return GroupReference(text, at, _QUANTIFIERS[word], word == "all")
    number = parse_number(word) if (t.like_num or word in w.number_words) else None
    if number and dets & {"the", "all", "these", "those"}:
        return GroupReference(text, at, int(number), "all" in dets)  # "All three", "The two"
    if word in _COLLECTIVE and dets & {"the", "this"}:
        return GroupReference(text, at, _COLLECTIVE[word], False)
    if not dets & _DETERMINERS or not (word.endswith("s") or word in _IRREGULAR):
        return None  # (the pipeline has no tagger: a plural noun is read from its ending)
    if any(_restricts(c) for c in t.children):
        return None  # "the journalists of RFE/RL", "the activists detained in May": others
    noun = _IRREGULAR.get(word, word[:-1] if word.endswith("s") else word)
    if word in w.acting_roles or noun in w.acting_roles:
        return None
    if noun not in w.person_nouns | _GROUP_NOUNS and word not in w.group_words:
        return None
    given = next((parse_number(c.lower_) for c in counts), None)
    count = int(given) if given else (2 if "both" in dets else None)
    rest = word == "others" or any(c.dep_ == "amod" and c.lower_ == "other" for c in t.children)
    return GroupReference(text, at, count, "all" in dets, rest=rest)


def _restricts(c: Token) -> bool:
    """A modifier that makes a group noun another group: a clause with no comma before it
    ("the activists detained in May"), a preposition ("the journalists of RFE/RL"), an
    owner ("their relatives"), a name ("the Abzas Media journalists"); not "the two
    opposition activists" nor "the activists, who had been detained in May,"."""
    if c.dep_ in {"relcl", "acl"}:
        first = min(c.subtree, key=lambda x: x.i)
        return first.i == 0 or c.doc[first.i - 1].text != ","
    if c.dep_ == "compound":
        return c.text[:1].isupper()
    if (
        c.dep_ == "prep"
        and c.lower_ == "of"
        and (any(g.dep_ == "pcomp" for g in c.children) or c.head.head.lower_ in _ACCUSING)
    ):
        return False  # "accused the two activists of undermining ...": the charge, not them
    return c.dep_ in {"prep", "poss"}


def resolve(ref: GroupReference, named: list[Named], detainees: list[int]) -> list[int]:
    """The persons ``ref`` refers to: ``named`` is each sentence's persons, nearest first
    (the reference's own sentence before it, then the sentences before); ``detainees``
    every person the text has stated an event of so far. Empty when they do not agree."""
    if ref.rest:
        return _rest(ref, named)
    chosen: list[int] = []
    for layer in named:
        persons = layer.held or layer.named
        if chosen and ref.count is None and not layer.held:
            break  # a run of statements goes back only through persons with an event
        if ref.count is not None and layer.held and len(chosen) + len(layer.held) < ref.count:
            # "X was given two years, and Y three. All three ...": a count not reached by
            # those with an event yet takes the others the sentence names too
            persons = layer.held + layer.named
        if layer.group and not layer.held:
            break  # "Police detained 30 protesters. They were released ...": that group
        if not persons and not layer.others and layer.speakers <= 1:
            continue  # a sentence naming nobody, or one speaker ("..., their lawyer said")
        if not persons:
            break  # the nearest persons named are officials, lawyers, speakers
        chosen += [who for who in persons if who not in chosen]
        if ref.count is None and len(chosen) < 2 and layer.held:
            # "X and Y were sentenced to two years. Z was sentenced to 22 months. They
            # were arrested in 2005": one person with an event in the nearest sentence,
            # a plural reference goes on to those of the statements before
            continue
        if ref.count is None or len(chosen) >= ref.count:
            break
    if ref.count is None:
        return chosen if len(chosen) >= 2 else []
    if len(chosen) == ref.count:
        return chosen
    if ref.every and len(detainees) == ref.count:
        return list(detainees)
    return []


def _rest(ref: GroupReference, named: list[Named]) -> list[int]:
    """ "Hosseini and Aliyev were remanded. The three others were released": the persons
    of a sentence before (at most ``REACH`` back) but those of the nearest one, when as
    many as the count."""
    layers = [layer for layer in named if layer.held or layer.named]
    if ref.count is None or len(layers) < 2:
        return []
    nearest = set(layers[0].held + layers[0].named)
    for layer in layers[1:]:
        rest = [who for who in layer.held + layer.named if who not in nearest]
        if len(rest) == ref.count and nearest <= set(layer.held + layer.named):
            return rest
    return []


class GroupReferences:
    """The extractor's side: which persons of the article a group reference stands for.

    Mixed into the English run, which provides the attributes declared here."""

    doc: Doc
    text: str
    w: EnglishWords
    coref: Coref
    clusters: list[Cluster]
    people: list[PersonEvents]
    sentences: list[tuple[int, int]]
    statements: list[tuple[GroupStatement, RawEvent]]

    def _acting(self, who: int) -> bool:
        raise NotImplementedError

    def group_referred(
        self, ref: GroupReference, si: int, sent: tuple[int, int]
    ) -> tuple[list[int], str] | None:
        """The persons ``ref`` (in sentence ``si``) stands for, and the reason's words;
        none for a denial ("neither"); None when it refers to no persons named before
        (an unnamed group, or the main clause's subject named after it: "After they were
        detained, X and Y ..."): the trigger keeps the persons the other rules give it."""
        if ref.denied:
            return [], ""
        if self._cataphora(ref, sent):
            return None
        layers = [self._named(sent[0], ref.start, si, own=True)]
        for sj in range(si - 1, max(-1, si - 1 - 2 * REACH), -1):
            layers.append(self._named(*self.sentences[sj], sj))
            if sum(bool(x.held or x.named or x.others) for x in layers[1:]) >= REACH:
                break  # (a sentence naming nobody, "Her family says ...", does not count)
        detainees = [
            who
            for who, p in enumerate(self.people)
            if p.events and not self.clusters[who].official and not self._acting(who)
            and any(m.start < ref.start for m in self.clusters[who].mentions)
        ]  # fmt: skip
        chosen = resolve(ref, layers, detainees)
        if not chosen:
            return None
        names = [self.clusters[who].best.name for who in chosen]
        listed = f"{', '.join(names[:-1])} and {names[-1]}"
        return chosen, f'stated of the group "{ref.phrase}": {listed}, named before it'

    def _named(self, start: int, end: int, si: int, *, own: bool = False) -> Named:
        """The persons named in ``start:end`` of sentence ``si`` (``own``: the reference's
        own sentence, whose speakers are skipped)."""
        sent = self.sentences[si]
        said, closing = speakers(self.doc, sent[0], sent[1], self.w)
        spoke = {self.doc[i].idx for i in said + closing}
        held: list[int] = []
        named: list[int] = []
        others: set[int] = set()
        speaking: set[int] = set()
        for m, who in self.coref.mentions_in(start, end):
            if m.source == "pronoun" or who in held or who in named:
                continue
            if any(m.start <= at < m.end for at in spoke):
                if not own:
                    speaking.add(who)
            elif self.clusters[who].official or self._acting(who):
                others.add(who)
            else:
                (held if self._held_by(who, sent[1]) else named).append(who)
        group = any(g.sentence == si for g, _ in self.statements)
        rest = set(held) | set(named)
        return Named(held, named, len(others - rest), group, len(speaking - rest - others))

    def _cataphora(self, ref: GroupReference, sent: tuple[int, int]) -> bool:
        """A pronoun before the subject of its sentence's main clause stands for that
        subject: "After they were detained in May, X and Y were sentenced"."""
        if ref.phrase.lower() not in _PRONOUNS:
            return False
        for m, _ in self.coref.mentions_in(ref.start, sent[1]):
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            t = span.root
            while t.dep_ in {"compound", "conj"} and t.head is not t:
                t = t.head
            if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT":
                return True
        return False

    def _held_by(self, who: int, end: int) -> bool:
        """The text has stated an event of ``who`` by the end of sentence ``end``."""
        return any(e.start < end for e in self.people[who].events)
