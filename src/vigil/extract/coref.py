"""Who a pronoun means in an English article: salience, gender and kinship.

Pronouns ("she", "him", "his fate") go to the most salient person: one named in the last
two sentences, then the one named (or referred to) most often so far, then the last one
named. Gender comes from a title ("Mr", "Mrs"), a kinship ("her husband, X"), he/she when
only one person was named since the sentence before, then surname endings (``Cluster``).
"her husband" means the person introduced as "my husband, X".
"""

from __future__ import annotations

import re

from vigil.extract.persons import Cluster, Mention

__all__ = ["KIN", "Coref"]

_KIN_WORDS = r"husband|wife|son|daughter|brother|sister|father|mother|partner"
KIN = re.compile(rf"\b(her|his|my|their)\s+({_KIN_WORDS})\b", re.IGNORECASE)
_KIN_NAMED = re.compile(rf"\b(?:her|his|my|their)\s+({_KIN_WORDS}),?\s+$", re.IGNORECASE)


class Coref:
    """The persons of one article and the pronouns linked to them so far."""

    def __init__(
        self, text: str, sentences: list[tuple[int, int]], clusters: list[Cluster]
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.clusters = clusters
        self.kin = self._kin_named()
        self.pron_at: list[tuple[int, int]] = []  # (position, cluster) of he/she/his/her
        self._genders()

    def link(self, who: int, at: int, word: str) -> None:
        """Record the pronoun ``word`` at ``at`` as a mention of person ``who``."""
        self.clusters[who].mentions.append(Mention(at, at + len(word), word, "pronoun"))

    def _kin_named(self) -> dict[str, int]:
        """ "my husband, Syarhey Tsikhanouski": later "her husband" means him."""
        found: dict[str, int] = {}
        for i, c in enumerate(self.clusters):
            for m in c.mentions:
                kin = _KIN_NAMED.search(self.text[max(0, m.start - 30) : m.start])
                if kin:
                    found.setdefault(kin.group(1).lower(), i)
        return found

    def _genders(self) -> None:
        """Gender where the text shows it: a title ("Mr", "Mrs"), a kinship ("her husband,
        X"), or he/she when only one person has been named since the sentence before."""
        for c in self.clusters:
            for m in c.mentions:
                before = self.text[max(0, m.start - 30) : m.start]
                if re.search(r"\baccording\s+to\s+\S+\s+\S+,?\s+$", before, re.IGNORECASE) and (
                    not self.text.startswith(",", m.end)
                ):
                    continue  # "According to his sister, X had complained": X is not her
                # "his wife, X", "Bialiatski's wife, X"
                if re.search(r"\b(?:Mr|Mister)\.?\s+$|(?:\b(?:his|her|my)|\w[’']s)\s+(?:husband|"
                             r"son|brother|father),?\s+$", before):  # fmt: skip
                    c.said_gender = "male"
                elif re.search(r"\b(?:Mrs|Ms|Miss|Madam)\.?\s+$|(?:\b(?:his|her|my)|\w[’']s)\s+"
                               r"(?:wife|daughter|sister|mother),?\s+$", before):  # fmt: skip
                    c.said_gender = "female"
        votes: dict[int, set[str]] = {}
        for pm in re.finditer(r"\b(he|she|him|her|his)\b", self.text, re.IGNORECASE):
            who = self.salient(pm.start(), pm.group(1))
            if who is None:
                continue
            self.pron_at.append((pm.start(), who))
            sent = next((i for i, (a, b) in enumerate(self.sentences) if a <= pm.start() < b), 0)
            lo = self.sentences[max(0, sent - 1)][0]
            named = {i for i, c in enumerate(self.clusters) if not c.official
                     and any(lo <= x.start < pm.start() and x.source != "pronoun"
                             for x in c.mentions)}  # fmt: skip
            if named == {who}:
                female = pm.group(1).lower() in {"she", "her"}
                votes.setdefault(who, set()).add("female" if female else "male")
        for who, said in votes.items():
            c = self.clusters[who]
            if len(said) == 1 and c.said_gender is None:
                c.said_gender = next(iter(said))

    def _only_before(self, at: int) -> int | None:
        """The one person the sentence before names, when the pronoun's own sentence names
        nobody before it ("X, 72, was detained in April 2022. A court gave him four
        years"): a paragraph goes on with the person it has just turned to."""
        si = next((i for i, (a, b) in enumerate(self.sentences) if a <= at < b), None)
        if not si:
            return None
        if self.mentions_in(self.sentences[si][0], at):
            return None
        named = {i for m, i in self.mentions_in(*self.sentences[si - 1])
                 if not self.clusters[i].official}  # fmt: skip
        return next(iter(named)) if len(named) == 1 else None

    def _previous_subject(self, at: int, female: bool) -> int | None:
        """ "Former president X remains behind bars. He was sentenced ...": a he or she
        opening its sentence means the person the sentence before opens with (its
        subject), when that one may be of the pronoun's gender."""
        sent = next((i for i, (a, b) in enumerate(self.sentences) if a <= at < b), None)
        if not sent or len(re.findall(r"\w+", self.text[self.sentences[sent][0] : at])) > 1:
            return None
        lo, hi = self.sentences[sent - 1]
        first = min(((m.start, i) for i, c in enumerate(self.clusters) for m in c.mentions
                     if lo <= m.start < hi and m.source != "pronoun"), default=None)  # fmt: skip
        if first is None or len(re.findall(r"\w+", self.text[lo : first[0]])) > 4:
            return None  # no name opens the sentence before ("Police said X ...")
        c = self.clusters[first[1]]
        if c.official or c.gender == ("male" if female else "female"):
            return None
        return first[1]

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, int]]:
        """Names (not pronouns) between ``start`` and ``end``, with their person."""
        found = [
            (m, i)
            for i, c in enumerate(self.clusters)
            for m in c.mentions
            if start <= m.start and m.end <= end and m.source != "pronoun"
        ]
        return sorted(found, key=lambda x: x[0].start)

    def salient(self, before: int, pronoun: str) -> int | None:
        """The person a pronoun most likely means: the last one named before it."""
        female = pronoun.lower() in {"she", "her"}
        only = self._only_before(before)
        if only is not None and self.clusters[only].gender != ("male" if female else "female"):
            return only
        opener = self._previous_subject(before, female)
        if opener is not None:
            return opener
        best: tuple[bool, bool, int, int, int] | None = None
        for i, c in enumerate(self.clusters):
            if c.official or c.gender == ("male" if female else "female"):
                continue
            last = max((m.end for m in c.mentions if m.end <= before), default=-1)
            if last < 0:
                continue
            # Salience: a person named in the last ~two sentences, then the one named (or
            # referred to) most often so far, then the most recent.
            count = sum(m.end <= before for m in c.mentions) + sum(
                at < before and who == i for at, who in self.pron_at)  # fmt: skip
            near = before - last < 250
            key = (female and c.gender == "female", near, count if near else 0, last, i)
            if best is None or key > best:
                best = key
        return best[4] if best else None
