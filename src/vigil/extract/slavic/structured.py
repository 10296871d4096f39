"""The run of ``ru.v2`` / ``be.v2``: the token rules of ``run`` with the dependency tree.

What the tree adds (``structure``): the participants of each trigger by voice, through
coordination, apposition, role nouns and relative clauses, beside the names the token
rules find; the members of a list after "среди них", "в том числе", "включая", "сярод
іх", "у тым ліку", each given the event of the group the list belongs to (stated in the
same sentence or the one before, quoted with it) or, after a count of political
prisoners, their recognition; no event of an unnamed group where a figure already counts
it; and in each event's reason where its date came from: the trigger's own phrase in
the tree, its sentence (a time held so far counted back from the publication date: "уже
16 лет", "527 дзён без сувязі"), a neighbouring sentence (the lead's date for the same
kind of event), or the publication date (the day after it for an update stamped after
midnight; none for the story of the past told after an old date).
"""

from __future__ import annotations

import datetime as dt
import re

from vigil.extract.core.carry import family
from vigil.extract.core.dating import UPDATE_STAMP
from vigil.extract.dates import FoundDate
from vigil.extract.slavic.counts import COUNTED as COUNT_OF_PEOPLE
from vigil.extract.slavic.counts import CountFinder, animate
from vigil.extract.slavic.dates import held_so_far
from vigil.extract.slavic.events import Trigger, find_triggers, reported
from vigil.extract.slavic.figures import FigureFinder
from vigil.extract.slavic.happenings import Happening, Person
from vigil.extract.slavic.mentions import cleaned, lone_word, person_shaped
from vigil.extract.slavic.nlp import Entity, Parsed
from vigil.extract.slavic.numerals import NUMBER, parse_number
from vigil.extract.slavic.persons import Cluster, Mention
from vigil.extract.slavic.run import LIST_EVENTS, Run
from vigil.extract.slavic.structure import NOT_HELD, RELATIVE, Structure
from vigil.extract.types import FoundFigure
from vigil.model import EventType, PartialDate

__all__ = ["StructuredRun"]

# Lists the token rules do not know: "включая X", "including" in Belarusian "уключаючы X".
_MORE_INTROS = re.compile(r"(?<![\w-])(?:включая|уключаючы|улучаючы|в\s+частности|у\s+прыватнасці)"
                          r"(?![\w-])", re.I)  # fmt: skip
# "Один из них — X": a sentence that opens so names one of the group of the sentence before.
_ONE_OF = re.compile(r"\s*(?:один|одна|адзін|адна)\s+(?:из|з)\s+(?:них|іх)(?![\w-])", re.I)
_HELD = re.compile(r"(?<![\w-])(?:политзаключ|политическ\w+\s+(?:заключ|узник)|палітвязн|"
                   r"палітычн\w+\s+вязн)", re.I)  # fmt: skip
# A count of political prisoners still held ("остаются", "утрымліваюцца"), not newly named.
_STILL_HELD = re.compile(
    r"(?<![\w-])(?:оста[её]тся|остаются|находятся|содержатся|застаецца|застаюцца|знаходзяцца|"
    r"утрымліваюцца|за\s+решётк\w+|за\s+решетк\w+|за\s+кратамі)(?![\w-])",
    re.I,
)
_BY_NAME = ("named before the trigger", "named after the trigger")
_DASH = re.compile(r"[:—–]")
# A name a bracketed note splits or a name inside the note ("Инсафа (также … как Ильсам)
# Алиева"): one item of a list.
_BRACKETED = re.compile(r"\s*\((?:[^()]{0,80}\)\s*|[^()]{0,80})\S")
_NEXT_DAY = re.compile(
    r"(?<![\w-])(?:(?P<one>на\s+следующий\s+день|на\s+другой\s+день|назавтра|"
    r"на\s+наступны\s+дзень|наступнага\s+дня|назаўтра)|(?P<week>(?:через|спустя|праз)\s+"
    r"(?:неделю|тыдзень))|(?:через|спустя|праз)\s+(?P<n>\d{1,2}|[а-яёіў]+)\s+"
    r"(?:дн(?:я|ей)|дзён|дні|суток|сутки))(?![\w-])",
    re.I,
)
_UPDATE = UPDATE_STAMP  # an update's time stamp opening a paragraph (core)
_RELATIVE_BEFORE = re.compile(
    r",\s*(?:(?P<nom>которы[йе]|которая|які|якая|якія)|которо(?:го|й|му)|которую|которых|"
    r"которым|якога|якую|якой|якіх|якому|якім)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# Between a name and the comma of its relative clause: "з Баранавіч", "(28 лет)".
_ANTECEDENT_GAP = re.compile(r"(?:\s+(?:з|из|са|со|с)\s+[А-ЯЁІЎ][\w-]*)?\s*(?:\([^()]{0,40}\))?\s*")
_COUNTED = re.compile(rf"(?<![\w-])(?:\d[\d ]*|{NUMBER})\s+(?:[а-яёіў’-]+\s+)?[а-яёіў’-]+", re.I)
_NEW_HELD = re.compile(r"(?<![\w-])(?:новы[яех]|новые|новых)\s+(?:палітвязн|политзаключ|"
                       r"палітычн\w+\s+вязн|политическ\w+\s+заключ)", re.I)  # fmt: skip
_HELD_HEAD = re.compile(
    r"(?<![\w-])(?:палітвязь?ні|палітвязь?няў|политзаключ[её]нные|политзаключ[её]нных|"
    r"палітычныя\s+вязні|политические\s+заключ[её]нные)(?![\w-])[^.:;—–]{0,40}?(?::\s|[—–]\s+(?=[А-ЯЁІЎ]))",
    re.I,
)
# The age and the town of a list item, between the name and the term: ", 34 гады, Брэст".
_AGE = r"\d{1,3}\s+(?:год|гады|гадоў|года|лет)"
_AGE_PLACE = rf",\s*{_AGE}\s*(?:,\s*[А-ЯЁІЎ][\w’'-]+(?:\s+[А-ЯЁІЎ][\w’'-]+)?)?"
_AFTER_AGE = re.compile(rf"{_AGE}\s*,\s*$", re.I)
# A term right after a name, with no verb: "— 3 гады калоніі", "(5 лет колонии)", each
# of a list: "— па 2 гады \"хатняй хіміі\"".
_TERM_AFTER = re.compile(
    rf"(?:{_AGE_PLACE})?\s*(?:,\s*|[—–]\s*|\(\s*)(?:(?:да|к|на|па|по)\s+)?(?:{NUMBER})\s+(?:гадоў|гады|год|года|лет|"
    rf"гадам|годам|годам|месяц\w*)(?:\s+(?:і|и)\s+(?:{NUMBER})\s+месяц\w*)?\s+(?:[\w«»\"“„]+\s+)?"
    rf"[«\"“„]?(?:кал[оё]ні|хімі|турм|пазбаўленн|зняволенн|абмежаванн|колони|тюрьм|лишени|заключени|"
    rf"ограничени|хими|строгага|строгого|усиленного|[уў]змоцненага|общего|агульнага|особого|"
    rf"асаблівага)\w*",
    re.I,
)
# Between two names of a list: ", ", " і ", ", і палітвязень ".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:і|и)\s+)?|\s(?:і|и)\s+)(?:[а-яёіў’-]+\s+){0,2}")
# A term asked for, not given: "пракуроры папрасілі прызначыць пакаранне для: X — 2 гады",
# "прокурор запросил для X 5 лет".
_ASKED = re.compile(
    r"(?<![\w-])(?:(?:за|па)?прас(?:іў|іла|ілі|іць)|(?:за|по)?прос(?:ил|ила|или|ит|ят)|"
    r"патрабу\w+|патрабава\w+|требу\w+|потребова\w+)(?![\w-])",
    re.I,
)
# Where a sentence ends (not at "ч.1 ст.342"): the list items of a request stand after it.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[А-ЯЁІЎ«\d])")
# The mark that opens an item of a list written one per line: "1.", "2)", "—", "•".
_ITEM_MARK = re.compile(r"\s*(?:\d{1,3}\s*[.)]|[-—–•*·])?\s*")
_CANDIDATE = re.compile(r"(?:кандидат\w*|кандыдат\w*)\s+(?:в|у|ў)\s+(?:президент|прэзідэнт)\w*"
                        r"(?:\s+[А-ЯЁІЎ][\w-]*)?\s*$", re.I)  # fmt: skip


class StructuredRun(Run):
    """``Run`` with the dependency tree of each sentence that holds a trigger or a list."""

    def __init__(
        self, text: str, parsed: Parsed, published: dt.date | None, language: str, name: str
    ) -> None:
        super().__init__(text, parsed, published, language, name)
        self.structure = Structure(text, self.sentences, self.clusters, language)
        self.subjects.v2, self.subjects.sentences_bounds = True, list(self.sentences)

    version = 2

    def _role(self, c: Cluster) -> None:
        super()._role(c)
        if not c.official or (c.role_word or "").startswith("a head of state"):
            return
        for m in c.mentions:  # "экс-кандидат в президенты X": a candidate, no official
            if _CANDIDATE.search(self.text[max(0, m.start - 60) : m.start]):
                c.official, c.role, c.role_word = False, None, "described as a candidate"
                return

    def _events(self) -> None:
        """Parse the sentences with a trigger or a list first, in one batch."""
        wanted = [
            si for si, (s0, s1) in enumerate(self.sentences)
            if find_triggers(self.lex, self.text[s0:s1], s0)
            or self.lex.list_intro.search(self.text, s0, s1)
            or _MORE_INTROS.search(self.text, s0, s1)
        ]  # fmt: skip
        self.structure.prepare(wanted)
        super()._events()

    def _participants(self, trig: Trigger, sent: tuple[int, int], si: int) -> tuple[list[int], str]:
        relative = self._relative(trig, sent)
        if relative:
            return relative, "the persons a relative pronoun before the trigger stands for"
        people, why = self.subjects.of(trig, sent, si)
        if people and why == "named after the trigger":
            first = min(m.start for m, w in self.subjects.mentions_in(*sent) if w in people)
            words = self.text[trig.head_end : first].split()
            # the relation noun heads the name (at most three words after it): "защитников
            # сквера на Заречной у метро Парнас – X, Y и Z" is a group the dash then names
            if (
                2 <= len(words) <= 4
                and NOT_HELD.match(words[0])
                and not _DASH.search(self.text[trig.head_end : first])
            ):
                # "затрымалі мужа палітвязенкі X": her husband, not X
                return [], f'the event is about "{words[0]}" of the person named, not them'
        found, how = self.structure.participants(trig, si)
        free = {w for _, w in self.subjects.mentions_in(*sent)}  # not quoted, not a source
        found = [p for p in found if not self.clusters[p].official and p in free]
        if not found:
            return self._counted_instead(trig, sent, si, people, why)
        if how == RELATIVE or not people or not why.startswith(_BY_NAME):
            return found, f"{how} (dependency parse)"
        extra = [p for p in found if p not in people]
        if not extra:
            return people, f"{why}; {how} (dependency parse)"
        return people + extra, f"{why}; others: {how} (dependency parse)"

    def _counted_instead(
        self, trig: Trigger, sent: tuple[int, int], si: int, people: list[int], why: str
    ) -> tuple[list[int], str]:
        """Russian only (the Belarusian parse is too rough for a veto): where the token
        rules took a name from the side they fall back to, and the tree says the event is
        about a counted people noun, the name is someone else."""
        fallback = (why == "named after the trigger" and trig.voice == "before") or (
            why == "named before the trigger" and trig.voice == "after"
        )
        if not people or not fallback:
            return people, why
        first = min(m.start for m, w in self.subjects.mentions_in(*sent) if w in people)
        lo, hi = sorted((first, trig.end))
        if re.search(r"[:—–]", self.text[lo:hi]):
            return people, why  # "Задержаны: X, Y": a list the tree may not hang on the verb
        noun = self.structure.counted_argument(trig, si, self.lex.people_re)
        if self.language == "be":  # the rough Belarusian tree must agree with the words
            side = (self.text[trig.head_end : trig.head_end + 40] if trig.voice == "after"
                    else self.text[max(sent[0], trig.start - 40) : trig.start])  # fmt: skip
            counted = _COUNTED.search(side)
            if noun is None or counted is None or not self.lex.people_re.search(counted.group(0)):
                return people, why
        if noun is None:
            return people, why
        if self.text[max(sent[0], first - len(noun) - 2) : first].rstrip().endswith(noun):
            return people, why  # "задержаны активисты X и Y": the noun the names stand by
        return [], f'the parse says the event is about "{noun}", not a named person'

    def _relative(self, trig: Trigger, sent: tuple[int, int]) -> list[int]:
        """ "X, якую асудзілі", "X і Y, который были задержаны": the persons named right
        before the comma of a relative pronoun next to the trigger (a token rule, for the
        texts the parse reads badly). A nominative pronoun before an active verb is its
        agent, not whom the event is about."""
        found = _RELATIVE_BEFORE.search(self.text, sent[0], trig.start)
        if found is None:
            return []
        if found.group("nom") and trig.voice == "after" and trig.form in {"finite", "auto"}:
            return []  # "X, который задержал Y": X is the agent
        near = self.subjects.mentions_in(sent[0], found.start() + 1)
        if not near or not _ANTECEDENT_GAP.fullmatch(self.text[near[-1][0].end : found.start()]):
            return []
        return [w for w in self.subjects._coordinated(near, len(near) - 1, -1)
                if not self.clusters[w].official]  # fmt: skip

    def _entities(self, entities: list[Entity]) -> list[Entity]:
        return person_shaped(entities)

    def _kept(self, mentions: list[Mention]) -> list[Mention]:
        return cleaned(self.text, mentions)

    def _clustered(self, clusters: list[Cluster]) -> list[Cluster]:
        # Belarusian only: natasha's Russian model reads Belarusian capitalised nouns as
        # names; Russian news names people by a bare surname more often (the ru sets drop)
        return [c for c in clusters if self.language != "be" or not lone_word(c, self.text)]

    def _pick_date(
        self,
        trig: Trigger,
        dates: list[FoundDate],
        sent: tuple[int, int],
        si: int,
        triggers: list[Trigger],
    ) -> FoundDate | None:
        found = super()._pick_date(trig, dates, sent, si, triggers)
        if found is not None and not self._until(found):
            return found
        # "продлил арест до 25 июля": when it ends, not when it began
        dates = [d for d in dates if not self._until(d)]
        usable = [d for d in dates if d.date is not None and d.kind != "for"
                  and not reported(self.lex, d, sent[0], self.text[sent[0] : sent[1]])
                  and not re.search(r"(?:^|\s)(?:до|да|па|по)\s+$",
                                    self.text[max(0, d.start - 5) : d.start])]  # fmt: skip

        def far(t: Trigger, d: FoundDate) -> int:
            return min(abs(d.start - t.end), abs(t.start - d.end))

        others = [t for t in triggers if t is not trig]
        # The tree too gives no date nearer to a trigger of another kind: "Вольгу, якой на
        # момант затрымання ў студзені 2019 году не было 18, асудзілі": January is the
        # detention's, however the parse hangs it on the verb.
        rivals = [t for t in others if t.type is not trig.type]
        tied = [d for d in usable if not any(far(t, d) < far(trig, d) for t in rivals)]
        i = self.structure.date_of(trig, si, [(d.start, d.end) for d in tied])
        if i is not None:
            return tied[i]

        # The sentence: a date before the trigger, more than a year, no other trigger
        # nearer to it ("Раней, у лютым, суд асудзіў"; not "Задержанный в мае X осужден").
        before = [d for d in usable if d.end <= trig.start and d.kind != "y"
                  and not any(far(t, d) < far(trig, d) for t in others)]  # fmt: skip
        if before:
            return before[-1]
        return self._served(trig, dates, sent, others)

    def _served(
        self, trig: Trigger, dates: list[FoundDate], sent: tuple[int, int], others: list[Trigger]
    ) -> FoundDate | None:
        """ "уже отсидевший 16 лет", "527 дзён без сувязі": a time held so far, in the
        trigger's clause, dates the detention (or the loss of contact) it has lasted since,
        counted back from the publication date. Not a detention beside an incommunicado
        trigger: the count is the silence's, not the arrest's."""
        if trig.type not in {EventType.DETAINED, EventType.INCOMMUNICADO}:
            return None
        if re.search(r"ШИЗО|ШІЗА|ПКТ|изолятор|ізалятар", self.text[trig.start : trig.end], re.I):
            return None  # "провел в ШИЗО уже 226 дней": days in a punishment cell, all told
        if trig.type is EventType.DETAINED and any(
            t.type is EventType.INCOMMUNICADO for t in others
        ):
            return None
        lo = max(self.text.rfind(";", sent[0], trig.start) + 1, sent[0])
        hi = self.text.find(";", trig.end, sent[1])
        hi = hi if hi >= 0 else sent[1]
        return self.book.duration([d for d in dates if held_so_far(d) and lo <= d.start < hi])

    def _eventful(self, si: int) -> bool:
        """Whether sentence ``si`` states an event (of a group or of a person)."""
        return any(e.sentence == si for e in self.group) or any(
            e.sentence == si for p in self.people for e in p.events
        )

    def _listed(self) -> None:
        """The persons a list introduces share the event its words name, the event of the
        group of this sentence or the one before, or, after a count of political prisoners,
        their recognition."""
        officials = self.lex.roles["official"]
        for si, (s0, s1) in enumerate(self.sentences):
            intro = (
                self.lex.list_intro.search(self.text, s0, s1)
                or _MORE_INTROS.search(self.text, s0, s1)
                or _ONE_OF.match(self.text, s0, s1)
            )
            if not intro:
                continue
            word = next((g for g in intro.groups() if g), "").lower()
            kind = next((t for stem, t in LIST_EVENTS.items() if word.startswith(stem)), None)
            source: Happening | None = None
            why = f'"{intro.group(0).strip()}" introduces the persons of a list'
            if kind is None:
                if officials.search(self.text[max(s0, intro.start() - 80) : intro.start()]):
                    continue  # "оперативников … в том числе": officials
                # A list that opens its sentence ("Среди них —") may belong to the one
                # before; one inside it ("…, в том числе X") to its own sentence.
                first = si - 1 if intro.start() - s0 < 4 else si
                if first == si - 1 and not self._eventful(si - 1):
                    # "… памілаваў 18 чалавек. Праваабаронцы ўстанавілі некалькі імёнаў.
                    # Гэта X, Y і Z": a sentence of no event between the group and its list
                    first = si - 2
                recent = [e for e in self.group if first <= e.sentence <= si
                          and e.start < intro.start()]  # fmt: skip
                if not recent:
                    recent = [e for p in self.people for e in p.events
                              if first <= e.sentence <= si and e.start < intro.start()
                              and e.form != "list"]  # fmt: skip
                if recent:
                    source = max(recent, key=lambda e: (e.sentence, e.start))
                    kind = source.type
                    where = "this sentence" if source.sentence == si else "the sentence before"
                    why = (f"the group's event, stated in {where}, carried to a member "
                           f'named in the list after "{intro.group(0).strip()}"')  # fmt: skip
                elif _HELD.search(self.text, self.sentences[max(0, si - 1)][0], intro.start()):
                    kind = EventType.RECOGNIZED_POLITICAL_PRISONER
                    why = (f'named in a list of political prisoners after "'
                           f'{intro.group(0).strip()}"')  # fmt: skip
                    if _STILL_HELD.search(self.text, s0, intro.start()):
                        # "в колонии остаются 80 политзаключенных, среди них — X": held
                        kind = EventType.DETAINED
                        why = (f'named in a list of political prisoners still held, after "'
                               f'{intro.group(0).strip()}"')  # fmt: skip
            if kind is None:
                continue
            named = self.structure.members(si, intro.end())
            v1 = [x for x in self.subjects.mentions_in(intro.end(), s1)
                  if not self.clusters[x[1]].official]  # fmt: skip
            if v1 and self._list_reaches(self.text[intro.end() : v1[0][0].start]):
                named += [w for w in self.subjects._coordinated(v1, 0, 1) if w not in named]
            # "маці палітвязня X Ірына Y": X, in the genitive right before another name,
            # owns it and is not one of the list.
            owners = {v1[k][1] for k in range(len(v1)) if self.subjects._owner(v1, k)}
            named = [w for w in named if w not in owners]
            for who in named:
                if any(e.type is kind for e in self.people[who].events):
                    continue
                start = source.start if source else s0
                self.people[who].events.append(Happening(
                    kind, start, s1, si, (intro.start(), s1), source.date if source else None,
                    why, 0.6, "list", inherited=source is not None and source.date is not None,
                ))  # fmt: skip
        self._lined()
        self._held_list()
        self._termed()
        self._counted()
        self._counted_members()

    def _counted_members(self) -> None:
        """Russian: "Суд приговорил 11 человек … Обвиняемые – X, Y, … (eleven names)",
        "обыски прошли у X, Y, … (eight names). … задержаны восемь мужчин": a list of three
        names or more takes the events of a sentence (up to three before it, two after it,
        or its own) that counts as many people as the list names."""
        if self.language != "ru":
            return
        for si, (s0, s1) in enumerate(self.sentences):
            found = [x for x in self.subjects.mentions_in(s0, s1)
                     if not self.clusters[x[1]].official]  # fmt: skip
            # "отца Мустафаева Энвера", "соратники Николая X Сергей Y": the owner of the
            # name after it is not one of the list
            items = [x for k, x in enumerate(found) if not self.subjects._owner(found, k)
                     and not (k and _BRACKETED.fullmatch(self.text, found[k - 1][0].end,
                                                         x[0].start + 1))]  # fmt: skip
            # a list of three or more ("X, Y и Z"); its size is the sentence's names (a name
            # the list's gaps do not reach, "Инсафа (также … как Ильсам) Алиева", counts)
            if max((len(self.subjects._coordinated(items, k, 1)) for k in range(len(items))),
                   default=0) < 3:  # fmt: skip
                continue
            listed = list(dict.fromkeys(w for _, w in items))
            near = [si, *range(si - 1, max(-1, si - 4), -1),
                    *range(si + 1, min(len(self.sentences), si + 3))]  # fmt: skip
            for sj in near:
                kinds = self._counted_events(sj, len(items))
                for kind, source in kinds:
                    for who in listed:
                        if any(e.type is kind for e in self.people[who].events):
                            continue
                        self.people[who].events.append(Happening(
                            kind, source.start, source.end, source.sentence, source.window,
                            source.date, f"{source.reason}; a count of as many people as the "
                            f"list of {len(items)} names in sentence {si + 1} holds", 0.6, "list",
                            inherited=source.date is not None, at=source.at,
                        ))  # fmt: skip

    def _counted_events(self, sj: int, n: int) -> list[tuple[EventType, Happening]]:
        """The events of sentence ``sj`` when it counts exactly ``n`` people ("11 человек",
        "восьмерых участников"), each with the happening it is told by (of the group, or of a
        person the sentence names)."""
        a0, a1 = self.sentences[sj]
        counted = False
        for m in COUNT_OF_PEOPLE.finditer(self.text, a0, a1):
            v = parse_number(m.group("n"))
            noun = m.group("noun")
            if v == n and (animate(noun, n, oblique=True) or self.lex.people_re.fullmatch(noun)):
                counted = True
        if not counted:
            return []
        told = [e for e in self.group if e.sentence == sj]
        told += [e for p in self.people for e in p.events if e.sentence == sj and e.form != "list"]
        found: list[tuple[EventType, Happening]] = []
        for trig in find_triggers(self.lex, self.text[a0:a1], a0):
            if trig.type is EventType.CHARGED:
                continue  # "дело 11 обвиняемых": a label, not an event of the list
            mine = [e for e in told if e.type is trig.type]
            source = mine[0] if mine else Happening(
                trig.type, a0, a1, sj, (trig.start, a1), None, trig.reason, 0.6, trig.form,
                at=trig.start,
            )  # fmt: skip
            if all(kind is not trig.type for kind, _ in found):
                found.append((trig.type, source))
        return found

    def _lined(self) -> None:
        """ "Палітвязнямі прызнаныя:\n1. Алег Драгун (Мінск);\n2. …": a sentence that ends
        with a colon after a trigger that names nobody, then lines that each open with an
        item mark ("1.", "—", "•") or a name: the first name of each line gets the event."""
        for si, (s0, s1) in enumerate(self.sentences):
            head = self.text[s0:s1].rstrip()
            if not head.endswith(":") or si + 1 >= len(self.sentences):
                continue
            triggers = [t for t in find_triggers(self.lex, head, s0)
                        if not any(e.sentence == si and e.at == t.start
                                   for p in self.people for e in p.events)]  # fmt: skip
            if triggers:
                kind = triggers[-1].type
            elif _NEW_HELD.search(head):  # "Новыя палітвязні:", "Новые политзаключенные:"
                kind = EventType.RECOGNIZED_POLITICAL_PRISONER
            elif self.language == "ru" and (
                before := [g for g in self.group if g.sentence == si - 1 and not g.inherited]
            ):
                # "Суд водворил под стражу 11 сотрудников. … в СИЗО будут находиться:" and
                # one line per person: the members of the group the sentence before counts
                g = before[-1]
                why = (
                    f'one of the lines listed after "{head[-40:].strip()}", members of '
                    f'the group of the sentence before "{self.text[g.start : g.start + 60]}"'
                )
                self._members_lined(si, g.type, why, (g.start, g.end, g.sentence), g.date)
                continue
            else:
                continue
            why = (f'one of the lines listed after "{head[-40:].strip()}", '
                   "which states the event and names nobody")  # fmt: skip
            self._members_lined(si, kind, why, (s0, s1, si))

    def _members_lined(
        self,
        si: int,
        kind: EventType,
        why: str,
        quote: tuple[int, int, int],
        date: FoundDate | None = None,
    ) -> None:
        """The first name of each line after sentence ``si`` gets the event ``kind``, quoting
        ``quote`` (start, end, its sentence)."""
        for sj in range(si + 1, len(self.sentences)):
            a, b = self.sentences[sj]
            mark = _ITEM_MARK.match(self.text, a, b)
            start = mark.end() if mark else a
            named = [x for x in self.subjects.mentions_in(start, b)
                     if not self.clusters[x[1]].official]  # fmt: skip
            if not named or named[0][0].start - start > 3:
                break
            who = named[0][1]
            if NOT_HELD.match(self.text[start : named[0][0].start].strip() or "-"):
                continue
            if any(e.type is kind for e in self.people[who].events):
                continue
            self.people[who].events.append(Happening(
                kind, quote[0], quote[1], quote[2], (a, b), date, why, 0.6, "list"))  # fmt: skip

    def _held_list(self) -> None:
        """ "Палітвязні з Ліды: X (…), Y (…)", "Среди политзаключенных региона: X — …": the
        persons named after a colon or dash that follows a plural of political prisoners are
        political prisoners (detainees), with no event of their own."""
        for s0, s1 in self.sentences:
            head = _HELD_HEAD.search(self.text, s0, s1)
            if head is None:
                continue
            for m, who in self.subjects.mentions_in(head.end(), s1):
                c = self.clusters[who]
                if c.official or c.role == "detainee":
                    continue
                words = self.text[max(head.end(), m.start - 30) : m.start].split()
                if words and NOT_HELD.match(words[-1]):
                    continue  # "адвакат X"
                c.role, c.role_word = "detainee", f'listed after "{head.group(0).strip()}"'

    def _termed(self) -> None:
        """ "Ігар Сцепанюк — 3 гады калоніі", "Тамара Лазарук (2 гады хіміі)": a prison term
        right after a name, with no verb, is that person's sentence."""
        for ci, c in enumerate(self.clusters):
            if c.official or any(e.type in {EventType.SENTENCED, EventType.CONVICTED_IN_ABSENTIA}
                                 for e in self.people[ci].events):  # fmt: skip
                continue
            for m in c.mentions:
                if m.source == "pronoun":
                    continue
                found = _TERM_AFTER.match(self.text, self._listed_to(m.end))
                if found is None or _AFTER_AGE.search(self.text, max(0, m.start - 16), m.start):
                    continue  # "…, 27 гадоў, Кобрын — 1,5 года": the town, after the age
                ends = list(_SENTENCE_END.finditer(self.text, max(0, m.start - 800), m.start))
                if _ASKED.search(self.text, ends[-1].end() if ends else 0, m.start):
                    continue  # the list of terms the prosecutor asked for
                si = next((i for i, (a, b) in enumerate(self.sentences) if a <= m.start < b), -1)
                if si < 0:
                    continue
                s0, s1 = self.sentences[si]
                self.people[ci].events.append(Happening(
                    EventType.SENTENCED, s0, s1, si, (m.end, found.end()), None,
                    f'a prison term right after the name ("{found.group(0).strip()[:40]}")',
                    0.6, "list", listed=True))  # fmt: skip
                break

    def _listed_to(self, at: int) -> int:
        """Where the list of names that goes on at ``at`` ends: "X, Y і палітвязень Z — па
        2 гады": the end of Z, each name joined by a comma or "і"/"и" (a role word or two
        before it allowed); ``at`` itself where no name follows."""
        starts = {m.start: m.end for c in self.clusters for m in c.mentions
                  if m.source != "pronoun"}  # fmt: skip
        while (gap := _LIST_JOIN.match(self.text, at)) is not None and gap.end() in starts:
            at = starts[gap.end()]
        return at

    def _counted(self) -> None:
        """ "Прызналі палітвязнямі яшчэ 7 чалавек. … Арцёма Міцука, …, Уладзіслава
        Зяневіча": an event of N unnamed persons, and in the next two sentences a list of
        exactly N names: each named person gets the group's event."""
        finder = FigureFinder(self.lex)
        for e in self.group:
            s0, s1 = self.sentences[e.sentence]
            counts = {f.value for f in finder.find(self.text[s0:s1], s0)}
            for sj in range(e.sentence, min(e.sentence + 3, len(self.sentences))):
                a, b = self.sentences[sj]
                inside = self.subjects.mentions_in(max(a, e.window[0]), b)
                if not inside:
                    continue
                listed = self.subjects._coordinated(inside, 0, 1)
                if len(listed) < 2 or len(listed) not in counts:
                    continue
                if any(self.clusters[w].official for w in listed):
                    continue
                where = "the same sentence" if sj == e.sentence else "a later sentence"
                why = (f"the event of a group of {len(listed)}, carried to the "
                       f"{len(listed)} persons named in {where}")  # fmt: skip
                for who in listed:
                    if any(x.type is e.type for x in self.people[who].events):
                        continue
                    self.people[who].events.append(Happening(
                        e.type, e.start, b, sj, e.window, e.date, why, 0.6, "list",
                        inherited=e.date is not None))  # fmt: skip
                break

    def _figure_finder(self) -> FigureFinder:
        return CountFinder(self.lex)

    def _unnamed_groups(self, figures: tuple[FoundFigure, ...]) -> list[Happening]:
        """No event of an unnamed group where a figure of its sentence gives the count."""
        spans = [(f.span.start, f.span.end) for f in figures]
        return [e for e in self.group if not any(a < e.end and e.start < b for a, b in spans)]

    def _next_day(self, e: Happening) -> None:
        """ "На следующий день их отпустили", "через три дня", "праз тыдзень": days after the
        last full date of this sentence or the two before."""
        s0, s1 = self.sentences[e.sentence]
        later = _NEXT_DAY.search(self.text, s0, s1)
        if later is None:
            return
        count = parse_number(later.group("n")) if later.group("n") else None
        days = 1 if later.group("one") else 7 if later.group("week") else count
        if days is None or days != int(days) or not 0 < days < 60:
            return
        what = "the day" if days == 1 else f"{int(days)} days"
        for si in (e.sentence, e.sentence - 1, e.sentence - 2):
            found = [(d, d.date) for d in self.book.dates.get(si, []) if d.start < e.trigger_at]
            full = [(d, p) for d, p in found if p and p.month and p.day]
            if full:
                d, p = full[-1]
                day = dt.date(p.year, p.month or 1, p.day or 1) + dt.timedelta(days=int(days))
                e.date = FoundDate(d.start, d.end, PartialDate.of(day), "dmy", d.text)
                e.inherited = si != e.sentence
                e.date_from = f'{what} after "{d.text}"'
                return

    def _status_dates(self) -> None:
        """A status ("адбываў тэрмін", "находится в СИЗО") keeps a date carried from another
        sentence only if that sentence names the same person."""
        for p in self.people:
            for e in p.events:
                if e.form != "state" or not e.inherited or e.date is None:
                    continue
                at = e.date.start
                s0, s1 = next((s for s in self.sentences if s[0] <= at < s[1]), (at, at))
                if not any(s0 <= m.start < s1 for m in p.cluster.mentions):
                    e.date, e.inherited = None, False

    def _lead(self, e: Happening) -> None:
        """A news event dated only by the publication date takes the date of the same kind
        of event in the lead (the first two sentences: "28 октября задержали около 60
        человек. … В Ростове задержан один человек — X"), when that date is a day of the
        week before publication: the lead says when the story's events happened."""
        if self.published is None or e.sentence < 1:
            return
        lead = [x for x in [*self.group, *(y for p in self.people for y in p.events)]
                if x.sentence <= 1 and x.sentence < e.sentence and x.date is not None
                and x.date.kind != "published" and family(x.type) == family(e.type)]  # fmt: skip
        for x in lead:
            d = x.date
            p = d.date if d is not None else None
            if d is None or p is None or not (p.month and p.day):
                continue
            day = dt.date(p.year, p.month, p.day)
            if 0 <= (self.published - day).days <= 7:
                e.date, e.inherited = d, True
                e.date_from = f'the lead\'s date for the same kind of event ("{d.text}")'
                return

    def _after_midnight(self, e: Happening) -> None:
        """ "UPD (01:20): Полиция отпускает задержанных": an event told in an update
        stamped after midnight and before six, with no date of its own, happened the day
        after the publication date (the story's day)."""
        if self.published is None:
            return
        stamp = None
        for m in _UPDATE.finditer(self.text):
            if m.start() > e.start:
                break
            stamp = m
        if stamp is None or int(stamp.group("h")) >= 6:
            return
        if "\n\n" in self.text[stamp.end() : e.start] or _UPDATE.search(
            self.text, stamp.end(), e.start
        ):
            return  # another paragraph, or a later update
        day = self.published + dt.timedelta(days=1)
        e.date = FoundDate(stamp.start(), stamp.end(), PartialDate.of(day), "published",
                           stamp.group(0))  # fmt: skip
        e.date_from = (f'the day after the publication date: the update is stamped '
                       f'{stamp.group("h")}:{stamp.group("m")}, after midnight')  # fmt: skip

    def _told_after(self, person: Person, e: Happening) -> bool:
        """Whether ``e`` goes on with the story of an earlier event of the same person told
        with a date of its own more than a month before publication, in the sentence before
        ("Анну Кирееву задержали 2 февраля 2024 года. Ее обвинили …"): the story of the
        past, which the publication date does not date."""
        if self.published is None:
            return False
        for x in person.events:
            d = x.date.date if x.date is not None else None
            if x is e or d is None or x.sentence != e.sentence - 1 or x.inherited:
                continue
            if x.date is not None and x.date.kind in {"published", "for"}:
                continue
            day = dt.date(d.year, d.month or 12, d.day or 28)
            if (self.published - day).days > 31:
                return True
        return False

    def _dated(self) -> None:
        self._status_dates()
        for p in self.people:
            for e in p.events:
                if e.date is not None and e.date.kind == "published":
                    self._lead(e)
                if e.date is not None and e.date.kind == "published" and not e.date_from:
                    self._after_midnight(e)
                published = e.date is not None and e.date.kind == "published"
                if published and not e.date_from and self._told_after(p, e):
                    e.date, e.inherited = None, False  # the reviewer gives the date
        for e in [x for p in self.people for x in p.events] + self.group:
            if e.date is None or e.date.date is None or e.date.kind == "published":
                self._next_day(e)
            if e.date_from:
                continue
            d = e.date
            if d is None or d.date is None:
                continue
            if d.kind == "published":
                e.date_from = "the publication date (the text gives none)"
            elif d.kind == "for":
                where = " (a neighbouring sentence)" if e.inherited else ""
                e.date_from = f'"{d.text}" counted back from the publication date{where}'
            elif e.inherited:
                e.date_from = f'a neighbouring sentence ("{d.text}")'
            elif self._linked(e, d.start, d.end):
                e.date_from = f'the trigger\'s own phrase in the parse ("{d.text}")'
            else:
                e.date_from = f'the same sentence ("{d.text}")'

    def _linked(self, e: Happening, start: int, end: int) -> bool:
        """Whether the date hangs on the trigger in the tree (or the trigger on it)."""
        if e.at < 0 or e.sentence not in self.structure._trees:
            return False
        tree = self.structure.tree(e.sentence)
        t, d = tree.at(e.at, e.at + 1), tree.at(start, end)
        if t is None or d is None:
            return False
        return t in tree.ancestors(d) or d in tree.ancestors(t)
