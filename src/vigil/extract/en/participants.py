"""Whom an English event trigger is about, read from the dependency parse.

From the trigger's token the participants are its arguments: the subject where the
person stands before the trigger ("X was detained", "X received ..."), the object where
they stand after it ("sentenced X", "the release of X"), the noun a participle or
relative clause hangs on ("X, sentenced to ...", "X, who was freed"), and the recipient
of an event noun carried by a light verb ("sentences were handed to X", "imposed a term
on X"). Each argument is widened along coordination and apposition ("X, Y and Z",
"defender, X,", "lawmakers, X and Y"), and from a group ("those", "journalists") to the
persons a list marker names ("Among those released were X and Y", "Those freed include
X", "activists, including X"). A person introduced by an acting role ("judge X", "X, a
lawyer,") is a participant only as the trigger's own argument ("lawyer X was
sentenced"), never through a list or apposition.

Every participant comes with a ``Path``: how the parse reached them, as data; the
extractor renders it in the claim's reason. The word lists are the pack's
(``words.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING

from vigil.extract.en.words import EnglishWords
from vigil.model import EventType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "Participant",
    "Path",
    "antecedent",
    "coordinated",
    "group_members",
    "members_named",
    "name_run",
    "negated",
    "participants",
    "same_line",
    "speakers",
    "trigger_token",
    "wished",
]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative"})
_OBJECT_PREPS = frozenset({"of", "to", "against", "on"})
_WIDEN = frozenset({"conj", "appos"})
_CITING = frozenset({"citing", "quoting"})  # "..., citing lawyer X": a source
_ALONG = frozenset({"along", "together"})  # "along with X", "together with Y"
_NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
_DISTRIBUTIVE = frozenset({"each", "both", "all"})


class Path(Enum):
    """How the parse reached a participant (rendered in the reason, never parsed)."""

    SUBJECT = "subject of the trigger"
    OBJECT = "object of the trigger"
    MODIFIED = "the noun the trigger's clause describes"
    RECIPIENT = "the one the event noun is handed to"
    POSSESSOR = "the one whose event the noun names"
    LISTED = "named in a list after the group the trigger is about"
    MEMBER = "a sentence before states it of a group; named as its member here"
    COLON_LIST = "a sentence before states it of a group; listed after a colon here"
    REPEATED = 'named after "those of", which stands for the event noun again'


@dataclass(frozen=True)
class Participant:
    token_index: int
    path: Path


def trigger_token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # The trigger's own word: a verb or noun, not "was" or "behind" before it.
    head = span.root
    while head.dep_ in {"prep", "auxpass", "aux", "advmod", "prt"} and head.head is not head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in {"into", "in"} and head.head.head is not head:
        return head.head.head  # "took X into custody", "placed X in detention": the verb
    return head


def _widened(tok: Token) -> list[Token]:
    """``tok`` with what is coordinated or in apposition with it ("X, Y and Z")."""
    seen: list[Token] = []
    todo = [tok]
    while todo:
        t = todo.pop(0)
        if t in seen:
            continue
        seen.append(t)
        for c in t.children:
            if c.dep_ == "appos" and _relation_of(t):
                continue  # "the wife of X, Y,": Y is the wife, the parse hung her on X
            if c.dep_ in _WIDEN:
                todo.append(c)
                # "X, and to Y": a coordinated preposition hung on the name
                todo.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "prep" and t.dep_ == "pobj":
                # "... to X, and to Y": the coordinated preposition's object.
                todo.extend(g for p in c.conjuncts for g in p.children if g.dep_ == "pobj")
        if t.dep_ == "pobj":
            for p in t.head.conjuncts:
                todo.extend(g for g in p.children if g.dep_ == "pobj")
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in _ALONG:
                # "X, along with Y from Z and W from V": the list goes on after "with"; the
                # parse may hang the later items on the preposition
                inner = [g for p in c.children if p.dep_ == "prep" for g in p.children
                         if g.dep_ == "pobj"]  # fmt: skip
                todo += [g for g in inner if g.ent_type_ == "PERSON"
                         or (g.text[:1].isupper() and g.head.lower_ == "with")]  # fmt: skip
                todo += [x for g in inner for x in g.children
                         if x.dep_ == "conj" and x.ent_type_ == "PERSON"]  # fmt: skip
        if t.text.islower() or (t.is_sent_start and not t.ent_type_ and t.text[1:].islower()):
            # ("Reporters from the agency, X, Y and Z": a plural opening the sentence)
            # "the editor of Nasha Niva, X": the parse hangs the editor's appositive on
            # the thing they belong to (not on a person: "the wife of X, Y" is _relation_of)
            # ("two journalists with the outlet, X and Y": any item's preposition)
            for p in (g for c in t.children if c.dep_ == "prep" and c.lower_ in _ITEM_PREPS
                      for g in c.children if g.dep_ == "pobj"):  # fmt: skip
                if p.ent_type_ != "PERSON" or _relation_of(p):
                    todo += [a for a in p.children if a.dep_ == "appos" and a.text[:1].isupper()
                             and a.ent_type_ not in _NOT_PEOPLE]  # fmt: skip
                    # "reporters from the agency, X, Y and Z": the names hung on the agency
                    todo += [x for x in p.children if x.dep_ == "conj" and x.ent_type_ == "PERSON"]
                    # "..., and a former reporter, Z": the list's next item hung on it too
                    todo += [x for x in p.children if x.dep_ == "conj" and x.text.islower()
                             and any(a.dep_ == "appos" and a.text[:1].isupper()
                                     for a in x.children)]  # fmt: skip
        named = _names_after(t)
        if named is not None:
            todo.append(named)  # "lawmakers, Albert Ho, ...": an apposition the parse missed
        todo += [c for c in t.children if c.dep_ == "nmod" and c.i < t.i and c.text[:1].isupper()
                 and c.i + 1 < len(t.doc) and t.doc[c.i + 1].text == ","]  # fmt: skip
        # ("G Thirumurugan Gandhi, D Arun Kumar": a list's first item hung on the next)
        if t.ent_type_ == "PERSON":
            # "X, Maoist ideologue Y and businessman Z were sentenced": the names a list
            # joins on the surface, where the parse broke the coordination
            todo += _list_mates(t)
            # "X from the party's team, Y from Z, W and V from DVB": the parse hangs the
            # next items of the list on the outlet an item is from
            todo += [x for c in t.children if c.dep_ == "prep" and c.lower_ in _ITEM_PREPS
                     for g in c.children if g.dep_ == "pobj"
                     for x in g.children
                     if x.dep_ == "conj" and x.ent_type_ == "PERSON"]  # fmt: skip
    return seen


# the prepositions of a list item's particulars ("X from Mizzima", "Y of the party")
_ITEM_PREPS = frozenset({"from", "of", "at", "with"})

# words that end a surface list between two names: a clause, a relation, a preposition
_NOT_ROLE = frozenset({"the", "a", "an", "of", "who", "whom", "which", "that", "was", "were",
                       "is", "are", "has", "had", "have", "be", "been", "by", "to", "for",
                       "with", "from", "in", "on", "at", "his", "her", "their", "its",
                       "whose", "as", "also", "but", "or", "not", "then", "while"})  # fmt: skip


def _list_mates(name: Token) -> list[Token]:
    """The names joined to ``name`` on the surface by a comma or "and" with at most three
    role words before each ("X, Maoist ideologue Y and Kolkata businessman Z", "owner X
    and workers Y, Z"), as the last word of each; none after an acting role, a relation,
    a function word or a verb of speech, none in another line or parenthesis."""
    from vigil.extract.en.words import words

    w = words()
    doc, sent = name.doc, name.sent
    stop = _NOT_ROLE | w.acting_roles | w.relations | w.speech_verbs | w.counsel_roles
    found: list[Token] = []

    def end_of(i: int) -> int:
        while i + 1 < sent.end and doc[i + 1].ent_iob_ == "I" and doc[i + 1].ent_type_ == "PERSON":
            i += 1
        return i

    def start_of(i: int) -> int:
        while i > sent.start and doc[i].ent_iob_ == "I":
            i -= 1
        return i

    def gap_ok(gap: list[Token]) -> bool:
        # separator first (",", "and", ", and"), then up to three role words
        k = 0
        while k < len(gap) and gap[k].lower_ in {",", "and"}:
            k += 1
        roles = gap[k:]
        return (0 < k <= 2 and len(roles) <= 3 and all(
            t.is_alpha and t.lower_ not in stop and t.ent_type_ != "PERSON"
            and t.lower_ not in _trigger_words() for t in roles)
            and not any("\n" in t.text or "\n" in t.whitespace_ for t in gap))  # fmt: skip

    if _relation_of(name):
        return []  # "the wife of X, Y,": Y is the wife
    joined = False  # a list has an "and" somewhere; commas alone may be an apposition
    # rightward: from the end of this name to the next names
    i = end_of(name.i)
    while True:
        j = i + 1
        while j < sent.end and j - i <= 6 and doc[j].ent_type_ != "PERSON":
            j += 1
        if j >= sent.end or doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
            break
        if not gap_ok(list(doc[i + 1 : j])):
            break
        joined = joined or any(t.lower_ == "and" for t in doc[i + 1 : j])
        i = end_of(j)
        found.append(doc[i])
    # leftward: from the start of this name back to the names before it
    i = start_of(name.i)
    while True:
        j = i - 1
        while j >= sent.start and i - j <= 6 and doc[j].ent_type_ != "PERSON":
            j -= 1
        if j < sent.start or doc[j].ent_type_ != "PERSON":
            break
        if not gap_ok(list(doc[j + 1 : i])):
            break
        joined = joined or any(t.lower_ == "and" for t in doc[j + 1 : i])
        found.append(doc[j])
        i = start_of(j)
    if not joined:
        return []
    return [t for t in found if t.head.lower_ not in w.speech_verbs]


@cache
def _trigger_words() -> frozenset[str]:
    from vigil.extract.en.words import words

    return frozenset(x for forms in words().triggers.values() for x in forms)


def same_line(a: Token, b: Token) -> bool:
    """No line break between ``a`` and ``b``: the parser sometimes hangs the first word
    of the next paragraph on a verb ("has died ...\n\nSource: ...")."""
    lo, hi = sorted((a.i, b.i))
    return not any("\n" in t.text for t in a.doc[lo:hi])


def _relation_of(t: Token) -> bool:
    """A name after "of" and a relative or counsel: "the wife of (jailed activist) X"."""
    from vigil.extract.en.words import words

    return (
        t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and t.head.head.lower_ in words().relations
        and t.text[:1].isupper()
    )


def _names_after(t: Token) -> Token | None:
    """The name right after a common noun and a comma ("former lawmakers, Albert Ho"), as
    the root of its entity, when the parse did not attach it to the noun."""
    doc = t.doc
    if t.ent_type_ or not t.text.islower() or t.i + 2 >= len(doc) or doc[t.i + 1].text != ",":
        return None
    first = doc[t.i + 2]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    root = first
    while root.head.ent_type_ == "PERSON" and root.head.i > root.i and root.dep_ == "compound":
        root = root.head
    if root.head is t or root.dep_ in _SUBJECTS:
        return None  # "protesters, X said": the name is the subject of its own verb
    return root


def coordinated(tok: Token) -> list[int]:
    """The token indices of ``tok`` and the names coordinated or in apposition with it."""
    return [t.i for t in _widened(tok)]


def group_members(group: Token, w: EnglishWords) -> list[int]:
    """Persons named in apposition to a group noun or in a list after it ("1,400 political
    prisoners, among them X and Y", "political prisoners, including X"), none with an
    acting role."""
    found = [t for t in _widened(group) if t != group]
    found += [m for listed in _listed(group, w) for m in _widened(listed)]
    # "..., among them X and Y" wherever the parse hung X: the name "among them" belongs to
    sent = group.sent
    for t in sent:
        if t.i > group.i and any(
            c.dep_ == "prep" and c.lower_ in w.list_markers
            and any(g.dep_ == "pobj" and g.lower_ in {"them", "whom", "those"} for g in c.children)
            for c in t.children
        ):  # fmt: skip
            found += _widened(t)
    return [t.i for t in dict.fromkeys(found) if not _acts(t, w)]


def _acts(tok: Token, w: EnglishWords) -> bool:
    """A role noun before or beside the name says the person acts in the case or stands
    beside it ("judge X", "X, a prosecutor,", "X, a lawyer,")."""
    around = [
        c
        for c in tok.children
        if c.dep_ in {"compound", "appos", "amod"} and not (c.dep_ == "appos" and _named_itself(c))
    ]  # "X, the lawyer Y": Y's
    if tok.dep_ == "appos":
        around.append(tok.head)
    return any(
        c.lower_ in w.acting_roles
        and not any(g.lower_ in {"former", "ex", "retired"} for g in c.children)
        and (c.lower_ not in w.counsel_roles or _someones_counsel(tok, c, w))
        for c in around
    )


def _someones_counsel(name: Token, role: Token, w: EnglishWords) -> bool:
    """ "his lawyer X", "X's lawyer Y", "defence lawyer Y", "Y, a lawyer for X": counsel
    in the case; not "lawyer X" in a list of those held ("detainees including lawyer X")."""
    marks = [g for t in (name, role) for g in t.children if g.dep_ in {"poss", "amod", "compound"}]
    if any(g.dep_ == "poss" or g.lower_ in w.counsel_marks for g in marks):
        return True
    return any(c.dep_ == "prep" and c.lower_ in {"for", "of"} for c in role.children)


def _named_itself(role: Token) -> bool:
    """A role noun in apposition that carries a name of its own ("X, the lawyer Y, and
    Z"): it describes that name, not the one the parse hung it on."""
    return any(c.dep_ in {"compound", "appos"} and c.text[:1].isupper() for c in role.children)


def _listed(group: Token, w: EnglishWords) -> list[Token]:
    """The persons a list marker names after a group: "activists, including X",
    "Among those released were X", "Those freed include X", "bloggers such as X"."""
    found: list[Token] = []
    for c in group.children:
        if c.dep_ == "prep" and c.lower_ in w.list_markers:
            found += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "such" for g in c.children):
            found += [g for g in c.children if g.dep_ == "pobj"]  # "such as X"
    whole = _names_of(group)
    if whole is not None and whole.head.lower_ in w.list_verbs - {"is", "was", "are", "were"}:
        # "Some of the names of those freed included X, Y and Z"
        inside = {x.i for x in whole.subtree}
        return found + [c for c in whole.head.children
                        if c.dep_ in _OBJECTS | {"attr"} and c.i not in inside]  # fmt: skip
    verb = group.head
    if group.dep_ == "nsubj" and not found:
        # "Other dissidents released Monday had ailments, including X": the parse hangs
        # the list on the verb's object
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            found += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "including"
                      for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if group.dep_ == "pobj" and group.head.lower_ in w.list_markers:
        verb = group.head.head  # "Among those released were X"
    elif group.dep_ not in _SUBJECTS:
        return found
    if any(c.dep_ == "neg" for c in verb.children):
        return found  # "X was not among those released"
    if verb.lower_ in w.list_verbs:
        inside = {x.i for x in group.subtree}
        found += [c for c in verb.children if c.dep_ in _SUBJECTS | _OBJECTS | {"attr"}
                  and c is not group and c.i not in inside]  # fmt: skip
        # "... include X, Y and Z, reported News18": the parse takes the list for the
        # subject of the attribution that follows it
        found += [s for c in verb.children if c.dep_ in {"ccomp", "parataxis"}
                  and c.i > verb.i and c.lower_ in w.speech_verbs
                  for s in c.children if s.dep_ == "nsubj" and verb.i < s.i < c.i]  # fmt: skip
        if verb.lower_ in _INCLUDE:
            # "They include award winning journalists X, Y and opposition politician Z":
            # the parse loses names of a long list; every name after the verb is a member
            have = {f.i for f in found}
            for t in verb.sent:
                if t.i <= verb.i or t.i in have:
                    continue
                if t.lower_ in w.speech_verbs or t.lower_ in _ATTRIBUTION:
                    break  # "..., reported News18, citing advocate X": the source
                if _name_end(t):
                    found.append(t)
    return found


_INCLUDE = frozenset({"include", "includes", "included"})
_ATTRIBUTION = frozenset({"citing", "according", "quoting"})


def _name_end(t: Token) -> bool:
    """The last word of a name the model tagged."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.ent_type_ == "PERSON" and (after is None or after.ent_iob_ != "I")


def _names_of(group: Token) -> Token | None:
    """The subject "the names of those freed" or "some of those freed" is built on: the
    noun the group hangs on through "of", one or two steps up, when it is a subject."""
    up = group
    for _ in range(2):
        if up.dep_ != "pobj" or up.head.lower_ != "of" or up.head.head is up.head:
            break
        up = up.head.head
        if up.dep_ in _SUBJECTS:
            return up
    return None


def doc_text(doc: Doc) -> str:
    """The text of ``doc``, made once: spaCy joins its tokens anew on every ``doc.text``,
    so reading it once per trigger is quadratic in a long text."""
    if "vigil.text" not in doc.user_data:
        doc.user_data["vigil.text"] = doc.text
    text: str = doc.user_data["vigil.text"]
    return text


def negated(doc: Doc, start: int, end: int) -> bool:
    """The parse says the trigger is denied: "X was not detained", "never released"."""
    trig = trigger_token(doc, start, end)
    # (a negation inside the trigger is its own: "has not been heard from")
    return trig is not None and any(
        c.dep_ == "neg" and not start <= c.idx < end for c in trig.children
    )


_UNDERGOES = frozenset({"subjected", "placed", "put", "kept"})  # "... to/in <the event>"


def wished(doc: Doc, start: int, end: int, w: EnglishWords) -> bool:
    """The parse says the trigger is asked for, not stated: "demanded the release of X",
    "called for the immediate and unconditional release of X", "a campaign for X's
    release", "urged the authorities to release X"."""
    trig = trigger_token(doc, start, end)
    if trig is None:
        return False
    if _called_on(doc_text(doc)[trig.sent.start_char : start], w):
        return True
    while True:
        if _wished(trig, w):
            return True
        if trig.dep_ != "conj" or trig.head is trig:
            return False
        # "calling for reforms and the release of X", "call on the courts to overturn the
        # sentence and release her", "should be informed of the charges or otherwise
        # release him": a conjunct of what is asked for is asked for
        trig = trig.head


def _called_on(before: str, w: EnglishWords) -> bool:
    """ "calls on the authorities to immediately release X", read from the words, for a
    parse that took "calls" for a noun ("The Committee to Protect Journalists calls on
    ..."): a wish verb, "on" or "upon", and "to" right before the trigger."""
    m = _TO_BEFORE.search(before)
    verbs = _CALLED_ON.findall(before[: m.start()].lower()) if m else []
    return any(v in w.wish_verbs for v in verbs)


_TO_BEFORE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_CALLED_ON = re.compile(r"\b(\w+)\s+(?:on|upon)\b")


def _wished(trig: Token, w: EnglishWords) -> bool:
    while trig.dep_ in {"nmod", "compound"} and trig.head is not trig:
        trig = trig.head  # "asked for her release pending trial", parsed as a modifier
    if any(
        c.dep_ == "aux" and c.lower_ in w.demand_modals for c in trig.children
    ):  # "authorities must immediately release X", "should drop the charges against X"
        return True
    head = trig.head
    if trig.dep_ in {"dobj", "xcomp"} and head.lower_ in w.wish_verbs:
        # but not "called the sentencing of X a travesty": a verb that names it states it
        return not any(c.dep_ == "oprd" for c in head.children)
    return (
        trig.dep_ == "pobj"
        and head.lower_ == "for"
        and (head.head.lower_ in w.wish_verbs or head.head.lower_ in w.wish_nouns)
    )


def participants(
    doc: Doc, start: int, end: int, person_before: bool, w: EnglishWords
) -> list[Participant]:
    """The tokens the trigger at ``start:end`` is about, in text order, with how."""
    trig = trigger_token(doc, start, end)
    if trig is None or negated(doc, start, end):
        return []  # "X was not detained"
    if (person_before and start <= trig.idx < end and trig.lower_ not in w.receive_verbs
            and any(c.dep_ == "dobj" and c.i > trig.i for c in trig.children)
            and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in trig.children)):  # fmt: skip
        # "Police raided the office and detained its director X": the word order said the
        # person stands before ("and"), the parse gives the verb an object after it
        person_before = False
    # An active verb with an object: its subject is the one who acts ("Judge X sent Y to
    # a colony", "X, who sentenced dozens of protesters"), not a participant; but "X
    # received nine years", "X got a sentence" undergo it.
    # (a span of time is no object acted on: "X spent three years behind bars")
    acting = trig.lower_ not in w.receive_verbs and any(
        c.dep_ in _OBJECTS and c.lower_ not in w.term_units and same_line(trig, c)
        for c in trig.children
    )
    # "X detained in Minsk" (a headline, a Telegram post): a participle with a subject
    # and neither an auxiliary nor an object is a passive
    headline = trig.dep_ == "ROOT" and not any(
        c.dep_ in {"aux", "auxpass", "dobj", "dative", "attr", "ccomp", "xcomp", "acomp"}
        for c in trig.children
    )
    args: list[tuple[Token, Path]] = []
    # "X remains jailed" parsed with "remains" as a passive auxiliary
    passive_aux = any(c.dep_ == "auxpass" for c in trig.children)
    if trig.dep_ in {"acomp", "oprd"} and trig.head.lower_ in w.status_verbs:
        # "X remains jailed", "X was still detained": the subject of the verb of being
        args += [(c, Path.SUBJECT) for c in trig.head.children if c.dep_ in _SUBJECTS]
    if (trig.dep_ == "pobj" and trig.head.lower_ in {"to", "in", "into", "under"}
            and trig.head.head.lower_ in _UNDERGOES):  # fmt: skip
        # "X was subjected to enforced disappearance", "X was placed in detention"
        args += [(c, Path.SUBJECT) for c in trig.head.head.children if c.dep_ == "nsubjpass"]
    for aux in (c for c in trig.children if c.dep_ == "auxpass"):
        # ... or the subject the parse hung on that verb itself
        args += [(c, Path.SUBJECT) for c in aux.children if c.dep_ in _SUBJECTS]
    # "X, sentenced to ...", "X, who was freed": the noun the clause describes; but not
    # "Judge X, who sentenced Y": a clause with its own object acts on someone else.
    has_object = any(c.dep_ in _OBJECTS for c in trig.children)
    undergoes = trig.dep_ == "acl" or person_before or any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in trig.children)  # fmt: skip
    # ... and not "X, whose brother was arrested": a clause with a subject of its own.
    own_subject = any(c.dep_ in _SUBJECTS and c.lower_ not in {"who", "that", "which"}
                      and not _of_whom(c) for c in trig.children)  # fmt: skip
    if (trig.dep_ in {"acl", "relcl"} and trig.head is not trig and undergoes
            and not has_object and not own_subject):  # fmt: skip
        args.append((trig.head, Path.MODIFIED))
        if trig.head.dep_ == "appos":  # "X, the head of Y, who was jailed"
            args.append((trig.head.head, Path.MODIFIED))
            if trig.head.lower_ in _DISTRIBUTIVE or any(_of_whom(c) for c in trig.children):
                # "X, the party's deputy, and Y, each sentenced to ten years": "each"
                # hangs on the last name but stands for the whole coordination
                first = trig.head.head
                while first.dep_ == "conj" and first.head is not first:
                    first = first.head
                args.append((first, Path.MODIFIED))
        if not (trig.lower_ in _STATUS_PARTICIPLES and _political(trig.head)):
            # but "one of the political prisoners held in ..." is a recognition, read apart;
            # "one of the political prisoners released on Monday" is a release
            args += [(x, Path.MODIFIED) for x in _one_of(trig.head)]
    among = any(c.dep_ == "prep" and c.lower_ == "among" for c in trig.head.children) and not any(
        c.dep_ == "neg" for c in trig.head.children
    )
    if trig.dep_ == "advcl" and trig.head.lower_ in w.status_verbs and among and not has_object:
        # "X was among 40 people rounded up on Sunday", the participle parsed as a clause
        args += [(c, Path.MODIFIED) for c in trig.head.children if c.dep_ in _SUBJECTS]
    if trig.dep_ == "amod" and trig.head is not trig:
        # "jailed activist X", "the jailed activist, X,": the name the participle describes
        noun = trig.head
        if noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.text[:1].isupper():
            args.append((noun.head, Path.MODIFIED))
        elif noun.text[:1].isupper():
            args.append((noun, Path.MODIFIED))
        else:
            args += [(c, Path.MODIFIED) for c in noun.children if c.dep_ == "appos"]
    for c in trig.children:
        if c.dep_ == "poss":
            # "X's detention", "his release"; not "serving his sentence": a term someone
            # has is no sentencing stated, unless it says how long ("his two-year
            # sentence", "Mammadli's 10-year sentence": the annotators' "serving a
            # 14-year term" is sentenced)
            termed = any(t.lower_ in w.term_units for t in trig.subtree if t.i < trig.i)
            if trig.lower_ not in w.triggers.get(EventType.SENTENCED, frozenset()) or termed:
                args.append((c, Path.POSSESSOR))
            if c.lower_ == "their":
                args += [(g, Path.POSSESSOR) for g in _their_group(trig, w)]
        elif c.dep_ == "nsubjpass" or (
            c.dep_ == "nsubj" and (person_before or headline or passive_aux) and not acting
        ):
            args.append((c, Path.SUBJECT))
        elif c.dep_ == "prep" and c.lower_ in {"along", "together", "alongside"}:
            # "X was detained along with Y": Y undergoes it too
            inner = [g for p in c.children if p.lower_ == "with" for g in p.children]
            args += [(g, Path.SUBJECT) for g in [*c.children, *inner] if g.dep_ == "pobj"]
        elif not person_before and c.dep_ in _OBJECTS:
            args.append((c, Path.OBJECT))
        elif (
            c.dep_ == "prep"
            and c.lower_ in {"including", "among"}
            and any(g.lower_ in {"them", "those"} for g in c.children)
        ):
            # "Dozens were held, among them the filmmaker X": the name the parse left
            # on the verb after "among them"
            args += [(g, Path.LISTED) for g in trig.children
                     if g.i > c.i and g.dep_ in {"npadvmod", "appos", "attr", "dobj"}
                     and g.text[:1].isupper()]  # fmt: skip
        elif c.dep_ == "prep" and c.lower_ in {"including", "among"} and trig.dep_ == "acl":
            # "Eleven ministers arrested with him, including X and Y": the list the
            # parse hangs on the participle names members of the group it describes
            args += [(g, Path.LISTED) for g in c.children if g.dep_ == "pobj"]
        elif (
            c.dep_ == "prep"
            and c.lower_ == "as"
            and trig.dep_ == "acl"
            and (trig.head.lower_ in w.group_words or trig.head.lower_ in {"those", "them"})
        ):
            # "identified those detained as X, Y and Z": the names the group stands for
            args += [(g, Path.LISTED) for g in c.children if g.dep_ == "pobj"]
        elif (
            c.dep_ == "advcl"
            and (person_before or passive_aux or trig.dep_ == "acl")
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            and c.lower_ in _REPEATING
        ):
            # "X was arrested, as was Y": the clause repeats the event for its subject
            args += [(g, Path.SUBJECT) for g in c.children if g.dep_ in _SUBJECTS]
        elif c.dep_ == "conj" and _gapped_term(c, w):
            # "X and Y were sentenced to eight years, and deputy director Z to 7 1/2 years":
            # the verb left out, the person and their term coordinated with it
            args.append((c, Path.SUBJECT if person_before else Path.OBJECT))
        elif not person_before and c.dep_ == "conj" and c.ent_type_ == "PERSON":
            args.append((c, Path.OBJECT))  # "sentenced X to five years and Y to three"
        elif c.dep_ == "conj" and _named(c) and not _has_verb(c):
            # "X were sentenced to eight years, and Y to 7 1/2 years": Y's verb left out
            args.append((c, Path.SUBJECT))
        elif not person_before and c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS:
            args += [(g, Path.OBJECT) for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in {"by", "from"} and trig.lower_ in w.appeal_nouns:
            # "rejected the appeal by X", "denied the appeal from journalists X and Y"
            args += [(g, Path.OBJECT) for g in c.children if g.dep_ == "pobj"]
    if trig.dep_ == "compound" and trig.head.lower_ in w.period_nouns and not person_before:
        # "the arrest terms of X, Y and Z have been extended": the period's "of" names them
        args += [(g, Path.OBJECT) for c in trig.head.children
                 if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    opened = any(c.dep_ == "det" and c.lower_ in {"those", "these"} for c in trig.children)
    if trig.dep_ == "pobj" and trig.head.lower_ in w.list_markers and opened:
        # "Among those freed are X; Y and Z": the parse takes the participle for a noun
        # "those" opens; the list verb's subjects and attributes are its members
        args += [(m, Path.LISTED) for m in _listed(trig, w)]
    own = any(c.dep_ in _SUBJECTS | _OBJECTS for c in trig.children)
    passive_head = any(c.dep_ == "nsubjpass" for c in trig.head.children)
    if trig.dep_ == "conj" and not own and (person_before or passive_head):
        # "X was arrested and later (was) released": the first verb's subject.
        args += [(c, Path.SUBJECT) for c in trig.head.children if c.dep_ in _SUBJECTS]
    args += _carried(trig, w)
    if trig.dep_ in _SUBJECTS | _OBJECTS and trig.head is not trig:
        # "Their arrests follow those of X and Y": "those" stands for the event noun
        args += [(g, Path.REPEATED) for c in trig.head.children
                 if c.lower_ in {"those", "that"} and c.dep_ in _SUBJECTS | _OBJECTS | {"attr"}
                 for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    found: list[Participant] = []
    for given, path in args:
        arg = antecedent(given)
        widened = _widened(arg)
        if path is Path.MODIFIED and given in (trig.head, trig.head.head) and _own_item(arg):
            # "...; Y, the director of Z, sentenced to two years in August; and W, 19":
            # a clause inside one item of a semicolon list describes that item alone
            widened = [arg, *(c for c in arg.children if c.dep_ == "appos")]
        for t in widened:
            # A direct argument is one whatever their trade ("lawyer X was sentenced",
            # "detained X's colleague, lawyer Y"); an acting role keeps out only one
            # reached by widening ("X and judge Y").
            # "sentenced X to 14 years and lawyer Y to 12 years": a gapped object the
            # parse hangs on the term is as direct as X
            gapped = t.dep_ == "conj" and t.head.lower_ in w.term_units
            if t is arg or (t.dep_ == "appos" and t.head == arg) or gapped or not _acts(t, w):
                found.append(Participant(t.i, path))
            for member in _listed(t, w):
                found += [Participant(m.i, Path.LISTED) for m in _widened(member)
                          if not _acts(m, w)]  # fmt: skip
    return found


# the verb of "..., as was Y": it repeats the clause before for its own subject
_REPEATING = frozenset({"was", "were", "is", "are", "did", "does", "do", "had", "has", "have"})
_STATUS_PARTICIPLES = frozenset({"held", "jailed", "imprisoned", "detained", "kept", "behind"})


def _political(noun: Token) -> bool:
    return any(c.lower_ in {"political", "conscience"} for c in noun.subtree)


def _one_of(noun: Token) -> list[Token]:
    """ "X is one of the prisoners who were freed", "X, one of those detained, ...", "X
    was among 40 people rounded up": the person who is one of the group the clause
    describes."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.dep_ == "prep":
        # "X was among 40 people rounded up on Sunday"
        verb = noun.head.head
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "X was not among those freed"
        return [c for c in verb.children if c.dep_ in _SUBJECTS]
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if one is None or one.lower_ != "one":
        return []
    if one.dep_ == "appos":
        return [one.head]
    if one.dep_ == "attr":
        return [c for c in one.head.children if c.dep_ in _SUBJECTS]
    return []


def _own_item(tok: Token) -> bool:
    """``tok`` is one item of a list whose items a semicolon separates."""
    return any(c.dep_ == "punct" and c.text == ";" for c in tok.children) or (
        tok.dep_ == "conj" and any(c.text == ";" for c in tok.head.children if c.i < tok.i)
    )


def name_run(tok: Token) -> tuple[int, int] | None:
    """The capitalized words the parse heads with ``tok``, as character offsets: "Olena
    Marchuk" from "Marchuk" and its compound "Olena", "Sharenda-Panasiuk" across its
    hyphen. Two to four words, none labelled by the model as anything but a person or an
    organisation (a place, a date or a nationality is no name); the caller checks the
    words themselves (``persons.name_shaped``)."""
    doc = tok.doc
    if not tok.text[:1].isupper() or not tok.is_alpha:
        return None
    first = tok.i
    while first > 0:
        prev = doc[first - 1]
        joined = first > 1 and not prev.whitespace_ and not doc[first - 2].whitespace_
        if prev.text == "-" and joined:
            first -= 2  # "Sharenda-Panasiuk"
        elif prev.dep_ == "compound" and first <= prev.head.i <= tok.i and prev.text[:1].isupper():
            first -= 1
        else:
            break
    run = doc[first : tok.i + 1]
    if not 2 <= sum(1 for t in run if t.text != "-") <= 4 or any(
        t.ent_type_ not in {"", "PERSON", "ORG"} for t in run
    ):
        return None
    if first > 0 and doc[first - 1].lower_ == "the":
        return None  # "the Sarpi Crossing": a place or an institution
    return run.start_char, run.end_char


def _named(tok: Token) -> bool:
    """A name, or a role noun with its name in apposition ("deputy director, X")."""
    return tok.ent_type_ == "PERSON" or any(
        g.dep_ == "appos" and g.ent_type_ == "PERSON" for g in tok.children
    )


def _has_verb(conj: Token) -> bool:
    """A conjunct with a subject or an auxiliary of its own is a clause, not a gap."""
    return any(g.dep_ in _SUBJECTS | {"aux", "auxpass"} for g in conj.children)


def _gapped_term(conj: Token, w: EnglishWords) -> bool:
    """A conjunct with no verb of its own and "to" a term: "..., and Z to 7 1/2 years"."""
    if _has_verb(conj):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "to" and any(g.lower_ in w.term_units for g in p.children)
        for p in conj.children
    )


def _of_whom(tok: Token) -> bool:
    """ "both of whom", "all of whom", "each of whom": a relative clause's subject that
    stands for every person of the noun it describes."""
    return tok.lower_ in _DISTRIBUTIVE and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "whom" for g in c.children)
        for c in tok.children
    )


def _their_group(trig: Token, w: EnglishWords) -> list[Token]:
    """ "Other detainees, including X, had their detention extended": "their" stands for
    the group noun that is the subject of the clause the event noun sits in."""
    verb = trig.head
    for _ in range(3):
        subjects = [g for g in verb.children if g.dep_ in _SUBJECTS and trig not in g.subtree]
        if subjects:
            return [g for g in subjects[:1] if g.lower_ in w.group_words]
        if verb.head is verb:
            break
        verb = verb.head
    return []


def antecedent(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause describes ("X, who is serving
    a sentence")."""
    if tok.lower_ not in {"who", "whom", "that", "which"}:
        return tok
    clause = tok.head
    while clause.dep_ not in {"relcl", "acl"} and clause.head is not clause:
        if clause.dep_ not in {"xcomp", "conj", "ccomp"}:
            return tok
        clause = clause.head
    return clause.head if clause.dep_ in {"relcl", "acl"} else tok


def _carried(trig: Token, w: EnglishWords) -> list[tuple[Token, Path]]:
    """An event noun carried by a light verb: "sentences were handed to X", "the court
    imposed a term on X", "X received a sentence", "X faces charges"."""
    verb = trig.head
    if trig.dep_ not in _SUBJECTS | _OBJECTS or verb is trig:
        return []
    lemma = verb.lower_
    if lemma in w.light_verbs:
        found = [c for c in verb.children if c.dep_ == "dative"]
        preps = [
            c for c in verb.children if c.dep_ in {"prep", "conj"} and c.lower_ in {"to", "on"}
        ]
        for prep in preps:  # "... to X, and to Y": a coordinated preposition too
            found += [g for g in prep.children if g.dep_ == "pobj"]
        if trig.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in verb.children):
            # "X and Y were granted clemency", "X was handed a sentence": the passive's
            # subject receives it
            found += [c for c in verb.children if c.dep_ == "nsubjpass"]
        return [(t, Path.RECIPIENT) for t in found]
    charge = lemma in w.charge_verbs and trig.lower_ in w.triggers.get(EventType.CHARGED, ())
    if (lemma in w.receive_verbs or charge) and trig.dep_ in _OBJECTS:
        return [(c, Path.SUBJECT) for c in verb.children if c.dep_ == "nsubj"]
    return []


def speakers(doc: Doc, start: int, end: int, w: EnglishWords) -> tuple[list[int], list[int]]:
    """Tokens of the persons who report or react in the span, with their appositions:
    all of them ("X said that ...", "X condemned ..."), and those of a closing "...,
    X, head of Y, said." alone (a source, never the one the sentence is about)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [], []
    closing: list[int] = []
    # "..., X, head of Y, said.": a speech verb closing the sentence without a subject
    # of its own in the parse; the names in the segment before it speak.
    words = [t for t in span if not t.is_punct and not t.is_space]
    if words and words[-1].lower_ in w.speech_verbs and not any(
            c.dep_ == "nsubj" for c in words[-1].children):  # fmt: skip
        person = False
        for i in range(words[-1].i - 1, max(span.start, words[-1].i - 25) - 1, -1):
            if doc[i].text in {",", "—", "–"} and person:
                break
            person = person or doc[i].ent_type_ == "PERSON"
            closing.append(i)
    found = list(closing)
    for t in span:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            # "According to Avtandil, all five were later released": a source
            source = [x.i for g in doc[t.i + 1].children if g.dep_ == "pobj" for x in g.subtree]
            found += source
            closing += source
        if t.lower_ in _CITING:
            # "..., the paper reported, citing lawyer X": the one cited is a source
            source = [x.i for g in t.children if g.dep_ == "dobj" for x in g.subtree]
            found += source
            closing += source
        if t.lower_ in w.speech_verbs:
            for c in t.children:
                if c.dep_ == "nsubj":
                    found += [x.i for x in _widened(c)]
                    found += [x.i for x in c.subtree]
                    if t.i == words[-1].i and t.i > c.i and _closes(doc, c, t):
                        closing += [x.i for x in c.subtree]
    return found, closing


def _closes(doc: Doc, subject: Token, verb: Token) -> bool:
    """ "..., X said." : a comma before the subject, nothing but it before the verb."""
    first = min(x.i for x in subject.subtree)
    return first > 0 and doc[first - 1].text == ","


def _owned(tok: Token, stop: Token) -> bool:
    """A name under "of" ("editor of the weekly X"): a thing someone belongs to."""
    t = tok
    while t.dep_ == "compound" and t.head is not t and t.head.i > stop.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "of"


def _counted_members(t: Token, w: EnglishWords) -> bool:
    """ "The four journalists moved to house arrest are X, Y, Z and W": a counted plural
    of a trade, the subject of a verb of being, names the members of a group stated
    before (its clause states no event of its own the parse would carry)."""
    return (
        t.dep_ == "nsubj"
        and t.lower_.endswith("s")
        and t.lower_[:-1] in w.person_nouns
        and t.head.lower_ in {"are", "were"}
        and any(c.dep_ == "nummod" for c in t.children)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    )


_HELD_NOUNS = frozenset({"defendant", "detainee", "prisoner"})  # "Another defendant is X"


def _the_group(t: Token, w: EnglishWords) -> bool:
    """ "Among the 23 is X", "Among the activists are X": a definite count or plural
    of a trade after "among" before a verb of being names the group stated before;
    "Another defendant is X": one more of that group."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    among = t.dep_ == "pobj" and t.head.lower_ == "among" and t.head.head.lower_ in w.list_verbs
    if among and definite and not any(c.dep_ in {"acl", "relcl", "prep"} for c in t.children):
        return t.like_num or (t.lower_.endswith("s") and t.lower_[:-1] in w.person_nouns)
    return (
        t.dep_ == "nsubj"
        and t.head.lower_ in {"is", "was"}
        and (t.lower_ in w.person_nouns or t.lower_ in _HELD_NOUNS)
        and any(c.dep_ == "det" and c.lower_ == "another" for c in t.children)
    )


def members_named(doc: Doc, start: int, end: int, w: EnglishWords) -> list[Participant]:
    """Persons a sentence names as members of a group stated before: "Among them were X
    and Y", "They include X", "Those freed include X", or a list after a colon."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    found: list[Participant] = []
    for t in span:
        if (
            (
                t.lower_ in w.group_words
                and t.dep_ in _SUBJECTS | {"pobj"}
                and not any(c.dep_ in {"acl", "relcl"} for c in t.children)
            )
            or _counted_members(t, w)
            or _the_group(t, w)
        ):
            for member in _listed(t, w):
                # "Among them were ... the lawyer X": whatever their trade, a member
                found += [Participant(m.i, Path.MEMBER) for m in _widened(member)]
    colon = next((t for t in span if t.text == ":"), None)
    if (
        colon is not None
        and colon.i + 1 < span.end
        and (
            doc[colon.i + 1].is_quote or (colon.i > 0 and doc[colon.i - 1].lower_ in w.speech_verbs)
        )
    ):
        colon = None  # "X said: 'Y and Z must be freed'" is a quote, not a list
    if colon is not None and not found:
        # "... updated with the following names: X, Y and Z": the names after the colon.
        after = [t for t in span[colon.i - span.start + 1 :]
                 if t.is_alpha and not _owned(t, colon)]  # fmt: skip
        found = [Participant(t.i, Path.COLON_LIST) for t in after]
    return found
