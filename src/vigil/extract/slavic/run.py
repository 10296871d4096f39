"""One Russian or Belarusian text through the rules: persons, events, figures, places.

natasha gives sentences and names (``nlp``); the rules of this package do the rest, in
the order the English extractor follows: places, persons and their roles, triggers and
whom they are about (``subjects``), dates carried between sentences, one event per type
and person, figures, quotes. Each item carries its span, a confidence and a reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from vigil.extract.core.carry import family
from vigil.extract.core.skeleton import Skeleton
from vigil.extract.dates import FoundDate
from vigil.extract.figures import RawFigure
from vigil.extract.quotes import RawQuote
from vigil.extract.slavic.carry import DateBook
from vigil.extract.slavic.counts import COUNTED, animate
from vigil.extract.slavic.dates import find_dates
from vigil.extract.slavic.events import Trigger, find_triggers, pick_date
from vigil.extract.slavic.figures import FigureFinder
from vigil.extract.slavic.happenings import TERMED, Happening, Person, found_event, merged
from vigil.extract.slavic.lexicon import Lexicon, lexicon
from vigil.extract.slavic.nlp import Entity, Parsed, morph
from vigil.extract.slavic.numerals import parse_number
from vigil.extract.slavic.persons import Cluster, Mention, PersonFinder, cluster_mentions
from vigil.extract.slavic.places import find_facilities, find_orgs
from vigil.extract.slavic.quotes import find_quotes
from vigil.extract.slavic.structure import NOT_HELD
from vigil.extract.slavic.subjects import Subjects
from vigil.extract.slavic.terms import term_of
from vigil.extract.types import (
    NOTHING_FOUND,
    Extraction,
    FoundEvent,
    FoundFacility,
    FoundFigure,
    FoundOrganization,
    FoundPerson,
    FoundQuote,
    Role,
    Span,
)
from vigil.model import EventType, PartialDate

_PRISONERS_TALK = re.compile(
    r"(?<![\w-])(?:политзаключ\w*|политическ\w+\s+(?:заключ|узник)\w*|узник\w*\s+совести|"
    r"палітвязь?н\w*|палітычн\w+\s+вязь?н\w*|Мемориал\w*)",
    re.I,
)
_REGISTER = re.compile(r"(?<![\w-])(?:террорист|экстремист|иноагент|иностранн\w+\s+агент|"
                       r"реестр|розыск|санкци|тэрарыст|экстрэміст|вышук|санкцы)\w*",
                       re.I)  # fmt: skip
# the verbs a list is said with ("Среди них оказались …", "были", "значатся")
_LIST_VERB = re.compile(r"оказал\w*|был[аио]?|есть|значи?т\w*|стал[аио]?|аказал\w*|быў|былі")
_UNTIL = re.compile(r"(?:^|\s)(?:до|по|да)\s+$", re.I)

__all__ = ["LIST_EVENTS", "Run"]

_KIN_BEFORE = re.compile(
    r"(?<![\w-])(?:муж|жена|сын|дочь|дочка|мать|мама|отец|папа|брат|сестра|вдова|супруга|"
    r"супруг|жонка|сястра|маці|бацька|дачка|удава|родные|родственники|сваякі)\s+$",
    re.IGNORECASE,
)
# The event a list's own word names: "Среди помилованных —", "Сярод затрыманых —".
LIST_EVENTS = {"помил": EventType.PARDONED, "памілав": EventType.PARDONED,
               "освобо": EventType.RELEASED, "вызвал": EventType.RELEASED,
               "задерж": EventType.DETAINED, "затрым": EventType.DETAINED,
               "арест": EventType.DETAINED, "арышт": EventType.DETAINED,
               "осужд": EventType.SENTENCED, "асудж": EventType.SENTENCED,
               "нов": EventType.RECOGNIZED_POLITICAL_PRISONER,
               "призна": EventType.RECOGNIZED_POLITICAL_PRISONER,
               "прызна": EventType.RECOGNIZED_POLITICAL_PRISONER}  # fmt: skip
# What a gap between two verbs cites: a bracket, or the dot of an article or a part.
_ITEM_GAP = re.compile(r"[^;:.!?—–\n]*[;,]\s*")
_CITED = re.compile(r"\([^()]{0,120}\)|(?<![\w-])(?:арт|ст|ч|п|пп)\.", re.I)
# "с 24 февраля задержаны 13 000": when the count began, not the day it stands for.
_SINCE = re.compile(r"(?:^|\s)(?:с|со|з|са|начиная\s+с|пачынаючы\s+з)\s+(?:\d|[а-яёіў])", re.I)


class Run(Skeleton):
    """The extraction of one text; ``extraction()`` gives the result, in the order of the
    shared skeleton (``core.skeleton``): events per sentence, group to member, dates
    carried, the output."""

    version = 1  # which rows of the word lists to read (``lexicon``)

    def __init__(
        self, text: str, parsed: Parsed, published: dt.date | None, language: str, name: str
    ) -> None:
        self.text = text
        self.published = published
        self.language = language
        self.name = name
        self.lex: Lexicon = lexicon(language, self.version)
        self.sentences = parsed.sentences
        self.facilities = find_facilities(text)
        entities = self._entities(parsed.entities)
        self.orgs = find_orgs(text, entities, self.lex)
        blocked = [(p.start, p.end) for p in self.facilities + self.orgs
                   if p.reason == "known organization" or p in self.facilities]  # fmt: skip
        finder = PersonFinder(text, self.lex, blocked)
        self.clusters = self._clustered(
            cluster_mentions(self._kept(finder.mentions(entities)), language)
        )
        taken = blocked + [(m.start, m.end) for c in self.clusters for m in c.mentions]
        finder.surname_mentions(self.clusters, taken)
        for c in self.clusters:
            c.mentions.sort(key=lambda m: m.start)
            self._role(c)
        spans = [(m.start, m.end) for c in self.clusters for m in c.mentions]
        self.orgs = [o for o in self.orgs if o.reason == "known organization"
                     or not any(o.start < e and s < o.end for s, e in spans)]  # fmt: skip
        self.people = [Person(c) for c in self.clusters]
        self.subjects = Subjects(text, self.lex, self.clusters)
        self.group: list[Happening] = []
        self.book = DateBook(text, self.lex, self.sentences, published, language,
                             chain=self.version >= 2)  # fmt: skip

    def _entities(self, entities: list[Entity]) -> list[Entity]:
        """natasha's entities as the rules read them (as they are in v1)."""
        return entities

    def _kept(self, mentions: list[Mention]) -> list[Mention]:
        """The name mentions to cluster (all of them in v1)."""
        return mentions

    def _clustered(self, clusters: list[Cluster]) -> list[Cluster]:
        """The persons to read (all the clusters in v1)."""
        return clusters

    # -- roles -----------------------------------------------------------------------
    def _role(self, c: Cluster) -> None:
        officials = {o for o in self.lex.known_officials if " " not in o}
        # "ильхам алиев": a surname many people bear is the official's only alone or with
        # the official's given name ("Интигам Алиев" is someone else)
        named = [o.split() for o in self.lex.known_officials if " " in o]
        for m in c.mentions:
            if any(k & officials for k in m.keys) or any(
                any(words[-1] in k for k in m.keys)
                and (len(m.keys) == 1 or any(w in k for w in words[:-1] for k in m.keys))
                for words in named
            ):
                c.official, c.role, c.role_word = (
                    True,
                    "official",
                    "a head of state named in the lexicon",
                )
                return
        others = [x for other in self.clusters if other is not c for x in other.mentions]
        starts = {x.start for x in others}
        best: tuple[int, str, str] | None = None
        for m in c.mentions:
            after = re.match(r"\s*", self.text[m.end : m.end + 3])
            if after and m.end + after.end() in starts:
                continue  # "пресс-секретарь Навального Кира Ярмыш": the role is Ярмыш's
            before = self.text[max(0, m.start - 60) : m.start]
            for role, pattern in self.lex.roles.items():
                found = pattern.search(before)
                if not found or self.lex.former.search(before[: found.start()]):
                    continue
                if _KIN_BEFORE.search(before[: found.start()]):
                    continue  # "муж журналистки Игорь Ильяш": a relative
                at = m.start - len(before) + found.start()
                if any(at < x.start and x.end <= m.start and len(x.text.split()) > 1
                       for x in others):  # fmt: skip
                    continue  # "сестра политзаключённого Олега X Наталья Y": X's role
                key = (found.start() - len(before), role, found.group(0).strip())
                if best is None or key[0] > best[0]:
                    best = key
            if best:
                break
        if best:
            c.role, c.role_word = best[1], f'described as "{best[2]}"'
            c.official = best[1] == "official"

    # -- events ----------------------------------------------------------------------
    def _events(self) -> None:
        every_date = find_dates(self.text, self.published, self.language)  # one scan
        for si, (s0, s1) in enumerate(self.sentences):
            stext = self.text[s0:s1]
            triggers = [t for t in find_triggers(self.lex, stext, s0)
                        if t.form != "listed" or self._prisoners_list(si)]  # fmt: skip
            here = [d for d in every_date if s0 <= d.start and d.end <= s1
                    and not (self.version >= 2 and self._until(d))]  # fmt: skip
            dates = self.book.note(si, here, {family(t.type) for t in triggers})
            shared: tuple[Trigger, list[int]] | None = None
            for trig in triggers:
                if self._thing_object(trig):
                    continue  # "вратарь задержал мяч": no person is held
                found = self._pick_date(trig, dates, (s0, s1), si, triggers)
                if trig.type is EventType.INCOMMUNICADO and found is None:
                    found = self.book.duration(dates)
                people, why = self._participants(trig, (s0, s1), si)
                if not people:
                    people, why = self._labelled(trig, triggers, (s0, s1), si)
                if not people and shared and self._coordinated_verbs(shared[0], trig):
                    people, why = shared[1], "shares the person of the verb it is coordinated with"
                if people:
                    shared = (trig, people)
                clause_end = self.text.find(";", trig.start, s1)
                window = (trig.start, clause_end if clause_end > 0 else s1)
                event = Happening(trig.type, s0, s1, si, window, found,
                                  f"{trig.reason}; {why}" if why else trig.reason,
                                  0.8 if people else 0.5, trig.form, at=trig.start)  # fmt: skip
                if people:
                    self.subjects.last_people, self.subjects.last_sentence = people, si
                    if why.startswith("subject left out"):
                        event.confidence = 0.6
                    for who in people:
                        self.people[who].events.append(self._own(event, who, trig, (s0, s1)))
                elif trig.form not in {"full", "state"} and self._counts_people(s0, s1, trig):
                    # An event of an unnamed group ("30 человек помилованы"); a participle
                    # with no person is a noun ("задержанные проводили акцию"), and a
                    # sentence that counts nobody ("приговор будет обжалован") no group.
                    self.group.append(event)
            self._elliptic(si, triggers)
            named = [
                i for i, p in enumerate(self.people) if any(e.sentence == si for e in p.events)
            ]
            if named:  # "Іх абвінавацілі": the persons of this sentence's events
                self.subjects.last_people, self.subjects.last_sentence = named, si
                self.subjects.by_sentence[si] = named

    def _until(self, d: FoundDate) -> bool:
        """ "продлил арест до 25 июля", "по 4 января 2025 года": the end of a spell, not the
        date of an event (v2 leaves such dates out)."""
        return bool(
            _UNTIL.search(self.text, max(0, d.start - 6), d.start)
            or re.match(r"(?:до|по|да)\s", d.text, re.I)
        )

    def _labelled(
        self, trig: Trigger, triggers: list[Trigger], sent: tuple[int, int], si: int
    ) -> tuple[list[int], str]:
        """v2: "Арест продлили и двум другим фигурантам дела X и Y": a verb with no person
        of its own, followed closely in its clause by a noun that labels persons
        ("фигурант", "обвиняемый"), is about those persons too."""
        if self.version < 2 or trig.form not in {"finite", "noun", "short"}:
            return [], ""
        for other in triggers:
            gap = self.text[trig.end : other.start]
            if other.start < trig.end or len(gap) > 40 or re.search(r"[.;:—–]", gap):
                continue
            if other.type is not EventType.CHARGED or other.form not in {"subject", "full"}:
                continue
            people, _why = self.subjects.of(other, sent, si)
            if people:
                word = self.text[other.start : other.end]
                return people, f'the persons "{word}" labels, right after the trigger'
        return [], ""

    def _coordinated_verbs(self, first: Trigger, then: Trigger) -> bool:
        """ "Яго затрымалі ў 2021 годзе і асудзілі", "задержали и отправили в СИЗО": a
        trigger joined to the one before by "і"/"и", with no name, no clause and no other
        subject between them, is about the same persons; what the gap cites in brackets
        and the dots of "арт."/"ч." do not part them ("абвінавацілі паводле арт. 342 КК
        (групавыя дзеянні …) і асудзілі")."""
        gap = _CITED.sub("", self.text[first.end : then.start])
        # v2: the next clause of one list item, opened by its verb after ";" or ","
        # ("X асуджаны … да 3 гадоў; прыступіў да адбывання пакарання", "X абвінавачваецца
        # паводле арт. 367 КК, узятая пад варту")
        item = self.version >= 2 and len(gap) <= 250 and bool(_ITEM_GAP.fullmatch(gap))
        if (
            (len(gap) > 80 and not item)
            or (re.search(r"[;:.—–]", gap) and not item)
            or self.subjects.mentions_in(first.end, then.start)
        ):
            return False
        if self.lex.pronoun_re.search(gap) or self.lex.people_re.search(gap):
            return False
        if item:
            return True
        if "," not in gap:
            return bool(re.search(r"\s(?:і|и|й|а\s+потым|а\s+затым|а\s+затем|а\s+потом)\s+$", gap))
        # "Спачатку яе асудзілі да 2 гадоў, а ў 2022 годзе далі яшчэ 8": the last comma
        # opens ", а"/", і" and at most four words (a date, "потым") before the verb
        return gap.count(",") <= 2 and bool(
            re.search(r",\s*(?:а|і|и|й)\s+(?:[^\s,]+\s+){0,4}$", gap)
        )

    def _pick_date(
        self,
        trig: Trigger,
        dates: list[FoundDate],
        sent: tuple[int, int],
        si: int,
        triggers: list[Trigger],
    ) -> FoundDate | None:
        """The date of the sentence that belongs to ``trig`` (``events.pick_date``)."""
        return pick_date(self.lex, trig, dates, sent[0], self.text[sent[0] : sent[1]], triggers)

    def _participants(self, trig: Trigger, sent: tuple[int, int], si: int) -> tuple[list[int], str]:
        """The persons ``trig`` is about, by cluster index, and why (the token rules)."""
        return self.subjects.of(trig, sent, si)

    def _own(self, event: Happening, who: int, trig: Trigger, sent: tuple[int, int]) -> Happening:
        """The event for one person of a list, with the words after their name as the place
        of their own term ("Лосик (15 лет), Сакевич (6 лет)") where those words give one."""
        if event.type not in TERMED:
            return event
        mine = [m for m, w in self.subjects.mentions_in(*sent) if w == who]
        if not mine:
            return event
        m = min(mine, key=lambda m: abs(m.start - trig.start))
        after = [x.start for x, w in self.subjects.mentions_in(m.end, sent[1]) if w != who]
        end = min([*after, sent[1]])
        semi = self.text.find(";", m.end, end)
        end = semi if semi > 0 else end
        if term_of(self.text[m.end : end], listed=True)[0] is None:
            return event
        return replace(event, window=(m.end, end), listed=True)

    def _counts_people(self, s0: int, s1: int, trig: Trigger) -> bool:
        """Whether the sentence names people besides the trigger's own word (Russian v2:
        also a count before an animate noun the word lists lack, "11 сотрудников")."""
        if any(
            not (trig.start <= m.start() < trig.end)
            for m in self.lex.people_re.finditer(self.text, s0, s1)
        ):
            return True
        if self.language != "ru" or self.version < 2:
            return False
        return any(
            (v := parse_number(m.group("n"))) is not None
            and v.denominator == 1
            and v >= 2
            and animate(m.group("noun"), int(v))
            for m in COUNTED.finditer(self.text, s0, s1)
        )

    def _thing_object(self, trig: Trigger) -> bool:
        """A Russian verb whose object is a thing ("задержал мяч", "освободили помещение")."""
        if self.language != "ru" or trig.form != "finite" or trig.head_end != trig.end:
            return False  # a phrase ("предъявили обвинение") names its own object
        if trig.type not in {EventType.DETAINED, EventType.RELEASED}:
            return False  # "назначили наказание", "вынесли приговор": the term is the object
        word = re.match(r"\s+([а-яё]+)", self.text[trig.head_end : trig.head_end + 30])
        if word is None:
            return False
        parses = morph().parse(word.group(1))
        return bool(parses) and all(
            p.tag.POS == "NOUN" and "inan" in p.tag.grammemes and p.tag.case in {"accs", "nomn"}
            for p in parses
        )

    def _elliptic(self, si: int, triggers: list[Trigger]) -> None:
        """ "Лосик получил 15 лет, Сакевич — 6 лет, Попов — 16 лет": names that stand after
        the trigger, each before a dash, share its event."""
        s0, s1 = self.sentences[si]
        for trig in triggers:
            mine = [
                e for p in self.people for e in p.events if e.sentence == si and e.type is trig.type
            ]
            if not mine:
                continue
            after = self.subjects.mentions_in(trig.end, s1)
            dashed = [bool(re.match(r"\s*[—–]\s", self.text[m.end : m.end + 4])) for m, _ in after]
            for k in range(len(after) - 2, -1, -1):  # "Паўла Бабіча і Сяргея Гайдука — да 3"
                gap = self.text[after[k][0].end : after[k + 1][0].start]
                if dashed[k + 1] and re.fullmatch(r"\s*(?:,|,?\s+(?:і|и|й|ды))\s*", gap):
                    dashed[k] = True
            for (m, who), dash in zip(after, dashed, strict=True):
                if self.clusters[who].official or any(e in mine for e in self.people[who].events):
                    continue
                if not dash:
                    continue
                if not re.search(r"(?:,|;|\s(?:и|і|а))\s*(?:[а-яёіў-]+\s+){0,2}$",
                                 self.text[max(s0, m.start - 40) : m.start]):  # fmt: skip
                    continue
                head = mine[0]
                self.people[who].events.append(Happening(
                    head.type, s0, s1, si, (m.start, s1), head.date,
                    "shares the verb of the list it stands in", 0.6, head.form))  # fmt: skip
            if self.language == "ru" and self.version >= 2:
                self._gapped(si, trig, mine, after)

    def _gapped(
        self, si: int, trig: Trigger, mine: list[Happening], after: list[tuple[Mention, int]]
    ) -> None:
        """ "в Астане задержаны X и Y, в Кызылорде — Z", "на 10 суток арестован X и на 6
        суток — Z", "двух активистов – X и Y на 10 суток и еще одного – Z": the verb left out
        after a dash, the person after it shares the event."""
        s0, s1 = self.sentences[si]
        for m, who in after:
            if self.clusters[who].official or any(e in mine for e in self.people[who].events):
                continue
            if any(e.type is trig.type and e.sentence == si for e in self.people[who].events):
                continue
            before = self.text[max(trig.end, m.start - 60) : m.start]
            gap = re.search(r"(?:,|\s(?:и|а))\s+((?:[\w«»\"-]+\s+){1,4}?)[—–]\s*$", before)
            if gap is None or find_triggers(self.lex, gap.group(1), 0):
                continue
            if any(NOT_HELD.match(w) or self.lex.people_re.fullmatch(w)
                   for w in gap.group(1).split()):  # fmt: skip
                continue  # "адвокат — X", "его жена — X": someone else's role
            head = mine[0]
            self.people[who].events.append(Happening(
                head.type, s0, s1, si, (m.start, s1), head.date,
                "shares the verb left out before the dash", 0.6, head.form))  # fmt: skip

    @staticmethod
    def _list_reaches(gap: str) -> bool:
        """Whether a list's intro reaches its first name over ``gap``: near, or over words
        with no verb but a list's own ("Среди них оказались известные политзаключённые —
        журналист Белорусской службы Радио Свобода X": a role with its employer)."""
        if len(gap) <= 40:
            return True
        if len(gap) > 100 or re.search(r"[.!?;]", gap):
            return False
        return all(
            morph().parse(w.lower())[0].tag.POS not in {"VERB", "INFN", "PRTS"}
            or _LIST_VERB.fullmatch(w.lower())
            for w in re.findall(r"[^\W\d_]+", gap)
        )

    def _listed(self) -> None:
        """ "Среди помилованных — X и Y", "Сярод іх — X": the persons a list introduces
        share the event its words (or the sentence before) name."""
        officials = self.lex.roles["official"]
        for si, (s0, s1) in enumerate(self.sentences):
            intro = self.lex.list_intro.search(self.text, s0, s1)
            if not intro:
                continue
            word = next((g for g in intro.groups() if g), "").lower()
            kind = next((t for stem, t in LIST_EVENTS.items() if word.startswith(stem)), None)
            if kind is None:
                # "в том числе", "среди них": the group of an event of this sentence or the
                # one before, unless the words before name officials ("оперативников … в
                # том числе").
                if officials.search(self.text[max(s0, intro.start() - 80) : intro.start()]):
                    continue
                recent = [e for e in self.group if si - 1 <= e.sentence <= si
                          and e.start < intro.start()]  # fmt: skip
                # "Першых 14 чалавек, сярод іх быў X, вывезлі 21 чэрвеня": the verb after
                after = [e for e in self.group if e.sentence == si and e.start > intro.end()]
                kind = recent[-1].type if recent else after[0].type if after else None
            if kind is None:
                continue
            named = [x for x in self.subjects.mentions_in(intro.end(), s1)
                     if not self.clusters[x[1]].official]  # fmt: skip
            if not named or len(self.text[intro.end() : named[0][0].start]) > 40:
                continue
            for who in self.subjects._coordinated(named, 0, 1):
                if any(e.type is kind for e in self.people[who].events):
                    continue
                why = f'"{intro.group(0)}" introduces the persons of a list'
                self.people[who].events.append(
                    Happening(kind, s0, s1, si, (intro.start(), s1), None, why, 0.6, "list")
                )

    # -- output ----------------------------------------------------------------------
    def _figures(self) -> list[FoundFigure]:
        finder = self._figure_finder()
        raw: list[RawFigure] = []
        for s0, s1 in self.sentences:
            for f in finder.find(self.text[s0:s1], s0):
                # A number repeated is one figure, whatever its second sentence calls it
                # ("Суд приговорил 11 человек … дело 11 человек, задержанных …": the
                # same eleven, retold); the first telling keeps its category.
                twin = next((x for x in raw if x.value == f.value), None)
                if twin is None:
                    raw.append(f)
                elif f.breakdown and not twin.breakdown:
                    twin.breakdown = f.breakdown
        out: list[FoundFigure] = []
        for f in raw:
            s0, s1 = next((s for s in self.sentences if s[0] <= f.start < s[1]), (f.start, f.end))
            si = self.sentences.index((s0, s1)) if (s0, s1) in self.sentences else -1
            dates = [d for d in self.book.dates.get(si, []) if d.date and d.kind not in {"for", "y"}
                     and not self._since(d)]  # fmt: skip
            as_of = dates[0].date if dates else (
                PartialDate.of(self.published) if self.published else None)  # fmt: skip
            out.append(FoundFigure(
                value=f.value, qualifier=f.qualifier, category=f.category, span=Span(s0, s1),
                of_whom=f.of_whom, as_of=as_of, breakdown=f.breakdown,
                confidence=0.8 if f.category != "other" else 0.6, reason=f.reason))  # fmt: skip
        return out

    def _figure_finder(self) -> FigureFinder:
        return FigureFinder(self.lex)

    def _since(self, d: FoundDate) -> bool:
        return bool(_SINCE.search(self.text[max(0, d.start - 12) : d.start] + d.text[:12]))

    def _quote(self, q: RawQuote) -> FoundQuote:
        """The speaker as the person named where the attribution stands, else the person
        named nearest the quote, in the attribution's direction."""
        speaker: str | None = None
        if q.speaker and q.speaker_at is not None:
            at, end = q.speaker_at, q.speaker_at + len(q.speaker)
            for c in self.clusters:
                if any(at <= m.start < end and m.source != "pronoun" for m in c.mentions):
                    speaker = c.name
            if speaker is None:
                lo, hi = (q.end, end) if at >= q.end else (at, q.start)
                near = self.subjects.mentions_in(lo, hi)
                if near:
                    speaker = self.clusters[near[0 if at >= q.end else -1][1]].name
        return FoundQuote(Span(q.start, q.end), speaker, q.channel,
                          0.7 if speaker else 0.4, q.reason)  # fmt: skip

    def _unnamed_groups(self, figures: tuple[FoundFigure, ...]) -> list[Happening]:
        """The events of unnamed groups to propose."""
        return self.group

    def _dated(self) -> None:
        """Called once every date is set (carried included), before the output."""

    # -- the skeleton's steps -----------------------------------------------------------
    def find_events(self) -> None:
        self._events()

    def attach_members(self) -> None:
        self._listed()

    def carry_dates(self) -> None:
        self.book.carry(self.people, self.group)
        self._dated()

    def _prisoners_list(self, si: int) -> bool:
        """A list named in sentence ``si`` is one of political prisoners: this sentence or
        the two before speak of them, and this one of no register of terrorists, extremists,
        foreign agents or wanted persons."""
        s0, s1 = self.sentences[si]
        w0 = self.sentences[max(0, si - 2)][0]
        return bool(_PRISONERS_TALK.search(self.text, w0, s1)) and not _REGISTER.search(
            self.text, s0, s1
        )

    def _charged_only(self, events: tuple[FoundEvent, ...]) -> bool:
        return (
            self.language == "ru"
            and self.version >= 2
            and all(e.type is EventType.CHARGED for e in events)
        )

    def build(self) -> Extraction:
        persons: list[FoundPerson] = []
        for p in self.people:
            c = p.cluster
            events = () if c.official else tuple(merged(self.text, self.facilities, p.events))
            if c.official:
                role, why = Role.OFFICIAL, c.role_word or "an official"
            elif events and self._charged_only(events):
                # Russian: charged and not said to be held ("предъявил обвинения редакторам
                # X и Y"): not a detainee, the charge stays a claim on the person
                role = Role(c.role) if c.role in {"journalist", "advocate"} else Role.OTHER
                why = "charged, not said to be held: not a detainee"
            elif events:
                role, why = Role.DETAINEE, "an event of detention or release is about them"
            elif c.role == "leader":
                role, why = Role.OFFICIAL, c.role_word or ""
            elif c.role == "detainee":
                role, why = Role.DETAINEE, c.role_word or ""
            elif c.role in {"journalist", "advocate"}:
                role, why = Role(c.role), c.role_word or ""
            else:
                role, why = Role.OTHER, "named in the text"
            best = c.best
            persons.append(FoundPerson(
                name=c.name, role=role, span=Span(best.start, best.end),
                mentions=tuple(Span(m.start, m.end) for m in c.mentions), gender=c.gender,
                events=events, confidence=0.8 if best.source == "ner" else 0.6,
                reason=f"{why}; name from {best.source}", form=c.dictionary))  # fmt: skip
        figures = tuple(self._figures())
        group = tuple(found_event(self.text, self.facilities, e)
                      for e in self._unnamed_groups(figures))  # fmt: skip
        notes: list[str] = []
        if not any(p.role is Role.DETAINEE for p in persons) and not figures and not group:
            notes.append(NOTHING_FOUND)
        return Extraction(
            extractor=self.name, language=self.language, persons=tuple(persons),
            group_events=group, figures=figures,
            facilities=tuple(FoundFacility(f.name, Span(f.start, f.end), 0.8, f.reason)
                             for f in self.facilities),
            organizations=tuple(FoundOrganization(o.name, Span(o.start, o.end), 0.7, o.reason)
                                for o in self.orgs),
            quotes=tuple(self._quote(q) for q in find_quotes(self.text, self.lex)),
            notes=tuple(notes),
        )  # fmt: skip
