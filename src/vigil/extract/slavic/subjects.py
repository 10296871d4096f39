"""Whom a Russian or Belarusian trigger is about: named persons, a pronoun, or the person
of the sentence before when the subject is left out.

The trigger's voice says which side to look at first; a list beside the person found
("Задержаны: Рословцев, Зинякина и Михайлов") shares the event. "его", "её", "ён", "яна"
go to the last person named of that gender; "их", "задержанных" to the persons of the
event before. Officials are never the subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vigil.extract.slavic.events import Trigger
from vigil.extract.slavic.lexicon import Lexicon
from vigil.extract.slavic.numerals import NUMBER
from vigil.extract.slavic.persons import DESCRIPTORS, Cluster, Mention
from vigil.extract.slavic.structure import NOT_HELD

__all__ = ["Subjects"]

_ROLE_BEFORE = re.compile(rf"^(?:{DESCRIPTORS}|маці|бацька|сын|дачка|жонка|муж)$", re.I)

# Between two names of a list: a separator, with the item's origin before it ("X из
# Нахимовского района, Y") and words of the next item's own before the next name ("…, в
# Кызылорде — Z").
_LIST_GAP = re.compile(
    r"(?:\s+(?:из|с|со|з|са)\s+[А-ЯЁІЎ][\w-]*(?:\s+(?-i:[а-яёіў][\w-]*)){0,2})?"
    r"\s*(?:\([^()]{0,60}\))?\s*(?:,|;|и|і|й|ды|а\s+также|а\s+таксама|—|вместе\s+с|разам\s+з)?"
    r"\s*(?:,|и|і)?\s*"
    r"(?:(?:(?-i:[а-яёіў][\w-]*)|[А-ЯЁІЎA-Z]{2,}|(?:из|с|со|з|са|в|во|у|ў)\s+[А-ЯЁІЎ][\w-]*"
    r"(?:\s*[—–])?)\s+){0,4}",
    re.IGNORECASE,
)
_VERBISH = re.compile(r"(?:л|ла|ли|ло|лі|ет|ют|ит|ят|ется|ются|ся|ась|ись|ліся|ецца|юцца|"
                      r"ць|ти|ть)$", re.I)  # fmt: skip
_KIN = re.compile(
    r"^\s*(?:подзащитн\w*|падабаронн\w*|коллег\w*|калег\w*|муж\w*|жен\w*|сын\w*|доч\w*|"
    r"брат\w*|сестр\w*|отц\w*|отец|мать|матер\w*|мам\w*|пап\w*|адвокат\w*|мужа|жонк\w*|"
    r"бацьк\w*|маці|дачк\w*|сястр\w*|адвакат\w*)\b",
    re.IGNORECASE,
)
# Words between a name and a later trigger that give the trigger another subject: a pronoun
# ("она была задержана"), or a possessive and a noun ("его подзащитный", "яе муж").
_OTHER_SUBJECT = re.compile(
    r"(?<![\w-])(?:он|она|они|ён|яна|яны|(?:его|её|ее|их|яго|яе|іх|чей|чья|чьи)\s+[а-яёіў]{3,})"
    r"(?![\w-])",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"(?<![\w-])(?:[Пп]о\s+словам|[Пп]а\s+словах|[Пп]аводле\s+(?=(?:[а-яёіў]+\s+)?[А-ЯЁІЎ])|"
    r"[Сс]огласно\s+(?=[а-яёіў]+\s+[А-ЯЁІЎ])|[Сс]о\s+ссылкой\s+на|[Зз]\s+спасылкай\s+на)"
    r"(?:[^,.;:]|(?<=\b[А-ЯЁІЎ])\.){1,60},"  # "По словам З.Смирнова,": an initial's dot
)
_EXCEPT = re.compile(
    r"(?<![\w-])(?:кроме|акрамя|апрача|за\s+исключением|за\s+выключэннем)\s+[^,.;:—]{1,60}",
    re.I,
)
# "акция в поддержку Навального", "пикет в защиту X", "за освобождение X", "марш памяці X",
# "у памяць аб X": whom the
# protest is for, not whom the event is about. Lower-case words between the phrase and the
# name ("оппозиционера", "украинского режиссёра") are its role; a verb among them ends it.
_CAUSE = re.compile(
    r"(?<![\w-])(?:в\s+поддерж\w*|в\s+защиту|за\s+освобождение|[уў]\s+падтрымку|[уў]\s+абарону|"
    r"за\s+вызваленне|[уў]\s+памяць\s+(?:аб|пра)|в\s+память\s+(?:о|об)|памяці|памяти)\s+(?P<role>(?:(?-i:[а-яёіў][\w-]*)\s+){0,3})"
    r"(?:(?-i:[А-ЯЁІЎ][\w’'-]+)\s*){1,3}",
    re.I,
)
_PREPOSITIONS = frozenset(
    {"с", "со", "вместе", "по", "за", "в", "во", "на", "у", "о", "об", "от", "до", "из", "к",
     "ко", "для", "при", "после", "перед", "и", "а", "но"}
)  # fmt: skip
_BRACKETED_WORD = re.compile(r"(?<=[\w.])\s*\(\s*[А-ЯЁІЎ][\w’'-]+\s*\)")
_CREDIT = re.compile(r"(?<![\w-])(?:[Фф]ото|[Фф]ота|[Фф]отография|[Фф]атаграфія|[Зз]дымак)\s*:?\s*"
                     r"(?:(?-i:[А-ЯЁІЎ][\w’'-]*)\s*){1,3}")  # fmt: skip
# "Рэпартаж Сямёна Печанка.", "Аўтар: Ігар Ільяш": a byline, a name and the end of its line
# or sentence.
_BYLINE = re.compile(
    r"(?<![\w-])(?:Рэпартаж|Репортаж|Аўтар|Автор)\s*:?\s*"
    r"(?:[А-ЯЁІЎ][\w’'-]*\s*){1,3}(?=[.\n]|$)"
)
# A preposition right before a name: the name is no subject ("суд над Игорем Лосиком").
_PREPOSITION = re.compile(
    r"(?<![\w-])(?:над|с|со|о|об|про|для|от|к|ко|за|пра|аб|ад|да|з|са|пад|перад|каля|возле|"
    r"около|разам\s+з|вместе\s+с)\s+$",
    re.I,
)
# A participle used as a noun after a preposition ("адвоката допустили к задержанным",
# "среди задержанных"): a name before it is not whom it means.
_GOVERNED_NOUN = re.compile(
    r"(?<![\w-])(?:к|ко|с|со|для|у|от|о|об|про|над|перед|среди|да|з|са|для|ад|сярод)\s+$", re.I
)
# "Мужчыну абвінавачваюць": a noun for one person means no lawyer or rights defender
# (an activist, of the same role list, may well be meant).
_COUNSEL = re.compile(r"адвокат|адвакат|юрист|правозащит|праваабарон|спикер|прадстаўнік|"
                      r"представител", re.I)  # fmt: skip
_NOT_MEANT = frozenset({"advocate"})
# A count right after the trigger, no term ("вынеслі больш за 900 прысудаў", "памиловал
# 400 человек"): the trigger is about that many, not about the person named before.
_COUNTED = re.compile(
    rf"\s*(?:(?:больш|больше|более|болей|менш|меньше|менее|за|як|чым|чем|около|каля|"
    rf"амаль|почти|яшчэ|ещё|еще|не)\s+){{0,3}}(?:\d[\d\s]*|{NUMBER})\s+"
    rf"(?!(?:гад|год|лет|месяц|сут|дзён|дн|тыдн|недел)\w*)",
    re.I,
)
# "Часть из них", "некаторых з іх", "12 из них": some of the persons before, not said which.
_SOME_OF = re.compile(
    r"(?<![\w-])(?:часть|части|некоторы[хе]|несколько|кое-кого|одного|одну|двоих|большинство|"
    r"частку|частка|некаторы[хя]|некалькі|аднаго|адну|дваіх|большасць|\d[\d\s]*)\s+(?:из|з)\s+"
    r"(?:них|их|іх|задержанных|затрыманых)(?![\w-])",
    re.I,
)
# "тех заключенных, которые …": the people a relative clause picks out, not those before.
_THOSE_WHO = re.compile(
    r"(?<![\w-])(?:тех|те|тем|теми|тых|тыя|тым)\s+[\w-]+\s*,\s*(?:котор|як[іо])", re.I
)
# "его освобождения", "яе затрымання": the owner of a noun trigger is the pronoun's person.
_POSSESSIVE = re.compile(r"(?<![\w-])(?:его|её|ее|яго|яе)\s+$", re.I)
# A relation or an associate right before a name or a participle used as a noun: "стрыечны
# брат Паўла Латушкі" (the brother is the one held, not Латушка), "паплечніца затрыманай
# Галіна Лазарава" (the associate of the woman held, not she).
_RELATION_BEFORE = re.compile(
    r"(?<![\w-])(?:брат|брата|сястра|сястру|сестра|сестру|сын|сына|дачка|дачку|дочь|маці|"
    r"мать|бацька|бацьку|отец|отца|муж|мужа|жонка|жонку|жена|жену|сваяк|сваячка|родственник|"
    r"родственница|паплечнік|паплечніца|паплечніка|соратник|соратница|калега|коллега|"
    r"сябар|сяброўка|друг|подруга|адвакат|адвокат|родныя|сваякі|блізкія|родные|"
    r"родственники|близкие|паплечнікі|соратники)\s+$",
    re.I,
)
_TOGETHER = re.compile(r"(?<![\w-])[Рр]азам\s+[зс]\s+(?P<role>(?:[а-яёіў][\w-]*\s+){0,2}?)$")
_PLURAL_OPENING = re.compile(r"\s*(?:[Іі]х|[Ии]х|[Яя]ны|[Оо]ни)\s+", re.U)
_PLURAL_FORM = re.compile(r"(?:ны|ли|лі|ыя|ныя|ись|ліся|ются|юцца|ят|ут)$", re.I)


@dataclass
class Subjects:
    """The persons of one text, for resolving triggers sentence by sentence."""

    text: str
    lex: Lexicon
    clusters: list[Cluster]
    last_people: list[int] = field(default_factory=list)
    last_sentence: int = -10
    by_sentence: dict[int, list[int]] = field(default_factory=dict)  # the persons of events
    v2: bool = False  # read as the v2 extractors read (``StructuredRun``)
    sentences_bounds: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # "затрымалі каля двух дзясяткаў чалавек, якія прысутнічалі пры прысудзе X": the
        # event is about the counted people; a name after them belongs to their clause
        self.counted = re.compile(
            rf"(?<![\w-])(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{self.lex.people_nouns})(?![\w-])"
            r"\s*,\s*(?:які[хя]?|якая|якое|котор\w+|[\w-]+(?:ўшых|вших|ших|ўшыя|вшие|шие))(?![\w-])",
            re.I,
        )
        # Names inside quotation marks name a case or a nickname ("«дело Тихановского»"),
        # not whom an event is about.
        self.quoted = [
            (m.start(), m.end())
            for m in re.finditer(r"«[^«»]{0,80}»|„[^„“”«»]{0,80}[“”]", self.text)
        ]
        # "Па словах юрыста Паўла Сапелкі, …", "По словам X, …": the source, not whom the
        # sentence is about (read like a quote).
        self.quoted += [(m.start(), m.end()) for m in _SOURCE.finditer(self.text)]
        # "Все фигуранты, кроме Валиева, находились в СИЗО": the one left out
        self.quoted += [(m.start(), m.end()) for m in _EXCEPT.finditer(self.text)]
        # "Жанат Жамалиев (Экибастуз), Нурбек Кулышек (Астана)": one word in brackets after a
        # name is its town or a note, not a person of the list
        self.quoted += [(m.start(), m.end()) for m in _BRACKETED_WORD.finditer(self.text)]
        # "фото: Вячеслав Симаков": a photo credit
        self.quoted += [(m.start(), m.end()) for m in _CREDIT.finditer(self.text)]
        self.quoted += [(m.start(), m.end()) for m in _BYLINE.finditer(self.text)]
        self.quoted += [
            (m.start(), m.end()) for m in _CAUSE.finditer(self.text)
            if not any(_VERBISH.search(w) for w in m.group("role").split())
        ]  # fmt: skip

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, int]]:
        found = [(m, i) for i, c in enumerate(self.clusters) for m in c.mentions
                 if start <= m.start and m.end <= end and m.source != "pronoun"
                 and not any(a < m.start and m.end <= b for a, b in self.quoted)]  # fmt: skip
        return sorted(found, key=lambda x: x[0].start)

    def of(self, trig: Trigger, sent: tuple[int, int], si: int) -> tuple[list[int], str]:
        """The persons ``trig`` is about, by cluster index, and why."""
        s_start, s_end = sent
        inside = [x for x in self.mentions_in(s_start, s_end) if not self.clusters[x[1]].official]
        colon = re.match(r"\s*[:—–]\s", self.text[trig.end : trig.end + 4])
        ways = ["after", "before"] if trig.voice == "after" or colon else ["before", "after"]
        owned = re.match(r"\s+([а-яё-]+)", self.text[trig.end : trig.end + 40])
        if (trig.form == "noun" and self.lex.language == "ru" and owned
                and self.lex.people_re.fullmatch(owned.group(1))):  # fmt: skip
            ways = ["after"]  # "с задержанием россиян": the noun's own people, not a name before
        if trig.form == "short" and self.lex.language == "ru" and self._inverted(trig, inside):
            ways = ["after", "before"]  # "…, на 10 суток арестован X": the name right after
        if trig.form == "noun" and re.search(
            r"\s[—–]\s*$", self.text[max(0, trig.start - 3) : trig.start]
        ):
            ways = ["before", "after"]  # "X — 10 суток ареста, Y — 12": the item's own name
        if trig.form == "full" and _GOVERNED_NOUN.search(self.text, max(0, trig.start - 12),
                                                         trig.start):  # fmt: skip
            ways = ["after"]  # "допустили к задержанным": others, not the name before
        if trig.form == "noun" and _POSSESSIVE.search(self.text, max(0, trig.start - 8),
                                                      trig.start):  # fmt: skip
            return self._implied(trig, sent, si, bool(inside))  # "очевидица его освобождения"
        if _PLURAL_OPENING.fullmatch(self.text, s_start, trig.start):
            # "Іх вінавацілі ў …, Вользе Ш. інкрымінавалі таксама …": the pronoun that opens
            # the sentence is the verb's person, not a name of a later clause
            found, why = self._implied(trig, sent, si, False)
            if found:
                return found, why
        if trig.form == "full" and _RELATION_BEFORE.search(
            self.text, max(0, trig.start - 14), trig.start
        ):
            # "паплечніца затрыманай Галіна Лазарава", "чат, дзе размаўляюць родныя
            # асуджаных": a participle used as a noun after a relation names no one here
            return [], "a participle used as a noun after a relation"
        for way in ways:
            found = self._before(inside, trig) if way == "before" else self._after(inside, trig)
            if found:
                return found + self._together(inside, trig, found), (
                    "named before the trigger" if way == "before" else "named after the trigger"
                )
        return self._implied(trig, sent, si, bool(inside))

    def _together(self, inside: list[tuple[Mention, int]], trig: Trigger, found: list[int]
                  ) -> list[int]:  # fmt: skip
        """ "Разам з рэдактарам X сілавікі забралі Y": in Belarusian news the person "together
        with" the one held was taken too (a lawyer or an official not). Russian "Вместе с X
        задержали Y" stays as the Russian probes read it: X is not said to be held."""
        if trig.type.value not in {"detained", "released", "transferred"}:
            return []
        out: list[int] = []
        for m, ci in inside:
            if ci in found or ci in out or self.clusters[ci].official:
                continue
            head = self.text[max(0, m.start - 40) : m.start]
            together = _TOGETHER.search(head)
            if together is None or NOT_HELD.match(together.group("role") or ""):
                continue
            if m.end <= trig.start and not re.search(r"[.;:]", self.text[m.end : trig.start]):
                out.append(ci)
        return out

    def _inverted(self, trig: Trigger, inside: list[tuple[Mention, int]]) -> bool:
        """A short participle a name follows at once, at most two role words between and
        no preposition ("арестован активист X"; not "задержан вместе с X")."""
        after = [m for m, _ in inside if m.start >= trig.end]
        if not after:
            return False
        gap = self.text[trig.end : after[0].start]
        words = gap.split()
        return bool(re.fullmatch(r"\s+(?:(?-i:[а-яё][\w-]*)\s+){0,2}", gap)) and not any(
            w.lower() in _PREPOSITIONS for w in words
        )

    def _before(self, inside: list[tuple[Mention, int]], trig: Trigger) -> list[int]:
        ks = [k for k, (m, _) in enumerate(inside) if m.end <= trig.start]
        if not ks:
            return []
        k = ks[-1]

        def governed(k: int) -> bool:
            before = self.text[max(0, inside[k][0].start - 14) : inside[k][0].start]
            return bool(_PREPOSITION.search(before[-8:])) and not re.search(
                r"дачыненн[іе]\s+да\s+$",
                before,  # "у дачыненні да X": about X
            )

        while k > 0 and governed(k):
            k -= 1  # "X, освещавший суд над Игорем Лосиком, был задержан": X
        if governed(k):
            return []  # "Разам з Алесем … адбывае пакаранне яго сябар X": X, after
        gap = self.text[inside[k][0].end : trig.start]
        if ";" in gap or len(gap) > 140 or self.lex.speech.search(gap) or "\n" in gap:
            return []
        if _OTHER_SUBJECT.search(gap):
            return []  # "адвокат Петров, его подзащитный был задержан": someone else
        return self._coordinated(inside, k, -1)

    def _after(self, inside: list[tuple[Mention, int]], trig: Trigger) -> list[int]:
        ks = [k for k, (m, _) in enumerate(inside) if m.start >= trig.head_end]
        if not ks:
            return []
        k = ks[0]
        while self._owner(inside, k):
            k += 1  # "сотрудник штаба Навального Лилия Чанышева": Чанышева
        gap = self.text[trig.head_end : inside[k][0].start]
        if ";" in gap or len(gap) > 100 or self.lex.speech.search(gap) or "\n" in gap:
            return []
        if re.search(r",\s*(?:а|но|але|однако|аднак|тогда\s+как|тады\s+як)\s", gap):
            return []  # "…, а ее мужа X — к 4": the name of another clause
        if self.counted.search(gap):
            return []  # "задержали 40 человек, пришедших к суду над X": the counted people
        return self._coordinated(inside, k, 1)

    def _owner(self, items: list[tuple[Mention, int]], k: int) -> bool:
        """A name in the genitive right before another name owns it ("штаба Навального
        Лилия Чанышева", "адвокат Иванова Мария Эйсмонт"): it is not the one listed."""
        if k + 1 >= len(items) or items[k][1] == items[k + 1][1]:
            return False
        return not self.text[items[k][0].end : items[k + 1][0].start].strip()

    def _coordinated(self, items: list[tuple[Mention, int]], first: int, step: int) -> list[int]:
        """The persons listed with ``items[first]`` ("X, Y и Z"), walking by ``step``."""
        chosen = [items[first][1]]
        i = first
        while 0 <= i + step < len(items):
            a, b = (
                (items[i][0], items[i + step][0]) if step > 0 else (items[i + step][0], items[i][0])
            )
            gap = self.text[a.end : b.start]
            if not _LIST_GAP.fullmatch(gap) or not re.search(
                r"[,;]|\s(?:и|і|й|ды)\s|также|таксама|вместе\s+с|разам\s+з", gap
            ):
                break
            bare = re.sub(r"\([^()]*\)", " ", gap)  # "(18 лет)": a term, no verb
            if any(_VERBISH.search(w) for w in re.findall(r"[а-яёіў][\w-]*", bare)):
                break
            i += step
            if _RELATION_BEFORE.search(
                self.text, max(0, items[i][0].start - 24), items[i][0].start
            ):
                break  # "X, Y і стрыечны брат Паўла Латушкі": the brother is of the list
            if step < 0 and self._owner(items, i):
                break  # the owner of the name before it, not a name of the list
            while step > 0 and self._owner(items, i):
                i += 1  # the owner of the next name: take that one
            if not self.clusters[items[i][1]].official:
                chosen.append(items[i][1])
        return list(dict.fromkeys(chosen))

    def _implied(
        self, trig: Trigger, sent: tuple[int, int], si: int, named: bool
    ) -> tuple[list[int], str]:
        """A pronoun next to the trigger, "их"/"задержанных", or a left-out subject."""
        head = self.text[max(sent[0], trig.start - 30) : trig.start]
        tail = self.text[trig.head_end : min(sent[1], trig.head_end + 30)]
        h0 = max(sent[0], trig.start - 30)
        near = [(m.group(0), h0 + m.start(), h0 + m.end()) for m in
                self.lex.pronoun_re.finditer(head) if not re.search(r"\w+\s+\w+\s+\w+\s+\w+",
                                                                    head[m.end() :])]  # fmt: skip
        near += [(m.group(0), trig.head_end + m.start(), m.end() + trig.head_end)
                 for m in self.lex.pronoun_re.finditer(tail)
                 if not re.search(r"\w+\s+\w+\s+\w+", tail[: m.start()])]  # fmt: skip
        for word, at, end in near:
            if _KIN.match(self.text[end : end + 20]):
                continue  # "его жену": someone else
            if end <= trig.start and self.lex.speech.search(self.text[end : trig.start]):
                continue  # "Ён напісаў, што актывістку арыштавалі": the one who tells
            who = self.salient(at, self.lex.pronouns[word.lower()])
            if who is not None:
                self.clusters[who].mentions.append(Mention(at, at + len(word), word, "pronoun"))
                return [who], f'"{word}" refers to the last person named'
        anaphor = self._anaphor(trig, sent)
        if anaphor is not None:
            return anaphor
        plural = self.lex.plural_re.search(tail[:25]) or self.lex.plural_re.search(head[-20:])
        if plural and not named and not (len(self.last_people) > 1
                                         and si - self.last_sentence <= 3):  # fmt: skip
            # "… прывезьлі актывістаў X, Y і Z. Напярэдадні юнакоў затрымалі": the persons
            # the sentence before names, when no event of several persons stands nearer
            # (up to the sentence before's last mark: a blank line may stand between)
            lo = max(0, sent[0] - 400)
            hi = lo + len(self.text[lo : sent[0]].rstrip())
            before = list(re.finditer(r"[.!?]\s", self.text[lo:hi]))
            start = max(0, sent[0] - 400) + before[-1].end() if before else max(0, sent[0] - 400)
            listed = list(
                dict.fromkeys(
                    w for _, w in self.mentions_in(start, sent[0]) if not self.clusters[w].official
                )
            )
            if len(listed) > 1:
                return listed, f'"{plural.group(0)}": the persons named in the sentence before'
        if plural is None:
            # "Праваабаронцаў затрымалі": a plural noun with no count beside the trigger
            for text in (head[-30:], tail[:25]):
                noun = self.lex.people_re.search(text)
                if noun and not re.search(rf"(?:\d|{NUMBER})\s+(?:\w+\s+)?$",
                                          text[: noun.start()], re.I):  # fmt: skip
                    plural = noun
                    break
        if plural and _SOME_OF.search(self.text, max(sent[0], trig.start - 60), trig.start):
            return [], ""  # "Часть из них отпустили": some of them, not said which
        if plural and _THOSE_WHO.search(self.text, max(sent[0], trig.start - 30),
                                        min(sent[1], trig.head_end + 60)):  # fmt: skip
            return [], ""  # "освобождение тех заключенных, которые отбыли сроки": others
        if plural and len(self.last_people) > 1 and self._still_theirs(si):
            if re.search(r"(?<![\w-])(?:все|усе|ўсе|всех|усіх|ўсіх)\s+(?:\w+\s+){0,2}$",
                         self.text[sent[0] : trig.start], re.I):  # fmt: skip
                # "Все они были задержаны": the persons of the events of the last two
                # sentences with events, not only of the last one
                recent = [w for sj in range(si - 2, si) for w in self.by_sentence.get(sj, [])]
                return list(dict.fromkeys(recent + self.last_people)), (
                    f'"{plural.group(0)}": the persons of the events before'
                )
            return list(self.last_people), f'"{plural.group(0)}": the persons of the event before'
        if (
            self.v2
            and plural
            and self.lex.plural_re.fullmatch(plural.group(0))
            and not named
            and len(self.last_people) == 1
            and 0 < si - self.last_sentence <= 2
        ):
            # "X за кратамі ўжо чацвёрты месяц. … У СІЗА знаходзіцца і Y. Іх абвінавачваюць":
            # a plural pronoun after one person's sentence means the persons of the events
            # of the last three sentences, when they are more than one
            recent = [w for sj in range(si - 3, si) for w in self.by_sentence.get(sj, [])]
            many = list(dict.fromkeys(recent + self.last_people))
            if len(many) > 1:
                return many, f'"{plural.group(0)}": the persons of the events before'
        first = self.text[trig.start : trig.head_end]
        if (
            not named
            and not _COUNTED.match(self.text, trig.head_end, sent[1])
            and trig.form not in {"full", "noun"}
            and len(self.last_people) == 1
            and 0 < si - self.last_sentence <= 2
            and not (trig.voice == "before" and _PLURAL_FORM.search(first))
            and not self.lex.people_re.search(self.text, sent[0], sent[1])
        ):
            return list(self.last_people), "subject left out: the person of the sentence before"
        return [], ""

    def _owned(self, m: Mention) -> bool:
        """A name right after a lower-case word that is no role or descriptor: the genitive
        of a noun before it ("даверанай асобай Y", "штаба Y")."""
        word = re.search(r"([а-яёіў’'-]+)\s+$", self.text[max(0, m.start - 30) : m.start])
        return word is not None and not _ROLE_BEFORE.search(word.group(1))

    def _still_theirs(self, si: int) -> bool:
        """The persons of the last event of several can still be meant in sentence ``si``:
        at most three sentences on, or (v2) six when the sentences between name them again
        and nobody else (their own words: "«…», – кажа X. … На гэты момант журналісты
        адпушчаныя")."""
        gap = si - self.last_sentence
        if gap <= 3:
            return True
        if not self.v2 or gap > 6:
            return False
        lo = self.sentences_bounds[self.last_sentence + 1][0] if self.sentences_bounds else -1
        hi = self.sentences_bounds[si][0] if self.sentences_bounds else -1
        between = [w for _, w in self.mentions_in(lo, hi)] if lo >= 0 else []
        return bool(between) and all(w in self.last_people for w in between)

    def _anaphor(self, trig: Trigger, sent: tuple[int, int]) -> tuple[list[int], str] | None:
        """ "Мужчыну асудзілі", "Женщину задержали": a noun for one person among the first
        three words of the sentence, before the trigger, stands for the last person named of
        its gender, when they were named in the last 400 characters."""
        opening = self.text[sent[0] : trig.start]
        clause = list(re.finditer(r"(?:,\s*|\s)(?:што|что|як|как|калі|когда)\s", opening))
        start = clause[-1].end() if clause else 0  # "паведаміла, што хлопца перавялі"
        every = list(re.finditer(r"[\w’'-]+", opening[start:]))
        words = [(sent[0] + start + w.start(), w.group(0)) for w in every[:3] + every[3:][-2:]]
        # "суд асудзіў мужчыну да 3 гадоў": the object right after the verb
        after = re.match(r"\s+([\w’'-]+)", self.text[trig.head_end : sent[1]])
        if after and trig.end == trig.head_end:
            words.append((trig.head_end + after.start(1), after.group(1)))
        for at, word in words:
            for gender, pattern in self.lex.anaphors:
                if not pattern.fullmatch(word):
                    continue
                who = self.salient(at, gender, skip=_NOT_MEANT)
                if who is None:
                    return None
                last = max(m.end for m in self.clusters[who].mentions if m.end <= at)
                if at - last > 400:
                    return None
                return [who], f'"{word}" stands for the last person named'
        return None

    def salient(self, before: int, gender: str, skip: frozenset[str] = frozenset()) -> int | None:
        """The person a pronoun most likely means: named lately, of its gender, of no
        role in ``skip``."""
        best: tuple[bool, bool, bool, int, int, int] | None = None
        # v2: within reach, a person named in the genitive of a noun ("даверанай асобай Y")
        # comes after one an event is already about ("Ад 2020 году за кратамі знаходзіцца X.
        # Яна была даверанай асобай Y. … суд пакараў яе": X)
        held = {w for ws in self.by_sentence.values() for w in ws}
        for i, c in enumerate(self.clusters):
            if c.official or (c.gender and c.gender != gender):
                continue
            if c.role in skip and _COUNSEL.search(c.role_word or ""):
                continue  # a lawyer or a rights defender, not an activist
            # a name in quotation marks ("«Свободу Немытову»") is no antecedent
            free = [m for m in c.mentions if m.end <= before
                    and not any(a <= m.start and m.end <= b for a, b in self.quoted)]  # fmt: skip
            last = max((m.end for m in free), default=-1)
            if last < 0:
                continue
            near = before - last < 300
            count = len(free)
            owned = self.v2 and self._owned(max(free, key=lambda m: m.end)) and i not in held
            key = (near, near and not owned, before - last < 120, count if near else 0, last, i)
            if best is None or key > best:
                best = key
        return best[5] if best else None
