"""Whom a trigger is about, and who stands in a list, read from the dependency tree.

A trigger's participants are its arguments by voice (``syntax``): the subject of a passive
or intransitive trigger ("X задержан", "X вышла на свободу"), the object of an active one
("суд приговорил X"), the genitive of a noun ("арест X"), the noun a participle or a
relative clause hangs on ("поэта X, осуждённого", "X, который был задержан"), the subject
a coordinated verb shares ("X задержан и осуждён"). Each argument grows into its noun
phrase down conjuncts, appositions and flat names, so a list ("X, Y и Z приговорены") and
a role noun ("лидер профсоюза X", "один из лидеров оппозиции X") give their names, while
genitive owners ("штаба Навального") and the agent ("суд", "Лукашенко") do not. Names
behind a relative, lawyer or official noun are never participants.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from vigil.extract.slavic.events import Trigger
from vigil.extract.slavic.persons import Cluster
from vigil.extract.slavic.syntax import Tree, parse_sentence, parse_sentences

__all__ = ["NOT_HELD", "RELATIVE", "Structure"]

RELATIVE = "the noun its relative clause describes"

# Down these relations a noun phrase keeps its referents: "X, Y и Z", "поэт X", "X Y".
_PHRASE = frozenset({"conj", "appos", "flat:name", "flat", "flat:foreign", "nummod:gov"})
_RELATIVE = re.compile(r"^(?:котор|каторы|каторая|які|якая|якое|якія|якога|якую|якой|якіх)", re.I)
# Nouns for people who are not the detainee where they head the name ("адвокат X").
NOT_HELD = re.compile(
    r"^(?:адвокат|адвакат|юрист|защитник|абаронц|суд(?:ья|ьи|ье|ью|дзя|дзі)|прокурор|пракурор|"
    r"следовател|следчы|сьледчы|муж|жен[аыуе]|жонк|сын|доч|дачк|мат(?:ь|ери|ерью)|маці|мам|"
    r"от(?:ец|ца|цу)|бацьк|тат|брат|сестр|сястр|вдов|удав|супруг|родствен|сваяк|"
    r"президент|прэзідэнт|министр|міністр|губернатор|сотрудник|супрацоўнік|пресс-секретар)",
    re.I,
)


_ITEM = re.compile(r"[,;]\s*(?:(?:и|і|ды|а\s+также|а\s+таксама)\s+)?|\s(?:и|і|ды)\s+")
# A word that may be a verb or a participle (past, present, infinitive, reflexive).
_VERBISH = re.compile(r"(?:л|ла|ли|ло|лі|ў|ет|ют|ит|ят|ецца|юцца|ся|ась|ись|ліся|ць|ти|ть|"
                      r"вш\w+|ящ\w+|ющ\w+|ачы|ючы|учы|аны|ены|аная|еная)$", re.I)  # fmt: skip


@dataclass
class Structure:
    """Trees of the sentences of one text (parsed when first asked) and the persons in them."""

    text: str
    sentences: list[tuple[int, int]]
    clusters: list[Cluster]
    language: str = "ru"
    _trees: dict[int, Tree] = field(default_factory=dict)
    _owned: dict[tuple[int, int], dict[int, int]] = field(default_factory=dict)

    def prepare(self, indices: list[int]) -> None:
        """Parse these sentences now, in one batch."""
        todo = [si for si in dict.fromkeys(indices) if si not in self._trees]
        if todo:
            trees = parse_sentences(self.text, [self.sentences[si] for si in todo], self.language)
            self._trees.update(zip(todo, trees, strict=True))

    def tree(self, si: int) -> Tree:
        if si not in self._trees:
            s0, s1 = self.sentences[si]
            self._trees[si] = parse_sentence(self.text, s0, s1, self.language)
        return self._trees[si]

    def _owners(self, tree: Tree) -> dict[int, int]:
        """Word index → cluster index, for the words of named (not pronoun) mentions
        (once per tree: the named mentions do not change while events are read)."""
        if not tree.words:
            return {}
        # keyed by the sentence's span, never by id(): an id is reused once its tree is gone
        key = (tree.words[0].start, tree.words[-1].end)
        if key in self._owned:
            return self._owned[key]
        out: dict[int, int] = {}
        lo, hi = key
        starts = [w.start for w in tree.words]
        for ci, c in enumerate(self.clusters):
            for m in c.mentions:
                if m.source == "pronoun" or m.end <= lo or m.start >= hi:
                    continue
                wi = max(0, bisect_right(starts, m.start) - 1)
                while wi < len(tree.words) and tree.words[wi].start < m.end:
                    if m.start < tree.words[wi].end:
                        out.setdefault(wi, ci)
                    wi += 1
        self._owned[key] = out
        return out

    def participants(self, trig: Trigger, si: int) -> tuple[list[int], str]:
        """The persons ``trig`` is about through the tree, by cluster index, and how."""
        tree = self.tree(si)
        t = tree.at(trig.start, trig.head_end)
        if t is None:
            return [], ""
        w = tree.words[t]
        args: list[tuple[int, str]] = []
        active = trig.voice == "after" and trig.form in {"finite", "auto"}
        for c in tree.children(t):
            rel = tree.words[c].rel
            if rel == "nsubj:pass" or (rel == "nsubj" and not active):
                args.append((c, "subject of the trigger"))
            elif rel in {"obj", "iobj"} and active:
                args.append((c, "object of the trigger"))
            elif rel == "nmod" and trig.form == "noun":
                args.append((c, "genitive of the trigger noun"))
        if w.rel in {"acl", "amod"} and w.head >= 0 and trig.form in {"full", "short"}:
            args.append((w.head, "the noun the participle describes"))
        if not args and w.rel == "conj" and w.head >= 0:
            for c in tree.children(w.head, "nsubj"):
                if tree.words[c].rel == "nsubj:pass" or not active:
                    args.append((c, "subject shared with the verb it is coordinated with"))
        found: list[int] = []
        how = ""
        owners = self._owners(tree)
        for arg, said in args:
            a, why = arg, said
            if _RELATIVE.match(tree.words[a].text):
                clause = next((k for k in [t, *tree.ancestors(t)]
                               if tree.words[k].rel == "acl:relcl"), None)  # fmt: skip
                if clause is None or tree.words[clause].head < 0:
                    continue
                a, why = tree.words[clause].head, RELATIVE
            for ci in self._names(tree, a, owners):
                if ci not in found:
                    found.append(ci)
                    how = how or why
        return found, how

    def counted_argument(self, trig: Trigger, si: int, people: re.Pattern[str]) -> str | None:
        """The people noun ("человек", "активистов") that fills the slot of whom ``trig`` is
        about, when the tree gives one and it names no person ("задержаны 400 человек,
        пришедших почтить память X": X is no detainee)."""
        tree = self.tree(si)
        t = tree.at(trig.start, trig.head_end)
        if t is None:
            return None
        active = trig.voice == "after" and trig.form in {"finite", "auto"}
        slot = {"obj"} if active else {"nsubj:pass", "nsubj"}
        owners = self._owners(tree)
        for c in tree.children(t):
            w = tree.words[c]
            if w.rel not in slot:
                continue
            phrase = tree.closure(c, _PHRASE)
            if any(k in owners for k in phrase):
                return None
            for k in [c, *tree.children(c)]:
                if people.fullmatch(tree.words[k].text):
                    return tree.words[k].text
        return None

    def date_of(self, trig: Trigger, si: int, dates: list[tuple[int, int]]) -> int | None:
        """The index in ``dates`` (character spans) of the date that hangs on the trigger
        in the tree ("Раней, у лютым, суд асудзіў": "у лютым" is an oblique of the verb)."""
        tree = self.tree(si)
        t = tree.at(trig.start, trig.head_end)
        if t is None:
            return None
        for i, (start, end) in enumerate(dates):
            d = tree.at(start, end)
            if d is not None and t in list(tree.ancestors(d))[:3]:
                return i
        return None

    def _names(self, tree: Tree, head: int, owners: dict[int, int], after: int = -1) -> list[int]:
        """The persons of the noun phrase headed by ``head``, in text order (from ``after``
        on, where given: a parse may hang a name of the words before on the list)."""
        out: list[int] = []
        blocked: set[int] = set()
        for k in tree.closure(head, _PHRASE):
            if NOT_HELD.match(tree.words[k].text) and k not in owners:
                blocked.update(tree.closure(k, frozenset({"appos", "flat:name", "flat"})))
        for k in tree.closure(head, _PHRASE):
            ci = owners.get(k)
            if ci is None or k in blocked or self.clusters[ci].official or ci in out:
                continue
            if tree.words[k].start < after:
                continue
            out.append(ci)
        return out

    def members(self, si: int, after: int) -> list[int]:
        """The persons listed after ``after`` (the end of "среди них", "в том числе"): the
        noun phrase of the first name reached down the tree, and the first name of each
        ";"-separated item."""
        tree = self.tree(si)
        owners = self._owners(tree)
        firsts = sorted(k for k in owners if tree.words[k].start >= after)
        if not firsts or tree.words[firsts[0]].start - after > 60:
            return []
        top = firsts[0]
        for k in tree.ancestors(top):
            if tree.words[top].rel not in _PHRASE or tree.words[k].start < after:
                break
            top = k
        out = self._names(tree, top, owners, after)
        s1 = self.sentences[si][1]
        cut = after
        while (semi := self.text.find(";", cut, s1)) > 0:
            cut = semi + 1
            nxt = next((k for k in firsts if tree.words[k].start > semi), None)
            if nxt is not None:
                self._item(out, semi + 1, tree.words[nxt].start, owners[nxt])
        # Items opened by "," or "і"/"и" with at most three words before their name, no
        # verb among them ("…, якую асудзілі, і пенсіянер X"): a parse may miss them.
        for m in _ITEM.finditer(self.text, after, s1):
            nxt = next((k for k in firsts if tree.words[k].start >= m.end()), None)
            if nxt is None:
                break
            head = self.text[m.end() : tree.words[nxt].start].split()
            if len(head) <= 3 and not any(_VERBISH.search(w) for w in head):
                self._item(out, m.end(), tree.words[nxt].start, owners[nxt])
        # A list whose items the sentence splitter cut at ";": the first name of each.
        while self.text[:s1].rstrip().endswith(";") and si + 1 < len(self.sentences):
            si += 1
            s0, s1 = self.sentences[si]
            tree = self.tree(si)
            owners = self._owners(tree)
            if owners:
                k = min(owners)
                self._item(out, s0, tree.words[k].start, owners[k])
        return out

    def _item(self, out: list[int], start: int, at: int, ci: int) -> None:
        """The name at ``at`` opens a list item that starts at ``start``: a member, unless
        words before it make it someone else ("адвокат X")."""
        if at - start > 60 or any(NOT_HELD.match(x) for x in self.text[start:at].split()):
            return
        if ci not in out and not self.clusters[ci].official:
            out.append(ci)
